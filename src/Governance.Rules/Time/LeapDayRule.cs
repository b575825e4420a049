using NodaTime;

namespace Governance.Rules.Time;

/// <summary>On which day a person born on 29 February reaches a birthday in a common (non-leap) year.</summary>
public enum LeapDayRule
{
    /// <summary>On 1 March (the default: the 29 February birthday has not yet come on 28 February).</summary>
    March1 = 0,

    /// <summary>On 28 February.</summary>
    February28 = 1,
}

/// <summary>Age in completed years (周岁) and anniversaries, with the 29 February rule named.</summary>
public static class Ages
{
    /// <summary>The date on which a person born on <paramref name="birth"/> turns <paramref name="years"/> 周岁.</summary>
    /// <param name="birth">The birth date as on the ID card.</param>
    /// <param name="years">The age in completed years (0 or more).</param>
    /// <param name="rule">The 29 February rule.</param>
    /// <returns>The anniversary date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public static LocalDate Anniversary(LocalDate birth, int years, LeapDayRule rule = LeapDayRule.March1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        var year = birth.Year + years;
        if (birth.Month == 2 && birth.Day == 29 && !CalendarSystem.Iso.IsLeapYear(year))
        {
            return rule == LeapDayRule.February28 ? new LocalDate(year, 2, 28) : new LocalDate(year, 3, 1);
        }

        return new LocalDate(year, birth.Month, birth.Day);
    }

    /// <summary>The age in completed years (周岁) on <paramref name="date"/>: the birthday itself counts.</summary>
    /// <param name="birth">The birth date.</param>
    /// <param name="date">The date.</param>
    /// <param name="rule">The 29 February rule.</param>
    /// <returns>The completed years, or -1 before birth.</returns>
    public static int CompletedYears(LocalDate birth, LocalDate date, LeapDayRule rule = LeapDayRule.March1)
    {
        if (date < birth)
        {
            return -1;
        }

        var years = date.Year - birth.Year;
        return date < Anniversary(birth, years, rule) ? years - 1 : years;
    }
}
