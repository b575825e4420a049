using System.Globalization;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;
using static Governance.Rules.Tests.Staffing.StaffingTestLayers;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// The staffing calculator's refusals on its fast path field by field, and hierarchies of more than 64 areas (worked out
/// on the heap) checked against sums made in the test.
/// </summary>
public sealed class StaffingFastPathAndHierarchyTests
{
    // ----- The fast path's refusals (StaffingQuotaCalculator.cs and :81) -----

    [Theory]
    [InlineData(-1L, null)]
    [InlineData(long.MinValue, null)]
    [InlineData(StaffingLimits.MaxPopulation + 1, null)]
    [InlineData(long.MaxValue, null)]
    [InlineData(100L, -1L)]
    [InlineData(100L, 101L)]
    public void Quota_on_invalid_input_has_every_figure_zero_no_band_and_no_placeholder_flag(long population, long? households)
    {
        // Both calculators flag a placeholder on valid input (the rounding is one in both) and the layer gives a band and
        // a minimum of 3 for any valid community, so the zeros, null and false here come from the refusal alone.
        foreach (var (calculator, day) in new[] { (Suzhou, AsOf), (CommunityRules, LayerDay) })
        {
            var q = calculator.Quota(population, day, households);
            Assert.Equal(StaffingQuotaStatus.InvalidInput, q.Status);
            Assert.Equal(0m, q.ExactRequirement);
            Assert.Equal(0, q.PopulationQuota);
            Assert.Null(q.HouseholdBandQuota);
            Assert.Equal(0, q.Required);
            Assert.False(q.UsesPlaceholder);
        }
    }

    [Fact]
    public void Quota_at_the_edges_of_valid_input_is_computed_and_flags_the_placeholder_rounding()
    {
        // 100 residents in 100 households (households = population): 100 × 18 ÷ 10,000 = 0.18 → 1;
        // the layer's band for 100 households is 3, its minimum 3: required 3.
        var q = CommunityRules.Quota(100, LayerDay, 100);
        Assert.Equal(StaffingQuotaStatus.Computed, q.Status);
        Assert.Equal(0.18m, q.ExactRequirement);
        Assert.Equal(1, q.PopulationQuota);
        Assert.Equal(3, q.HouseholdBandQuota);
        Assert.Equal(3, q.Required);
        Assert.True(q.UsesPlaceholder);

        // 100,000,000 residents (the limit): 100,000,000 × 18 ÷ 10,000 = 180,000 exactly; 0 residents need 0.
        var max = Suzhou.Quota(StaffingLimits.MaxPopulation, AsOf, households: 0);
        Assert.Equal(StaffingQuotaStatus.Computed, max.Status);
        Assert.Equal(180_000, max.Required);
        Assert.True(max.UsesPlaceholder);
        Assert.Equal(StaffingQuotaStatus.Computed, Suzhou.Quota(0, AsOf).Status);
    }

    [Fact]
    public void Quota_on_the_day_before_the_national_plan_has_no_policy_every_figure_zero_and_no_placeholder_flag()
    {
        // The national 18 per 10,000 (and the placeholder rounding and categories) start on 2021-12-27.
        foreach (var calculator in new[] { Suzhou, CommunityRules })
        {
            var q = calculator.Quota(12_345, Date("2021-12-26"), households: 5_000);
            Assert.Equal(StaffingQuotaStatus.NoPolicyInForce, q.Status);
            Assert.Equal(0m, q.ExactRequirement);
            Assert.Equal(0, q.PopulationQuota);
            Assert.Null(q.HouseholdBandQuota);
            Assert.Equal(0, q.Required);
            Assert.False(q.UsesPlaceholder);
        }

        // The next day the policy is in force: 12,345 × 18 ÷ 10,000 = 22.221 → 23, on a placeholder rounding and categories.
        var first = Suzhou.Quota(12_345, Date("2021-12-27"), households: 5_000);
        Assert.Equal(StaffingQuotaStatus.Computed, first.Status);
        Assert.Equal(22.221m, first.ExactRequirement);
        Assert.Equal(23, first.Required);
        Assert.True(first.UsesPlaceholder);
    }

