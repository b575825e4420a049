using System.Text;
using System.Text.Json;
using Governance.Rules.Json;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// <c>govrules batch … --output FILE.parquet</c>: the same records as the JSON-lines output, as Apache Parquet columns —
/// <c>line</c>, <c>valid</c>, one decimal column per fast-path figure, <c>codes</c>, <c>failures</c> (JSON) and
/// <c>result</c> (JSON, for records outside the fast path) — in row groups of up to 65,536 records, so memory stays flat.
/// The names and units of the figures are written once, in the file's metadata (<c>govrules.columns</c>).
/// </summary>
internal static class ParquetBatch
{
    private const int RowGroup = 1 << 16;

    public static BatchSummary Run(IBlockSource source, Stream output, BatchSettings settings, Action<long, long>? progress, CancellationToken cancellation)
    {
        var fast = settings.FastPath;
        var figures = fast?.Columns.Select(c => new DataField<decimal?>(c.Key)).ToArray() ?? [];
        var line = new DataField<long>("line");
        var valid = new DataField<bool>("valid");
        var codes = new DataField<string>("codes");
        var failures = new DataField<string>("failures");
        var result = new DataField<string>("result");
        var schema = new ParquetSchema([line, valid, .. figures, codes, failures, result]);
        var rows = new ParquetRows(figures.Length);
        long records = 0, failed = 0;
        var writer = ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellation).GetAwaiter().GetResult();
        try
        {
            writer.CustomMetadata = new Dictionary<string, string>
            {
                ["govrules.area"] = settings.Adapter.Area,
                ["govrules.pack"] = BatchSettings.PackTag(settings.Pack),
                ["govrules.asOf"] = BatchSettings.Date(settings.AsOf),
                ["govrules.mode"] = settings.Explain ? "explain" : fast is null ? "full" : "fast",
                ["govrules.columns"] = fast is null ? "[]" : Columns(fast, settings),
            };

            void Flush()
            {
                if (rows.Count == 0)
                {
                    return;
                }

                using var group = writer.CreateRowGroup();
                group.WriteAsync<long>(line, rows.Line.ToArray().AsMemory(), null, null, cancellation).GetAwaiter().GetResult();
                group.WriteAsync<bool>(valid, rows.Valid.ToArray().AsMemory(), null, null, cancellation).GetAwaiter().GetResult();
                for (var f = 0; f < figures.Length; f++)
                {
                    group.WriteAsync<decimal>(figures[f], rows.Figures[f].ToArray().AsMemory(), null, null, cancellation).GetAwaiter().GetResult();
                }

                group.WriteAsync(codes, rows.Codes, null).GetAwaiter().GetResult();
                group.WriteAsync(failures, rows.Failures, null).GetAwaiter().GetResult();
                group.WriteAsync(result, rows.Results, null).GetAwaiter().GetResult();
                group.CompleteValidate();
                rows.Clear();
            }

            OrderedPipeline.Run(
                source,
                settings.Workers,
                () => new ParquetWorker(settings),
                (block, worker) => worker.Process(block),
                block =>
                {
                    var part = (ParquetRows)block.Result!;
                    records += part.Count;
                    failed += part.Valid.Count(v => !v);
                    rows.Append(part);
                    if (rows.Count >= RowGroup)
                    {
                        Flush();
                    }

                    var (position, length) = source.Progress;
                    progress?.Invoke(position, length);
                },
                cancellation);
            Flush();
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return new BatchSummary(records, failed);
    }

    private static string Columns(AreaFastPath fast, BatchSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json.WriterOptions))
        {
            writer.WriteStartObject();
            Json.WriteColumns(writer, fast, settings.Language);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

/// <summary>Records as columns: what one block (or one row group) holds for the Parquet output.</summary>
internal sealed class ParquetRows(int figures)
{
    public List<long> Line { get; } = [];

    public List<bool> Valid { get; } = [];

    public List<decimal?>[] Figures { get; } = [.. Enumerable.Range(0, figures).Select(_ => new List<decimal?>())];

    public List<string?> Codes { get; } = [];

    public List<string?> Failures { get; } = [];

    public List<string?> Results { get; } = [];

    public int Count => Line.Count;

    public void Append(ParquetRows other)
    {
        Line.AddRange(other.Line);
        Valid.AddRange(other.Valid);
        for (var f = 0; f < Figures.Length; f++)
        {
            Figures[f].AddRange(other.Figures[f]);
        }

        Codes.AddRange(other.Codes);
        Failures.AddRange(other.Failures);
        Results.AddRange(other.Results);
    }

    public void Clear()
    {
        Line.Clear();
        Valid.Clear();
        foreach (var f in Figures)
        {
            f.Clear();
        }

        Codes.Clear();
        Failures.Clear();
        Results.Clear();
    }
}

/// <summary>One worker's evaluation of batch records into Parquet columns.</summary>
internal sealed class ParquetWorker(BatchSettings settings)
{
    private readonly decimal[] _figures = new decimal[settings.FastPath?.Columns.Count ?? 0];
    private readonly MemoryStream _buffer = new();

    public void Process(Block block)
    {
        var rows = new ParquetRows(_figures.Length);
        foreach (ref readonly var entry in block.Entries)
        {
            rows.Line.Add(entry.Line);
            string? codes = null, failures = null, result = null;
            var ok = false;
            if (Json.ProblemOf(block, entry) is { } problem)
            {
                failures = Text(w => Json.WriteFailure(w, problem, settings.Language), "failures");
            }
            else if (settings.FastPath is { } fast && fast.TrySummarize(block.Bytes(entry), settings.Pack, settings.AsOf, _figures, out var bits))
            {
                ok = true;
                codes = bits == 0 ? null : string.Join(",", fast.Codes.Where((_, i) => (bits & (1 << i)) != 0));
            }
            else
            {
                var run = settings.Adapter.Run(block.Bytes(entry), entry.Line, settings.Pack, SystemClock.Instance, settings.Options, settings.Language);
                ok = run.Valid;
                var body = Text(run.WriteBody, null);
                result = ok ? body : null;
                failures = ok ? null : body;
            }

            rows.Valid.Add(ok);
            for (var f = 0; f < _figures.Length; f++)
            {
                rows.Figures[f].Add(ok && result is null ? _figures[f] : null);
            }

            rows.Codes.Add(codes);
            rows.Failures.Add(failures);
            rows.Results.Add(result);
        }

        block.Result = rows;
    }

    /// <summary>Members written by <paramref name="write"/> as one JSON object (or the value of <paramref name="member"/>).</summary>
    private string Text(Action<Utf8JsonWriter> write, string? member)
    {
        _buffer.SetLength(0);
        using (var writer = new Utf8JsonWriter(_buffer, Json.WriterOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
        if (member is null)
        {
            return text;
        }

        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.GetProperty(member).GetRawText();
    }
}
