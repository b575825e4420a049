using System.Collections.Frozen;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.Catalogues;

/// <summary>One list of a catalogue (for example 协助政府工作事项, or the certificates no longer issued).</summary>
/// <param name="Code">The list's stable code, for example <c>assisting</c>.</param>
/// <param name="Name">The list's name.</param>
/// <param name="Kind">What membership means, one of the kinds the catalogue allows (see <see cref="CatalogueKinds"/>).</param>
/// <param name="Layer">The pack layer that declared (or last renamed) the list.</param>
public sealed record CatalogueList(string Code, LocalizedText Name, string Kind, string Layer);

/// <summary>An area-specific text of an item (for example where to send the applicant) with its own source.</summary>
/// <param name="Text">The text.</param>
/// <param name="Provenance">Whether the text is official, reported or a placeholder.</param>
/// <param name="Citation">The source, when one is named.</param>
/// <param name="Note">A note on the text.</param>
public sealed record CatalogueDetail(LocalizedText Text, Provenance Provenance, Citation? Citation, string? Note);

/// <summary>
/// One version of a catalogue item (事项): its code, list, names, dates, source and area-specific details.
/// </summary>
/// <remarks>
/// A version is in force from <see cref="EffectiveFrom"/> (inclusive) until <see cref="EffectiveUntil"/>
/// (exclusive), or without end when that is null. Versions of one item never overlap, so an item is on at
/// most one list on any date.
/// </remarks>
public sealed class CatalogueItem
{
    internal CatalogueItem(
        string catalogueId,
        string code,
        string listCode,
        LocalizedText name,
        IReadOnlyList<string> aliasesZhHans,
        IReadOnlyList<string> aliasesEn,
        LocalDate effectiveFrom,
        LocalDate? effectiveUntil,
        string layer,
        Citation? citation,
        Provenance provenance,
        string? note,
        IReadOnlyDictionary<string, CatalogueDetail> details)
    {
        CatalogueId = catalogueId;
        Code = code;
        ListCode = listCode;
        Name = name;
        AliasesZhHans = aliasesZhHans;
        AliasesEn = aliasesEn;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Layer = layer;
        Citation = citation;
        Provenance = provenance;
        Note = note;
        Details = details;
    }

    /// <summary>The id of the catalogue the item belongs to.</summary>
    public string CatalogueId { get; }

    /// <summary>The item's stable code, for example <c>kinship</c>.</summary>
    public string Code { get; }

    /// <summary>The code of the list the item is on.</summary>
    public string ListCode { get; }

    /// <summary>The item's name in zh-Hans and en.</summary>
    public LocalizedText Name { get; }

    /// <summary>Other Chinese names the item is asked for by.</summary>
    public IReadOnlyList<string> AliasesZhHans { get; }

    /// <summary>Other English names.</summary>
    public IReadOnlyList<string> AliasesEn { get; }

    /// <summary>The first day the version is in force (inclusive).</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The day the version stops being in force (exclusive), or null when it has no end.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>The pack layer that supplied the version.</summary>
    public string Layer { get; }

    /// <summary>The source of the item.</summary>
    public Citation? Citation { get; }

    /// <summary>Whether the item's wording is official, reported, or a placeholder.</summary>
    public Provenance Provenance { get; }

    /// <summary>A note on the item.</summary>
    public string? Note { get; }

    /// <summary>The area-specific details by key (for certificates: <c>redirect</c>, <c>evidence</c>).</summary>
    public IReadOnlyDictionary<string, CatalogueDetail> Details { get; }

    /// <summary>Where the version was read: its document and JSON path (for load errors).</summary>
    internal (string Source, string Path) Origin { get; init; }

    /// <summary>The category the item is grouped under, when the catalogue has categories.</summary>
    public CatalogueCategory? Category { get; internal set; }

    /// <summary>True when the version is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the version is in force.</returns>
    public bool IsInForce(LocalDate date) => EffectiveFrom <= date && (EffectiveUntil is not { } until || date < until);

    /// <summary>The detail with <paramref name="key"/>, or null.</summary>
    /// <param name="key">The detail key.</param>
    /// <returns>The detail or null.</returns>
    public CatalogueDetail? Detail(string key) => Details.GetValueOrDefault(key);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{CatalogueId}/{Code} {Name.ZhHans} [{ListCode}] ({EffectiveFrom:yyyy-MM-dd}–{EffectiveUntil:yyyy-MM-dd}, {Layer})");
}

/// <summary>A grouping of items into categories (for example the 12 categories of a negative list).</summary>
/// <param name="Code">The category's code.</param>
/// <param name="Name">The category's name.</param>
/// <param name="ItemCodes">The codes of the items in the category.</param>
/// <param name="Provenance">Whether the grouping is official, reported or a placeholder.</param>
/// <param name="Citation">The source of the grouping, when named.</param>
/// <param name="Note">A note on the grouping.</param>
/// <param name="Layer">The layer that defined the categories.</param>
public sealed record CatalogueCategory(string Code, LocalizedText Name, IReadOnlyList<string> ItemCodes, Provenance Provenance, Citation? Citation, string? Note, string Layer);

