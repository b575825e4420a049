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

/// <summary>The named start rules (起始规则).</summary>
public enum StartRule
{
    /// <summary><c>condition-month</c> (当月起): from the month in which the condition is met.</summary>
    ConditionMonth = 0,

    /// <summary><c>next-month</c> (次月起): from the month after the condition is met.</summary>
    NextMonth = 1,

    /// <summary><c>application-month</c> (申请当月起): from the month of application, once the condition is met.</summary>
    ApplicationMonth = 2,

    /// <summary><c>month-after-application</c> (申请次月起): from the month after application, once the condition is met.</summary>
    MonthAfterApplication = 3,
}

/// <summary>How far back months before an application are paid (补发).</summary>
public enum BackPay
{
    /// <summary><c>none</c>: no back-pay.</summary>
    None = 0,

    /// <summary><c>months</c>: up to a number of months before the first paid month.</summary>
    Months = 1,

    /// <summary><c>current-year</c>: back to January of the application's year.</summary>
    CurrentYear = 2,

    /// <summary><c>unlimited</c>: back to the month the conditions were met.</summary>
    Unlimited = 3,
}

/// <summary>The named stop rules at death (终止规则).</summary>
public enum StopRule
{
    /// <summary><c>through-death-month</c> (发放至死亡当月): paid in full for the month of death (the default).</summary>
    ThroughDeathMonth = 0,

    /// <summary><c>day-before-death</c> (发放至死亡前一日): the month of death is paid pro rata for the days before the death.</summary>
    DayBeforeDeath = 1,
}

/// <summary>The date rules and residence requirement of one benefit.</summary>
/// <param name="Start">The start rule; status changes (a 低保 period ending, a reassessment, a new age band) take effect by it too.</param>
/// <param name="BackPay">The back-pay rule for application-based starts.</param>
/// <param name="BackPayMonths">The months of back-pay under <see cref="ElderlyCare.BackPay.Months"/>.</param>
/// <param name="Stop">The stop rule at death.</param>
/// <param name="RequiresHukou">True when a hukou in the jurisdiction is needed; otherwise residence suffices.</param>
public sealed record BenefitRule(StartRule Start, BackPay BackPay, int BackPayMonths, StopRule Stop, bool RequiresHukou)
{
    /// <summary>True when the benefit runs from an application.</summary>
    public bool FromApplication => Start is StartRule.ApplicationMonth or StartRule.MonthAfterApplication;

    internal static string StartName(StartRule r) => r switch
    {
        StartRule.NextMonth => "next-month",
        StartRule.ApplicationMonth => "application-month",
        StartRule.MonthAfterApplication => "month-after-application",
        _ => "condition-month",
    };

    internal static string BackPayName(BackPay r) => r switch
    {
        BackPay.Months => "months",
        BackPay.CurrentYear => "current-year",
        BackPay.Unlimited => "unlimited",
        _ => "none",
    };

    internal static string StopName(StopRule r) => r == StopRule.DayBeforeDeath ? "day-before-death" : "through-death-month";
}

/// <summary>The benefit rules of a pack: a default and per-benefit overrides.</summary>
public sealed class BenefitRuleTable
{
    private readonly BenefitRule[] _rules;

    private BenefitRuleTable(BenefitRule[] rules) => _rules = rules;

    /// <summary>The rule of <paramref name="benefit"/>.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>Its rule.</returns>
    public BenefitRule For(ElderlyBenefit benefit) => _rules[(int)benefit];

