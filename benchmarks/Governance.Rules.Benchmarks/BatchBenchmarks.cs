using BenchmarkDotNet.Attributes;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Json;
using Governance.Rules.Tool.Streaming;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>
/// The govrules batch pipeline in-process: read JSON lines, evaluate (elderly care on its fast path), write JSON lines,
/// on one worker and on every core. Records per second = Records ÷ median seconds.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private FileInfo _input = null!;
    private FileInfo _output = null!;
    private FileInfo _elderlyInput = null!;
    private RulePack _pack = null!;


    [Params(20_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pack = RulePacks.Suzhou;
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

    [Benchmark]
    public long ElderlyCare_batch_one_worker() => Run(AreaAdapters.ElderlyCare, _elderlyInput, new LocalDate(2026, 11, 26), 1);

    [Benchmark]
    public long ElderlyCare_batch_every_core() => Run(AreaAdapters.ElderlyCare, _elderlyInput, new LocalDate(2026, 11, 26), Environment.ProcessorCount);

    [Benchmark]
    public long Staffing_batch_every_core() => Run(AreaAdapters.Staffing, _input, new LocalDate(2025, 6, 30), Environment.ProcessorCount);

    private long Run(AreaAdapter adapter, FileInfo input, LocalDate asOf, int workers)
    {
        using var source = new JsonLinesSource(input.OpenRead(), input.FullName);
        using var output = _output.Create();
        var settings = new BatchSettings(adapter, _pack, asOf, false, Language.ZhHans, workers);
        return BatchEngine.Run(source, output, settings, null, CancellationToken.None).Records;
    }
}
