// Tests each mutant of the given files in a fresh test process, from the assembly a Stryker.NET run instrumented, and
// writes the report again with the statuses found. For code that runs once a process: a static field's initializer, or
// an object built once and kept (a validator held in a static field). Stryker.NET 5.1.0's Microsoft.Testing.Platform
// runner tests every mutant in one long-lived test process, so such a mutant is switched on, or not, by whichever
// mutant was active when the type was first set up: its status says nothing about the tests.
//
// Usage: dotnet run .ci/FreshProcessMutants.cs -- RUN-DIR OUT-DIR [--workers N] [--only A.cs,B.cs] [--until HH:MM] [--pick P] -- XUNIT-FILTER…
//   RUN-DIR  the folder .ci/mutation wrote a run to (artifacts/mutation/SCOPE) with MUTATION_KEEP_BIN=1, so that it
//            holds the instrumented test output (instrumented-bin); the run can be one that tested next to nothing
//            (MUTATION_TESTS naming a single small class), since only its list of mutants and that output are used
//   OUT-DIR  where the report goes (OUT-DIR/SCOPE/reports/mutation-report.json, with tests-filter.txt beside it naming
//            the tests run), for: dotnet run .ci/MutationScore.cs -- --record OUT-DIR
//   --only   test the mutants of these files of the run alone (paths as given to .ci/mutation, e.g.
//            Compensation/PayErrors.cs); the report then holds those files only, and SCOPE is their names joined by '+'
//   --until  start no mutant after this time (UTC); the report then holds only the files whose every mutant was tested
//   --pick   test only some mutants: "static" (those Stryker found in a static initializer) and/or mutator names, comma
//            separated (e.g. "static,Statement mutation": also a removed statement, such as a rule of a validator built
//            once and kept); the report then holds those mutants alone, with picked.txt beside it, and is a check of
//            them, not a measurement of the files (.ci/MutationScore.cs --record refuses it)
//   XUNIT-FILTER  xunit's own filters for the tests each mutant runs against (-class "…", -namespace "…"); the run stops
//            at the first failing test
// A mutant is killed when a test fails (or the process fails), survives when every test passes, and times out past
// three times the unmutated run (at least a minute). Compile errors and ignored mutants keep Stryker's status.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

if (args.Length < 3 || Array.IndexOf(args, "--") < 0)
{
    Console.Error.WriteLine("usage: dotnet run .ci/FreshProcessMutants.cs -- RUN-DIR OUT-DIR [--workers N] [--only A.cs,B.cs] [--until HH:MM] [--pick P] -- XUNIT-FILTER…");
    return 2;
}

var runDir = Path.GetFullPath(args[0].TrimEnd('/'));
var outDir = Path.GetFullPath(args[1]);
var split = Array.IndexOf(args, "--");
var workers = Option("--workers") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : 1;
var filter = args.Skip(split + 1).ToArray();
var only = Option("--only")?.Split(',');
var pick = Option("--pick")?.Split(',');
var until = Option("--until") is { } u ? DateTime.UtcNow.Date.Add(TimeSpan.ParseExact(u, @"hh\:mm", CultureInfo.InvariantCulture)) : (DateTime?)null;

// RUN-DIR is CLONE/artifacts/mutation/SCOPE, where SCOPE holds the slashes of the paths it joins.
const string Artifacts = "/artifacts/mutation/";
var at = runDir.IndexOf(Artifacts, StringComparison.Ordinal);
if (at < 0)
{
    Console.Error.WriteLine($"{runDir} is not a folder of CLONE{Artifacts}");
    return 2;
}

var scope = only is null ? runDir[(at + Artifacts.Length)..] : string.Join('+', only);
var testDll = Path.Combine(runDir, "instrumented-bin", "Governance.Rules.Tests.dll");
var library = Path.Combine(runDir, "instrumented-bin", "Governance.Rules.dll");

// The library must be the one Stryker instrumented: it reads the active mutant's id from STRYKER_MUTANT_FILE.
if (!File.Exists(library) || File.ReadAllBytes(library).AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("STRYKER_MUTANT_FILE")) < 0)
{
    Console.Error.WriteLine($"{library} is missing or not instrumented (run .ci/mutation with MUTATION_KEEP_BIN=1)");
    return 2;
}
var reportPath = Path.Combine(runDir, "reports", "mutation-report.json");
var report = JsonNode.Parse(File.ReadAllText(reportPath))!.AsObject();

var mutants = new List<(string File, JsonObject Mutant)>();
var files = report["files"]!.AsObject();
foreach (var name in files.Select(f => f.Key).ToList())
{
    if (only is not null && !only.Any(o => name.Replace('\\', '/').EndsWith("src/Governance.Rules/" + o, StringComparison.Ordinal)))
    {
        files.Remove(name);
    }
}

if (only is not null && files.Count != only.Length)
{
    Console.Error.WriteLine($"--only names {only.Length} files; the run's report holds {files.Count} of them");
    return 2;
}

