using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>The elderly-care benefits the calculator knows; their figures and conditions are pack data.</summary>
public enum ElderlyBenefit
{
    /// <summary>尊老金 for ages 80–89 (<c>age-80-89</c>).</summary>
    AgeAllowance80To89 = 0,

    /// <summary>尊老金 for ages 90–99 (<c>age-90-99</c>).</summary>
    AgeAllowance90To99 = 1,

    /// <summary>尊老金 (长寿补贴) for ages 100 and over (<c>age-100-plus</c>).</summary>
    AgeAllowance100Plus = 2,

    /// <summary>The centenarians' 尊老金 lump sum at the Elders' Festival (重阳节) (<c>centenarian-festival</c>).</summary>
    CentenarianFestival = 3,

    /// <summary>居家养老服务补贴 / 政府购买居家养老服务 (<c>home-care</c>).</summary>
    HomeCare = 4,

    /// <summary>护理补贴 for economically difficult elders with care needs (<c>nursing</c>).</summary>
    Nursing = 5,

    /// <summary>One-off 适老化改造 grant (<c>adaptation</c>).</summary>
    Adaptation = 6,

    /// <summary>助餐 subsidy per meal (<c>meal</c>).</summary>
    Meal = 7,
}

/// <summary>How often a benefit's amount is paid.</summary>
public enum BenefitPeriod
{
    /// <summary>Every month (元/月).</summary>
    Month = 0,

    /// <summary>Once a year, in its payment month (元/年).</summary>
    Year = 1,

    /// <summary>Once (一次性).</summary>
    OneOff = 2,
}

/// <summary>The elderly-care parameters (苏颐养方程式 policy calculator) a pack may hold.</summary>
public static class ElderlyParameters
{
    /// <summary>尊老金 band 80–89 周岁: <c>{minAge, maxAge, amount, period}</c>.</summary>
    public static readonly ParameterDefinition<AgeBand> AgeBand80To89 = ParameterDefinition.Table<AgeBand>("elderly.age_allowance.80_89", AgeBand.TryRead);

    /// <summary>尊老金 band 90–99 周岁: <c>{minAge, maxAge, amount, period}</c>.</summary>
    public static readonly ParameterDefinition<AgeBand> AgeBand90To99 = ParameterDefinition.Table<AgeBand>("elderly.age_allowance.90_99", AgeBand.TryRead);

    /// <summary>尊老金 band 100 周岁 and over: <c>{minAge, amount, period}</c>.</summary>
    public static readonly ParameterDefinition<AgeBand> AgeBand100Plus = ParameterDefinition.Table<AgeBand>("elderly.age_allowance.100_plus", AgeBand.TryRead);

    /// <summary>The centenarians' 重阳节 lump sum: <c>{minAge, amount, period: "year"}</c>.</summary>
    public static readonly ParameterDefinition<AgeBand> CentenarianFestival = ParameterDefinition.Table<AgeBand>("elderly.age_allowance.festival", AgeBand.TryRead);

    /// <summary>The month (1–12) in which annual amounts and the 重阳节 lump sum are paid (the library has no lunar calendar).</summary>
    public static readonly ParameterDefinition<int> LumpSumMonth = ParameterDefinition.Integer("elderly.lump_sum_month", minimum: 1, maximum: 12);

    /// <summary>
    /// The day the centenarians' lump sum falls due: <c>lunar-09-09</c>, 重阳节 (the 9th day of the 9th lunar month) of each year,
    /// computed from the Chinese lunisolar calendar with leap months handled. The lump sum is then due only if the conditions hold
    /// on that day (alive, of age, hukou). Without this parameter the lump sum is paid in <see cref="LumpSumMonth"/>.
    /// </summary>
    public static readonly ParameterDefinition<string> FestivalDay = ParameterDefinition.Choice("elderly.festival_day", FestivalDays.DoubleNinth);

    /// <summary>居家养老服务补贴 tiers by economic status × care level, with age, living-arrangement and special-family conditions.</summary>
    public static readonly ParameterDefinition<HomeCareTable> HomeCare = ParameterDefinition.Table<HomeCareTable>("elderly.home_care", HomeCareTable.TryRead);

