using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// What the month evaluation needs of one person, read once per call: every date as a month number
/// (year × 12 + month − 1) or a day number, so that the hot loop does no date arithmetic and cannot overflow.
/// </summary>
internal readonly struct ElderlyFacts
{
    /// <summary>A month number later than any date can give.</summary>
    public const int Never = int.MaxValue / 4;

    public ElderlyFacts(ElderlyPerson person)
    {
        var birth = person.BirthDate;
        BirthMonth = MonthIndex(birth);
        BirthYear = birth.Year;
        LeapBirthday = birth.Month == 2 && birth.Day == 29;
        BirthDay = DayNumber(birth);
        if (person.DeathDate is { } death)
        {
            DeathMonth = MonthIndex(death);
            DeathDayOfMonth = death.Day;
            DeathDaysInMonth = CalendarSystem.Iso.GetDaysInMonth(death.Year, death.Month);
            DeathDay = DayNumber(death);
        }
        else
        {
            DeathMonth = Never;
            DeathDay = int.MaxValue;
        }

        HukouDay = person.HukouDistrict is null ? int.MaxValue : DayNumber(person.HukouSince ?? birth);
        HukouMonth = person.HukouDistrict is null ? Never : MonthIndex(person.HukouSince ?? birth);
        if (person.ApplicationDate is { } application)
        {
            ApplicationMonth = MonthIndex(application);
            ApplicationYear = application.Year;
            HasApplication = true;
        }

        CareFromMonth = person.InstitutionalCareFrom is { } from ? MonthIndex(from) : Never;
        CareUntilMonth = person.InstitutionalCareUntil is { } until ? MonthIndex(until) : Never;
    }

    /// <summary>The birth month.</summary>
    public int BirthMonth { get; }

    /// <summary>The birth year.</summary>
    public int BirthYear { get; }

    /// <summary>The birth date as a day number.</summary>
    public int BirthDay { get; }

    /// <summary>True when born on 29 February.</summary>
    public bool LeapBirthday { get; }

    /// <summary>The month of death, or <see cref="Never"/>.</summary>
    public int DeathMonth { get; }

    /// <summary>The day of the month of the death.</summary>
    public int DeathDayOfMonth { get; }

    /// <summary>The days in the month of death.</summary>
    public int DeathDaysInMonth { get; }

    /// <summary>The date of death as a day number, or <see cref="int.MaxValue"/>.</summary>
    public int DeathDay { get; }

    /// <summary>The month since which the hukou is in the jurisdiction, or <see cref="Never"/> when it is not.</summary>
    public int HukouMonth { get; }

    /// <summary>The day since which the hukou is in the jurisdiction, or <see cref="int.MaxValue"/> when it is not.</summary>
    public int HukouDay { get; }

    /// <summary>True when an application was made.</summary>
    public bool HasApplication { get; }

    /// <summary>The month of the application.</summary>
    public int ApplicationMonth { get; }

    /// <summary>The year of the application.</summary>
    public int ApplicationYear { get; }

    /// <summary>The first month in institutional care, or <see cref="Never"/>.</summary>
    public int CareFromMonth { get; }

    /// <summary>The last month in institutional care, or <see cref="Never"/> while it continues.</summary>
    public int CareUntilMonth { get; }

    /// <summary>The month in which the person turns <paramref name="age"/> 周岁, by the 29 February rule.</summary>
    public int AnniversaryMonth(int age, Time.LeapDayRule rule) =>
        BirthMonth + (12 * age) + (LeapBirthday && rule == Time.LeapDayRule.March1 && !IsLeapYear(BirthYear + age) ? 1 : 0);

    /// <summary>The day on which the person turns <paramref name="age"/> 周岁, as a day number, by the 29 February rule.</summary>
    public int AnniversaryDay(int age, Time.LeapDayRule rule)
    {
        var year = BirthYear + age;
        var monthStart = FirstDay(BirthMonth + (12 * age));
        var dayOfMonth = BirthDay - FirstDay(BirthMonth);
        if (LeapBirthday && !IsLeapYear(year))
        {
            return rule == Time.LeapDayRule.March1 ? monthStart + 28 : monthStart + 27;
        }

        return monthStart + dayOfMonth;
    }

    private static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}
