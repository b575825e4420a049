using BenchmarkDotNet.Attributes;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Json;
using Governance.Rules.Tool.Streaming;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>
/// The govrules batch and diff engines in-process over 20,000 generated records: read JSON lines, evaluate (elderly care on
/// its fast path), write JSON lines, on one worker and on every core; and the 90–99 allowance what-if diff of the same
/// elderly-care records. Each benchmark counts one operation per record, so Mean and Allocated are per record (records
/// per second = 1 ÷ Mean) and Ratio compares with the elderly-care batch on one worker.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Records = 20_000;

    private FileInfo _input = null!;
    private FileInfo _output = null!;
    private FileInfo _elderlyInput = null!;
    private RulePack _pack = null!;
    private RulePack _reform = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pack = RulePacks.Suzhou;
        _reform = RulePacks.TryLoad(RulePackSource.FromFile(ReformFile())).GetPackOrThrow();
        _input = new FileInfo(Path.Combine(Path.GetTempPath(), $"govrules-bench-{Guid.NewGuid():N}.jsonl"));
        _output = new FileInfo(Path.ChangeExtension(_input.FullName, ".out.jsonl"));
        var random = new Random(7);
        using var writer = new StreamWriter(_input.FullName);
        for (var i = 0; i < Records; i++)
        {
            writer.WriteLine($$$"""{"areas":[{"id":"c{{{i}}}","urbanPermanentPopulation":{{{random.Next(0, 30_000)}}},"workers":{"community-full-time":{{{random.Next(0, 30)}}}}}]}""");
        }

        writer.Flush();

        // Elderly-care records: the bundled-sample shapes, varied by a seeded generator.
        _elderlyInput = new FileInfo(Path.ChangeExtension(_input.FullName, ".elderly.jsonl"));
        string[] districts = ["gusu", "wuzhong", "kunshan", "sip", "taicang"];
        string[] statuses = ["dibao", "low-income", "extreme-poverty"];
        string[] levels = ["capable", "mild", "moderate", "severe"];
        using var elderly = new StreamWriter(_elderlyInput.FullName);
        for (var i = 0; i < Records; i++)
        {
            var birth = new LocalDate(1920, 1, 1).PlusDays(random.Next(0, 46 * 365));
            var status = random.Next(4) == 0 ? $$$""","economicStatuses":[{"status":"{{{statuses[random.Next(statuses.Length)]}}}","from":"2022-01-01"}]""" : string.Empty;
            var assessment = random.Next(2) == 0 ? $$$""","assessments":[{"level":"{{{levels[random.Next(levels.Length)]}}}","assessedOn":"2026-01-15"}],"applicationDate":"2026-02-01""" + "\"" : string.Empty;
            elderly.WriteLine($$$"""{"person":{"birthDate":"{{{birth:yyyy-MM-dd}}}","hukouDistrict":"{{{districts[random.Next(districts.Length)]}}}"{{{status}}}{{{assessment}}}}}""");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_input.FullName);
        File.Delete(_output.FullName);
        File.Delete(_elderlyInput.FullName);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public long ElderlyCare_batch_one_worker() => Run(AreaAdapters.ElderlyCare, _elderlyInput, new LocalDate(2026, 11, 26), 1);

    [Benchmark(OperationsPerInvoke = Records)]
    public long ElderlyCare_batch_every_core() => Run(AreaAdapters.ElderlyCare, _elderlyInput, new LocalDate(2026, 11, 26), Environment.ProcessorCount);

    [Benchmark(OperationsPerInvoke = Records)]
    public long Staffing_batch_every_core() => Run(AreaAdapters.Staffing, _input, new LocalDate(2025, 6, 30), Environment.ProcessorCount);

    [Benchmark(OperationsPerInvoke = Records)]
    public long ElderlyCare_diff_every_core()
    {
        using var source = new JsonLinesSource(_elderlyInput.OpenRead(), _elderlyInput.FullName);
        using var output = _output.Create();
        var settings = new DiffSettings(new BatchSettings(AreaAdapters.ElderlyCare, _pack, new LocalDate(2026, 11, 26), false, Language.ZhHans, Environment.ProcessorCount), _reform);
        return DiffEngine.Run(source, output, settings, _ => { }, null, CancellationToken.None).Records;
    }

    private long Run(AreaAdapter adapter, FileInfo input, LocalDate asOf, int workers)
    {
        using var source = new JsonLinesSource(input.OpenRead(), input.FullName);
        using var output = _output.Create();
        var settings = new BatchSettings(adapter, _pack, asOf, false, Language.ZhHans, workers);
        return BatchEngine.Run(source, output, settings, null, CancellationToken.None).Records;
    }

    /// <summary>The 90–99 allowance what-if of the policy test cases, found from the working directory upwards.</summary>
    private static string ReformFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "tests", "cases", "elderly-care", "reform-90-99-1500.json");
            if (File.Exists(file))
            {
                return file;
            }
        }

        throw new FileNotFoundException("tests/cases/elderly-care/reform-90-99-1500.json");
    }
}
