using System.Globalization;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Validation;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// Every failure of <see cref="ElderlyErrors"/>, triggered through <see cref="ElderlyCareCalculator.Evaluate"/> with a
/// minimal bad request, checked by code, property path, attempted value and the whole message in both languages.
/// </summary>
/// <remarks>The expected messages are the specification of the wording a civil-affairs office reads.</remarks>
public sealed class ElderlyErrorCatalogueTests
{
    private const string AsOf = "2025-06-30";

    /// <summary>
    /// Descriptors no request can produce through the public API, each with the reason. Empty: every descriptor has a case.
    /// </summary>
    private static readonly HashSet<string> NotProducible = [];

    /// <summary>One failure: the request that triggers it and everything the caller is told.</summary>
    private sealed record Case(
        string Name, ErrorDescriptor Error, string Code, Func<ElderlyCareRequest> Request, string Path, string? Value, string ZhHans, string En, string AsOf = AsOf);

    private static ElderlyCareRequest For(ElderlyPerson person) => ElderlyCareRequest.For(person);

    private static ElderlyPerson Born1940 => Person("1940-01-01");

    private static CareAssessment Mild(string on, string? until = null) =>
        new() { Level = CareLevel.Mild, AssessedOn = Date(on), ValidUntil = until is null ? null : Date(until) };