    internal static bool TryRead(JsonElement json, out BenefitRuleTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "default", "overrides") || !json.TryGetProperty("default", out var d))
        {
            error ??= "expected {default: rule, overrides?: {benefit-code: rule}}";
            return false;
        }

        if (!TryReadRule(d, out var def, out error))
        {
            return false;
        }

        var rules = new BenefitRule[ElderlyBenefits.Count];
        Array.Fill(rules, def);
        if (json.TryGetProperty("overrides", out var o))
        {
            if (o.ValueKind != JsonValueKind.Object)
            {
                error = "overrides is an object keyed by benefit code";
                return false;
            }

            foreach (var p in o.EnumerateObject())
            {
                if (!ElderlyBenefits.TryParse(p.Name, out var b))
                {
                    error = $"unknown benefit '{p.Name}'";
                    return false;
                }

                if (!TryReadRule(p.Value, out var r, out error))
                {
                    return false;
                }

                rules[(int)b] = r;
            }
        }

        value = new BenefitRuleTable(rules);
        return true;
    }

    private static bool TryReadRule(JsonElement json, out BenefitRule rule, out string? error)
    {
        rule = null!;
        if (!PackJson.Fields(json, out error, "start", "backPay", "backPayMonths", "stop", "requires"))
        {
            return false;
        }

        StartRule? start = PackJson.Word(json, "start") switch
        {
            "condition-month" => StartRule.ConditionMonth,
            "next-month" => StartRule.NextMonth,
            "application-month" => StartRule.ApplicationMonth,
            "month-after-application" => StartRule.MonthAfterApplication,
            _ => null,
        };
        BackPay? back = PackJson.Word(json, "backPay") switch
        {
            "none" => BackPay.None,
            "months" => BackPay.Months,
            "current-year" => BackPay.CurrentYear,
            "unlimited" => BackPay.Unlimited,
            _ => null,
        };
        StopRule? stop = PackJson.Word(json, "stop") switch
        {
            "through-death-month" => StopRule.ThroughDeathMonth,
            "day-before-death" => StopRule.DayBeforeDeath,
            _ => null,
        };
        bool? hukou = PackJson.Word(json, "requires") switch
        {
            "hukou" => true,
            "residence" => false,
            _ => null,
        };
        var months = 0;
        if (json.TryGetProperty("backPayMonths", out var m) && (!m.TryGetInt32(out months) || months < 1 || months > 120))
        {
            error = "backPayMonths is a whole number from 1 to 120";
            return false;
        }

        if (start is null || back is null || stop is null || hukou is null)
        {
            error = "a rule is {start: condition-month|next-month|application-month|month-after-application, backPay: none|months|current-year|unlimited, backPayMonths?, stop: through-death-month|day-before-death, requires: hukou|residence}";
            return false;
        }

        if ((back == BackPay.Months) != (months > 0))
        {
            error = "backPayMonths is given exactly when backPay is 'months'";
            return false;
        }

        rule = new BenefitRule(start.Value, back.Value, months, stop.Value, hukou.Value);
        return true;
    }
}

/// <summary>An age band of 尊老金 (or the festival lump sum): ages <see cref="MinAge"/> to <see cref="MaxAge"/> 周岁 inclusive.</summary>
/// <param name="MinAge">The lowest age (inclusive, 含).</param>
/// <param name="MaxAge">The highest age (inclusive), or null for no upper bound.</param>
/// <param name="Amount">The amount per period, in 元 (a "不低于" minimum that a district layer may raise).</param>
/// <param name="Period">Monthly or yearly.</param>
public sealed record AgeBand(int MinAge, int? MaxAge, decimal Amount, BenefitPeriod Period)
{
    internal static bool TryRead(JsonElement json, out AgeBand value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "minAge", "maxAge", "amount", "period"))
        {
            return false;
        }

        int? max = null;
        if (!PackJson.Int(json, "minAge", 0, 150, out var min) || !PackJson.Money(json, "amount", out var amount))
        {
            error = "a band is {minAge 0..150, maxAge?, amount >= 0, period: month|year}";
            return false;
        }

        if (json.TryGetProperty("maxAge", out _))
        {
            if (!PackJson.Int(json, "maxAge", min, 150, out var mx))
            {
                error = "maxAge is a whole number from minAge to 150";
                return false;
            }

            max = mx;
        }

        BenefitPeriod? period = PackJson.Word(json, "period") switch { "month" => BenefitPeriod.Month, "year" => BenefitPeriod.Year, _ => null };
        if (period is null)
        {
            error = "period is month or year";
            return false;
        }

        value = new AgeBand(min, max, amount, period.Value);
        return true;
    }
}

