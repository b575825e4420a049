using System.Text.Json;
using Governance.Rules.Staffing;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// What a pack author is told when a staffing table is refused: the reader's own reason, written out for each way the
/// worker-category table and the household bands can be wrong (it becomes the PACK_INVALID_VALUE message).
/// </summary>
public sealed class StaffingTableReadingMessagesTests
{
    private const string Shape = "each category is exactly {code, zh-Hans, en, counted}";

    [Theory]
    [InlineData("""{ "code": "a" }""", "expected an array of {code, zh-Hans, en, counted}")]
    [InlineData("""[]""", "at least one category is needed")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A" } ]""", Shape)]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "counted": true, "x": 1 } ]""", Shape)]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "counted": "yes" } ]""", Shape)]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "counted": true }, { "code": "a", "zh-Hans": "乙", "en": "B", "counted": false } ]""", "category 'a' appears twice")]
    public void A_refused_worker_category_table_says_why(string json, string error)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(WorkerCategoryTable.TryRead(document.RootElement, out _, out var reason));
        Assert.Equal(error, reason);
    }

    [Theory]
    [InlineData("""[ { "below": 2000, "workers": 3 } ]""", "expected {bands: [{below, workers}], beyond?: {everyHouseholds, addWorkers}}")]
    [InlineData("""{ "bands": { "below": 2000, "workers": 3 } }""", "expected {bands: [{below, workers}], beyond?: {everyHouseholds, addWorkers}}")]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3 } ], "cap": 9 }""", "unknown field 'cap'")]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3.5 } ] }""", "each band is exactly {below, workers} with whole numbers")]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3, "note": "" } ] }""", "each band is exactly {below, workers} with whole numbers")]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3 }, { "below": 2000, "workers": 4 } ] }""", "bands must have strictly increasing bounds and non-decreasing, non-negative workers")]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3 }, { "below": 3000, "workers": 2 } ] }""", "bands must have strictly increasing bounds and non-decreasing, non-negative workers")]
    [InlineData("""{ "bands": [] }""", "at least one band is needed")]
    [InlineData("""{ "bands": [ { "below": 2000, "workers": 3 } ], "beyond": { "everyHouseholds": 0, "addWorkers": 1 } }""", "beyond is exactly {everyHouseholds > 0, addWorkers >= 0}")]
    public void Refused_household_bands_say_why(string json, string error)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(HouseholdBands.TryRead(document.RootElement, out _, out var reason));
        Assert.Equal(error, reason);
    }
}
