using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using Governance.Rules.Citations;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// The staffing calculator at the edges its other tests leave open: the fast path's refusals field by field, hierarchies
/// of more than 64 areas (worked out on the heap), worker counts in a dictionary of another type, which parameters make
/// a quota rest on a placeholder, a rate of 15 decimal places, the shared warnings of an evaluation without explanation,
/// the warnings of per-community rules, and the rule steps of the explanation word for word.
/// </summary>
public sealed class StaffingMutationBoundaryTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");

    /// <summary>A day on which the test layers below (all from 2026-01-01) are in force.</summary>
    private static readonly LocalDate LayerDay = Date("2026-06-30");

    private static readonly StaffingQuotaCalculator Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private const string RateKey = "staffing.workers_per_10k_urban_residents";
    private const string RoundingKey = "staffing.rounding";
    private const string CategoriesKey = "staffing.worker_categories";
    private const string BandsKey = "staffing.household_bands";
    private const string MinimumKey = "staffing.per_community_minimum";
    private const string MaximumKey = "staffing.per_community_maximum";

    // ----- Test layers over Suzhou: "t" is a what-if citation (no source), "r" a neutral test document of Suzhou's place. -----

    private static string Layer(params string[] parameters) => $$"""
        {
          "id": "test.staffing-edges",
          "version": "1.0.0",
          "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "配备测试层", "en": "Staffing test layer" },
          "citations": {
            "t": { "title": "测算方案", "published": "2026" },
            "r": { "title": "测试文件", "jurisdiction": "cn.js.suzhou", "published": "2026" }
          },
          "parameters": { {{string.Join(",\n", parameters)}} }
        }
        """;

    private static string Param(string key, string unit, string value, bool placeholder, string? nameZh = null, string? nameEn = null)
    {
        var name = nameZh is null ? "" : "\"name\": { \"zh-Hans\": \"" + nameZh + "\", \"en\": \"" + nameEn + "\" },";
        var provenance = placeholder ? "placeholder" : "reported";
        var citation = placeholder ? "t" : "r";
        return $$"""
            "{{key}}": {
              {{name}}
              "unit": "{{unit}}",
              "values": [ { "from": "2026-01-01", "value": {{value}}, "provenance": "{{provenance}}", "citation": "{{citation}}" } ]
            }
            """;
    }

    private static string Rate(bool placeholder, string value = "18") => Param(RateKey, "人/万人", value, placeholder);

    private static string Rounding(bool placeholder, string rule = StaffingRounding.Ceiling) => Param(RoundingKey, "rule", $"\"{rule}\"", placeholder);

    private static string Categories(bool placeholder) => Param(
        CategoriesKey,
        "list",
        """
        [
          { "code": "two-committees-full-time", "zh-Hans": "社区“两委”专职成员", "en": "Full-time committee members", "counted": true },
          { "code": "community-full-time", "zh-Hans": "社区专职工作人员", "en": "Full-time community staff", "counted": true },
          { "code": "part-time", "zh-Hans": "兼职人员", "en": "Part-time staff", "counted": false }
        ]
        """,
        placeholder);

    // Bands: fewer than 2,000 households 3; fewer than 3,000 4; from 3,000 each started 1,000 adds 2 to 4.
    private static string Bands(bool placeholder = true) => Param(
        BandsKey,
        "人",
        """{ "bands": [ { "below": 2000, "workers": 3 }, { "below": 3000, "workers": 4 } ], "beyond": { "everyHouseholds": 1000, "addWorkers": 2 } }""",
        placeholder,
        "按户数配备",
        "Household bands");

    private static string Minimum(int value = 3, bool placeholder = true) =>
        Param(MinimumKey, "人", value.ToString(CultureInfo.InvariantCulture), placeholder, "每个社区最少人数", "Minimum workers per community");

    private static string Maximum(int value = 30, bool placeholder = true) =>
        Param(MaximumKey, "人", value.ToString(CultureInfo.InvariantCulture), placeholder, "每个社区最多人数", "Maximum workers per community");

    private static StaffingQuotaCalculator Calculator(params string[] parameters) =>
        new(LoadLayer(Layer(parameters)).GetPackOrThrow(), SystemClock.Instance);

    /// <summary>Bands, a minimum of 3 and a maximum of 30, all placeholders, over Suzhou's 18 per 10,000 rounded up.</summary>
    private static readonly StaffingQuotaCalculator CommunityRules = Calculator(Bands(), Minimum(), Maximum());

    /// <summary>Ceiling of population × 18 ÷ 10,000 in whole numbers: Suzhou's rate with the pack's rounding (ceiling).</summary>
    private static int Ceil18(long population) => (int)(((population * 18) + 9_999) / 10_000);

    private static string[] WarningKeys(RuleResult<StaffingOutcome> result)
    {
        Assert.All(result.Warnings, w => Assert.Equal(RuleWarning.PlaceholderUsed, w.Code));
        return [.. result.Warnings.Select(w => w.ParameterKey!)];
    }

    // ----- The fast path's refusals (StaffingQuotaCalculator.cs:75 and :81) -----

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

    // ----- Hierarchies of more than 64 areas (StaffingQuotaCalculator.cs:145, the heap branch) -----

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

    private static (long, long?, decimal, int, int?, int, int?, int, int, string) Figures(StaffingAreaOutcome a) =>
        (a.UrbanPermanentPopulation, a.Households, a.ExactRequirement, a.PopulationQuota, a.HouseholdBandQuota, a.Required, a.SumOfPartsRequired, a.Counted, a.NotCounted, string.Join(",", a.ChildIds));

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

    // ----- Workers in a dictionary that is not a Dictionary<string, int> (StaffingQuotaCalculator.cs:294–303) -----

    private static IReadOnlyDictionary<string, int> Workers(string kind, Dictionary<string, int> counts) => kind switch
    {
        "Dictionary" => new Dictionary<string, int>(counts),
        "ReadOnlyDictionary" => new ReadOnlyDictionary<string, int>(new Dictionary<string, int>(counts)),
        "ImmutableSortedDictionary" => counts.ToImmutableSortedDictionary(StringComparer.Ordinal),
        "ImmutableDictionary" => counts.ToImmutableDictionary(StringComparer.Ordinal),
        "SortedDictionary" => new SortedDictionary<string, int>(counts, StringComparer.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static StaffingOutcome EvaluateWorkers(string kind)
    {
        var request = new StaffingRequest
        {
            Areas =
            [
                new StaffingArea
                {
                    Id = "s",
                    Level = AreaLevel.Street,
                    Workers = Workers(kind, new() { ["community-full-time"] = 2, ["volunteer"] = 1 }),
                },
                new StaffingArea
                {
                    Id = "a",
                    ParentId = "s",
                    UrbanPermanentPopulation = 10_000,
                    Workers = Workers(kind, new()
                    {
                        ["two-committees-full-time"] = 4,
                        ["community-full-time"] = 7,
                        ["grid-worker"] = 1,
                        ["part-time"] = 2,
                        ["public-welfare-post"] = 3,
                        ["property-staff"] = 5,
                        ["volunteer"] = 6,
                    }),
                },
                new StaffingArea
                {
                    Id = "b",
                    ParentId = "s",
                    UrbanPermanentPopulation = 5_000,
                    Workers = Workers(kind, new() { ["two-committees-full-time"] = 3, ["part-time"] = 4 }),
                },
            ],
        };
        return Suzhou.Evaluate(request, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow();
    }

    [Theory]
    [InlineData("ReadOnlyDictionary")]
    [InlineData("ImmutableSortedDictionary")]
    [InlineData("ImmutableDictionary")]
    [InlineData("SortedDictionary")]
    [InlineData("Dictionary")]
    public void Workers_in_any_read_only_dictionary_count_as_in_a_plain_dictionary(string kind)
    {
        var outcome = EvaluateWorkers(kind);

        // a: counted 4 committee + 7 full-time = 11; not counted 1 grid + 2 part-time + 3 welfare + 5 property + 6 volunteers = 17;
        // 10,000 × 18 ÷ 10,000 = 18 required, gap 11 − 18 = −7.
        var a = outcome["a"];
        Assert.Equal((11, 17, 18, -7), (a.Counted, a.NotCounted, a.Required, a.Gap));

        // b: counted 3, not counted 4; 5,000 × 18 ÷ 10,000 = 9, gap 3 − 9 = −6.
        var b = outcome["b"];
        Assert.Equal((3, 4, 9, -6), (b.Counted, b.NotCounted, b.Required, b.Gap));

        // s: 11 + 3 + its own 2 full-time = 16 counted; 17 + 4 + its own 1 volunteer = 22 not counted;
        // 15,000 × 18 ÷ 10,000 = 27 required, gap 16 − 27 = −11; parts 18 + 9 = 27.
        var s = outcome["s"];
        Assert.Equal((16, 22, 27, -11, 27), (s.Counted, s.NotCounted, s.Required, s.Gap, s.SumOfPartsRequired!.Value));

        var plain = EvaluateWorkers("Dictionary");
        Assert.Equal(plain.Areas.Select(Figures), outcome.Areas.Select(Figures));
    }

    // ----- Which parameters make a quota rest on a placeholder (StaffingQuotaCalculator.Policy.cs:32) -----

    [Theory]
    // In the Suzhou pack on 2026-06-30 the rate (18, Suzhou layer) and the categories (cn, from 2024-03-28) are reported;
    // the rounding (cn, ceiling) is a placeholder. Each layer below sets all three, each as placeholder or reported.
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    [InlineData(true, true, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    public void A_quota_rests_on_a_placeholder_when_any_of_rate_rounding_and_categories_is_one(bool rate, bool rounding, bool categories)
    {
        var calculator = Calculator(Rate(rate), Rounding(rounding), Categories(categories));
        var expectedKeys = new[] { (rate, RateKey), (rounding, RoundingKey), (categories, CategoriesKey) }.Where(x => x.Item1).Select(x => x.Item2).ToArray();

        // 12,345 × 18 ÷ 10,000 = 22.221 → 23 whichever entries are placeholders.
        var q = calculator.Quota(12_345, LayerDay);
        Assert.Equal(StaffingQuotaStatus.Computed, q.Status);
        Assert.Equal(23, q.Required);
        Assert.Equal(rate || rounding || categories, q.UsesPlaceholder);

        var request = StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 12_345, Workers = new Dictionary<string, int> { ["part-time"] = 1 } });
        foreach (var explain in new[] { false, true })
        {
            var result = calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain));
            Assert.Equal(23, result.GetOutcomeOrThrow()["c"].Required);
            Assert.Equal(expectedKeys, WarningKeys(result));
        }
    }

    [Fact]
    public void The_Suzhou_pack_rests_on_its_placeholder_rounding_alone_since_2024_03_28()
    {
        var q = Suzhou.Quota(12_345, LayerDay);
        Assert.True(q.UsesPlaceholder);
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 12_345 }), EvaluationOptions.On(LayerDay, explain: false));
        Assert.Equal([RoundingKey], WarningKeys(result));

        // Before 2024-03-28 the categories were a placeholder too.
        var before = Suzhou.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 12_345 }), EvaluationOptions.On(Date("2024-03-27"), explain: false));
        Assert.Equal([RoundingKey, CategoriesKey], WarningKeys(before));
    }

    // ----- A rate of 15 decimal places (StaffingQuotaCalculator.Policy.cs:37) -----

    [Theory]
    // 10^15 × rate is a whole number small enough for the integer path's bound, but 15 + 4 = 19 digits is past the powers of ten
    // held (10^0 … 10^18): the quota must come from decimal division, exactly.
    // 100,000,000 × 0.000000000000001 ÷ 10,000 = 10^8 × 10^−15 × 10^−4 = 10^−11 → rounded up to 1.
    [InlineData("0.000000000000001", 100_000_000L, "0.00000000001", 1)]
    // 1 × 10^−15 ÷ 10^4 = 10^−19.
    [InlineData("0.000000000000001", 1L, "0.0000000000000000001", 1)]
    [InlineData("0.000000000000001", 0L, "0", 0)]
    // 100,000,000 × 0.000012345678901 ÷ 10,000 = 0.12345678901 → 1.
    [InlineData("0.000012345678901", 100_000_000L, "0.12345678901", 1)]
    // 81,000,000 × 0.000012345678901 = 999.999990981; ÷ 10,000 = 0.0999999990981 → 1.
    [InlineData("0.000012345678901", 81_000_000L, "0.0999999990981", 1)]
    // 14 places take the integer path (14 + 4 = 18 digits): 100,000,000 × 0.00000000000001 ÷ 10,000 = 10^−10.
    [InlineData("0.00000000000001", 100_000_000L, "0.0000000001", 1)]
    public void A_rate_of_15_decimal_places_is_computed_exactly(string rate, long population, string exact, int required)
    {
        var calculator = Calculator(Rate(true, rate));
        var expected = decimal.Parse(exact, CultureInfo.InvariantCulture);
        Assert.Equal(population * decimal.Parse(rate, CultureInfo.InvariantCulture) / 10_000m, expected);

        var q = calculator.Quota(population, LayerDay, level: AreaLevel.Street);
        Assert.Equal(StaffingQuotaStatus.Computed, q.Status);
        Assert.Equal(expected, q.ExactRequirement);
        Assert.Equal(required, q.PopulationQuota);
        Assert.Equal(required, q.Required);

        var area = calculator.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = population }), EvaluationOptions.On(LayerDay)).GetOutcomeOrThrow()["c"];
        Assert.Equal(expected, area.ExactRequirement);
        Assert.Equal(required, area.Required);
    }

    // ----- The warnings of an evaluation without explanation (StaffingQuotaCalculator.Policy.cs:138–142, :159–163) -----

    [Fact]
    public void Two_evaluations_without_explanation_on_one_day_share_one_read_only_warnings_list()
    {
        var request = StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 8_000 });
        var first = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf, explain: false));
        var second = Suzhou.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "other", UrbanPermanentPopulation = 99 }), EvaluationOptions.On(AsOf, explain: false));
        Assert.Same(first.Warnings, second.Warnings);
        Assert.Equal([RoundingKey], WarningKeys(first));
        Assert.True(((ICollection<RuleWarning>)first.Warnings).IsReadOnly);

        // With explanation the warnings are the same ones, in a list of the evaluation's own.
        var explained = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf, explain: true));
        Assert.NotSame(first.Warnings, explained.Warnings);
        Assert.Equal(first.Warnings, explained.Warnings);
    }

    [Theory]
    [InlineData("bands")]
    [InlineData("minimum")]
    [InlineData("maximum")]
    [InlineData("all")]
    public void A_placeholder_community_rule_in_force_alone_is_warned_of_with_and_without_explanation(string rule)
    {
        var (calculator, keys) = rule switch
        {
            "bands" => (Calculator(Bands()), new[] { RoundingKey, BandsKey }),
            "minimum" => (Calculator(Minimum()), new[] { RoundingKey, MinimumKey }),
            "maximum" => (Calculator(Maximum()), new[] { RoundingKey, MaximumKey }),
            _ => (CommunityRules, new[] { RoundingKey, BandsKey, MinimumKey, MaximumKey }),
        };

        // A street is not subject to the community rules, but they are in force and warned of all the same.
        var request = new StaffingRequest
        {
            Areas =
            [
                new StaffingArea { Id = "s", Level = AreaLevel.Street },
                new StaffingArea { Id = "c", ParentId = "s", UrbanPermanentPopulation = 4_000, Households = 1_500 },
            ],
        };
        var quiet = calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain: false));
        var explained = calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain: true));
        Assert.Equal(keys, WarningKeys(quiet));
        Assert.Equal(keys, WarningKeys(explained));
        Assert.Equal(explained.Warnings, quiet.Warnings);

        // The explanation's community-rules step names exactly the rules in force.
        var step = explained.Explanation.Steps.Single(s => s.RuleId == "staffing.community-rules");
        Assert.Equal(keys[1..], step.Parameters.Select(p => p.Key));
    }

    [Fact]
    public void Reported_community_rules_bring_no_warning_beyond_the_rounding()
    {
        var calculator = Calculator(Bands(placeholder: false), Minimum(placeholder: false), Maximum(placeholder: false));
        var request = StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 4_000, Households = 1_500 });
        Assert.Equal([RoundingKey], WarningKeys(calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain: false))));
        Assert.Equal([RoundingKey], WarningKeys(calculator.Evaluate(request, EvaluationOptions.On(LayerDay, explain: true))));
    }

    // ----- The explanation's rule steps word for word (StaffingQuotaCalculator.Policy.cs:169–193, :206–211) -----

    [Fact]
    public void The_Suzhou_rule_steps_state_the_rate_the_rounding_and_every_category_by_name_in_both_languages()
    {
        var result = Suzhou.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 10_000 }), EvaluationOptions.On(AsOf));
        Assert.Equal(["staffing.rate", "staffing.counted-categories", "staffing.quota"], result.Explanation.Steps.Select(s => s.RuleId));

        // Rate 18 (cn.js.suzhou), rounding "ceiling" (cn, placeholder); a parameter's value is shown as its JSON, the rule in quotes.
        var rate = result.Explanation.Steps[0];
        Assert.Equal("配备标准：每万名城镇常住人口配备社区工作者18人；按“向上取整”取整。", rate.Message.ZhHans);
        Assert.Equal("Standard: 18 community workers per 10,000 urban permanent residents; rounded by 'ceiling'.", rate.Message.En);
        Assert.Equal([(RateKey, "18", "cn.js.suzhou"), (RoundingKey, "\"ceiling\"", "cn")], rate.Parameters.Select(p => (p.Key, p.Value, p.Layer)));

        // The categories of cn/staffing.json from 2024-03-28, in pack order: two counted, five not.
        var categories = result.Explanation.Steps[1];
        Assert.Equal(
            "计入配备的人员：社区“两委”专职成员、社区专职工作人员；不计入：未经招录为社区工作者的网格员、兼职人员、公益性岗位人员、物业服务人员、志愿者。",
            categories.Message.ZhHans);
        Assert.Equal(
            "Counted: Full-time members of the community Party organisation and residents' committee, Full-time community staff; "
            + "not counted: Grid workers not recruited as community workers, Part-time staff, Public-welfare post holders, Property-management staff, Volunteers.",
            categories.Message.En);
        var use = Assert.Single(categories.Parameters);
        Assert.Equal((CategoriesKey, Date("2024-03-28"), "cn"), (use.Key, use.EffectiveFrom, use.Layer));

        // 10,000 × 18 ÷ 10,000 = 18, nobody counted: 18 short.
        Assert.Equal("c：10000×18÷10000=18人，按“向上取整”得18人；应配18人，实配（计入）0人，缺配18人。", result.Explanation.Steps[2].Message.ZhHans);
        Assert.Equal("c: 10000 × 18 ÷ 10000 = 18, rounded by 'ceiling' to 18; required 18, counted 0, shortfall 18.", result.Explanation.Steps[2].Message.En);
    }

    [Theory]
    [InlineData(StaffingRounding.Floor, "向下取整")]
    [InlineData(StaffingRounding.HalfUp, "四舍五入")]
    [InlineData(StaffingRounding.Ceiling, "向上取整")]
    public void The_rate_step_names_each_rounding_rule_and_a_fractional_rate(string rule, string zh)
    {
        var calculator = Calculator(Rate(true, "17.75"), Rounding(true, rule));
        var result = calculator.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 2_000 }), EvaluationOptions.On(LayerDay));
        var step = result.Explanation.Steps.Single(s => s.RuleId == "staffing.rate");
        Assert.Equal($"配备标准：每万名城镇常住人口配备社区工作者17.75人；按“{zh}”取整。", step.Message.ZhHans);
        Assert.Equal($"Standard: 17.75 community workers per 10,000 urban permanent residents; rounded by '{rule}'.", step.Message.En);

        // The categories of the layer's parent are unchanged: the same step as Suzhou's.
        var categories = result.Explanation.Steps.Single(s => s.RuleId == "staffing.counted-categories");
        Assert.StartsWith("计入配备的人员：社区“两委”专职成员、社区专职工作人员；不计入：未经招录为社区工作者的网格员、", categories.Message.ZhHans, StringComparison.Ordinal);
    }

    [Fact]
    public void The_counted_categories_step_of_a_layer_lists_its_own_categories()
    {
        var result = Calculator(Categories(true)).Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 1 }), EvaluationOptions.On(LayerDay));
        var step = result.Explanation.Steps.Single(s => s.RuleId == "staffing.counted-categories");
        Assert.Equal("计入配备的人员：社区“两委”专职成员、社区专职工作人员；不计入：兼职人员。", step.Message.ZhHans);
        Assert.Equal("Counted: Full-time committee members, Full-time community staff; not counted: Part-time staff.", step.Message.En);
    }

    [Fact]
    public void Under_bands_a_minimum_of_3_and_a_maximum_of_30_every_step_is_told_in_full_in_both_languages()
    {
        var request = new StaffingRequest
        {
            Areas =
            [
                new StaffingArea { Id = "a", Name = "甲社区", UrbanPermanentPopulation = 1_000, Households = 900, Workers = new Dictionary<string, int> { ["community-full-time"] = 3 } },
                new StaffingArea { Id = "b", UrbanPermanentPopulation = 500 },
                new StaffingArea { Id = "c", UrbanPermanentPopulation = 30_000, Households = 9_000, Workers = new Dictionary<string, int> { ["two-committees-full-time"] = 10, ["community-full-time"] = 25 } },
                new StaffingArea { Id = "d", UrbanPermanentPopulation = 2_500, Households = 2_400, Workers = new Dictionary<string, int> { ["community-full-time"] = 4, ["part-time"] = 2 } },
            ],
        };
        var result = CommunityRules.Evaluate(request, EvaluationOptions.On(LayerDay));
        var steps = result.Explanation.Steps;
        Assert.Equal(
            ["staffing.rate", "staffing.counted-categories", "staffing.community-rules", "staffing.quota", "staffing.quota", "staffing.quota", "staffing.quota"],
            steps.Select(s => s.RuleId));

        var rules = steps[2];
        Assert.Equal("社区另适用按户数配备及每社区人数上下限：应配人数取人口标准与户数标准中较大者，再按下限提高、按上限截断。", rules.Message.ZhHans);
        Assert.Equal(
            "Communities also follow household bands and per-community limits: the larger of the population and household quotas, raised to the minimum and cut to the maximum.",
            rules.Message.En);
        Assert.Equal([(BandsKey, Provenance.Placeholder), (MinimumKey, Provenance.Placeholder), (MaximumKey, Provenance.Placeholder)], rules.Parameters.Select(p => (p.Key, p.Provenance)));

        // a: 1,000 × 18 ÷ 10,000 = 1.8 → 2; 900 households are below 2,000 → 3; max(2, 3) = 3, not below the minimum 3; 3 counted.
        Assert.Equal("甲社区：1000×18÷10000=1.8人，按“向上取整”得2人；按户数900户配3人；应配3人，实配（计入）3人，配备达标。", steps[3].Message.ZhHans);
        Assert.Equal("甲社区（a）: 1000 × 18 ÷ 10000 = 1.8, rounded by 'ceiling' to 2; household bands give 3 for 900 households; required 3, counted 3, fully staffed.", steps[3].Message.En);

        // b: 500 × 18 ÷ 10,000 = 0.9 → 1; no households, so no band; raised to the minimum 3; nobody counted.
        Assert.Equal("b：500×18÷10000=0.9人，按“向上取整”得1人；提高至下限3人；应配3人，实配（计入）0人，缺配3人。", steps[4].Message.ZhHans);
        Assert.Equal("b: 500 × 18 ÷ 10000 = 0.9, rounded by 'ceiling' to 1; raised to the minimum 3; required 3, counted 0, shortfall 3.", steps[4].Message.En);

        // c: 30,000 × 18 ÷ 10,000 = 54; 9,000 households: (9,000 − 3,000) ÷ 1,000 + 1 = 7 blocks → 4 + 7 × 2 = 18;
        // max(54, 18) = 54, cut to the maximum 30; 10 + 25 = 35 counted, 5 over.
        Assert.Equal("c：30000×18÷10000=54人，按“向上取整”得54人；按户数9000户配18人；截至上限30人；应配30人，实配（计入）35人，超配5人。", steps[5].Message.ZhHans);
        Assert.Equal("c: 30000 × 18 ÷ 10000 = 54, rounded by 'ceiling' to 54; household bands give 18 for 9000 households; cut to the maximum 30; required 30, counted 35, surplus 5.", steps[5].Message.En);

        // d: 2,500 × 18 ÷ 10,000 = 4.5 → 5; 2,400 households are below 3,000 → 4; max(5, 4) = 5; 4 counted (part-time not), 1 short.
        Assert.Equal("d：2500×18÷10000=4.5人，按“向上取整”得5人；按户数2400户配4人；应配5人，实配（计入）4人，缺配1人。", steps[6].Message.ZhHans);
        Assert.Equal("d: 2500 × 18 ÷ 10000 = 4.5, rounded by 'ceiling' to 5; household bands give 4 for 2400 households; required 5, counted 4, shortfall 1.", steps[6].Message.En);

        // The outcome agrees with the text, and with the fast path.
        var outcome = result.GetOutcomeOrThrow();
        Assert.Equal([(2, 3, 3), (1, null, 3), (54, 18, 30), (5, 4, 5)], outcome.Areas.Select(x => (x.PopulationQuota, x.HouseholdBandQuota, x.Required)));
        var fast = CommunityRules.Quota(30_000, LayerDay, 9_000);
        Assert.Equal((54, 18, 30), (fast.PopulationQuota, fast.HouseholdBandQuota!.Value, fast.Required));
    }
}
