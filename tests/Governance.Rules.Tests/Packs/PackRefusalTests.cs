using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>Packs the loader must refuse with a coded error and the JSON path, never an exception.</summary>
public sealed class PackRefusalTests
{
    private const string Coefficients = "[ { \"grade\": 1, \"coefficient\": 1.0 }, { \"grade\": GRADE, \"coefficient\": 1.05 } ]";

    private static string Layer(string key, string unit, string value, string from = "2026-01-01", string extra = "", string published = "2026") => $$"""
        {
          "id": "reform.test", "version": "1.0.0", "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "测试", "en": "Test" },
          "citations": { "what-if": { "title": "测算方案", "published": "{{published}}" } },
          "parameters": {
            "{{key}}": { "unit": "{{unit}}", "values": [ { "from": "{{from}}", "value": {{value}}, "provenance": "placeholder", "citation": "what-if"{{extra}} } ] }
          }
        }
        """;

    private static PackLoadError Single(string json, string code)
    {
        var loaded = LoadLayer(json);
        Assert.False(loaded.Success);
        return Assert.Single(loaded.Errors, e => e.Code == code);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("\"12\"")]
    public void A_non_number_in_a_table_is_a_load_error_at_its_path(string grade)
    {
        var error = Single(Layer("pay.grade_coefficients", "系数", Coefficients.Replace("GRADE", grade, StringComparison.Ordinal)), "PACK_INVALID_VALUE");
        Assert.EndsWith(".values[0].value[1].grade", error.Path);
        Assert.DoesNotContain("Number", error.Message, StringComparison.Ordinal);
        Assert.Contains("each entry is exactly {grade, coefficient} with a whole-number grade and a decimal coefficient", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_tables_own_reason_the_path_names_a_field_only_when_its_kind_differs_from_its_siblings()
    {
        // The true/false fields are what the table expects: with the reader's own reason none of them is blamed.
        const string Categories = """
            [ { "code": "a", "zh-Hans": "甲", "en": "A", "counted": true }, { "code": "b", "zh-Hans": "乙", "counted": false } ]
            """;
        var error = Single(Layer("staffing.worker_categories", "list", Categories), "PACK_INVALID_VALUE");
        Assert.EndsWith("['staffing.worker_categories'].values[0].value", error.Path);
        Assert.Contains("each category is exactly {code, zh-Hans, en, counted}", error.Message, StringComparison.Ordinal);
        var numbered = Single(Layer("staffing.worker_categories", "list", Categories.Replace("\"code\": \"b\"", "\"code\": 2", StringComparison.Ordinal).Replace("\"乙\",", "\"乙\", \"en\": \"B\",", StringComparison.Ordinal)), "PACK_INVALID_VALUE");
        Assert.EndsWith(".values[0].value[1].code", numbered.Path);
        Assert.Contains("each category is exactly {code, zh-Hans, en, counted}", numbered.Message, StringComparison.Ordinal);

        // An empty group is a count table the reader accepts; the negative count is what it refuses, at the value.
        var counts = Single(Layer("admission.catalogue_counts", "项", """{ "retained": { "lawful-duties": -1 }, "cancelled": {} }"""), "PACK_INVALID_VALUE");
        Assert.EndsWith("['admission.catalogue_counts'].values[0].value", counts.Path);
        Assert.Contains("with whole, non-negative counts", counts.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_number_in_a_post_range_is_a_load_error_at_its_path()
    {
        var posts = """[ { "code": "head", "zh-Hans": "正职", "en": "Head", "minGrade": 7, "maxGrade": 18 }, { "code": "staff", "zh-Hans": "其他", "en": "Other", "minGrade": null, "maxGrade": 12 } ]""";
        var error = Single(Layer("pay.posts", "级", posts), "PACK_INVALID_VALUE");
        Assert.EndsWith(".value[1].minGrade", error.Path);
    }

    [Fact]
    public void A_duplicate_key_inside_a_parameter_value_is_refused()
    {
        var error = Single(Layer("pay.base_amount", "元/月", "9000, \"value\": 9900"), "PACK_DUPLICATE_FIELD");
        Assert.EndsWith(".values[0].value", error.Path);
        var nested = Single(Layer("pay.split", "比例", """{ "basic": 0.7, "performance": 0.3, "basic": 0.9 }"""), "PACK_DUPLICATE_FIELD");
        Assert.EndsWith(".value.basic", nested.Path);
    }

    [Theory]
    [InlineData("pay.base_amount", "元/月", "79228162514264337593543950335")]
    [InlineData("pay.base_amount", "元/月", "1000001")]
    [InlineData("staffing.workers_per_10k_urban_residents", "人/万人", "-1")]
    [InlineData("pay.grade_coefficients", "系数", "[ { \"grade\": 1, \"coefficient\": 1.0 }, { \"grade\": 2, \"coefficient\": 100000001 } ]")]
    public void A_figure_outside_the_definitions_range_is_refused(string key, string unit, string value)
    {
        var loaded = LoadLayer(Layer(key, unit, value));
        Assert.False(loaded.Success);
        Assert.Contains(loaded.Errors, e => e.Code == "PACK_INVALID_VALUE");
    }

    [Theory]
    [InlineData("0001-01-01", "", "2026")]
    [InlineData("9999-12-31", "", "2026")]
    [InlineData("2026-01-01", ", \"confirmed\": \"9999-12-31\"", "2026")]
    [InlineData("2026-01-01", ", \"confirmed\": \"0001-01-01\"", "2026")]
    [InlineData("2026-01-01", "", "9999-12-31")]
    [InlineData("2026-01-01", "", "0001")]
    public void A_date_outside_the_window_is_refused(string from, string extra, string published)
    {
        var error = Single(Layer("pay.base_amount", "元/月", "9000", from, extra, published), "PACK_DATE_OUT_OF_RANGE");
        Assert.Contains("1900", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1900-01-01", "", "2026")]
    [InlineData("2200-12-31", "", "2026")]
    [InlineData("2026-01-01", ", \"confirmed\": \"1900-01-01\"", "2026")]
    [InlineData("2026-01-01", ", \"confirmed\": \"2200-12-31\"", "2026")]
    [InlineData("2026-01-01", "", "1900")]
    [InlineData("2026-01-01", "", "2200-12-31")]
    [InlineData("2026-01-01", "", "2200-12")]
    public void A_date_on_the_windows_first_or_last_day_is_read(string from, string extra, string published)
    {
        var loaded = LoadLayer(Layer("pay.base_amount", "元/月", "9000", from, extra, published));
        Assert.True(loaded.Success, string.Join("; ", loaded.Errors));
    }

    [Fact]
    public void A_list_entry_given_twice_or_an_empty_list_is_refused()
    {
        var twice = Single(Layer("pay.grade_coefficients", "系数", "[ { \"grade\": 1, \"coefficient\": 1.0 }, { \"grade\": 2, \"coefficient\": 1.05 }, { \"grade\": 2, \"coefficient\": 1.05 } ]"), "PACK_INVALID_VALUE");
        Assert.Contains(".values[0].value", twice.Path, StringComparison.Ordinal);
        var kinds = """[ { "code": "a", "zh-Hans": "甲", "en": "A" }, { "code": "a", "zh-Hans": "乙", "en": "B" } ]""";
        Assert.Contains(".values[0].value", Single(Layer("admission.prohibited_kinds", "list", kinds), "PACK_INVALID_VALUE").Path, StringComparison.Ordinal);
        Assert.EndsWith(".values[0].value", Single(Layer("admission.prohibited_kinds", "list", "[]"), "PACK_INVALID_VALUE").Path);
    }

    [Theory]
    [InlineData("elderly.stacking", "list", """[ { "benefits": ["nursing", "home-care"], "rule": "higher" }, { "benefits": ["nursing", "home-care"], "rule": "higher" } ]""", "[1]")]
    [InlineData("elderly.home_care", "元/月 或 小时/月", """{ "hourlyValue": 30, "tiers": [ { "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "amount": 300 }, { "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "amount": 300 } ] }""", ".tiers[1]")]
    [InlineData("elderly.home_care", "元/月 或 小时/月", """{ "hourlyValue": 30, "tiers": [ { "statuses": ["dibao", "dibao"], "levels": ["severe"], "minAge": 60, "amount": 300 } ] }""", ".tiers[0].statuses[1]")]
    [InlineData("elderly.nursing", "元/月", """{ "minAge": 60, "statuses": ["dibao"], "amounts": { "severe": 300 }, "statuses": ["dibao"] }""", ".statuses")]
    [InlineData("elderly.home_care", "元/月 或 小时/月", """{ "hourlyValue": 30, "tiers": [ { "statuses": ["dibao"], "levels": ["mild", "severe", "mild"], "minAge": 60, "hours": 10 } ] }""", ".tiers[0].levels[2]")]
    public void A_set_of_the_elderly_care_tables_holding_an_entry_twice_is_refused_at_the_repeat(string key, string unit, string value, string below)
    {
        var loaded = LoadLayer(Layer(key, unit, value));
        Assert.False(loaded.Success);
        Assert.Contains(loaded.Errors, e => e.Code is "PACK_INVALID_VALUE" or "PACK_DUPLICATE_FIELD" && e.Path.EndsWith(".values[0].value" + below, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_embedded_pack_still_loads()
    {
        foreach (var id in RulePacks.EmbeddedIds)
        {
            Assert.True(RulePacks.TryLoad(id).Success, id);
        }
    }
}
