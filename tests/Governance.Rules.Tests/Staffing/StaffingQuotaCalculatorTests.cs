using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

public sealed class StaffingQuotaCalculatorTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly StaffingQuotaCalculator Suzhou = new(RulePacks.Suzhou, new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0)));

    private static StaffingArea Community(string id, long population, string? parent = null, int fullTime = 0, int partTime = 0, long? households = null) => new()
    {
        Id = id,
        ParentId = parent,
        Level = AreaLevel.Community,
        UrbanPermanentPopulation = population,
        Households = households,
        Workers = new Dictionary<string, int> { ["community-full-time"] = fullTime, ["part-time"] = partTime },
    };

    [Fact]
    public void Quota_12345_residents_is_12345_x_18_div_10000_22_221_rounded_up_to_23()
    {
        var q = Suzhou.Quota(12_345, AsOf);
        Assert.Equal(StaffingQuotaStatus.Computed, q.Status);
        Assert.Equal(22.221m, q.ExactRequirement);
        Assert.Equal(23, q.Required);
        Assert.True(q.UsesPlaceholder); // the rounding rule is a placeholder
    }

    [Fact]
    public void Quota_10000_residents_is_exactly_18_with_no_rounding()
    {
        Assert.Equal(18, Suzhou.Quota(10_000, AsOf).Required);
        Assert.Equal(0, Suzhou.Quota(0, AsOf).Required);
    }

    [Fact]
    public void Quota_of_1_resident_rounds_0_0018_up_to_1_worker()
    {
        Assert.Equal(1, Suzhou.Quota(1, AsOf).Required);
    }

    [Fact]
    public void Fast_path_refuses_bad_input_and_dates_before_any_policy_without_a_figure()
    {
        Assert.Equal(StaffingQuotaStatus.InvalidInput, Suzhou.Quota(-1, AsOf).Status);
        Assert.Equal(StaffingQuotaStatus.InvalidInput, Suzhou.Quota(StaffingLimits.MaxPopulation + 1, AsOf).Status);
        Assert.Equal(StaffingQuotaStatus.InvalidInput, Suzhou.Quota(100, AsOf, households: 101).Status);
        var none = Suzhou.Quota(10_000, Date("2020-12-31"));
        Assert.Equal(StaffingQuotaStatus.NoPolicyInForce, none.Status);
        Assert.Equal(0, none.Required);
    }

    [Fact]
    public void Community_of_8000_with_12_full_time_and_3_part_time_needs_15_and_is_3_short()
    {
        // 8000 × 18 ÷ 10000 = 14.4 → 15; part-time staff do not count.
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(Community("c1", 8_000, fullTime: 12, partTime: 3)), EvaluationOptions.On(AsOf));
        Assert.True(result.IsValid);
        var area = result.Outcome!["c1"];
        Assert.Equal(14.4m, area.ExactRequirement);
        Assert.Equal(15, area.Required);
        Assert.Equal(12, area.Counted);
        Assert.Equal(3, area.NotCounted);
        Assert.Equal(-3, area.Gap);
        Assert.Equal(3, area.Shortfall);
        Assert.False(area.MeetsQuota);
    }

    [Fact]
    public void Hierarchy_sums_parts_and_computes_the_whole_separately()
    {
        // Three communities of 5,001 residents: each 9.0018 → 10, parts sum to 30;
        // the street as a whole: 15,003 × 18 ÷ 10000 = 27.0054 → 28.
        var request = new StaffingRequest
        {
            Areas =
            [
                new StaffingArea { Id = "street", Level = AreaLevel.Street, Name = "示例街道" },
                Community("a", 5_001, "street", fullTime: 10),
                Community("b", 5_001, "street", fullTime: 9),
                Community("c", 5_001, "street", fullTime: 11),
            ],
        };
        var outcome = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf)).GetOutcomeOrThrow();
        var street = outcome["street"];
        Assert.Equal(15_003, street.UrbanPermanentPopulation);
        Assert.Equal(28, street.Required);
        Assert.Equal(30, street.SumOfPartsRequired);
        Assert.Equal(30, street.Counted);
        Assert.Equal(2, street.Gap);
        Assert.Equal(["a", "b", "c"], street.ChildIds);
        Assert.Equal(["street"], outcome.RootIds);
    }

    [Fact]
    public void Result_carries_stamp_warnings_and_an_explanation_with_citations()
    {
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(Community("c1", 12_345)), EvaluationOptions.On(AsOf));
        Assert.Equal("cn.js.suzhou", result.Stamp.PackId);
        Assert.Equal(RulePacks.Suzhou.ContentHash, result.Stamp.PackHash);
        Assert.Equal(AsOf, result.AsOf);
        Assert.Equal("cn@0.1.0 > cn.js@0.1.0 > cn.js.suzhou@0.1.0", result.Stamp.Layers);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(RuleWarning.PlaceholderUsed, warning.Code);
        Assert.Equal("staffing.rounding", warning.ParameterKey);
        var rate = result.Explanation.Steps.SelectMany(s => s.Parameters).Single(p => p.Key == "staffing.workers_per_10k_urban_residents");
        Assert.Equal("18", rate.Value);
        Assert.Equal("cn.js.suzhou", rate.Layer);
        Assert.Equal("chen-2022", rate.Citation!.Id);
        var text = result.Explanation.Render();
        Assert.Contains("12345×18÷10000=22.221人", text); // no spaces between figures and Chinese
        Assert.Contains("向上取整", text);
        Assert.Contains("rounded by 'ceiling' to 23", result.Explanation.Render(Localization.Language.En));
    }

    [Fact]
    public void Without_explanation_the_result_still_carries_warnings_and_stamp()
    {
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(Community("c1", 12_345)), EvaluationOptions.On(AsOf, explain: false));
        Assert.Empty(result.Explanation.Steps);
        Assert.Single(result.Warnings);
        Assert.Equal(23, result.Outcome!["c1"].Required);
    }

    [Fact]
    public void Without_an_as_of_date_today_comes_from_the_clock_in_China_time()
    {
        // 2025-12-31 17:00 UTC is already 2026-01-01 in Shanghai.
        var calculator = new StaffingQuotaCalculator(RulePacks.Suzhou, new FakeClock(Instant.FromUtc(2025, 12, 31, 17, 0)));
        var result = calculator.Evaluate(StaffingRequest.ForArea(Community("c1", 100)));
        Assert.Equal(Date("2026-01-01"), result.AsOf);
    }

    [Fact]
    public void A_date_before_any_quota_is_a_validation_failure()
    {
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(Community("c1", 100)), EvaluationOptions.On(Date("2019-01-01")));
        Assert.False(result.IsValid);
        Assert.Null(result.Outcome);
        Assert.Equal("STAFFING_NO_POLICY_ON_DATE", Assert.Single(result.Failures).Code);
    }

    public static TheoryData<string, StaffingRequest, string, string> BadRequests() => new()
    {
        { "negative population", StaffingRequest.ForArea(Community("c", -5)), "STAFFING_POPULATION_NEGATIVE", "Areas[0].UrbanPermanentPopulation" },
        { "absurd population", StaffingRequest.ForArea(Community("c", StaffingLimits.MaxPopulation + 1)), "STAFFING_POPULATION_ABSURD", "Areas[0].UrbanPermanentPopulation" },
        { "missing population", StaffingRequest.ForArea(new StaffingArea { Id = "c" }), "STAFFING_POPULATION_MISSING", "Areas[0].UrbanPermanentPopulation" },
        { "more workers than residents", StaffingRequest.ForArea(Community("c", 5, fullTime: 6)), "STAFFING_WORKERS_EXCEED_POPULATION", "Areas[0].Workers" },
        { "negative workers", StaffingRequest.ForArea(Community("c", 500, fullTime: -1)), "STAFFING_WORKERS_NEGATIVE", "Areas[0].Workers[community-full-time]" },
        { "more households than people", StaffingRequest.ForArea(Community("c", 10, households: 11)), "STAFFING_HOUSEHOLDS_EXCEED_POPULATION", "Areas[0].Households" },
        { "empty id", StaffingRequest.ForArea(Community("", 10)), "STAFFING_AREA_ID_MISSING", "Areas[0].Id" },
        { "no areas", new StaffingRequest { Areas = [] }, "STAFFING_NO_AREAS", "Areas" },
        { "duplicate ids", new StaffingRequest { Areas = [Community("c", 10), Community("c", 20)] }, "STAFFING_AREA_ID_DUPLICATE", "Areas[1].Id" },
        { "orphan", new StaffingRequest { Areas = [Community("c", 10, parent: "nowhere")] }, "STAFFING_PARENT_UNKNOWN", "Areas[0].ParentId" },
        {
            "cycle",
            new StaffingRequest { Areas = [new StaffingArea { Id = "s1", ParentId = "s2", Level = AreaLevel.Street, UrbanPermanentPopulation = 1 }, new StaffingArea { Id = "s2", ParentId = "s1", Level = AreaLevel.District, UrbanPermanentPopulation = 1 }] },
            "STAFFING_HIERARCHY_CYCLE", "Areas[0].ParentId"
        },
        { "child above parent", new StaffingRequest { Areas = [Community("c", 10), new StaffingArea { Id = "s", ParentId = "c", Level = AreaLevel.Street, UrbanPermanentPopulation = 5 }] }, "STAFFING_LEVEL_ORDER", "Areas[1].Level" },
        { "parent population differs from its parts", new StaffingRequest { Areas = [new StaffingArea { Id = "s", Level = AreaLevel.Street, UrbanPermanentPopulation = 99 }, Community("c", 10, "s")] }, "STAFFING_POPULATION_MISMATCH", "Areas[0].UrbanPermanentPopulation" },
        { "unknown category", StaffingRequest.ForArea(Community("c", 100) with { Workers = new Dictionary<string, int> { ["wizard"] = 1 } }), "STAFFING_CATEGORY_UNKNOWN", "Areas[0].Workers[wizard]" },
        { "unknown level", StaffingRequest.ForArea(Community("c", 100) with { Level = (AreaLevel)9 }), "STAFFING_LEVEL_UNKNOWN", "Areas[0].Level" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Bad_input_yields_coded_bilingual_failures_and_no_outcome(string what, StaffingRequest request, string code, string path)
    {
        var result = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf));
        Assert.False(result.IsValid, what);
        Assert.Null(result.Outcome);
        Assert.Empty(result.Explanation.Steps);
        Assert.Contains(result.Failures, f => f.Code == code && f.PropertyPath == path);
        var failure = result.Failures.First(f => f.Code == code && f.PropertyPath == path);
        Assert.False(string.IsNullOrWhiteSpace(failure.Message.ZhHans));
        Assert.False(string.IsNullOrWhiteSpace(failure.Message.En));
        Assert.DoesNotContain("{", failure.Message.ZhHans + failure.Message.En);
    }

    [Fact]
    public void Null_request_is_a_programmer_error()
    {
        Assert.Throws<ArgumentNullException>(() => Suzhou.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => new StaffingQuotaCalculator(null!, SystemClock.Instance));
    }

    [Fact]
    public void Taiyuan_example_bands_raise_a_small_community_with_many_households()
    {
        // 3,500 residents → 6.3 → 7 by population; 3,200 households fall in the 3,000–4,000 band → 5. Larger wins: 7.
        // 1,000 residents in 900 households → 1.8 → 2 by population; band < 2,000 households → 3.
        var taiyuan = new StaffingQuotaCalculator(RulePacks.Load("example.taiyuan"), SystemClock.Instance);
        var day = Date("2022-01-01"); // the national 18 per 10,000 is in force from the plan's date, 2021-12-27
        Assert.Equal(7, taiyuan.Quota(3_500, day, households: 3_200).Required);
        Assert.Equal(5, taiyuan.Quota(3_500, day, households: 3_200).HouseholdBandQuota);
        Assert.Equal(3, taiyuan.Quota(1_000, day, households: 900).Required);
        // 5,000 households start the first block above the last band: 6 + 1 = 7; 5,500 → 8.
        Assert.Equal(7, taiyuan.Quota(5_000, day, households: 5_000).HouseholdBandQuota);
        Assert.Equal(8, taiyuan.Quota(6_000, day, households: 5_500).HouseholdBandQuota);
        // 20,000 residents → 36 by population, cut to the per-community maximum of 17.
        Assert.Equal(17, taiyuan.Quota(20_000, day, households: 6_000).Required);
        // Per-community rules never apply to a street.
        Assert.Equal(36, taiyuan.Quota(20_000, day, households: 6_000, AreaLevel.Street).Required);
    }

    [Fact]
    public void Household_bands_are_off_in_the_Suzhou_pack()
    {
        Assert.Null(RulePacks.Suzhou.Timeline(StaffingParameters.HouseholdBandsRule));
        Assert.Null(Suzhou.Quota(1_000, AsOf, households: 900).HouseholdBandQuota);
    }
}