    /// <summary>护理补贴: <c>{minAge, statuses, amounts: {level: 元/月}}</c>.</summary>
    public static readonly ParameterDefinition<NursingTable> Nursing = ParameterDefinition.Table<NursingTable>("elderly.nursing", NursingTable.TryRead);

    /// <summary>适老化改造 one-off grant: <c>{minAge, statuses, cap}</c>.</summary>
    public static readonly ParameterDefinition<AdaptationTable> Adaptation = ParameterDefinition.Table<AdaptationTable>("elderly.adaptation", AdaptationTable.TryRead);

    /// <summary>助餐 subsidy: <c>{minAge, perMeal, maxMealsPerMonth}</c>.</summary>
    public static readonly ParameterDefinition<MealTable> Meal = ParameterDefinition.Table<MealTable>("elderly.meal", MealTable.TryRead);

    /// <summary>The named date rules and residence requirement per benefit: <c>{default: rule, overrides: {code: rule}}</c>.</summary>
    public static readonly ParameterDefinition<BenefitRuleTable> BenefitRules = ParameterDefinition.Table<BenefitRuleTable>("elderly.benefit_rules", BenefitRuleTable.TryRead);

    /// <summary>Stacking rules between benefits (compatible unless listed): <c>[{benefits: [a, b], rule: exclusive|higher}]</c>.</summary>
    public static readonly ParameterDefinition<StackingTable> Stacking = ParameterDefinition.Table<StackingTable>("elderly.stacking", StackingTable.TryRead);

    /// <summary>How the legacy 自理/半失能/失能 levels map onto the national scale.</summary>
    public static readonly ParameterDefinition<CareLevelMapping> CareLevelMap = ParameterDefinition.Table<CareLevelMapping>("elderly.care_level_mapping", CareLevelMapping.TryRead);

    /// <summary>The districts (区/县级市) a hukou may be registered in: <c>[{code, zh-Hans, en}]</c>.</summary>
    public static readonly ParameterDefinition<DistrictTable> Districts = ParameterDefinition.Table<DistrictTable>("elderly.districts", DistrictTable.TryRead);

    /// <summary>The 29 February rule for 周岁: <c>march-1</c> (default) or <c>february-28</c>.</summary>
    public static readonly ParameterDefinition<string> LeapDay = ParameterDefinition.Choice("elderly.leap_day_rule", LeapDayRules.March1, LeapDayRules.February28);

    /// <summary>How many months an assessment stays valid when it states no end.</summary>
    public static readonly ParameterDefinition<int> AssessmentValidityMonths = ParameterDefinition.Integer("elderly.assessment_validity_months", minimum: 1, maximum: 600);

    /// <summary>A value whose latest confirmation is more than this many years before the as-of date produces a stale-value warning.</summary>
    public static readonly ParameterDefinition<int> StaleAfterYears = ParameterDefinition.Integer("elderly.stale_after_years", minimum: 1, maximum: 100);

    /// <summary>All elderly-care definitions.</summary>
    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        AgeBand80To89, AgeBand90To99, AgeBand100Plus, CentenarianFestival, LumpSumMonth, FestivalDay, HomeCare, Nursing, Adaptation, Meal,
        BenefitRules, Stacking, CareLevelMap, Districts, LeapDay, AssessmentValidityMonths, StaleAfterYears,
    ];
}

/// <summary>The names of the festival days in packs.</summary>
public static class FestivalDays
{
    /// <summary>重阳节: the 9th day of the 9th lunar month (农历九月初九).</summary>
    public const string DoubleNinth = "lunar-09-09";
}

/// <summary>The names of the 29 February rules in packs.</summary>
public static class LeapDayRules
{
    /// <summary>A 29 February birthday is reached on 1 March in common years.</summary>
    public const string March1 = "march-1";

    /// <summary>A 29 February birthday is reached on 28 February in common years.</summary>
    public const string February28 = "february-28";
}
