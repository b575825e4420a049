using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

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
                // A name or kind given but wrong is reported where it is; only a missing one is reported here.
                if (Absent(l.Element, "name", "kind"))
                {
                    errors.Add(l.Error("PACK_FIELD_MISSING", "a list needs 'name' and 'kind'"));
                }

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
                // A field given but unreadable is reported where it is; only a missing one is reported here.
                if (Absent(c.Element, "code", "name", "provenance"))
                {
                    errors.Add(c.Error("PACK_FIELD_MISSING", "a category needs 'code', 'name' and 'provenance'"));
                }

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
}
