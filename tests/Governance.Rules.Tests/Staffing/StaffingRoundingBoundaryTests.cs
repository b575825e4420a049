using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// The three named rounding rules and the per-community minimum at their edges, with a caller layer over Suzhou
/// (what-if figures: the rate, the rule and the minimum are the layer's, not Suzhou policy). Each expected quota is
/// population × rate ÷ 10,000 worked out by hand, then rounded by the rule named.
/// </summary>
public sealed class StaffingRoundingBoundaryTests
{
    private static readonly LocalDate AsOf = Date("2026-06-30");

    private static StaffingQuotaCalculator Calculator(string rounding, string rate = "18", int? minimum = null, int? maximum = null)
    {
        var limits = (minimum is { } mn ? Limit("staffing.per_community_minimum", mn) : string.Empty)
            + (maximum is { } mx ? Limit("staffing.per_community_maximum", mx) : string.Empty);
        var json = WhatIfLayer($$"""
            "staffing.workers_per_10k_urban_residents": { "unit": "人/万人", "values": [ { "from": "2026-01-01", "value": {{rate}}, "provenance": "placeholder", "citation": "what-if" } ] },
            "staffing.rounding": { "unit": "rule", "values": [ { "from": "2026-01-01", "value": "{{rounding}}", "provenance": "placeholder", "citation": "what-if" } ] }{{limits}}
            """);
        return new StaffingQuotaCalculator(LoadLayer(json).GetPackOrThrow(), SystemClock.Instance);
    }

    private static string Limit(string key, int value) =>
        $$""", "{{key}}": { "name": { "zh-Hans": "每个社区人数限额", "en": "Per-community limit" }, "unit": "人", "values": [ { "from": "2026-01-01", "value": {{value}}, "provenance": "placeholder", "citation": "what-if" } ] }""";

