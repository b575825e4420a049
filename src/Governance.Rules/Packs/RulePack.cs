using System.Collections.Frozen;
using System.Reflection;
using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Packs;

/// <summary>One layer of a resolved rule pack (national, provincial, city, district, or a caller's override).</summary>
/// <param name="Id">The layer id, for example <c>cn.js.suzhou</c>.</param>
/// <param name="Version">The layer's semantic version.</param>
/// <param name="Parent">The parent layer's id, or null for a root layer.</param>
/// <param name="Name">The jurisdiction or layer name.</param>
/// <param name="Source">Where the layer was read from (a resource or file name).</param>
/// <param name="ContentHash">The SHA-256 of the layer's canonical content, lower-case hex.</param>
public sealed record RulePackLayer(string Id, string Version, string? Parent, LocalizedText Name, string Source, string ContentHash);

/// <summary>
/// A loaded, validated and immutable rule pack: a leaf layer with all its ancestors, their parameters merged
/// into dated timelines. Safe to share between threads.
/// </summary>
public sealed class RulePack
{
    private static readonly string LibraryVersionValue =
        typeof(RulePack).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RulePack).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    internal RulePack(
        IReadOnlyList<RulePackLayer> layers,
        FrozenDictionary<string, ParameterTimeline> parameters,
        FrozenDictionary<string, Citation> citations,
        string contentHash,
        IReadOnlyDictionary<Type, object> sections)
    {
        Layers = layers;
        Parameters = parameters;
        Citations = citations;
        ContentHash = contentHash;
        Sections = sections;
    }

    /// <summary>The leaf layer's id: the pack's id.</summary>
    public string Id => Layers[^1].Id;

    /// <summary>The leaf layer's semantic version.</summary>
    public string Version => Layers[^1].Version;

    /// <summary>The leaf layer's name.</summary>
    public LocalizedText Name => Layers[^1].Name;

    /// <summary>The layers, root first (for example <c>cn</c>, <c>cn.js</c>, <c>cn.js.suzhou</c>).</summary>
    public IReadOnlyList<RulePackLayer> Layers { get; }

    /// <summary>The SHA-256 of the canonical content of every layer in the chain, lower-case hex.</summary>
    public string ContentHash { get; }

    /// <summary>Every parameter in the pack by key.</summary>
    public IReadOnlyDictionary<string, ParameterTimeline> Parameters { get; }

    /// <summary>Every citation visible from the leaf layer by id.</summary>
    public IReadOnlyDictionary<string, Citation> Citations { get; }

    /// <summary>The library's version, recorded in every result stamp.</summary>
    public static string LibraryVersion => LibraryVersionValue;

    internal IReadOnlyDictionary<Type, object> Sections { get; }

    /// <summary>The dated catalogues of the pack (its <c>catalogues</c> section); empty when no layer has any.</summary>
    /// <remarks>The lists of work-item admission (四份清单) and of certificates (出具证明事项), merged across the layers.</remarks>
    public CatalogueSet Catalogues => Section<CatalogueSet>() ?? CatalogueSet.Empty;

    /// <summary>The resolved object of a section, by its type, or null when the pack has none.</summary>
    internal T? Section<T>()
        where T : class => Sections.TryGetValue(typeof(T), out var s) ? s as T : null;

    /// <summary>The typed timeline of <paramref name="definition"/>, or null when no layer defines it.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="definition">The parameter definition.</param>
    /// <returns>The timeline or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public ParameterTimeline<T>? Timeline<T>(ParameterDefinition<T> definition)
    {
        Guard.NotNull(definition);
        return Parameters.TryGetValue(definition.Key, out var t) ? t as ParameterTimeline<T> : null;
    }

    /// <summary>The reproducibility stamp for a result evaluated on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The stamp.</returns>
    /// <remarks>A stamp is immutable, so the last one made is kept and given again for the same date (results of a batch share it).</remarks>
    public ReproducibilityStamp Stamp(LocalDate asOf)
    {
        if (Volatile.Read(ref _lastStamp) is { } last && last.AsOf == asOf)
        {
            return last;
        }

        var stamp = new ReproducibilityStamp(Id, Version, ContentHash, LibraryVersion, asOf, _layerChain ??= string.Join(" > ", Layers.Select(l => l.Id + "@" + l.Version)));
        Volatile.Write(ref _lastStamp, stamp);
        return stamp;
    }

    private ReproducibilityStamp? _lastStamp;

    /// <summary>The layers as a stamp names them, joined once (a benign race joins equal strings).</summary>
    private string? _layerChain;

    /// <summary>The parameters in force on <paramref name="date"/>, with their entries, ordered by key.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The entries in force.</returns>
    public IReadOnlyList<ParameterValueInfo> InForce(LocalDate date) =>
        [.. Parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.EntryAt(date)).OfType<ParameterValueInfo>()];

    /// <inheritdoc />
    public override string ToString() => $"{Id}@{Version} ({ContentHash[..12]})";
}
