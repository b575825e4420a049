using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>The 尊老金 age bands must meet on every date: no overlap, no gap.</summary>
public sealed class AgeBandChainTests
{
    private static string Layer(string bands, string from = "2026-01-01", string parent = "\"cn.js.suzhou\"") => $$"""
        {
          "id": "reform.bands", "version": "1.0.0", "parent": {{parent}},
          "name": { "zh-Hans": "测试", "en": "Test" },
          "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
          "parameters": {
            {{string.Join(",\n", bands.Split(';').Select(b => b.Split('=')).Select(kv =>
                $$"""
                "elderly.age_allowance.{{kv[0]}}": { {{(parent == "null" ? "\"name\": { \"zh-Hans\": \"尊老金\", \"en\": \"Age allowance\" }," : "")}} "unit": "元", "values": [ { "from": "{{from}}", "value": {{kv[1]}}, "provenance": "placeholder", "citation": "what-if" } ] }
                """))}}
          }
        }
        """;

    [Fact]
    public void A_90_to_99_band_without_maxAge_overlaps_the_100_plus_band_and_is_refused()
    {
        var loaded = LoadLayer(Layer("""90_99={ "minAge": 90, "amount": 600, "period": "year" }"""));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal("PACK_AGE_BANDS_OVERLAP", error.Code);
        Assert.Equal("$.parameters['elderly.age_allowance.90_99'].values[0].value", error.Path);
        Assert.Contains("2026-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("maxAge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_reaching_into_the_next_is_refused_at_the_next_bands_minAge()
    {
        var loaded = LoadLayer(Layer("""90_99={ "minAge": 88, "maxAge": 99, "amount": 600, "period": "year" }"""));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal("PACK_AGE_BANDS_OVERLAP", error.Code);
        Assert.Equal("$.parameters['elderly.age_allowance.90_99'].values[0].value.minAge", error.Path);
        Assert.Contains("88–89", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_leaving_ages_without_allowance_is_refused_as_a_gap()
    {
        var loaded = LoadLayer(Layer("""100_plus={ "minAge": 101, "amount": 200, "period": "month" }"""));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal("PACK_AGE_BANDS_GAP", error.Code);
        Assert.Equal("$.parameters['elderly.age_allowance.100_plus'].values[0].value.minAge", error.Path);
        Assert.Contains("100–100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_moved_together_still_meet_and_load()
    {
        var loaded = LoadLayer(Layer(
            """80_89={ "minAge": 80, "maxAge": 89, "amount": 60, "period": "month" };90_99={ "minAge": 90, "maxAge": 94, "amount": 600, "period": "year" };100_plus={ "minAge": 95, "amount": 200, "period": "month" }"""));
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
    }

    [Fact]
    public void The_festival_lump_sum_is_paid_on_top_of_the_100_plus_band_and_is_not_checked_against_it()
    {
        var loaded = LoadLayer(Layer("""festival={ "minAge": 95, "amount": 1000, "period": "year" }"""));
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
    }

    [Fact]
    public void Two_overlaps_in_one_file_are_both_reported_at_their_own_bands()
    {
        // 80–89 without maxAge overlaps 90–99; 100+ from 99 overlaps 90–99 (to 99): the same code, the same file, two places.
        var loaded = LoadLayer(Layer("""80_89={ "minAge": 80, "amount": 60, "period": "month" };100_plus={ "minAge": 99, "amount": 200, "period": "month" }"""));
        Assert.Collection(
            loaded.Errors,
            e => Assert.Equal(("PACK_AGE_BANDS_OVERLAP", "$.parameters['elderly.age_allowance.80_89'].values[0].value"), (e.Code, e.Path)),
            e => Assert.Equal(("PACK_AGE_BANDS_OVERLAP", "$.parameters['elderly.age_allowance.100_plus'].values[0].value.minAge"), (e.Code, e.Path)));
        Assert.Contains("99–99", loaded.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlap_and_a_gap_in_one_file_are_both_reported()
    {
        var loaded = LoadLayer(Layer("""80_89={ "minAge": 80, "amount": 60, "period": "month" };100_plus={ "minAge": 101, "amount": 200, "period": "month" }"""));
        Assert.Equal(
            [("PACK_AGE_BANDS_OVERLAP", "$.parameters['elderly.age_allowance.80_89'].values[0].value"), ("PACK_AGE_BANDS_GAP", "$.parameters['elderly.age_allowance.100_plus'].values[0].value.minAge")],
            loaded.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void A_withdrawn_top_band_leaves_the_bands_below_to_meet_and_the_pack_loads()
    {
        var loaded = LoadLayer(Layer("100_plus=null"));
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
    }

    [Fact]
    public void A_pack_of_its_own_with_two_of_the_three_bands_is_checked_between_those_two()
    {
        var meeting = LoadLayer(Layer("""80_89={ "minAge": 80, "maxAge": 89, "amount": 60, "period": "month" };90_99={ "minAge": 90, "maxAge": 99, "amount": 600, "period": "year" }""", parent: "null"));
        Assert.True(meeting.Success, string.Join("\n", meeting.Errors));

        var gap = LoadLayer(Layer("""80_89={ "minAge": 80, "maxAge": 89, "amount": 60, "period": "month" };100_plus={ "minAge": 100, "amount": 200, "period": "month" }""", parent: "null"));
        var error = Assert.Single(gap.Errors);
        Assert.Equal(("PACK_AGE_BANDS_GAP", "$.parameters['elderly.age_allowance.100_plus'].values[0].value.minAge"), (error.Code, error.Path));
        Assert.Contains("90–99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlap_that_starts_before_the_layer_is_reported_once_with_its_first_date()
    {
        var bands = """90_99={ "minAge": 90, "amount": 600, "period": "year" }""";
        var loaded = LoadLayer(Layer(bands, from: "2008-01-01"));
        var error = Assert.Single(loaded.Errors);
        Assert.Contains("2008-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_embedded_pack_has_bands_that_meet()
    {
        foreach (var id in RulePacks.EmbeddedIds)
        {
            Assert.DoesNotContain(RulePacks.TryLoad(id).Errors, e => e.Code.StartsWith("PACK_AGE_BANDS", StringComparison.Ordinal));
        }
    }
}
