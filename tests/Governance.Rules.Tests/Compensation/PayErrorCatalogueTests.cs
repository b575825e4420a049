using Governance.Rules.Compensation;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Tests.Validation;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

/// <summary>
/// Every pay validation failure, caused through the calculator and the pay-floor checker as a consumer calls them: its
/// code, its path, the value given and the whole message in Chinese and English (the wording a civil-affairs office reads).
/// </summary>
public sealed class PayErrorCatalogueTests
{
    private static readonly EvaluationOptions OnAsOf = EvaluationOptions.On(AsOf); // 2025-06-30
    private static readonly EvaluationOptions January2026 = EvaluationOptions.On(Date("2026-01-15"));

    /// <summary>Descriptors no consumer can cause through the public API, each with the reason (none: every one can be).</summary>
    private static readonly HashSet<string> NotProducible = [];

    private static IReadOnlyList<ValidationFailure> Grade(CommunityWorker worker) => Suzhou.EvaluateGrade(worker, OnAsOf).Failures;

    private static IReadOnlyList<ValidationFailure> Floor(params PayrollWorker[] workers) => SuzhouFloor.Evaluate(new PayrollRequest("community-01", 2025, workers), January2026).Failures;

    private static PayrollWorker Line(string id, decimal pay = 150_000m, decimal months = 12m, bool counted = true) =>
        new() { Id = id, AnnualPay = pay, FullTimeEquivalentMonths = months, Counted = counted };

    private static CommunityWorker Staff => Worker("staff", "2020-01-01");

    private static ErrorFigure[] Years => [ErrorFigure.Of("1949", PayLimits.MinYear), ErrorFigure.Of("2200", PayLimits.MaxYear)];

    private static PayFloorRule FloorRule(int year) => RulePacks.Suzhou.Timeline(PayParameters.FloorRule)!.At(new LocalDate(year, 1, 1)).Value;

    private static string Known<T>(ParameterDefinition<T> table, Func<T, IEnumerable<string>> codes) =>
        string.Join(", ", codes(RulePacks.Suzhou.Timeline(table)!.At(AsOf).Value));

