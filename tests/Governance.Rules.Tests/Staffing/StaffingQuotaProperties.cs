using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

public sealed class StaffingQuotaProperties
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly StaffingQuotaCalculator Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);
    private static readonly Gen<long> Population = Gen.Choose(0, int.MaxValue).Select(p => (long)p % (StaffingLimits.MaxPopulation + 1));

    [Property]
    public Property Quota_is_monotone_in_population() =>
        Prop.ForAll(Population.ToArbitrary(), Population.ToArbitrary(), (a, b) =>
        {
            var (lo, hi) = a <= b ? (a, b) : (b, a);
            return Suzhou.Quota(lo, AsOf).Required <= Suzhou.Quota(hi, AsOf).Required;
        });

    [Property]
    public Property Quota_is_never_below_population_x_18_div_10000_and_rounding_adds_less_than_one() =>
        Prop.ForAll(Population.ToArbitrary(), p =>
        {
            var q = Suzhou.Quota(p, AsOf);
            var exact = p * 18m / 10_000m;
            return q.Required >= exact && q.Required - exact < 1m && q.ExactRequirement == exact;
        });

    [Property(MaxTest = 50)]
    public Property Hierarchy_totals_are_consistent()
    {
        var gen = Gen.Choose(10, 40_000).ListOf().Where(l => l.Count is > 0 and < 60);
        return Prop.ForAll(gen.ToArbitrary(), populations =>
        {
            var areas = new List<StaffingArea> { new() { Id = "d", Level = AreaLevel.District } };
            for (var i = 0; i < populations.Count; i++)
            {
                var street = "s" + (i % 3);
                if (i < 3)
                {
                    areas.Add(new StaffingArea { Id = street, ParentId = "d", Level = AreaLevel.Street });
                }

                areas.Add(new StaffingArea
                {
                    Id = "c" + i,
                    ParentId = street,
                    UrbanPermanentPopulation = populations[i],
                    Workers = new Dictionary<string, int> { ["two-committees-full-time"] = i % 7, ["volunteer"] = i % 2 },
                });
            }

            var outcome = Suzhou.Evaluate(new StaffingRequest { Areas = areas }, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow();
            var district = outcome["d"];
            var streets = district.ChildIds.Select(id => outcome[id]).ToArray();
            var communities = outcome.Areas.Where(a => a.Level == AreaLevel.Community).ToArray();
            return district.UrbanPermanentPopulation == populations.Sum(p => (long)p)
                && district.Counted == communities.Sum(c => c.Counted)
                && district.SumOfPartsRequired == streets.Sum(s => s.Required)
                && streets.All(s => s.SumOfPartsRequired == s.ChildIds.Sum(id => outcome[id].Required))
                && district.Required <= streets.Sum(s => s.Required)
                && streets.Sum(s => s.Required) <= communities.Sum(c => c.Required)
                && district.Required == Suzhou.Quota(district.UrbanPermanentPopulation, AsOf, level: AreaLevel.District).Required;
        });
    }

    [Property(MaxTest = 30)]
    public Property Results_are_identical_across_cultures() =>
        Prop.ForAll(Population.ToArbitrary(), p =>
        {
            var request = StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = p, Name = "社区" });
            var texts = Cultures.Select(c => InCulture(c, () =>
            {
                var r = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf));
                return r.Explanation.Render() + r.Explanation.Render(Localization.Language.En) + r.Outcome!["c"].Required;
            })).Distinct().Count();
            return texts == 1;
        });

    [Fact]
    public void Results_are_identical_across_threads()
    {
        var populations = Enumerable.Range(0, 2_000).Select(i => (long)i * 7_919 % 300_000).ToArray();
        var expected = populations.Select(p => Suzhou.Quota(p, AsOf)).ToArray();
        var parallel = new StaffingQuota[populations.Length];
        Parallel.For(0, populations.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Suzhou.Quota(populations[i], AsOf));
        Assert.Equal(expected, parallel);
    }
}

public sealed class StaffingQuotaArithmeticProperties
{
    private static readonly LocalDate AsOf = Date("2026-06-30");

    private static StaffingQuotaCalculator With(string rate, string rounding)
    {
        var json = $$"""
            {
              "id": "test.arithmetic", "version": "1.0.0", "parent": "cn.js.suzhou",
              "name": { "zh-Hans": "算术测试", "en": "Arithmetic test" },
              "citations": { "t": { "title": "测试" } },
              "parameters": {
                "staffing.workers_per_10k_urban_residents": { "unit": "人/万人", "values": [ { "from": "2026-01-01", "value": {{rate}}, "provenance": "placeholder", "citation": "t" } ] },
                "staffing.rounding": { "unit": "rule", "values": [ { "from": "2026-01-01", "value": "{{rounding}}", "provenance": "placeholder", "citation": "t" } ] }
              }
            }
            """;
        return new StaffingQuotaCalculator(LoadLayer(json).GetPackOrThrow(), SystemClock.Instance);
    }

    private static readonly string[] Rates = ["0", "0.1", "17.75", "18", "25", "1234.5678", "0.000000000000000000001"];
    private static readonly string[] Roundings = [StaffingRounding.Ceiling, StaffingRounding.Floor, StaffingRounding.HalfUp];
    private static readonly Dictionary<(string, string), StaffingQuotaCalculator> Calculators =
        Rates.SelectMany(r => Roundings.Select(m => (r, m))).ToDictionary(k => k, k => With(k.r, k.m));

    /// <summary>The exact requirement is population × rate ÷ 10,000 to the last digit, and each rounding rule is applied to it as named.</summary>
    [Property(MaxTest = 500)]
    public Property Exact_requirement_and_rounding_match_decimal_arithmetic_for_any_rate() =>
        Prop.ForAll(
            Gen.Elements(Rates).ToArbitrary(),
            Gen.Elements(Roundings).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).Select(p => (long)p % (StaffingLimits.MaxPopulation + 1)).ToArbitrary(),
            (rate, rounding, population) =>
            {
                var q = Calculators[(rate, rounding)].Quota(population, AsOf, level: AreaLevel.Street);
                var exact = population * decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) / 10_000m;
                var expected = rounding switch
                {
                    StaffingRounding.Floor => decimal.Floor(exact),
                    StaffingRounding.HalfUp => decimal.Round(exact, 0, MidpointRounding.AwayFromZero),
                    _ => decimal.Ceiling(exact),
                };
                var text = exact.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var trimmed = text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
                return q.ExactRequirement == exact && q.Required == expected
                    && q.ExactRequirement.ToString(System.Globalization.CultureInfo.InvariantCulture) == trimmed;
            });

    [Theory]
    [InlineData("17.75", StaffingRounding.HalfUp, 2_000, "3.55", 4)]   // 2,000 × 17.75 ÷ 10,000 = 3.55 → 4
    [InlineData("17.75", StaffingRounding.Floor, 2_000, "3.55", 3)]
    [InlineData("25", StaffingRounding.HalfUp, 200, "0.5", 1)]          // exactly half rounds up
    [InlineData("25", StaffingRounding.HalfUp, 199, "0.4975", 0)]
    public void Rounding_rules_on_worked_examples(string rate, string rounding, long population, string exact, int required)
    {
        var q = Calculators[(rate, rounding)].Quota(population, AsOf);
        Assert.Equal(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture), q.ExactRequirement);
        Assert.Equal(required, q.Required);
    }
}