/// <summary>One tier of the home-care service subsidy: who qualifies and the monthly amount or service hours.</summary>
/// <param name="Statuses">The economic statuses of the tier.</param>
/// <param name="Levels">The care levels of the tier.</param>
/// <param name="MinAge">The lowest age (周岁).</param>
/// <param name="LivingArrangements">The living arrangements required, or null for any.</param>
/// <param name="SpecialFamilyRequired">True when the tier needs a 计生特殊家庭 flag.</param>
/// <param name="MonthlyAmount">The monthly amount (元/月), or null when the tier is in hours.</param>
/// <param name="MonthlyHours">The monthly service hours, valued at the table's hourly value, or null.</param>
public sealed record HomeCareTier(
    IReadOnlyList<EconomicStatus> Statuses, IReadOnlyList<CareLevel> Levels, int MinAge, IReadOnlyList<LivingArrangement>? LivingArrangements,
    bool SpecialFamilyRequired, decimal? MonthlyAmount, decimal? MonthlyHours)
{
    internal int StatusMask { get; } = Statuses.Aggregate(0, (m, s) => m | (1 << (int)s));

    internal int LevelMask { get; } = Levels.Aggregate(0, (m, s) => m | (1 << (int)s));

    internal int ArrangementMask { get; } = LivingArrangements is null ? -1 : LivingArrangements.Aggregate(0, (m, s) => m | (1 << (int)s));
}

/// <summary>The home-care service subsidy (居家养老服务补贴) tiers; the highest-valued tier that matches applies.</summary>
public sealed class HomeCareTable
{
    private HomeCareTable(decimal hourlyValue, HomeCareTier[] tiers)
    {
        HourlyValue = hourlyValue;
        TierArray = tiers;
    }

    /// <summary>The value of one service hour (元/小时).</summary>
    public decimal HourlyValue { get; }

    /// <summary>The tiers in pack order.</summary>
    public IReadOnlyList<HomeCareTier> Tiers => TierArray;

    internal HomeCareTier[] TierArray { get; }

    internal static bool TryRead(JsonElement json, out HomeCareTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "hourlyValue", "tiers") || !PackJson.Money(json, "hourlyValue", out var hourly)
            || !json.TryGetProperty("tiers", out var tiers) || tiers.ValueKind != JsonValueKind.Array)
        {
            error ??= "expected {hourlyValue, tiers: [...]}";
            return false;
        }

        var list = new List<HomeCareTier>();
        foreach (var t in tiers.EnumerateArray())
        {
            if (!PackJson.Fields(t, out error, "statuses", "levels", "minAge", "livingArrangements", "specialFamily", "amount", "hours"))
            {
                return false;
            }

            if (!PackJson.Statuses(t, "statuses", out var statuses) || !PackJson.Levels(t, "levels", out var levels) || !PackJson.Int(t, "minAge", 0, 150, out var minAge))
            {
                error = "a tier needs statuses (extreme-poverty|dibao|low-income|none), levels (capable|mild|moderate|severe) and minAge";
                return false;
            }

            List<LivingArrangement>? arrangements = null;
            if (t.TryGetProperty("livingArrangements", out var la))
            {
                arrangements = [];
                if (la.ValueKind != JsonValueKind.Array)
                {
                    error = "livingArrangements is an array of alone|empty-nest|with-others";
                    return false;
                }

                foreach (var a in la.EnumerateArray())
                {
                    LivingArrangement? x = a.ValueKind == JsonValueKind.String ? a.GetString() switch
                    {
                        "alone" => LivingArrangement.Alone,
                        "empty-nest" => LivingArrangement.EmptyNest,
                        "with-others" => LivingArrangement.WithOthers,
                        _ => null,
                    } : null;
                    if (x is null)
                    {
                        error = "livingArrangements is an array of alone|empty-nest|with-others";
                        return false;
                    }

                    arrangements.Add(x.Value);
                }
            }

            var special = t.TryGetProperty("specialFamily", out var sf) && sf.ValueKind == JsonValueKind.True;
            if (t.TryGetProperty("specialFamily", out sf) && sf.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                error = "specialFamily is true or false";
                return false;
            }

            var hasAmount = t.TryGetProperty("amount", out _);
            var hasHours = t.TryGetProperty("hours", out _);
            decimal amount = 0, hours = 0;
            if (hasAmount == hasHours || (hasAmount && !PackJson.Money(t, "amount", out amount)) || (hasHours && !PackJson.Money(t, "hours", out hours)))
            {
                error = "a tier has exactly one of amount (元/月) and hours (小时/月), not negative";
                return false;
            }

            list.Add(new HomeCareTier(statuses, levels, minAge, arrangements, special, hasAmount ? amount : null, hasHours ? hours : null));
        }

        value = new HomeCareTable(hourly, [.. list]);
        return true;
    }
}

