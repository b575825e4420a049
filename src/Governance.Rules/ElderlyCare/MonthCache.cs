namespace Governance.Rules.ElderlyCare;

/// <summary>Something compiled for one month number.</summary>
internal interface IMonthCompiled
{
    /// <summary>The month number (year × 12 + month − 1).</summary>
    int Month { get; }
}

/// <summary>
/// A small lock-free cache of immutable per-month compilations, one slot per month number modulo its size: sixteen consecutive
/// months never evict each other. A reader sees a whole entry or none; two threads compiling the same month store equal
/// entries, so either may stay.
/// </summary>
internal sealed class MonthCache<T>
    where T : class, IMonthCompiled
{
    private const int Size = 16;
    private readonly T?[] _slots = new T?[Size];

    /// <summary>The entry of month <paramref name="m"/>, or null when it is not cached.</summary>
    public T? Find(int m)
    {
        var e = Volatile.Read(ref _slots[m & (Size - 1)]);
        return e is not null && e.Month == m ? e : null;
    }

    /// <summary>Caches <paramref name="entry"/> in its month's slot and returns it.</summary>
    public T Store(T entry)
    {
        Volatile.Write(ref _slots[entry.Month & (Size - 1)], entry);
        return entry;
    }
}
