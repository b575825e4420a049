using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Json;
using NodaTime;

namespace Governance.Rules.Tool.Streaming;

/// <summary>What a worker found in one block: the totals, where each written record is in the block's output, and descriptions of the first changes.</summary>
internal sealed class DiffBlockResult
{
    /// <summary>Descriptions kept per block: enough for the console, which shows the first <see cref="Shown"/>.</summary>
    public const int Shown = 20;

    public ReformTotals Totals { get; } = new();

    public List<(int Start, int Length)> Elements { get; } = [];

    public List<string> Changed { get; } = [];
}

/// <summary>
/// One worker's comparison of records under the baseline and the reform. Each record is summarised under both packs on
/// the fast path; only a record whose summary differs (or every record, where the area has no fast path) is evaluated in
/// full, with explanations only once it is known to have changed. A changed or invalid record is written straight into the
/// block's output, with no document built per record.
/// </summary>
internal sealed class DiffWorker
{
    private readonly DiffSettings _settings;
    private readonly Utf8JsonWriter _writer = new(Stream.Null, Json.WriterOptions);
    private readonly OutcomeFields _fields = new();
    private readonly decimal[] _before;
    private readonly decimal[] _after;
    private readonly EvaluationOptions _quick;
    private readonly EvaluationOptions _explained;
    private readonly FigureKeys _figureKeys = new();
    private readonly CauseCache _causes = new();

    public DiffWorker(DiffSettings settings)
    {
        _settings = settings;
        var width = settings.Batch.FastPath?.Columns.Count ?? 0;
        _before = new decimal[width];
        _after = new decimal[width];
        _quick = new EvaluationOptions { AsOf = settings.Batch.AsOf, Explain = false };
        _explained = new EvaluationOptions { AsOf = settings.Batch.AsOf, Explain = true };
    }

    public void Process(Block block)
    {
        var result = new DiffBlockResult();
        foreach (ref readonly var entry in block.Entries)
        {
            result.Totals.Records++;
            var start = block.Output.WrittenCount;
            _writer.Reset(block.Output);
            if (Compare(block, entry, result))
            {
                _writer.Flush();
                result.Elements.Add((start, block.Output.WrittenCount - start));
            }
        }

        block.Result = result;
    }

    /// <summary>Compares one record and writes it when it changed or is invalid; false when it is unchanged (counted only).</summary>
    private bool Compare(Block block, in Entry entry, DiffBlockResult result)
    {
        var totals = result.Totals;
        var batch = _settings.Batch;
        var language = batch.Language;
        if (Json.ProblemOf(block, entry) is { } problem)
        {
            totals.Invalid++;
            _writer.WriteStartObject();
            _writer.WriteNumber("line", entry.Line);
            _writer.WriteBoolean("changed", false);
            _writer.WriteBoolean("baselineValid", false);
            _writer.WriteBoolean("reformValid", false);
            _writer.WritePropertyName("failures");
            Json.WriteFailures(_writer, problem, language);
            _writer.WriteEndObject();
            return true;
        }

        var bytes = block.Bytes(entry);
        var summarised = false;
        object? request = null;
        if (batch.FastPath is { } fast
            && fast.TrySummarize(bytes, batch.Pack, _settings.Reform, batch.AsOf, _before, _after, out var codesBefore, out var codesAfter, out request))
        {
            if (codesBefore == codesAfter && _before.AsSpan().SequenceEqual(_after))
            {
                totals.Unchanged++;
                return false;
            }

            summarised = true;
        }

        // Without a fast-path answer, first without explanations: most records do not change. With one, the request the
        // fast path read is evaluated as it is, not read again for each pack.
        var adapter = batch.Adapter;
        var options = summarised ? _explained : _quick;
        var before = (request is null ? null : adapter.Run(request, batch.Pack, SystemClock.Instance, options, language))
            ?? adapter.Run(bytes, entry.Line, batch.Pack, SystemClock.Instance, options, language);
        var after = (request is null ? null : adapter.Run(request, _settings.Reform, SystemClock.Instance, options, language))
            ?? adapter.Run(bytes, entry.Line, _settings.Reform, SystemClock.Instance, options, language);
        if (!before.Valid || !after.Valid)
        {
            totals.Invalid++;
            _writer.WriteStartObject();
            _writer.WriteNumber("line", entry.Line);
            _writer.WriteBoolean("changed", before.Valid != after.Valid);
            _writer.WriteBoolean("baselineValid", before.Valid);
            _writer.WriteBoolean("reformValid", after.Valid);
            _writer.WritePropertyName("failures");
            WriteNode(_writer, (after.Valid ? before : after).Document["failures"]);
            _writer.WriteEndObject();
            return true;
        }

        if (!_fields.Compare(before.Outcome, after.Outcome))
        {
            totals.Unchanged++;
            return false;
        }

        if (!summarised)
        {
            // Changed: only now the explanations, to name the first step and parameter that differ.
            before = adapter.Run(bytes, entry.Line, batch.Pack, SystemClock.Instance, _explained, language);
            after = adapter.Run(bytes, entry.Line, _settings.Reform, SystemClock.Instance, _explained, language);
        }

        _writer.WriteStartObject();
        _writer.WriteNumber("line", entry.Line);
        _writer.WriteBoolean("changed", true);
        _writer.WriteStartObject("figures");
        var (figuresBefore, figuresAfter) = (before.FigureList, after.FigureList);
        foreach (var key in _figureKeys.Of(figuresBefore, figuresAfter))
        {
            var b = FigureKeys.ValueOf(figuresBefore, key);
            var a = FigureKeys.ValueOf(figuresAfter, key);
            _writer.WriteStartObject(key);
            _writer.WriteNumber("baseline", b);
            _writer.WriteNumber("reform", a);
            _writer.WriteNumber("change", a - b);
            _writer.WriteEndObject();
            totals.Add(key, a - b);
        }

        _writer.WriteEndObject();
        totals.CountChange(FigureKeys.ValueOf(figuresAfter, adapter.PrimaryFigure) - FigureKeys.ValueOf(figuresBefore, adapter.PrimaryFigure));

        _writer.WriteStartArray("fields");
        foreach (var (path, b, a) in _fields.Differences)
        {
            _writer.WriteStartObject();
            _writer.WriteString("path", path);
            _writer.WriteString("baseline", b);
            _writer.WriteString("reform", a);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WritePropertyName("cause");
        var shown = result.Changed.Count < DiffBlockResult.Shown;
        var cause = ReformTotals.WriteCause(_writer, before.Steps, after.Steps, language, describe: shown, _causes);
        _writer.WriteEndObject();
        if (shown)
        {
            result.Changed.Add(Describe(entry.Line, _fields.Differences, cause, language));
        }

        return true;
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    private static string Describe(long line, List<(string Path, string? Baseline, string? Reform)> fields, (string Rule, IReadOnlyList<string> Parameters)? cause, Language language)
    {
        var changes = fields.Take(3).Select(f => $"{f.Path} {f.Baseline} → {f.Reform}");
        return $"{Text.Get(language, "第", "line ")}{line}{Text.Get(language, " 行", string.Empty)}: {string.Join("; ", changes)}  ⇐ [{cause?.Rule}] {string.Join(", ", cause?.Parameters ?? [])}";
    }
}
