using System.CommandLine;
using System.Reflection;

namespace Governance.Rules.Tool;

/// <summary>
/// <c>govrules samples [--output DIR]</c>: writes the bundled sample requests and the request schemas to a folder, so
/// the README's commands work after <c>dotnet tool install</c> without the repository.
/// </summary>
internal static class SamplesCommand
{
    private static readonly Option<DirectoryInfo> Output = new("--output")
    {
        Description = Text.Help("写入的文件夹", "The folder to write to"),
        DefaultValueFactory = _ => new DirectoryInfo("govrules-samples"),
    };

    public static Command Create()
    {
        var command = new Command("samples", Text.Help("把自带的示例请求与请求 JSON Schema 写入文件夹", "Write the bundled sample requests and request schemas to a folder"))
        {
            Output, Common.Lang,
        };
        command.SetAction(result => Common.Guarded(result, language =>
        {
            var folder = result.GetValue(Output)!;
            var assembly = typeof(SamplesCommand).Assembly;
            // Resource names carry the project-relative path, with '\\' when built on Windows.
            var resources = assembly.GetManifestResourceNames()
                .Select(n => (Resource: n, Name: n.Replace('\\', '/')))
                .Where(r => r.Name.StartsWith("samples/", StringComparison.Ordinal) || r.Name.StartsWith("schemas/", StringComparison.Ordinal))
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .ToList();
            var clashes = resources.Where(r => File.Exists(Path.Combine(folder.FullName, r.Name)) && !Same(assembly, r.Resource, Path.Combine(folder.FullName, r.Name))).Select(r => r.Name).ToList();
            if (clashes.Count > 0)
            {
                throw new ToolException(
                    2,
                    $"{folder.FullName} 中已有内容不同的同名文件（{string.Join("、", clashes)}），未写入任何文件。请用 --output 另选文件夹。",
                    $"{folder.FullName} already holds different files of the same names ({string.Join(", ", clashes)}); nothing was written. Choose another folder with --output.");
            }

            try
            {
                foreach (var (resource, name) in resources)
                {
                    var path = Path.Combine(folder.FullName, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    using var source = assembly.GetManifestResourceStream(resource)!;
                    using var target = File.Create(path);
                    source.CopyTo(target);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ToolException(2, $"无法写入 {folder.FullName}：{ex.Message}", $"Cannot write to {folder.FullName}: {ex.Message}");
            }

            Console.Out.WriteLine(Text.Get(
                language,
                $"已写入 {resources.Count} 个文件到 {folder.FullName}（samples/ 示例请求，schemas/ 请求格式）。试一试：govrules eval elderly-care --input {Path.Combine(folder.ToString(), "samples", "elderly-person.json")}",
                $"Wrote {resources.Count} files to {folder.FullName} (samples/ requests, schemas/ request schemas). Try: govrules eval elderly-care --input {Path.Combine(folder.ToString(), "samples", "elderly-person.json")} --lang en"));
            return 0;
        }));
        return command;
    }

    private static bool Same(Assembly assembly, string resource, string path)
    {
        using var source = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        return copy.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(path));
    }
}
