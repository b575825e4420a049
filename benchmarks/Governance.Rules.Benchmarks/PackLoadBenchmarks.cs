using BenchmarkDotNet.Attributes;
using Governance.Rules.Packs;

namespace Governance.Rules.Benchmarks;

/// <summary>Cold load: reading, validating and resolving the whole embedded Suzhou chain with no cache.</summary>
[MemoryDiagnoser]
public class PackLoadBenchmarks
{
    [Benchmark]
    public RulePackLoadResult Load_Suzhou_chain_uncached() => RulePacks.LoadUncached(RulePacks.SuzhouId);
}
