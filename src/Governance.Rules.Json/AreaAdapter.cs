using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using NodaTime;

namespace Governance.Rules.Json;

/// <summary>
/// Evaluates one rule area from JSON: reads the area's request, evaluates it on a pack and writes the result
/// as JSON. Used by the govrules tool (eval, batch, diff, test) and by policy test cases.
/// </summary>
public abstract partial class AreaAdapter
{
    /// <summary>The area's name on the command line and in case files, for example <c>staffing</c>.</summary>
    public abstract string Area { get; }

    /// <summary>The area's title.</summary>
    public abstract LocalizedText Title { get; }

    /// <summary>The figure that says whether a person or unit gains or loses under a reform (for example <c>monthlyTotal</c>).</summary>
    public abstract string PrimaryFigure { get; }

    /// <summary>The figures that are money per month and per year (for the cost of a reform); null when the area has none.</summary>
    public virtual (string Monthly, string Yearly)? CostFigures => null;

    /// <summary>The request type read from JSON.</summary>
    public abstract Type RequestType { get; }

    /// <summary>The area's fast path for batch work, or null when batch runs use the full evaluation.</summary>
    public virtual AreaFastPath? FastPath => null;

    /// <summary>Evaluates one JSON input. Input that does not map onto the request type is a failure, not an exception.</summary>
    /// <param name="input">The request as JSON.</param>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock for "today" when <paramref name="options"/> has no as-of date.</param>
    /// <param name="options">As-of date and whether to explain.</param>
    /// <param name="language">The language of messages in the document.</param>
    /// <returns>The run.</returns>
    public abstract AreaRun Run(JsonElement input, RulePack pack, IClock clock, EvaluationOptions options, Language language);

    /// <summary>Evaluates one input given as UTF-8 JSON; a reading error names the file line and column and the member path.</summary>
    /// <param name="utf8Json">The request as UTF-8 JSON.</param>
    /// <param name="line">The file line of the input's first line (1 for a whole file).</param>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock for "today" when <paramref name="options"/> has no as-of date.</param>
    /// <param name="options">As-of date and whether to explain.</param>
    /// <param name="language">The language of messages in the document.</param>
    /// <returns>The run.</returns>
    public abstract AreaRun Run(ReadOnlySpan<byte> utf8Json, long line, RulePack pack, IClock clock, EvaluationOptions options, Language language);

    /// <summary>Evaluates a request already read (for example by the fast path); null when it is not this area's request.</summary>
    internal virtual AreaRun? Run(object request, RulePack pack, IClock clock, EvaluationOptions options, Language language) => null;

    /// <summary>The result document of an input that could not be read.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="language">The language of the message.</param>
    /// <param name="stamp">The stamp, if any.</param>
    /// <returns>The document.</returns>
    public static JsonObject Unreadable(InputProblem problem, Language language, ReproducibilityStamp? stamp = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var doc = new JsonObject
        {
            ["valid"] = false,
            ["failures"] = new JsonArray(new JsonObject { ["code"] = problem.Code, ["path"] = problem.Path, ["message"] = problem.Message.Get(language) }),
        };
        if (stamp is not null)
        {
            doc["stamp"] = JsonSerializer.SerializeToNode(stamp, RulesJson.Compact);
        }

        return doc;
    }
}

