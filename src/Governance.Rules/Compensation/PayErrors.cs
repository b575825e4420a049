using System.Globalization;
using Governance.Rules.Validation;

namespace Governance.Rules.Compensation;

/// <summary>The validation errors of pay requests, with stable codes.</summary>
public static class PayErrors
{
    private static readonly string Years = string.Create(CultureInfo.InvariantCulture, $"{PayLimits.MinYear}–{PayLimits.MaxYear}");

    /// <summary>A list of the request is null.</summary>
    public static readonly ErrorDescriptor ListMissing = new("PAY_LIST_MISSING", "{PropertyName}未填写；没有条目时请填写空列表。", "{PropertyName} is missing; give an empty list when there are none.");

    /// <summary>A history list is longer than the limit.</summary>
    public static readonly ErrorDescriptor TooManyEntries = new("PAY_TOO_MANY_ENTRIES", "{PropertyName}最多 " + PayLimits.MaxHistoryEntries.ToString(CultureInfo.InvariantCulture) + " 项（给出 {PropertyValue} 项）。", "{PropertyName} holds at most " + PayLimits.MaxHistoryEntries.ToString(CultureInfo.InvariantCulture) + " entries ({PropertyValue} given).");

    /// <summary>The worker is null.</summary>
    public static readonly ErrorDescriptor WorkerMissing = new("PAY_WORKER_NULL", "{PropertyName}为空。", "{PropertyName} is empty.");

    /// <summary>A worker id is missing or too long.</summary>
    public static readonly ErrorDescriptor IdMissing = new("PAY_WORKER_ID_MISSING", "{PropertyName}不能为空，且不超过 64 个字符。", "{PropertyName} must be 1 to 64 characters.");

    /// <summary>A payroll's unit id is missing or too long.</summary>
    public static readonly ErrorDescriptor UnitIdMissing = new("PAY_UNIT_ID_MISSING", "{PropertyName}不能为空，且不超过 64 个字符。", "{PropertyName} must be 1 to 64 characters.");

    /// <summary>Two payroll lines share a worker id.</summary>
    public static readonly ErrorDescriptor IdDuplicate = new("PAY_WORKER_ID_DUPLICATE", "人员编号“{PropertyValue}”在工资册中重复。", "Worker id '{PropertyValue}' appears more than once in the payroll.");

    /// <summary>No service period.</summary>
    public static readonly ErrorDescriptor ServiceMissing = new("PAY_SERVICE_MISSING", "至少需要一段社区工作经历。", "At least one service period is needed.");

    /// <summary>A service period ends before it starts.</summary>
    public static readonly ErrorDescriptor ServicePeriodNegative = new("PAY_SERVICE_PERIOD_NEGATIVE", "工作经历的结束日期 {PropertyValue} 早于开始日期。", "The service period ends ({PropertyValue}) before it starts.");

    /// <summary>Service periods overlap or are out of order.</summary>
    public static readonly ErrorDescriptor ServicePeriodsOverlap = new("PAY_SERVICE_PERIODS_OVERLAP", "工作经历须按时间顺序排列且互不重叠（{PropertyValue} 与上一段重叠或在其之前）。", "Service periods must be in date order without overlap ({PropertyValue} overlaps or precedes the previous period).");

    /// <summary>The hire date is after the as-of date.</summary>
    public static readonly ErrorDescriptor HireAfterAsOf = new("PAY_HIRE_AFTER_AS_OF", "入职日期 {PropertyValue} 晚于测算日期 {AsOf}。", "The hire date {PropertyValue} is after the as-of date {AsOf}.");

    /// <summary>The worker is not in service on the as-of date.</summary>
    public static readonly ErrorDescriptor NotInService = new("PAY_NOT_IN_SERVICE_ON_DATE", "{PropertyValue} 不在任何工作经历期间内，当日无报酬。", "{PropertyValue} lies in no service period: no pay is due on that day.");

    /// <summary>No post assignment.</summary>
    public static readonly ErrorDescriptor PostsMissing = new("PAY_POSTS_MISSING", "至少需要一条岗位记录。", "At least one post assignment is needed.");

    /// <summary>An unknown post code.</summary>
    public static readonly ErrorDescriptor PostUnknown = new("PAY_POST_UNKNOWN", "未知的岗位“{PropertyValue}”；可用岗位：{Known}。", "Unknown post '{PropertyValue}'; known: {Known}.");

    /// <summary>Post assignments out of order.</summary>
    public static readonly ErrorDescriptor PostHistoryOrder = new("PAY_POST_HISTORY_ORDER", "岗位记录须按日期严格递增（{PropertyValue}）。", "Post assignments must be in strictly increasing date order ({PropertyValue}).");

    /// <summary>The first post starts after the hire date.</summary>
    public static readonly ErrorDescriptor PostStartsAfterHire = new("PAY_POST_STARTS_AFTER_HIRE", "首个岗位的起始日期 {PropertyValue} 晚于入职日期。", "The first post starts ({PropertyValue}) after the hire date.");

    /// <summary>An unknown degree code.</summary>
    public static readonly ErrorDescriptor DegreeUnknown = new("PAY_DEGREE_UNKNOWN", "未知的学历“{PropertyValue}”；可用学历：{Known}。", "Unknown degree '{PropertyValue}'; known: {Known}.");

    /// <summary>An unknown qualification code.</summary>
    public static readonly ErrorDescriptor QualificationUnknown = new("PAY_QUALIFICATION_UNKNOWN", "未知的职业资格“{PropertyValue}”；可用资格：{Known}。", "Unknown qualification '{PropertyValue}'; known: {Known}.");

