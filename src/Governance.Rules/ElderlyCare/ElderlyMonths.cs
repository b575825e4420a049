using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>Months as numbers (year × 12 + month − 1) and the named start rules applied to them.</summary>
internal static class ElderlyMonths
{
    /// <summary>The index that stands for institutional care (入住养老机构) in stacking rules.</summary>
    internal const int InstitutionalIndex = ElderlyBenefits.Count;

    internal static int MonthIndex(LocalDate d) => (d.Year * 12) + d.Month - 1;

    internal static int MonthIndex(YearMonth d) => (d.Year * 12) + d.Month - 1;

    /// <summary>The month of number <paramref name="m"/>; a number past 9999-12 (the month after a December 9999 application) is shown as 9999-12, the last month a date can name.</summary>
    internal static YearMonth ToYearMonth(int m)
    {
        m = Math.Min(m, (9999 * 12) + 11);
        return new((m - FloorMod(m, 12)) / 12, FloorMod(m, 12) + 1);
    }

    /// <summary>The month number of the day after <paramref name="d"/>, without date arithmetic (no overflow at the last date).</summary>
    internal static int MonthAfterDay(LocalDate d) => MonthIndex(d) + (d.Day == CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month) ? 1 : 0);

    /// <summary>The day number of <paramref name="d"/> (days since 1970-01-01, proleptic Gregorian).</summary>
    internal static int DayNumber(LocalDate d) => DayNumber(d.Year, d.Month, d.Day);

    /// <summary>The day number of the first day of month number <paramref name="m"/>.</summary>
    internal static int FirstDay(int m) => DayNumber((m - FloorMod(m, 12)) / 12, FloorMod(m, 12) + 1, 1);

    /// <summary>Days from civil (H. Hinnant): exact for every proleptic Gregorian date.</summary>
    internal static int DayNumber(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    /// <summary>The date of day number <paramref name="day"/>, or null for 0 (no day).</summary>
    internal static LocalDate? FromDayNumber(int day) => day == 0 ? null : new LocalDate(1970, 1, 1).PlusDays(day);

    private static int FloorMod(int a, int b) => ((a % b) + b) % b;

    internal static int ConditionMonth(LocalDate d, BenefitRule rule) => MonthIndex(d) + (rule.Start == StartRule.NextMonth ? 1 : 0);

    /// <summary>The first month paid from an application made in month <paramref name="applicationMonth"/>.</summary>
    internal static int Gate(BenefitRule rule, int applicationMonth) => applicationMonth + (rule.Start == StartRule.MonthAfterApplication ? 1 : 0);

    /// <summary>The first month back-paid before <paramref name="gate"/>.</summary>
    internal static int BackFrom(BenefitRule rule, int applicationYear, int gate) => rule.BackPay switch
    {
        BackPay.Months => gate - rule.BackPayMonths,
        BackPay.CurrentYear => applicationYear * 12,
        BackPay.Unlimited => int.MinValue / 2,
        _ => gate,
    };
}
