using BenchmarkDotNet.Attributes;
using Governance.Rules.Benchmarks.Comparison;
using Governance.Rules.Staffing;
using Governance.Rules.Packs;
using NodaTime;
using NRules;

namespace Governance.Rules.Benchmarks;

/// <summary>The staffing quota of one area, head to head, checked equal over 10,000 random populations before timing.</summary>
[MemoryDiagnoser]
public class StaffingQuotaComparisonBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 6, 30);
    private StaffingQuotaCalculator _calculator = null!;
    private StaffingQuotaPolicy _policy = null!;
    private RulesEngine.RulesEngine _engine = null!;
    private ISession _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new StaffingQuotaCalculator(RulePacks.Suzhou, SystemClock.Instance);
        _policy = new StaffingQuotaPolicy(RulePacks.Suzhou, AsOf);
        _engine = new RulesEngine.RulesEngine([_policy.Workflow()]);
        _session = _policy.NRulesSession(StaffingQuotaPolicy.NRulesFactory());
        var random = new Random(20250630);
        for (var i = 0; i < 10_000; i++)
        {
            long population = random.Next(0, 2_000_000);
            var expected = _calculator.Quota(population, AsOf).Required;
            var sw = _policy.Switch(population);
            var re = StaffingQuotaPolicy.RulesEngineRequired(_engine, new AreaFact { Population = population });
            var nr = StaffingQuotaPolicy.NRulesRequired(_session, new AreaFact { Population = population });
            if (sw != expected || re != expected || nr != expected)
            {
                throw new InvalidOperationException($"Population {population}: library {expected}, switch {sw}, RulesEngine {re}, NRules {nr}.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int Library_fast_path() => _calculator.Quota(12_345, AsOf).Required;

    [Benchmark]
    public int Hand_written_switch() => _policy.Switch(12_345);

    [Benchmark]
    public int RulesEngine_reused_engine() => StaffingQuotaPolicy.RulesEngineRequired(_engine, new AreaFact { Population = 12_345 });

    [Benchmark]
    public int NRules_reused_session() => StaffingQuotaPolicy.NRulesRequired(_session, new AreaFact { Population = 12_345 });
}
