using Governance.Rules.Packs;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

/// <summary>
/// A layer whose admission parameter value is malformed does not load: the error names the stable code, the value's
/// path as the author wrote it, and what the parameter expects.
/// </summary>
public sealed class AdmissionParameterReadingTests
{
    private const string Body = "expected exactly {zh-Hans, en}";
    private const string Anchor = "expected a day of the year as \"MM-dd\"";
    private const string KindsList = "expected an array of {code, zh-Hans, en, terms?}";
    private const string Kind = "each kind is exactly {code, zh-Hans, en} with optional 'terms'";
    private const string Counts = "expected {retained: {kind: count}, cancelled: {group: count}} with whole, non-negative counts";

    /// <summary>A what-if layer over Suzhou giving <paramref name="key"/> one placeholder value from 2025-01-01.</summary>
    internal static string Layer(string key, string unit, string value) => WhatIfLayer(Entry(key, unit, value));

    /// <summary>A parameter member with one placeholder value from 2025-01-01, citing the what-if scheme.</summary>
    internal static string Entry(string key, string unit, string value) => $$"""
        "{{key}}": { "unit": "{{unit}}", "values": [ { "from": "2025-01-01", "value": {{value}}, "provenance": "placeholder", "citation": "what-if" } ] }
        """;

    /// <summary>Loads the layer, which must fail with exactly one error, and checks its code, path and both languages' summary.</summary>
    private static PackLoadError Refused(string key, string unit, string value)
    {
        var loaded = LoadLayer(Layer(key, unit, value));
        Assert.False(loaded.Success);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(("PACK_INVALID_VALUE", "test.json", $"$.parameters['{key}'].values[0].value"), (error.Code, error.Source, error.Path));
        Assert.Equal("取值不符合该参数的要求", error.Summary.ZhHans);
        Assert.Equal("The value does not fit the parameter", error.Summary.En);
        return error;
    }

    [Theory]
    [InlineData("\"苏州市政社互动和城乡社区治理联席会议\"")] // a text, not the two names
    [InlineData("""{ "zh-Hans": "苏州市政社互动和城乡社区治理联席会议" }""")]
    [InlineData("""{ "en": "Suzhou joint meeting" }""")]
    [InlineData("""{ "zh-Hans": 1, "en": "Suzhou joint meeting" }""")]
    [InlineData("""{ "zh-Hans": "苏州市政社互动和城乡社区治理联席会议", "en": true }""")]
    [InlineData("""{ "zh-Hans": "苏州市政社互动和城乡社区治理联席会议", "en": "Suzhou joint meeting", "note": "合并后" }""")]
    public void An_approving_body_not_named_exactly_in_chinese_and_english_is_refused(string value) =>
        Assert.Equal(Body, Refused("admission.approving_body", "body", value).Message);

    [Theory]
    [InlineData("\"1-1\"")]
    [InlineData("\"13-01\"")]
    [InlineData("\"02-30\"")]
    [InlineData("\"2026-01-01\"")]
    [InlineData("101")]
    public void An_adjustment_day_not_written_as_month_and_day_is_refused(string value) =>
        Assert.Equal(Anchor, Refused("admission.adjustment_anchor", "MM-dd", value).Message);

