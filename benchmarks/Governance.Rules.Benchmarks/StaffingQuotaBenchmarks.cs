using BenchmarkDotNet.Attributes;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>One area's staffing quota: the allocation-free fast path against full results with and without explanation.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class StaffingQuotaBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 6, 30);
    private StaffingQuotaCalculator _calculator = null!;
    private StaffingRequest _request = null!;
    private EvaluationOptions _explain = null!;
    private EvaluationOptions _quiet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new StaffingQuotaCalculator(RulePacks.Suzhou, SystemClock.Instance);
        _request = StaffingRequest.ForArea(new StaffingArea
        {
            Id = "c-01",
            UrbanPermanentPopulation = 12_345,
            Workers = new Dictionary<string, int> { ["community-full-time"] = 20, ["part-time"] = 2 },
        });
        _explain = EvaluationOptions.On(AsOf, explain: true);
        _quiet = EvaluationOptions.On(AsOf, explain: false);
    }

    [Benchmark(Baseline = true)]
    public StaffingQuota Quota_fast_path() => _calculator.Quota(12_345, AsOf);

    [Benchmark]
    public RuleResult<StaffingOutcome> Evaluate_without_explanation() => _calculator.Evaluate(_request, _quiet);

    [Benchmark]
    public RuleResult<StaffingOutcome> Evaluate_with_explanation() => _calculator.Evaluate(_request, _explain);
}