/// <summary>The nursing subsidy (护理补贴): for the listed statuses, a monthly amount per care level.</summary>
/// <param name="MinAge">The lowest age.</param>
/// <param name="Statuses">The economic statuses that qualify.</param>
/// <param name="Amounts">The monthly amount per care level; a level not listed does not qualify.</param>
public sealed record NursingTable(int MinAge, IReadOnlyList<EconomicStatus> Statuses, IReadOnlyDictionary<CareLevel, decimal> Amounts)
{
    internal int StatusMask { get; } = Statuses.Aggregate(0, (m, s) => m | (1 << (int)s));

    internal decimal[] ByLevel { get; } = [.. Enumerable.Range(0, 4).Select(l => Amounts.TryGetValue((CareLevel)l, out var a) ? a : -1m)];

    internal static bool TryRead(JsonElement json, out NursingTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "minAge", "statuses", "amounts") || !PackJson.Int(json, "minAge", 0, 150, out var min)
            || !PackJson.Statuses(json, "statuses", out var statuses) || !json.TryGetProperty("amounts", out var a) || a.ValueKind != JsonValueKind.Object)
        {
            error ??= "expected {minAge, statuses, amounts: {level: 元/月}}";
            return false;
        }

        var amounts = new Dictionary<CareLevel, decimal>();
        foreach (var p in a.EnumerateObject())
        {
            if (!PackJson.TryLevel(p.Name, out var level) || p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDecimal(out var v) || v < 0)
            {
                error = "amounts maps capable|mild|moderate|severe to a non-negative 元/月";
                return false;
            }

            amounts[level] = v;
        }

        value = new NursingTable(min, statuses, amounts.ToFrozenDictionary());
        return true;
    }
}

/// <summary>The one-off 适老化改造 grant: the lesser of the declared cost and the cap.</summary>
/// <param name="MinAge">The lowest age.</param>
/// <param name="Statuses">The economic statuses that qualify.</param>
/// <param name="Cap">The most granted per household (元, one-off).</param>
public sealed record AdaptationTable(int MinAge, IReadOnlyList<EconomicStatus> Statuses, decimal Cap)
{
    internal int StatusMask { get; } = Statuses.Aggregate(0, (m, s) => m | (1 << (int)s));

    internal static bool TryRead(JsonElement json, out AdaptationTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "minAge", "statuses", "cap") || !PackJson.Int(json, "minAge", 0, 150, out var min)
            || !PackJson.Statuses(json, "statuses", out var statuses) || !PackJson.Money(json, "cap", out var cap))
        {
            error ??= "expected {minAge, statuses, cap}";
            return false;
        }

        value = new AdaptationTable(min, statuses, cap);
        return true;
    }
}

