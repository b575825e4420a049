using Governance.Rules.Citations;
using Governance.Rules.Compensation;
using Governance.Rules.Packs;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

public sealed class PayScaleTableTests
{
    private static PackLoadError SingleError(string parameters)
    {
        var result = LoadLayer(PayLayer(parameters));
        Assert.False(result.Success);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Suzhou_has_three_posts_with_the_generic_ranges_as_a_placeholder_citing_no_source()
    {
        var posts = RulePacks.Suzhou.Timeline(PayParameters.Posts)!.At(AsOf);
        Assert.Equal([("head", 7, 18), ("deputy", 4, 15), ("staff", 1, 12)], posts.Value.Posts.Select(p => (p.Code, p.MinGrade, p.MaxGrade)));
        // The article reports 三岗十八级 in Suzhou but no ranges; 7–18 / 4–15 / 1–12 come from generic explainers.
        Assert.Equal(("no-source", Provenance.Placeholder), (posts.Info!.Citation!.Id, posts.Info.Provenance));
        Assert.True(posts.Info.Citation.IsNoSource);
    }

    [Fact]
    public void Suzhou_base_and_coefficients_are_placeholders_calibrated_to_the_2025_floor()
    {
        var pack = RulePacks.Suzhou;
        var baseAmount = pack.Timeline(PayParameters.BaseAmount)!.At(AsOf);
        var coefficients = pack.Timeline(PayParameters.GradeCoefficients)!.At(AsOf);
        Assert.Equal(Provenance.Placeholder, baseAmount.Info!.Provenance);
        Assert.Equal(Provenance.Placeholder, coefficients.Info!.Provenance);
        // The average worker (grade 9) earns at least the floor: 8,549 × 1.40 × 12 = 143,623.20 ≥ 143,611.
        Assert.True(baseAmount.Value * coefficients.Value.CoefficientOf(9) * 12m >= 143_611m);
        Assert.Contains("143,611", baseAmount.Info.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Suzhou_reference_wage_records_year_caliber_and_source()
    {
        var wages = RulePacks.Suzhou.Timeline(PayParameters.ReferenceWages)!.At(Date("2025-12-31"));
        var w = wages.Value.Find(2024, WageCalibers.UrbanNonPrivateInService)!;
        Assert.Equal(143_611m, w.AnnualAverage);
        Assert.StartsWith("https://tjj.suzhou.gov.cn/", w.Source, StringComparison.Ordinal);
        Assert.Equal(Provenance.Reported, wages.Info!.Provenance);
    }

    [Fact]
    public void A_locality_may_load_a_fourth_post_and_a_two_year_step_without_code()
    {
        var posts = """[ { "code": "head", "zh-Hans": "正职", "en": "Head", "minGrade": 7, "maxGrade": 18 }, { "code": "deputy", "zh-Hans": "副职", "en": "Deputy", "minGrade": 5, "maxGrade": 16 }, { "code": "member", "zh-Hans": "专职委员", "en": "Member", "minGrade": 3, "maxGrade": 14 }, { "code": "staff", "zh-Hans": "工作人员", "en": "Staff", "minGrade": 1, "maxGrade": 12 } ]""";
        var pack = LoadLayer(PayLayer(Parameter("pay.posts", posts, unit: "级") + "," + Parameter("pay.years_per_grade_step", "2", unit: "年"))).GetPackOrThrow();
        var calc = new CommunityWorkerPayCalculator(pack, Clock);
        // 专职委员 hired 2019-06-30: 6 years ÷ 2 = 3 steps → 3 + 3 = 6.
        Assert.Equal(6, calc.Grade(Worker("member", "2019-06-30"), AsOf).Grade);
    }

    [Theory]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1, "maxGrade": 5 }, { "code": "b", "zh-Hans": "乙", "en": "B", "minGrade": 8, "maxGrade": 12 } ]""", "grade 6 lies in no post")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 5, "maxGrade": 4 } ]""", "empty or invalid grade range")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 0, "maxGrade": 4 } ]""", "empty or invalid grade range")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1, "maxGrade": 4 }, { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1, "maxGrade": 4 } ]""", "appears twice")]
    [InlineData("""[ { "code": "a", "zh-Hans": "甲", "en": "A", "minGrade": 1 } ]""", "exactly")]
    public void Post_tables_with_gaps_empty_ranges_or_repeats_are_rejected(string value, string message)
    {
        var e = SingleError(Parameter("pay.posts", value, unit: "级"));
        Assert.Equal("PACK_INVALID_VALUE", e.Code);
        Assert.EndsWith("['pay.posts'].values[0].value", e.Path, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[ { "grade": 1, "coefficient": 1.0 }, { "grade": 3, "coefficient": 1.2 } ]""", "grade 2 is missing")]
    [InlineData("""[ { "grade": 1, "coefficient": 1.0 }, { "grade": 1, "coefficient": 1.2 } ]""", "listed twice")]
    [InlineData("""[ { "grade": 1, "coefficient": 1.0 }, { "grade": 2, "coefficient": 1.0 } ]""", "rise strictly")]
    [InlineData("""[ { "grade": 1, "coefficient": 1.2 }, { "grade": 2, "coefficient": 1.1 } ]""", "rise strictly")]
    [InlineData("""[ { "grade": 1, "coefficient": 0 } ]""", "positive coefficient")]
    [InlineData("""[ ]""", "at least one grade")]
    public void Coefficient_tables_with_gaps_overlaps_or_falling_coefficients_are_rejected(string value, string message)
    {
        var e = SingleError(Parameter("pay.grade_coefficients", value, unit: "系数"));
        Assert.Equal("PACK_INVALID_VALUE", e.Code);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pay.split", "share", """{ "basic": 0.7, "performance": 0.2 }""", "sum to exactly 1")]
    [InlineData("pay.qualification_uplift", "级", """[ { "code": "a", "zh-Hans": "甲", "en": "A", "uplift": 2 }, { "code": "b", "zh-Hans": "乙", "en": "B", "uplift": 1 } ]""", "strictly rising uplift")]
    [InlineData("pay.degree_credit_years", "年", """[ { "code": "a", "zh-Hans": "甲", "en": "A", "years": -1 } ]""", "non-negative")]
    [InlineData("pay.reference_wages", "元/年", """[ { "year": 2024, "caliber": "everyone", "annualAverage": 1 } ]""", "unknown caliber 'everyone'; expected one of: urban-non-private-in-service, urban-non-private-employed, all-urban-units-employed")]
    [InlineData("pay.floor_rule", "rule", """{ "caliber": "urban-non-private-in-service" }""", "exactly")]
    [InlineData("pay.floor_rule", "rule", """{ "caliber": "everyone", "referenceYearLag": 1 }""", "unknown caliber 'everyone'; expected one of: urban-non-private-in-service, urban-non-private-employed, all-urban-units-employed")]
    [InlineData("pay.split", "share", """{ "basic": 0.7 }""", "expected exactly {basic, performance} as decimal shares")]
    [InlineData("pay.split", "share", """{ "basic": 0.7, "performance": 0.3, "bonus": 0 }""", "expected exactly {basic, performance} as decimal shares")]
    [InlineData("pay.split", "share", """[ 0.7, 0.3 ]""", "expected exactly {basic, performance} as decimal shares")]
    [InlineData("pay.floor_rule", "rule", """{ "caliber": " ", "referenceYearLag": 1 }""", "expected exactly {caliber, referenceYearLag (0 or more)}")]
    [InlineData("pay.floor_rule", "rule", """{ "caliber": 7, "referenceYearLag": 1 }""", "expected exactly {caliber, referenceYearLag (0 or more)}")]
    [InlineData("pay.split", "share", """{ "basic": "0.7", "performance": 0.3 }""", "expected exactly {basic, performance} as decimal shares")]
    [InlineData("pay.qualification_allowance", "元/月", """{ "social-worker": -1 }""", "non-negative")]
    [InlineData("pay.post_change_rule", "rule", "\"promote\"", "expected one of")]
    // Each table's shape refusals, as the pack author reads them (the readers' first checks).
    [InlineData("pay.degree_credit_years", "年", "{}", "expected an array of {code, zh-Hans, en, years}")]
    [InlineData("pay.degree_credit_years", "年", """[ { "code": "a", "zh-Hans": "甲", "en": "A", "years": 1 }, { "code": "a", "zh-Hans": "乙", "en": "B", "years": 2 } ]""", "degree 'a' appears twice")]
    [InlineData("pay.grade_coefficients", "系数", "{}", "expected an array of {grade, coefficient} from grade 1 upward")]
    [InlineData("pay.grade_coefficients", "系数", """[ { "grade": 1 } ]""", "each entry is exactly {grade, coefficient} with a whole-number grade and a decimal coefficient")]
    [InlineData("pay.grade_coefficients", "系数", """[ { "grade": 1, "coefficient": 1.1 }, { "grade": 2, "coefficient": 1.0 } ]""", "coefficients must rise strictly with the grade: grade 2 has 1.0, grade 1 has 1.1")]
    [InlineData("pay.posts", "级", "{}", "expected an array of {code, zh-Hans, en, minGrade, maxGrade}")]
    [InlineData("pay.posts", "级", "[]", "at least one post is needed")]
    [InlineData("pay.qualification_allowance", "元/月", "[]", "expected an object {qualification code: 元/月}")]
    [InlineData("pay.qualification_uplift", "级", "{}", "expected an array of {code, zh-Hans, en, uplift}, lowest qualification first")]
    [InlineData("pay.qualification_uplift", "级", """[ { "code": "a" } ]""", "each qualification is exactly {code, zh-Hans, en, uplift} with a whole, non-negative uplift")]
    [InlineData("pay.qualification_uplift", "级", """[ { "code": "a", "zh-Hans": "甲", "en": "A", "uplift": 1 }, { "code": "a", "zh-Hans": "乙", "en": "B", "uplift": 2 } ]""", "qualification 'a' appears twice")]
    [InlineData("pay.reference_wages", "元/年", "{}", "expected an array of {year, caliber, annualAverage, source?}")]
    public void Other_malformed_pay_tables_are_rejected_with_a_clear_error(string key, string unit, string value, string message)
    {
        var e = SingleError(Parameter(key, value, unit: unit));
        Assert.Equal("PACK_INVALID_VALUE", e.Code);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_packs_load_and_are_labelled()
    {
        foreach (var id in new[] { "example.benxi", "example.qinghai" })
        {
            var pack = RulePacks.Load(id);
            Assert.StartsWith("示例", pack.Name.ZhHans, StringComparison.Ordinal);
            Assert.Equal("cn", pack.Layers[0].Id);
        }

        Assert.Equal(3_400m, RulePacks.Load("example.benxi").Timeline(PayParameters.BaseAmount)!.At(Date("2023-01-01")).Value);
    }
}