foreach (var (file, value) in files)
{
    var list = value!["mutants"]!.AsArray();
    foreach (var m in list.ToList())
    {
        var picked = pick is null || (pick.Contains("static") && m!["static"]?.GetValue<bool>() == true)
            || pick.Contains(m!["mutatorName"]!.GetValue<string>());
        if (!picked)
        {
            list.Remove(m);
            continue;
        }

        var status = m!["status"]!.GetValue<string>();
        if (status is not ("CompileError" or "Ignored"))
        {
            mutants.Add((file, m.AsObject()));
        }
    }
}

Console.WriteLine($"{mutants.Count} mutants to test in {scope}, each in a fresh process of {testDll}, {workers} at a time");
var (baseline, baselineOk, baselineOut) = Run(-1, TimeSpan.FromMinutes(10));
if (!baselineOk)
{
    Console.Error.WriteLine("the tests fail with no mutant active; nothing measured:\n" + baselineOut);
    return 1;
}

// xunit ANDs -class with -namespace: a filter can select no test at all, and then every mutant would "survive".
var total = System.Text.RegularExpressions.Regex.Match(baselineOut, @"Total: (\d+)");
if (!total.Success || total.Groups[1].Value == "0")
{
    Console.Error.WriteLine("the filters select no test (xunit ANDs -class with -namespace: use -class \"Namespace.*\"); nothing measured:\n" + baselineOut);
    return 1;
}

Console.WriteLine($"the filters select {total.Groups[1].Value} tests");

var limit = TimeSpan.FromSeconds(Math.Max(60, baseline.TotalSeconds * 3));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unmutated run {baseline.TotalSeconds:F1} s; a mutant times out after {limit.TotalSeconds:F0} s"));

var done = 0;
var started = Stopwatch.StartNew();
var tested = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
// Taken one by one in the report's order (no chunks), so that a run stopped by --until leaves whole files behind it.
Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(mutants, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = workers }, (item, state) =>
{
    if (until is { } end && DateTime.UtcNow >= end)
    {
        state.Stop();
        return;
    }

    var id = int.Parse(item.Mutant["id"]!.ToString(), CultureInfo.InvariantCulture);
    var (took, passed, _) = Run(id, limit);
    var status = took >= limit ? "Timeout" : passed ? "Survived" : "Killed";
    lock (mutants)
    {
        item.Mutant["status"] = status;
        item.Mutant["statusReason"] = "tested in a fresh process";
        tested.Add(item.Mutant);
        var n = ++done;
        if (n % 25 == 0 || n == mutants.Count)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n}/{mutants.Count} after {started.Elapsed.TotalMinutes:F1} min"));
        }
    }
});

// A file counts only when every one of its mutants was tested.
var incomplete = mutants.Where(m => !tested.Contains(m.Mutant)).Select(m => m.File).ToHashSet(StringComparer.Ordinal);
if (incomplete.Count > 0)
{
    foreach (var name in incomplete)
    {
        files.Remove(name);
    }

    mutants.RemoveAll(m => incomplete.Contains(m.File));
    Console.WriteLine($"stopped at {until:HH:mm} UTC; left out, not wholly tested: {string.Join(", ", incomplete.Select(Path.GetFileName))}");
    scope = string.Join('+', files.Select(f => f.Key.Replace('\\', '/')).Select(f => f[(f.IndexOf("src/Governance.Rules/", StringComparison.Ordinal) + "src/Governance.Rules/".Length)..]));
}

var target = Path.Combine(outDir, scope);
Directory.CreateDirectory(Path.Combine(target, "reports"));
File.WriteAllText(Path.Combine(target, "reports", "mutation-report.json"), report.ToJsonString());
File.WriteAllText(Path.Combine(target, "tests-filter.txt"), "fresh process a mutant: " + string.Join(' ', filter) + "\n");
if (pick is not null)
{
    File.WriteAllText(Path.Combine(target, "picked.txt"), "only these mutants: " + string.Join(", ", pick) + "\n");
}

foreach (var group in mutants.GroupBy(m => m.File).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var counts = group.GroupBy(m => m.Mutant["status"]!.GetValue<string>()).Select(g => $"{g.Key} {g.Count()}");
    Console.WriteLine($"{Path.GetFileName(group.Key)}: {string.Join(", ", counts)}");
}

Console.WriteLine($"report: {target}/reports/mutation-report.json");
return 0;

(TimeSpan Took, bool Passed, string Output) Run(int id, TimeSpan timeout)
{
    var file = Path.Combine(Path.GetTempPath(), $"fresh-mutant-{Environment.ProcessId}-{id}.bin");
    File.WriteAllBytes(file, BitConverter.GetBytes(id));
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(testDll)! };
    start.ArgumentList.Add(testDll);
    foreach (var a in new[] { "-noLogo", "-noColor", "-stopOnFail" }.Concat(filter))
    {
        start.ArgumentList.Add(a);
    }

    start.Environment["STRYKER_MUTANT_FILE"] = file;
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    if (!process.WaitForExit(timeout))
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        File.Delete(file);
        return (timeout, false, "");
    }

    File.Delete(file);
    return (watch.Elapsed, process.ExitCode == 0, stdout.Result + stderr.Result);
}

// The value after an option before the "--" that starts the xunit filters, or null when the option is not given.
string? Option(string name) => args.Take(split).SkipWhile(a => a != name).Skip(1).FirstOrDefault();
