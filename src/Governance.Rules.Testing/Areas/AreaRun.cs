using System.Text.Json.Nodes;
using Governance.Rules.Results;

namespace Governance.Rules.Testing.Areas;

/// <summary>One evaluation through an <see cref="AreaAdapter"/>: the result as a JSON document, its key figures and explanation steps.</summary>
public sealed class AreaRun
{
    internal AreaRun(bool valid, JsonObject document, IReadOnlyDictionary<string, decimal> figures, IReadOnlyList<ExplanationStep> steps, string table)
    {
        Valid = valid;
        Document = document;
        Figures = figures;
        Steps = steps;
        Table = table;
    }

    /// <summary>True when the input was read and valid, and the document holds an outcome.</summary>
    public bool Valid { get; }

    /// <summary>
    /// The result: <c>valid</c>, <c>outcome</c> (or <c>failures</c>), <c>warnings</c>, <c>explanation</c>, <c>stamp</c>;
    /// for input that could not be read, <c>valid: false</c> and one failure with code <c>INPUT_UNREADABLE</c>.
    /// </summary>
    public JsonObject Document { get; }

    /// <summary>The area's key figures (for example <c>required</c>, <c>monthlyTotal</c>), for diffs and totals.</summary>
    public IReadOnlyDictionary<string, decimal> Figures { get; }

    /// <summary>The explanation steps (empty when none was asked for or the input was rejected).</summary>
    public IReadOnlyList<ExplanationStep> Steps { get; }

    /// <summary>A short human-readable table of the outcome (empty when invalid).</summary>
    public string Table { get; }
}
