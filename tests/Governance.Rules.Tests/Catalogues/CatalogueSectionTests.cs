using Governance.Rules.Catalogues;
using Governance.Rules.Packs;
using static Governance.Rules.Tests.Catalogues.CatalogueTestLayers;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Catalogues;

public sealed class CatalogueSectionTests
{
    private static PackLoadError SingleError(string json, string code)
    {
        var result = LoadLayer(json);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors, e => e.Code == code);
        Assert.Equal("test.json", error.Source);
        return error;
    }

    [Fact]
    public void Suzhou_pack_holds_the_admission_certificate_and_elderly_care_materials_catalogues()
    {
        var set = RulePacks.Suzhou.Catalogues;
        Assert.Equal(["admission", "certification", "elderly-care"], set.ById.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["statutory-duty", "assisting", "rating", "stamping"], set["admission"]!.Lists.Select(l => l.Code));
        Assert.Null(set["nope"]);
    }

    [Fact]
    public void An_item_on_two_lists_on_the_same_date_is_a_load_error_with_its_path()
    {
        var json = Layer(Item("x-cert", "甲乙证明") + "," + Item("x-cert", "甲乙证明", list: "retained", from: "2026-03-01"));
        var error = SingleError(json, "PACK_CATALOGUE_TWO_LISTS");
        Assert.Equal("$.catalogues.certification.items[1]", error.Path);
    }

    [Fact]
    public void Overlapping_versions_of_one_item_are_a_load_error()
    {
        var json = Layer(Item("x-cert", "甲乙证明", until: "2026-06-01") + "," + Item("x-cert", "甲乙证明", from: "2026-05-01"));
        Assert.Equal("$.catalogues.certification.items[1]", SingleError(json, "PACK_CATALOGUE_OVERLAP").Path);
    }

    [Fact]
    public void Consecutive_versions_do_not_overlap_because_until_is_exclusive()
    {
        var json = Layer(Item("x-cert", "甲乙证明", until: "2026-06-01") + "," + Item("x-cert", "甲乙证明", list: "retained", from: "2026-06-01"));
        var catalogue = LoadLayer(json).GetPackOrThrow().Catalogues["certification"]!;
        Assert.Equal("not-issued", catalogue.Find("x-cert", Date("2026-05-31"))!.ListCode);
        Assert.Equal("retained", catalogue.Find("x-cert", Date("2026-06-01"))!.ListCode);
    }

    [Fact]
    public void An_alias_shared_by_two_items_is_a_load_error_even_when_written_differently()
    {
        // 親屬關係證明 normalises to the national kinship item's name 亲属关系证明.
        var json = Layer(Item("x-cert", "甲乙证明", aliases: "\"親屬關係證明\""));
        Assert.Contains("亲属关系证明", SingleError(json, "PACK_CATALOGUE_ALIAS_SHARED").Message);
    }

    [Fact]
    public void A_one_character_alias_is_rejected_as_unmatchable()
    {
        SingleError(Layer(Item("x-cert", "甲乙证明", aliases: "\"证\"")), "PACK_CATALOGUE_ALIAS_TOO_SHORT");
    }

    [Fact]
    public void An_unknown_citation_is_a_load_error_at_the_items_citation_path()
    {
        var error = SingleError(Layer(Item("x-cert", "甲乙证明", citation: "nope")), "PACK_CITATION_UNKNOWN");
        Assert.Equal("$.catalogues.certification.items[0].citation", error.Path);
    }

    [Fact]
    public void Unknown_lists_kinds_details_catalogues_and_retirements_are_load_errors()
    {
        SingleError(Layer(Item("x-cert", "甲乙证明", list: "nope")), "PACK_CATALOGUE_LIST_UNKNOWN");
        SingleError(Layer("", extra: "\"lists\": { \"odd\": { \"name\": { \"zh-Hans\": \"怪\", \"en\": \"Odd\" }, \"kind\": \"maybe\" } },"), "PACK_CATALOGUE_KIND_UNKNOWN");
        SingleError(Layer(Item("x-cert", "甲乙证明").Replace("\"provenance\"", "\"details\": { \"colour\": { \"zh-Hans\": \"红\", \"en\": \"red\", \"provenance\": \"placeholder\" } }, \"provenance\"")), "PACK_CATALOGUE_DETAIL_UNKNOWN");
        SingleError(Layer("""{ "code": "never-defined", "retire": "2026-01-01", "citation": "t", "provenance": "placeholder" }"""), "PACK_CATALOGUE_RETIRE_UNKNOWN");
        SingleError(Layer("").Replace("\"certification\"", "\"recipes\""), "PACK_CATALOGUE_UNKNOWN");
        SingleError(Layer(Item("x-cert", "甲乙证明", until: "2025-01-01")), "PACK_CATALOGUE_DATES");
    }

    [Fact]
    public void A_category_naming_an_unknown_item_is_a_load_error()
    {
        var json = Layer(string.Empty, extra: "\"categories\": [ { \"code\": \"c1\", \"name\": { \"zh-Hans\": \"类\", \"en\": \"C\" }, \"items\": [\"ghost\"], \"provenance\": \"placeholder\" } ],");
        SingleError(json, "PACK_CATALOGUE_CATEGORY_ITEM_UNKNOWN");
    }

    [Theory]
    [InlineData("\"items\": [],", "$.catalogues.certification.categories[0].items")]
    [InlineData("", "$.catalogues.certification.categories[0]")]
    public void A_category_without_items_is_a_load_error_at_its_path(string items, string path)
    {
        var json = Layer(string.Empty, extra: "\"categories\": [ { \"code\": \"c1\", \"name\": { \"zh-Hans\": \"类\", \"en\": \"C\" }, " + items + " \"provenance\": \"placeholder\" } ],");
        Assert.Equal(path, SingleError(json, "PACK_CATALOGUE_CATEGORY_EMPTY").Path);
    }

    [Fact]
    public void An_item_with_a_reading_error_is_reported_once_not_again_by_the_category_naming_it()
    {
        var json = Layer(Item("x-cert", "甲乙证明", from: "2026-02-30"), extra: "\"categories\": [ { \"code\": \"c1\", \"name\": { \"zh-Hans\": \"类\", \"en\": \"C\" }, \"items\": [\"x-cert\"], \"provenance\": \"placeholder\" } ],");
        var error = Assert.Single(LoadLayer(json).Errors);
        Assert.Equal("PACK_INVALID_DATE", error.Code);
    }

    [Fact]
    public void A_layer_retires_and_overrides_items_of_its_parent_and_results_name_the_layer()
    {
        var json = Layer(
            """{ "code": "alive", "retire": "2026-01-01", "citation": "t", "provenance": "placeholder" },"""
            + Item("kinship", "亲属关系证明", from: "2026-02-01"));
        var catalogue = LoadLayer(json).GetPackOrThrow().Catalogues["certification"]!;
        Assert.Equal("cn", catalogue.Find("alive", Date("2025-12-31"))!.Layer);
        Assert.Null(catalogue.Find("alive", Date("2026-01-01")));
        Assert.Equal("cn", catalogue.Find("kinship", Date("2026-01-31"))!.Layer);
        Assert.Equal("test.catalogue", catalogue.Find("kinship", Date("2026-02-01"))!.Layer);
        Assert.Equal(Date("2026-02-01"), catalogue.Find("kinship", Date("2026-01-31"))!.EffectiveUntil);
    }

    [Fact]
    public void The_catalogue_is_part_of_the_content_hash()
    {
        var a = LoadLayer(Layer(Item("x-cert", "甲乙证明"))).GetPackOrThrow();
        var b = LoadLayer(Layer(Item("x-cert", "甲丙证明"))).GetPackOrThrow();
        Assert.NotEqual(a.ContentHash, b.ContentHash);
        Assert.NotEqual(RulePacks.Suzhou.ContentHash, a.ContentHash);
    }

    [Fact]
    public void Every_embedded_pack_with_catalogues_loads()
    {
        foreach (var id in new[] { "cn", "cn.js.suzhou", "example.hubei", "example.zhejiang", "example.shanxi" })
        {
            Assert.NotNull(RulePacks.Load(id).Catalogues["certification"]);
        }
    }
}
