using NodaTime;

namespace Governance.Rules.Packs;

/// <summary>
/// A rule area's policy compiled once per stretch of time in which none of its parameters changes,
/// so that evaluating a date costs one binary search and no allocation.
/// </summary>
/// <typeparam name="TPolicy">The area's compiled policy for one stretch (immutable).</typeparam>
internal sealed class PolicyTimeline<TPolicy>
    where TPolicy : class
{
    private readonly LocalDate[] _starts;
    private readonly TPolicy?[] _policies;

    /// <summary>Compiles the policy at every date on which one of <paramref name="timelines"/> changes.</summary>
    /// <param name="timelines">The parameters the policy depends on (missing ones are null).</param>
    /// <param name="compile">Builds the policy in force on a date, or null when the area has no policy then.</param>
    public PolicyTimeline(IEnumerable<ParameterTimeline?> timelines, Func<LocalDate, TPolicy?> compile)
        : this(timelines, [], compile)
    {
    }

    /// <summary>Compiles the policy at every date on which one of <paramref name="timelines"/> changes or one of <paramref name="extraDates"/> falls (for example a catalogue's change dates).</summary>
    /// <param name="timelines">The parameters the policy depends on (missing ones are null).</param>
    /// <param name="extraDates">Further dates on which the policy may change.</param>
    /// <param name="compile">Builds the policy in force on a date, or null when the area has no policy then.</param>
    public PolicyTimeline(IEnumerable<ParameterTimeline?> timelines, IEnumerable<LocalDate> extraDates, Func<LocalDate, TPolicy?> compile)
    {
        var starts = new SortedSet<LocalDate>(extraDates);
        foreach (var t in timelines)
        {
            if (t is not null)
            {
                starts.UnionWith(t.ChangeDates);
            }
        }

        _starts = [.. starts];
        _policies = Array.ConvertAll(_starts, d => compile(d));
    }

    /// <summary>The policy in force on <paramref name="date"/>, or null when none is.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The compiled policy or null.</returns>
    public TPolicy? At(LocalDate date)
    {
        var lo = 0;
        var hi = _starts.Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : _policies[found];
    }
}