    // ----- Hierarchies of more than 64 areas (StaffingQuotaCalculator.cs, the heap branch) -----

    private static readonly string[] Codes = ["two-committees-full-time", "community-full-time", "grid-worker", "part-time", "public-welfare-post", "property-staff", "volunteer"];

    /// <summary>Whether each of <see cref="Codes"/> counts in the Suzhou pack from 2024-03-28 (read from cn/staffing.json).</summary>
    private static readonly bool[] CodeCounts = [true, true, false, false, false, false, false];

    [Fact]
    public void A_district_of_2_streets_and_80_communities_83_areas_gives_every_total_of_independent_arithmetic()
    {
        // Communities c0…c79 alternate between the streets s1 (even) and s2 (odd); the district comes last, the streets first.
        const int n = 80;
        var population = new long[n];
        var households = new long[n];
        var workers = new int[n][];
        var areas = new List<StaffingArea>
        {
            new() { Id = "s1", ParentId = "d", Level = AreaLevel.Street, Name = "一街道", Workers = new Dictionary<string, int> { ["community-full-time"] = 2, ["part-time"] = 1 } },
            new() { Id = "s2", ParentId = "d", Level = AreaLevel.Street },
        };
        for (var i = 0; i < n; i++)
        {
            population[i] = 1_000 + (i * 7_919 % 30_000);
            households[i] = (population[i] / 3) + i;
            workers[i] = [3 + (i % 4), i % 9, i % 2, i % 3, i % 4 == 1 ? 1 : 0, i % 6, i % 5];
            areas.Add(new StaffingArea
            {
                Id = "c" + i.ToString(CultureInfo.InvariantCulture),
                ParentId = i % 2 == 0 ? "s1" : "s2",
                UrbanPermanentPopulation = population[i],
                Households = households[i],
                Workers = Codes.Select((code, k) => (code, k)).ToDictionary(x => x.code, x => workers[i][x.k]),
            });
        }

        areas.Add(new StaffingArea { Id = "d", Level = AreaLevel.District, Workers = new Dictionary<string, int> { ["two-committees-full-time"] = 1, ["volunteer"] = 4 } });
        Assert.True(areas.Count > 64);

        var outcome = Suzhou.Evaluate(new StaffingRequest { Areas = areas }, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow();

        int Counted(int i) => workers[i].Where((_, k) => CodeCounts[k]).Sum();
        int NotCounted(int i) => workers[i].Where((_, k) => !CodeCounts[k]).Sum();
        for (var i = 0; i < n; i++)
        {
            var c = outcome["c" + i.ToString(CultureInfo.InvariantCulture)];
            Assert.Equal(population[i], c.UrbanPermanentPopulation);
            Assert.Equal(households[i], c.Households);
            Assert.Equal(population[i] * 18m / 10_000m, c.ExactRequirement);
            Assert.Equal(Ceil18(population[i]), c.PopulationQuota);
            Assert.Equal(Ceil18(population[i]), c.Required);
            Assert.Null(c.SumOfPartsRequired);
            Assert.Empty(c.ChildIds);
            Assert.Equal(Counted(i), c.Counted);
            Assert.Equal(NotCounted(i), c.NotCounted);
            Assert.Equal(Counted(i) - Ceil18(population[i]), c.Gap);
        }

        // Each street: the sums of its 40 communities, plus its own workers (s1: 2 full-time counted, 1 part-time not).
        var streets = new[] { (Id: "s1", Parity: 0, OwnCounted: 2, OwnNotCounted: 1), (Id: "s2", Parity: 1, OwnCounted: 0, OwnNotCounted: 0) };
        long districtPopulation = 0, districtHouseholds = 0;
        int districtCounted = 0, districtNotCounted = 0, sumOfStreets = 0;
        foreach (var (id, parity, ownCounted, ownNotCounted) in streets)
        {
            var members = Enumerable.Range(0, n).Where(i => i % 2 == parity).ToArray();
            Assert.Equal(40, members.Length);
            var streetPopulation = members.Sum(i => population[i]);
            var street = outcome[id];
            Assert.Equal(members.Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)), street.ChildIds);
            Assert.Equal(streetPopulation, street.UrbanPermanentPopulation);
            Assert.Equal(members.Sum(i => households[i]), street.Households);
            Assert.Equal(streetPopulation * 18m / 10_000m, street.ExactRequirement);
            Assert.Equal(Ceil18(streetPopulation), street.Required);
            Assert.Equal(members.Sum(i => Ceil18(population[i])), street.SumOfPartsRequired);
            Assert.Equal(members.Sum(Counted) + ownCounted, street.Counted);
            Assert.Equal(members.Sum(NotCounted) + ownNotCounted, street.NotCounted);
            Assert.Equal(street.Counted - Ceil18(streetPopulation), street.Gap);
            districtPopulation += streetPopulation;
            districtHouseholds += members.Sum(i => households[i]);
            districtCounted += street.Counted;
            districtNotCounted += street.NotCounted;
            sumOfStreets += Ceil18(streetPopulation);
        }

