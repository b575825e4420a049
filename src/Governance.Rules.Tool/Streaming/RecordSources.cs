using Governance.Rules.Localization;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>Opens an input file by its extension: .jsonl/.ndjson (JSON lines), .csv (Sep) or .parquet (Parquet.Net).</summary>
internal static class RecordSources
{
    /// <summary>The most records in one block when each answer is a short line.</summary>
    public const int DefaultMaxRecords = 8192;

    /// <summary>
    /// The most records in one block of a reform diff: a changed record's answer carries what changed and why (about
    /// 1.2 KB), so a block of records that all change holds about 2.5 MB of answers, and the blocks in flight stay well
    /// inside the diff's memory bound however many of the records change.
    /// </summary>
    public const int DiffMaxRecords = 2048;

    /// <summary>The most records in one block when each answer carries its explanation (tens of kilobytes a record).</summary>
    public const int ExplainedMaxRecords = 128;

    /// <param name="file">The input file.</param>
    /// <param name="adapter">The area, whose request type names CSV and Parquet columns.</param>
    /// <param name="maxRecords">The most records in one block: the blocks in flight hold their answers, so fewer when answers are long.</param>
    public static IBlockSource Open(FileInfo file, AreaAdapter adapter, int maxRecords = DefaultMaxRecords)
    {
        var extension = file.Extension.ToLowerInvariant();
        if (extension is not (".jsonl" or ".ndjson" or ".csv" or ".parquet"))
        {
            throw new ToolException(2, $"{file.Name}：只接受 .jsonl、.csv 或 .parquet 文件。", $"{file.Name}: only .jsonl, .csv and .parquet input is read.");
        }

        if (Directory.Exists(file.FullName))
        {
            throw new ToolException(2, $"--input {file} 是文件夹，不是文件。", $"--input {file} is a folder, not a file.");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(2, $"无法读取输入文件 {file}：{OutputFile.Reason(ex, Language.ZhHans)}。", $"Cannot read the input file {file}: {OutputFile.Reason(ex, Language.En)}.");
        }

        return extension switch
        {
            ".csv" => new CsvSource(stream, file.FullName, adapter.RequestType, maxRecords),
            ".parquet" => new ParquetSource(stream, file.FullName, adapter.RequestType, maxRecords),
            _ => new JsonLinesSource(stream, file.FullName, maxRecords),
        };
    }
}
