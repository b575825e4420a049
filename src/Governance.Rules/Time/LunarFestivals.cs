using System.Globalization;
using NodaTime;

namespace Governance.Rules.Time;

/// <summary>
/// The Elders' Festival (重阳节), the 9th day of the 9th lunar month, from .NET's <see cref="ChineseLunisolarCalendar"/>
/// (no other dependency). In a lunar year with a leap month (闰月) at or before the 9th, the 9th month is the calendar's
/// 10th month: 2025 has 闰六月, so 重阳节 falls on 2025-10-29; 2026-10-18; 2022-10-04.
/// </summary>
internal static class LunarFestivals
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>The first Gregorian year the calendar covers a whole lunar year of (1901).</summary>
    public static readonly int FirstYear = Calendar.MinSupportedDateTime.Year;

    /// <summary>The last such year (2100).</summary>
    public static readonly int LastYear = Calendar.MaxSupportedDateTime.Year - 1;

    private static readonly LocalDate[] DoubleNinths = [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(Compute)];

    /// <summary>The 重阳节 of Gregorian year <paramref name="year"/>, or null outside the calendar's range (1901–2100).</summary>
    /// <param name="year">The Gregorian year.</param>
    /// <returns>The date, or null.</returns>
    public static LocalDate? DoubleNinth(int year) => year < FirstYear || year > LastYear ? null : DoubleNinths[year - FirstYear];

    /// <summary>The 重阳节 of <paramref name="year"/> (1901–2100) worked out from the calendar; <see cref="DoubleNinth"/> keeps them.</summary>
    /// <param name="year">The Gregorian year.</param>
    /// <returns>The date.</returns>
    internal static LocalDate Compute(int year)
    {
        // The lunar year that begins in Gregorian year `year` holds its 9th month in September–October of that year.
        var leap = Calendar.GetLeapMonth(year);
        var ninth = leap > 0 && leap <= 9 ? 10 : 9;
        var d = Calendar.ToDateTime(year, ninth, 9, 0, 0, 0, 0);
        return new LocalDate(d.Year, d.Month, d.Day);
    }
}