        // The district: both streets, plus its own 1 committee member (counted) and 4 volunteers (not counted).
        var district = outcome["d"];
        Assert.Equal(population.Sum(), districtPopulation);
        Assert.Equal(districtPopulation, district.UrbanPermanentPopulation);
        Assert.Equal(districtHouseholds, district.Households);
        Assert.Equal(Ceil18(districtPopulation), district.Required);
        Assert.Equal(sumOfStreets, district.SumOfPartsRequired);
        Assert.Equal(Enumerable.Range(0, n).Sum(Counted) + 2 + 1, district.Counted);
        Assert.Equal(districtCounted + 1, district.Counted);
        Assert.Equal(Enumerable.Range(0, n).Sum(NotCounted) + 1 + 4, district.NotCounted);
        Assert.Equal(districtNotCounted + 4, district.NotCounted);
        Assert.Equal(["s1", "s2"], district.ChildIds);
        Assert.Equal(["d"], outcome.RootIds);
        Assert.Equal(areas.Select(a => a.Id), outcome.Areas.Select(a => a.Id));

        // Second order: each street evaluated on its own (41 areas, worked out on the stack) gives the same figures,
        // and the district's quota is the fast path's for its population.
        foreach (var (id, _, _, _) in streets)
        {
            var alone = areas.Where(a => a.Id == id || a.ParentId == id).Select(a => a.Id == id ? a with { ParentId = null } : a).ToArray();
            Assert.True(alone.Length <= 64);
            var part = Suzhou.Evaluate(new StaffingRequest { Areas = alone }, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow();
            foreach (var a in part.Areas)
            {
                Assert.Equal(Figures(a), Figures(outcome[a.Id]));
            }
        }

        Assert.Equal(district.Required, Suzhou.Quota(districtPopulation, AsOf, districtHouseholds, AreaLevel.District).Required);
    }

