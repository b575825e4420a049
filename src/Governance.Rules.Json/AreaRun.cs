using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Results;

namespace Governance.Rules.Json;

/// <summary>One evaluation through an <see cref="AreaAdapter"/>: the result as a JSON document, its key figures and explanation steps.</summary>
public sealed class AreaRun
{
    private readonly Func<JsonObject> _document;
    private readonly Action<Utf8JsonWriter>? _writeBody;
    private readonly Func<IReadOnlyDictionary<string, string>>? _texts;
    private JsonObject? _built;
    private JsonNode? _outcomeJson;
    private readonly Func<KeyValuePair<string, decimal>[]> _figures;
    private KeyValuePair<string, decimal>[]? _figureList;
    private IReadOnlyDictionary<string, decimal>? _figuresMade;

    internal AreaRun(bool valid, Func<JsonObject> document, Action<Utf8JsonWriter>? writeBody, Func<KeyValuePair<string, decimal>[]> figures, IReadOnlyList<ExplanationStep> steps, object? outcome, Func<IReadOnlyDictionary<string, string>>? texts = null)
    {
        _texts = texts;
        Valid = valid;
        Outcome = outcome;
        _document = document;
        _writeBody = writeBody;
        _figures = figures;
        Steps = steps;
    }

    /// <summary>True when the input was read and valid, and the document holds an outcome.</summary>
    public bool Valid { get; }

    /// <summary>
    /// The result: <c>valid</c>, <c>outcome</c> (or <c>failures</c>), <c>warnings</c>, <c>explanation</c>, <c>stamp</c>;
    /// for input that could not be read, <c>valid: false</c> and one failure with code <c>INPUT_UNREADABLE</c>.
    /// </summary>
    public JsonObject Document => _built ??= _document();

    /// <summary>The typed outcome (for example a <c>StaffingOutcome</c>), or null when the input was rejected; for renderers that lay it out.</summary>
    public object? Outcome { get; }

    /// <summary>The area's key figures (for example <c>required</c>, <c>monthlyTotal</c>), for diffs and totals.</summary>
    /// <remarks>Made on first use: a service answering one request never needs them.</remarks>
    public IReadOnlyDictionary<string, decimal> Figures => _figuresMade ??= FigureList.ToDictionary(StringComparer.Ordinal);

    /// <summary>The key figures in the area's order, each key once (a streaming diff reads these few by position, without a dictionary).</summary>
    internal KeyValuePair<string, decimal>[] FigureList => _figureList ??= _figures();

    /// <summary>The explanation steps (empty when none was asked for or the input was rejected).</summary>
    public IReadOnlyList<ExplanationStep> Steps { get; }

    /// <summary>The outcome as JSON (the <c>outcome</c> member of <see cref="Document"/>) without building the rest of the document; null when the input was rejected.</summary>
    public JsonNode? OutcomeJson => Outcome is null ? null : _outcomeJson ??= JsonSerializer.SerializeToNode(Outcome, Outcome.GetType(), RulesJson.Compact);

    /// <summary>Documents for people derived from the outcome, by name (for example <c>refusalNotice</c>); empty when the area has none or the input was rejected.</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts?.Invoke() ?? NoTexts;

    private static readonly IReadOnlyDictionary<string, string> NoTexts = new Dictionary<string, string>();

    /// <summary>
    /// Writes the members of <see cref="Document"/> except <c>stamp</c> into an object the caller has opened, straight
    /// from the result without building the document (the batch command's hot path).
    /// </summary>
    /// <param name="writer">The writer, positioned inside an object.</param>
    public void WriteBody(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_writeBody is not null)
        {
            _writeBody(writer);
            return;
        }

        foreach (var (key, value) in Document)
        {
            if (key != "stamp")
            {
                writer.WritePropertyName(key);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer);
                }
            }
        }
    }
}
