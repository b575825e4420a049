namespace Governance.Rules.Tool.Streaming;

/// <summary>Chooses the batch output format by the output's extension: Parquet for .parquet, JSON lines otherwise.</summary>
internal static class BatchOutputs
{
    public static BatchSummary Run(IBlockSource source, OutputFile output, BatchSettings settings, Action<long, long>? progress, CancellationToken cancellation) =>
        output.FinalPath.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
            ? ParquetBatch.Run(source, output.Stream, settings, progress, cancellation)
            : BatchEngine.Run(source, output.Stream, settings, progress, cancellation);
}
