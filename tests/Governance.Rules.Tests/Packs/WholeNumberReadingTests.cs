using System.Text.Json;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// Where a pack table holds a whole number, a value that is not a number ("6", null, true) is refused with the table's
/// own message. Before, the reader threw (a JSON string has no integer to give) and the pack author read only the
/// loader's generic "missing or has the wrong type".
/// </summary>
public sealed class WholeNumberReadingTests
{
    private static string? Refusal<T>(ParameterValueReader<T> read, string text)
    {
        var json = JsonDocument.Parse(text).RootElement.Clone();
        Assert.False(read(json, out _, out var error));
        return error;
    }

    public static TheoryData<string> NotNumbers => ["\"6\"", "null", "true", "[6]", "{}"];

    [Theory]
    [MemberData(nameof(NotNumbers))]
    public void Household_bands_and_the_beyond_rule(string v)
    {
        const string Band = "each band is exactly {below, workers} with whole numbers";
        Assert.Equal(Band, Refusal<HouseholdBands>(HouseholdBands.TryRead, $$"""{ "bands": [ { "below": {{v}}, "workers": 3 } ] }"""));
        Assert.Equal(Band, Refusal<HouseholdBands>(HouseholdBands.TryRead, $$"""{ "bands": [ { "below": 2000, "workers": {{v}} } ] }"""));
        const string Beyond = "beyond is exactly {everyHouseholds > 0, addWorkers >= 0}";
        Assert.Equal(Beyond, Refusal<HouseholdBands>(HouseholdBands.TryRead, $$"""{ "bands": [ { "below": 2000, "workers": 3 } ], "beyond": { "everyHouseholds": {{v}}, "addWorkers": 1 } }"""));
        Assert.Equal(Beyond, Refusal<HouseholdBands>(HouseholdBands.TryRead, $$"""{ "bands": [ { "below": 2000, "workers": 3 } ], "beyond": { "everyHouseholds": 500, "addWorkers": {{v}} } }"""));
    }

    [Theory]
    [MemberData(nameof(NotNumbers))]
    public void Pay_tables(string v)
    {
        Assert.Equal("each degree is exactly {code, zh-Hans, en, years} with whole, non-negative years",
            Refusal<DegreeCreditTable>(DegreeCreditTable.TryRead, $$"""[ { "code": "a", "zh-Hans": "甲", "en": "A", "years": {{v}} } ]"""));
        Assert.Equal("each entry is exactly {grade, coefficient} with a whole-number grade and a decimal coefficient",
            Refusal<GradeCoefficientTable>(GradeCoefficientTable.TryRead, $$"""[ { "grade": {{v}}, "coefficient": 1.0 } ]"""));
        Assert.Equal("expected exactly {caliber, referenceYearLag (0 or more)}",
            Refusal<PayFloorRule>(PayFloorRule.TryRead, $$"""{ "caliber": "urban-non-private-in-service", "referenceYearLag": {{v}} }"""));
        const string Post = "each post is exactly {code, zh-Hans, en, minGrade, maxGrade} with whole-number grades";
        Assert.Equal(Post, Refusal<PayPostTable>(PayPostTable.TryRead, $$"""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": {{v}}, "maxGrade": 4 } ]"""));
        Assert.Equal(Post, Refusal<PayPostTable>(PayPostTable.TryRead, $$"""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1, "maxGrade": {{v}} } ]"""));
        Assert.Equal("each wage is exactly {year (1949–2200), caliber, annualAverage (positive), source?, jurisdiction?}",
            Refusal<ReferenceWageTable>(ReferenceWageTable.TryRead, $$"""[ { "year": {{v}}, "caliber": "urban-non-private-in-service", "annualAverage": 1 } ]"""));
        Assert.Equal("each qualification is exactly {code, zh-Hans, en, uplift} with a whole, non-negative uplift",
            Refusal<QualificationTable>(QualificationTable.TryRead, $$"""[ { "code": "a", "zh-Hans": "甲", "en": "A", "uplift": {{v}} } ]"""));
    }

    [Theory]
    [MemberData(nameof(NotNumbers))]
    public void Catalogue_counts_and_back_pay_months(string v)
    {
        const string Counts = "expected {retained: {kind: count}, cancelled: {group: count}} with whole, non-negative counts";
        Assert.Equal(Counts, Refusal<CatalogueCounts>(CatalogueCounts.TryRead, $$"""{ "retained": { "lawful-duties": {{v}} }, "cancelled": {} }"""));
        Assert.Equal(Counts, Refusal<CatalogueCounts>(CatalogueCounts.TryRead, $$"""{ "retained": {}, "cancelled": { "stamping": {{v}} } }"""));
        Assert.Equal("backPayMonths is a whole number from 1 to 120", Refusal<BenefitRuleTable>(BenefitRuleTable.TryRead,
            $$"""{ "default": { "start": "application-month", "backPay": "months", "backPayMonths": {{v}}, "stop": "through-death-month", "requires": "hukou" } }"""));
    }

    [Fact]
    public void A_whole_number_in_range_still_reads()
    {
        var json = JsonDocument.Parse("""{ "retained": { "lawful-duties": 0, "assisting": 2147483647 }, "cancelled": { "stamping": 53 } }""").RootElement;
        Assert.True(CatalogueCounts.TryRead(json, out var counts, out var error), error);
        Assert.Equal((0, 2147483647, 53), (counts.Retained["lawful-duties"], counts.Retained["assisting"], counts.Cancelled["stamping"]));
        var big = JsonDocument.Parse("""{ "retained": { "assisting": 2147483648 }, "cancelled": {} }""").RootElement;
        Assert.False(CatalogueCounts.TryRead(big, out _, out _));
        var bands = JsonDocument.Parse("""{ "bands": [ { "below": 3000000000, "workers": 3 } ] }""").RootElement;
        Assert.True(HouseholdBands.TryRead(bands, out _, out var bandError), bandError);
    }
}