    [Theory]
    [InlineData("""{ "code": "levy", "zh-Hans": "摊派任务", "en": "Levies" }""", KindsList)] // one kind, not a list
    [InlineData("\"摊派任务\"", KindsList)]
    [InlineData("""[ "levy" ]""", Kind)]
    [InlineData("""[ { "zh-Hans": "摊派任务", "en": "Levies" } ]""", Kind)]
    [InlineData("""[ { "code": 7, "zh-Hans": "摊派任务", "en": "Levies" } ]""", Kind)]
    [InlineData("""[ { "code": "", "zh-Hans": "摊派任务", "en": "Levies" } ]""", Kind)]
    [InlineData("""[ { "code": "levy", "en": "Levies" } ]""", Kind)]
    [InlineData("""[ { "code": "levy", "zh-Hans": 7, "en": "Levies" } ]""", Kind)]
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务" } ]""", Kind)]
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": 7 } ]""", Kind)]
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies", "note": "测算" } ]""", Kind)] // a fourth member that is not 'terms'
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies", "terms": ["摊派"], "note": "测算" } ]""", Kind)]
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies", "terms": "摊派" } ]""", "kind 'levy': 'terms' is an array of words of two or more characters (not counting punctuation and spaces)")]
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies", "terms": ["摊派", "摊"] } ]""", "kind 'levy': 'terms' is an array of words of two or more characters (not counting punctuation and spaces)")]
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies", "terms": ["摊派", "——"] } ]""", "kind 'levy': 'terms' is an array of words of two or more characters (not counting punctuation and spaces)")] // punctuation alone: found in every title
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies", "terms": ["摊 派", " 摊、"] } ]""", "kind 'levy': 'terms' is an array of words of two or more characters (not counting punctuation and spaces)")]
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies", "terms": ["摊派", 12] } ]""", "kind 'levy': 'terms' is an array of words of two or more characters (not counting punctuation and spaces)")]
    [InlineData("""[ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies" }, { "code": "levy", "zh-Hans": "集资任务", "en": "Fund-raising" } ]""", "kind 'levy' appears twice")]
    [InlineData("[]", "at least one kind is needed")]
    public void Prohibited_kinds_not_a_list_of_code_and_names_with_optional_terms_are_refused(string value, string message) =>
        Assert.Equal(message, Refused("admission.prohibited_kinds", "list", value).Message);

    [Theory]
    [InlineData("\"74\"")]
    [InlineData("""{ "retained": { "assisting": 55 } }""")]
    [InlineData("""{ "cancelled": { "work": 90 } }""")]
    [InlineData("""{ "retained": { "assisting": 55 }, "cancelled": { "work": 90 }, "total": 145 }""")]
    [InlineData("""{ "retained": [ 55 ], "cancelled": { "work": 90 } }""")] // retained counts not by kind
    [InlineData("""{ "retained": { "assisting": 55 }, "cancelled": 90 }""")] // cancelled counts not by group
    [InlineData("""{ "retained": { "assisting": 55.5 }, "cancelled": { "work": 90 } }""")]
    [InlineData("""{ "retained": { "assisting": -1 }, "cancelled": { "work": 90 } }""")]
    [InlineData("""{ "retained": { "assisting": 55 }, "cancelled": { "work": -90 } }""")]
    [InlineData("""{ "retained": { "assisting": 3000000000 }, "cancelled": { "work": 90 } }""")]
    public void Clean_up_counts_not_whole_non_negative_numbers_by_kind_and_group_are_refused(string value) =>
        Assert.Equal(Counts, Refused("admission.catalogue_counts", "项", value).Message);

    [Fact]
    public void A_clean_up_count_of_zero_is_a_count()
    {
        var pack = LoadLayer(Layer("admission.catalogue_counts", "项", """{ "retained": { "assisting": 0 }, "cancelled": { "work": 0 } }""")).GetPackOrThrow();
        var counts = pack.Timeline(AdmissionParameters.CatalogueCounts)!.At(Date("2025-06-30")).Value;
        Assert.Equal(0, counts.TotalRetained);
        Assert.Equal(0, counts.Cancelled["work"]);
    }

    [Fact]
    public void A_kind_counted_twice_is_refused_as_a_repeated_field_at_its_path()
    {
        var loaded = LoadLayer(Layer("admission.catalogue_counts", "项", """{ "retained": { "assisting": 55, "assisting": 56 }, "cancelled": { "work": 90 } }"""));
        Assert.False(loaded.Success);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(
            ("PACK_DUPLICATE_FIELD", "$.parameters['admission.catalogue_counts'].values[0].value.retained.assisting", "field 'assisting' appears twice in the same object; only one may be given"),
            (error.Code, error.Path, error.Message));
        Assert.Equal("同一对象中字段重复", error.Summary.ZhHans);
    }
}
