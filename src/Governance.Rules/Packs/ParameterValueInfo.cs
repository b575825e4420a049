using Governance.Rules.Citations;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.Packs;

/// <summary>One dated entry of a parameter's timeline: when it starts, which layer supplied it, and its source.</summary>
/// <remarks>
/// An entry is in force from <see cref="From"/> (inclusive) until <see cref="Until"/> (exclusive), or
/// without end when <see cref="Until"/> is null. An entry whose <see cref="HasValue"/> is false ends the
/// parameter: from that date the pack has no value for it.
/// </remarks>
public sealed class ParameterValueInfo
{
    internal ParameterValueInfo(
        string key,
        LocalizedText name,
        string unit,
        LocalDate from,
        LocalDate? until,
        string layer,
        bool hasValue,
        string displayValue,
        Citation? citation,
        Provenance provenance,
        string? note,
        LocalDate? confirmed)
    {
        Key = key;
        Name = name;
        Unit = unit;
        From = from;
        Until = until;
        Layer = layer;
        HasValue = hasValue;
        DisplayValue = displayValue;
        Citation = citation;
        Provenance = provenance;
        Note = note;
        Confirmed = confirmed;
        EntryHash = HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), from);
    }

    /// <summary>A hash of the key and start date, made once: entries are told apart by those two.</summary>
    internal int EntryHash { get; }

    /// <summary>The parameter's stable key, for example <c>staffing.workers_per_10k_urban_residents</c>.</summary>
    public string Key { get; }

    /// <summary>The parameter's name in zh-Hans and en.</summary>
    public LocalizedText Name { get; }

    /// <summary>The unit, for example <c>人/万人</c> or <c>元/月</c>.</summary>
    public string Unit { get; }

    /// <summary>The first day this entry is in force (inclusive).</summary>
    public LocalDate From { get; }

    /// <summary>The day the next entry takes over (exclusive), or null when this is the last entry.</summary>
    public LocalDate? Until { get; }

    /// <summary>The id of the pack layer that supplied the entry.</summary>
    public string Layer { get; }

    /// <summary>False when the entry ends the parameter (a <c>null</c> value in the pack).</summary>
    public bool HasValue { get; }

    /// <summary>The value as canonical JSON text, for explanations and listings.</summary>
    public string DisplayValue { get; }

    /// <summary>The source of the value; null only for an ending entry that names none.</summary>
    public Citation? Citation { get; }

    /// <summary>Whether the value is official, reported, or a placeholder.</summary>
    public Provenance Provenance { get; }

    /// <summary>A note on the value (for example why a date was chosen).</summary>
    public string? Note { get; }

    /// <summary>The latest date on which the value was confirmed against a source, when the pack records it.</summary>
    public LocalDate? Confirmed { get; }

    /// <summary>The warning that this entry is a placeholder, made once and shared (it depends on the entry only).</summary>
    internal Results.RuleWarning? PlaceholderWarning;

    /// <summary>The warning that this entry was last confirmed long ago, made once and shared.</summary>
    internal Results.RuleWarning? StaleWarning;

    /// <summary>The entry as used in explanation steps, made once and shared (a record: immutable).</summary>
    internal Results.ParameterUse? Use;
}
