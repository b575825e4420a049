using Governance.Rules.Packs;
using static Governance.Rules.Tests.Catalogues.CatalogueTestLayers;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Catalogues;

/// <summary>A catalogue section written wrongly in each way the reader refuses: the code, the path and what the pack must hold.</summary>
public sealed class CatalogueSectionRefusalTests
{
    private const string Name = """ "name": { "zh-Hans": "怪", "en": "Odd" } """;

    private const string Category = """ "code": "c1", "name": { "zh-Hans": "甲类", "en": "Class A" }, "provenance": "placeholder" """;

    private static PackLoadError Single(string json, string code)
    {
        var result = LoadLayer(json);
        Assert.False(result.Success);
        return Assert.Single(result.Errors, e => e.Code == code);
    }

    [Theory]
    [InlineData("\"colour\": 1,", "PACK_UNKNOWN_FIELD", "$.catalogues.certification.colour", "unknown field 'colour'")]
    [InlineData("\"lists\": { \"odd\": { " + Name + " } },", "PACK_FIELD_MISSING", "$.catalogues.certification.lists.odd", "a list needs 'name' and 'kind'")]
    [InlineData("\"lists\": { \"odd\": { \"kind\": \"may-refuse\" } },", "PACK_FIELD_MISSING", "$.catalogues.certification.lists.odd", "a list needs 'name' and 'kind'")]
    [InlineData("\"lists\": { \"odd\": { " + Name + ", \"kind\": \"may-refuse\", \"colour\": 1 } },", "PACK_UNKNOWN_FIELD", "$.catalogues.certification.lists.odd.colour", "unknown field 'colour'")]
    [InlineData("\"categories\": { },", "PACK_EXPECTED_ARRAY", "$.catalogues.certification.categories", "'categories' must be an array")]
    [InlineData("\"categories\": [ { " + Category + ", \"items\": \"x\" } ],", "PACK_EXPECTED_ARRAY", "$.catalogues.certification.categories[0].items", "'items' must be an array of item codes")]
    [InlineData("\"categories\": [ { " + Category + ", \"items\": [ \"x\" ], \"colour\": 1 } ],", "PACK_UNKNOWN_FIELD", "$.catalogues.certification.categories[0].colour", "unknown field 'colour'")]
    [InlineData("\"categories\": [ { " + Category + ", \"items\": [ \"x\" ] }, { \"code\": \"c2\", \"name\": { \"zh-Hans\": \"乙类\", \"en\": \"Class B\" }, \"items\": [ \"y\" ] } ],", "PACK_FIELD_MISSING", "$.catalogues.certification.categories[1]", "a category needs 'code', 'name' and 'provenance'")]
    [InlineData("\"categories\": [ { \"name\": { \"zh-Hans\": \"乙类\", \"en\": \"Class B\" }, \"provenance\": \"placeholder\", \"items\": [ \"y\" ] } ],", "PACK_FIELD_MISSING", "$.catalogues.certification.categories[0]", "a category needs 'code', 'name' and 'provenance'")]
    [InlineData("\"categories\": [ { \"code\": \"c2\", \"provenance\": \"placeholder\", \"items\": [ \"y\" ] } ],", "PACK_FIELD_MISSING", "$.catalogues.certification.categories[0]", "a category needs 'code', 'name' and 'provenance'")]
    [InlineData("\"categories\": [ { " + Category + ", \"items\": [ \"x\", 7 ] } ],", "PACK_EXPECTED_STRING", "$.catalogues.certification.categories[0].items[1]", "expected a string")]
    [InlineData("\"categories\": [ { " + Category + ", \"items\": [ ] } ],", "PACK_CATALOGUE_CATEGORY_EMPTY", "$.catalogues.certification.categories[0].items", "category 'c1' has no items: list the codes of its items in 'items', or remove the category")]
    [InlineData("\"categories\": [ { " + Category + " } ],", "PACK_CATALOGUE_CATEGORY_EMPTY", "$.catalogues.certification.categories[0]", "category 'c1' has no items: list the codes of its items in 'items', or remove the category")]
    public void A_malformed_catalogue_section_is_refused_at_the_path_with_what_it_must_hold(string extra, string code, string path, string message)
    {
        var error = Single(Layer("", extra: extra), code);
        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    private const string Retire = """ "code": "x-cert", "retire": "2026-01-01", "citation": "t", "provenance": "placeholder" """;

    private const string RetireFields = "a retiring entry holds only 'code', 'retire', 'citation', 'article', 'provenance' and 'note'";

    private const string Detail = """ "zh-Hans": "到派出所办理", "en": "Go to the police station" """;

    [Theory]
    [InlineData("{ " + Retire + ", \"list\": \"not-issued\" }", "PACK_CATALOGUE_RETIRE_FIELDS", "$.catalogues.certification.items[0]", RetireFields)]
    [InlineData("{ " + Retire + ", \"name\": { \"zh-Hans\": \"甲\", \"en\": \"A\" } }", "PACK_CATALOGUE_RETIRE_FIELDS", "$.catalogues.certification.items[0]", RetireFields)]
    [InlineData("{ " + Retire + ", \"from\": \"2025-01-01\" }", "PACK_CATALOGUE_RETIRE_FIELDS", "$.catalogues.certification.items[0]", RetireFields)]
    [InlineData("{ " + Retire + ", \"until\": \"2027-01-01\" }", "PACK_CATALOGUE_RETIRE_FIELDS", "$.catalogues.certification.items[0]", RetireFields)]
    [InlineData("{ " + Retire + ", \"details\": { \"redirect\": { " + Detail + ", \"provenance\": \"placeholder\" } } }", "PACK_CATALOGUE_RETIRE_FIELDS", "$.catalogues.certification.items[0]", RetireFields)]
    [InlineData("{ " + Retire + ", \"aliases\": { \"zh-Hans\": [ \"甲乙证书\" ] } }", "PACK_CATALOGUE_RETIRE_FIELDS", "$.catalogues.certification.items[0]", RetireFields)]
    [InlineData("{ " + Retire + ", \"aliases\": { \"en\": [ \"AB certificate\" ] } }", "PACK_CATALOGUE_RETIRE_FIELDS", "$.catalogues.certification.items[0]", RetireFields)]
    [InlineData("""{ "code": "x-cert", "name": { "zh-Hans": "甲乙证明", "en": "x" }, "from": "2026-01-01", "citation": "t", "provenance": "placeholder" }""", "PACK_FIELD_MISSING", "$.catalogues.certification.items[0]", "an item needs 'list', 'name' and 'from' (or 'retire' to end it)")]
    [InlineData("""{ "code": "x-cert", "list": "not-issued", "name": { "zh-Hans": "甲乙证明", "en": "x" }, "from": "2026-01-01", "provenance": "placeholder" }""", "PACK_FIELD_MISSING", "$.catalogues.certification.items[0]", "an item needs 'code', 'citation' and 'provenance'")]
    public void A_malformed_item_is_refused_at_the_item(string item, string code, string path, string message)
    {
        var error = Single(Layer(item), code);
        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("\"until\": \"2026-01-01\", \"provenance\"", "PACK_CATALOGUE_DATES", ".until", "'until' (exclusive) must be after 'from'")]
    [InlineData("\"colour\": 1, \"provenance\"", "PACK_UNKNOWN_FIELD", ".colour", "unknown field 'colour'")]
    [InlineData("\"aliases\": { \"fr\": [ \"certificat\" ] }, \"provenance\"", "PACK_UNKNOWN_FIELD", ".aliases.fr", "unknown language 'fr' (zh-Hans and en are read)")]
    [InlineData("\"aliases\": { \"zh-Hans\": \"甲乙证书\" }, \"provenance\"", "PACK_EXPECTED_ARRAY", ".aliases['zh-Hans']", "aliases are an array of strings")]
    [InlineData("\"aliases\": { \"zh-Hans\": [ \"甲乙证书\", 7 ] }, \"provenance\"", "PACK_EXPECTED_STRING", ".aliases['zh-Hans'][1]", "expected a string")]
    [InlineData("\"details\": { \"colour\": { " + Detail + ", \"provenance\": \"placeholder\" } }, \"provenance\"", "PACK_CATALOGUE_DETAIL_UNKNOWN", ".details.colour", "unknown detail 'colour'; this catalogue allows: basis, evidence, redirect")]
    [InlineData("\"details\": { \"redirect\": { " + Detail + " } }, \"provenance\"", "PACK_FIELD_MISSING", ".details.redirect", "a detail needs 'zh-Hans', 'en' and 'provenance'")]
    [InlineData("\"details\": { \"redirect\": { \"zh-Hans\": \"到派出所办理\", \"provenance\": \"placeholder\" } }, \"provenance\"", "PACK_FIELD_MISSING", ".details.redirect", "a detail needs 'zh-Hans', 'en' and 'provenance'")]
    [InlineData("\"details\": { \"redirect\": { \"en\": \"Go\", \"provenance\": \"placeholder\" } }, \"provenance\"", "PACK_FIELD_MISSING", ".details.redirect", "a detail needs 'zh-Hans', 'en' and 'provenance'")]
    [InlineData("\"details\": { \"redirect\": { " + Detail + ", \"provenance\": \"placeholder\", \"colour\": 1 } }, \"provenance\"", "PACK_UNKNOWN_FIELD", ".details.redirect.colour", "unknown field 'colour'")]
    public void A_malformed_field_of_an_item_is_refused_at_the_field(string insert, string code, string path, string message)
    {
        var error = Single(Layer(Item("x-cert", "甲乙证明").Replace("\"provenance\"", insert, StringComparison.Ordinal)), code);
        Assert.Equal("$.catalogues.certification.items[0]" + path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Items_not_a_list_a_bad_provenance_and_a_bad_code_are_refused_with_what_is_expected()
    {
        var notList = Single(Layer("").Replace("\"items\": [  ]", "\"items\": { }", StringComparison.Ordinal), "PACK_EXPECTED_ARRAY");
        Assert.Equal(("$.catalogues.certification.items", "'items' must be an array"), (notList.Path, notList.Message));
        var provenance = Single(Layer(Item("x-cert", "甲乙证明", provenance: "rumour")), "PACK_INVALID_PROVENANCE");
        Assert.Equal(("$.catalogues.certification.items[0].provenance", "provenance is one of: official, reported, placeholder"), (provenance.Path, provenance.Message));
        var id = Single(Layer(Item("X Cert", "甲乙证明")), "PACK_INVALID_ID");
        Assert.Equal("a code is lower-case letters and digits separated by '.' or '-'", id.Message);
    }

    [Fact]
    public void An_unknown_catalogue_or_list_kind_names_what_the_library_allows_in_order()
    {
        var catalogue = Single(Layer("").Replace("\"certification\"", "\"recipes\""), "PACK_CATALOGUE_UNKNOWN");
        Assert.Equal("the library defines no catalogue 'recipes'; known: admission, certification, elderly-care", catalogue.Message);
        Assert.Equal("$.catalogues.recipes", catalogue.Path);

        var kind = Single(Layer("", extra: "\"lists\": { \"odd\": { " + Name + ", \"kind\": \"maybe\" } },"), "PACK_CATALOGUE_KIND_UNKNOWN");
        Assert.Equal("unknown list kind 'maybe'; this catalogue allows: may-refuse, must-issue, needs-deliberation, should-not-issue", kind.Message);
        Assert.Equal("$.catalogues.certification.lists.odd.kind", kind.Path);
    }

    [Fact]
    public void A_list_name_or_kind_given_but_wrong_is_reported_once_where_it_is_and_only_a_missing_one_as_missing()
    {
        var unknownKind = LoadLayer(Layer("", extra: "\"lists\": { \"odd\": { " + Name + ", \"kind\": \"maybe\" } },"));
        Assert.Equal(["PACK_CATALOGUE_KIND_UNKNOWN"], unknownKind.Errors.Select(e => e.Code));

        var badName = LoadLayer(Layer("", extra: "\"lists\": { \"odd\": { \"name\": 5, \"kind\": \"may-refuse\" } },"));
        Assert.Single(badName.Errors);
        Assert.Equal("$.catalogues.certification.lists.odd.name", badName.Errors[0].Path);

        var badNameNoKind = LoadLayer(Layer("", extra: "\"lists\": { \"odd\": { \"name\": 5 } },"));
        Assert.Equal(
            [("$.catalogues.certification.lists.odd", true), ("$.catalogues.certification.lists.odd.name", false)],
            badNameNoKind.Errors.Select(e => (e.Path, e.Code == "PACK_FIELD_MISSING")));
    }

    [Fact]
    public void A_list_with_a_name_kind_and_note_is_read_and_an_unknown_catalogue_does_not_stop_the_next()
    {
        var ok = LoadLayer(Layer("", extra: "\"lists\": { \"odd\": { " + Name + ", \"kind\": \"may-refuse\", \"note\": \"示例\" } },"));
        Assert.True(ok.Success, string.Join("; ", ok.Errors));

        // Both sections are read: the unknown one is reported, and the next one's own error too.
        var json = Layer("", extra: "\"colour\": 1,").Replace("\"catalogues\": {", "\"catalogues\": { \"recipes\": { },");
        var result = LoadLayer(json);
        Assert.Contains(result.Errors, e => e.Code == "PACK_CATALOGUE_UNKNOWN" && e.Path == "$.catalogues.recipes");
        Assert.Contains(result.Errors, e => e.Code == "PACK_UNKNOWN_FIELD" && e.Path == "$.catalogues.certification.colour");
    }
}
