using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// The per-area explanation step of the staffing quota in both languages: shortfall, fully staffed and surplus at a gap
/// of −1, 0 and +1; the parts' sum against the whole; the area named by its name (and id in English); the named values.
/// </summary>
public sealed class StaffingExplanationTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly StaffingQuotaCalculator Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static ExplanationStep QuotaStep(RuleResult<StaffingOutcome> result, string id) =>
        result.Explanation.Steps.Single(s => s.RuleId == "staffing.quota" && s.Values.Any(v => v.Name == "population") && s.Message.En.Contains(id, StringComparison.Ordinal));

    [Theory]
    // 10,000 residents need 18 (10,000 × 18 ÷ 10,000, exact): 17 counted is 1 short, 18 is staffed, 19 is 1 over.
    [InlineData(17, "缺配1人", "shortfall 1")]
    [InlineData(18, "配备达标", "fully staffed")]
    [InlineData(19, "超配1人", "surplus 1")]
    public void The_gap_is_told_as_shortfall_fully_staffed_or_surplus(int fullTime, string zh, string en)
    {
        var area = new StaffingArea
        {
            Id = "c-1",
            Name = "试点社区",
            UrbanPermanentPopulation = 10_000,
            Workers = new Dictionary<string, int> { ["community-full-time"] = fullTime },
        };
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(area), EvaluationOptions.On(AsOf));
        var step = QuotaStep(result, "c-1");
        Assert.StartsWith("试点社区：10000×18÷10000=18人", step.Message.ZhHans, StringComparison.Ordinal);
        Assert.StartsWith("试点社区（c-1）: 10000 × 18 ÷ 10000 = 18", step.Message.En, StringComparison.Ordinal);
        Assert.Contains($"应配18人，实配（计入）{fullTime}人，{zh}。", step.Message.ZhHans, StringComparison.Ordinal);
        Assert.Contains($"required 18, counted {fullTime}, {en}.", step.Message.En, StringComparison.Ordinal);
        Assert.Equal(
            [("population", "10000"), ("exact", "18"), ("required", "18"), ("counted", fullTime.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("gap", (fullTime - 18).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            step.Values.Select(v => (v.Name, v.Value)));
    }

    [Fact]
    public void An_area_without_a_name_is_told_by_its_id_in_both_languages()
    {
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c-2", UrbanPermanentPopulation = 10_000 }), EvaluationOptions.On(AsOf));
        var step = QuotaStep(result, "c-2");
        Assert.StartsWith("c-2：", step.Message.ZhHans, StringComparison.Ordinal);
        Assert.StartsWith("c-2: ", step.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_street_states_its_parts_sum_and_how_much_more_it_is_than_the_whole()
    {
        // Two communities of 5,001: 9.0018 → 10 each, parts 20; the street 10,002 × 18 ÷ 10,000 = 18.0036 → 19; 20 − 19 = 1.
        var step = QuotaStep(Suzhou.Evaluate(Street(5_001, 5_001), EvaluationOptions.On(AsOf)), "s-1");
        Assert.EndsWith("；应配19人，实配（计入）0人，缺配19人。下级应配人数之和为20人，比整体测算多1人（下级分别取整）。", step.Message.ZhHans, StringComparison.Ordinal);
        Assert.EndsWith("; required 19, counted 0, shortfall 19. The parts' quotas sum to 20, 1 more than the whole (each part rounded on its own).", step.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_street_whose_parts_sum_to_the_whole_says_so_and_names_no_difference()
    {
        // Two communities of 5,000: 9 each, exact; the street 10,000 × 18 ÷ 10,000 = 18; 9 + 9 = 18.
        var step = QuotaStep(Suzhou.Evaluate(Street(5_000, 5_000), EvaluationOptions.On(AsOf)), "s-1");
        Assert.EndsWith("；应配18人，实配（计入）0人，缺配18人。下级应配人数之和为18人，与整体测算一致。", step.Message.ZhHans, StringComparison.Ordinal);
        Assert.EndsWith("; required 18, counted 0, shortfall 18. The parts' quotas sum to 18, as the whole.", step.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_street_whose_parts_are_cut_to_the_community_maximum_says_how_many_fewer_and_names_the_community_rules()
    {
        // Under a maximum of 30 a community: two of 20,000 need 36 each, cut to 30, parts 60; the street 40,000 × 18 ÷ 10,000 = 72;
        // 60 − 72 = 12 fewer. The street itself is not cut: the maximum is per community.
        var calculator = StaffingTestLayers.Calculator(StaffingTestLayers.Maximum());
        var step = QuotaStep(calculator.Evaluate(Street(20_000, 20_000), EvaluationOptions.On(StaffingTestLayers.LayerDay)), "s-1");
        Assert.EndsWith("；应配72人，实配（计入）0人，缺配72人。下级应配人数之和为60人，比整体测算少12人（下级分别取整，社区另按户数标准及人数上下限测算）。", step.Message.ZhHans, StringComparison.Ordinal);
        Assert.EndsWith("; required 72, counted 0, shortfall 72. The parts' quotas sum to 60, 12 fewer than the whole (each part rounded on its own, communities also by household bands and per-community limits).", step.Message.En, StringComparison.Ordinal);
    }

    private static StaffingRequest Street(long first, long second) => new()
    {
        Areas =
        [
            new StaffingArea { Id = "s-1", Level = AreaLevel.Street },
            new StaffingArea { Id = "a", ParentId = "s-1", UrbanPermanentPopulation = first },
            new StaffingArea { Id = "b", ParentId = "s-1", UrbanPermanentPopulation = second },
        ],
    };
}
