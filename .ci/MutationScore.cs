// Prints the mutation score of each folder and file from Stryker.NET's JSON reports, as a Markdown table.
// Usage: dotnet run .ci/MutationScore.cs -- REPORTS-DIR [FOLDER…]
//
// Score = (killed + timeout) ÷ (killed + timeout + survived + no coverage). Compile errors and ignored mutants do
// not count. A surviving mutant listed in tests/mutation/equivalent-mutants.md (file, line, mutator and the mutated
// code, with a reason) is counted apart as "equivalent" and left out of the denominator; the table says how many were.
// The mutated code tells apart two mutants of one line and mutator, of which only one may be equivalent.
using System.Globalization;
using System.Text.Json;

var reportsDir = args.Length > 0 ? args[0] : "artifacts/mutation";
var folders = args.Skip(1).ToArray();
var equivalent = ReadEquivalent("tests/mutation/equivalent-mutants.md");

// A file mutated in several runs (a folder run, then a run of that one file) counts once: the newest report in which
// the file has mutants that were tested; a report where the file was only outside the mutate filter does not count.
var byFile = new Dictionary<string, (string Folder, Tally Tally, DateTime Written)>(StringComparer.Ordinal);
foreach (var report in Directory.EnumerateFiles(reportsDir, "mutation-report.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    var written = File.GetLastWriteTimeUtc(report);
    using var doc = JsonDocument.Parse(File.ReadAllBytes(report));
    foreach (var file in doc.RootElement.GetProperty("files").EnumerateObject())
    {
        var path = file.Name.Replace('\\', '/');
        var marker = path.IndexOf("src/Governance.Rules/", StringComparison.Ordinal);
        var relative = marker >= 0 ? path[(marker + "src/Governance.Rules/".Length)..] : Path.GetFileName(path);
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        var folder = slash >= 0 ? relative[..slash] : ".";
        if (folders.Length > 0 && !folders.Contains(folder, StringComparer.Ordinal))
        {
            continue;
        }

        var t = new Tally();
        foreach (var m in file.Value.GetProperty("mutants").EnumerateArray())
        {
            var status = m.GetProperty("status").GetString();
            var line = m.GetProperty("location").GetProperty("start").GetProperty("line").GetInt32();
            var mutator = m.GetProperty("mutatorName").GetString() ?? "";
            var replacement = m.TryGetProperty("replacement", out var r) ? r.GetString() ?? "" : "";
            switch (status)
            {
                case "Killed": t.Killed++; break;
                case "Timeout": t.Timeout++; break;
                case "NoCoverage": t.NoCoverage++; break;
                case "Survived" when equivalent.Contains((relative, line, mutator, Code(replacement))): t.Equivalent++; break;
                case "Survived": t.Survived++; break;
                default: t.Other++; break;
            }
        }

        if (t.Counted + t.Equivalent == 0)
        {
            continue;
        }

        if (!byFile.TryGetValue(relative, out var seen) || written > seen.Written)
        {
            byFile[relative] = (folder, t, written);
        }
    }
}

var rows = byFile.Select(kv => (kv.Value.Folder, File: kv.Key, kv.Value.Tally)).ToList();
if (rows.Count == 0)
{
    Console.WriteLine($"no mutation-report.json under {reportsDir}");
    return 1;
}

Console.WriteLine("| Folder / file | Killed | Timeout | Survived | No coverage | Equivalent (listed) | Score |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
var total = new Tally();
foreach (var group in rows.GroupBy(r => r.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var sum = new Tally();
    foreach (var r in group)
    {
        sum.Add(r.Tally);
    }

    total.Add(sum);
    Console.WriteLine(Row($"**{group.Key}**", sum));
    foreach (var r in group.OrderBy(r => r.File, StringComparer.Ordinal))
    {
        Console.WriteLine(Row(r.File, r.Tally));
    }
}

Console.WriteLine(Row("**all**", total));
var lowest = rows.Where(r => r.Tally.Counted > 0).MinBy(r => r.Tally.Score);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Overall {total.Score:P1}; lowest file {lowest.File} {lowest.Tally.Score:P1}; targets: overall ≥ 85 %, every file ≥ 70 %."));
return 0;

static string Row(string name, Tally t) => string.Create(CultureInfo.InvariantCulture,
    $"| {name} | {t.Killed} | {t.Timeout} | {t.Survived} | {t.NoCoverage} | {t.Equivalent} | {(t.Counted == 0 ? "—" : t.Score.ToString("P1", CultureInfo.InvariantCulture))} |");

static HashSet<(string File, int Line, string Mutator, string Code)> ReadEquivalent(string path)
{
    // Table rows: | File (relative to src/Governance.Rules) | Line | Mutator | Mutated code | Reason |
    // The mutated code is written as Stryker reports it, in backticks, with any | written \|.
    var set = new HashSet<(string, int, string, string)>();
    if (!File.Exists(path))
    {
        return set;
    }

    foreach (var line in File.ReadLines(path))
    {
        var cells = line.Replace("\\|", "\u0001", StringComparison.Ordinal).Split('|', StringSplitOptions.TrimEntries);
        if (cells.Length >= 7 && int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            set.Add((cells[1].Trim('`'), n, cells[3].Trim('`'), Code(cells[4].Trim('`').Replace('\u0001', '|'))));
        }
    }

    return set;
}

// The mutated code with its spacing taken out, so that a listed mutant matches however the report spaces it.
static string Code(string code) => string.Concat(code.Where(c => !char.IsWhiteSpace(c)));

internal sealed class Tally
{
    public int Killed, Timeout, Survived, NoCoverage, Equivalent, Other;

    public int Counted => Killed + Timeout + Survived + NoCoverage;

    public double Score => Counted == 0 ? 1 : (Killed + Timeout) / (double)Counted;

    public void Add(Tally t)
    {
        Killed += t.Killed;
        Timeout += t.Timeout;
        Survived += t.Survived;
        NoCoverage += t.NoCoverage;
        Equivalent += t.Equivalent;
        Other += t.Other;
    }
}
