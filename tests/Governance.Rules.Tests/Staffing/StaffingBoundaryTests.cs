using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// Boundaries of the staffing rules — the value at, below and above each limit — and hierarchy sums checked
/// against independent arithmetic.
/// </summary>
public sealed class StaffingBoundaryTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly LocalDate TaiyuanDay = Date("2021-01-01");
    private static readonly StaffingQuotaCalculator Suzhou = new(RulePacks.Suzhou, new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0)));
    private static readonly StaffingQuotaCalculator Taiyuan = new(RulePacks.Load("example.taiyuan"), SystemClock.Instance);

    private static StaffingArea Community(string id, string parent, long population, long? households, int fullTime, int partTime, int volunteers) => new()
    {
        Id = id,
        ParentId = parent,
        Level = AreaLevel.Community,
        UrbanPermanentPopulation = population,
        Households = households,
        Workers = new Dictionary<string, int>
        {
            ["community-full-time"] = fullTime,
            ["part-time"] = partTime,
            ["volunteer"] = volunteers,
        },
    };

    private static StaffingOutcome Evaluate(StaffingQuotaCalculator calculator, LocalDate day, params StaffingArea[] areas) =>
        calculator.Evaluate(new StaffingRequest { Areas = areas }, EvaluationOptions.On(day)).GetOutcomeOrThrow();

    [Fact]
    public void Workers_who_do_not_count_are_summed_up_the_hierarchy_2_plus_1_plus_3_plus_4_is_10()
    {
        // a: 2 part-time + 1 volunteer = 3 not counted; b: 3 part-time + 4 volunteers = 7; the street: 3 + 7 = 10.
        var outcome = Evaluate(
            Suzhou,
            AsOf,
            new StaffingArea { Id = "s", Level = AreaLevel.Street },
            Community("a", "s", 4_000, null, fullTime: 5, partTime: 2, volunteers: 1),
            Community("b", "s", 6_000, null, fullTime: 6, partTime: 3, volunteers: 4));
        Assert.Equal(3, outcome["a"].NotCounted);
        Assert.Equal(7, outcome["b"].NotCounted);
        Assert.Equal(10, outcome["s"].NotCounted);
        Assert.Equal(11, outcome["s"].Counted);
    }

    [Fact]
    public void A_parent_without_households_takes_the_sum_of_its_children_1200_plus_1800_is_3000()
    {
        var outcome = Evaluate(
            Suzhou,
            AsOf,
            new StaffingArea { Id = "s", Level = AreaLevel.Street },
            Community("a", "s", 4_000, 1_200, 5, 0, 0),
            Community("b", "s", 6_000, 1_800, 6, 0, 0));
        Assert.Equal(3_000, outcome["s"].Households);
    }

    [Fact]
    public void A_parent_has_no_household_figure_when_one_child_lacks_it()
    {
        var outcome = Evaluate(
            Suzhou,
            AsOf,
            new StaffingArea { Id = "s", Level = AreaLevel.Street },
            Community("a", "s", 4_000, 1_200, 5, 0, 0),
            Community("b", "s", 6_000, null, 6, 0, 0));
        Assert.Null(outcome["s"].Households);
    }

    [Fact]
    public void A_parent_that_states_its_households_keeps_its_own_figure()
    {
        var outcome = Evaluate(
            Suzhou,
            AsOf,
            new StaffingArea { Id = "s", Level = AreaLevel.Street, Households = 3_333 },
            Community("a", "s", 4_000, 1_200, 5, 0, 0),
            Community("b", "s", 6_000, 1_800, 6, 0, 0));
        Assert.Equal(3_333, outcome["s"].Households);
    }

    [Theory]
    // Taiyuan example: at most 17 per community. Population quotas by ceiling(population × 18 ÷ 10,000):
    // 9,000 → 16.2 → 17 (at the maximum, not cut); 8,800 → 15.84 → 16 (below); 9,500 → 17.1 → 18 (above, cut to 17).
    [InlineData(9_000, 17, false)]
    [InlineData(8_800, 16, false)]
    [InlineData(9_500, 17, true)]
    public void The_per_community_maximum_of_17_cuts_only_a_quota_above_it(long population, int required, bool cut)
    {
        var result = Taiyuan.Evaluate(
            new StaffingRequest { Areas = [new StaffingArea { Id = "c", UrbanPermanentPopulation = population }] },
            EvaluationOptions.On(TaiyuanDay));
        var area = result.GetOutcomeOrThrow()["c"];
        Assert.Equal(required, area.Required);
        var quotaStep = result.Explanation.Steps.Single(s => s.RuleId == "staffing.quota");
        Assert.Equal(cut, quotaStep.Message.En.Contains("maximum", StringComparison.Ordinal));
        Assert.Equal(cut, quotaStep.Message.ZhHans.Contains("上限", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fast_path_applies_the_same_maximum_at_below_and_above()
    {
        Assert.Equal(17, Taiyuan.Quota(9_000, TaiyuanDay).Required);
        Assert.Equal(16, Taiyuan.Quota(8_800, TaiyuanDay).Required);
        Assert.Equal(17, Taiyuan.Quota(9_500, TaiyuanDay).Required);
        Assert.Equal(18, Taiyuan.Quota(9_500, TaiyuanDay).PopulationQuota);
    }

    [Theory]
    // Bands: < 2,000 → 3; < 3,000 → 4; from 3,000 each started block of 1,000 adds 2 workers to 4.
    // 1,999 → 3; 2,000 → 4; 2,999 → 4; 3,000 → 4 + 1 × 2 = 6; 3,999 → 6; 4,000 → 4 + 2 × 2 = 8; 5,500 → 4 + 3 × 2 = 10.
    [InlineData(1_999, 3)]
    [InlineData(2_000, 4)]
    [InlineData(2_999, 4)]
    [InlineData(3_000, 6)]
    [InlineData(3_999, 6)]
    [InlineData(4_000, 8)]
    [InlineData(5_500, 10)]
    public void Household_bands_with_2_workers_per_further_1000_households(long households, int workers)
    {
        var pack = LoadLayer(BandsLayer("""[ { "below": 2000, "workers": 3 }, { "below": 3000, "workers": 4 } ]""", """{ "everyHouseholds": 1000, "addWorkers": 2 }""")).Pack!;
        var bands = pack.Timeline(StaffingParameters.HouseholdBandsRule)!.At(Date("2026-06-01")).Value;
        Assert.Equal(workers, bands.WorkersFor(households));
    }

    [Fact]
    public void Without_a_beyond_rule_the_last_band_holds_for_any_larger_community()
    {
        var pack = LoadLayer(BandsLayer("""[ { "below": 2000, "workers": 3 } ]""", null)).Pack!;
        var bands = pack.Timeline(StaffingParameters.HouseholdBandsRule)!.At(Date("2026-06-01")).Value;
        Assert.Equal(3, bands.WorkersFor(1_999));
        Assert.Equal(3, bands.WorkersFor(2_000));
        Assert.Equal(3, bands.WorkersFor(50_000));
    }

    [Theory]
    [InlineData("equal bounds", """[ { "below": 2000, "workers": 3 }, { "below": 2000, "workers": 4 } ]""")]
    [InlineData("decreasing bounds", """[ { "below": 3000, "workers": 3 }, { "below": 2000, "workers": 4 } ]""")]
    [InlineData("negative workers", """[ { "below": 2000, "workers": -1 } ]""")]
    [InlineData("fewer workers for more households", """[ { "below": 2000, "workers": 4 }, { "below": 3000, "workers": 3 } ]""")]
    [InlineData("a zero first bound", """[ { "below": 0, "workers": 3 } ]""")]
    [InlineData("no band at all", """[]""")]
    public void Household_bands_out_of_order_are_refused_by_the_loader(string what, string bands)
    {
        var result = LoadLayer(BandsLayer(bands, null));
        Assert.False(result.Success, what);
        // Refused for the bands themselves (the value's path), not for anything else in the layer.
        var error = Assert.Single(result.Errors);
        Assert.Contains("staffing.household_bands", error.Path, StringComparison.Ordinal);
        Assert.Contains("values[0]", error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[ { "below": 2000, "workers": 3 }, { "below": 3000, "workers": 3 } ]""")]
    [InlineData("""[ { "below": 1, "workers": 0 } ]""")]
    public void Household_bands_with_equal_workers_or_the_smallest_bound_are_accepted(string bands)
    {
        var result = LoadLayer(BandsLayer(bands, null));
        Assert.True(result.Success, string.Join("; ", result.Errors));
    }

    private static string BandsLayer(string bands, string? beyond) => $$"""
        {
          "id": "test.bands",
          "version": "1.0.0",
          "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "测试户数标准", "en": "Test household bands" },
          "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
          "parameters": {
            "staffing.household_bands": {
              "name": { "zh-Hans": "按户数配备", "en": "Household bands" },
              "unit": "人",
              "values": [ { "from": "2026-01-01", "value": { "bands": {{bands}}{{(beyond is null ? "" : ", \"beyond\": " + beyond)}} }, "provenance": "placeholder", "citation": "what-if" } ]
            }
          }
        }
        """;
}
