using Governance.Rules.Localization;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// An output written under one predictable temporary name, <c>OUTPUT.partial</c> (replacing a previous run's), and
/// renamed to <c>OUTPUT</c> only when complete. Anything that stops the run (an error, Ctrl-C, SIGTERM) deletes the
/// temporary file, so nothing half-written is ever under the final name and killed runs do not pile up files.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string _final;
    private bool _committed;

    private OutputFile(string final, string partial, FileStream stream)
    {
        _final = final;
        PartialPath = partial;
        Stream = stream;
    }

    public string PartialPath { get; }

    public string FinalPath => _final;

    public FileStream Stream { get; }

    /// <summary>Opens <c>OUTPUT.partial</c> for <paramref name="target"/>, or explains in one line why it cannot.</summary>
    /// <param name="target">The final output.</param>
    /// <param name="input">The input file, which the output must not overwrite.</param>
    /// <returns>The open output.</returns>
    public static OutputFile Open(FileInfo target, FileInfo? input)
    {
        var path = target.FullName;
        if (Directory.Exists(path))
        {
            throw new ToolException(2, $"--output {target} 是文件夹，不是文件。请给出文件名，例如 {Path.Combine(target.ToString(), "results.jsonl")}。", $"--output {target} is a folder, not a file. Give a file name, for example {Path.Combine(target.ToString(), "results.jsonl")}.");
        }

        var folder = Path.GetDirectoryName(path) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new ToolException(2, $"--output 的文件夹 {folder} 不存在。请先创建（mkdir -p {folder}），或换一个输出路径。", $"The folder of --output, {folder}, does not exist. Create it first (mkdir -p {folder}) or choose another output path.");
        }

        if (input is not null && string.Equals(input.FullName, path, StringComparison.Ordinal))
        {
            throw new ToolException(2, "--output 与 --input 是同一个文件。请换一个输出文件名。", "--output is the same file as --input. Choose another output file name.");
        }

        var partial = path + ".partial";
        try
        {
            return new OutputFile(path, partial, new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(2, $"无法在 {folder} 中写入 {Path.GetFileName(partial)}：{Reason(ex, Language.ZhHans)}。请检查该文件夹的写入权限和剩余空间。", $"Cannot write {Path.GetFileName(partial)} in {folder}: {Reason(ex, Language.En)}. Check that the folder is writable and has space.");
        }
    }

    /// <summary>Closes the temporary file and puts it under the final name.</summary>
    public void Commit()
    {
        try
        {
            Stream.Flush();
            Stream.Dispose();
            File.Move(PartialPath, _final, overwrite: true);
            _committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(2, $"无法写出 {_final}：{Reason(ex, Language.ZhHans)}。", $"Cannot write {_final}: {Reason(ex, Language.En)}.");
        }
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // The disk refused the last bytes; the file is deleted below anyway.
        }

        File.Delete(PartialPath);
    }

    /// <summary>The reason of an IO failure in words (the system's own text, which names the problem, not our code).</summary>
    public static string Reason(Exception ex, Language language) => ex switch
    {
        UnauthorizedAccessException => language == Language.En ? "permission denied" : "没有权限",
        DirectoryNotFoundException => language == Language.En ? "the folder does not exist" : "文件夹不存在",
        FileNotFoundException => language == Language.En ? "the file does not exist" : "文件不存在",
        PathTooLongException => language == Language.En ? "the path is too long" : "路径过长",
        _ => ex.Message,
    };
}
