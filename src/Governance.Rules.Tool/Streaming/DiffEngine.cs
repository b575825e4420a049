using System.Text.Json;
using Governance.Rules.Json;
using Governance.Rules.Packs;

namespace Governance.Rules.Tool.Streaming;

/// <summary>What a diff compares: the batch settings (with the baseline pack) and the reform pack.</summary>
/// <param name="Batch">The area, baseline pack, as-of date, language and workers.</param>
/// <param name="Reform">The reform pack.</param>
internal sealed record DiffSettings(BatchSettings Batch, RulePack Reform);

/// <summary>
/// The streaming core of <c>govrules diff</c>, without any console: one pass over the records on every core; each
/// record is summarised under both packs on the area's fast path, and only a record whose summary differs is evaluated
/// in full with explanations, to find its cause. Unchanged records are counted, not written. The output document
/// (<c>{"area", "baseline", "reform", "asOf", "records": [changed and invalid records…], "totals"}</c>) is streamed as it
/// is made, the totals last, so memory stays flat.
/// </summary>
internal static class DiffEngine
{
    /// <summary>Runs the diff.</summary>
    /// <param name="source">The records.</param>
    /// <param name="output">The output document, or null for none.</param>
    /// <param name="settings">What to compare.</param>
    /// <param name="changed">Receives the one-line description of each changed record, in order.</param>
    /// <param name="progress">Receives the progress.</param>
    /// <param name="cancellation">Stops the run.</param>
    /// <returns>The totals.</returns>
    public static ReformTotals Run(IBlockSource source, Stream? output, DiffSettings settings, Action<string> changed, Action<long, long>? progress, CancellationToken cancellation)
    {
        var batch = settings.Batch;
        using var writer = new Utf8JsonWriter(output ?? Stream.Null, new JsonWriterOptions { Encoder = Json.WriterOptions.Encoder, SkipValidation = true });
        writer.WriteStartObject();
        writer.WriteString("area", batch.Adapter.Area);
        writer.WriteString("baseline", $"{batch.Pack.Id}@{batch.Pack.Version}#{batch.Pack.ContentHash}");
        writer.WriteString("reform", $"{settings.Reform.Id}@{settings.Reform.Version}#{settings.Reform.ContentHash}");
        writer.WriteString("asOf", BatchSettings.Date(batch.AsOf));
        writer.WriteString("compared", batch.FastPath is null ? "full" : "fast");
        writer.WriteStartArray("records");
        var totals = new ReformTotals();
        OrderedPipeline.Run(
            source,
            batch.Workers,
            () => new DiffWorker(settings),
            (block, worker) => worker.Process(block),
            block =>
            {
                var result = (DiffBlockResult)block.Result!;
                totals.Merge(result.Totals);
                if (output is not null)
                {
                    foreach (var (start, size) in result.Elements)
                    {
                        writer.WriteRawValue(block.Output.WrittenSpan.Slice(start, size), skipInputValidation: true);
                    }

                    writer.Flush();
                }

                foreach (var description in result.Changed)
                {
                    changed(description);
                }

                var (position, length) = source.Progress;
                progress?.Invoke(position, length);
            },
            cancellation);
        writer.WriteEndArray();
        writer.WritePropertyName("totals");
        totals.ToJson(batch.Adapter).WriteTo(writer);
        writer.WriteEndObject();
        writer.Flush();
        return totals;
    }
}
