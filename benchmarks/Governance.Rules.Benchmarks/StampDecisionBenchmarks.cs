using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Governance.Rules.Certification;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>Stamp decisions: by code (fast path), by free text (the same text as the full result, and against a 100-item catalogue), and the full result.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class StampDecisionBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 6, 30);
    private StampDecider _suzhou = null!;
    private StampDecider _hundred = null!;
    private StampRequest _request = null!;
    private EvaluationOptions _quiet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _suzhou = new StampDecider(RulePacks.Suzhou, SystemClock.Instance);
        _hundred = new StampDecider(RulePacks.TryLoad(RulePackSource.FromJson(HundredItemLayer(), "bench.json")).GetPackOrThrow(), SystemClock.Instance);
        _request = new StampRequest { Text = "开个亲属关系证明", Requester = Requester.Bank };
        _quiet = EvaluationOptions.On(AsOf, explain: false);
        if (_hundred.Catalogue!.InForce(AsOf, "not-issued").Count != 100)
        {
            throw new InvalidOperationException("The benchmark catalogue should hold 100 items.");
        }
    }

    [Benchmark(Baseline = true)]
    public StampDecision Coded_decision() => _suzhou.Decide("kinship", AsOf);

    [Benchmark]
    public StampDecision Free_text_fast_path() => _suzhou.Match("开个亲属关系证明", AsOf);

    [Benchmark]
    public StampDecision Free_text_100_items() => _hundred.Match("开个亲属关系证明", AsOf);

    [Benchmark]
    public StampDecision Free_text_100_items_traditional_no_match() => _hundred.Match("請幫我開一張親屬證明，謝謝", AsOf);

    [Benchmark]
    public RuleResult<StampOutcome> Evaluate_free_text_without_explanation() => _suzhou.Evaluate(_request, _quiet);

    /// <summary>A layer over Suzhou adding 80 generated items to the national 20.</summary>
    private static string HundredItemLayer()
    {
        var items = new StringBuilder();
        for (var i = 0; i < 80; i++)
        {
            var name = new string([(char)(0x5000 + (i * 37)), (char)(0x6000 + (i * 53)), (char)(0x7000 + (i * 11))]) + "证明";
            items.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""
                { "code": "bench-{{i}}", "list": "not-issued", "name": { "zh-Hans": "{{name}}", "en": "Bench {{i}}" },
                  "aliases": { "zh-Hans": ["{{name[..3]}}"] }, "from": "2024-01-01", "citation": "b", "provenance": "placeholder" }
                """);
        }

        return $$"""
            { "id": "bench.hundred", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "基准", "en": "Bench" },
              "citations": { "b": { "title": "基准测试数据" } },
              "catalogues": { "certification": { "items": [ {{items}} ] } } }
            """;
    }
}
