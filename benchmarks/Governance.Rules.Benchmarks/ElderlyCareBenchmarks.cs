using BenchmarkDotNet.Attributes;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>One person, all benefits: the allocation-free fast path against full results with and without explanation.</summary>
[MemoryDiagnoser]
public class ElderlyCareBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 10, 15);
    private ElderlyCareCalculator _calculator = null!;
    private ElderlyPerson _person = null!;
    private ElderlyCareRequest _request = null!;
    private EvaluationOptions _explain = null!;
    private EvaluationOptions _quiet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new ElderlyCareCalculator(RulePacks.Suzhou, SystemClock.Instance);
        _person = new ElderlyPerson
        {
            BirthDate = new LocalDate(1934, 3, 9),
            HukouDistrict = "gusu",
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, new LocalDate(2019, 1, 1))],
            Assessments = [new CareAssessment { Level = CareLevel.Moderate, AssessedOn = new LocalDate(2024, 11, 2) }],
            LivingArrangement = LivingArrangement.Alone,
            ApplicationDate = new LocalDate(2024, 11, 20),
            MealsPerMonth = 22,
        };
        _request = ElderlyCareRequest.For(_person);
        _explain = EvaluationOptions.On(AsOf, explain: true);
        _quiet = EvaluationOptions.On(AsOf, explain: false);
    }

    [Benchmark(Baseline = true)]
    public ElderlyBenefitSummary Summarize_fast_path() => _calculator.Summarize(_person, AsOf);

    [Benchmark]
    public RuleResult<ElderlyOutcome> Evaluate_without_explanation() => _calculator.Evaluate(_request, _quiet);

    /// <summary>
    /// Explained, with every step read (its rule, parameters and values; the steps are made when read, their texts when
    /// those are read, which this does not do).
    /// </summary>
    [Benchmark]
    public int Evaluate_with_explanation()
    {
        var steps = _calculator.Evaluate(_request, _explain).Explanation.Steps;
        var read = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            read += steps[i].Parameters.Count + steps[i].Values.Count;
        }

        return read;
    }
}

/// <summary>1,000,000 generated persons through the fast path on one core.</summary>
[MemoryDiagnoser]
public class ElderlyCarePopulationBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 10, 15);
    private ElderlyCareCalculator _calculator = null!;
    private ElderlyPerson[] _persons = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new ElderlyCareCalculator(RulePacks.Suzhou, SystemClock.Instance);
        var random = new Random(20251015);
        string[] districts = ["gusu", "wuzhong", "kunshan", "taicang", "sip"];
        _persons = new ElderlyPerson[1_000_000];
        for (var i = 0; i < _persons.Length; i++)
        {
            var birth = new LocalDate(1915, 1, 1).PlusDays(random.Next(0, 55 * 365));
            var since = birth.PlusYears(60);
            var status = (EconomicStatus)random.Next(0, 4);
            var level = random.Next(-1, 4);
            _persons[i] = new ElderlyPerson
            {
                BirthDate = birth,
                HukouDistrict = random.Next(10) == 0 ? null : districts[random.Next(districts.Length)],
                EconomicStatuses = status == EconomicStatus.None ? [] : [new EconomicStatusPeriod(status, since)],
                Assessments = level < 0 || since > AsOf ? [] : [new CareAssessment { Level = (CareLevel)level, AssessedOn = since }],
                LivingArrangement = (LivingArrangement)random.Next(0, 3),
                SpecialFamily = random.Next(20) == 0 ? SpecialFamily.LostOnlyChild : SpecialFamily.None,
                ApplicationDate = since <= AsOf && random.Next(2) == 0 ? since : null,
                MealsPerMonth = random.Next(0, 31),
            };
        }
    }

    [Benchmark(Baseline = true)]
    public decimal One_million_persons_one_core() => Run(_calculator, _persons);

    private static decimal Run(ElderlyCareCalculator calculator, ElderlyPerson[] persons)
    {
        var total = 0m;
        foreach (var p in persons)
        {
            total += calculator.Summarize(p, AsOf).MonthTotal;
        }

        return total;
    }
}