    private static readonly ErrorCase[] Cases =
    [
        new("ListMissing/Qualifications", () => Grade(Staff with { Qualifications = null! }),
            "PAY_LIST_MISSING", "Qualifications", null,
            "社会工作者职业资格未填写；没有条目时请填写空列表。",
            "The list of social-work qualifications is missing; give an empty list when there are none."),
        new("ListMissing/FailedAppraisalYears", () => Grade(Staff with { FailedAppraisalYears = null! }),
            "PAY_LIST_MISSING", "FailedAppraisalYears", null,
            "年度考核不合格的年份未填写；没有条目时请填写空列表。",
            "The list of years appraised as unqualified is missing; give an empty list when there are none."),
        new("TooManyEntries/FailedAppraisalYears", () => Grade(Staff with { FailedAppraisalYears = [.. Enumerable.Range(1950, 101)] }),
            "PAY_TOO_MANY_ENTRIES", "FailedAppraisalYears", "101",
            "年度考核不合格的年份最多 100 项（给出 101 项）。",
            "The list of years appraised as unqualified holds at most 100 entries (101 given).")
        { Figures = [ErrorFigure.Of("100", PayLimits.MaxHistoryEntries)] },
        new("WorkerMissing/AnnualPay", () => Suzhou.EvaluateAnnualPay(new AnnualPayRequest(null!, 2025), January2026).Failures,
            "PAY_WORKER_NULL", "Worker", null,
            "社区工作者为空。",
            "The community worker is empty."),
        new("WorkerMissing/PayrollLine", () => Floor(Line("a"), null!),
            "PAY_WORKER_NULL", "Workers[1]", null,
            "第2名人员为空。",
            "Worker 2 is empty."),
        new("IdMissing/WorkerEmpty", () => Grade(Worker("staff", "2020-01-01", id: "")),
            "PAY_WORKER_ID_MISSING", "Id", "",
            "人员编号不能为空，且不超过 64 个字符。",
            "The worker id must be 1 to 64 characters."),
        new("IdMissing/WorkerTooLong", () => Grade(Worker("staff", "2020-01-01", id: new string('w', 65))),
            "PAY_WORKER_ID_MISSING", "Id", new string('w', 65),
            "人员编号不能为空，且不超过 64 个字符。",
            "The worker id must be 1 to 64 characters."),
        new("IdMissing/PayrollLine", () => Floor(Line("")),
            "PAY_WORKER_ID_MISSING", "Workers[0].Id", "",
            "第1名人员的编号不能为空，且不超过 64 个字符。",
            "The id of worker 1 must be 1 to 64 characters."),
        new("UnitIdMissing", () => SuzhouFloor.Evaluate(new PayrollRequest("", 2025, [Line("a")]), January2026).Failures,
            "PAY_UNIT_ID_MISSING", "UnitId", "",
            "单位编号不能为空，且不超过 64 个字符。",
            "The unit id must be 1 to 64 characters."),
        new("IdDuplicate", () => Floor(Line("a"), Line("a")),
            "PAY_WORKER_ID_DUPLICATE", "Workers[1].Id", "a",
            "人员编号“a”在工资册中重复。",
            "Worker id 'a' appears more than once in the payroll."),
        new("ServiceMissing", () => Grade(Staff with { Service = [] }),
            "PAY_SERVICE_MISSING", "Service", null,
            "至少需要一段社区工作经历。",
            "At least one service period is needed."),
        new("ServicePeriodNegative", () => Grade(Staff with { Service = [new ServicePeriod(Date("2020-01-01"), Date("2019-12-31"))] }),
            "PAY_SERVICE_PERIOD_NEGATIVE", "Service[0].End", "2019-12-31",
            "工作经历的结束日期 2019-12-31 早于开始日期。",
            "The service period ends (2019-12-31) before it starts."),
        new("ServicePeriodsOverlap", () => Grade(Staff with { Service = [new ServicePeriod(Date("2020-01-01"), Date("2022-12-31")), new ServicePeriod(Date("2022-06-01"))] }),
            "PAY_SERVICE_PERIODS_OVERLAP", "Service[1].Start", "2022-06-01",
            "工作经历须按时间顺序排列且互不重叠（2022-06-01 与上一段重叠或在其之前）。",
            "Service periods must be in date order without overlap (2022-06-01 overlaps or precedes the previous period)."),
        new("HireAfterAsOf", () => Grade(Worker("staff", "2025-07-01")),
            "PAY_HIRE_AFTER_AS_OF", "Service[0].Start", "2025-07-01",
            "入职日期 2025-07-01 晚于测算日期 2025-06-30。",
            "The hire date 2025-07-01 is after the as-of date 2025-06-30."),
        new("NotInService", () => Suzhou.EvaluateMonthlyPay(Staff with { Service = [new ServicePeriod(Date("2020-01-01"), Date("2025-03-31")), new ServicePeriod(Date("2025-08-01"))] }, OnAsOf).Failures,
            "PAY_NOT_IN_SERVICE_ON_DATE", "AsOf", "2025-06-30",
            "2025-06-30 不在任何工作经历期间内，当日无报酬。",
            "2025-06-30 lies in no service period: no pay is due on that day."),
        new("PostsMissing", () => Grade(Staff with { Posts = [] }),
            "PAY_POSTS_MISSING", "Posts", null,
            "至少需要一条岗位记录。",
            "At least one post assignment is needed."),
        new("PostUnknown", () => Grade(Worker("director", "2020-01-01")),
            "PAY_POST_UNKNOWN", "Posts[0].Post", "director",
            "未知的岗位“director”；可用岗位：head, deputy, staff。",
            "Unknown post 'director'; known: head, deputy, staff.")
        { Figures = [ErrorFigure.Of("head, deputy, staff", Known(PayParameters.Posts, t => t.Posts.Select(p => p.Code)))] },
        new("PostHistoryOrder", () => Grade(Staff with { Posts = [new PostAssignment("staff", Date("2020-01-01")), new PostAssignment("deputy", Date("2020-01-01"))] }),
            "PAY_POST_HISTORY_ORDER", "Posts[1].From", "2020-01-01",
            "岗位记录须按日期严格递增（2020-01-01）。",
            "Post assignments must be in strictly increasing date order (2020-01-01)."),
        new("PostStartsAfterHire", () => Grade(Staff with { Posts = [new PostAssignment("staff", Date("2020-02-01"))] }),
            "PAY_POST_STARTS_AFTER_HIRE", "Posts[0].From", "2020-02-01",
            "首个岗位的起始日期 2020-02-01 晚于入职日期。",
            "The first post starts (2020-02-01) after the hire date."),
        new("DegreeUnknown", () => Grade(Worker("staff", "2020-01-01", degree: "diploma")),
            "PAY_DEGREE_UNKNOWN", "Degree", "diploma",
            "未知的学历“diploma”；可用学历：bachelor, master, doctor。",
            "Unknown degree 'diploma'; known: bachelor, master, doctor.")
        { Figures = [ErrorFigure.Of("bachelor, master, doctor", Known(PayParameters.DegreeCreditYears, t => t.Degrees.Select(d => d.Code)))] },
        new("QualificationUnknown", () => Grade(Staff with { Qualifications = [new QualificationHeld("lawyer", Date("2021-01-01"))] }),
            "PAY_QUALIFICATION_UNKNOWN", "Qualifications[0].Qualification", "lawyer",
            "未知的职业资格“lawyer”；可用资格：assistant-social-worker, social-worker, senior-social-worker。",
            "Unknown qualification 'lawyer'; known: assistant-social-worker, social-worker, senior-social-worker.")
        {
            Figures = [ErrorFigure.Of("assistant-social-worker, social-worker, senior-social-worker", Known(PayParameters.QualificationUplift, t => t.Qualifications.Select(q => q.Code)))],
        },
        new("QualificationBeforeBirth", () => Grade(Staff with { BirthDate = Date("1995-04-01"), Qualifications = [new QualificationHeld("social-worker", Date("1990-01-01"))] }),
            "PAY_QUALIFICATION_BEFORE_BIRTH", "Qualifications[0].Obtained", "1990-01-01",
            "职业资格取得日期 1990-01-01 早于出生日期。",
            "The qualification date 1990-01-01 is before the birth date."),
        new("FailedYearInvalid/Repeated", () => Grade(Staff with { FailedAppraisalYears = [2021, 2021] }),
            "PAY_FAILED_YEAR_INVALID", "FailedAppraisalYears[1]", "2021",
            "考核不合格年度 2021 无效或重复（须为 1949–2200 年且不重复）。",
            "Failed appraisal year 2021 is invalid or repeated (1949–2200, each once).")
        { Figures = Years },
        new("FailedYearInvalid/BeforeTheFirstYear", () => Grade(Staff with { FailedAppraisalYears = [1948] }),
            "PAY_FAILED_YEAR_INVALID", "FailedAppraisalYears[0]", "1948",
            "考核不合格年度 1948 无效或重复（须为 1949–2200 年且不重复）。",
            "Failed appraisal year 1948 is invalid or repeated (1949–2200, each once).")
        { Figures = Years },
        new("NoPolicy/Grade", () => Suzhou.EvaluateGrade(Worker("staff", "2010-01-01"), EvaluationOptions.On(Date("2018-12-31"))).Failures,
            "PAY_NO_POLICY_ON_DATE", "AsOf", "2018-12-31",
            "规则包在 2018-12-31 没有有效的社区工作者岗位等级或报酬标准。",
            "The pack has no community-worker pay scale in force on 2018-12-31."),
        new("NoPolicy/MonthlyPay", () => Suzhou.EvaluateMonthlyPay(Staff, EvaluationOptions.On(Date("2024-12-31"))).Failures,
            "PAY_NO_POLICY_ON_DATE", "AsOf", "2024-12-31",
            "规则包在 2024-12-31 没有有效的社区工作者岗位等级或报酬标准。",
            "The pack has no community-worker pay scale in force on 2024-12-31."),
        new("ScaleInconsistent", () => ScaleBeyondCoefficients().EvaluateMonthlyPay(Staff, OnAsOf).Failures,
            "PAY_SCALE_INCONSISTENT", "AsOf", "2025-06-30",
            "规则包在 2025-06-30 的岗位等级区间超出了等级系数表。",
            "On 2025-06-30 the pack's post ranges reach beyond its grade coefficient table."),
        new("YearOutsideTimeline/AnnualPay", () => Suzhou.EvaluateAnnualPay(new AnnualPayRequest(Staff, 2024), January2026).Failures,
            "PAY_YEAR_OUTSIDE_TIMELINE", "Year", "2024",
            "2024 年不在规则包的有效期间内（当年有日期无有效规则）。",
            "Year 2024 is outside the pack's timeline (some day of it has no rule in force)."),
        new("YearOutsideTimeline/Floor", () => SuzhouFloor.Evaluate(new PayrollRequest("community-01", 2021, [Line("a")]), January2026).Failures,
            "PAY_YEAR_OUTSIDE_TIMELINE", "Year", "2021",
            "2021 年不在规则包的有效期间内（当年有日期无有效规则）。",
            "Year 2021 is outside the pack's timeline (some day of it has no rule in force)."),
        new("YearInvalid/AnnualPay", () => Suzhou.EvaluateAnnualPay(new AnnualPayRequest(Staff, 1948), January2026).Failures,
            "PAY_YEAR_INVALID", "Year", "1948",
            "年度 1948 无效（须为 1949–2200）。",
            "Year 1948 is invalid (1949–2200).")
        { Figures = Years },
        new("YearInvalid/Floor", () => SuzhouFloor.Evaluate(new PayrollRequest("community-01", 2201, [Line("a")]), January2026).Failures,
            "PAY_YEAR_INVALID", "Year", "2201",
            "年度 2201 无效（须为 1949–2200）。",
            "Year 2201 is invalid (1949–2200).")
        { Figures = Years },
        new("PayrollEmpty", () => Floor(),
            "PAY_PAYROLL_EMPTY", "Workers", null,
            "工资册中没有任何人员。",
            "The payroll has no workers."),
        new("PayrollNoCounted", () => Floor(Line("a", counted: false)),
            "PAY_PAYROLL_NO_COUNTED_WORKERS", "Workers", null,
            "工资册中没有计入的社区工作者。",
            "The payroll has no counted community workers."),
        new("PayrollTooLarge", () => Floor(OneMoreThanThePayrollLimit()),
            "PAY_PAYROLL_TOO_LARGE", "Workers", null,
            "工资册人数超过上限 1000000。",
            "A payroll holds at most 1000000 workers.")
        { Figures = [ErrorFigure.Of("1000000", PayLimits.MaxPayrollWorkers)] },
        new("AnnualPayOutOfRange/Negative", () => Floor(Line("a", pay: -0.5m)),
            "PAY_ANNUAL_PAY_OUT_OF_RANGE", "Workers[0].AnnualPay", "-0.5",
            "年度报酬 -0.5 须在 0 至 100000000 元之间。",
            "Annual pay -0.5 must be between 0 and 100000000 yuan.")
        { Figures = [ErrorFigure.Of("100000000", PayLimits.MaxAnnualPay)] },
        new("AnnualPayOutOfRange/Absurd", () => Floor(Line("a", pay: 100_000_000.01m)),
            "PAY_ANNUAL_PAY_OUT_OF_RANGE", "Workers[0].AnnualPay", "100000000.01",
            "年度报酬 100000000.01 须在 0 至 100000000 元之间。",
            "Annual pay 100000000.01 must be between 0 and 100000000 yuan.")
        { Figures = [ErrorFigure.Of("100000000", PayLimits.MaxAnnualPay)] },
        new("FteMonthsOutOfRange/Zero", () => Floor(Line("a", months: 0m)),
            "PAY_FTE_MONTHS_OUT_OF_RANGE", "Workers[0].FullTimeEquivalentMonths", "0",
            "折算全时月数 0 须在 0.01 至 12 之间。",
            "Full-time-equivalent months 0 must be between 0.01 and 12.")
        { Figures = [ErrorFigure.Of("0.01", PayLimits.MinFullTimeEquivalentMonths)] },
        new("FteMonthsOutOfRange/OverAYear", () => Floor(Line("a", months: 12.5m)),
            "PAY_FTE_MONTHS_OUT_OF_RANGE", "Workers[0].FullTimeEquivalentMonths", "12.5",
            "折算全时月数 12.5 须在 0.01 至 12 之间。",
            "Full-time-equivalent months 12.5 must be between 0.01 and 12.")
        { Figures = [ErrorFigure.Of("0.01", PayLimits.MinFullTimeEquivalentMonths)] },
        new("ReferenceWageMissing/Suzhou", () => SuzhouFloor.Evaluate(new PayrollRequest("community-01", 2024, [Line("a")]), January2026).Failures,
            // The path is the pay year the caller wrote (2024); the value is the reference year whose wage is missing (2023).
            "PAY_REFERENCE_WAGE_MISSING", "Year", "2023",
            "规则包中没有苏州市2023年城镇非私营单位在岗职工平均工资，无法核定2024年的待遇底线（不以其他口径、其他地区或其他年度的数值替代）。",
            "The pack holds no 2023 average wage of urban non-private units, in-service employees for Suzhou, needed for the 2024 pay floor (another caliber, place or year is never used instead).")
        {
            Figures =
            [
                ErrorFigure.Of("2023", 2024 - FloorRule(2024).ReferenceYearLag),
                ErrorFigure.Of("城镇非私营单位在岗职工", WageCalibers.ZhHans(FloorRule(2024).Caliber), Language.ZhHans),
                ErrorFigure.Of("urban non-private units, in-service employees", WageCalibers.En(FloorRule(2024).Caliber), Language.En),
                ErrorFigure.Of("苏州市", RulePacks.Suzhou.Layers.Single(l => l.Id == "cn.js.suzhou").Name.ZhHans, Language.ZhHans),
                ErrorFigure.Of("Suzhou", RulePacks.Suzhou.Layers.Single(l => l.Id == "cn.js.suzhou").Name.En, Language.En),
            ],
        },
        new("ReferenceWageMissing/PlaceWithoutALayer", () => SuzhouFloor.Evaluate(new PayrollRequest("community-01", 2025, [Line("a")]) { Jurisdiction = "cn.js.suzhou.kunshan" }, January2026).Failures,
            // A place the pack has no layer for is named by its code, quoted, in both languages.
            // The pack holds Suzhou's 2024 wage: the place the payroll named is what is missing, so the path is Jurisdiction.
            "PAY_REFERENCE_WAGE_MISSING", "Jurisdiction", "cn.js.suzhou.kunshan",
            "规则包中没有“cn.js.suzhou.kunshan”2024年城镇非私营单位在岗职工平均工资，无法核定2025年的待遇底线（不以其他口径、其他地区或其他年度的数值替代）。",
            "The pack holds no 2024 average wage of urban non-private units, in-service employees for 'cn.js.suzhou.kunshan', needed for the 2025 pay floor (another caliber, place or year is never used instead).")
        { Figures = [ErrorFigure.Of("2024", 2025 - FloorRule(2025).ReferenceYearLag)] },
    ];

