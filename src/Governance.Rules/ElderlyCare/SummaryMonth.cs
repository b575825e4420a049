namespace Governance.Rules.ElderlyCare;

/// <summary>
/// Every benefit of one month, compiled for <see cref="ElderlyCareCalculator.Summarize(ElderlyPerson, NodaTime.LocalDate)"/>: the
/// policy's conditions turned into day-key comparisons (<see cref="DayKeys"/>). A condition counted by a start rule holds in the
/// month when it holds on the last day of the month that rule counts from (<see cref="Counted"/>): an age in completed years
/// becomes a birth-date cutoff, a hukou, status period or assessment a comparison with that day. Immutable, shared by every thread.
/// </summary>
internal sealed record SummaryMonth : IMonthCompiled
{
    /// <summary>A month the compiled path does not take: every person goes to the general month evaluation.</summary>
    public static SummaryMonth General(int month) => new() { Month = month };

    public int Month { get; init; }

    /// <summary>The policy in force; null when the month is left to the general month evaluation.</summary>
    public ElderlyPolicy? Policy { get; init; }

    public int MonthStart { get; init; }

    public int MonthEnd { get; init; }

    /// <summary>Per start-rule shift (0: 当月起, 1: 次月起), the last day of the month counted.</summary>
    public int[] Counted { get; init; } = [];

    /// <summary>Per shift, the latest assessment date whose validity (without a stated end) has run out, or <see cref="DayKeys.Always"/>.</summary>
    public int[] Expired { get; init; } = [];

    /// <summary>An application after this day means a benefit runs from a later month (back pay or not yet): the general path decides.</summary>
    public int ApplicationGate { get; init; }

    /// <summary>The benefits in force in the month, in benefit order, each with its conditions compiled.</summary>
    public SummaryRow[] Rows { get; init; } = [];

    // 重阳节.

    /// <summary>True when the lump sum is tied to the festival day and the festival falls in this month.</summary>
    public bool FestivalInMonth { get; init; }

    /// <summary>True when the lump sum is tied to a festival day the calendar does not give for this year.</summary>
    public bool FestivalMissing { get; init; }

    public int FestivalDay { get; init; }

    public int FestivalMinCut { get; init; }

    public int FestivalMaxCut { get; init; }

    // Home care, nursing, adaptation, meals.

    /// <summary>The home-care tiers with their birth cutoffs and monthly values, highest value first and in pack order among equal values.</summary>
    public SummaryTier[] HomeTiers { get; init; } = [];

    public int NursingStatusMask { get; init; }

    public decimal[] NursingByLevel { get; init; } = [];

    /// <summary>Per care level, whether the nursing subsidy pays at that level (its amount is not negative).</summary>
    public bool[] NursingPaid { get; init; } = [];

    public int AdaptationStatusMask { get; init; }

    public decimal AdaptationCap { get; init; }

    public decimal[] MealAmounts { get; init; } = [];

    public int MaxMeals { get; init; }

    public CareLevelMapping? Mapping { get; init; }

    // Stacking.

    /// <summary>The stacking rules in pack order: the pair of benefits (or institutional care and a benefit) and how they stack.</summary>
    public StackRule[] Stacking { get; init; } = [];
}

/// <summary>One benefit in force in a compiled month.</summary>
/// <param name="Benefit">The benefit's index.</param>
/// <param name="Shift">Its start rule's shift (0: 当月起, 1: 次月起).</param>
/// <param name="Counted">The last day of the month that shift counts from.</param>
/// <param name="RequiresHukou">Whether local hukou is required (otherwise residence in the jurisdiction).</param>
/// <param name="FromApplication">Whether it runs only from an application.</param>
/// <param name="Yearly">Whether a band's amount is yearly.</param>
/// <param name="MinCut">The latest birth that reaches the benefit's lowest age in the month (<see cref="DayKeys.Never"/> without one).</param>
/// <param name="MaxCut">The latest birth past a band's highest age, or <see cref="DayKeys.Always"/>.</param>
/// <param name="BandAmount">A band's amount per period.</param>
/// <param name="BandDue">What a band met owes this month: its amount, a yearly amount only in the payment month, the festival lump sum only in 重阳节's month.</param>
internal readonly record struct SummaryRow(
    int Benefit, int Shift, int Counted, bool RequiresHukou, bool FromApplication, bool Yearly, int MinCut, int MaxCut, decimal BandAmount, decimal BandDue);

/// <summary>One home-care tier in a compiled month.</summary>
/// <param name="StatusMask">A bit per economic status that qualifies.</param>
/// <param name="LevelMask">A bit per care level that qualifies.</param>
/// <param name="ArrangementMask">A bit per living arrangement that qualifies (all bits: any).</param>
/// <param name="SpecialFamilyRequired">Whether a special family is required.</param>
/// <param name="Cut">The latest birth that reaches the tier's lowest age in the month.</param>
/// <param name="Value">The tier's monthly value.</param>
internal readonly record struct SummaryTier(int StatusMask, int LevelMask, int ArrangementMask, bool SpecialFamilyRequired, int Cut, decimal Value);

/// <summary>One stacking rule in a compiled month.</summary>
/// <param name="First">The first benefit's index (or <see cref="ElderlyMonths.InstitutionalIndex"/>).</param>
/// <param name="Second">The second benefit's index.</param>
/// <param name="Kind">How they stack.</param>
internal readonly record struct StackRule(int First, int Second, StackingKind Kind);
