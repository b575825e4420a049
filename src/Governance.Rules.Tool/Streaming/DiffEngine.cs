using Governance.Rules.Json;
using Governance.Rules.Packs;

namespace Governance.Rules.Tool.Streaming;

/// <summary>What a diff compares: the batch settings (with the baseline pack) and the reform pack.</summary>
/// <param name="Batch">The area, baseline pack, as-of date, language and workers.</param>
/// <param name="Reform">The reform pack.</param>
internal sealed record DiffSettings(BatchSettings Batch, RulePack Reform)
{
    /// <summary>A pack as the diff output names it: id@version#SHA-256 of the whole chain.</summary>
    public static string PackTag(RulePack pack) => $"{pack.Id}@{pack.Version}#{pack.ContentHash}";
}

/// <summary>
/// The streaming core of <c>govrules diff</c>, without any console: one pass over the records on every core; each
/// record is summarised under both packs on the area's fast path, and only a record whose summary differs is evaluated
/// in full with explanations, to find its cause. Unchanged records are counted, not written. The changed and invalid
/// records go to an <see cref="IDiffSink"/> as they are made (a JSON document or Parquet), the totals last, so memory
/// stays flat.
/// </summary>
internal static class DiffEngine
{
    /// <summary>Runs the diff with its JSON document written to <paramref name="output"/>.</summary>
    /// <param name="source">The records.</param>
    /// <param name="output">The output document, or null for none.</param>
    /// <param name="settings">What to compare.</param>
    /// <param name="changed">Receives the one-line description of each changed record, in order.</param>
    /// <param name="progress">Receives the progress.</param>
    /// <param name="cancellation">Stops the run.</param>
    /// <returns>The totals.</returns>
    public static ReformTotals Run(IBlockSource source, Stream? output, DiffSettings settings, Action<string> changed, Action<long, long>? progress, CancellationToken cancellation)
    {
        using IDiffSink sink = output is null ? NoDiffSink.Instance : new JsonDiffSink(output, settings);
        return Run(source, sink, settings, changed, progress, cancellation);
    }

    /// <summary>Runs the diff: each changed or invalid record goes to <paramref name="sink"/> in input order, then the totals.</summary>
    /// <param name="source">The records.</param>
    /// <param name="sink">Where the changed and invalid records and the totals go.</param>
    /// <param name="settings">What to compare.</param>
    /// <param name="changed">Receives the one-line description of each changed record, in order.</param>
    /// <param name="progress">Receives the progress.</param>
    /// <param name="cancellation">Stops the run.</param>
    /// <returns>The totals.</returns>
    public static ReformTotals Run(IBlockSource source, IDiffSink sink, DiffSettings settings, Action<string> changed, Action<long, long>? progress, CancellationToken cancellation)
    {
        var totals = new ReformTotals();
        OrderedPipeline.Run(
            source,
            settings.Batch.Workers,
            () => new DiffWorker(settings),
            (block, worker) => worker.Process(block),
            block =>
            {
                var result = (DiffBlockResult)block.Result!;
                totals.Merge(result.Totals);
                foreach (var (start, size) in result.Elements)
                {
                    sink.Write(block.Output.WrittenSpan.Slice(start, size));
                }

                sink.Flush();
                foreach (var description in result.Changed)
                {
                    changed(description);
                }

                var (position, length) = source.Progress;
                progress?.Invoke(position, length);
            },
            cancellation);
        sink.Finish(totals);
        return totals;
    }
}
