// Prints the mutation score of each folder and file from Stryker.NET's JSON reports, as a Markdown table.
// Usage: dotnet run .ci/MutationScore.cs -- REPORTS-DIR [FOLDER…]
//        dotnet run .ci/MutationScore.cs -- --record REPORTS-DIR   (keeps each file's newest score in the ledger)
//        dotnet run .ci/MutationScore.cs -- --ledger               (the whole library from the ledger)
//
// The ledger (tests/mutation/ledger.tsv) keeps, per file of src/Governance.Rules, the score of its newest measurement
// and a hash of the source that was measured. A score counts for the whole library only while the file is unchanged
// since: "--ledger" lists every file of the library as measured (its source is the one measured), changed since, or
// not measured, and gives the overall score over the measured files alone. Runs on different days add up that way.
//
// Score = (killed + timeout) ÷ (killed + timeout + survived + no coverage). Compile errors and ignored mutants do
// not count. A surviving mutant listed in tests/mutation/equivalent-mutants.md (file, line, mutator and the mutated
// code, with a reason) is counted apart as "equivalent" and left out of the denominator; the table says how many were.
// The mutated code tells apart two mutants of one line and mutator, of which only one may be equivalent.
using System.Globalization;
using System.Text.Json;

const string LedgerPath = "tests/mutation/ledger.tsv";
if (args.Length > 0 && args[0] == "--ledger")
{
    return Ledger.Show(LedgerPath);
}

var record = args.Length > 0 && args[0] == "--record";
var rest = record ? args.Skip(1).ToArray() : args;
var reportsDir = rest.Length > 0 ? rest[0] : "artifacts/mutation";
var folders = rest.Skip(1).ToArray();
var equivalent = ReadEquivalent("tests/mutation/equivalent-mutants.md");

// A file mutated in several runs (a folder run, then a run of that one file) counts once: the newest report in which
// the file has mutants that were tested; a report where the file was only outside the mutate filter does not count.
var byFile = new Dictionary<string, (string Folder, Tally Tally, DateTime Written, string Hash, string Tests)>(StringComparer.Ordinal);
foreach (var report in Directory.EnumerateFiles(reportsDir, "mutation-report.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    var written = File.GetLastWriteTimeUtc(report);

    // The run's scope, from the folder .ci/mutation wrote the report to (its arguments joined by '+'): a file in scope
    // for which Stryker made no mutant to test (a record, an enum) is measured, with nothing to count.
    var runDir = Path.GetDirectoryName(Path.GetDirectoryName(report)!)!;
    var scope = Path.GetRelativePath(reportsDir, runDir).Replace('\\', '/').Split('+');

    // A check of some mutants alone (FreshProcessMutants --pick) is not a measurement of its files.
    if (record && File.Exists(Path.Combine(runDir, "picked.txt")))
    {
        Console.WriteLine($"{report}: only some mutants were tested (picked.txt); not a measurement of the files, not recorded");
        continue;
    }

    // A run of part of the tests (MUTATION_TESTS in .ci/mutation) left its filter beside the report.
    var filterFile = Path.Combine(runDir, "tests-filter.txt");
    var tests = File.Exists(filterFile) ? File.ReadAllText(filterFile).Trim() : Ledger.AllTests;
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

        var inScope = scope.Any(part => part.EndsWith(".cs", StringComparison.Ordinal) ? part == relative : relative.StartsWith(part + "/", StringComparison.Ordinal));
        if (t.Counted + t.Equivalent == 0 && !inScope)
        {
            continue;
        }

        if (!byFile.TryGetValue(relative, out var seen) || written > seen.Written)
        {
            byFile[relative] = (folder, t, written, Ledger.Hash(file.Value.GetProperty("source").GetString() ?? ""), tests);
        }
    }
}

var rows = byFile.Select(kv => (kv.Value.Folder, File: kv.Key, kv.Value.Tally)).ToList();
if (rows.Count == 0)
{
    Console.WriteLine($"no mutation-report.json under {reportsDir}");
    return 1;
}

