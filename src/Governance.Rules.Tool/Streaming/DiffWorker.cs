using System.Globalization;
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

    public DiffTotals Totals { get; } = new();

    public List<(int Start, int Length)> Elements { get; } = [];

    public List<string> Changed { get; } = [];
}

/// <summary>One worker's comparison of records under the baseline and the reform.</summary>
internal sealed class DiffWorker
{
    private readonly DiffSettings _settings;
    private readonly Utf8JsonWriter _writer = new(Stream.Null, Json.WriterOptions);
    private readonly decimal[] _before;
    private readonly decimal[] _after;
    private readonly EvaluationOptions _quick;
    private readonly EvaluationOptions _explained;

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
            var node = Compare(block, entry, result.Totals);
            if (node is null)
            {
                continue;
            }

            var start = block.Output.WrittenCount;
            _writer.Reset(block.Output);
            node.WriteTo(_writer);
            _writer.Flush();
            result.Elements.Add((start, block.Output.WrittenCount - start));
            if (node["changed"]?.GetValue<bool>() == true && result.Changed.Count < DiffBlockResult.Shown)
            {
                result.Changed.Add(Describe(node, _settings.Batch.Language));
            }
        }

        block.Result = result;
    }

    /// <summary>The record's diff node, or null when it is unchanged (counted only).</summary>
    private JsonObject? Compare(Block block, in Entry entry, DiffTotals totals)
    {
        var batch = _settings.Batch;
        var language = batch.Language;
        if (Json.ProblemOf(block, entry) is { } problem)
        {
            totals.Invalid++;
            var doc = AreaAdapter.Unreadable(problem, language);
            return new JsonObject { ["line"] = entry.Line, ["changed"] = false, ["baselineValid"] = false, ["reformValid"] = false, ["failures"] = doc["failures"]!.DeepClone() };
        }

        var bytes = block.Bytes(entry);
        var summarised = false;
        if (batch.FastPath is { } fast
            && fast.TrySummarize(bytes, batch.Pack, batch.AsOf, _before, out var codesBefore)
            && fast.TrySummarize(bytes, _settings.Reform, batch.AsOf, _after, out var codesAfter))
        {
            if (codesBefore == codesAfter && _before.AsSpan().SequenceEqual(_after))
            {
                totals.Unchanged++;
                return null;
            }

            summarised = true;
        }

        // Without a fast-path answer, first without explanations: most records do not change.
        var adapter = batch.Adapter;
        var options = summarised ? _explained : _quick;
        var before = adapter.Run(bytes, entry.Line, batch.Pack, SystemClock.Instance, options, language);
        var after = adapter.Run(bytes, entry.Line, _settings.Reform, SystemClock.Instance, options, language);
        var node = new JsonObject { ["line"] = entry.Line };
        if (!before.Valid || !after.Valid)
        {
            totals.Invalid++;
            node["changed"] = before.Valid != after.Valid;
            node["baselineValid"] = before.Valid;
            node["reformValid"] = after.Valid;
            node["failures"] = (after.Valid ? before : after).Document["failures"]?.DeepClone();
            return node;
        }

        var fields = Fields(before, after);
        if (fields.Count == 0)
        {
            totals.Unchanged++;
            return null;
        }

        if (!summarised)
        {
            // Changed: only now the explanations, to name the first step and parameter that differ.
            before = adapter.Run(bytes, entry.Line, batch.Pack, SystemClock.Instance, _explained, language);
            after = adapter.Run(bytes, entry.Line, _settings.Reform, SystemClock.Instance, _explained, language);
        }

        var figures = new JsonObject();
        foreach (var key in before.Figures.Keys.Union(after.Figures.Keys).Order(StringComparer.Ordinal))
        {
            var b = before.Figures.GetValueOrDefault(key);
            var a = after.Figures.GetValueOrDefault(key);
            figures[key] = new JsonObject { ["baseline"] = b, ["reform"] = a, ["change"] = a - b };
            totals.Add(key, a - b);
        }

        var primary = after.Figures.GetValueOrDefault(adapter.PrimaryFigure) - before.Figures.GetValueOrDefault(adapter.PrimaryFigure);
        if (primary > 0)
        {
            totals.Gain++;
        }
        else if (primary < 0)
        {
            totals.Lose++;
        }
        else
        {
            totals.OtherChange++;
        }

        node["changed"] = true;
        node["figures"] = figures;
        node["fields"] = fields;
        node["cause"] = ReformTotals.Cause(before.Steps, after.Steps, language);
        return node;
    }

    private static JsonArray Fields(AreaRun before, AreaRun after)
    {
        var fields = new JsonArray();
        var flatBefore = Flatten(before.OutcomeJson);
        var flatAfter = Flatten(after.OutcomeJson);
        foreach (var key in flatBefore.Keys.Union(flatAfter.Keys).Order(StringComparer.Ordinal))
        {
            var b = flatBefore.GetValueOrDefault(key);
            var a = flatAfter.GetValueOrDefault(key);
            if (b != a && fields.Count < 50)
            {
                fields.Add(new JsonObject { ["path"] = key, ["baseline"] = b, ["reform"] = a });
            }
        }

        return fields;
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (k, v) in o)
                    {
                        Walk(v, path.Length == 0 ? k : path + "." + k);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    }

                    break;
                default:
                    flat[path] = n?.ToJsonString() ?? "null";
                    break;
            }
        }

        Walk(node, string.Empty);
        return flat;
    }

    private static string Describe(JsonObject node, Language language)
    {
        var cause = node["cause"];
        var parameters = cause?["parameters"]?.AsArray().Select(p => $"{p!["key"]}: {p["baseline"]} → {p["reform"]}") ?? [];
        var fields = node["fields"]?.AsArray().Take(3).Select(f => $"{f!["path"]} {f["baseline"]} → {f["reform"]}") ?? [];
        return $"{Text.Get(language, "第", "line ")}{node["line"]}{Text.Get(language, " 行", string.Empty)}: {string.Join("; ", fields)}  ⇐ [{cause?["rule"]}] {string.Join(", ", parameters)}";
    }
}
