using System.Globalization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using Governance.Rules.Validation;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// Every failure of <see cref="StaffingErrors"/>, triggered through <see cref="StaffingQuotaCalculator.Evaluate"/> with a
/// minimal bad request, checked by code, property path, attempted value and the whole message in both languages.
/// </summary>
/// <remarks>The expected messages are the specification of the wording a civil-affairs office reads.</remarks>
public sealed class StaffingErrorCatalogueTests
{
    private const string AsOf = "2025-06-30";
    private static readonly StaffingQuotaCalculator Suzhou = new(RulePacks.Suzhou, new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0)));

    /// <summary>
    /// Descriptors no request can produce through the public API, each with the reason. Empty: every descriptor has a case.
    /// </summary>
    private static readonly HashSet<string> NotProducible = [];

    /// <summary>The counted worker categories of the Suzhou pack in force on <see cref="AsOf"/>, as the unknown-category message lists them.</summary>
    private const string KnownCategories = "two-committees-full-time, community-full-time, grid-worker, part-time, public-welfare-post, property-staff, volunteer";

    /// <summary>One failure: the request that triggers it and everything the caller is told.</summary>
    private sealed record Case(
        string Name, ErrorDescriptor Error, string Code, Func<StaffingRequest> Request, string Path, string? Value, string ZhHans, string En, string AsOf = AsOf);

    private static StaffingArea Community(string id, long? population = 100, string? parent = null) =>
        new() { Id = id, ParentId = parent, Level = AreaLevel.Community, UrbanPermanentPopulation = population };

    private static StaffingRequest One(StaffingArea area) => StaffingRequest.ForArea(area);

    private static StaffingRequest Many(params StaffingArea[] areas) => new() { Areas = areas };

    private static readonly Case[] Cases =
    [
        new("no areas", StaffingErrors.NoAreas, "STAFFING_NO_AREAS",
            () => Many(),
            "Areas", null,
            "请求中没有任何区域。",
            "The request has no areas."),
        new("areas null", StaffingErrors.NoAreas, "STAFFING_NO_AREAS",
            () => new StaffingRequest { Areas = null! },
            "Areas", null,
            "请求中没有任何区域。",
            "The request has no areas."),
        new("1,000,001 areas", StaffingErrors.TooManyAreas, "STAFFING_TOO_MANY_AREAS",
            () => Many([.. Enumerable.Range(0, StaffingLimits.MaxAreas + 1).Select(i => Community("c" + i.ToString(CultureInfo.InvariantCulture), 1))]),
            "Areas", null,
            "一次请求的区域数超过上限 1000000。",
            "A request holds at most 1000000 areas."),
        new("area null", StaffingErrors.AreaMissing, "STAFFING_AREA_NULL",
            () => new StaffingRequest { Areas = [null!] },
            "Areas[0]", null,
            "第1个区域为空。",
            "Area 1 is empty."),
        new("empty id", StaffingErrors.IdMissing, "STAFFING_AREA_ID_MISSING",
            () => One(Community("")),
            "Areas[0].Id", "",
            "第1个区域的编号不能为空，且不超过 64 个字符。",
            "The id of area 1 must be 1 to 64 characters."),
        new("blank id", StaffingErrors.IdMissing, "STAFFING_AREA_ID_MISSING",
            () => One(Community("  ")),
            "Areas[0].Id", "  ",
            "第1个区域的编号不能为空，且不超过 64 个字符。",
            "The id of area 1 must be 1 to 64 characters."),
        new("null id", StaffingErrors.IdMissing, "STAFFING_AREA_ID_MISSING",
            () => One(Community(null!)),
            "Areas[0].Id", null,
            "第1个区域的编号不能为空，且不超过 64 个字符。",
            "The id of area 1 must be 1 to 64 characters."),
        new("id of 65 characters", StaffingErrors.IdMissing, "STAFFING_AREA_ID_MISSING",
            () => One(Community(new string('x', 65))),
            "Areas[0].Id", new string('x', 65),
            "第1个区域的编号不能为空，且不超过 64 个字符。",
            "The id of area 1 must be 1 to 64 characters."),
        new("duplicate id", StaffingErrors.IdDuplicate, "STAFFING_AREA_ID_DUPLICATE",
            () => Many(Community("c1"), Community("c1")),
            "Areas[1].Id", "c1",
            "区域编号“c1”重复。",
            "Area id 'c1' appears more than once."),
        new("parent not in the request", StaffingErrors.ParentUnknown, "STAFFING_PARENT_UNKNOWN",
            () => One(Community("c1", parent: "s1")),
            "Areas[0].ParentId", "s1",
            "上级区域“s1”不在请求中（孤立区域）。",
            "Parent area 's1' is not in the request (orphan area)."),
        new("area its own parent", StaffingErrors.Cycle, "STAFFING_HIERARCHY_CYCLE",
            () => One(Community("c1", parent: "c1")),
            "Areas[0].ParentId", "c1",
            "区域“c1”的上级链条构成循环。",
            "The parent chain of area 'c1' loops."),
        new("street under a community", StaffingErrors.LevelOrder, "STAFFING_LEVEL_ORDER",
            () => Many(new StaffingArea { Id = "s1", ParentId = "c1", Level = AreaLevel.Street, UrbanPermanentPopulation = 100 }, Community("c1", population: null)),
            "Areas[0].Level", "Street",
            "上级区域的层级必须高于下级（社区 < 街道/镇 < 区 < 市）。",
            "A parent must be of a higher level than its child (community < street < district < city)."),
        new("undefined level", StaffingErrors.LevelUnknown, "STAFFING_LEVEL_UNKNOWN",
            () => One(Community("c1") with { Level = (AreaLevel)7 }),
            "Areas[0].Level", "7",
            "未知的区域层级“7”。",
            "Unknown area level '7'."),
        new("negative level", StaffingErrors.LevelUnknown, "STAFFING_LEVEL_UNKNOWN",
            () => One(Community("c1") with { Level = (AreaLevel)(-1) }),
            "Areas[0].Level", "-1",
            "未知的区域层级“-1”。",
            "Unknown area level '-1'."),
        new("leaf without population", StaffingErrors.PopulationMissing, "STAFFING_POPULATION_MISSING",
            () => One(Community("c1", population: null)),
            "Areas[0].UrbanPermanentPopulation", null,
            "无下级的区域须填写城镇常住人口。",
            "An area without children needs its urban permanent population."),
        new("negative population", StaffingErrors.PopulationNegative, "STAFFING_POPULATION_NEGATIVE",
            () => One(Community("c1", population: -5)),
            "Areas[0].UrbanPermanentPopulation", "-5",
            "城镇常住人口不能为负数（-5）。",
            "The urban permanent population cannot be negative (-5)."),
        new("population above the limit", StaffingErrors.PopulationAbsurd, "STAFFING_POPULATION_ABSURD",
            () => One(Community("c1", population: 100_000_001)),
            "Areas[0].UrbanPermanentPopulation", "100000001",
            "城镇常住人口 100000001 超过上限 100000000。",
            "The urban permanent population 100000001 exceeds the limit 100000000."),
        new("parent population not the sum of its children", StaffingErrors.PopulationMismatch, "STAFFING_POPULATION_MISMATCH",
            () => Many(new StaffingArea { Id = "s1", Level = AreaLevel.Street, UrbanPermanentPopulation = 200 }, Community("c1", 100, parent: "s1")),
            "Areas[0].UrbanPermanentPopulation", "200",
            "上级区域填写的城镇常住人口 200 与下级之和 100 不符。",
            "A parent's stated urban permanent population 200 differs from the sum of its children's, 100."),
        new("negative households", StaffingErrors.HouseholdsNegative, "STAFFING_HOUSEHOLDS_NEGATIVE",
            () => One(Community("c1") with { Households = -1 }),
            "Areas[0].Households", "-1",
            "户数不能为负数（-1）。",
            "Households cannot be negative (-1)."),
        new("more households than people", StaffingErrors.HouseholdsExceedPopulation, "STAFFING_HOUSEHOLDS_EXCEED_POPULATION",
            () => One(Community("c1", 100) with { Households = 101 }),
            "Areas[0].Households", null,
            "户数不能多于人口。",
            "Households cannot exceed the population."),
        new("negative worker count", StaffingErrors.WorkersNegative, "STAFFING_WORKERS_NEGATIVE",
            () => One(Community("c1") with { Workers = new Dictionary<string, int> { ["community-full-time"] = -1 } }),
            "Areas[0].Workers[community-full-time]", "-1",
            "人员数不能为负数（-1）。",
            "A worker count cannot be negative (-1)."),
        new("more workers than residents", StaffingErrors.WorkersExceedPopulation, "STAFFING_WORKERS_EXCEED_POPULATION",
            () => One(Community("c1", 10) with { Workers = new Dictionary<string, int> { ["community-full-time"] = 6, ["part-time"] = 5 } }),
            "Areas[0].Workers", null,
            "社区工作者人数不能多于城镇常住人口。",
            "Workers cannot outnumber the urban permanent population."),
        new("unknown worker category", StaffingErrors.CategoryUnknown, "STAFFING_CATEGORY_UNKNOWN",
            () => One(Community("c1") with { Workers = new Dictionary<string, int> { ["wizard"] = 1 } }),
            "Areas[0].Workers[wizard]", "wizard",
            "未知的人员类别“wizard”；可用类别：two-committees-full-time, community-full-time, grid-worker, part-time, public-welfare-post, property-staff, volunteer。",
            "Unknown worker category 'wizard'; known: two-committees-full-time, community-full-time, grid-worker, part-time, public-welfare-post, property-staff, volunteer."),
        new("as-of date before any quota", StaffingErrors.NoPolicy, "STAFFING_NO_POLICY_ON_DATE",
            () => One(Community("c1")),
            "AsOf", "2021-12-26",
            "规则包在 2021-12-26 没有有效的社区工作者配备标准。",
            "The pack has no staffing quota in force on 2021-12-26.",
            AsOf: "2021-12-26"),
    ];

    /// <summary>Cases too large to repeat under every culture (a million areas).</summary>
    private static readonly HashSet<string> Heavy = ["1,000,001 areas"];

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Name));

    /// <summary>Every case's failures as the public API gives them (for checks across the catalogues), the heavy ones aside.</summary>
    internal static IEnumerable<(string Case, IReadOnlyList<ValidationFailure> Failures)> EveryCase() =>
        Cases.Where(c => !Heavy.Contains(c.Name)).Select(c => (c.Name, Suzhou.Evaluate(c.Request(), EvaluationOptions.On(Date(c.AsOf), explain: false)).Failures));

    private static Case Named(string name) => Cases.Single(c => c.Name == name);

    private static void Check(Case c)
    {
        var result = Suzhou.Evaluate(c.Request(), EvaluationOptions.On(Date(c.AsOf), explain: false));
        Assert.False(result.IsValid);
        Assert.Null(result.Outcome);
        var f = Assert.Single(result.Failures);
        Assert.Equal(c.Code, f.Code);
        Assert.Equal(c.Error.Code, f.Code);
        Assert.Equal(c.Path, f.PropertyPath);
        Assert.Equal(c.Value, f.AttemptedValue);
        Assert.Equal(c.ZhHans, f.Message.ZhHans);
        Assert.Equal(c.En, f.Message.En);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_failure_has_its_code_path_value_and_whole_message_in_both_languages(string name) => Check(Named(name));

    [Fact]
    public void A_request_over_the_area_limit_is_refused_for_that_alone_without_reading_its_areas()
    {
        // A missing area and a negative population among them would each be refused in a request within the limit.
        StaffingArea[] areas = [null!, Community("bad", -5), .. Enumerable.Range(0, StaffingLimits.MaxAreas - 1).Select(i => Community("c" + i.ToString(CultureInfo.InvariantCulture), 1))];
        Assert.Equal(StaffingLimits.MaxAreas + 1, areas.Length);
        var result = Suzhou.Evaluate(Many(areas), EvaluationOptions.On(Date(AsOf), explain: false));
        var f = Assert.Single(result.Failures);
        Assert.Equal(("STAFFING_TOO_MANY_AREAS", "Areas"), (f.Code, f.PropertyPath));
        Assert.Equal(["STAFFING_AREA_NULL", "STAFFING_POPULATION_NEGATIVE"], Suzhou.Evaluate(Many(areas[..3]), EvaluationOptions.On(Date(AsOf), explain: false)).Failures.Select(f => f.Code));
    }

    [Fact]
    public void Every_descriptor_of_the_catalogue_has_a_case_or_a_stated_reason()
    {
        var fields = Validation.ErrorCases.Descriptors(typeof(StaffingErrors));
        Assert.Equal(19, fields.Count);
        var covered = Cases.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var missing = fields.Where(f => !covered.Contains(f.Value.Code) && !NotProducible.Contains(f.Value.Code)).Select(f => f.Key).ToArray();
        Assert.Empty(missing);

        // Every case names a descriptor of the catalogue, under its code.
        Assert.All(Cases, c => Assert.Contains(c.Error, fields.Values));
        Assert.All(Cases, c => Assert.Equal(c.Code, c.Error.Code));
        Assert.Equal(fields.Count, fields.Values.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_limits_in_the_messages_are_the_limits_the_validator_applies()
    {
        Assert.Equal(1_000_000, StaffingLimits.MaxAreas);
        Assert.Equal(100_000_000L, StaffingLimits.MaxPopulation);
        Assert.Contains(" " + StaffingLimits.MaxAreas.ToString(CultureInfo.InvariantCulture) + "。", Named("1,000,001 areas").ZhHans, StringComparison.Ordinal);
        Assert.Contains(" " + StaffingLimits.MaxAreas.ToString(CultureInfo.InvariantCulture) + " ", Named("1,000,001 areas").En, StringComparison.Ordinal);
        Assert.EndsWith(" " + StaffingLimits.MaxPopulation.ToString(CultureInfo.InvariantCulture) + "。", Named("population above the limit").ZhHans, StringComparison.Ordinal);
        Assert.EndsWith(" " + StaffingLimits.MaxPopulation.ToString(CultureInfo.InvariantCulture) + ".", Named("population above the limit").En, StringComparison.Ordinal);
        Assert.Equal((StaffingLimits.MaxPopulation + 1).ToString(CultureInfo.InvariantCulture), Named("population above the limit").Value);

        // Each limit is where the validator draws the line: the limit itself is accepted.
        var options = EvaluationOptions.On(Date(AsOf), explain: false);
        Assert.True(Suzhou.Evaluate(One(Community("c1", StaffingLimits.MaxPopulation)), options).IsValid);
        Assert.True(Suzhou.Evaluate(One(Community(new string('x', 64))), options).IsValid); // the "64 个字符 / 64 characters" of the id message
    }

    [Fact]
    public void The_known_categories_in_the_message_are_the_packs_categories_in_force()
    {
        var categories = RulePacks.Suzhou.Timeline(StaffingParameters.WorkerCategories)!.At(Date(AsOf));
        Assert.True(categories.HasValue);
        Assert.Equal(KnownCategories, string.Join(", ", categories.Value.Categories.Select(c => c.Code)));
        Assert.EndsWith("可用类别：" + KnownCategories + "。", Named("unknown worker category").ZhHans, StringComparison.Ordinal);
        Assert.EndsWith("known: " + KnownCategories + ".", Named("unknown worker category").En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_no_policy_case_is_the_last_day_before_the_packs_first_quota()
    {
        var first = RulePacks.Suzhou.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!.ChangeDates.Min();
        Assert.Equal(Date("2021-12-27"), first);
        Assert.Equal(first.PlusDays(-1), Date(Named("as-of date before any quota").AsOf));
        Assert.True(Suzhou.Evaluate(One(Community("c1")), EvaluationOptions.On(first, explain: false)).IsValid);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Messages_values_and_paths_are_the_same_in_any_current_culture(string culture) =>
        InCulture(culture, () =>
        {
            foreach (var c in Cases.Where(c => !Heavy.Contains(c.Name)))
            {
                Check(c);
            }

            return 0;
        });
}
