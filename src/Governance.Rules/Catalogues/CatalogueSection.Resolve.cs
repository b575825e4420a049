using System.Collections.Frozen;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using NodaTime;

namespace Governance.Rules.Catalogues;

// Resolving a catalogue through the layer chain: versions, retirements, overrides, citations and shared names.
internal sealed partial class CatalogueSection
{
    // ---- Resolution -----------------------------------------------------------------------------------

    public override object? Resolve(IReadOnlyList<SectionLayer> chain, List<PackLoadError> errors)
    {
        var before = errors.Count;
        var ids = chain.SelectMany(l => ((Dictionary<string, RawCatalogue>)l.State).Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var catalogues = new Dictionary<string, Catalogue>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (ResolveCatalogue(id, chain, errors) is { } catalogue)
            {
                catalogues.Add(id, catalogue);
            }
        }

        CheckTerms(catalogues.Values, errors);
        return errors.Count == before ? new CatalogueSet(catalogues.ToFrozenDictionary(StringComparer.Ordinal)) : null;
    }

    private static Catalogue? ResolveCatalogue(string id, IReadOnlyList<SectionLayer> chain, List<PackLoadError> errors)
    {
        var before = errors.Count;
        LocalizedText? name = null;
        var lists = new Dictionary<string, CatalogueList>(StringComparer.Ordinal);
        var listOrder = new List<string>();
        (List<RawCategory> Categories, SectionLayer Layer)? categories = null;
        var versions = new Dictionary<string, List<Version>>(StringComparer.Ordinal);
        var unread = new HashSet<string>(StringComparer.Ordinal);
        var nameUnread = false;

        foreach (var layer in chain)
        {
            if (!((Dictionary<string, RawCatalogue>)layer.State).TryGetValue(id, out var raw))
            {
                continue;
            }

            name = raw.Name ?? name;
            foreach (var (code, (listName, kind, ctx)) in raw.Lists)
            {
                if (lists.TryGetValue(code, out var existing) && existing.Kind != kind)
                {
                    errors.Add(ctx.Error("PACK_CATALOGUE_KIND_MISMATCH", $"list '{code}' is of kind '{existing.Kind}' in layer '{existing.Layer}'; a layer may rename a list but not change its kind"));
                    continue;
                }

                if (!lists.ContainsKey(code))
                {
                    listOrder.Add(code);
                }

                lists[code] = new CatalogueList(code, listName, kind, layer.Layer.Id);
            }

            if (raw.Categories is not null)
            {
                categories = (raw.Categories, layer);
            }

            unread.UnionWith(raw.UnreadCodes);
            nameUnread |= raw.NameUnread;
            var sound = raw.Items.Where(i => !layer.IsDamaged(i.Context.Source, i.Context.Path)).ToList();
            unread.UnionWith(raw.Items.Except(sound).Select(i => i.Code!));
            foreach (var group in sound.GroupBy(i => i.Code!, StringComparer.Ordinal))
            {
                var own = group.OrderBy(i => i.Retire ?? i.From!.Value).ToList();

                // Within one layer, versions of one item must not overlap (which also keeps it off two lists at once).
                var spans = own.Where(i => i.Retire is null).ToList();
                for (var k = 1; k < spans.Count; k++)
                {
                    var a = spans[k - 1];
                    var b = spans[k];
                    if (a.Until is not { } aUntil || aUntil > b.From!.Value)
                    {
                        errors.Add(b.Context.Error(
                            a.List != b.List ? "PACK_CATALOGUE_TWO_LISTS" : "PACK_CATALOGUE_OVERLAP",
                            a.List != b.List
                                ? $"item '{group.Key}' would be on lists '{a.List}' and '{b.List}' on the same date ({b.From!.Value:yyyy-MM-dd})"
                                : $"versions of item '{group.Key}' overlap from {b.From!.Value:yyyy-MM-dd}; end the earlier one with 'until'"));
                    }
                }

                var first = own[0].Retire ?? own[0].From!.Value;
                var merged = versions.TryGetValue(group.Key, out var parentVersions)
                    ? parentVersions.Where(v => v.From < first).Select(v => v.EndBy(first)).ToList()
                    : [];
                if (merged.Count == 0 && parentVersions is null && own.All(i => i.Retire is not null))
                {
                    errors.Add(own[0].Context.Error("PACK_CATALOGUE_RETIRE_UNKNOWN", $"item '{group.Key}' is retired but no layer defines it"));
                    continue;
                }

                foreach (var item in own)
                {
                    if (item.Retire is { } retire)
                    {
                        merged = [.. merged.Where(v => v.From < retire).Select(v => v.EndBy(retire))];
                        ResolveCitation(item.Citation!, item.Context, layer, errors);
                    }
                    else
                    {
                        merged.Add(new Version(item, layer, item.From!.Value, item.Until));
                    }
                }

                versions[group.Key] = merged;
            }
        }

        if (name is null && nameUnread)
        {
            return null;
        }

        if (name is null)
        {
            var where = chain.First(l => ((Dictionary<string, RawCatalogue>)l.State).ContainsKey(id));
            errors.Add(new PackLoadError("PACK_FIELD_MISSING", where.Layer.Source, JsonPaths.Property("$.catalogues", id), $"catalogue '{id}' needs a 'name' in the first layer that defines it"));
            return null;
        }

        var items = new List<CatalogueItem>();
        foreach (var (code, list) in versions.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            foreach (var v in list.OrderBy(v => v.From))
            {
                var raw = v.Item;
                if (!lists.ContainsKey(raw.List!))
                {
                    errors.Add(raw.Context.Error("PACK_CATALOGUE_LIST_UNKNOWN", $"list '{raw.List}' is not declared in catalogue '{id}'; known: {string.Join(", ", listOrder)}"));
                    continue;
                }

                var citation = ResolveCitation(raw.Citation!, raw.Context, v.Layer, errors)?.ForArticle(raw.Article);
                var details = new Dictionary<string, CatalogueDetail>(StringComparer.Ordinal);
                foreach (var (key, d) in raw.Details)
                {
                    var dc = d.Citation is null ? null : ResolveCitation(d.Citation, d.Context, v.Layer, errors);
                    details[key] = new CatalogueDetail(d.Text, d.Provenance, dc, d.Note);
                }

                items.Add(new CatalogueItem(
                    id,
                    code,
                    raw.List!,
                    raw.Name!,
                    [.. raw.AliasesZh],
                    [.. raw.AliasesEn],
                    v.From,
                    v.Until,
                    v.Layer.Layer.Id,
                    citation,
                    raw.Provenance!.Value,
                    raw.Note,
                    details.ToFrozenDictionary(StringComparer.Ordinal))
                {
                    Origin = (raw.Context.Source, raw.Context.Path),
                });
            }
        }

        var resolvedCategories = new List<CatalogueCategory>();
        if (categories is { } cats)
        {
            var codes = items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
            var assigned = new Dictionary<string, CatalogueCategory>(StringComparer.Ordinal);
            var seenCodes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in cats.Categories)
            {
                if (!seenCodes.Add(c.Code))
                {
                    errors.Add(c.Context.Error("PACK_CATALOGUE_CATEGORY_DUPLICATE", $"category '{c.Code}' is declared twice"));
                    continue;
                }

                var citation = c.Citation is null ? null : ResolveCitation(c.Citation, c.Context, cats.Layer, errors);
                var category = new CatalogueCategory(c.Code, c.Name, [.. c.Items], c.Provenance, citation, c.Note, cats.Layer.Layer.Id);
                foreach (var itemCode in c.Items)
                {
                    if (!codes.Contains(itemCode))
                    {
                        if (unread.Contains(itemCode))
                        {
                            continue;
                        }

                        errors.Add(c.Context.Error("PACK_CATALOGUE_CATEGORY_ITEM_UNKNOWN", $"category '{c.Code}' names item '{itemCode}', which catalogue '{id}' does not hold"));
                    }
                    else if (!assigned.TryAdd(itemCode, category))
                    {
                        errors.Add(c.Context.Error("PACK_CATALOGUE_CATEGORY_DUPLICATE", $"item '{itemCode}' is in categories '{assigned[itemCode].Code}' and '{c.Code}'"));
                    }
                }

                resolvedCategories.Add(category);
            }

            foreach (var item in items)
            {
                item.Category = assigned.GetValueOrDefault(item.Code);
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Catalogue(id, name, [.. listOrder.Select(c => lists[c])], items, resolvedCategories);
    }

    private static Citation? ResolveCitation(string id, JsonValueContext ctx, SectionLayer layer, List<PackLoadError> errors)
    {
        var citation = layer.FindCitation(id);
        if (citation is null)
        {
            errors.Add(new PackLoadError("PACK_CITATION_UNKNOWN", ctx.Source, JsonPaths.Property(ctx.Path, "citation"), $"citation '{id}' is not declared in this layer or its ancestors"));
        }

        return citation;
    }

    /// <summary>Names and aliases must be long enough to match on, and no two items in force on a common date may share one.</summary>
    private static void CheckTerms(IEnumerable<Catalogue> catalogues, List<PackLoadError> errors)
    {
        var terms = new Dictionary<string, List<CatalogueItem>>(StringComparer.Ordinal);
        foreach (var item in catalogues.SelectMany(c => c.Items))
        {
            foreach (var term in Terms(item).Distinct(StringComparer.Ordinal))
            {
                if (term.Length < 2)
                {
                    errors.Add(new PackLoadError("PACK_CATALOGUE_ALIAS_TOO_SHORT", item.Origin.Source, item.Origin.Path, $"item '{item.Code}' has a name or alias shorter than two characters once normalised, which cannot be matched with confidence"));
                    continue;
                }

                if (!terms.TryGetValue(term, out var holders))
                {
                    terms[term] = holders = [];
                }

                foreach (var other in holders)
                {
                    if ((other.CatalogueId != item.CatalogueId || other.Code != item.Code) && Overlap(other, item))
                    {
                        errors.Add(new PackLoadError("PACK_CATALOGUE_ALIAS_SHARED", item.Origin.Source, item.Origin.Path, $"'{term}' names both '{other.CatalogueId}/{other.Code}' and '{item.CatalogueId}/{item.Code}' on a common date"));
                    }
                }

                holders.Add(item);
            }
        }
    }

    internal static IEnumerable<string> Terms(CatalogueItem item) =>
        new[] { item.Name.ZhHans, item.Name.En }.Concat(item.AliasesZhHans).Concat(item.AliasesEn).Select(CatalogueText.Normalize);

    private static bool Overlap(CatalogueItem a, CatalogueItem b) =>
        (a.EffectiveUntil is not { } au || b.EffectiveFrom < au) && (b.EffectiveUntil is not { } bu || a.EffectiveFrom < bu);

    private sealed record Version(RawItem Item, SectionLayer Layer, LocalDate From, LocalDate? Until)
    {
        public Version EndBy(LocalDate date) => Until is { } u && u <= date ? this : this with { Until = date };
    }
}
