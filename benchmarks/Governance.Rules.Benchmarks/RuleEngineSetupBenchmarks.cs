using BenchmarkDotNet.Attributes;
using Governance.Rules.Benchmarks.Comparison;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using NodaTime;
using NRules;

namespace Governance.Rules.Benchmarks;

/// <summary>Setup costs, reported apart from evaluation: building a calculator from a loaded pack, building and compiling each engine's rules.</summary>
[MemoryDiagnoser]
public class RuleEngineSetupBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 10, 15);
    private readonly AgeFacts _facts = new() { Age = 91, Hukou = true, Alive = true, LumpSumMonth = true };
    private AgeAllowancePolicy _policy = null!;

    [GlobalSetup]
    public void Setup() => _policy = new AgeAllowancePolicy(RulePacks.Suzhou, AsOf);

    [Benchmark(Baseline = true)]
    public ElderlyCareCalculator Library_calculator_construction() => new(RulePacks.Suzhou, SystemClock.Instance);

    /// <summary>RulesEngine compiles a workflow's expressions on its first execution, so the first call is part of setup.</summary>
    [Benchmark]
    public decimal RulesEngine_construction_and_first_execution() => AgeAllowancePolicy.RulesEngineDue(new RulesEngine.RulesEngine([_policy.Workflow()]), _facts);

    [Benchmark]
    public ISessionFactory NRules_rule_compilation() => AgeAllowancePolicy.NRulesFactory();
}
