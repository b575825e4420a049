using Governance.Rules.Packs;
using static Governance.Rules.Tests.Catalogues.CatalogueTestLayers;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Catalogues;

/// <summary>Reading one layer's catalogue section: each wrong shape is refused once, where it stands, and reading goes on.</summary>
public sealed class CatalogueReadTests
{
    private const string Name = """ "name": { "zh-Hans": "怪", "en": "Odd" } """;

    private const string Category = """ "code": "c1", "name": { "zh-Hans": "甲类", "en": "Class A" }, "provenance": "placeholder" """;

    private static void AssertOnlyError(string json, string code, string path, string message)
    {
        var result = LoadLayer(json);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("test.json", code, path, message), (error.Source, error.Code, error.Path, error.Message));
    }

    [Fact]
    public void A_catalogues_section_that_is_not_an_object_is_refused_at_the_section()
    {
        var json = Layer("").Replace("\"catalogues\": {", "\"catalogues\": 5, \"unused\": {", StringComparison.Ordinal);
        var result = LoadLayer(json);
        Assert.Contains(result.Errors, e => (e.Code, e.Path, e.Message) == ("PACK_EXPECTED_OBJECT", "$.catalogues", "expected a JSON object"));
        Assert.DoesNotContain(result.Errors, e => e.Path.StartsWith("$.catalogues.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_catalogue_is_refused_once_and_not_resolved_as_a_nameless_one()
    {
        AssertOnlyError(
            Layer("").Replace("\"certification\"", "\"recipes\"", StringComparison.Ordinal),
            "PACK_CATALOGUE_UNKNOWN",
            "$.catalogues.recipes",
            "the library defines no catalogue 'recipes'; known: admission, certification, elderly-care");
    }

    [Fact]
    public void A_catalogue_that_is_not_an_object_is_refused_at_the_catalogue()
    {
        var json = Layer("").Replace("\"catalogues\": {", "\"catalogues\": { \"admission\": 5,", StringComparison.Ordinal);
        AssertOnlyError(json, "PACK_EXPECTED_OBJECT", "$.catalogues.admission", "expected a JSON object");
    }

    [Theory]
    [InlineData("\"description\": 5,", "PACK_EXPECTED_STRING", "$.catalogues.certification.description", "expected a string")]
    [InlineData("\"lists\": 5,", "PACK_EXPECTED_OBJECT", "$.catalogues.certification.lists", "expected a JSON object")]
    [InlineData("\"lists\": { \"odd\": 5 },", "PACK_EXPECTED_OBJECT", "$.catalogues.certification.lists.odd", "expected a JSON object")]
    [InlineData("\"lists\": { \"Odd\": { " + Name + ", \"kind\": \"may-refuse\" } },", "PACK_INVALID_ID", "$.catalogues.certification.lists.Odd", "a code is lower-case letters and digits separated by '.' or '-'")]
    [InlineData("\"lists\": { \"odd\": { " + Name + ", \"kind\": \"may-refuse\", \"note\": 5 } },", "PACK_EXPECTED_STRING", "$.catalogues.certification.lists.odd.note", "expected a string")]
    [InlineData("\"lists\": { \"retained\": { " + Name + " } },", "PACK_FIELD_MISSING", "$.catalogues.certification.lists.retained", "a list needs 'name' and 'kind'")]
    [InlineData("\"categories\": [ 5 ],", "PACK_EXPECTED_OBJECT", "$.catalogues.certification.categories[0]", "expected a JSON object")]
    [InlineData("\"categories\": [ { " + Category + ", \"items\": \"x\" } ],", "PACK_EXPECTED_ARRAY", "$.catalogues.certification.categories[0].items", "'items' must be an array of item codes")]
    [InlineData("\"categories\": [ { " + Category + ", \"items\": [ 7 ] } ],", "PACK_EXPECTED_STRING", "$.catalogues.certification.categories[0].items[0]", "expected a string")]
    [InlineData("\"categories\": [ { " + Category + ", \"items\": [ 7, 8 ] } ],", "PACK_EXPECTED_STRING", "$.catalogues.certification.categories[0].items[0]", "expected a string")]
    [InlineData("\"categories\": [ { " + Category + " }, { " + Category + ", \"items\": [ \"x-cert\" ] } ],", "PACK_CATALOGUE_CATEGORY_EMPTY", "$.catalogues.certification.categories[0]", "category 'c1' has no items: list the codes of its items in 'items', or remove the category")]
    [InlineData("\"categories\": [ { \"code\": \"C1\", \"name\": { \"zh-Hans\": \"甲类\", \"en\": \"Class A\" }, \"provenance\": \"placeholder\", \"items\": [ \"x-cert\" ] } ],", "PACK_INVALID_ID", "$.catalogues.certification.categories[0].code", "a code is lower-case letters and digits separated by '.' or '-'")]
    [InlineData("\"categories\": [ { \"code\": 5, \"name\": { \"zh-Hans\": \"甲类\", \"en\": \"Class A\" }, \"provenance\": \"placeholder\", \"items\": [ \"x-cert\" ] } ],", "PACK_EXPECTED_STRING", "$.catalogues.certification.categories[0].code", "expected a string")]
    [InlineData("\"categories\": [ { \"code\": \"c1\", \"name\": 5, \"provenance\": \"placeholder\", \"items\": [ \"x-cert\" ] } ],", "PACK_EXPECTED_OBJECT", "$.catalogues.certification.categories[0].name", "expected a JSON object")]
    [InlineData("\"categories\": [ { \"code\": \"c1\", \"name\": { \"zh-Hans\": \"甲类\", \"en\": \"Class A\" }, \"provenance\": 5, \"items\": [ \"x-cert\" ] } ],", "PACK_EXPECTED_STRING", "$.catalogues.certification.categories[0].provenance", "expected a string")]
    public void A_malformed_part_of_a_catalogue_is_refused_once_where_it_stands(string extra, string code, string path, string message)
    {
        // With [7, 8] both codes are refused; the second (items[1]) is left out here so one row fits both shapes.
        var result = LoadLayer(Layer(Item("x-cert", "甲乙证明"), extra: extra));
        Assert.False(result.Success);
        var errors = result.Errors.Where(e => e.Path != "$.catalogues.certification.categories[0].items[1]").ToList();
        var error = Assert.Single(errors);
        Assert.Equal(("test.json", code, path, message), (error.Source, error.Code, error.Path, error.Message));
    }

    [Theory]
    [InlineData("5", "PACK_EXPECTED_OBJECT", "$.catalogues.certification.items[0]", "expected a JSON object")]
    [InlineData("{ \"code\": \"x-cert\", \"list\": \"not-issued\", \"name\": { \"zh-Hans\": \"甲乙证明\", \"en\": \"x\" }, \"aliases\": 5, \"from\": \"2026-01-01\", \"citation\": \"t\", \"provenance\": \"placeholder\" }", "PACK_EXPECTED_OBJECT", "$.catalogues.certification.items[0].aliases", "expected a JSON object")]
    [InlineData("{ \"code\": \"x-cert\", \"list\": \"not-issued\", \"name\": { \"zh-Hans\": \"甲乙证明\", \"en\": \"x\" }, \"details\": 5, \"from\": \"2026-01-01\", \"citation\": \"t\", \"provenance\": \"placeholder\" }", "PACK_EXPECTED_OBJECT", "$.catalogues.certification.items[0].details", "expected a JSON object")]
    [InlineData("{ \"code\": \"x-cert\", \"list\": \"not-issued\", \"name\": { \"zh-Hans\": \"甲乙证明\", \"en\": \"x\" }, \"details\": { \"redirect\": 5 }, \"from\": \"2026-01-01\", \"citation\": \"t\", \"provenance\": \"placeholder\" }", "PACK_EXPECTED_OBJECT", "$.catalogues.certification.items[0].details.redirect", "expected a JSON object")]
    [InlineData("{ \"code\": \"x-cert\", \"list\": \"not-issued\", \"name\": { \"zh-Hans\": \"甲乙证明\", \"en\": \"x\" }, \"details\": { \"colour\": 5 }, \"from\": \"2026-01-01\", \"citation\": \"t\", \"provenance\": \"placeholder\" }", "PACK_CATALOGUE_DETAIL_UNKNOWN", "$.catalogues.certification.items[0].details.colour", "unknown detail 'colour'; this catalogue allows: basis, evidence, redirect")]
    public void A_malformed_item_part_is_refused_once_where_it_stands(string item, string code, string path, string message)
    {
        AssertOnlyError(Layer(item), code, path, message);
    }

    [Fact]
    public void Two_documents_of_one_layer_may_not_both_name_a_catalogue_or_give_its_categories()
    {
        const string header = """{ "id": "test.folder", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" }, "citations": { "t": { "title": "测试依据", "published": "2026" } } }""";
        const string part = """{ "catalogues": { "certification": { "name": { "zh-Hans": "名录", "en": "Catalogue" }, "categories": [ { "code": "c1", "name": { "zh-Hans": "甲类", "en": "Class A" }, "provenance": "placeholder", "items": [ "kinship" ] } ] } } }""";
        var errors = new List<PackLoadError>();
        RulePackLoader.ReadLayer(
            [("test.folder/pack.json", Utf8(header)), ("test.folder/a.json", Utf8(part)), ("test.folder/b.json", Utf8(part))],
            folder: true,
            errors);
        Assert.Collection(
            errors,
            e => Assert.Equal(("test.folder/b.json", "PACK_DUPLICATE_FIELD", "$.catalogues.certification.name", "catalogue 'certification' is named twice in this layer"), (e.Source, e.Code, e.Path, e.Message)),
            e => Assert.Equal(("test.folder/b.json", "PACK_DUPLICATE_FIELD", "$.catalogues.certification.categories", "catalogue 'certification' has categories twice in this layer"), (e.Source, e.Code, e.Path, e.Message)));
    }

    [Fact]
    public void Two_documents_of_one_layer_may_not_both_declare_a_list()
    {
        const string header = """{ "id": "test.folder", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" } }""";
        const string part = """{ "catalogues": { "certification": { "lists": { "odd": { "name": { "zh-Hans": "怪", "en": "Odd" }, "kind": "may-refuse" } } } } }""";
        var errors = new List<PackLoadError>();
        RulePackLoader.ReadLayer([("test.folder/pack.json", Utf8(header)), ("test.folder/a.json", Utf8(part)), ("test.folder/b.json", Utf8(part))], folder: true, errors);
        var error = Assert.Single(errors);
        Assert.Equal(("test.folder/b.json", "PACK_DUPLICATE_FIELD", "$.catalogues.certification.lists.odd", "list 'odd' is declared twice in this layer"), (error.Source, error.Code, error.Path, error.Message));
    }

    private static byte[] Utf8(string json) => System.Text.Encoding.UTF8.GetBytes(json);
}
