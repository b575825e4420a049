using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>A pack file with several independent mistakes gets them all back in one load, in the order they are written.</summary>
public sealed class EveryErrorInOneRunTests
{
    // Three independent mistakes, each found by a different stage of the loader: a band overlap (a check across
    // parameters, run last), a non-number in a table (found when values are read into their types) and a misspelt
    // parameter key (found while reading the document, first).
    private const string ThreeMistakes = """
        {
          "id": "reform.three", "version": "1.0.0", "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "测试", "en": "Test" },
          "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
          "parameters": {
            "elderly.age_allowance.90_99": { "unit": "元", "values": [ { "from": "2026-01-01", "value": { "minAge": 90, "amount": 600, "period": "year" }, "provenance": "placeholder", "citation": "what-if" } ] },
            "pay.grade_coefficients": { "unit": "系数", "values": [ { "from": "2026-01-01", "value": [ { "grade": 1, "coefficient": 1.0 }, { "grade": null, "coefficient": 1.05 } ], "provenance": "placeholder", "citation": "what-if" } ] },
            "staffing.roundin": { "unit": "规则", "values": [ { "from": "2026-01-01", "value": "ceiling", "provenance": "placeholder", "citation": "what-if" } ] }
          }
        }
        """;

    [Fact]
    public void Three_independent_errors_come_back_together_in_document_order()
    {
        var loaded = LoadLayer(ThreeMistakes);
        Assert.False(loaded.Success);
        Assert.Collection(
            loaded.Errors,
            e => Assert.Equal(("PACK_AGE_BANDS_OVERLAP", "$.parameters['elderly.age_allowance.90_99'].values[0].value"), (e.Code, e.Path)),
            e => Assert.Equal(("PACK_INVALID_VALUE", "$.parameters['pay.grade_coefficients'].values[0].value[1].grade"), (e.Code, e.Path)),
            e => Assert.Equal(("PACK_UNKNOWN_PARAMETER", "$.parameters['staffing.roundin']"), (e.Code, e.Path)));
        Assert.All(loaded.Errors, e => Assert.Equal("test.json", e.Source));
        Assert.Equal(
            ["尊老金年龄段相互重叠：同一年龄会领到两档", "取值不符合该参数的要求", "本库没有定义该参数（可能拼写有误）"],
            loaded.Errors.Select(e => e.Summary.ZhHans));
    }

    [Fact]
    public void A_parameter_with_a_reading_error_is_not_reported_again_by_the_checks_that_use_it()
    {
        // The band parameter has a misspelt field: reported once, and the band is left out of the overlap check.
        var json = ThreeMistakes.Replace("\"unit\": \"元\", \"values\"", "\"unit\": \"元\", \"valeus\": [], \"values\"", StringComparison.Ordinal);
        var loaded = LoadLayer(json);
        Assert.Equal(
            ["PACK_UNKNOWN_FIELD", "PACK_INVALID_VALUE", "PACK_UNKNOWN_PARAMETER"],
            loaded.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_citation_that_does_not_read_is_reported_once_not_at_every_value_citing_it()
    {
        var json = ThreeMistakes.Replace("\"what-if\": { \"title\": \"测算方案\", \"published\": \"2026\" }", "\"what-if\": { \"published\": \"2026\" }", StringComparison.Ordinal);
        var loaded = LoadLayer(json);
        Assert.Equal("PACK_FIELD_MISSING", loaded.Errors[0].Code);
        Assert.Equal("$.citations['what-if']", loaded.Errors[0].Path);
        Assert.DoesNotContain(loaded.Errors, e => e.Code == "PACK_CITATION_UNKNOWN");
    }

    [Fact]
    public void A_layer_that_is_not_JSON_gets_one_error_and_no_consequences()
    {
        var loaded = LoadLayer("{ \"id\": ");
        Assert.Equal("PACK_INVALID_JSON", Assert.Single(loaded.Errors).Code);
    }

    [Fact]
    public void A_layer_file_given_to_the_service_or_the_tool_gets_every_error_back_too()
    {
        // The path of GovernanceRulesOptions.LayerFiles and govrules --layer: the deepest caller layer is chosen, and its
        // reading errors do not hide the checks that run later.
        var loaded = RulePacks.TryLoadSelected(null, [RulePackSource.FromJson(ThreeMistakes, "test.json")]);
        Assert.False(loaded.Success);
        Assert.Equal(
            ["PACK_AGE_BANDS_OVERLAP", "PACK_INVALID_VALUE", "PACK_UNKNOWN_PARAMETER"],
            loaded.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_caller_layer_that_is_not_JSON_beside_a_good_one_gets_one_error_and_no_chain_error()
    {
        var good = RulePackSource.FromJson(ReformLayer(id: "reform.good", parent: "cn.js.suzhou", rate: "20"), "good.json");
        var loaded = RulePacks.TryLoadSelected(null, [good, RulePackSource.FromJson("{ \"id\": ", "broken.json")]);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(("PACK_INVALID_JSON", "broken.json", "line 1, byte 9"), (error.Code, error.Source, error.Path));
        Assert.Equal("not valid JSON: the file ends before the JSON is complete (a closing brace or bracket is missing)", error.Message);
    }

    [Fact]
    public void A_caller_layer_whose_parent_does_not_read_is_not_also_called_a_second_chain()
    {
        // b's parent is misspelt as a number: one reading error; without it b would look like a second leaf.
        var a = RulePackSource.FromJson(ThreeMistakes.Replace("reform.three", "a", StringComparison.Ordinal), "a.json");
        var b = RulePackSource.FromJson(
            ThreeMistakes.Replace("reform.three", "b", StringComparison.Ordinal).Replace("\"parent\": \"cn.js.suzhou\"", "\"parent\": 7", StringComparison.Ordinal),
            "b.json");
        var loaded = RulePacks.TryLoadSelected(null, [a, b]);
        Assert.False(loaded.Success);
        Assert.DoesNotContain(loaded.Errors, e => e.Code == "PACK_LAYERS_NOT_ONE_CHAIN");
        Assert.Contains(loaded.Errors, e => e.Source == "b.json" && e.Path == "$.parent");
    }

    [Theory]
    [InlineData("{ \"id\": \"x\", }", "not valid JSON: a comma before a closing brace or bracket")]
    [InlineData("{ \"id\": \"x\" } { }", "not valid JSON: something follows the end of the JSON document")]
    [InlineData("{ \"id\": \"x", "not valid JSON: the file ends before the JSON is complete (a closing brace or bracket is missing)")]
    public void A_pack_file_that_is_not_JSON_is_told_what_is_wrong_in_words(string json, string message)
    {
        var error = Assert.Single(LoadLayer(json).Errors);
        Assert.Equal(("PACK_INVALID_JSON", message), (error.Code, error.Message));
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_file_nested_too_deep_says_so_with_the_limit()
    {
        var error = Assert.Single(LoadLayer("{ \"id\": \"x\", \"a\": " + new string('[', 40) + new string(']', 40) + " }").Errors);
        Assert.Equal(("PACK_INVALID_JSON", "not valid JSON: nested deeper than 32 levels"), (error.Code, error.Message));
    }
}