/// <summary>The 助餐 subsidy: an amount per meal, for at most a number of meals a month.</summary>
/// <param name="MinAge">The lowest age.</param>
/// <param name="PerMeal">The subsidy per meal (元/餐).</param>
/// <param name="MaxMealsPerMonth">The most meals subsidised a month.</param>
public sealed record MealTable(int MinAge, decimal PerMeal, int MaxMealsPerMonth)
{
    internal static bool TryRead(JsonElement json, out MealTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "minAge", "perMeal", "maxMealsPerMonth") || !PackJson.Int(json, "minAge", 0, 150, out var min)
            || !PackJson.Money(json, "perMeal", out var per) || !PackJson.Int(json, "maxMealsPerMonth", 0, 200, out var max))
        {
            error ??= "expected {minAge, perMeal, maxMealsPerMonth 0..200}";
            return false;
        }

        value = new MealTable(min, per, max);
        return true;
    }
}

/// <summary>What happens when two benefits meet.</summary>
public enum StackingKind
{
    /// <summary>Both are paid (the default for pairs not listed).</summary>
    Compatible = 0,

    /// <summary>Only the first listed is paid.</summary>
    Exclusive = 1,

    /// <summary>Only the higher (compared per month; a yearly amount counts as a twelfth) is paid; on a tie, the first listed.</summary>
    Higher = 2,
}

/// <summary>One stacking rule: two benefit codes (or <c>institutional-care</c>) and the rule.</summary>
/// <param name="First">The first code.</param>
/// <param name="Second">The second code.</param>
/// <param name="Kind">The rule.</param>
public sealed record StackingRule(string First, string Second, StackingKind Kind);

/// <summary>The stacking rules of a pack, applied in order.</summary>
public sealed class StackingTable
{
    /// <summary>The pseudo-benefit that institutional care (入住养老机构) stands for in stacking rules.</summary>
    public const string InstitutionalCare = "institutional-care";

    private StackingTable(StackingRule[] rules) => RuleArray = rules;

    /// <summary>The rules in order.</summary>
    public IReadOnlyList<StackingRule> Rules => RuleArray;

    internal StackingRule[] RuleArray { get; }

    internal static bool TryRead(JsonElement json, out StackingTable value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected [{benefits: [a, b], rule: exclusive|higher|compatible}]";
            return false;
        }

        var list = new List<StackingRule>();
        foreach (var r in json.EnumerateArray())
        {
            if (!PackJson.Fields(r, out error, "benefits", "rule") || !r.TryGetProperty("benefits", out var b) || b.ValueKind != JsonValueKind.Array || b.GetArrayLength() != 2)
            {
                error ??= "a rule is {benefits: [a, b], rule}";
                return false;
            }

            var a0 = b[0].ValueKind == JsonValueKind.String ? b[0].GetString()! : string.Empty;
            var a1 = b[1].ValueKind == JsonValueKind.String ? b[1].GetString()! : string.Empty;
            if (!Known(a0) || !Known(a1) || string.Equals(a0, a1, StringComparison.Ordinal) || (a1 == InstitutionalCare))
            {
                error = "benefits names two different benefit codes; institutional-care may only come first";
                return false;
            }

            StackingKind? kind = PackJson.Word(r, "rule") switch
            {
                "exclusive" => StackingKind.Exclusive,
                "higher" => StackingKind.Higher,
                "compatible" => StackingKind.Compatible,
                _ => null,
            };
            if (kind is null || (a0 == InstitutionalCare && kind != StackingKind.Exclusive))
            {
                error = "rule is exclusive, higher or compatible (institutional-care only exclusive)";
                return false;
            }

            list.Add(new StackingRule(a0, a1, kind.Value));
        }

        value = new StackingTable([.. list]);
        return true;

        static bool Known(string code) => code == InstitutionalCare || ElderlyBenefits.TryParse(code, out _);
    }
}

