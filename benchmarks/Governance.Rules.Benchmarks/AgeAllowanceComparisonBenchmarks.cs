using BenchmarkDotNet.Attributes;
using Governance.Rules.Benchmarks.Comparison;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using NodaTime;
using NRules;

namespace Governance.Rules.Benchmarks;

/// <summary>
/// The 尊老金 rule for one person, head to head: the library's dedicated 尊老金 path (baseline, a table by age compiled once per
/// month), the library's all-benefit summary masked to the 尊老金, a hand-written switch, Microsoft RulesEngine (reused engine) and
/// NRules (reused session). Before timing, all five are checked equal over 10,000 random persons.
/// </summary>
[MemoryDiagnoser]
public class AgeAllowanceComparisonBenchmarks
{
    /// <summary>October: the month the yearly amounts are paid in, so every band is exercised.</summary>
    private static readonly LocalDate AsOf = new(2025, 10, 15);
    private ElderlyCareCalculator _calculator = null!;
    private AgeAllowancePolicy _policy = null!;
    private RulesEngine.RulesEngine _engine = null!;
    private ISession _session = null!;
    private ElderlyPerson _person = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new ElderlyCareCalculator(RulePacks.Suzhou, SystemClock.Instance);
        _policy = new AgeAllowancePolicy(RulePacks.Suzhou, AsOf);
        _engine = new RulesEngine.RulesEngine([_policy.Workflow()]);
        _session = _policy.NRulesSession(AgeAllowancePolicy.NRulesFactory());
        _person = new ElderlyPerson { BirthDate = new LocalDate(1934, 3, 9), HukouDistrict = "gusu" };
        CheckEqual(10_000);
    }

    private void CheckEqual(int count)
    {
        var random = new Random(20251015);
        string?[] districts = ["gusu", "wuzhong", "kunshan", null];
        var nonZero = 0;
        for (var i = 0; i < count; i++)
        {
            var birth = new LocalDate(1915, 1, 1).PlusDays(random.Next(0, 50 * 365));
            if (random.Next(200) == 0)
            {
                birth = new LocalDate(1924 + (4 * random.Next(0, 10)), 2, 29);
            }

            var person = new ElderlyPerson
            {
                BirthDate = birth,
                HukouDistrict = districts[random.Next(districts.Length)],
                HukouSince = random.Next(4) == 0 ? AsOf.PlusDays(-random.Next(0, 120)) : null,
                DeathDate = random.Next(8) == 0 ? AsOf.PlusDays(random.Next(-90, 90)) : null,
            };
            var library = _calculator.Summarize(person, AsOf, ElderlyBenefits.AgeAllowanceMask);
            var dedicated = _calculator.SummarizeAgeAllowance(person, AsOf);
            if (library.Status != ElderlySummaryStatus.Computed || dedicated.Status != ElderlySummaryStatus.Computed)
            {
                throw new InvalidOperationException($"Person {i}: the library did not compute ({library.Status}, {dedicated.Status}).");
            }

            var facts = _policy.Facts(person);
            var expected = library.MonthTotal;
            if (dedicated.Due != expected)
            {
                throw new InvalidOperationException($"Person {i} born {birth:yyyy-MM-dd}: masked summary {expected}, dedicated path {dedicated.Due}.");
            }

            var sw = _policy.Switch(person);
            var re = AgeAllowancePolicy.RulesEngineDue(_engine, _policy.Facts(person));
            var nr = AgeAllowancePolicy.NRulesDue(_session, facts);
            if (sw != expected || re != expected || nr != expected)
            {
                throw new InvalidOperationException($"Person {i} born {birth:yyyy-MM-dd}: library {expected}, switch {sw}, RulesEngine {re}, NRules {nr}.");
            }

            nonZero += expected > 0 ? 1 : 0;
        }

        if (nonZero < count / 10)
        {
            throw new InvalidOperationException($"Only {nonZero} of {count} persons receive an allowance: the check would prove little.");
        }
    }

    [Benchmark(Baseline = true)]
    public decimal Library_age_allowance_path() => _calculator.SummarizeAgeAllowance(_person, AsOf).Due;

    [Benchmark]
    public decimal Library_summary_masked() => _calculator.Summarize(_person, AsOf, ElderlyBenefits.AgeAllowanceMask).MonthTotal;

    [Benchmark]
    public decimal Hand_written_switch() => _policy.Switch(_person);

    [Benchmark]
    public decimal RulesEngine_reused_engine() => AgeAllowancePolicy.RulesEngineDue(_engine, _policy.Facts(_person));

    [Benchmark]
    public decimal NRules_reused_session() => AgeAllowancePolicy.NRulesDue(_session, _policy.Facts(_person));
}
