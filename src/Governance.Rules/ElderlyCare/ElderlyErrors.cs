using System.Globalization;
using Governance.Rules.Validation;

namespace Governance.Rules.ElderlyCare;

/// <summary>The validation errors of elderly-care requests, with stable codes.</summary>
public static class ElderlyErrors
{
    /// <summary>The person is missing.</summary>
    public static readonly ErrorDescriptor PersonMissing = new("ELDERLY_PERSON_MISSING", "请求中没有老年人信息。", "The request has no person.");

    /// <summary>Birth date after the as-of date.</summary>
    public static readonly ErrorDescriptor BirthInFuture = new("ELDERLY_BIRTH_IN_FUTURE", "出生日期 {PropertyValue} 晚于测算日期。", "The birth date {PropertyValue} is after the as-of date.");

    /// <summary>Birth date before 1880.</summary>
    public static readonly ErrorDescriptor BirthTooEarly = new("ELDERLY_BIRTH_TOO_EARLY", "出生日期 {PropertyValue} 早于 1880-01-01。", "The birth date {PropertyValue} is before 1880-01-01.");

    /// <summary>Death before birth.</summary>
    public static readonly ErrorDescriptor DeathBeforeBirth = new("ELDERLY_DEATH_BEFORE_BIRTH", "死亡日期 {PropertyValue} 早于出生日期。", "The death date {PropertyValue} is before the birth date.");

    /// <summary>Hukou since before birth.</summary>
    public static readonly ErrorDescriptor HukouBeforeBirth = new("ELDERLY_HUKOU_BEFORE_BIRTH", "户籍迁入日期 {PropertyValue} 早于出生日期。", "The hukou date {PropertyValue} is before the birth date.");

    /// <summary>Unknown district.</summary>
    public static readonly ErrorDescriptor DistrictUnknown = new("ELDERLY_DISTRICT_UNKNOWN", "未知的户籍地区“{PropertyValue}”；可用：{Known}。", "Unknown hukou district '{PropertyValue}'; known: {Known}.");

    /// <summary>Unknown economic status.</summary>
    public static readonly ErrorDescriptor StatusUnknown = new("ELDERLY_STATUS_UNKNOWN", "未知的经济状况“{PropertyValue}”。", "Unknown economic status '{PropertyValue}'.");

    /// <summary>A status period ends before it starts.</summary>
    public static readonly ErrorDescriptor StatusPeriodReversed = new("ELDERLY_STATUS_PERIOD_REVERSED", "经济状况期间的结束日期早于开始日期。", "An economic-status period ends before it starts.");

    /// <summary>Two status periods overlap.</summary>
    public static readonly ErrorDescriptor StatusOverlap = new("ELDERLY_STATUS_OVERLAP", "经济状况期间相互重叠。", "Economic-status periods overlap.");

    /// <summary>A status period before birth.</summary>
    public static readonly ErrorDescriptor StatusBeforeBirth = new("ELDERLY_STATUS_BEFORE_BIRTH", "经济状况期间早于出生日期。", "An economic-status period starts before the birth date.");

    /// <summary>Unknown level.</summary>
    public static readonly ErrorDescriptor LevelUnknown = new("ELDERLY_CARE_LEVEL_UNKNOWN", "评估须给出且仅给出一个已知等级（新标准或旧三级）。", "An assessment needs exactly one known level (national or legacy).");

    /// <summary>Assessment before birth.</summary>
    public static readonly ErrorDescriptor AssessmentBeforeBirth = new("ELDERLY_ASSESSMENT_BEFORE_BIRTH", "评估日期 {PropertyValue} 早于出生日期。", "The assessment date {PropertyValue} is before the birth date.");

    /// <summary>Assessment after the as-of date.</summary>
    public static readonly ErrorDescriptor AssessmentAfterAsOf = new("ELDERLY_ASSESSMENT_AFTER_AS_OF", "评估日期 {PropertyValue} 晚于测算日期。", "The assessment date {PropertyValue} is after the as-of date.");

    /// <summary>Assessment validity before its date.</summary>
    public static readonly ErrorDescriptor AssessmentValidity = new("ELDERLY_ASSESSMENT_VALIDITY_REVERSED", "评估有效期截止日早于评估日期。", "An assessment's validity ends before its date.");

    /// <summary>Two assessments on the same day or out of order.</summary>
    public static readonly ErrorDescriptor AssessmentOrder = new("ELDERLY_ASSESSMENTS_UNORDERED", "评估须按日期先后排列且不得同日。", "Assessments must be in strictly increasing date order.");

