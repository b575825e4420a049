using System.Text;
using System.Text.Json;
using Governance.Rules.Localization;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.Packs;

// Strict JSON helpers of the loader: fields once, expected kinds, dates in the window, texts in both languages, canonical form.
internal static partial class RulePackLoader
{
    internal static IEnumerable<(string Name, JsonElement Value)> Properties(JsonValueContext ctx, List<PackLoadError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in ctx.Element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                // Reported once for the whole document by PackJson.DuplicateKeys, at any depth.
                continue;
            }

            yield return (property.Name, property.Value);
        }
    }

    internal static bool ExpectObject(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (ctx.Element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        errors.Add(ctx.Error("PACK_EXPECTED_OBJECT", "expected a JSON object"));
        return false;
    }

    internal static string? ReadString(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (ctx.Element.ValueKind == JsonValueKind.String)
        {
            return ctx.Element.GetString();
        }

        errors.Add(ctx.Error("PACK_EXPECTED_STRING", "expected a string"));
        return null;
    }

    internal static LocalDate? ReadDate(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (ReadString(ctx, errors) is not { } text)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && PackDates.OutOfRange(parsed.Value) is { } why)
        {
            errors.Add(ctx.Error("PACK_DATE_OUT_OF_RANGE", why));
            return null;
        }

        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(ctx.Error("PACK_INVALID_DATE", $"'{text}' is not a date in the form yyyy-MM-dd"));
        return null;
    }

    internal static LocalizedText? ReadText(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (!ExpectObject(ctx, errors))
        {
            return null;
        }

        string? zh = null, en = null;
        foreach (var (field, value) in Properties(ctx, errors))
        {
            var f = ctx.Property(field, value);
            switch (field)
            {
                case "zh-Hans": zh = ReadString(f, errors); break;
                case "en": en = ReadString(f, errors); break;
                default: errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown language '{field}' (zh-Hans and en are read)")); break;
            }
        }

        if (zh is null || en is null)
        {
            errors.Add(ctx.Error("PACK_FIELD_MISSING", "a name needs both 'zh-Hans' and 'en'"));
            return null;
        }

        return new LocalizedText(zh, en);
    }

    /// <summary>Canonical JSON: object members sorted by ordinal name, no insignificant white space.</summary>
    internal static readonly JsonWriterOptions CanonicalWriter = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Canonical(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CanonicalWriter))
        {
            WriteCanonical(writer, element);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var p in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(p.Name);
                    WriteCanonical(writer, p.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
