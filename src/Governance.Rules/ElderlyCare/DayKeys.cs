using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// Dates as day keys for the compiled months: year × 512 + month × 32 + day, an integer that orders as the dates do, so that
/// the hot loop compares dates as integers; and the birth-date cutoffs that turn an age in completed years (周岁) into one comparison.
/// </summary>
internal static class DayKeys
{
    /// <summary>Later than every key a date can give.</summary>
    public const int Never = int.MaxValue;

    /// <summary>Earlier than every key a date can give.</summary>
    public const int Always = int.MinValue;

    /// <summary>The key of <paramref name="d"/>: ordered as the dates are.</summary>
    public static int Of(LocalDate d) => (d.Year << 9) | (d.Month << 5) | d.Day;

    /// <summary>The key of the last day of month number <paramref name="m"/>.</summary>
    public static int LastDayOf(int m) => Of(LastDate(m));

    /// <summary>The last day of month number <paramref name="m"/>.</summary>
    public static LocalDate LastDate(int m)
    {
        var ym = ElderlyMonths.ToYearMonth(m);
        return new LocalDate(ym.Year, ym.Month, CalendarSystem.Iso.GetDaysInMonth(ym.Year, ym.Month));
    }

    /// <summary>
    /// The key of the latest birth date for which <paramref name="reached"/> holds, near <paramref name="near"/>, or null when the
    /// search does not settle within a year either side. <paramref name="reached"/> must hold for every earlier birth date once it
    /// holds for one (an age reached by a birth date is reached by every earlier one), which the callers' rules guarantee.
    /// </summary>
    /// <remarks>The cutoff is found with the very rule the general month evaluation applies, so the comparison on the key
    /// decides as that rule does, 29 February births and both leap-day rules included.</remarks>
    public static int? LatestBirth(LocalDate near, Func<LocalDate, bool> reached)
    {
        var c = near;
        for (var i = 0; i < 400 && c < LocalDate.MaxIsoValue && reached(c.PlusDays(1)); i++)
        {
            c = c.PlusDays(1);
        }

        for (var i = 0; i < 400 && !reached(c); i++)
        {
            c = c.PlusDays(-1);
        }

        return reached(c) && (c == LocalDate.MaxIsoValue || !reached(c.PlusDays(1))) ? Of(c) : null;
    }
}
