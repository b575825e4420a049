using System.Globalization;
using System.Text.Json;
using Governance.Rules.Compensation;

namespace Governance.Rules.Tests.Compensation;

/// <summary>
/// The pay tables as a pack value reads them: every refusal word for word, the edges of each check (the year at,
/// below and above its bounds; an amount at zero), and the lookups a consumer calls (a code the pack does not define,
/// another place's wage, a grade outside the table).
/// </summary>
public sealed class PayTableReadingTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static string? WagesError(string text)
    {
        Assert.False(ReferenceWageTable.TryRead(Json(text), out _, out var error));
        return error;
    }

    private static ReferenceWageTable Wages(string text)
    {
        Assert.True(ReferenceWageTable.TryRead(Json(text), out var table, out var error), error);
        Assert.Null(error);
        return table;
    }

    private const string WageShape = "each wage is exactly {year (1949–2200), caliber, annualAverage (positive), source?, jurisdiction?}";

    [Theory]
    [InlineData("""[ { "year": 1948, "caliber": "urban-non-private-in-service", "annualAverage": 1 } ]""")]
    [InlineData("""[ { "year": 2201, "caliber": "urban-non-private-in-service", "annualAverage": 1 } ]""")]
    [InlineData("""[ { "year": 2024.5, "caliber": "urban-non-private-in-service", "annualAverage": 1 } ]""")]
    [InlineData("""[ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 0 } ]""")]
    [InlineData("""[ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": -1 } ]""")]
    [InlineData("""[ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": "143611" } ]""")]
    [InlineData("""[ { "year": 2024, "caliber": 7, "annualAverage": 1 } ]""")]
    [InlineData("""[ { "year": 2024, "caliber": "urban-non-private-in-service" } ]""")]
    [InlineData("""[ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 1, "note": "x" } ]""")]
    [InlineData("""[ 2024 ]""")]
    public void A_wage_out_of_shape_or_range_is_refused(string text) => Assert.Equal(WageShape, WagesError(text));

    [Theory]
    [InlineData(1949)]
    [InlineData(2200)]
    public void The_first_and_last_years_a_wage_may_describe_are_read(int year)
    {
        var table = Wages($$"""[ { "year": {{year}}, "caliber": "urban-non-private-in-service", "annualAverage": 0.01 } ]""");
        Assert.Equal(0.01m, table.Find(year, WageCalibers.UrbanNonPrivateInService)!.AnnualAverage);
    }

    [Fact]
    public void A_wage_source_or_place_that_is_not_a_string_is_refused()
    {
        Assert.Equal("source must be a string",
            WagesError("""[ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 1, "source": 5 } ]"""));
        Assert.Equal("jurisdiction must be a string such as cn.js.suzhou",
            WagesError("""[ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 1, "jurisdiction": 5 } ]"""));
        Assert.Equal("jurisdiction must be a string such as cn.js.suzhou",
            WagesError("""[ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 1, "source": "s", "jurisdiction": false } ]"""));
    }

    [Fact]
    public void The_same_year_caliber_and_place_twice_is_refused_but_another_place_or_caliber_is_not()
    {
        Assert.Equal("the urban-non-private-in-service wage of cn.js.suzhou for 2024 appears twice", WagesError("""
            [ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 1 },
              { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 2, "jurisdiction": "cn.js.suzhou" } ]
            """));
        var table = Wages("""
            [ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 1 },
              { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 2, "jurisdiction": "cn.js.suzhou.kunshan" },
              { "year": 2024, "caliber": "urban-non-private-employed", "annualAverage": 3, "source": "s", "jurisdiction": "cn.js.suzhou" },
              { "year": 2023, "caliber": "urban-non-private-in-service", "annualAverage": 4, "source": "t" } ]
            """);
        Assert.Equal(4, table.Wages.Count);
        Assert.Equal(1m, table.Find(2024, WageCalibers.UrbanNonPrivateInService)!.AnnualAverage);
        Assert.Equal(2m, table.Find(2024, WageCalibers.UrbanNonPrivateInService, "cn.js.suzhou.kunshan")!.AnnualAverage);
        var employed = table.Find(2024, WageCalibers.UrbanNonPrivateEmployed)!;
        Assert.Equal((3m, "s", "cn.js.suzhou"), (employed.AnnualAverage, employed.Source, employed.Jurisdiction));
        Assert.Equal(("t", ReferenceWage.DefaultJurisdiction), (table.Find(2023, WageCalibers.UrbanNonPrivateInService)!.Source, table.Find(2023, WageCalibers.UrbanNonPrivateInService)!.Jurisdiction));
        Assert.Null(table.Find(2024, WageCalibers.AllUrbanUnitsEmployed));
        Assert.Null(table.Find(2022, WageCalibers.UrbanNonPrivateInService));
        Assert.Null(table.Find(2023, WageCalibers.UrbanNonPrivateInService, "cn.js.suzhou.kunshan"));
    }

    [Fact]
    public void An_empty_wage_list_is_read_and_finds_nothing()
    {
        var table = Wages("[]");
        Assert.Empty(table.Wages);
        Assert.Null(table.Find(2024, WageCalibers.UrbanNonPrivateInService));
    }

    [Theory]
    [InlineData("""{ "social-worker": "300" }""", "the allowance of 'social-worker' must be a non-negative amount")]
    [InlineData("""{ "social-worker": -0.01 }""", "the allowance of 'social-worker' must be a non-negative amount")]
    [InlineData("""{ "social-worker": 300, "social-worker": 400 }""", "qualification 'social-worker' appears twice")]
    [InlineData("""[ 300 ]""", "expected an object {qualification code: 元/月}")]
    public void A_malformed_allowance_table_is_refused(string text, string message)
    {
        Assert.False(QualificationAllowanceTable.TryRead(Json(text), out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void An_allowance_of_zero_is_read_and_an_unlisted_or_missing_code_earns_nothing()
    {
        Assert.True(QualificationAllowanceTable.TryRead(Json("""{ "assistant": 0, "social-worker": 300.5 }"""), out var table, out var error));
        Assert.Null(error);
        Assert.Equal([("assistant", 0m), ("social-worker", 300.5m)], table.Amounts.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value)));
        Assert.Equal(300.5m, table.AmountFor("social-worker"));
        Assert.Equal(0m, table.AmountFor("Social-Worker"));
        Assert.Equal(0m, table.AmountFor(null!));
    }

    [Fact]
    public void Lookups_by_code_find_only_the_codes_the_pack_defines()
    {
        Assert.True(DegreeCreditTable.TryRead(Json("""[ { "code": "bachelor", "zh-Hans": "本科", "en": "Bachelor", "years": 1 }, { "code": "master", "zh-Hans": "硕士", "en": "Master", "years": 3 } ]"""), out var degrees, out _));
        Assert.True(degrees.TryGet("master", out var master));
        Assert.Equal(("master", 3, "硕士"), (master.Code, master.Years, master.Name.ZhHans));
        Assert.False(degrees.TryGet("Master", out var none));
        Assert.Null(none);
        Assert.Equal(["bachelor", "master"], degrees.Degrees.Select(d => d.Code));

        Assert.True(QualificationTable.TryRead(Json("""[ { "code": "assistant", "zh-Hans": "助理社工师", "en": "Assistant", "uplift": 1 }, { "code": "social-worker", "zh-Hans": "社工师", "en": "Social worker", "uplift": 2 } ]"""), out var qualifications, out _));
        Assert.True(qualifications.TryGet("social-worker", out var sw));
        Assert.Equal(("social-worker", 2, 2), (sw.Code, sw.Level, sw.Uplift));
        Assert.Equal(1, qualifications.Qualifications[0].Level);
        Assert.False(qualifications.TryGet("senior", out var missing));
        Assert.Null(missing);

        Assert.True(PayPostTable.TryRead(Json("""[ { "code": "head", "zh-Hans": "正职", "en": "Head", "minGrade": 3, "maxGrade": 9 }, { "code": "staff", "zh-Hans": "工作人员", "en": "Staff", "minGrade": 1, "maxGrade": 4 } ]"""), out var posts, out _));
        Assert.Equal(9, posts.HighestGrade);
        Assert.True(posts.TryGet("staff", out var staff));
        Assert.Equal((1, 4), (staff.MinGrade, staff.MaxGrade));
        Assert.Equal((1, 4, 3), (staff.Clamp(0), staff.Clamp(5), staff.Clamp(3)));
        Assert.False(posts.TryGet("deputy", out var noPost));
        Assert.Null(noPost);
    }

    [Theory]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "years": 1.5 } ]""", "each degree is exactly {code, zh-Hans, en, years} with whole, non-negative years")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "years": 1, "extra": 0 } ]""", "each degree is exactly {code, zh-Hans, en, years} with whole, non-negative years")]
    [InlineData("""[ { "code": 1, "zh-Hans": "甲", "en": "A", "years": 1 } ]""", "each degree is exactly {code, zh-Hans, en, years} with whole, non-negative years")]
    public void A_malformed_degree_is_refused(string text, string message)
    {
        Assert.False(DegreeCreditTable.TryRead(Json(text), out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_degree_worth_no_years_is_read()
    {
        Assert.True(DegreeCreditTable.TryRead(Json("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "years": 0 } ]"""), out var table, out var error));
        Assert.Null(error);
        Assert.Equal(0, Assert.Single(table.Degrees).Years);
    }

    [Theory]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "uplift": -1 } ]""", "each qualification is exactly {code, zh-Hans, en, uplift} with a whole, non-negative uplift")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "uplift": 1 }, { "code": "b", "zh-Hans": "乙", "en": "B", "uplift": 1 } ]""", "qualifications are listed lowest first with strictly rising uplift: 'b' does not rise above 'a'")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "uplift": 2 }, { "code": "b", "zh-Hans": "乙", "en": "B", "uplift": 1 } ]""", "qualifications are listed lowest first with strictly rising uplift: 'b' does not rise above 'a'")]
    public void A_malformed_qualification_list_is_refused(string text, string message)
    {
        Assert.False(QualificationTable.TryRead(Json(text), out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_first_qualification_with_no_uplift_is_read()
    {
        Assert.True(QualificationTable.TryRead(Json("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "uplift": 0 }, { "code": "b", "zh-Hans": "乙", "en": "B", "uplift": 1 } ]"""), out var table, out var error));
        Assert.Null(error);
        Assert.Equal([0, 1], table.Qualifications.Select(q => q.Uplift));
    }

    [Theory]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 0, "maxGrade": 4 } ]""", "post 'a' has an empty or invalid grade range 0–4 (grades start at 1 and the range must not be empty)")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 5, "maxGrade": 4 } ]""", "post 'a' has an empty or invalid grade range 5–4 (grades start at 1 and the range must not be empty)")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1, "maxGrade": 2 }, { "code": "b", "zh-Hans": "乙", "en": "B", "minGrade": 4, "maxGrade": 5 } ]""", "grade 3 lies in no post's range (a gap in the scale)")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 2, "maxGrade": 5 } ]""", "grade 1 lies in no post's range (a gap in the scale)")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1.5, "maxGrade": 5 } ]""", "each post is exactly {code, zh-Hans, en, minGrade, maxGrade} with whole-number grades")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1, "maxGrade": 4 }, { "code": "a", "zh-Hans": "乙", "en": "B", "minGrade": 1, "maxGrade": 4 } ]""", "post 'a' appears twice")]
    public void A_malformed_post_list_is_refused(string text, string message)
    {
        Assert.False(PayPostTable.TryRead(Json(text), out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_one_grade_post_and_touching_ranges_are_read()
    {
        Assert.True(PayPostTable.TryRead(Json("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1, "maxGrade": 1 }, { "code": "b", "zh-Hans": "乙", "en": "B", "minGrade": 2, "maxGrade": 3 } ]"""), out var table, out var error));
        Assert.Null(error);
        Assert.Equal(3, table.HighestGrade);
    }

    [Theory]
    [InlineData("""[ { "grade": 1, "coefficient": 1.0 }, { "grade": 1, "coefficient": 1.2 } ]""", "grade 1 is listed twice or out of order (overlapping entries)")]
    [InlineData("""[ { "grade": 2, "coefficient": 1.0 } ]""", "grade 1 is missing (a gap before grade 2)")]
    [InlineData("""[ { "grade": 1, "coefficient": -0.1 } ]""", "grade 1 needs a positive coefficient")]
    [InlineData("""[ { "grade": 1, "coefficient": 1.0 }, { "grade": 2, "coefficient": 1.0 } ]""", "coefficients must rise strictly with the grade: grade 2 has 1.0, grade 1 has 1.0")]
    [InlineData("""[ { "grade": 1, "coefficient": 1.5 }, { "grade": 2, "coefficient": 1.25 } ]""", "coefficients must rise strictly with the grade: grade 2 has 1.25, grade 1 has 1.5")]
    [InlineData("""[ { "grade": 1, "coefficient": "1" } ]""", "each entry is exactly {grade, coefficient} with a whole-number grade and a decimal coefficient")]
    public void A_malformed_coefficient_table_is_refused(string text, string message)
    {
        Assert.False(GradeCoefficientTable.TryRead(Json(text), out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_coefficient_outside_the_table_is_an_argument_error_and_the_edges_are_read()
    {
        Assert.True(GradeCoefficientTable.TryRead(Json("""[ { "grade": 1, "coefficient": 0.01 }, { "grade": 2, "coefficient": 1.1 }, { "grade": 3, "coefficient": 1.2 } ]"""), out var table, out var error));
        Assert.Null(error);
        Assert.Equal(3, table.HighestGrade);
        Assert.Equal((0.01m, 1.2m), (table.CoefficientOf(1), table.CoefficientOf(3)));
        Assert.Equal("grade", Assert.Throws<ArgumentOutOfRangeException>(() => table.CoefficientOf(0)).ParamName);
        Assert.Equal("grade", Assert.Throws<ArgumentOutOfRangeException>(() => table.CoefficientOf(4)).ParamName);
    }
    [Theory]
    [InlineData("""{ "basic": 0.7, "performance": 0.2 }""")]
    [InlineData("""{ "basic": 0.7, "performance": 0.31 }""")]
    [InlineData("""{ "basic": -0.1, "performance": 1.1 }""")]
    [InlineData("""{ "basic": 1.1, "performance": -0.1 }""")]
    public void A_split_with_a_negative_share_or_not_summing_to_1_is_refused(string text)
    {
        Assert.False(PaySplit.TryRead(Json(text), out _, out var error));
        Assert.Equal("the shares must be non-negative and sum to exactly 1", error);
    }

    [Theory]
    [InlineData("""{ "basic": 0, "performance": 1 }""", "0", "1")]
    [InlineData("""{ "basic": 1, "performance": 0 }""", "1", "0")]
    [InlineData("""{ "basic": 0.70, "performance": 0.30 }""", "0.70", "0.30")]
    public void A_split_of_shares_summing_to_1_is_read_with_a_share_of_0_allowed(string text, string basic, string performance)
    {
        Assert.True(PaySplit.TryRead(Json(text), out var split, out var error));
        Assert.Null(error);
        Assert.Equal((decimal.Parse(basic, CultureInfo.InvariantCulture), decimal.Parse(performance, CultureInfo.InvariantCulture)), (split.BasicShare, split.PerformanceShare));
    }
}
