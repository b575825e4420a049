using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using NodaTime;

namespace Governance.Rules.Catalogues;

/// <summary>
/// The <c>catalogues</c> section of pack documents: dated catalogues whose items carry their citation.
/// A lower layer may add items, retire them (<c>"retire": "yyyy-MM-dd"</c>) or override them (a new version
/// of the same code replaces the parent's versions from its first date on).
/// </summary>
/// <remarks>
/// Rejected as load errors with file and JSON path: an item on two lists on the same date, overlapping
/// versions of one item, a name or alias shared by two items in force on a common date, unknown lists,
/// kinds, details or citations, and malformed fields.
/// </remarks>
internal sealed partial class CatalogueSection : PackSection
{
    public const string SectionName = "catalogues";

    [GeneratedRegex(@"^[a-z0-9]+(?:[.-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    public override string Name => SectionName;

    public override object CreateLayerState() => new Dictionary<string, RawCatalogue>(StringComparer.Ordinal);

    public override void Read(object layerState, JsonValueContext section, List<PackLoadError> errors)
    {
        var state = (Dictionary<string, RawCatalogue>)layerState;
        if (!RulePackLoader.ExpectObject(section, errors))
        {
            return;
        }

        foreach (var (id, value) in RulePackLoader.Properties(section, errors))
        {
            var c = section.Property(id, value);
            if (!CatalogueKinds.Schemas.TryGetValue(id, out var schema))
            {
                errors.Add(c.Error("PACK_CATALOGUE_UNKNOWN", $"the library defines no catalogue '{id}'; known: {string.Join(", ", CatalogueKinds.Schemas.Keys.Order(StringComparer.Ordinal))}"));
                continue;
            }

            if (!RulePackLoader.ExpectObject(c, errors))
            {
                continue;
            }

            if (!state.TryGetValue(id, out var raw))
            {
                raw = new RawCatalogue(id);
                state.Add(id, raw);
            }

            foreach (var (field, fv) in RulePackLoader.Properties(c, errors))
            {
                var f = c.Property(field, fv);
                switch (field)
                {
                    case "name":
                        if (raw.Name is not null)
                        {
                            errors.Add(f.Error("PACK_DUPLICATE_FIELD", $"catalogue '{id}' is named twice in this layer"));
                        }

                        raw.Name = RulePackLoader.ReadText(f, errors);
                        raw.NameUnread |= raw.Name is null;
                        break;
                    case "description":
                        RulePackLoader.ReadString(f, errors);
                        break;
                    case "lists":
                        ReadLists(raw, f, schema.ListKinds, errors);
                        break;
                    case "categories":
                        if (raw.Categories is not null)
                        {
                            errors.Add(f.Error("PACK_DUPLICATE_FIELD", $"catalogue '{id}' has categories twice in this layer"));
                        }

                        raw.Categories = ReadCategories(f, errors);
                        break;
                    case "items":
                        ReadItems(raw, f, schema.DetailKeys, errors);
                        break;
                    default:
                        errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'"));
                        break;
                }
            }
        }
    }

    private static void ReadLists(RawCatalogue raw, JsonValueContext ctx, FrozenSet<string> kinds, List<PackLoadError> errors)
    {
        if (!RulePackLoader.ExpectObject(ctx, errors))
        {
            return;
        }

        foreach (var (code, value) in RulePackLoader.Properties(ctx, errors))
        {
            var l = ctx.Property(code, value);
            CheckCode(l, code, errors);
            if (!RulePackLoader.ExpectObject(l, errors))
            {
                continue;
            }

            LocalizedText? name = null;
            string? kind = null;
            foreach (var (field, fv) in RulePackLoader.Properties(l, errors))
            {
                var f = l.Property(field, fv);
                switch (field)
                {
                    case "name": name = RulePackLoader.ReadText(f, errors); break;
                    case "kind":
                        kind = RulePackLoader.ReadString(f, errors);
                        if (kind is not null && !kinds.Contains(kind))
                        {
                            errors.Add(f.Error("PACK_CATALOGUE_KIND_UNKNOWN", $"unknown list kind '{kind}'; this catalogue allows: {string.Join(", ", kinds.Order(StringComparer.Ordinal))}"));
                            kind = null;
                        }

                        break;
                    case "note": RulePackLoader.ReadString(f, errors); break;
                    default: errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'")); break;
                }
            }

            if (name is null || kind is null)
            {
                errors.Add(l.Error("PACK_FIELD_MISSING", "a list needs 'name' and 'kind'"));
                continue;
            }

            if (!raw.Lists.TryAdd(code, (name, kind, l)))
            {
                errors.Add(l.Error("PACK_DUPLICATE_FIELD", $"list '{code}' is declared twice in this layer"));
            }
        }
    }

    /// <summary>True when 'items' is there but is not a list of codes (already reported where it is wrong).</summary>
    private static bool HasBadItems(JsonValueContext category) =>
        category.Element.TryGetProperty("items", out var items)
        && (items.ValueKind != JsonValueKind.Array || items.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String));

    private static List<RawCategory>? ReadCategories(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (ctx.Element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(ctx.Error("PACK_EXPECTED_ARRAY", "'categories' must be an array"));
            return null;
        }

        var list = new List<RawCategory>();
        var index = 0;
        foreach (var item in ctx.Element.EnumerateArray())
        {
            var c = ctx.Item(index++, item);
            if (!RulePackLoader.ExpectObject(c, errors))
            {
                continue;
            }

            string? code = null, citation = null, note = null;
            LocalizedText? name = null;
            Provenance? provenance = null;
            var items = new List<string>();
            foreach (var (field, fv) in RulePackLoader.Properties(c, errors))
            {
                var f = c.Property(field, fv);
                switch (field)
                {
                    case "code":
                        code = RulePackLoader.ReadString(f, errors);
                        if (code is not null)
                        {
                            CheckCode(f, code, errors);
                        }

                        break;
                    case "name": name = RulePackLoader.ReadText(f, errors); break;
                    case "provenance": provenance = ReadProvenance(f, errors); break;
                    case "citation": citation = RulePackLoader.ReadString(f, errors); break;
                    case "note": note = RulePackLoader.ReadString(f, errors); break;
                    case "items":
                        if (fv.ValueKind != JsonValueKind.Array)
                        {
                            errors.Add(f.Error("PACK_EXPECTED_ARRAY", "'items' must be an array of item codes"));
                            break;
                        }

                        var i = 0;
                        foreach (var code2 in fv.EnumerateArray())
                        {
                            if (RulePackLoader.ReadString(f.Item(i++, code2), errors) is { } s)
                            {
                                items.Add(s);
                            }
                        }

                        break;
                    default: errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'")); break;
                }
            }

            if (code is null || name is null || provenance is null)
            {
                errors.Add(c.Error("PACK_FIELD_MISSING", "a category needs 'code', 'name' and 'provenance'"));
                continue;
            }

            if (items.Count == 0 && !HasBadItems(c))
            {
                errors.Add((c.Element.TryGetProperty("items", out _) ? c.Property("items", c.Element.GetProperty("items")) : c)
                    .Error("PACK_CATALOGUE_CATEGORY_EMPTY", $"category '{code}' has no items: list the codes of its items in 'items', or remove the category"));
                continue;
            }

            list.Add(new RawCategory(code, name, items, provenance.Value, citation, note, c));
        }

        return list;
    }

    private static void ReadItems(RawCatalogue raw, JsonValueContext ctx, FrozenSet<string> detailKeys, List<PackLoadError> errors)
    {
        if (ctx.Element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(ctx.Error("PACK_EXPECTED_ARRAY", "'items' must be an array"));
            return;
        }

        var index = 0;
        foreach (var element in ctx.Element.EnumerateArray())
        {
            var e = ctx.Item(index++, element);
            if (!RulePackLoader.ExpectObject(e, errors))
            {
                continue;
            }

            var item = new RawItem { Context = e };
            var before = errors.Count;
            foreach (var (field, fv) in RulePackLoader.Properties(e, errors))
            {
                var f = e.Property(field, fv);
                switch (field)
                {
                    case "code":
                        item.Code = RulePackLoader.ReadString(f, errors);
                        if (item.Code is not null)
                        {
                            CheckCode(f, item.Code, errors);
                        }

                        break;
                    case "list": item.List = RulePackLoader.ReadString(f, errors); break;
                    case "name": item.Name = RulePackLoader.ReadText(f, errors); break;
                    case "aliases": ReadAliases(item, f, errors); break;
                    case "from": item.From = RulePackLoader.ReadDate(f, errors); break;
                    case "until":
                        if (fv.ValueKind != JsonValueKind.Null)
                        {
                            item.Until = RulePackLoader.ReadDate(f, errors);
                        }

                        break;
                    case "retire": item.Retire = RulePackLoader.ReadDate(f, errors); break;
                    case "citation": item.Citation = RulePackLoader.ReadString(f, errors); break;
                    case "article": item.Article = RulePackLoader.ReadString(f, errors); break;
                    case "provenance": item.Provenance = ReadProvenance(f, errors); break;
                    case "note": item.Note = RulePackLoader.ReadString(f, errors); break;
                    case "details": ReadDetails(item, f, detailKeys, errors); break;
                    default: errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'")); break;
                }
            }

            // A field present but unreadable is reported where it stands; only an absent one is reported as missing.
            if (Absent(element, "code", "citation", "provenance"))
            {
                errors.Add(e.Error("PACK_FIELD_MISSING", "an item needs 'code', 'citation' and 'provenance'"));
            }

            if (element.TryGetProperty("retire", out _))
            {
                if (item.List is not null || item.Name is not null || item.From is not null || item.Until is not null || item.Details.Count > 0 || item.AliasesZh.Count > 0 || item.AliasesEn.Count > 0)
                {
                    errors.Add(e.Error("PACK_CATALOGUE_RETIRE_FIELDS", "a retiring entry holds only 'code', 'retire', 'citation', 'article', 'provenance' and 'note'"));
                }
            }
            else if (Absent(element, "list", "name", "from"))
            {
                errors.Add(e.Error("PACK_FIELD_MISSING", "an item needs 'list', 'name' and 'from' (or 'retire' to end it)"));
            }
            else if (item.Until is { } until && until <= item.From)
            {
                errors.Add(e.Property("until", element.GetProperty("until")).Error("PACK_CATALOGUE_DATES", "'until' (exclusive) must be after 'from'"));
            }

            if (errors.Count > before)
            {
                // Read with an error already reported: left out, so categories naming it do not report it again.
                raw.UnreadCodes.Add(item.Code ?? string.Empty);
                continue;
            }

            raw.Items.Add(item);
        }
    }

    private static bool Absent(JsonElement element, params string[] fields) => fields.Any(f => !element.TryGetProperty(f, out _));

    private static void ReadAliases(RawItem item, JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (!RulePackLoader.ExpectObject(ctx, errors))
        {
            return;
        }

        foreach (var (lang, value) in RulePackLoader.Properties(ctx, errors))
        {
            var l = ctx.Property(lang, value);
            var target = lang switch
            {
                "zh-Hans" => item.AliasesZh,
                "en" => item.AliasesEn,
                _ => null,
            };
            if (target is null)
            {
                errors.Add(l.Error("PACK_UNKNOWN_FIELD", $"unknown language '{lang}' (zh-Hans and en are read)"));
                continue;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                errors.Add(l.Error("PACK_EXPECTED_ARRAY", "aliases are an array of strings"));
                continue;
            }

            var i = 0;
            foreach (var a in value.EnumerateArray())
            {
                if (RulePackLoader.ReadString(l.Item(i++, a), errors) is { } s)
                {
                    target.Add(s);
                }
            }
        }
    }

    private static void ReadDetails(RawItem item, JsonValueContext ctx, FrozenSet<string> keys, List<PackLoadError> errors)
    {
        if (!RulePackLoader.ExpectObject(ctx, errors))
        {
            return;
        }

        foreach (var (key, value) in RulePackLoader.Properties(ctx, errors))
        {
            var d = ctx.Property(key, value);
            if (!keys.Contains(key))
            {
                errors.Add(d.Error("PACK_CATALOGUE_DETAIL_UNKNOWN", $"unknown detail '{key}'; this catalogue allows: {string.Join(", ", keys.Order(StringComparer.Ordinal))}"));
                continue;
            }

            if (!RulePackLoader.ExpectObject(d, errors))
            {
                continue;
            }

            string? zh = null, en = null, citation = null, note = null;
            Provenance? provenance = null;
            foreach (var (field, fv) in RulePackLoader.Properties(d, errors))
            {
                var f = d.Property(field, fv);
                switch (field)
                {
                    case "zh-Hans": zh = RulePackLoader.ReadString(f, errors); break;
                    case "en": en = RulePackLoader.ReadString(f, errors); break;
                    case "provenance": provenance = ReadProvenance(f, errors); break;
                    case "citation": citation = RulePackLoader.ReadString(f, errors); break;
                    case "note": note = RulePackLoader.ReadString(f, errors); break;
                    default: errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'")); break;
                }
            }

            if (zh is null || en is null || provenance is null)
            {
                errors.Add(d.Error("PACK_FIELD_MISSING", "a detail needs 'zh-Hans', 'en' and 'provenance'"));
                continue;
            }

            item.Details[key] = new RawDetail(new LocalizedText(zh, en), provenance.Value, citation, note, d);
        }
    }

    private static Provenance? ReadProvenance(JsonValueContext ctx, List<PackLoadError> errors)
    {
        var word = RulePackLoader.ReadString(ctx, errors);
        Provenance? p = word switch
        {
            "official" => Provenance.Official,
            "reported" => Provenance.Reported,
            "placeholder" => Provenance.Placeholder,
            null => null,
            _ => null,
        };
        if (word is not null && p is null)
        {
            errors.Add(ctx.Error("PACK_INVALID_PROVENANCE", "provenance is one of: official, reported, placeholder"));
        }

        return p;
    }

    private static void CheckCode(JsonValueContext ctx, string code, List<PackLoadError> errors)
    {
        if (!CodePattern().IsMatch(code))
        {
            errors.Add(ctx.Error("PACK_INVALID_ID", "a code is lower-case letters and digits separated by '.' or '-'"));
        }
    }

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
            errors.Add(new PackLoadError("PACK_FIELD_MISSING", where.Layer.Source, "$.catalogues." + id, $"catalogue '{id}' needs a 'name' in the first layer that defines it"));
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

    internal sealed class RawCatalogue(string id)
    {
        public string Id { get; } = id;

        public LocalizedText? Name { get; set; }

        public Dictionary<string, (LocalizedText Name, string Kind, JsonValueContext Context)> Lists { get; } = new(StringComparer.Ordinal);

        public List<RawCategory>? Categories { get; set; }

        public List<RawItem> Items { get; } = [];

        /// <summary>The codes of items left out because reading them found an error (empty when the code itself was unreadable).</summary>
        public HashSet<string> UnreadCodes { get; } = new(StringComparer.Ordinal);

        /// <summary>True when a layer's 'name' of the catalogue could not be read.</summary>
        public bool NameUnread { get; set; }
    }

    internal sealed record RawCategory(string Code, LocalizedText Name, List<string> Items, Provenance Provenance, string? Citation, string? Note, JsonValueContext Context);

    internal sealed record RawDetail(LocalizedText Text, Provenance Provenance, string? Citation, string? Note, JsonValueContext Context);

    internal sealed class RawItem
    {
        public JsonValueContext Context { get; init; }

        public string? Code { get; set; }

        public string? List { get; set; }

        public LocalizedText? Name { get; set; }

        public List<string> AliasesZh { get; } = [];

        public List<string> AliasesEn { get; } = [];

        public LocalDate? From { get; set; }

        public LocalDate? Until { get; set; }

        public LocalDate? Retire { get; set; }

        public string? Citation { get; set; }

        public string? Article { get; set; }

        public Provenance? Provenance { get; set; }

        public string? Note { get; set; }

        public Dictionary<string, RawDetail> Details { get; } = new(StringComparer.Ordinal);
    }
}
