using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Results;

namespace Governance.Rules.Json;

/// <summary>The JSON of a result: valid, outcome or failures, warnings, explanation, stamp.</summary>
/// <remarks>
/// One writer makes both forms: <see cref="WriteBody{T}"/> streams the members straight into a caller's writer (batch lines,
/// service answers), and <see cref="From{T}"/> reads the same text back as a document, so the two never differ.
/// </remarks>
public static class ResultDocuments
{
    private static readonly JsonWriterOptions DocumentWriter = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A pack entry's value (canonical JSON text, one string instance per entry) read once and kept with the entry.</summary>
    private static readonly ConditionalWeakTable<string, StrongBox<JsonElement>> Values = [];

    /// <summary>A citation as an official writes it, made once per citation of a loaded pack.</summary>
    private static readonly ConditionalWeakTable<Citation, string> Citations = [];

    /// <summary>The result as JSON: valid, outcome or failures, warnings, explanation, stamp.</summary>
    /// <typeparam name="T">The outcome type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="language">The language of messages.</param>
    /// <returns>The document.</returns>
    public static JsonObject From<T>(RuleResult<T> result, Language language)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, DocumentWriter))
        {
            writer.WriteStartObject();
            WriteBody(writer, result, language);
            writer.WritePropertyName("stamp");
            JsonSerializer.Serialize(writer, result.Stamp, RulesJson.Compact);
            writer.WriteEndObject();
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    /// <summary>
    /// Writes the members of <see cref="From{T}"/> except <c>stamp</c> into an object the caller has opened: <c>valid</c>,
    /// <c>outcome</c> or <c>failures</c>, <c>warnings</c> (when any; <c>parameter</c> only for a warning about one),
    /// <c>explanation</c> (when asked).
    /// </summary>
    /// <typeparam name="T">The outcome type.</typeparam>
    /// <param name="writer">The writer, positioned inside an object.</param>
    /// <param name="result">The result.</param>
    /// <param name="language">The language of messages.</param>
    internal static void WriteBody<T>(Utf8JsonWriter writer, RuleResult<T> result, Language language)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteBoolean("valid", result.IsValid);
        if (result.Outcome is { } outcome)
        {
            writer.WritePropertyName("outcome");
            JsonSerializer.Serialize(writer, outcome, RulesJson.Compact);
        }
        else
        {
            writer.WriteStartArray("failures");
            foreach (var f in result.Failures)
            {
                writer.WriteStartObject();
                writer.WriteString("code", f.Code);
                writer.WriteString("path", InputErrors.JsonPath(f.PropertyPath));
                writer.WriteString("message", f.Message.Get(language));
                writer.WriteString("attemptedValue", f.AttemptedValue);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (result.Warnings.Count > 0)
        {
            writer.WriteStartArray("warnings");
            foreach (var w in result.Warnings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", w.Code);
                if (w.ParameterKey is not null)
                {
                    writer.WriteString("parameter", w.ParameterKey);
                }

                writer.WriteString("message", w.Message.Get(language));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (result.Explanation.Steps.Count > 0)
        {
            writer.WriteStartArray("explanation");
            foreach (var s in result.Explanation.Steps)
            {
                WriteStep(writer, s, language);
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteStep(Utf8JsonWriter writer, ExplanationStep step, Language language)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", step.RuleId);
        writer.WriteString("message", step.Message.Get(language));
        writer.WriteStartArray("parameters");
        foreach (var p in step.Parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("key", p.Key);
            writer.WritePropertyName("value");
            Values.GetValue(p.Value, static text => new StrongBox<JsonElement>(JsonElement.Parse(text))).Value.WriteTo(writer);
            writer.WriteString("unit", p.Unit);
            writer.WriteString("from", p.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("layer", p.Layer);
            writer.WriteString("provenance", ProvenanceText(p.Provenance));
            if (p.Citation is { } citation)
            {
                writer.WriteString("citation", Citations.GetValue(citation, static c => c.ToString()));
                writer.WriteString("url", citation.Url);
            }
            else
            {
                writer.WriteNull("citation");
                writer.WriteNull("url");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("values");
        foreach (var v in step.Values)
        {
            writer.WriteString(v.Name, v.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string ProvenanceText(Provenance provenance) => provenance switch
    {
        Provenance.Official => "official",
        Provenance.Reported => "reported",
        Provenance.Placeholder => "placeholder",
        _ => provenance.ToString().ToLowerInvariant(),
    };
}
