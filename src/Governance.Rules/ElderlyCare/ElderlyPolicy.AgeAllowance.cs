using System.Collections.Frozen;
using Governance.Rules.Time;
using Governance.Rules.Validation;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>Compiling the 尊老金 bands of one month into a table by age.</summary>
internal sealed partial class ElderlyPolicy
{
    /// <summary>
    /// The 尊老金 of month <paramref name="m"/> as a table by age in completed years, for the dedicated fast path; or a table
    /// that sends every person to the general month evaluation when the bands depend on another benefit or on an application.
    /// </summary>
    public AgeAllowanceMonth CompileAgeAllowance(int m)
    {
        const int Festival = (int)ElderlyBenefit.CentenarianFestival;
        var independent = true;
        var shift = -1;
        var requiresHukou = true;
        for (var b = 0; b <= Festival; b++)
        {
            if (!_inForce[b])
            {
                continue;
            }

            var rule = _rules[b];
            independent &= !rule.FromApplication && _bandValues[b]!.Period != BenefitPeriod.OneOff
                && (shift < 0 || (shift == _shift[b] && requiresHukou == rule.RequiresHukou));
            shift = _shift[b];
            requiresHukou = rule.RequiresHukou;
        }

        for (var k = 0; k < _stackFirst.Length; k++)
        {
            independent &= _stackFirst[k] > Festival && _stackSecond[k] > Festival;
        }

        // 重阳节 on its day: in the festival's month the lump sum's conditions are taken on the festival day, per person.
        var onFestivalDay = _inForce[Festival] && FestivalDay.HasValue;
        var festivalDate = onFestivalDay ? LunarFestivals.DoubleNinth((m - (((m % 12) + 12) % 12)) / 12) : null;
        var festivalInMonth = festivalDate is { } fd && MonthIndex(fd) == m;

        var cap = 0;
        for (var b = 0; b <= Festival; b++)
        {
            if (_inForce[b])
            {
                var band = _bandValues[b]!;
                cap = Math.Max(cap, band.MaxAge is { } max ? max + 1 : band.MinAge);
            }
        }

        var dueByAge = new decimal[cap + 1];
        var eligibleByAge = new int[cap + 1];
        for (var age = 0; age <= cap; age++)
        {
            for (var b = 0; b <= Festival; b++)
            {
                // The festival lump sum of the festival's month is decided per person on the day; a festival outside the lunar calendar's range is not in force.
                if (!_inForce[b] || (b == Festival && onFestivalDay && (festivalDate is null || festivalInMonth)))
                {
                    continue;
                }

                var band = _bandValues[b]!;
                if (age < band.MinAge || (band.MaxAge is { } max && age > max))
                {
                    continue;
                }

                eligibleByAge[age] |= 1 << b;
                dueByAge[age] += band.Period switch
                {
                    BenefitPeriod.Year when b == Festival && onFestivalDay => 0m,
                    BenefitPeriod.Year => (m % 12) + 1 == LumpSum.Value ? band.Amount : 0m,
                    _ => band.Amount,
                };
            }
        }

        var festivalBand = _bandValues[Festival];
        var march1 = LeapRule == LeapDayRule.March1;
        shift = Math.Max(shift, 0);
        var counted = DayKeys.LastDate(m - shift);

        // Ages as birth-date cutoffs: a boundary wherever the table by age changes, found with the general month evaluation's rule.
        var cuts = new List<int>();
        var segmentDue = new List<decimal> { 0m };
        var segmentEligible = new List<int> { 0 };
        var settled = true;
        for (var age = 0; age <= cap; age++)
        {
            if (age > 0 && dueByAge[age] == dueByAge[age - 1] && eligibleByAge[age] == eligibleByAge[age - 1])
            {
                continue;
            }

            var cut = MonthCut(age, shift, m);
            settled &= cut is not null;
            cuts.Add(cut ?? DayKeys.Always);
            segmentDue.Add(dueByAge[age]);
            segmentEligible.Add(eligibleByAge[age]);
        }

        // 重阳节 in this month: the lump sum's ages as cutoffs on the festival day.
        int festivalMinCut = DayKeys.Always, festivalMaxCut = DayKeys.Always;
        var festivalAmount = festivalBand?.Amount ?? 0m;
        if (festivalInMonth && festivalBand is not null)
        {
            int? Cut(int age) => DayCut(age, festivalDate!.Value);
            var min = Cut(festivalBand.MinAge);
            var max = festivalBand.MaxAge is { } mx ? Cut(mx + 1) : DayKeys.Always;
            settled &= min is not null && max is not null;
            (festivalMinCut, festivalMaxCut) = (min ?? DayKeys.Always, max ?? DayKeys.Always);
        }

        return new AgeAllowanceMonth
        {
            Policy = this,
            Month = m,
            Independent = independent && settled,
            Shift = shift,
            LeapMarch1 = march1,
            RequiresHukou = requiresHukou,
            CountedDay = DayKeys.Of(counted),
            MonthEnd = DayKeys.LastDayOf(m),
            Cuts = [.. cuts],
            SegmentDue = [.. segmentDue],
            SegmentDueWithFestival = [.. segmentDue.Select(d => d + festivalAmount)],
            SegmentEligible = [.. segmentEligible],
            HasFestival = festivalInMonth,
            FestivalDay = festivalInMonth ? DayKeys.Of(festivalDate!.Value) : DayKeys.Always,
            FestivalMinCut = festivalMinCut,
            FestivalMaxCut = festivalMaxCut,
            FestivalAmount = festivalAmount,
            Districts = Districts.Value.ByCode.Keys.ToFrozenSet(StringComparer.Ordinal),
        };
    }
}
