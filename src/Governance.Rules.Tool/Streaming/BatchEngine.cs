using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Unicode;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Json;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.Tool.Streaming;

/// <summary>What a batch or diff runs: the area, the pack(s), the as-of date, the language and the number of workers.</summary>
/// <param name="Adapter">The area.</param>
/// <param name="Pack">The pack (the baseline, for a diff).</param>
/// <param name="AsOf">The as-of date, fixed for the whole run.</param>
/// <param name="Explain">True for the full evaluation with its explanation on every record (no fast path).</param>
/// <param name="Language">The language of messages.</param>
/// <param name="Workers">Worker threads (default: every core).</param>
internal sealed record BatchSettings(AreaAdapter Adapter, RulePack Pack, LocalDate AsOf, bool Explain, Language Language, int Workers)
{
    public EvaluationOptions Options { get; } = new() { AsOf = AsOf, Explain = Explain };

    /// <summary>The fast path used for this run, or null when every record goes through the full evaluation.</summary>
    public AreaFastPath? FastPath => Explain ? null : Adapter.FastPath;

    public static string PackTag(RulePack pack) => $"{pack.Id}@{pack.Version}#{pack.ContentHash[..12]}";

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>How many records a batch read and how many failed.</summary>
/// <param name="Records">Records read (lines of white space only are not records).</param>
/// <param name="Failed">Records that were unreadable or failed validation.</param>
internal sealed record BatchSummary(long Records, long Failed);

/// <summary>
/// The streaming core of <c>govrules batch</c>, without any console: records from a source, one JSON line per record
/// to a stream, in input order, on every core, in flat memory. The first line is a header with the area, pack, as-of
/// date and — on the fast path — the names and units of the figures, which each record line then gives as a plain array.
/// </summary>
internal static class BatchEngine
{
    public static BatchSummary Run(IBlockSource source, Stream output, BatchSettings settings, Action<long, long>? progress, CancellationToken cancellation)
    {
        WriteHeader(output, settings);
        long records = 0, failed = 0;
        OrderedPipeline.Run(
            source,
            settings.Workers,
            () => new BatchWorker(settings),
            (block, worker) => worker.Process(block),
            block =>
            {
                output.Write(block.Output.WrittenSpan);
                var (r, f) = ((long, long))block.Result!;
                records += r;
                failed += f;
                var (position, length) = source.Progress;
                progress?.Invoke(position, length);
            },
            cancellation);
        return new BatchSummary(records, failed);
    }

    private static void WriteHeader(Stream output, BatchSettings settings)
    {
        using var writer = new Utf8JsonWriter(output, Json.WriterOptions);
        writer.WriteStartObject();
        writer.WriteBoolean("header", true);
        writer.WriteString("area", settings.Adapter.Area);
        writer.WriteString("pack", BatchSettings.PackTag(settings.Pack));
        writer.WriteString("asOf", BatchSettings.Date(settings.AsOf));
        writer.WriteString("mode", settings.Explain ? "explain" : settings.FastPath is null ? "full" : "fast");
        writer.WritePropertyName("stamp");
        JsonSerializer.Serialize(writer, settings.Pack.Stamp(settings.AsOf), RulesJson.Compact);
        if (settings.FastPath is { } fast)
        {
            Json.WriteColumns(writer, fast, settings.Language);
        }

        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }
}

/// <summary>One worker's evaluation of batch records into JSON lines.</summary>
internal sealed class BatchWorker
{
    private readonly BatchSettings _settings;
    private readonly Utf8JsonWriter _writer;
    private readonly decimal[] _figures;

    public BatchWorker(BatchSettings settings)
    {
        _settings = settings;
        _writer = new Utf8JsonWriter(Stream.Null, Json.WriterOptions);
        _figures = new decimal[settings.FastPath?.Columns.Count ?? 0];
    }

    public void Process(Block block)
    {
        long records = 0, failed = 0;
        var output = block.Output;
        foreach (ref readonly var entry in block.Entries)
        {
            records++;
            if (_settings.FastPath is { } fast && entry.Kind == EntryKind.Json && Utf8.IsValid(block.Bytes(entry))
                && fast.TrySummarize(block.Bytes(entry), _settings.Pack, _settings.AsOf, _figures, out var codes))
            {
                Json.WriteFigures(output, entry.Line, _figures, fast, codes);
                continue;
            }

            _writer.Reset(output);
            _writer.WriteStartObject();
            _writer.WriteNumber("line", entry.Line);
            failed += Write(block, entry) ? 0 : 1;
            _writer.WriteEndObject();
            _writer.Flush();
            output.Write("\n"u8);
        }

        block.Result = (records, failed);
    }

