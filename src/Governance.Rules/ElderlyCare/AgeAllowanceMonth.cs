using System.Collections.Frozen;
using Governance.Rules.Validation;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// The 尊老金 of one month, compiled: the birth-date cutoffs at which the bands met change (ages in completed years counted on
/// the last day of the month the bands' start rule counts from), the bands met and the amount owed between two cutoffs, the
/// 重阳节 of the month if it falls in it with its own cutoffs, and the district codes; immutable, shared by every thread.
/// Dates are day keys (<see cref="DayKeys"/>).
/// </summary>
internal sealed record AgeAllowanceMonth : IMonthCompiled
{
    /// <summary>A month with no elderly-care policy in force, or outside the dates a request may hold.</summary>
    public static AgeAllowanceMonth Without(int month, ElderlySummaryStatus status) => new() { Month = month, Status = status };

    public ElderlyPolicy? Policy { get; init; }

    public ElderlySummaryStatus Status { get; init; }

    /// <summary>The month number.</summary>
    public int Month { get; init; }

    /// <summary>True when the bands depend on no other benefit (no stacking rule names them) and on no application, so the table decides.</summary>
    public bool Independent { get; init; }

    /// <summary>1 under 次月起 (a birthday or a hukou move counts from the next month), else 0.</summary>
    public int Shift { get; init; }

    /// <summary>True when a 29 February birthday is reached on 1 March in common years.</summary>
    public bool LeapMarch1 { get; init; }

    public bool RequiresHukou { get; init; }

    /// <summary>The last day of the month counted (this month, or the month before under 次月起): hukou from this day or earlier counts.</summary>
    public int CountedDay { get; init; }

    /// <summary>The last day of the month: a death on it or earlier goes to the general month evaluation (the stop rule).</summary>
    public int MonthEnd { get; init; }

    /// <summary>Birth-date cutoffs, latest first: a person born on or before <c>Cuts[i]</c> has reached the i-th boundary age.</summary>
    public int[] Cuts { get; init; } = [];

    /// <summary>The amount owed per segment: index <c>i</c> for persons past exactly <c>i</c> cutoffs (0: not counted yet).</summary>
    public decimal[] SegmentDue { get; init; } = [0m];

    /// <summary><see cref="SegmentDue"/> plus the 重阳节 lump sum.</summary>
    public decimal[] SegmentDueWithFestival { get; init; } = [0m];

    /// <summary>The bands met per segment (a bit per benefit).</summary>
    public int[] SegmentEligible { get; init; } = [0];

    /// <summary>True when the 重阳节 falls in this month and the lump sum is tied to it.</summary>
    public bool HasFestival { get; init; }

    /// <summary>The 重阳节 of this month.</summary>
    public int FestivalDay { get; init; }

    /// <summary>The latest birth that reaches the lump sum's lowest age on the festival day.</summary>
    public int FestivalMinCut { get; init; }

    /// <summary>The latest birth that is past the lump sum's highest age on the festival day, or <see cref="DayKeys.Always"/>.</summary>
    public int FestivalMaxCut { get; init; }

    public decimal FestivalAmount { get; init; }

    /// <summary>The district codes of the pack.</summary>
    public FrozenSet<string> Districts { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The earliest birth date a request may hold, as a key (no earlier than the earliest date of any request: a test holds it so).</summary>
    public static int EarliestBirth { get; } = DayKeys.Of(ElderlyLimits.EarliestBirth);

    /// <summary>The latest date a request may hold, as a key.</summary>
    public static int Latest { get; } = DayKeys.Of(InputLimits.LatestDate);
}
