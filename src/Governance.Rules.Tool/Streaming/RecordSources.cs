using Governance.Rules.Localization;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>Opens an input file by its extension: .jsonl/.ndjson (JSON lines), .csv (Sep) or .parquet (Parquet.Net).</summary>
internal static class RecordSources
{
    public static IBlockSource Open(FileInfo file, AreaAdapter adapter)
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
            ".csv" => new CsvSource(stream, file.FullName, adapter.RequestType),
            ".parquet" => new ParquetSource(stream, file.FullName, adapter.RequestType),
            _ => new JsonLinesSource(stream, file.FullName),
        };
    }
}