/// <summary>An adapter for an area whose evaluator takes <typeparamref name="TRequest"/> and returns <typeparamref name="TOutcome"/>.</summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TOutcome">The outcome type.</typeparam>
/// <typeparam name="TEvaluator">The evaluator type (created once per pack).</typeparam>
public sealed class AreaAdapter<TRequest, TOutcome, TEvaluator> : AreaAdapter
    where TRequest : class
    where TOutcome : class
    where TEvaluator : class
{
    private readonly ConditionalWeakTable<RulePack, TEvaluator> _evaluators = [];
    private readonly Func<RulePack, IClock, TEvaluator> _create;
    private readonly Func<TEvaluator, TRequest, EvaluationOptions, RuleResult<TOutcome>> _evaluate;
    private readonly Func<TOutcome, IEnumerable<KeyValuePair<string, decimal>>> _figures;
    private readonly Func<TOutcome, Language, IEnumerable<KeyValuePair<string, string>>>? _texts;

    /// <summary>Creates an adapter.</summary>
    /// <param name="area">The area name.</param>
    /// <param name="title">The area title.</param>
    /// <param name="primaryFigure">The figure that decides gain or loss.</param>
    /// <param name="create">Creates the evaluator for a pack.</param>
    /// <param name="evaluate">Evaluates a request.</param>
    /// <param name="figures">The outcome's key figures.</param>
    /// <param name="costFigures">The monthly and yearly money figures, if any.</param>
    /// <param name="fastPath">The area's fast path for batch work, if any.</param>
    /// <param name="texts">Documents for people derived from an outcome (for example a printable refusal notice), by name; null when the area has none.</param>
    public AreaAdapter(
        string area,
        LocalizedText title,
        string primaryFigure,
        Func<RulePack, IClock, TEvaluator> create,
        Func<TEvaluator, TRequest, EvaluationOptions, RuleResult<TOutcome>> evaluate,
        Func<TOutcome, IEnumerable<KeyValuePair<string, decimal>>> figures,
        (string Monthly, string Yearly)? costFigures = null,
        AreaFastPath? fastPath = null,
        Func<TOutcome, Language, IEnumerable<KeyValuePair<string, string>>>? texts = null)
    {
        FastPath = fastPath;
        Area = area;
        Title = title;
        PrimaryFigure = primaryFigure;
        _create = create;
        _evaluate = evaluate;
        _figures = figures;
        CostFigures = costFigures;
        _texts = texts;
    }

    /// <inheritdoc />
    public override string Area { get; }

    /// <inheritdoc />
    public override LocalizedText Title { get; }

    /// <inheritdoc />
    public override string PrimaryFigure { get; }

    /// <inheritdoc />
    public override (string Monthly, string Yearly)? CostFigures { get; }

    /// <inheritdoc />
    public override Type RequestType => typeof(TRequest);

    /// <inheritdoc />
    public override AreaFastPath? FastPath { get; }

    /// <inheritdoc />
    public override AreaRun Run(JsonElement input, RulePack pack, IClock clock, EvaluationOptions options, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        TRequest? request;
        try
        {
            request = input.Deserialize<TRequest>(RulesJson.Input);
        }
        catch (JsonException ex)
        {
            return Failed(InputErrors.Describe(ex, typeof(TRequest), System.Text.Encoding.UTF8.GetBytes(input.GetRawText())), pack, clock, options, language);
        }

        return request is null ? Failed(NullInput(1), pack, clock, options, language) : Evaluate(request, pack, clock, options, language);
    }

    private static InputProblem NullInput(long line) =>
        new("INPUT_NULL", string.Empty, new LocalizedText($"第 {line} 行：输入为 null，应为对象 {{ … }}。", $"line {line}: the input is null; expected an object {{ … }}."));

    /// <inheritdoc />
    public override AreaRun Run(ReadOnlySpan<byte> utf8Json, long line, RulePack pack, IClock clock, EvaluationOptions options, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        TRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<TRequest>(utf8Json, RulesJson.Input);
        }
        catch (JsonException ex)
        {
            return Failed(InputErrors.Describe(ex, typeof(TRequest), utf8Json, line), pack, clock, options, language);
        }

        return request is null ? Failed(NullInput(line), pack, clock, options, language) : Evaluate(request, pack, clock, options, language);
    }

    /// <inheritdoc />
    internal override AreaRun? Run(object request, RulePack pack, IClock clock, EvaluationOptions options, Language language) =>
        request is TRequest read ? Evaluate(read, pack, clock, options, language) : null;

    private static AreaRun Failed(InputProblem problem, RulePack pack, IClock clock, EvaluationOptions options, Language language)
    {
        var unreadable = Unreadable(problem, language, pack.Stamp(options.AsOf ?? ChinaTime.Today(clock)));
        return new AreaRun(false, () => unreadable, null, static () => [], [], null);
    }

    private AreaRun Evaluate(TRequest request, RulePack pack, IClock clock, EvaluationOptions options, Language language)
    {
        var asOf = options.AsOf ?? ChinaTime.Today(clock);
        var evaluator = _evaluators.GetValue(pack, p => _create(p, clock));
        var result = _evaluate(evaluator, request, options with { AsOf = asOf });
        return new AreaRun(
            result.IsValid,
            () => ResultDocuments.From(result, language),
            w => ResultDocuments.WriteBody(w, result, language),
            () => result.Outcome is { } o ? [.. _figures(o)] : [],
            result.Explanation.Steps,
            result.Outcome,
            _texts is not null && result.Outcome is { } o2 ? () => _texts(o2, language).ToDictionary(StringComparer.Ordinal) : null);
    }
}
