using Governance.Rules.Citations;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;
using static Governance.Rules.Tests.Staffing.StaffingTestLayers;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// The shared warnings of an evaluation without explanation, the warnings of per-community rules, and the rule steps of
/// the explanation word for word.
/// </summary>
public sealed class StaffingRuleStepTests
{
    // ----- The warnings of an evaluation without explanation (StaffingQuotaCalculator.Policy.cs) -----

    [Fact]
    public void Two_evaluations_without_explanation_on_one_day_share_one_read_only_warnings_list()
    {
        var request = StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 8_000 });
        var first = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf, explain: false));
        var second = Suzhou.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "other", UrbanPermanentPopulation = 99 }), EvaluationOptions.On(AsOf, explain: false));
        Assert.Same(first.Warnings, second.Warnings);
        Assert.Equal([RoundingKey], WarningKeys(first));
        Assert.True(((ICollection<RuleWarning>)first.Warnings).IsReadOnly);

        // With explanation the warnings are the same ones, in a list of the evaluation's own.
        var explained = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf, explain: true));
        Assert.NotSame(first.Warnings, explained.Warnings);
        Assert.Equal(first.Warnings, explained.Warnings);
    }

    [Theory]
    [InlineData("bands")]
    [InlineData("minimum")]
    [InlineData("maximum")]
    [InlineData("all")]
    public void A_placeholder_community_rule_in_force_alone_is_warned_of_with_and_without_explanation(string rule)
    {
        var (calculator, keys) = rule switch
        {
            "bands" => (Calculator(Bands()), new[] { RoundingKey, BandsKey }),
            "minimum" => (Calculator(Minimum()), new[] { RoundingKey, MinimumKey }),
            "maximum" => (Calculator(Maximum()), new[] { RoundingKey, MaximumKey }),
            _ => (CommunityRules, new[] { RoundingKey, BandsKey, MinimumKey, MaximumKey }),
        };

        // A street is not subject to the community rules, but they are in force and warned of all the same.
        var request = new StaffingRequest
        {
            Areas =
            [
                new StaffingArea { Id = "s", Level = AreaLevel.Street },
                new StaffingArea { Id = "c", ParentId = "s", UrbanPermanentPopulation = 4_000, Households = 1_500 },
            ],
        };
        var quiet = calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain: false));
        var explained = calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain: true));
        Assert.Equal(keys, WarningKeys(quiet));
        Assert.Equal(keys, WarningKeys(explained));
        Assert.Equal(explained.Warnings, quiet.Warnings);

        // The explanation's community-rules step names exactly the rules in force.
        var step = explained.Explanation.Steps.Single(s => s.RuleId == "staffing.community-rules");
        Assert.Equal(keys[1..], step.Parameters.Select(p => p.Key));
    }

    [Fact]
    public void Reported_community_rules_bring_no_warning_beyond_the_rounding()
    {
        var calculator = Calculator(Bands(placeholder: false), Minimum(placeholder: false), Maximum(placeholder: false));
        var request = StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 4_000, Households = 1_500 });
        Assert.Equal([RoundingKey], WarningKeys(calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain: false))));
        Assert.Equal([RoundingKey], WarningKeys(calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain: true))));
    }

    // ----- The explanation's rule steps word for word (StaffingQuotaCalculator.Policy.cs) -----

    [Fact]
    public void The_Suzhou_rule_steps_state_the_rate_the_rounding_and_every_category_by_name_in_both_languages()
    {
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 10_000 }), EvaluationOptions.On(AsOf));
        Assert.Equal(["staffing.rate", "staffing.counted-categories", "staffing.quota"], result.Explanation.Steps.Select(s => s.RuleId));

        // Rate 18 (cn.js.suzhou), rounding "ceiling" (cn, placeholder); a parameter's value is shown as its JSON, the rule in quotes.
        var rate = result.Explanation.Steps[0];
        Assert.Equal("配备标准：每万名城镇常住人口配备社区工作者18人；按“向上取整”取整。", rate.Message.ZhHans);
        Assert.Equal("Standard: 18 community workers per 10,000 urban permanent residents; rounded by 'ceiling'.", rate.Message.En);
        Assert.Equal([(RateKey, "18", "cn.js.suzhou"), (RoundingKey, "\"ceiling\"", "cn")], rate.Parameters.Select(p => (p.Key, p.Value, p.Layer)));

        // The categories of cn/staffing.json from 2024-03-28, in pack order: two counted, five not.
        var categories = result.Explanation.Steps[1];
        Assert.Equal(
            "计入配备的人员：社区“两委”专职成员、社区专职工作人员；不计入：未经招录为社区工作者的网格员、兼职人员、公益性岗位人员、物业服务人员、志愿者。",
            categories.Message.ZhHans);
        Assert.Equal(
            "Counted: Full-time members of the community Party organisation and residents' committee, Full-time community staff; "
            + "not counted: Grid workers not recruited as community workers, Part-time staff, Public-welfare post holders, Property-management staff, Volunteers.",
            categories.Message.En);
        var use = Assert.Single(categories.Parameters);
        Assert.Equal((CategoriesKey, Date("2024-03-28"), "cn"), (use.Key, use.EffectiveFrom, use.Layer));

        // 10,000 × 18 ÷ 10,000 = 18, nobody counted: 18 short.
        Assert.Equal("c：10000×18÷10000=18人，按“向上取整”得18人；应配18人，实配（计入）0人，缺配18人。", result.Explanation.Steps[2].Message.ZhHans);
        Assert.Equal("c: 10000 × 18 ÷ 10000 = 18, rounded by 'ceiling' to 18; required 18, counted 0, shortfall 18.", result.Explanation.Steps[2].Message.En);
    }

    [Theory]
    [InlineData(StaffingRounding.Floor, "向下取整")]
    [InlineData(StaffingRounding.HalfUp, "四舍五入")]
    [InlineData(StaffingRounding.Ceiling, "向上取整")]
    public void The_rate_step_names_each_rounding_rule_and_a_fractional_rate(string rule, string zh)
    {
        var calculator = Calculator(Rate(true, "17.75"), Rounding(true, rule));
        var result = calculator.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 2_000 }), EvaluationOptions.On(LayerDay));
        var step = result.Explanation.Steps.Single(s => s.RuleId == "staffing.rate");
        Assert.Equal($"配备标准：每万名城镇常住人口配备社区工作者17.75人；按“{zh}”取整。", step.Message.ZhHans);
        Assert.Equal($"Standard: 17.75 community workers per 10,000 urban permanent residents; rounded by '{rule}'.", step.Message.En);

        // The categories of the layer's parent are unchanged: the same step as Suzhou's.
        var categories = result.Explanation.Steps.Single(s => s.RuleId == "staffing.counted-categories");
        Assert.StartsWith("计入配备的人员：社区“两委”专职成员、社区专职工作人员；不计入：未经招录为社区工作者的网格员、", categories.Message.ZhHans, StringComparison.Ordinal);
    }

    [Fact]
    public void The_counted_categories_step_of_a_layer_lists_its_own_categories()
    {
        var result = Calculator(Categories(true)).Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 1 }), EvaluationOptions.On(LayerDay));
        var step = result.Explanation.Steps.Single(s => s.RuleId == "staffing.counted-categories");
        Assert.Equal("计入配备的人员：社区“两委”专职成员、社区专职工作人员；不计入：兼职人员。", step.Message.ZhHans);
        Assert.Equal("Counted: Full-time committee members, Full-time community staff; not counted: Part-time staff.", step.Message.En);
    }

    [Fact]
    public void Under_bands_a_minimum_of_3_and_a_maximum_of_30_every_step_is_told_in_full_in_both_languages()
    {
        var request = new StaffingRequest
        {
            Areas =
            [
                new StaffingArea { Id = "a", Name = "甲社区", UrbanPermanentPopulation = 1_000, Households = 900, Workers = new Dictionary<string, int> { ["community-full-time"] = 3 } },
                new StaffingArea { Id = "b", UrbanPermanentPopulation = 500 },
                new StaffingArea { Id = "c", UrbanPermanentPopulation = 30_000, Households = 9_000, Workers = new Dictionary<string, int> { ["two-committees-full-time"] = 10, ["community-full-time"] = 25 } },
                new StaffingArea { Id = "d", UrbanPermanentPopulation = 2_500, Households = 2_400, Workers = new Dictionary<string, int> { ["community-full-time"] = 4, ["part-time"] = 2 } },
            ],
        };
        var result = CommunityRules.Evaluate(request, EvaluationOptions.On(LayerDay));
        var steps = result.Explanation.Steps;
        Assert.Equal(
            ["staffing.rate", "staffing.counted-categories", "staffing.community-rules", "staffing.quota", "staffing.quota", "staffing.quota", "staffing.quota"],
            steps.Select(s => s.RuleId));

        var rules = steps[2];
        Assert.Equal("社区另适用按户数配备及每社区人数上下限：应配人数取人口标准与户数标准中较大者，再按下限提高、按上限截断。", rules.Message.ZhHans);
        Assert.Equal(
            "Communities also follow household bands and per-community limits: the larger of the population and household quotas, raised to the minimum and cut to the maximum.",
            rules.Message.En);
        Assert.Equal([(BandsKey, Provenance.Placeholder), (MinimumKey, Provenance.Placeholder), (MaximumKey, Provenance.Placeholder)], rules.Parameters.Select(p => (p.Key, p.Provenance)));

        // a: 1,000 × 18 ÷ 10,000 = 1.8 → 2; 900 households are below 2,000 → 3; max(2, 3) = 3, not below the minimum 3; 3 counted.
        Assert.Equal("甲社区：1000×18÷10000=1.8人，按“向上取整”得2人；按户数900户配3人；应配3人，实配（计入）3人，配备达标。", steps[3].Message.ZhHans);
        Assert.Equal("甲社区（a）: 1000 × 18 ÷ 10000 = 1.8, rounded by 'ceiling' to 2; household bands give 3 for 900 households; required 3, counted 3, fully staffed.", steps[3].Message.En);

        // b: 500 × 18 ÷ 10,000 = 0.9 → 1; no households, so no band; raised to the minimum 3; nobody counted.
        Assert.Equal("b：500×18÷10000=0.9人，按“向上取整”得1人；提高至下限3人；应配3人，实配（计入）0人，缺配3人。", steps[4].Message.ZhHans);
        Assert.Equal("b: 500 × 18 ÷ 10000 = 0.9, rounded by 'ceiling' to 1; raised to the minimum 3; required 3, counted 0, shortfall 3.", steps[4].Message.En);

        // c: 30,000 × 18 ÷ 10,000 = 54; 9,000 households: (9,000 − 3,000) ÷ 1,000 + 1 = 7 blocks → 4 + 7 × 2 = 18;
        // max(54, 18) = 54, cut to the maximum 30; 10 + 25 = 35 counted, 5 over.
        Assert.Equal("c：30000×18÷10000=54人，按“向上取整”得54人；按户数9000户配18人；截至上限30人；应配30人，实配（计入）35人，超配5人。", steps[5].Message.ZhHans);
        Assert.Equal("c: 30000 × 18 ÷ 10000 = 54, rounded by 'ceiling' to 54; household bands give 18 for 9000 households; cut to the maximum 30; required 30, counted 35, surplus 5.", steps[5].Message.En);

        // d: 2,500 × 18 ÷ 10,000 = 4.5 → 5; 2,400 households are below 3,000 → 4; max(5, 4) = 5; 4 counted (part-time not), 1 short.
        Assert.Equal("d：2500×18÷10000=4.5人，按“向上取整”得5人；按户数2400户配4人；应配5人，实配（计入）4人，缺配1人。", steps[6].Message.ZhHans);
        Assert.Equal("d: 2500 × 18 ÷ 10000 = 4.5, rounded by 'ceiling' to 5; household bands give 4 for 2400 households; required 5, counted 4, shortfall 1.", steps[6].Message.En);

        // The outcome agrees with the text, and with the fast path.
        var outcome = result.GetOutcomeOrThrow();
        Assert.Equal([(2, 3, 3), (1, null, 3), (54, 18, 30), (5, 4, 5)], outcome.Areas.Select(x => (x.PopulationQuota, x.HouseholdBandQuota, x.Required)));
        var fast = CommunityRules.Quota(30_000, LayerDay, 9_000);
        Assert.Equal((54, 18, 30), (fast.PopulationQuota, fast.HouseholdBandQuota!.Value, fast.Required));
    }
}
