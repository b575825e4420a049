using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;
using static Governance.Rules.Tests.Staffing.StaffingTestLayers;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// Worker counts in a dictionary of another type, which parameters make a quota rest on a placeholder, and a rate of 15
/// decimal places.
/// </summary>
public sealed class StaffingWorkersAndPlaceholderTests
{
    // ----- Workers in a dictionary that is not a Dictionary<string, int> (StaffingQuotaCalculator.cs) -----

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

    // ----- Which parameters make a quota rest on a placeholder (StaffingQuotaCalculator.Policy.cs) -----

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

    [Theory]
    // Rate, rounding and categories reported; one community rule a placeholder. A community's quota rests on the minimum
    // and maximum always, on the household bands when households are given; a street's on none of them.
    [InlineData("minimum", null, AreaLevel.Community, true)]
    [InlineData("minimum", 50L, AreaLevel.Street, false)]
    [InlineData("maximum", null, AreaLevel.Community, true)]
    [InlineData("bands", 50L, AreaLevel.Community, true)]
    [InlineData("bands", null, AreaLevel.Community, false)]
    [InlineData("none", 50L, AreaLevel.Community, false)]
    public void A_communitys_quota_rests_on_a_placeholder_community_rule_it_applies(string placeholder, long? households, AreaLevel level, bool expected)
    {
        var calculator = Calculator(
            Rate(false), Rounding(false), Categories(false),
            Bands(placeholder == "bands"), Minimum(3, placeholder == "minimum"), Maximum(30, placeholder == "maximum"));

        // 100 × 18 ÷ 10,000 = 0.18 → 1; a community is raised to the minimum of 3 (50 households: the first band gives 3).
        var q = calculator.Quota(100, LayerDay, households, level);
        Assert.Equal(StaffingQuotaStatus.Computed, q.Status);
        Assert.Equal(level == AreaLevel.Community ? 3 : 1, q.Required);
        Assert.Equal(expected, q.UsesPlaceholder);
    }

    [Theory]
    // A layer ends one of the three parameters a quota needs from 2026-01-01: from then there is no quota, not a quota of 0.
    [InlineData(RateKey, "人/万人")]
    [InlineData(RoundingKey, "rule")]
    [InlineData(CategoriesKey, "list")]
    public void Without_its_rate_rounding_or_categories_in_force_there_is_no_quota(string key, string unit)
    {
        var calculator = Calculator(Param(key, unit, "null", placeholder: true));
        Assert.Equal(StaffingQuotaStatus.NoPolicyInForce, calculator.Quota(12_345, LayerDay).Status);
        Assert.Equal(StaffingQuotaStatus.Computed, calculator.Quota(12_345, Date("2025-12-31")).Status);
        var f = Assert.Single(calculator.Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 12_345 }), EvaluationOptions.On(LayerDay)).Failures);
        Assert.Equal(("STAFFING_NO_POLICY_ON_DATE", "AsOf", "2026-06-30"), (f.Code, f.PropertyPath, f.AttemptedValue));
    }

    // ----- A rate of 15 decimal places (StaffingQuotaCalculator.Policy.cs) -----

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
}