/// <summary>How the legacy levels map onto the national scale.</summary>
/// <param name="SelfCare">The level for 自理.</param>
/// <param name="SemiDisabled">The level for 半失能.</param>
/// <param name="Disabled">The level for 失能.</param>
public sealed record CareLevelMapping(CareLevel SelfCare, CareLevel SemiDisabled, CareLevel Disabled)
{
    /// <summary>The national level of a legacy level.</summary>
    /// <param name="legacy">The legacy level.</param>
    /// <returns>The mapped level.</returns>
    public CareLevel Map(LegacyCareLevel legacy) => legacy switch
    {
        LegacyCareLevel.SemiDisabled => SemiDisabled,
        LegacyCareLevel.Disabled => Disabled,
        _ => SelfCare,
    };

    internal static bool TryRead(JsonElement json, out CareLevelMapping value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "self-care", "semi-disabled", "disabled")
            || !PackJson.TryLevel(PackJson.Word(json, "self-care"), out var a)
            || !PackJson.TryLevel(PackJson.Word(json, "semi-disabled"), out var b)
            || !PackJson.TryLevel(PackJson.Word(json, "disabled"), out var c))
        {
            error ??= "expected {self-care, semi-disabled, disabled} each capable|mild|moderate|severe";
            return false;
        }

        value = new CareLevelMapping(a, b, c);
        return true;
    }
}

/// <summary>A district (区/县级市) of the jurisdiction.</summary>
/// <param name="Code">The code used in inputs.</param>
/// <param name="Name">The district's name.</param>
public sealed record District(string Code, LocalizedText Name);

/// <summary>The districts of a pack, by code.</summary>
public sealed class DistrictTable
{
    private DistrictTable(District[] districts)
    {
        Districts = districts;
        ByCode = districts.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>The districts in pack order.</summary>
    public IReadOnlyList<District> Districts { get; }

    /// <summary>The districts by code.</summary>
    public IReadOnlyDictionary<string, District> ByCode { get; }

    internal static bool TryRead(JsonElement json, out DistrictTable value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected [{code, zh-Hans, en}]";
            return false;
        }

        var list = new List<District>();
        foreach (var d in json.EnumerateArray())
        {
            if (!PackJson.Fields(d, out error, "code", "zh-Hans", "en") || PackJson.Word(d, "code") is not { Length: > 0 } code
                || PackJson.Word(d, "zh-Hans") is not { } zh || PackJson.Word(d, "en") is not { } en)
            {
                error ??= "each district is exactly {code, zh-Hans, en}";
                return false;
            }

            if (list.Any(x => x.Code == code))
            {
                error = $"district '{code}' appears twice";
                return false;
            }

            list.Add(new District(code, new LocalizedText(zh, en)));
        }

        if (list.Count == 0)
        {
            error = "at least one district is needed";
            return false;
        }

        value = new DistrictTable([.. list]);
        return true;
    }
}

/// <summary>Benefit codes and names.</summary>
public static class ElderlyBenefits
{
    /// <summary>The number of benefits the calculator knows.</summary>
    public const int Count = 8;

    /// <summary>A mask of every benefit (one bit per benefit, <c>1 &lt;&lt; (int)benefit</c>).</summary>
    public const int AllMask = (1 << Count) - 1;

    /// <summary>A mask of the 尊老金 benefits: the 80–89, 90–99 and 100+ bands and the centenarians' 重阳节 lump sum.</summary>
    public const int AgeAllowanceMask = (1 << (int)ElderlyBenefit.AgeAllowance80To89) | (1 << (int)ElderlyBenefit.AgeAllowance90To99)
        | (1 << (int)ElderlyBenefit.AgeAllowance100Plus) | (1 << (int)ElderlyBenefit.CentenarianFestival);

    private static readonly string[] Codes = ["age-80-89", "age-90-99", "age-100-plus", "centenarian-festival", "home-care", "nursing", "adaptation", "meal"];

