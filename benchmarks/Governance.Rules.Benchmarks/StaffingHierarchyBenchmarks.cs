using BenchmarkDotNet.Attributes;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>A city of 10,000 communities under 100 streets and 10 districts, evaluated without explanation.</summary>
[MemoryDiagnoser]
public class StaffingHierarchyBenchmarks
{
    private StaffingQuotaCalculator _calculator = null!;
    private StaffingRequest _request = null!;
    private EvaluationOptions _options = null!;

    [Params(10_000)]
    public int Communities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _calculator = new StaffingQuotaCalculator(RulePacks.Suzhou, SystemClock.Instance);
        _options = EvaluationOptions.On(new LocalDate(2025, 6, 30), explain: false);
        var areas = new List<StaffingArea> { new() { Id = "city", Level = AreaLevel.City } };
        for (var d = 0; d < 10; d++)
        {
            areas.Add(new StaffingArea { Id = $"d{d}", ParentId = "city", Level = AreaLevel.District });
        }

        for (var s = 0; s < 100; s++)
        {
            areas.Add(new StaffingArea { Id = $"s{s}", ParentId = $"d{s % 10}", Level = AreaLevel.Street });
        }

        var random = new Random(20251126);
        for (var c = 0; c < Communities; c++)
        {
            areas.Add(new StaffingArea
            {
                Id = $"c{c}",
                ParentId = $"s{c % 100}",
                UrbanPermanentPopulation = random.Next(1_000, 20_000),
                Workers = new Dictionary<string, int> { ["two-committees-full-time"] = 5, ["community-full-time"] = random.Next(0, 30) },
            });
        }

        _request = new StaffingRequest { Areas = areas };
    }

    [Benchmark]
    public RuleResult<StaffingOutcome> Hierarchy_without_explanation() => _calculator.Evaluate(_request, _options);
}
