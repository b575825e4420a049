using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>An economic status (经济状况) that some elderly-care benefits require.</summary>
public enum EconomicStatus
{
    /// <summary>No special status.</summary>
    None = 0,

    /// <summary>低保边缘/低收入: low-income households just above the minimum-living line.</summary>
    LowIncome = 1,

    /// <summary>低保: recipients of the minimum living guarantee.</summary>
    Dibao = 2,

    /// <summary>特困: persons in extreme poverty (特困供养人员).</summary>
    ExtremePoverty = 3,
}

/// <summary>The care-need level of the national elderly-capacity assessment (老年人能力评估).</summary>
public enum CareLevel
{
    /// <summary>能力完好: fully capable.</summary>
    Capable = 0,

    /// <summary>轻度失能: mildly impaired.</summary>
    Mild = 1,

    /// <summary>中度失能: moderately impaired.</summary>
    Moderate = 2,

    /// <summary>重度失能: severely impaired.</summary>
    Severe = 3,
}

/// <summary>The legacy three-level assessment (自理/半失能/失能), mapped onto <see cref="CareLevel"/> by the pack's <c>elderly.care_level_mapping</c>.</summary>
public enum LegacyCareLevel
{
    /// <summary>自理: self-care.</summary>
    SelfCare = 0,

    /// <summary>半失能: semi-disabled.</summary>
    SemiDisabled = 1,

    /// <summary>失能: disabled.</summary>
    Disabled = 2,
}

/// <summary>The living arrangement (居住状况).</summary>
public enum LivingArrangement
{
    /// <summary>Lives with children or others (与子女或他人同住).</summary>
    WithOthers = 0,

    /// <summary>空巢: an older couple or older people living without children.</summary>
    EmptyNest = 1,

    /// <summary>独居: lives alone.</summary>
    Alone = 2,
}

/// <summary>Family-planning special-family flags (计生特殊家庭).</summary>
[Flags]
public enum SpecialFamily
{
    /// <summary>Not a special family.</summary>
    None = 0,

    /// <summary>失独: the only child has died.</summary>
    LostOnlyChild = 1,

    /// <summary>伤残: the only child is disabled.</summary>
    DisabledOnlyChild = 2,
}

/// <summary>An economic status held over a period, both ends included.</summary>
/// <param name="Status">The status.</param>
/// <param name="From">The first day the status holds.</param>
/// <param name="To">The last day it holds (inclusive), or null while it continues.</param>
public sealed record EconomicStatusPeriod(EconomicStatus Status, LocalDate From, LocalDate? To = null);

/// <summary>A care-need assessment: its level (or legacy level), its date and, optionally, the last day it is valid.</summary>
/// <remarks>
/// Give exactly one of <see cref="Level"/> and <see cref="LegacyLevel"/>. An assessment holds from
/// <see cref="AssessedOn"/> until the next assessment or through <see cref="ValidUntil"/> (inclusive); without
/// <see cref="ValidUntil"/>, for the pack's <c>elderly.assessment_validity_months</c>.
/// </remarks>
public sealed record CareAssessment
{
    /// <summary>The level on the national scale.</summary>
    public CareLevel? Level { get; init; }

    /// <summary>The legacy level (自理/半失能/失能), when the assessment used the old scale.</summary>
    public LegacyCareLevel? LegacyLevel { get; init; }

    /// <summary>The assessment date.</summary>
    public required LocalDate AssessedOn { get; init; }

    /// <summary>The last day the assessment is valid (inclusive), when stated.</summary>
    public LocalDate? ValidUntil { get; init; }
}

/// <summary>An older person's situation for the elderly-care benefit calculator (苏颐养方程式政策计算器).</summary>
/// <remarks>
/// Dates are calendar dates in China. Ages are in completed years (周岁) from <see cref="BirthDate"/> as on the
/// ID card; the 29 February rule is the pack's <c>elderly.leap_day_rule</c>.
/// </remarks>
public sealed record ElderlyPerson
{
    /// <summary>The birth date as on the ID card (身份证出生日期).</summary>
    public required LocalDate BirthDate { get; init; }

    /// <summary>The date of death, if any.</summary>
    public LocalDate? DeathDate { get; init; }

    /// <summary>The household-registration (户籍) district code, one of the pack's <c>elderly.districts</c>; null when the hukou is elsewhere.</summary>
    public string? HukouDistrict { get; init; }

    /// <summary>The date since which the hukou is in <see cref="HukouDistrict"/>; null means since birth.</summary>
    public LocalDate? HukouSince { get; init; }

    /// <summary>True when the person lives in the jurisdiction (常住), whatever the hukou.</summary>
    public bool ResidesInJurisdiction { get; init; } = true;

    /// <summary>The economic-status periods; they must not overlap. Days outside every period count as <see cref="EconomicStatus.None"/>.</summary>
    public IReadOnlyList<EconomicStatusPeriod> EconomicStatuses { get; init; } = [];

    /// <summary>The care-need assessments, each superseding the previous from its date.</summary>
    public IReadOnlyList<CareAssessment> Assessments { get; init; } = [];

    /// <summary>The living arrangement (独居, 空巢 …).</summary>
    public LivingArrangement LivingArrangement { get; init; }

    /// <summary>Special-family flags (失独, 伤残).</summary>
    public SpecialFamily SpecialFamily { get; init; }

    /// <summary>The first day in institutional care (入住养老机构), if any.</summary>
    public LocalDate? InstitutionalCareFrom { get; init; }

    /// <summary>The last day in institutional care (inclusive), or null while it continues.</summary>
    public LocalDate? InstitutionalCareUntil { get; init; }

    /// <summary>The date the person applied, for benefits whose start rule runs from the application.</summary>
    public LocalDate? ApplicationDate { get; init; }

    /// <summary>True when the one-off 适老化改造 grant was already received.</summary>
    public bool AdaptationAlreadyGranted { get; init; }

    /// <summary>The cost of a planned 适老化改造, when known; the grant is the lesser of it and the cap.</summary>
    public decimal? AdaptationCost { get; init; }

    /// <summary>Assisted meals (助餐) taken per month, when known; the subsidy counts at most the pack's monthly limit, and the limit itself when unknown.</summary>
    public int? MealsPerMonth { get; init; }
}

/// <summary>A request to the elderly-care benefit calculator: the person and, optionally, a month-by-month schedule range.</summary>
public sealed record ElderlyCareRequest
{
    /// <summary>The person.</summary>
    public required ElderlyPerson Person { get; init; }

    /// <summary>The first month of the schedule, if one is wanted (with <see cref="ScheduleTo"/>).</summary>
    public YearMonth? ScheduleFrom { get; init; }

    /// <summary>The last month of the schedule (inclusive); at most <see cref="ElderlyLimits.MaxScheduleMonths"/> months after <see cref="ScheduleFrom"/>.</summary>
    public YearMonth? ScheduleTo { get; init; }

    /// <summary>A request without schedule.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static ElderlyCareRequest For(ElderlyPerson person) => new() { Person = Guard.NotNull(person) };
}
