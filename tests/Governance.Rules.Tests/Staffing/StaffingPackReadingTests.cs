using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// How a layer's staffing tables are read: the household bands' "beyond" rule at its limits (a block of 0 or 1
/// households, −1 or 0 added workers), unknown or missing fields, and the worker-category table's shape. A refused
/// table is refused for the value itself, at its path, and nothing of it is used.
/// </summary>
public sealed class StaffingPackReadingTests
{
    [Theory]
    [InlineData("""{ "everyHouseholds": 1, "addWorkers": 0 }""", true)]
    [InlineData("""{ "everyHouseholds": 1, "addWorkers": 1 }""", true)]
    [InlineData("""{ "everyHouseholds": 0, "addWorkers": 1 }""", false)]
    [InlineData("""{ "everyHouseholds": -500, "addWorkers": 1 }""", false)]
    [InlineData("""{ "everyHouseholds": 500, "addWorkers": -1 }""", false)]
    [InlineData("""{ "everyHouseholds": 500 }""", false)]
    [InlineData("""{ "addWorkers": 1 }""", false)]
    [InlineData("""{ "everyHouseholds": 500, "addWorkers": 1, "cap": 9 }""", false)]
    [InlineData("""{ "everyHouseholds": "500", "addWorkers": 1 }""", false)]
    [InlineData("""[ 500, 1 ]""", false)]
    public void The_beyond_rule_needs_a_block_of_at_least_1_household_and_0_or_more_workers(string beyond, bool accepted)
    {
        var result = LoadLayer(Layer("staffing.household_bands", $$"""{ "bands": [ { "below": 2000, "workers": 3 } ], "beyond": {{beyond}} }"""));
        Assert.Equal(accepted, result.Success);
        if (!accepted)
        {
            Assert.EndsWith("['staffing.household_bands'].values[0].value", Assert.Single(result.Errors).Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_beyond_block_of_1_household_adds_its_workers_for_every_household_from_the_last_bound()
    {
        // Below 2,000 → 3; from 2,000 each started block of 1 adds 1: 2,000 → 4, 2,001 → 5, 2,009 → 13.
        var bands = Bands("""{ "bands": [ { "below": 2000, "workers": 3 } ], "beyond": { "everyHouseholds": 1, "addWorkers": 1 } }""");
        Assert.Equal([3, 4, 5, 13], new long[] { 1_999, 2_000, 2_001, 2_009 }.Select(bands.WorkersFor));
        Assert.Equal((1L, 1), (bands.BeyondEveryHouseholds, bands.BeyondAddWorkers));
    }

    [Fact]
    public void A_beyond_rule_adding_0_workers_keeps_the_last_band()
    {
        var bands = Bands("""{ "bands": [ { "below": 2000, "workers": 3 } ], "beyond": { "everyHouseholds": 100, "addWorkers": 0 } }""");
        Assert.Equal([3, 3, 3], new long[] { 1_999, 2_000, 90_000 }.Select(bands.WorkersFor));
    }

    [Fact]
    public void A_community_below_the_first_bound_gets_the_first_band_and_zero_households_too()
    {
        var bands = Bands("""{ "bands": [ { "below": 10, "workers": 1 }, { "below": 20, "workers": 2 } ] }""");
        Assert.Equal([1, 1, 2, 2, 2], new long[] { 0, 9, 10, 19, 20 }.Select(bands.WorkersFor));
        Assert.Equal([(10L, 1), (20L, 2)], bands.Bands);
        Assert.Equal(0L, bands.BeyondEveryHouseholds);
    }

    [Theory]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3 } ], "extra": 1 }""")]
    [InlineData("""{ "beyond": { "everyHouseholds": 500, "addWorkers": 1 } }""")]
    [InlineData("""{ "bands": { "below": 2000, "workers": 3 } }""")]
    [InlineData("""[ { "below": 2000, "workers": 3 } ]""")]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3, "note": "x" } ] }""")]
    [InlineData("""{ "bands": [ { "below": 2000 } ] }""")]
    [InlineData("""{ "bands": [ { "workers": 3 } ] }""")]
    [InlineData("""{ "bands": [ { "below": 2000.5, "workers": 3 } ] }""")]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3.5 } ] }""")]
    [InlineData("""{ "bands": [ 2000 ] }""")]
    public void Household_bands_of_the_wrong_shape_are_refused(string value)
    {
        var result = LoadLayer(Layer("staffing.household_bands", value));
        Assert.False(result.Success, value);
        Assert.EndsWith("['staffing.household_bands'].values[0].value", Assert.Single(result.Errors).Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{ "code": "a", "zh-Hans": "甲", "en": "A", "counted": true }""")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "counted": true }, { "code": "a", "zh-Hans": "乙", "en": "B", "counted": false } ]""")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "counted": "yes" } ]""")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A" } ]""")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "counted": true } ]""")]
    [InlineData("""[ { "code": "a", "en": "A", "counted": true } ]""")]
    [InlineData("""[ { "zh-Hans": "甲", "en": "A", "counted": true } ]""")]
    [InlineData("""[ { "code": 1, "zh-Hans": "甲", "en": "A", "counted": true } ]""")]
    [InlineData("""[ { "code": "a", "zh-Hans": 1, "en": "A", "counted": true } ]""")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": 1, "counted": true } ]""")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "counted": true, "note": "x" } ]""")]
    [InlineData("""[ "a" ]""")]
    public void Worker_category_tables_of_the_wrong_shape_are_refused(string value)
    {
        var result = LoadLayer(Layer("staffing.worker_categories", value, "list"));
        Assert.False(result.Success, value);
        Assert.EndsWith("['staffing.worker_categories'].values[0].value", Assert.Single(result.Errors).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_category_table_keeps_its_order_names_and_counted_flags()
    {
        var result = LoadLayer(Layer("staffing.worker_categories", """
            [ { "code": "b", "zh-Hans": "乙类", "en": "Kind B", "counted": false }, { "code": "a", "zh-Hans": "甲类", "en": "Kind A", "counted": true } ]
            """, "list"));
        var table = result.GetPackOrThrow().Timeline(StaffingParameters.WorkerCategories)!.At(Date("2026-06-01")).Value;
        Assert.Equal(["b", "a"], table.Categories.Select(c => c.Code));
        Assert.False(table.ByCode["b"].Counted);
        Assert.True(table.ByCode["a"].Counted);
        Assert.Equal(("甲类", "Kind A"), (table.ByCode["a"].Name.ZhHans, table.ByCode["a"].Name.En));
    }

    private static HouseholdBands Bands(string value) =>
        LoadLayer(Layer("staffing.household_bands", value)).GetPackOrThrow().Timeline(StaffingParameters.HouseholdBandsRule)!.At(Date("2026-06-01")).Value;

    private static string Layer(string key, string value, string unit = "人") => WhatIfLayer($$"""
        "{{key}}": {
          "name": { "zh-Hans": "测试表", "en": "Test table" },
          "unit": "{{unit}}",
          "values": [ { "from": "2026-01-01", "value": {{value}}, "provenance": "placeholder", "citation": "what-if" } ]
        }
        """);
}
