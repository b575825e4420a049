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
        return new AgeAllowanceMonth(
            this,
            m,
            independent,
            Math.Max(shift, 0),
            LeapRule == LeapDayRule.March1,
            requiresHukou,
            dueByAge,
            eligibleByAge,
            festivalInMonth ? festivalDate : null,
            festivalBand?.MinAge ?? 0,
            festivalBand?.MaxAge ?? int.MaxValue,
            festivalBand?.Amount ?? 0m,
            Districts.Value.ByCode.Keys.ToFrozenSet(StringComparer.Ordinal));
    }
}

/// <summary>
/// The 尊老金 of one month, compiled: per age in completed years (counted by the bands' start rule) the bands met and the amount
/// owed, the 重阳节 of the month if it falls in it, and the district codes; immutable, shared by every thread.
/// </summary>
internal sealed class AgeAllowanceMonth(
    ElderlyPolicy? policy,
    int month,
    bool independent,
    int shift,
    bool leapMarch1,
    bool requiresHukou,
    decimal[] dueByAge,
    int[] eligibleByAge,
    LocalDate? festival,
    int festivalMinAge,
    int festivalMaxAge,
    decimal festivalAmount,
    FrozenSet<string> districts)
{
    /// <summary>A month with no elderly-care policy in force, or outside the dates a request may hold.</summary>
    public AgeAllowanceMonth(int month, ElderlySummaryStatus status)
        : this(null, month, false, 0, false, false, [0m], [0], null, 0, 0, 0m, FrozenSet<string>.Empty) => Status = status;

    public ElderlyPolicy? Policy { get; } = policy;

    /// <summary>The same month, every person sent to the general month evaluation.</summary>
    public AgeAllowanceMonth Dependent() => new(Policy, Month, false, Shift, LeapMarch1, RequiresHukou, DueByAge, EligibleByAge, Festival, FestivalMinAge, FestivalMaxAge, FestivalAmount, Districts);

    public ElderlySummaryStatus Status { get; }

    /// <summary>The month number.</summary>
    public int Month { get; } = month;

    /// <summary>True when the bands depend on no other benefit (no stacking rule names them) and on no application, so the table decides.</summary>
    public bool Independent { get; } = independent;

    /// <summary>1 under 次月起 (a birthday or a hukou move counts from the next month), else 0.</summary>
    public int Shift { get; } = shift;

    /// <summary>True when a 29 February birthday is reached on 1 March in common years.</summary>
    public bool LeapMarch1 { get; } = leapMarch1;

    public bool RequiresHukou { get; } = requiresHukou;

    /// <summary>The amount owed by age in completed years; the last entry holds for every greater age.</summary>
    public decimal[] DueByAge { get; } = dueByAge;

    /// <summary>The bands met by age (a bit per benefit); the last entry holds for every greater age.</summary>
    public int[] EligibleByAge { get; } = eligibleByAge;

    /// <summary>The 重阳节 when it falls in this month and the lump sum is tied to it.</summary>
    public LocalDate? Festival { get; } = festival;

    public int FestivalMinAge { get; } = festivalMinAge;

    public int FestivalMaxAge { get; } = festivalMaxAge;

    public decimal FestivalAmount { get; } = festivalAmount;

    /// <summary>The district codes of the pack.</summary>
    public FrozenSet<string> Districts { get; } = districts;

    /// <summary>The earliest birth date a request may hold.</summary>
    public static LocalDate EarliestBirth { get; } = ElderlyLimits.EarliestBirth < InputLimits.EarliestDate ? InputLimits.EarliestDate : ElderlyLimits.EarliestBirth;
}