    /// <summary>A calculator over a layer whose staff post reaches grade 24, beyond Suzhou's coefficient table.</summary>
    private static CommunityWorkerPayCalculator ScaleBeyondCoefficients()
    {
        var posts = """[ { "code": "staff", "zh-Hans": "社区工作者", "en": "Worker", "minGrade": 1, "maxGrade": 24 } ]""";
        return new CommunityWorkerPayCalculator(LoadLayer(PayLayer(Parameter("pay.posts", posts, unit: "级"))).GetPackOrThrow(), Clock);
    }

    /// <summary>A payroll one line longer than <see cref="PayLimits.MaxPayrollWorkers"/> (every line the same worker).</summary>
    private static PayrollWorker[] OneMoreThanThePayrollLimit()
    {
        var lines = new PayrollWorker[PayLimits.MaxPayrollWorkers + 1];
        Array.Fill(lines, Line("a"));
        return lines;
    }

    public static TheoryData<string> Names() => ErrorCases.Names(Cases);

    /// <summary>Every case's failures as the public API gives them (for checks across the catalogues).</summary>
    internal static IEnumerable<(string Case, IReadOnlyList<ValidationFailure> Failures)> EveryCase() => Cases.Select(c => (c.Name, c.Run()));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_failure_gives_its_code_path_value_and_whole_message_in_both_languages(string name) =>
        ErrorCases.Named(Cases, name).AssertFailure();

