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
    private RulePack _pack = null!;
    private EvaluationOptions _options = null!;

    [Params(20_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pack = RulePacks.Suzhou;
        _options = EvaluationOptions.On(new LocalDate(2025, 6, 30), explain: false);
        _input = new FileInfo(Path.Combine(Path.GetTempPath(), $"govrules-bench-{Guid.NewGuid():N}.jsonl"));
        _output = new FileInfo(Path.ChangeExtension(_input.FullName, ".out.jsonl"));
        var random = new Random(7);
        using var writer = new StreamWriter(_input.FullName);
        for (var i = 0; i < Records; i++)
        {
            writer.WriteLine($$$"""{"areas":[{"id":"c{{{i}}}","urbanPermanentPopulation":{{{random.Next(0, 30_000)}}},"workers":{"community-full-time":{{{random.Next(0, 30)}}}}}]}""");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_input.FullName);
        File.Delete(_output.FullName);
    }

    [Benchmark]
    public long Staffing_batch() => BatchRunner.Run(AreaAdapters.Staffing, _pack, _options, Language.ZhHans, _input, _output, null).Records;
}
