using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.Catalogues;

// Reading a layer's catalogue items: codes, names, aliases, dates, details and their provenance.
internal sealed partial class CatalogueSection
{
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
}
