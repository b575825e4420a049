using BenchmarkDotNet.Attributes;
using Governance.Rules.Compensation;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>
/// One worker's grade and monthly pay: the allocation-free fast path (a worker with a gap, a 不合格 year, a promotion and
/// two qualifications; and a worker with one period and one post) against full results with and without explanation.
/// </summary>
[MemoryDiagnoser]
public class CommunityWorkerPayBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 6, 30);
    private CommunityWorkerPayCalculator _calculator = null!;
    private CommunityWorker _worker = null!;
    private CommunityWorker _simple = null!;
    private EvaluationOptions _explain = null!;
    private EvaluationOptions _quiet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new CommunityWorkerPayCalculator(RulePacks.Suzhou, SystemClock.Instance);
        _worker = new CommunityWorker
        {
            Id = "w-0001",
            Degree = "bachelor",
            Service = [new ServicePeriod(new LocalDate(2009, 3, 1), new LocalDate(2015, 8, 31)), new ServicePeriod(new LocalDate(2016, 1, 1))],
            Posts = [new PostAssignment("staff", new LocalDate(2009, 3, 1)), new PostAssignment("deputy", new LocalDate(2019, 7, 1))],
            Qualifications = [new QualificationHeld("assistant-social-worker", new LocalDate(2012, 6, 17)), new QualificationHeld("social-worker", new LocalDate(2018, 6, 16))],
            FailedAppraisalYears = [2017],
        };
        _simple = CommunityWorker.Hired("w-0002", "staff", new LocalDate(2016, 9, 1)) with { Degree = "bachelor" };
        _explain = EvaluationOptions.On(AsOf, explain: true);
        _quiet = EvaluationOptions.On(AsOf, explain: false);
    }

    [Benchmark(Baseline = true)]
    public MonthlyPayFigures Grade_and_monthly_pay_fast_path() => _calculator.MonthlyPay(_worker, AsOf);

    [Benchmark]
    public MonthlyPayFigures Grade_and_monthly_pay_fast_path_one_period_one_post() => _calculator.MonthlyPay(_simple, AsOf);

    [Benchmark]
    public RuleResult<MonthlyPayOutcome> Evaluate_monthly_pay_without_explanation() => _calculator.EvaluateMonthlyPay(_worker, _quiet);

    [Benchmark]
    public RuleResult<MonthlyPayOutcome> Evaluate_monthly_pay_with_explanation() => _calculator.EvaluateMonthlyPay(_worker, _explain);
}
