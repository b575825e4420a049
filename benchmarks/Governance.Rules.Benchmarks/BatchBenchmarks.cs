using BenchmarkDotNet.Attributes;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Testing.Areas;
using Governance.Rules.Tool;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>
/// The govrules batch pipeline in-process on one thread: read JSON lines, evaluate, write JSON lines.
/// Records per minute = Records ÷ mean seconds × 60.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private FileInfo _input = null!;
    private FileInfo _output = null!;
    private FileInfo _elderlyInput = null!;
    private RulePack _pack = null!;
    private EvaluationOptions _options = null!;
    private EvaluationOptions _elderlyOptions = null!;

    [Params(20_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pack = RulePacks.Suzhou;
        _options = EvaluationOptions.On(new LocalDate(2025, 6, 30), explain: false);
        _elderlyOptions = EvaluationOptions.On(new LocalDate(2026, 11, 26), explain: false);
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
    public long ElderlyCare_batch() => BatchRunner.Run(AreaAdapters.ElderlyCare, _pack, _elderlyOptions, Language.ZhHans, _elderlyInput, _output, null).Records;

    [Benchmark]
    public long Staffing_batch() => BatchRunner.Run(AreaAdapters.Staffing, _pack, _options, Language.ZhHans, _input, _output, null).Records;
}