if (record)
{
    return Ledger.Record(LedgerPath, byFile.Select(kv => new LedgerRow(kv.Key, kv.Value.Hash, kv.Value.Written, kv.Value.Tally, kv.Value.Tests)));
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

internal sealed record LedgerRow(string File, string Hash, DateTime Measured, Tally Tally, string Tests);

/// <summary>The ledger of each file's newest measurement, and the whole library's table read from it.</summary>
internal static class Ledger
{
    private const string Header = "# file\tsource sha256 (16)\tmeasured (UTC)\tkilled\ttimeout\tsurvived\tno coverage\tequivalent (listed)\ttests run";

    /// <summary>The tests column of a file measured against the whole suite.</summary>
    public const string AllTests = "all";
    private const string Library = "src/Governance.Rules";

    public static string Hash(string source) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source.ReplaceLineEndings("\n"))))[..16];

    public static int Record(string path, IEnumerable<LedgerRow> measured)
    {
        var rows = Read(path);
        var changed = 0;
        foreach (var m in measured)
        {
            if (!rows.TryGetValue(m.File, out var old) || m.Measured > old.Measured)
            {
                rows[m.File] = m;
                changed++;
            }
        }

        var lines = new List<string> { Header };
        lines.AddRange(rows.Values.OrderBy(r => r.File, StringComparer.Ordinal).Select(r => string.Join('\t',
            r.File, r.Hash, r.Measured.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            r.Tally.Killed, r.Tally.Timeout, r.Tally.Survived, r.Tally.NoCoverage, r.Tally.Equivalent, r.Tests)));
        File.WriteAllLines(path, lines);
        Console.WriteLine($"{changed} file(s) recorded in {path}; {rows.Count} in all");
        return 0;
    }

    public static int Show(string path)
    {
        var rows = Read(path);
        var files = Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Library, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Console.WriteLine("| Folder / file | State | Measured (UTC) | Killed | Timeout | Survived | No coverage | Equivalent (listed) | Score |");
        Console.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var total = new Tally();
        int current = 0, empty = 0, changed = 0, missing = 0, partial = 0;
        string? lowest = null;
        var lowestScore = 2.0;
        foreach (var group in files.GroupBy(f => f.Contains('/', StringComparison.Ordinal) ? f[..f.IndexOf('/', StringComparison.Ordinal)] : "."))
        {
            var sum = new Tally();
            var lines = new List<string>();
            foreach (var f in group)
            {
                var hash = Hash(File.ReadAllText(Path.Combine(Library, f)));
                if (!rows.TryGetValue(f, out var r))
                {
                    missing++;
                    lines.Add($"| {f} | not measured | | | | | | | — |");
                    continue;
                }

                var state = r.Hash != hash ? "changed since" : r.Tests == AllTests ? "measured" : "measured (part of the tests: a lower bound)";
                if (r.Hash == hash)
                {
                    current++;
                    partial += r.Tests == AllTests ? 0 : 1;
                    empty += r.Tally.Counted + r.Tally.Equivalent == 0 ? 1 : 0;
                    sum.Add(r.Tally);
                    if (r.Tally.Counted > 0 && r.Tally.Score < lowestScore)
                    {
                        (lowest, lowestScore) = (f, r.Tally.Score);
                    }
                }
                else
                {
                    changed++;
                }

                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {f} | {state} | {r.Measured:yyyy-MM-dd HH:mm} | {r.Tally.Killed} | {r.Tally.Timeout} | {r.Tally.Survived} | {r.Tally.NoCoverage} | {r.Tally.Equivalent} | {(r.Tally.Counted == 0 ? "—" : r.Tally.Score.ToString("P1", CultureInfo.InvariantCulture))} |"));
            }

            total.Add(sum);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| **{group.Key}** (measured files) | | | {sum.Killed} | {sum.Timeout} | {sum.Survived} | {sum.NoCoverage} | {sum.Equivalent} | {(sum.Counted == 0 ? "—" : sum.Score.ToString("P1", CultureInfo.InvariantCulture))} |"));
            lines.ForEach(Console.WriteLine);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files: {current} measured as they are ({empty} with no mutant to test, {partial} against part of the tests), {changed} changed since their measurement, {missing} not measured. Over the {current} measured: {total.Score:P1} ({total.Killed + total.Timeout} of {total.Counted}); lowest {lowest ?? "—"} {(lowest is null ? "" : lowestScore.ToString("P1", CultureInfo.InvariantCulture))}. Targets (the whole library): overall ≥ 85 %, every file ≥ 70 %."));
        return 0;
    }

    private static Dictionary<string, LedgerRow> Read(string path)
    {
        var rows = new Dictionary<string, LedgerRow>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return rows;
        }

        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var c = line.Split('\t');
            var t = new Tally
            {
                Killed = int.Parse(c[3], CultureInfo.InvariantCulture),
                Timeout = int.Parse(c[4], CultureInfo.InvariantCulture),
                Survived = int.Parse(c[5], CultureInfo.InvariantCulture),
                NoCoverage = int.Parse(c[6], CultureInfo.InvariantCulture),
                Equivalent = int.Parse(c[7], CultureInfo.InvariantCulture),
            };
            rows[c[0]] = new LedgerRow(c[0], c[1], DateTime.ParseExact(c[2], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), t,
                c.Length > 8 ? c[8] : AllTests);
        }

        return rows;
    }
}
