using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Results;

namespace Governance.Rules.Testing.Areas;

/// <summary>One evaluation through an <see cref="AreaAdapter"/>: the result as a JSON document, its key figures and explanation steps.</summary>
public sealed class AreaRun
{
    private readonly Func<JsonObject> _document;
    private readonly Action<Utf8JsonWriter>? _writeBody;
    private JsonObject? _built;

    internal AreaRun(bool valid, Func<JsonObject> document, Action<Utf8JsonWriter>? writeBody, IReadOnlyDictionary<string, decimal> figures, IReadOnlyList<ExplanationStep> steps, object? outcome)
    {
        Valid = valid;
        Outcome = outcome;
        _document = document;
        _writeBody = writeBody;
        Figures = figures;
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
    public IReadOnlyDictionary<string, decimal> Figures { get; }

    /// <summary>The explanation steps (empty when none was asked for or the input was rejected).</summary>
    public IReadOnlyList<ExplanationStep> Steps { get; }

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