    private static readonly Case[] Cases =
    [
        new("person missing", ElderlyErrors.PersonMissing, "ELDERLY_PERSON_MISSING",
            () => new ElderlyCareRequest { Person = null! },
            "Person", null,
            "请求中没有老年人信息。",
            "The request has no person."),
        new("birth after the as-of date", ElderlyErrors.BirthInFuture, "ELDERLY_BIRTH_IN_FUTURE",
            () => For(Person("2025-07-01")),
            "Person.BirthDate", "2025-07-01",
            "出生日期 2025-07-01 晚于测算日期。",
            "The birth date 2025-07-01 is after the as-of date."),
        new("birth before 1880", ElderlyErrors.BirthTooEarly, "ELDERLY_BIRTH_TOO_EARLY",
            () => For(Person("1879-12-31")),
            "Person.BirthDate", "1879-12-31",
            "出生日期 1879-12-31 早于 1880-01-01。",
            "The birth date 1879-12-31 is before 1880-01-01."),
        new("death before birth", ElderlyErrors.DeathBeforeBirth, "ELDERLY_DEATH_BEFORE_BIRTH",
            () => For(Person("1940-01-01", death: "1939-12-31")),
            "Person.DeathDate", "1939-12-31",
            "死亡日期 1939-12-31 早于出生日期。",
            "The death date 1939-12-31 is before the birth date."),
        new("hukou before birth", ElderlyErrors.HukouBeforeBirth, "ELDERLY_HUKOU_BEFORE_BIRTH",
            () => For(Born1940 with { HukouSince = Date("1939-12-31") }),
            "Person.HukouSince", "1939-12-31",
            "户籍迁入日期 1939-12-31 早于出生日期。",
            "The hukou date 1939-12-31 is before the birth date."),
        new("unknown district", ElderlyErrors.DistrictUnknown, "ELDERLY_DISTRICT_UNKNOWN",
            () => For(Person("1940-01-01", district: "atlantis")),
            "Person.HukouDistrict", "atlantis",
            "未知的户籍地区“atlantis”；可用：gusu, huqiu, wuzhong, xiangcheng, wujiang, sip, changshu, zhangjiagang, kunshan, taicang。",
            "Unknown hukou district 'atlantis'; known: gusu, huqiu, wuzhong, xiangcheng, wujiang, sip, changshu, zhangjiagang, kunshan, taicang."),
        new("unknown economic status", ElderlyErrors.StatusUnknown, "ELDERLY_STATUS_UNKNOWN",
            () => For(Born1940 with { EconomicStatuses = [new EconomicStatusPeriod((EconomicStatus)9, Date("2020-01-01"))] }),
            "Person.EconomicStatuses[0].Status", "9",
            "未知的经济状况“9”。",
            "Unknown economic status '9'."),
        new("negative economic status", ElderlyErrors.StatusUnknown, "ELDERLY_STATUS_UNKNOWN",
            () => For(Born1940 with { EconomicStatuses = [new EconomicStatusPeriod((EconomicStatus)(-1), Date("2020-01-01"))] }),
            "Person.EconomicStatuses[0].Status", "-1",
            "未知的经济状况“-1”。",
            "Unknown economic status '-1'."),
        new("status period ending before it starts", ElderlyErrors.StatusPeriodReversed, "ELDERLY_STATUS_PERIOD_REVERSED",
            () => For(Born1940 with { EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2020-01-01"), Date("2019-12-31"))] }),
            "Person.EconomicStatuses[0].To", null,
            "经济状况期间的结束日期早于开始日期。",
            "An economic-status period ends before it starts."),
        new("overlapping status periods", ElderlyErrors.StatusOverlap, "ELDERLY_STATUS_OVERLAP",
            () => For(Born1940 with
            {
                EconomicStatuses =
                [
                    new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2020-01-01"), Date("2023-06-30")),
                    new EconomicStatusPeriod(EconomicStatus.LowIncome, Date("2023-06-30")),
                ],
            }),
            "Person.EconomicStatuses", null,
            "经济状况期间相互重叠。",
            "Economic-status periods overlap."),
        new("status period before birth", ElderlyErrors.StatusBeforeBirth, "ELDERLY_STATUS_BEFORE_BIRTH",
            () => For(Born1940 with { EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("1939-12-31"))] }),
            "Person.EconomicStatuses[0]", null,
            "经济状况期间早于出生日期。",
            "An economic-status period starts before the birth date."),
        new("assessment with both levels", ElderlyErrors.LevelUnknown, "ELDERLY_CARE_LEVEL_UNKNOWN",
            () => For(Born1940 with { Assessments = [new CareAssessment { Level = CareLevel.Mild, LegacyLevel = LegacyCareLevel.Disabled, AssessedOn = Date("2020-01-01") }] }),
            "Person.Assessments[0].Level", null,
            "评估须给出且仅给出一个已知等级（新标准或旧三级）。",
            "An assessment needs exactly one known level (national or legacy)."),
        new("assessment with an undefined level", ElderlyErrors.LevelUnknown, "ELDERLY_CARE_LEVEL_UNKNOWN",
            () => For(Born1940 with { Assessments = [new CareAssessment { Level = (CareLevel)7, AssessedOn = Date("2020-01-01") }] }),
            "Person.Assessments[0].Level", null,
            "评估须给出且仅给出一个已知等级（新标准或旧三级）。",
            "An assessment needs exactly one known level (national or legacy)."),
        new("assessment before birth", ElderlyErrors.AssessmentBeforeBirth, "ELDERLY_ASSESSMENT_BEFORE_BIRTH",
            () => For(Born1940 with { Assessments = [Mild("1939-12-31")] }),
            "Person.Assessments[0].AssessedOn", "1939-12-31",
            "评估日期 1939-12-31 早于出生日期。",
            "The assessment date 1939-12-31 is before the birth date."),
        new("assessment after the as-of date", ElderlyErrors.AssessmentAfterAsOf, "ELDERLY_ASSESSMENT_AFTER_AS_OF",
            () => For(Born1940 with { Assessments = [Mild("2025-07-01")] }),
            "Person.Assessments[0].AssessedOn", "2025-07-01",
            "评估日期 2025-07-01 晚于测算日期。",
            "The assessment date 2025-07-01 is after the as-of date."),
        new("assessment valid until before its date", ElderlyErrors.AssessmentValidity, "ELDERLY_ASSESSMENT_VALIDITY_REVERSED",
            () => For(Born1940 with { Assessments = [Mild("2020-01-01", until: "2019-12-31")] }),
            "Person.Assessments[0].ValidUntil", null,
            "评估有效期截止日早于评估日期。",
            "An assessment's validity ends before its date."),
        new("two assessments on the same day", ElderlyErrors.AssessmentOrder, "ELDERLY_ASSESSMENTS_UNORDERED",
            () => For(Born1940 with { Assessments = [Mild("2020-01-01"), Mild("2020-01-01")] }),
            "Person.Assessments", null,
            "评估须按日期先后排列且不得同日。",
            "Assessments must be in strictly increasing date order."),
        new("assessments out of order", ElderlyErrors.AssessmentOrder, "ELDERLY_ASSESSMENTS_UNORDERED",
            () => For(Born1940 with { Assessments = [Mild("2021-01-01"), Mild("2020-01-01")] }),
            "Person.Assessments", null,
            "评估须按日期先后排列且不得同日。",
            "Assessments must be in strictly increasing date order."),
        new("unknown living arrangement", ElderlyErrors.ArrangementUnknown, "ELDERLY_ARRANGEMENT_UNKNOWN",
            () => For(Born1940 with { LivingArrangement = (LivingArrangement)7 }),
            "Person.LivingArrangement", "7",
            "未知的居住状况或特殊家庭标记“7”。",
            "Unknown living arrangement or special-family flag '7'."),
        new("unknown special-family flag", ElderlyErrors.ArrangementUnknown, "ELDERLY_ARRANGEMENT_UNKNOWN",
            () => For(Born1940 with { SpecialFamily = SpecialFamily.LostOnlyChild | (SpecialFamily)4 }),
            "Person.SpecialFamily", "5",
            "未知的居住状况或特殊家庭标记“5”。",
            "Unknown living arrangement or special-family flag '5'."),
        new("institutional care ending before it starts", ElderlyErrors.CarePeriod, "ELDERLY_INSTITUTIONAL_PERIOD_INVALID",
            () => For(Born1940 with { InstitutionalCareFrom = Date("2020-01-01"), InstitutionalCareUntil = Date("2019-12-31") }),
            "Person.InstitutionalCareFrom", null,
            "入住养老机构期间无效（结束早于开始，或早于出生）。",
            "The institutional-care period is invalid (ends before it starts, or before birth)."),
        new("institutional care before birth", ElderlyErrors.CarePeriod, "ELDERLY_INSTITUTIONAL_PERIOD_INVALID",
            () => For(Born1940 with { InstitutionalCareFrom = Date("1939-12-31") }),
            "Person.InstitutionalCareFrom", null,
            "入住养老机构期间无效（结束早于开始，或早于出生）。",
            "The institutional-care period is invalid (ends before it starts, or before birth)."),
        new("application after the as-of date", ElderlyErrors.ApplicationDate, "ELDERLY_APPLICATION_DATE_INVALID",
            () => For(Born1940 with { ApplicationDate = Date("2025-07-01") }),
            "Person.ApplicationDate", "2025-07-01",
            "申请日期 2025-07-01 不得早于出生日期，也不得晚于测算日期。",
            "The application date 2025-07-01 must be neither before the birth date nor after the as-of date."),
        new("application before birth", ElderlyErrors.ApplicationDate, "ELDERLY_APPLICATION_DATE_INVALID",
            () => For(Born1940 with { ApplicationDate = Date("1939-12-31") }),
            "Person.ApplicationDate", "1939-12-31",
            "申请日期 1939-12-31 不得早于出生日期，也不得晚于测算日期。",
            "The application date 1939-12-31 must be neither before the birth date nor after the as-of date."),
        new("negative meals", ElderlyErrors.Negative, "ELDERLY_NEGATIVE_VALUE",
            () => For(Born1940 with { MealsPerMonth = -1 }),
            "Person.MealsPerMonth", "-1",
            "每月助餐次数不能为负数（-1）。",
            "The number of assisted meals a month cannot be negative (-1)."),
        new("negative adaptation cost", ElderlyErrors.Negative, "ELDERLY_NEGATIVE_VALUE",
            () => For(Born1940 with { AdaptationCost = -0.5m }),
            "Person.AdaptationCost", "-0.5",
            "适老化改造费用不能为负数（-0.5）。",
            "The adaptation cost cannot be negative (-0.5)."),
        new("too many meals", ElderlyErrors.TooLarge, "ELDERLY_VALUE_TOO_LARGE",
            () => For(Born1940 with { MealsPerMonth = 94 }),
            "Person.MealsPerMonth", "94",
            "每月助餐次数为 94，超过可受理的上限 93。",
            "The number of assisted meals a month (94) is above the accepted maximum 93."),
        new("adaptation cost too large", ElderlyErrors.TooLarge, "ELDERLY_VALUE_TOO_LARGE",
            () => For(Born1940 with { AdaptationCost = 10_000_000.01m }),
            "Person.AdaptationCost", "10000000.01",
            "适老化改造费用为 10000000.01，超过可受理的上限 10000000。",
            "The adaptation cost (10000000.01) is above the accepted maximum 10000000."),
        new("status list null", ElderlyErrors.ListMissing, "ELDERLY_LIST_MISSING",
            () => For(Born1940 with { EconomicStatuses = null! }),
            "Person.EconomicStatuses", null,
            "经济状况未填写；没有条目时请填写空列表。",
            "The list of economic status periods is missing; give an empty list when there are none."),
        new("assessment list null", ElderlyErrors.ListMissing, "ELDERLY_LIST_MISSING",
            () => For(Born1940 with { Assessments = null! }),
            "Person.Assessments", null,
            "老年人能力评估未填写；没有条目时请填写空列表。",
            "The list of care-need assessments is missing; give an empty list when there are none."),
        new("status entry null", ElderlyErrors.EntryMissing, "ELDERLY_ENTRY_MISSING",
            () => For(Born1940 with { EconomicStatuses = [null!] }),
            "Person.EconomicStatuses[0]", null,
            "经济状况第1项是空条目。",
            "Economic status period 1 is an empty entry."),
        new("assessment entry null", ElderlyErrors.EntryMissing, "ELDERLY_ENTRY_MISSING",
            () => For(Born1940 with { Assessments = [Mild("2020-01-01"), null!] }),
            "Person.Assessments[1]", null,
            "第2次老年人能力评估是空条目。",
            "Care-need assessment 2 is an empty entry."),
        new("schedule ending before it starts", ElderlyErrors.ScheduleRange, "ELDERLY_SCHEDULE_RANGE_INVALID",
            () => For(Born1940) with { ScheduleFrom = new YearMonth(2025, 2), ScheduleTo = new YearMonth(2025, 1) },
            "ScheduleTo", null,
            "测算期间须同时给出起止月份，且结束不早于开始。",
            "A schedule needs both months, the end not before the start."),
        new("schedule without its end", ElderlyErrors.ScheduleRange, "ELDERLY_SCHEDULE_RANGE_INVALID",
            () => For(Born1940) with { ScheduleFrom = new YearMonth(2025, 1) },
            "ScheduleTo", null,
            "测算期间须同时给出起止月份，且结束不早于开始。",
            "A schedule needs both months, the end not before the start."),
        new("schedule of 241 months", ElderlyErrors.ScheduleTooLong, "ELDERLY_SCHEDULE_TOO_LONG",
            () => For(Born1940) with { ScheduleFrom = new YearMonth(2020, 1), ScheduleTo = new YearMonth(2040, 1) },
            "ScheduleTo", null,
            "测算期间最长 240 个月。",
            "A schedule covers at most 240 months."),
        new("101 status periods", ElderlyErrors.TooMany, "ELDERLY_TOO_MANY_PERIODS",
            () => For(Born1940 with { EconomicStatuses = [.. Enumerable.Range(0, 101).Select(i => new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2000-01-01").PlusDays(i), Date("2000-01-01").PlusDays(i)))] }),
            "Person.EconomicStatuses", null,
            "经济状况最多 100 项。",
            "The list of economic status periods holds at most 100 entries."),
        new("101 assessments", ElderlyErrors.TooMany, "ELDERLY_TOO_MANY_PERIODS",
            () => For(Born1940 with { Assessments = [.. Enumerable.Range(0, 101).Select(i => new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2000-01-01").PlusDays(i) })] }),
            "Person.Assessments", null,
            "老年人能力评估最多 100 项。",
            "The list of care-need assessments holds at most 100 entries."),
        new("as-of date before the first rules", ElderlyErrors.NoPolicy, "ELDERLY_NO_POLICY_ON_DATE",
            () => For(Person("1905-01-15")),
            "AsOf", "2007-09-30",
            "规则包在 2007-09-30 没有有效的养老服务补贴规则。",
            "The pack has no elderly-care rules in force on 2007-09-30.",
            AsOf: "2007-09-30"),
    ];

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Name));

    /// <summary>Every case's failures as the public API gives them (for checks across the catalogues).</summary>
    internal static IEnumerable<(string Case, IReadOnlyList<ValidationFailure> Failures)> EveryCase() =>
        Cases.Select(c => (c.Name, Suzhou.Evaluate(c.Request(), EvaluationOptions.On(Date(c.AsOf))).Failures));

    private static Case Named(string name) => Cases.Single(c => c.Name == name);

    private static void Check(Case c)
    {
        var result = Suzhou.Evaluate(c.Request(), EvaluationOptions.On(Date(c.AsOf)));
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
    public void Every_descriptor_of_the_catalogue_has_a_case_or_a_stated_reason()
    {
        var fields = Validation.ErrorCases.Descriptors(typeof(ElderlyErrors));
        Assert.Equal(26, fields.Count);
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
        Assert.Equal(240, ElderlyLimits.MaxScheduleMonths);
        Assert.Equal(100, ElderlyLimits.MaxPeriods);
        Assert.Equal(93, ElderlyLimits.MaxMealsPerMonth);
        Assert.Equal(10_000_000m, ElderlyLimits.MaxAdaptationCost);
        Assert.Equal("1880-01-01", ElderlyLimits.EarliestBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // The figures a user reads are the limits, written as the messages write them.
        Assert.Contains(" " + ElderlyLimits.MaxScheduleMonths.ToString(CultureInfo.InvariantCulture) + " ", Named("schedule of 241 months").ZhHans, StringComparison.Ordinal);
        Assert.Contains(" " + ElderlyLimits.MaxPeriods.ToString(CultureInfo.InvariantCulture) + " ", Named("101 assessments").En, StringComparison.Ordinal);
        Assert.EndsWith(" " + ElderlyLimits.MaxMealsPerMonth.ToString(CultureInfo.InvariantCulture) + "。", Named("too many meals").ZhHans, StringComparison.Ordinal);
        Assert.EndsWith(" " + ElderlyLimits.MaxAdaptationCost.ToString(CultureInfo.InvariantCulture) + ".", Named("adaptation cost too large").En, StringComparison.Ordinal);
        Assert.Contains(ElderlyLimits.EarliestBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Named("birth before 1880").ZhHans, StringComparison.Ordinal);

        // Each limit is where the validator draws the line: one step inside is accepted.
        Assert.True(Suzhou.Evaluate(For(Born1940) with { ScheduleFrom = new YearMonth(2020, 1), ScheduleTo = new YearMonth(2039, 12) }, EvaluationOptions.On(Date(AsOf), explain: false)).IsValid);
        Assert.True(Suzhou.Evaluate(For(Born1940 with { MealsPerMonth = ElderlyLimits.MaxMealsPerMonth, AdaptationCost = ElderlyLimits.MaxAdaptationCost }), EvaluationOptions.On(Date(AsOf), explain: false)).IsValid);
        Assert.True(Suzhou.Evaluate(For(Person("1880-01-01")), EvaluationOptions.On(Date(AsOf), explain: false)).IsValid);
        var hundred = Born1940 with { Assessments = [.. Enumerable.Range(0, ElderlyLimits.MaxPeriods).Select(i => new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2000-01-01").PlusDays(i) })] };
        Assert.True(Suzhou.Evaluate(For(hundred), EvaluationOptions.On(Date(AsOf), explain: false)).IsValid);
    }

    [Fact]
    public void The_known_districts_in_the_message_are_the_packs_districts_in_force()
    {
        var districts = RulePacks.Suzhou.Timeline(ElderlyParameters.Districts)!.At(Date(AsOf));
        Assert.True(districts.HasValue);
        var known = string.Join(", ", districts.Value.Districts.Select(d => d.Code));
        Assert.Equal("gusu, huqiu, wuzhong, xiangcheng, wujiang, sip, changshu, zhangjiagang, kunshan, taicang", known);
        Assert.EndsWith("可用：" + known + "。", Named("unknown district").ZhHans, StringComparison.Ordinal);
        Assert.EndsWith("known: " + known + ".", Named("unknown district").En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_no_policy_case_is_the_last_day_before_the_packs_first_elderly_care_rules()
    {
        // The no-policy case sits on the last day before the pack's first elderly-care rules.
        var first = Suzhou.Evaluate(For(Person("1905-01-15")), EvaluationOptions.On(Date("2007-10-01"), explain: false));
        Assert.True(first.IsValid);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Messages_values_and_paths_are_the_same_in_any_current_culture(string culture) =>
        InCulture(culture, () =>
        {
            foreach (var c in Cases)
            {
                Check(c);
            }

            return 0;
        });
}
