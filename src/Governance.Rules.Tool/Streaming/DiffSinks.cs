using System.Text.Json;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>Where a diff's changed and invalid records go, in input order, and its totals at the end.</summary>
internal interface IDiffSink : IDisposable
{
    /// <summary>Takes one changed or invalid record, as the JSON object the diff worker wrote.</summary>
    /// <param name="record">The record's JSON.</param>
    void Write(ReadOnlySpan<byte> record);

    /// <summary>Called after each block of records: a sink that streams writes out what it holds.</summary>
    void Flush();

    /// <summary>Ends the output with the totals.</summary>
    /// <param name="totals">The totals of the whole run.</param>
    void Finish(ReformTotals totals);
}

/// <summary>Chooses the diff output format by the output file's extension: Parquet for .parquet, a JSON document otherwise.</summary>
internal static class DiffSinks
{
    public static IDiffSink Open(OutputFile? output, DiffSettings settings) =>
        output is null ? NoDiffSink.Instance
        : output.FinalPath.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? new ParquetDiffSink(output.Stream, settings)
        : new JsonDiffSink(output.Stream, settings);
}

/// <summary>
/// The diff as one JSON document, <c>{"area", "baseline", "reform", "asOf", "compared", "records": [changed and invalid
/// records…], "totals"}</c>, streamed as it is made, the totals last, so memory stays flat.
/// </summary>
internal sealed class JsonDiffSink : IDiffSink
{
    private readonly Utf8JsonWriter _writer;
    private readonly DiffSettings _settings;

    public JsonDiffSink(Stream output, DiffSettings settings)
    {
        _settings = settings;
        var batch = settings.Batch;
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Json.WriterOptions.Encoder, SkipValidation = true });
        _writer.WriteStartObject();
        _writer.WriteString("area", batch.Adapter.Area);
        _writer.WriteString("baseline", DiffSettings.PackTag(batch.Pack));
        _writer.WriteString("reform", DiffSettings.PackTag(settings.Reform));
        _writer.WriteString("asOf", BatchSettings.Date(batch.AsOf));
        _writer.WriteString("compared", batch.FastPath is null ? "full" : "fast");
        _writer.WriteStartArray("records");
    }

    public void Write(ReadOnlySpan<byte> record) => _writer.WriteRawValue(record, skipInputValidation: true);

    public void Flush() => _writer.Flush();

    public void Finish(ReformTotals totals)
    {
        _writer.WriteEndArray();
        _writer.WritePropertyName("totals");
        totals.ToJson(_settings.Batch.Adapter).WriteTo(_writer);
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>A diff shown on the console only: records and totals are not written anywhere.</summary>
internal sealed class NoDiffSink : IDiffSink
{
    public static NoDiffSink Instance { get; } = new();

    public void Write(ReadOnlySpan<byte> record)
    {
    }

    public void Flush()
    {
    }

    public void Finish(ReformTotals totals)
    {
    }

    public void Dispose()
    {
    }
}
