using Governance.Rules.Validation;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>The elderly-care calculator: the 尊老金 alone, on a table by age compiled once per month.</summary>
public sealed partial class ElderlyCareCalculator
{
    /// <summary>The last month's compiled 尊老金 table (immutable; replaced whole when another month is asked).</summary>
    private AgeAllowanceMonth? _ageMonth;

    /// <summary>
    /// The 尊老金 of one person in the month of <paramref name="asOf"/> — the 80–89, 90–99 and 100+ bands and the centenarians'
    /// 重阳节 lump sum — allocation-free, on a table by age compiled once per month: the same figures as
    /// <see cref="Summarize(ElderlyPerson, LocalDate, int)"/> with <see cref="ElderlyBenefits.AgeAllowanceMask"/>.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The amount owed for the month and the bands met, or a status saying why there is none.</returns>
    /// <remarks>When no stacking rule names the bands and none runs from an application (as in the Suzhou pack), only the facts
    /// the 尊老金 reads are checked — birth date, date of death, hukou district and date, residence — and a fault elsewhere in the
    /// record does not stop it; otherwise the whole person is checked, as <see cref="Summarize(ElderlyPerson, LocalDate)"/> does.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public AgeAllowanceSummary SummarizeAgeAllowance(ElderlyPerson person, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(person);
        var m = (asOf.Year * 12) + asOf.Month - 1;
        var t = Volatile.Read(ref _ageMonth);
        if (t is null || t.Month != m)
        {
            t = AgeAllowanceMonthFor(m);
        }

        if (t.Policy is not { } policy)
        {
            return new AgeAllowanceSummary(t.Status, 0m, 0, false);
        }

        if (!t.Independent)
        {
            return AgeAllowanceOf(Summarize(person, asOf, ElderlyBenefits.AgeAllowanceMask));
        }

        // The facts the 尊老金 reads, checked as the validator checks them.
        var birth = person.BirthDate;
        var district = person.HukouDistrict;
        var since = person.HukouSince ?? birth;
        if (birth < AgeAllowanceMonth.EarliestBirth || birth > asOf || (district is not null && !t.Districts.Contains(district))
            || since < birth || since > InputLimits.LatestDate)
        {
            return new AgeAllowanceSummary(ElderlySummaryStatus.InvalidInput, 0m, 0, false);
        }

        if (person.DeathDate is { } death && (death < birth || death > InputLimits.LatestDate || MonthIndex(death) <= m))
        {
            // Died in or before the month (or a date to refuse): the general month evaluation applies the stop rule.
            return death < birth || death > InputLimits.LatestDate
                ? new AgeAllowanceSummary(ElderlySummaryStatus.InvalidInput, 0m, 0, false)
                : AgeAllowanceOf(SummarizeValid(policy, person, m, ElderlyBenefits.AgeAllowanceMask));
        }

        var by = birth.Year;
        var k = m - t.Shift - ((by * 12) + birth.Month - 1);
        var age = k / 12;
        if (k % 12 == 0 && t.LeapMarch1 && birth.Month == 2 && birth.Day == 29 && !IsLeapYear(by + age))
        {
            age--; // 29 February: the birthday falls on 1 March in a common year, so the band starts a month later.
        }

        var hukou = t.RequiresHukou ? district is not null && MonthIndex(since) + t.Shift <= m : person.ResidesInJurisdiction;
        var due = 0m;
        var eligible = 0;
        if (hukou && k >= 0 && age >= 0)
        {
            var i = Math.Min(age, t.DueByAge.Length - 1);
            due = t.DueByAge[i];
            eligible = t.EligibleByAge[i];
        }

        if (t.Festival is { } festival)
        {
            // 重阳节: age, life and hukou on the festival day itself.
            var a = CompletedYearsOn(birth, festival, t.LeapMarch1);
            var onDay = t.RequiresHukou ? district is not null && since <= festival : person.ResidesInJurisdiction;
            if (onDay && a >= t.FestivalMinAge && a <= t.FestivalMaxAge)
            {
                eligible |= 1 << (int)ElderlyBenefit.CentenarianFestival;
                due += t.FestivalAmount;
            }
        }

        return new AgeAllowanceSummary(ElderlySummaryStatus.Computed, due, eligible, policy.UsesPlaceholder);
    }

    private AgeAllowanceMonth AgeAllowanceMonthFor(int m)
    {
        // A month only partly inside the dates a request may hold is left to the general path, which checks the as-of day.
        var ym = ToYearMonth(m);
        var whole = InputLimits.Contains(new LocalDate(ym.Year, ym.Month, 1)) && InputLimits.Contains(new LocalDate(ym.Year, ym.Month, CalendarSystem.Iso.GetDaysInMonth(ym.Year, ym.Month)));
        var t = m < MonthIndex(InputLimits.EarliestDate) || m > MonthIndex(InputLimits.LatestDate) ? new AgeAllowanceMonth(m, ElderlySummaryStatus.InvalidInput)
            : PolicyFor(m) is not { } policy ? new AgeAllowanceMonth(m, ElderlySummaryStatus.NoPolicyInForce)
            : whole ? policy.CompileAgeAllowance(m)
            : policy.CompileAgeAllowance(m).Dependent();

        Volatile.Write(ref _ageMonth, t);
        return t;
    }

    private static AgeAllowanceSummary AgeAllowanceOf(ElderlyBenefitSummary s) =>
        new(s.Status, s.MonthTotal, s.EligibleMask & ElderlyBenefits.AgeAllowanceMask, s.UsesPlaceholder);

    /// <summary>Completed years (周岁) on <paramref name="day"/>, a 29 February birthday reached on 1 March or 28 February in common years.</summary>
    private static int CompletedYearsOn(LocalDate birth, LocalDate day, bool leapMarch1)
    {
        var years = day.Year - birth.Year;
        var bm = birth.Month;
        var bd = birth.Day;
        if (bm == 2 && bd == 29 && !IsLeapYear(day.Year))
        {
            (bm, bd) = leapMarch1 ? (3, 1) : (2, 28);
        }

        return (day.Month * 32) + day.Day < (bm * 32) + bd ? years - 1 : years;
    }

    private static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}