    /// <summary>A qualification obtained before the worker was born.</summary>
    public static readonly ErrorDescriptor QualificationBeforeBirth = new("PAY_QUALIFICATION_BEFORE_BIRTH", "职业资格取得日期 {PropertyValue} 早于出生日期。", "The qualification date {PropertyValue} is before the birth date.");

    /// <summary>An appraisal year out of range or listed twice.</summary>
    public static readonly ErrorDescriptor FailedYearInvalid = new("PAY_FAILED_YEAR_INVALID", "考核不合格年度 {PropertyValue} 无效或重复（须为 " + Years + " 年且不重复）。", "Failed appraisal year {PropertyValue} is invalid or repeated (" + Years + ", each once).");

    /// <summary>No pay policy in force on a date.</summary>
    public static readonly ErrorDescriptor NoPolicy = new("PAY_NO_POLICY_ON_DATE", "规则包在 {PropertyValue} 没有有效的社区工作者岗位等级或报酬标准。", "The pack has no community-worker pay scale in force on {PropertyValue}.");

    /// <summary>The post ranges reach beyond the coefficient table.</summary>
    public static readonly ErrorDescriptor ScaleInconsistent = new("PAY_SCALE_INCONSISTENT", "规则包在 {PropertyValue} 的岗位等级区间超出了等级系数表。", "On {PropertyValue} the pack's post ranges reach beyond its grade coefficient table.");

    /// <summary>A year outside the pack's timeline.</summary>
    public static readonly ErrorDescriptor YearOutsideTimeline = new("PAY_YEAR_OUTSIDE_TIMELINE", "{PropertyValue} 年不在规则包的有效期间内（当年有日期无有效规则）。", "Year {PropertyValue} is outside the pack's timeline (some day of it has no rule in force).");

    /// <summary>A year out of range.</summary>
    public static readonly ErrorDescriptor YearInvalid = new("PAY_YEAR_INVALID", "年度 {PropertyValue} 无效（须为 " + Years + "）。", "Year {PropertyValue} is invalid (" + Years + ").");

    /// <summary>The payroll has no lines.</summary>
    public static readonly ErrorDescriptor PayrollEmpty = new("PAY_PAYROLL_EMPTY", "工资册中没有任何人员。", "The payroll has no workers.");

    /// <summary>The payroll has no counted worker.</summary>
    public static readonly ErrorDescriptor PayrollNoCounted = new("PAY_PAYROLL_NO_COUNTED_WORKERS", "工资册中没有计入的社区工作者。", "The payroll has no counted community workers.");

    /// <summary>Too many payroll lines.</summary>
    public static readonly ErrorDescriptor PayrollTooLarge = new("PAY_PAYROLL_TOO_LARGE", "工资册人数超过上限 " + PayLimits.MaxPayrollWorkers.ToString(CultureInfo.InvariantCulture) + "。", "A payroll holds at most " + PayLimits.MaxPayrollWorkers.ToString(CultureInfo.InvariantCulture) + " workers.");

    /// <summary>Annual pay negative or absurd.</summary>
    public static readonly ErrorDescriptor AnnualPayOutOfRange = new("PAY_ANNUAL_PAY_OUT_OF_RANGE", "年度报酬 {PropertyValue} 须在 0 至 " + PayLimits.MaxAnnualPay.ToString(CultureInfo.InvariantCulture) + " 元之间。", "Annual pay {PropertyValue} must be between 0 and " + PayLimits.MaxAnnualPay.ToString(CultureInfo.InvariantCulture) + " yuan.");

    /// <summary>Full-time-equivalent months out of range.</summary>
    public static readonly ErrorDescriptor FteMonthsOutOfRange = new("PAY_FTE_MONTHS_OUT_OF_RANGE", "折算全时月数 {PropertyValue} 须在 " + PayLimits.MinFullTimeEquivalentMonths.ToString(CultureInfo.InvariantCulture) + " 至 12 之间。", "Full-time-equivalent months {PropertyValue} must be between " + PayLimits.MinFullTimeEquivalentMonths.ToString(CultureInfo.InvariantCulture) + " and 12.");

    /// <summary>
    /// The reference wage of the year the floor needs is not in the pack: at <c>Jurisdiction</c>, with the place, when the
    /// pack holds that year's wage of the caliber for another place; otherwise at <c>Year</c>, with the reference year.
    /// </summary>
    public static readonly ErrorDescriptor ReferenceWageMissing = new("PAY_REFERENCE_WAGE_MISSING", "规则包中没有{Place}{ReferenceYear}年{Caliber}平均工资，无法核定{Year}年的待遇底线（不以其他口径、其他地区或其他年度的数值替代）。", "The pack holds no {ReferenceYear} average wage of {CaliberEn} for {PlaceEn}, needed for the {Year} pay floor (another caliber, place or year is never used instead).");
}

/// <summary>Sanity limits on pay inputs (not policy figures).</summary>
public static class PayLimits
{
    /// <summary>The most workers in one payroll.</summary>
    public const int MaxPayrollWorkers = 1_000_000;

    /// <summary>The largest annual pay accepted for one worker, in 元.</summary>
    public const decimal MaxAnnualPay = 100_000_000m;

    /// <summary>The fewest full-time-equivalent months a payroll line may state: 0.01 (about a third of a day).</summary>
    public const decimal MinFullTimeEquivalentMonths = 0.01m;

    /// <summary>The most entries in each of a worker's lists (service periods, posts, qualifications, failed years).</summary>
    public const int MaxHistoryEntries = 100;

    /// <summary>The earliest year accepted.</summary>
    public const int MinYear = 1949;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 2200;
}
