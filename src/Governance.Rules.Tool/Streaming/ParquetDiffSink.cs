using System.Text.Json;
using Governance.Rules.Json;
using Parquet;
using Parquet.Schema;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// <c>govrules diff … --output FILE.parquet</c>: the changed and invalid records as Apache Parquet rows — <c>line</c>,
/// <c>changed</c>, <c>baselineValid</c>, <c>reformValid</c>, <c>primaryChange</c> (the change of the area's primary
/// figure, for sorting who gains or loses most; empty for an invalid record), and the record's <c>figures</c>,
/// <c>fields</c>, <c>cause</c> and <c>failures</c> as JSON texts, the same as in the JSON document — in row groups of up
/// to 32,768 records, so memory stays flat. The area, both packs, the as-of date and the totals are in the file's
/// metadata (<c>govrules.area</c>, <c>govrules.baseline</c>, <c>govrules.reform</c>, <c>govrules.asOf</c>,
/// <c>govrules.compared</c>, <c>govrules.totals</c>).
/// </summary>
internal sealed class ParquetDiffSink : IDiffSink
{
    private const int RowGroup = 1 << 15;

    private static readonly DataField<long> Line = new("line");
    private static readonly DataField<bool> Changed = new("changed");
    private static readonly DataField<bool> BaselineValid = new("baselineValid");
    private static readonly DataField<bool> ReformValid = new("reformValid");
    private static readonly DataField<decimal?> PrimaryChange = new("primaryChange");
    private static readonly DataField<string> Figures = new("figures");
    private static readonly DataField<string> Fields = new("fields");
    private static readonly DataField<string> Cause = new("cause");
    private static readonly DataField<string> Failures = new("failures");

    private readonly ParquetWriter _writer;
    private readonly DiffSettings _settings;
    private readonly List<long> _line = [];
    private readonly List<bool> _changed = [];
    private readonly List<bool> _baselineValid = [];
    private readonly List<bool> _reformValid = [];
    private readonly List<decimal?> _primaryChange = [];
    private readonly List<string?> _figures = [];
    private readonly List<string?> _fields = [];
    private readonly List<string?> _cause = [];
    private readonly List<string?> _failures = [];

    public ParquetDiffSink(Stream output, DiffSettings settings)
    {
        _settings = settings;
        var schema = new ParquetSchema(Line, Changed, BaselineValid, ReformValid, PrimaryChange, Figures, Fields, Cause, Failures);
        _writer = ParquetWriter.CreateAsync(schema, output).GetAwaiter().GetResult();
    }

    public void Write(ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        _line.Add(root.GetProperty("line").GetInt64());
        _changed.Add(root.GetProperty("changed").GetBoolean());
        _baselineValid.Add(!root.TryGetProperty("baselineValid", out var b) || b.GetBoolean());
        _reformValid.Add(!root.TryGetProperty("reformValid", out var r) || r.GetBoolean());
        _primaryChange.Add(root.TryGetProperty("figures", out var figures)
            && figures.TryGetProperty(_settings.Batch.Adapter.PrimaryFigure, out var primary) ? primary.GetProperty("change").GetDecimal() : null);
        _figures.Add(Text(root, "figures"));
        _fields.Add(Text(root, "fields"));
        _cause.Add(Text(root, "cause"));
        _failures.Add(Text(root, "failures"));
        if (_line.Count >= RowGroup)
        {
            WriteRowGroup();
        }
    }

    public void Flush()
    {
    }

    public void Finish(ReformTotals totals)
    {
        WriteRowGroup();
        var batch = _settings.Batch;
        _writer.CustomMetadata = new Dictionary<string, string>
        {
            ["govrules.area"] = batch.Adapter.Area,
            ["govrules.baseline"] = DiffSettings.PackTag(batch.Pack),
            ["govrules.reform"] = DiffSettings.PackTag(_settings.Reform),
            ["govrules.asOf"] = BatchSettings.Date(batch.AsOf),
            ["govrules.compared"] = batch.FastPath is null ? "full" : "fast",
            ["govrules.totals"] = totals.ToJson(batch.Adapter).ToJsonString(),
        };
    }

    public void Dispose() => _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static string? Text(JsonElement record, string member) =>
        record.TryGetProperty(member, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetRawText() : null;

    private void WriteRowGroup()
    {
        if (_line.Count == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            group.WriteAsync<long>(Line, _line.ToArray().AsMemory(), null, null, default).GetAwaiter().GetResult();
            group.WriteAsync<bool>(Changed, _changed.ToArray().AsMemory(), null, null, default).GetAwaiter().GetResult();
            group.WriteAsync<bool>(BaselineValid, _baselineValid.ToArray().AsMemory(), null, null, default).GetAwaiter().GetResult();
            group.WriteAsync<bool>(ReformValid, _reformValid.ToArray().AsMemory(), null, null, default).GetAwaiter().GetResult();
            group.WriteAsync<decimal>(PrimaryChange, _primaryChange.ToArray().AsMemory(), null, null, default).GetAwaiter().GetResult();
            group.WriteAsync(Figures, _figures, null).GetAwaiter().GetResult();
            group.WriteAsync(Fields, _fields, null).GetAwaiter().GetResult();
            group.WriteAsync(Cause, _cause, null).GetAwaiter().GetResult();
            group.WriteAsync(Failures, _failures, null).GetAwaiter().GetResult();
            group.CompleteValidate();
        }

        _line.Clear();
        _changed.Clear();
        _baselineValid.Clear();
        _reformValid.Clear();
        _primaryChange.Clear();
        _figures.Clear();
        _fields.Clear();
        _cause.Clear();
        _failures.Clear();
    }
}
