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

    // Per benefit.
    public bool[] InForce { get; init; } = [];

    public int[] Shift { get; init; } = [];

    public bool[] RequiresHukou { get; init; } = [];

    public bool[] FromApplication { get; init; } = [];

    /// <summary>The latest birth that reaches the benefit's lowest age in the month.</summary>
    public int[] MinCut { get; init; } = [];

    /// <summary>The latest birth past the benefit's highest age, or <see cref="DayKeys.Always"/>.</summary>
    public int[] MaxCut { get; init; } = [];

    public decimal[] BandAmount { get; init; } = [];

    /// <summary>What a band met owes this month: its amount, a yearly amount only in the payment month, the festival lump sum only in 重阳节's month.</summary>
    public decimal[] BandDue { get; init; } = [];

    public bool[] Yearly { get; init; } = [];

    // 重阳节.

    /// <summary>True when the lump sum is tied to the festival day and the festival falls in this month.</summary>
    public bool FestivalInMonth { get; init; }

    /// <summary>True when the lump sum is tied to a festival day the calendar does not give for this year.</summary>
    public bool FestivalMissing { get; init; }

    public int FestivalDay { get; init; }

    public int FestivalMinCut { get; init; }

    public int FestivalMaxCut { get; init; }

    // Home care, nursing, adaptation, meals.
    public HomeCareTier[] HomeTiers { get; init; } = [];

    public decimal[] HomeValues { get; init; } = [];

    public int[] TierCut { get; init; } = [];

    public int NursingStatusMask { get; init; }

    public decimal[] NursingByLevel { get; init; } = [];

    public int AdaptationStatusMask { get; init; }

    public decimal AdaptationCap { get; init; }

    public decimal[] MealAmounts { get; init; } = [];

    public int MaxMeals { get; init; }

    public CareLevelMapping? Mapping { get; init; }

    // Stacking.
    public int[] StackFirst { get; init; } = [];

    public int[] StackSecond { get; init; } = [];

    public StackingKind[] StackKinds { get; init; } = [];
}