    /// <summary>Unknown living arrangement or special-family flag.</summary>
    public static readonly ErrorDescriptor ArrangementUnknown = new("ELDERLY_ARRANGEMENT_UNKNOWN", "未知的居住状况或特殊家庭标记“{PropertyValue}”。", "Unknown living arrangement or special-family flag '{PropertyValue}'.");

    /// <summary>Institutional care period reversed or before birth.</summary>
    public static readonly ErrorDescriptor CarePeriod = new("ELDERLY_INSTITUTIONAL_PERIOD_INVALID", "入住养老机构期间无效（结束早于开始，或早于出生）。", "The institutional-care period is invalid (ends before it starts, or before birth).");

    /// <summary>Application before birth or after the as-of date.</summary>
    public static readonly ErrorDescriptor ApplicationDate = new("ELDERLY_APPLICATION_DATE_INVALID", "申请日期 {PropertyValue} 不得早于出生日期，也不得晚于测算日期。", "The application date {PropertyValue} must be neither before the birth date nor after the as-of date.");

    /// <summary>Negative meals or cost.</summary>
    public static readonly ErrorDescriptor Negative = new("ELDERLY_NEGATIVE_VALUE", "{PropertyName}不能为负数（{PropertyValue}）。", "{PropertyName} cannot be negative ({PropertyValue}).");

    /// <summary>Meals or cost above the plausible maximum.</summary>
    public static readonly ErrorDescriptor TooLarge = new("ELDERLY_VALUE_TOO_LARGE", "{PropertyName}为 {PropertyValue}，超过可受理的上限 {ComparisonValue}。", "{PropertyName} ({PropertyValue}) is above the accepted maximum {ComparisonValue}.");

    /// <summary>A list is null.</summary>
    public static readonly ErrorDescriptor ListMissing = new("ELDERLY_LIST_MISSING", "{PropertyName}未填写；没有条目时请填写空列表。", "{PropertyName} is missing; give an empty list when there are none.");

    /// <summary>A list entry is null.</summary>
    public static readonly ErrorDescriptor EntryMissing = new("ELDERLY_ENTRY_MISSING", "{PropertyName}是空条目。", "{PropertyName} is an empty entry.");

    /// <summary>Schedule range incomplete or reversed.</summary>
    public static readonly ErrorDescriptor ScheduleRange = new("ELDERLY_SCHEDULE_RANGE_INVALID", "测算期间须同时给出起止月份，且结束不早于开始。", "A schedule needs both months, the end not before the start.");

    /// <summary>Schedule range too long.</summary>
    public static readonly ErrorDescriptor ScheduleTooLong = new("ELDERLY_SCHEDULE_TOO_LONG", "测算期间最长 " + ElderlyLimits.MaxScheduleMonths.ToString(CultureInfo.InvariantCulture) + " 个月。", "A schedule covers at most " + ElderlyLimits.MaxScheduleMonths.ToString(CultureInfo.InvariantCulture) + " months.");

    /// <summary>Too many periods.</summary>
    public static readonly ErrorDescriptor TooMany = new("ELDERLY_TOO_MANY_PERIODS", "{PropertyName}最多 " + ElderlyLimits.MaxPeriods.ToString(CultureInfo.InvariantCulture) + " 项。", "{PropertyName} holds at most " + ElderlyLimits.MaxPeriods.ToString(CultureInfo.InvariantCulture) + " entries.");

    /// <summary>No policy on the date.</summary>
    public static readonly ErrorDescriptor NoPolicy = new("ELDERLY_NO_POLICY_ON_DATE", "规则包在 {PropertyValue} 没有有效的养老服务补贴规则。", "The pack has no elderly-care rules in force on {PropertyValue}.");
}

/// <summary>Sanity limits on elderly-care inputs (not policy figures).</summary>
public static class ElderlyLimits
{
    /// <summary>The longest schedule: 240 months (20 years).</summary>
    public const int MaxScheduleMonths = 240;

    /// <summary>The most status periods or assessments per person.</summary>
    public const int MaxPeriods = 100;

    /// <summary>The most meals a month accepted: 93 (three a day in a 31-day month).</summary>
    public const int MaxMealsPerMonth = 93;

    /// <summary>The largest home-adaptation cost accepted, in 元.</summary>
    public const decimal MaxAdaptationCost = 10_000_000m;

    /// <summary>The earliest birth date accepted.</summary>
    public static NodaTime.LocalDate EarliestBirth { get; } = new(1880, 1, 1);
}
