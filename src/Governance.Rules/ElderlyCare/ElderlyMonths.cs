using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>Months as numbers (year × 12 + month − 1) and the named start rules applied to them.</summary>
internal static class ElderlyMonths
{
    /// <summary>The index that stands for institutional care (入住养老机构) in stacking rules.</summary>
    internal const int InstitutionalIndex = ElderlyBenefits.Count;

    internal static int MonthIndex(LocalDate d) => (d.Year * 12) + d.Month - 1;

    internal static int MonthIndex(YearMonth d) => (d.Year * 12) + d.Month - 1;

    internal static YearMonth ToYearMonth(int m) => new(m / 12, (m % 12) + 1);

    internal static int ConditionMonth(LocalDate d, BenefitRule rule) => MonthIndex(d) + (rule.Start == StartRule.NextMonth ? 1 : 0);

    internal static int Gate(BenefitRule rule, LocalDate application) => MonthIndex(application) + (rule.Start == StartRule.MonthAfterApplication ? 1 : 0);

    internal static int BackFrom(BenefitRule rule, LocalDate application, int gate) => rule.BackPay switch
    {
        BackPay.Months => gate - rule.BackPayMonths,
        BackPay.CurrentYear => application.Year * 12,
        BackPay.Unlimited => int.MinValue / 2,
        _ => gate,
    };
}