    [Theory]
    // A street and its communities: 63 communities make 64 areas (the last worked out on the stack), 64 make 65 (the first on the heap).
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(300)]
    public void A_street_of_n_communities_on_either_side_of_64_areas_sums_to_independent_arithmetic(int communities)
    {
        var areas = new List<StaffingArea> { new() { Id = "s", Level = AreaLevel.Street } };
        long population = 0;
        int counted = 0, notCounted = 0;
        var sumOfParts = 0;
        for (var i = 0; i < communities; i++)
        {
            long p = 2_000 + (i * 613 % 9_000);
            population += p;
            sumOfParts += Ceil18(p);
            counted += i % 11;
            notCounted += i % 3;
            areas.Add(new StaffingArea
            {
                Id = "c" + i.ToString(CultureInfo.InvariantCulture),
                ParentId = "s",
                UrbanPermanentPopulation = p,
                Workers = new Dictionary<string, int> { ["community-full-time"] = i % 11, ["grid-worker"] = i % 3 },
            });
        }

        var street = Suzhou.Evaluate(new StaffingRequest { Areas = areas }, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow()["s"];
        Assert.Equal(communities, street.ChildIds.Count);
        Assert.Equal(population, street.UrbanPermanentPopulation);
        Assert.Equal(Ceil18(population), street.Required);
        Assert.Equal(sumOfParts, street.SumOfPartsRequired);
        Assert.Equal(counted, street.Counted);
        Assert.Equal(notCounted, street.NotCounted);
    }

    [Property(MaxTest = 25)]
    public Property Hierarchies_of_65_to_153_areas_give_the_totals_of_independent_arithmetic() =>
        Prop.ForAll(
            (from n in Gen.Choose(62, 150)
             from populations in Gen.ArrayOf(Gen.Choose(0, 60_000), n)
             from full in Gen.ArrayOf(Gen.Choose(0, 9), n)
             from volunteers in Gen.ArrayOf(Gen.Choose(0, 9), n)
             select (populations, full, volunteers)).ToArbitrary(),
            data =>
            {
                var populations = data.populations;
                var (full, volunteers) = (data.full.ToArray(), data.volunteers.ToArray());
                var n = populations.Length;
                var areas = new List<StaffingArea>
                {
                    new() { Id = "d", Level = AreaLevel.District },
                    new() { Id = "s0", ParentId = "d", Level = AreaLevel.Street },
                    new() { Id = "s1", ParentId = "d", Level = AreaLevel.Street },
                };
                for (var i = 0; i < n; i++)
                {
                    // A community cannot have more workers than residents: its counts are capped by its population.
                    var f = (int)Math.Min(full[i], populations[i]);
                    var v = (int)Math.Min(volunteers[i], populations[i] - f);
                    (full[i], volunteers[i]) = (f, v);
                    areas.Add(new StaffingArea
                    {
                        Id = "c" + i.ToString(CultureInfo.InvariantCulture),
                        ParentId = "s" + (i % 2).ToString(CultureInfo.InvariantCulture),
                        UrbanPermanentPopulation = populations[i],
                        Households = populations[i] / 2,
                        Workers = new Dictionary<string, int> { ["community-full-time"] = f, ["volunteer"] = v },
                    });
                }

                var outcome = Suzhou.Evaluate(new StaffingRequest { Areas = areas }, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow();
                var district = outcome["d"];
                var all = Enumerable.Range(0, n);
                var population = all.Sum(i => (long)populations[i]);
                var streetsOk = Enumerable.Range(0, 2).All(s =>
                {
                    var members = all.Where(i => i % 2 == s).ToArray();
                    var street = outcome["s" + s.ToString(CultureInfo.InvariantCulture)];
                    var p = members.Sum(i => (long)populations[i]);
                    return street.UrbanPermanentPopulation == p
                        && street.Households == members.Sum(i => (long)(populations[i] / 2))
                        && street.Required == Ceil18(p)
                        && street.SumOfPartsRequired == members.Sum(i => Ceil18(populations[i]))
                        && street.Counted == members.Sum(i => full[i])
                        && street.NotCounted == members.Sum(i => volunteers[i]);
                });
                return areas.Count > 64
                    && streetsOk
                    && district.UrbanPermanentPopulation == population
                    && district.Households == all.Sum(i => (long)(populations[i] / 2))
                    && district.Required == Ceil18(population)
                    && district.SumOfPartsRequired == Ceil18(outcome["s0"].UrbanPermanentPopulation) + Ceil18(outcome["s1"].UrbanPermanentPopulation)
                    && district.Counted == full.Sum()
                    && district.NotCounted == volunteers.Sum()
                    && all.All(i => outcome["c" + i.ToString(CultureInfo.InvariantCulture)].Required == Ceil18(populations[i]));
            });
}
