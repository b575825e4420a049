using System.Text;
using System.Text.Json;
using Governance.Rules.Json;

namespace Governance.Rules.Testing.Cases;

/// <summary>Finds and reads policy case files.</summary>
public static class PolicyCaseFiles
{
    /// <summary>Reads every case in <paramref name="path"/>: a case file, or a folder searched recursively for <c>*.case.json</c>.</summary>
    /// <param name="path">A file or folder.</param>
    /// <returns>The cases in file and index order. A file that is not valid JSON yields one case that will fail with the parse error.</returns>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public static IReadOnlyList<PolicyCase> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] files;
        if (File.Exists(path))
        {
            files = [Path.GetFullPath(path)];
        }
        else if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, "*.case.json", SearchOption.AllDirectories).Select(Path.GetFullPath).Order(StringComparer.Ordinal)];
        }
        else
        {
            throw new FileNotFoundException("No case file or folder at " + path, path);
        }

        var cases = new List<PolicyCase>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            try
            {
                using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = RulesJson.MaxDepth });
                if (doc.RootElement.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var item in doc.RootElement.EnumerateArray())
                    {
                        cases.Add(new PolicyCase(item.GetRawText(), file, i++));
                    }
                }
                else
                {
                    cases.Add(new PolicyCase(doc.RootElement.GetRawText(), file, 0));
                }
            }
            catch (JsonException)
            {
                cases.Add(new PolicyCase(text, file, 0));
            }
        }

        return cases;
    }
}
