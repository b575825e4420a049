using Governance.Rules.Validation;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>The elderly-care calculator: the 尊老金 alone, on a table by age compiled once per month.</summary>
public sealed partial class ElderlyCareCalculator
{
    /// <summary>The compiled 尊老金 months (immutable entries, a small lock-free cache by month number).</summary>
    private readonly MonthCache<AgeAllowanceMonth> _ageMonths = new();

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
        var t = _ageMonths.Find(m) ?? AgeAllowanceMonthFor(m);
        if (t.Policy is not { } policy)
        {
            return new AgeAllowanceSummary(t.Status, 0m, 0, false);
        }

        if (!t.Independent)
        {
            return AgeAllowanceOf(Summarize(person, asOf, ElderlyBenefits.AgeAllowanceMask));
        }

        // The facts the 尊老金 reads, as day keys, checked as the validator checks them.
        var birth = DayKeys.Of(person.BirthDate);
        var district = person.HukouDistrict;
        var since = person.HukouSince is { } hs ? DayKeys.Of(hs) : birth;
        if (birth < AgeAllowanceMonth.EarliestBirth || birth > DayKeys.Of(asOf) || since < birth || since > AgeAllowanceMonth.Latest
            || (district is not null && !t.Districts.Contains(district)))
        {
            return new AgeAllowanceSummary(ElderlySummaryStatus.InvalidInput, 0m, 0, false);
        }

        if (person.DeathDate is { } dd)
        {
            var death = DayKeys.Of(dd);
            if (death < birth || death > AgeAllowanceMonth.Latest)
            {
                return new AgeAllowanceSummary(ElderlySummaryStatus.InvalidInput, 0m, 0, false);
            }

            if (death <= t.MonthEnd)
            {
                // Died in or before the month: the general month evaluation applies the stop rule.
                return AgeAllowanceOf(SummarizeValid(policy, person, m, ElderlyBenefits.AgeAllowanceMask));
            }
        }

        // Completed years as comparisons: the segment is the number of cutoffs the birth date is on or before.
        var cuts = t.Cuts;
        var segment = 0;
        while (segment < cuts.Length && birth <= cuts[segment])
        {
            segment++;
        }

        var counted = t.RequiresHukou ? district is not null && since <= t.CountedDay : person.ResidesInJurisdiction;

        // 重阳节: age, life and hukou on the festival day itself.
        var festival = t.HasFestival && birth <= t.FestivalMinCut && birth > t.FestivalMaxCut
            && (t.RequiresHukou ? district is not null && since <= t.FestivalDay : person.ResidesInJurisdiction);
        const int FestivalBit = 1 << (int)ElderlyBenefit.CentenarianFestival;
        return counted
            ? new AgeAllowanceSummary(ElderlySummaryStatus.Computed, festival ? t.SegmentDueWithFestival[segment] : t.SegmentDue[segment], t.SegmentEligible[segment] | (festival ? FestivalBit : 0), policy.UsesPlaceholder)
            : new AgeAllowanceSummary(ElderlySummaryStatus.Computed, festival ? t.FestivalAmount : 0m, festival ? FestivalBit : 0, policy.UsesPlaceholder);
    }

    private AgeAllowanceMonth AgeAllowanceMonthFor(int m)
    {
        // The dates a request may hold begin on a month's first day and end on a month's last (a test holds it), so every
        // month inside them is whole and the as-of day needs no check beyond its month.
        var t = m < MonthIndex(InputLimits.EarliestDate) || m > MonthIndex(InputLimits.LatestDate) ? AgeAllowanceMonth.Without(m, ElderlySummaryStatus.InvalidInput)
            : PolicyFor(m) is not { } policy ? AgeAllowanceMonth.Without(m, ElderlySummaryStatus.NoPolicyInForce)
            : policy.CompileAgeAllowance(m);

        return _ageMonths.Store(t);
    }

    private static AgeAllowanceSummary AgeAllowanceOf(ElderlyBenefitSummary s) =>
        new(s.Status, s.MonthTotal, s.EligibleMask & ElderlyBenefits.AgeAllowanceMask, s.UsesPlaceholder);
}