    private static readonly LocalizedText[] Names =
    [
        new("尊老金（80–89周岁）", "Age allowance (80–89)"),
        new("尊老金（90–99周岁）", "Age allowance (90–99)"),
        new("尊老金/长寿补贴（100周岁及以上）", "Longevity allowance (100 and over)"),
        new("百岁老人重阳节尊老金", "Centenarians' Elders' Festival (重阳节) lump sum"),
        new("居家养老服务补贴", "Home-care service subsidy"),
        new("护理补贴", "Nursing subsidy"),
        new("适老化改造补贴（一次性）", "Home age-friendly adaptation grant (one-off)"),
        new("助餐补贴", "Meal-assistance subsidy"),
    ];

    /// <summary>All benefits in order.</summary>
    public static IReadOnlyList<ElderlyBenefit> All { get; } = [.. Enumerable.Range(0, Count).Select(i => (ElderlyBenefit)i)];

    /// <summary>The stable code of <paramref name="benefit"/>, for example <c>age-90-99</c>.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>The code.</returns>
    public static string Code(this ElderlyBenefit benefit) => Codes[(int)benefit];

    /// <summary>The name of <paramref name="benefit"/>.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>The name in zh-Hans and en.</returns>
    public static LocalizedText Name(this ElderlyBenefit benefit) => Names[(int)benefit];

    /// <summary>Finds a benefit by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="benefit">The benefit when found.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryParse(string? code, out ElderlyBenefit benefit)
    {
        var i = Array.IndexOf(Codes, code);
        benefit = (ElderlyBenefit)Math.Max(i, 0);
        return i >= 0;
    }
}

/// <summary>Small strict readers for pack tables.</summary>
internal static class PackJson
{
    public static bool Fields(JsonElement json, out string? error, params string[] allowed)
    {
        error = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            error = "expected an object with fields " + string.Join(", ", allowed);
            return false;
        }

        foreach (var p in json.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                error = $"unknown field '{p.Name}'";
                return false;
            }
        }

        return true;
    }

    public static string? Word(JsonElement json, string name) =>
        json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool Int(JsonElement json, string name, int min, int max, out int value)
    {
        value = 0;
        return json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out value) && value >= min && value <= max;
    }

    public static bool Money(JsonElement json, string name, out decimal value)
    {
        value = 0;
        return json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out value) && value >= 0;
    }

    public static bool TryLevel(string? word, out CareLevel level)
    {
        CareLevel? l = word switch
        {
            "capable" => CareLevel.Capable,
            "mild" => CareLevel.Mild,
            "moderate" => CareLevel.Moderate,
            "severe" => CareLevel.Severe,
            _ => null,
        };
        level = l ?? default;
        return l is not null;
    }

    public static bool Statuses(JsonElement json, string name, out EconomicStatus[] statuses)
    {
        statuses = [];
        if (!json.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array || a.GetArrayLength() == 0)
        {
            return false;
        }

        var list = new List<EconomicStatus>();
        foreach (var s in a.EnumerateArray())
        {
            EconomicStatus? x = s.ValueKind == JsonValueKind.String ? s.GetString() switch
            {
                "extreme-poverty" => EconomicStatus.ExtremePoverty,
                "dibao" => EconomicStatus.Dibao,
                "low-income" => EconomicStatus.LowIncome,
                "none" => EconomicStatus.None,
                _ => null,
            } : null;
            if (x is null)
            {
                return false;
            }

            list.Add(x.Value);
        }

        statuses = [.. list];
        return true;
    }

    public static bool Levels(JsonElement json, string name, out CareLevel[] levels)
    {
        levels = [];
        if (!json.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array || a.GetArrayLength() == 0)
        {
            return false;
        }

        var list = new List<CareLevel>();
        foreach (var s in a.EnumerateArray())
        {
            if (s.ValueKind != JsonValueKind.String || !TryLevel(s.GetString(), out var l))
            {
                return false;
            }

            list.Add(l);
        }

        levels = [.. list];
        return true;
    }
}