    [Theory]
    // 18 per 10,000: 2,500 → 4.5 exactly; 2,499 → 4.4982; 2,501 → 4.5018; 2,778 → 5.0004; 2,777 → 4.9986; 5,000 → 9 exactly.
    [InlineData("floor", 2_500, 4)]
    [InlineData("floor", 2_499, 4)]
    [InlineData("floor", 2_501, 4)]
    [InlineData("floor", 2_777, 4)]
    [InlineData("floor", 2_778, 5)]
    [InlineData("floor", 5_000, 9)]
    [InlineData("half-up", 2_500, 5)]
    [InlineData("half-up", 2_499, 4)]
    [InlineData("half-up", 2_501, 5)]
    [InlineData("half-up", 5_000, 9)]
    [InlineData("ceiling", 2_500, 5)]
    [InlineData("ceiling", 2_499, 5)]
    [InlineData("ceiling", 5_000, 9)]
    [InlineData("ceiling", 5_001, 10)]
    public void Each_rounding_rule_at_below_and_above_a_half_and_a_whole(string rounding, long population, int quota)
    {
        var calc = Calculator(rounding);
        var fast = calc.Quota(population, AsOf);
        Assert.Equal(StaffingQuotaStatus.Computed, fast.Status);
        Assert.Equal(population * 18m / 10_000m, fast.ExactRequirement);
        Assert.Equal(quota, fast.PopulationQuota);
        Assert.Equal(quota, fast.Required);

        // The full evaluation gives the same figure and names the rule in both languages.
        var result = calc.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = population }), EvaluationOptions.On(AsOf));
        Assert.Equal(quota, result.GetOutcomeOrThrow()["c"].Required);
        var step = result.Explanation.Steps.Single(s => s.RuleId == "staffing.quota");
        var zh = rounding switch { "floor" => "向下取整", "half-up" => "四舍五入", _ => "向上取整" };
        Assert.Contains($"按“{zh}”得{quota}人", step.Message.ZhHans, StringComparison.Ordinal);
        Assert.Contains($"rounded by '{rounding}' to {quota}", step.Message.En, StringComparison.Ordinal);
    }

    [Theory]
    // A rate with a decimal: 18.5 per 10,000. 2,000 → 3.7; 10,000 → 18.5 (a half); 20,000 → 37 exactly.
    [InlineData("floor", 2_000, "3.7", 3)]
    [InlineData("half-up", 2_000, "3.7", 4)]
    [InlineData("ceiling", 2_000, "3.7", 4)]
    [InlineData("floor", 10_000, "18.5", 18)]
    [InlineData("half-up", 10_000, "18.5", 19)]
    [InlineData("ceiling", 10_000, "18.5", 19)]
    [InlineData("ceiling", 20_000, "37", 37)]
    public void A_rate_of_18_point_5_is_exact_and_rounded_by_the_rule(string rounding, long population, string exact, int quota)
    {
        var q = Calculator(rounding, rate: "18.5").Quota(population, AsOf);
        Assert.Equal(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture), q.ExactRequirement);
        Assert.Equal(exact, q.ExactRequirement.ToString(System.Globalization.CultureInfo.InvariantCulture)); // no trailing zeros
        Assert.Equal(quota, q.Required);
    }

    [Theory]
    // A rate finer than integer arithmetic allows (0.0000000000000001 per 10,000) is divided as a decimal: the same rules.
    [InlineData("floor", 0)]
    [InlineData("half-up", 0)]
    [InlineData("ceiling", 1)]
    public void A_very_fine_rate_is_rounded_by_the_same_rules(string rounding, int quota)
    {
        var q = Calculator(rounding, rate: "0.0000000000000001").Quota(5_000_000, AsOf);
        Assert.Equal(5_000_000 * 0.0000000000000001m / 10_000m, q.ExactRequirement);
        Assert.Equal(quota, q.Required);
    }

    [Theory]
    // Minimum 6 per community; ceiling(population × 18 ÷ 10,000): 2,778 → 5.0004 → 6 (at the minimum, not raised);
    // 2,777 → 4.9986 → 5 (below: raised to 6); 3,334 → 6.0012 → 7 (above: kept).
    [InlineData(2_777, 5, 6, true)]
    [InlineData(2_778, 6, 6, false)]
    [InlineData(3_334, 7, 7, false)]
    public void The_per_community_minimum_of_6_raises_only_a_quota_below_it(long population, int quota, int required, bool raised)
    {
        var calc = Calculator("ceiling", minimum: 6);
        var fast = calc.Quota(population, AsOf);
        Assert.Equal((quota, required), (fast.PopulationQuota, fast.Required));

        var result = calc.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = population }), EvaluationOptions.On(AsOf));
        Assert.Equal(required, result.GetOutcomeOrThrow()["c"].Required);
        var step = result.Explanation.Steps.Single(s => s.RuleId == "staffing.quota");
        Assert.Equal(raised, step.Message.ZhHans.Contains("提高至下限6人", StringComparison.Ordinal));
        Assert.Equal(raised, step.Message.En.Contains("raised to the minimum 6", StringComparison.Ordinal));
        Assert.Contains(result.Explanation.Steps, s => s.RuleId == "staffing.community-rules");
    }

    [Fact]
    public void Per_community_limits_do_not_apply_to_a_street_whose_quota_is_below_the_minimum()
    {
        // A street of one community of 1,000: the community 1.8 → 2, raised to 6; the street is not a community: 2.
        var calc = Calculator("ceiling", minimum: 6, maximum: 8);
        var o = calc.Evaluate(
            new StaffingRequest
            {
                Areas =
                [
                    new StaffingArea { Id = "s", Level = AreaLevel.Street },
                    new StaffingArea { Id = "c", ParentId = "s", UrbanPermanentPopulation = 1_000 },
                ],
            },
            EvaluationOptions.On(AsOf)).GetOutcomeOrThrow();
        Assert.Equal(6, o["c"].Required);
        Assert.Equal(2, o["s"].Required);
        Assert.Equal(6, o["s"].SumOfPartsRequired);
        Assert.Equal(2, calc.Quota(1_000, AsOf, level: AreaLevel.Street).Required);

        // A street above the maximum is not cut either: 10,000 → 18.
        Assert.Equal(18, calc.Quota(10_000, AsOf, level: AreaLevel.Street).Required);
        Assert.Equal(8, calc.Quota(10_000, AsOf).Required);
    }

    [Fact]
    public void Without_community_rules_no_community_rules_step_is_given()
    {
        var result = Calculator("ceiling").Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 100 }), EvaluationOptions.On(AsOf));
        Assert.DoesNotContain(result.Explanation.Steps, s => s.RuleId == "staffing.community-rules");
    }

    [Theory]
    // The fast path's bounds: population 0 and the maximum are accepted, −1 and the maximum + 1 refused; households
    // equal to the population accepted, one more refused, and −1 refused.
    [InlineData(0L, null, true)]
    [InlineData(StaffingLimits.MaxPopulation, null, true)]
    [InlineData(-1L, null, false)]
    [InlineData(StaffingLimits.MaxPopulation + 1, null, false)]
    [InlineData(100L, 100L, true)]
    [InlineData(100L, 0L, true)]
    [InlineData(100L, 101L, false)]
    [InlineData(100L, -1L, false)]
    public void The_fast_path_accepts_population_and_households_at_their_limits_and_refuses_beyond(long population, long? households, bool accepted)
    {
        var q = Calculator("ceiling").Quota(population, AsOf, households);
        Assert.Equal(accepted ? StaffingQuotaStatus.Computed : StaffingQuotaStatus.InvalidInput, q.Status);
    }
}