/// <summary>What changed in a catalogue between two dates (the lists' dynamic adjustment, 动态调整).</summary>
/// <param name="From">The earlier date.</param>
/// <param name="To">The later date.</param>
/// <param name="Added">Items in force on <paramref name="To"/> that were not on <paramref name="From"/>.</param>
/// <param name="Retired">Items in force on <paramref name="From"/> that are not on <paramref name="To"/>.</param>
/// <param name="Changed">Items in force on both dates in different versions: (before, after).</param>
public sealed record CatalogueChanges(
    LocalDate From,
    LocalDate To,
    IReadOnlyList<CatalogueItem> Added,
    IReadOnlyList<CatalogueItem> Retired,
    IReadOnlyList<(CatalogueItem Before, CatalogueItem After)> Changed);

/// <summary>
/// A dated catalogue (名录/清单) merged from a pack's layers: its lists, every version of every item, and any
/// categories. Immutable and thread-safe.
/// </summary>
public sealed class Catalogue
{
    private readonly FrozenDictionary<string, CatalogueItem[]> _versions;
    private readonly FrozenDictionary<string, CatalogueList> _lists;

    internal Catalogue(string id, LocalizedText name, IReadOnlyList<CatalogueList> lists, IReadOnlyList<CatalogueItem> items, IReadOnlyList<CatalogueCategory> categories)
    {
        Id = id;
        Name = name;
        Lists = lists;
        Items = items;
        Categories = categories;
        _lists = lists.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);
        _versions = items.GroupBy(i => i.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(i => i.EffectiveFrom).ToArray(), StringComparer.Ordinal);
        ChangeDates = [.. items.SelectMany(i => i.EffectiveUntil is { } u ? new[] { i.EffectiveFrom, u } : [i.EffectiveFrom]).Distinct().Order()];
    }

    /// <summary>The catalogue's id, for example <c>admission</c> or <c>certification</c>.</summary>
    public string Id { get; }

    /// <summary>The catalogue's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The lists, in declaration order.</summary>
    public IReadOnlyList<CatalogueList> Lists { get; }

    /// <summary>Every version of every item, ordered by code and date.</summary>
    public IReadOnlyList<CatalogueItem> Items { get; }

    /// <summary>The categories (empty when the catalogue has none).</summary>
    public IReadOnlyList<CatalogueCategory> Categories { get; }

    /// <summary>Every date on which an item version starts or ends, ascending.</summary>
    public IReadOnlyList<LocalDate> ChangeDates { get; }

    /// <summary>The list with <paramref name="code"/>, or null.</summary>
    /// <param name="code">The list code.</param>
    /// <returns>The list or null.</returns>
    public CatalogueList? List(string code) => _lists.GetValueOrDefault(Guard.NotNull(code));

    /// <summary>The version of item <paramref name="code"/> in force on <paramref name="date"/>, or null; allocation-free.</summary>
    /// <param name="code">The item code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The version or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public CatalogueItem? Find(string code, LocalDate date)
    {
        Guard.NotNull(code);
        if (!_versions.TryGetValue(code, out var versions))
        {
            return null;
        }

        foreach (var v in versions)
        {
            if (v.IsInForce(date))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Every version of item <paramref name="code"/>, by date (empty when unknown).</summary>
    /// <param name="code">The item code.</param>
    /// <returns>The versions.</returns>
    public IReadOnlyList<CatalogueItem> Versions(string code) => _versions.GetValueOrDefault(Guard.NotNull(code)) ?? [];

    /// <summary>The items in force on <paramref name="date"/>, ordered by code; on <paramref name="listCode"/> only when given.</summary>
    /// <param name="date">The date.</param>
    /// <param name="listCode">A list code, or null for every list.</param>
    /// <returns>The items in force.</returns>
    public IReadOnlyList<CatalogueItem> InForce(LocalDate date, string? listCode = null) =>
        [.. Items.Where(i => i.IsInForce(date) && (listCode is null || i.ListCode == listCode)).OrderBy(i => i.Code, StringComparer.Ordinal)];

    /// <summary>What changed between <paramref name="from"/> and <paramref name="to"/>: added, retired and changed items.</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date (may equal <paramref name="from"/>; then nothing changed).</param>
    /// <returns>The changes, each list ordered by code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public CatalogueChanges Changes(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The later date is before the earlier one.");
        }

        var before = InForce(from).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var after = InForce(to).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var added = after.Values.Where(i => !before.ContainsKey(i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal).ToArray();
        var retired = before.Values.Where(i => !after.ContainsKey(i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal).ToArray();
        var changed = before.Values
            .Where(i => after.TryGetValue(i.Code, out var a) && !ReferenceEquals(a, i))
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => (i, after[i.Code]))
            .ToArray();
        return new CatalogueChanges(from, to, added, retired, changed);
    }
}

/// <summary>The catalogues of a pack by id (the pack's <c>catalogues</c> section).</summary>
public sealed class CatalogueSet
{
    /// <summary>A set with no catalogues.</summary>
    public static readonly CatalogueSet Empty = new(FrozenDictionary<string, Catalogue>.Empty);

    internal CatalogueSet(FrozenDictionary<string, Catalogue> catalogues) => ById = catalogues;

    /// <summary>The catalogues by id.</summary>
    public IReadOnlyDictionary<string, Catalogue> ById { get; }

    /// <summary>The catalogue with <paramref name="id"/>, or null.</summary>
    /// <param name="id">The catalogue id.</param>
    /// <returns>The catalogue or null.</returns>
    public Catalogue? this[string id] => ById.GetValueOrDefault(Guard.NotNull(id));
}