    [Fact]
    public void Every_pay_error_descriptor_has_a_case_that_causes_it() =>
        ErrorCases.AssertEveryDescriptorHasACase(typeof(PayErrors), Cases, NotProducible);

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Every_failure_reads_the_same_under_an_Arabic_or_German_culture(string culture)
    {
        var seen = InCulture(culture, () => Cases.Select(c => c.Observe()).ToArray());
        Assert.Equal(Cases.Select(c => c.Expected).ToArray(), seen);
    }

    [Fact]
    public void The_64_characters_the_id_messages_state_are_the_longest_id_accepted()
    {
        // The worker-id and unit-id checks write 64 as a literal (an input limit, no limits constant): the boundary is checked here.
        Assert.Empty(Grade(Worker("staff", "2020-01-01", id: new string('w', 64))));
        Assert.Empty(SuzhouFloor.Evaluate(new PayrollRequest(new string('u', 64), 2025, [Line(new string('w', 64))]), January2026).Failures);
        Assert.Equal(["PAY_UNIT_ID_MISSING", "PAY_WORKER_ID_MISSING"], SuzhouFloor.Evaluate(new PayrollRequest(new string('u', 65), 2025, [Line(new string('w', 65))]), January2026).Failures.Select(f => f.Code));
    }

    [Fact]
    public void The_limits_the_messages_state_are_the_limits_applied()
    {
        Assert.Empty(Grade(Staff with { FailedAppraisalYears = [.. Enumerable.Range(1950, PayLimits.MaxHistoryEntries)] }));
        Assert.Empty(Grade(Staff with { FailedAppraisalYears = [PayLimits.MinYear, PayLimits.MaxYear] }));
        Assert.Empty(Floor(Line("a", pay: PayLimits.MaxAnnualPay, months: PayLimits.MinFullTimeEquivalentMonths), Line("b", pay: 0m, months: 12m)));
    }
}
