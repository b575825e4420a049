using BenchmarkDotNet.Attributes;
using Governance.Rules.Compensation;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>The pay-floor check of a district payroll of 30,000 community workers for 2025.</summary>
[MemoryDiagnoser]
public class PayFloorBenchmarks
{
    private PayFloorChecker _checker = null!;
    private PayrollRequest _payroll = null!;
    private EvaluationOptions _explain = null!;
    private EvaluationOptions _quiet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = new PayFloorChecker(RulePacks.Suzhou, SystemClock.Instance);
        var workers = new PayrollWorker[30_000];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new PayrollWorker
            {
                Id = "w-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
                AnnualPay = 100_000m + (i * 7_919 % 90_000) + 0.37m,
                FullTimeEquivalentMonths = i % 10 == 0 ? 6.5m : 12m,
                Counted = i % 50 != 0,
            };
        }

        _payroll = new PayrollRequest("district-01", 2025, workers);
        _explain = EvaluationOptions.On(new LocalDate(2026, 1, 15), explain: true);
        _quiet = EvaluationOptions.On(new LocalDate(2026, 1, 15), explain: false);
    }

    [Benchmark(Baseline = true)]
    public RuleResult<PayFloorOutcome> Floor_check_30000_workers_without_explanation() => _checker.Evaluate(_payroll, _quiet);

    [Benchmark]
    public RuleResult<PayFloorOutcome> Floor_check_30000_workers_with_explanation() => _checker.Evaluate(_payroll, _explain);
}
