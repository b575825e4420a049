using System.Text.Json;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.Packs;

// Reads the "parameters" of a pack document: each parameter's name, unit and dated entries.
internal static partial class RulePackLoader
{
    private static void ReadParameters(RawLayer layer, JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (!ExpectObject(ctx, errors))
        {
            return;
        }

        foreach (var (key, value) in Properties(ctx, errors))
        {
            var p = ctx.Property(key, value);
            if (!KnownPackContent.Parameters.ContainsKey(key))
            {
                errors.Add(p.Error("PACK_UNKNOWN_PARAMETER", $"the library defines no parameter '{key}'"));
                continue;
            }

            if (layer.Parameters.ContainsKey(key))
            {
                errors.Add(p.Error("PACK_DUPLICATE_PARAMETER", $"parameter '{key}' is defined twice in this layer"));
                continue;
            }

            if (!ExpectObject(p, errors))
            {
                continue;
            }

            LocalizedText? name = null;
            string? unit = null;
            var entries = new List<RawEntry>();
            var sawValues = false;
            foreach (var (field, fv) in Properties(p, errors))
            {
                var f = p.Property(field, fv);
                switch (field)
                {
                    case "name": name = ReadText(f, errors); break;
                    case "unit": unit = ReadString(f, errors); break;
                    case "description": ReadString(f, errors); break;
                    case "values":
                        sawValues = true;
                        ReadEntries(f, entries, errors);
                        break;
                    default:
                        errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'"));
                        break;
                }
            }

            if (unit is null)
            {
                errors.Add(p.Error("PACK_FIELD_MISSING", "a parameter needs 'unit'"));
            }

            if (!sawValues || entries.Count == 0)
            {
                errors.Add(p.Error("PACK_FIELD_MISSING", "a parameter needs at least one entry in 'values'"));
            }

            for (var i = 1; i < entries.Count; i++)
            {
                if (entries[i].From <= entries[i - 1].From)
                {
                    errors.Add(new PackLoadError("PACK_DATES_UNORDERED", p.Source, entries[i].Path + ".from", "entries must be in strictly increasing date order (no two entries on one date)"));
                }
            }

            layer.Parameters.Add(key, new RawParameter(key, name, unit ?? string.Empty, entries, p.Source, p.Path));
            layer.CanonicalParameters[key] = value.Clone();
        }
    }

    private static void ReadEntries(JsonValueContext ctx, List<RawEntry> entries, List<PackLoadError> errors)
    {
        if (ctx.Element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(ctx.Error("PACK_EXPECTED_ARRAY", "'values' must be an array"));
            return;
        }

        var index = 0;
        foreach (var item in ctx.Element.EnumerateArray())
        {
            var e = ctx.Item(index++, item);
            if (!ExpectObject(e, errors))
            {
                continue;
            }

            LocalDate? from = null;
            LocalDate? confirmed = null;
            JsonElement? value = null;
            var sawValue = false;
            Provenance? provenance = null;
            string? citation = null, article = null, note = null;
            foreach (var (field, fv) in Properties(e, errors))
            {
                var f = e.Property(field, fv);
                switch (field)
                {
                    case "from": from = ReadDate(f, errors); break;
                    case "confirmed": confirmed = ReadDate(f, errors); break;
                    case "value":
                        sawValue = true;
                        value = fv.ValueKind == JsonValueKind.Null ? null : fv.Clone();
                        break;
                    case "provenance":
                        var word = ReadString(f, errors);
                        provenance = word switch
                        {
                            "official" => Provenance.Official,
                            "reported" => Provenance.Reported,
                            "placeholder" => Provenance.Placeholder,
                            null => null,
                            _ => Invalid(f, errors, "PACK_INVALID_PROVENANCE", "provenance is one of: official, reported, placeholder"),
                        };
                        break;
                    case "citation": citation = ReadString(f, errors); break;
                    case "article": article = ReadString(f, errors); break;
                    case "note": note = ReadString(f, errors); break;
                    default:
                        errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'"));
                        break;
                }
            }

            if (from is null)
            {
                if (!e.Element.TryGetProperty("from", out _))
                {
                    errors.Add(e.Error("PACK_FIELD_MISSING", "an entry needs 'from' (yyyy-MM-dd)"));
                }

                continue;
            }

            if (!sawValue)
            {
                errors.Add(e.Error("PACK_FIELD_MISSING", "an entry needs 'value' (null ends the parameter)"));
                continue;
            }

            if (value is not null && provenance is null && !e.Element.TryGetProperty("provenance", out _))
            {
                errors.Add(e.Error("PACK_MISSING_PROVENANCE", "a value needs 'provenance': official, reported or placeholder"));
            }

            if (value is not null && citation is null && !e.Element.TryGetProperty("citation", out _))
            {
                errors.Add(e.Error("PACK_MISSING_CITATION", "a value needs 'citation' naming a declared citation"));
            }

            entries.Add(new RawEntry(from.Value, value, provenance ?? Provenance.Placeholder, citation, article, note, confirmed, e.Path));
        }
    }

    private static Provenance? Invalid(JsonValueContext ctx, List<PackLoadError> errors, string code, string message)
    {
        errors.Add(ctx.Error(code, message));
        return null;
    }
}
