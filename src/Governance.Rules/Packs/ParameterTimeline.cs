using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.Packs;

/// <summary>The dated values of one parameter in a resolved pack, across all its layers.</summary>
/// <remarks>
/// Each entry is in force from its date (inclusive) until the next entry's date (exclusive). Before the
/// first entry, and after an entry that ends the parameter, the pack has no value for it.
/// A child layer's entries replace its parent's from the child's first date on; before that date the
/// parent's entries apply.
/// </remarks>
public abstract class ParameterTimeline
{
    private readonly LocalDate[] _from;

    private protected ParameterTimeline(ParameterDefinition definition, ParameterValueInfo[] entries)
    {
        Definition = definition;
        Entries = entries;
        _from = Array.ConvertAll(entries, e => e.From);
    }

    /// <summary>The definition of the parameter.</summary>
    public ParameterDefinition Definition { get; }

    /// <summary>The key of the parameter.</summary>
    public string Key => Definition.Key;

    /// <summary>The parameter's name (from the nearest layer that names it).</summary>
    public LocalizedText Name => Entries[^1].Name;

    /// <summary>The unit of the parameter.</summary>
    public string Unit => Entries[^1].Unit;

    /// <summary>The entries in date order.</summary>
    public IReadOnlyList<ParameterValueInfo> Entries { get; }

    /// <summary>The dates on which the parameter changes.</summary>
    public IEnumerable<LocalDate> ChangeDates => _from;

    /// <summary>The index of the entry in force on <paramref name="date"/>, or -1 before the first entry.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The entry's index, or -1.</returns>
    public int IndexAt(LocalDate date)
    {
        var lo = 0;
        var hi = _from.Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_from[mid] <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The entry in force on <paramref name="date"/>, or null before the first entry.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The entry or null.</returns>
    public ParameterValueInfo? EntryAt(LocalDate date)
    {
        var i = IndexAt(date);
        return i < 0 ? null : Entries[i];
    }
}

/// <summary>A typed parameter timeline.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ParameterTimeline<T> : ParameterTimeline
{
    private readonly T[] _values;
    private readonly ParameterValueInfo[] _infos;

    internal ParameterTimeline(ParameterDefinition<T> definition, ParameterValueInfo[] infos, T[] values)
        : base(definition, infos)
    {
        _infos = infos;
        _values = values;
    }

    /// <summary>The value in force on <paramref name="date"/>, with its entry; allocation-free.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value, or one whose <see cref="ParameterValue{T}.HasValue"/> is false.</returns>
    public ParameterValue<T> At(LocalDate date)
    {
        var i = IndexAt(date);
        if (i < 0)
        {
            return default;
        }

        var info = _infos[i];
        return new ParameterValue<T>(info.HasValue, _values[i], info);
    }
}

/// <summary>A parameter's value on a date, with the entry it comes from.</summary>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct ParameterValue<T> : IEquatable<ParameterValue<T>>
{
    internal ParameterValue(bool hasValue, T value, ParameterValueInfo info)
    {
        HasValue = hasValue;
        Value = value;
        Info = info;
    }

    /// <summary>True when the pack has a value on the date.</summary>
    public bool HasValue { get; }

    /// <summary>The value; the type's default when <see cref="HasValue"/> is false.</summary>
    public T Value { get; }

    /// <summary>The timeline entry, or null when no entry covers the date.</summary>
    public ParameterValueInfo? Info { get; }

    /// <inheritdoc />
    public bool Equals(ParameterValue<T> other) =>
        HasValue == other.HasValue && EqualityComparer<T>.Default.Equals(Value, other.Value) && ReferenceEquals(Info, other.Info);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParameterValue<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HasValue, Value, Info);

    /// <summary>Equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ParameterValue<T> left, ParameterValue<T> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ParameterValue<T> left, ParameterValue<T> right) => !left.Equals(right);
}
