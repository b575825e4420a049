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