    /// <summary>Writes one record's members; false when it failed.</summary>
    private bool Write(Block block, in Entry entry)
    {
        var language = _settings.Language;
        if (Json.ProblemOf(block, entry) is { } problem)
        {
            Json.WriteFailure(_writer, problem, language);
            return false;
        }

        var bytes = block.Bytes(entry);
        var run = _settings.Adapter.Run(bytes, entry.Line, _settings.Pack, SystemClock.Instance, _settings.Options, language);
        run.WriteBody(_writer);
        return run.Valid;
    }
}

/// <summary>The JSON pieces batch and diff lines share.</summary>
internal static class Json
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Why a record cannot be read at all (unreadable line, bytes that are not UTF-8), or null.</summary>
    public static InputProblem? ProblemOf(Block block, in Entry entry)
    {
        if (entry.Kind == EntryKind.Problem)
        {
            return entry.Problem;
        }

        var bytes = block.Bytes(entry);
        return Utf8.IsValid(bytes) ? null : InputErrors.NotUtf8(entry.Line, bytes);
    }

    public static void WriteFailure(Utf8JsonWriter writer, InputProblem problem, Language language)
    {
        writer.WriteBoolean("valid", false);
        writer.WriteStartArray("failures");
        writer.WriteStartObject();
        writer.WriteString("code", problem.Code);
        writer.WriteString("path", problem.Path);
        writer.WriteString("message", problem.Message.Get(language));
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes a fast-path line, <c>{"line":N,"valid":true,"figures":[…],"codes":[…]}</c> and a newline, straight into
    /// <paramref name="output"/> (the hot path of a batch: no writer state, zeros as <c>0</c>).
    /// </summary>
    public static void WriteFigures(IBufferWriter<byte> output, long line, ReadOnlySpan<decimal> figures, AreaFastPath fast, int codes)
    {
        var span = output.GetSpan(96 + (figures.Length * 32) + (fast.Codes.Count * 64));
        var n = Put(span, "{\"line\":"u8);
        Utf8Formatter.TryFormat(line, span[n..], out var written);
        n += written;
        n += Put(span[n..], ",\"valid\":true,\"figures\":["u8);
        for (var i = 0; i < figures.Length; i++)
        {
            if (i > 0)
            {
                span[n++] = (byte)',';
            }

            if (figures[i] == 0m)
            {
                span[n++] = (byte)'0';
            }
            else
            {
                Utf8Formatter.TryFormat(figures[i], span[n..], out written);
                n += written;
            }
        }

        span[n++] = (byte)']';
        if (codes != 0)
        {
            n += Put(span[n..], ",\"codes\":["u8);
            var first = true;
            for (var i = 0; i < fast.Codes.Count; i++)
            {
                if ((codes & (1 << i)) != 0)
                {
                    span[n++] = first ? (byte)'"' : (byte)',';
                    if (!first)
                    {
                        span[n++] = (byte)'"';
                    }

                    n += System.Text.Encoding.UTF8.GetBytes(fast.Codes[i], span[n..]);
                    span[n++] = (byte)'"';
                    first = false;
                }
            }

            span[n++] = (byte)']';
        }

        span[n++] = (byte)'}';
        span[n++] = (byte)'\n';
        output.Advance(n);
    }

    private static int Put(Span<byte> span, ReadOnlySpan<byte> text)
    {
        text.CopyTo(span);
        return text.Length;
    }

    public static void WriteColumns(Utf8JsonWriter writer, AreaFastPath fast, Language language)
    {
        writer.WriteStartArray("columns");
        foreach (var column in fast.Columns)
        {
            writer.WriteStartObject();
            writer.WriteString("key", column.Key);
            writer.WriteString("name", column.Name.Get(language));
            writer.WriteString("unit", column.Unit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("codes");
        foreach (var code in fast.Codes)
        {
            writer.WriteStringValue(code);
        }

        writer.WriteEndArray();
    }
}
