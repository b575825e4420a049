using Governance.Rules.Catalogues;
using Governance.Rules.Packs;
using static Governance.Rules.Tests.Catalogues.CatalogueTestLayers;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Catalogues;

/// <summary>Resolving a catalogue through the layer chain: what each refusal says, and how versions meet at their edges.</summary>
public sealed class CatalogueResolveTests
{
    private const string Category1 = """ "code": "c1", "name": { "zh-Hans": "甲类", "en": "Class A" }, "provenance": "placeholder" """;

    private const string Category2 = """ "code": "c2", "name": { "zh-Hans": "乙类", "en": "Class B" }, "provenance": "placeholder" """;

    /// <summary>The only error of a layer that fails to load.</summary>
    private static PackLoadError OnlyError(string json)
    {
        var result = LoadLayer(json);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal("test.json", error.Source);
        return error;
    }

    private static void AssertError(PackLoadError error, string code, string path, string message)
    {
        Assert.Equal((code, path, message), (error.Code, error.Path, error.Message));
    }

    private static Catalogue Certificates(string json) => LoadLayer(json).GetPackOrThrow().Catalogues["certification"]!;

    [Fact]
    public void A_layer_may_rename_a_parent_list_and_it_keeps_its_place_kind_and_new_name()
    {
        var json = Layer("", extra: """ "lists": { "retained": { "name": { "zh-Hans": "保留事项", "en": "Kept" }, "kind": "must-issue" } }, """);
        var catalogue = Certificates(json);
        Assert.Equal(["not-issued", "retained", "deliberation"], catalogue.Lists.Select(l => l.Code));
        var retained = catalogue.List("retained")!;
        Assert.Equal(("保留事项", "Kept", "must-issue", "test.catalogue"), (retained.Name.ZhHans, retained.Name.En, retained.Kind, retained.Layer));
    }

    [Fact]
    public void A_layer_that_changes_the_kind_of_a_parent_list_is_refused_naming_the_kind_and_layer_it_has()
    {
        var json = Layer("", extra: """ "lists": { "retained": { "name": { "zh-Hans": "保留事项", "en": "Kept" }, "kind": "may-refuse" } }, """);
        var error = OnlyError(json);
        AssertError(
            error,
            "PACK_CATALOGUE_KIND_MISMATCH",
            "$.catalogues.certification.lists.retained",
            "list 'retained' is of kind 'must-issue' in layer 'cn'; a layer may rename a list but not change its kind");
        Assert.Equal(("下级层改变了清单的类型", "A lower layer changes a list's kind"), (error.Summary.ZhHans, error.Summary.En));
    }

    [Fact]
    public void An_item_on_two_lists_and_overlapping_versions_say_which_lists_and_from_which_date()
    {
        var twoLists = OnlyError(Layer(Item("x-cert", "甲乙证明") + "," + Item("x-cert", "甲乙证明", list: "retained", from: "2026-03-01")));
        AssertError(
            twoLists,
            "PACK_CATALOGUE_TWO_LISTS",
            "$.catalogues.certification.items[1]",
            "item 'x-cert' would be on lists 'not-issued' and 'retained' on the same date (2026-03-01)");

        var overlap = OnlyError(Layer(Item("x-cert", "甲乙证明", until: "2026-06-01") + "," + Item("x-cert", "甲乙证明", from: "2026-05-01")));
        AssertError(
            overlap,
            "PACK_CATALOGUE_OVERLAP",
            "$.catalogues.certification.items[1]",
            "versions of item 'x-cert' overlap from 2026-05-01; end the earlier one with 'until'");
    }

    [Fact]
    public void An_override_from_the_parents_first_date_replaces_the_parent_version_entirely()
    {
        var catalogue = Certificates(Layer(Item("kinship", "亲属关系证明", from: "2020-04-27")));
        var version = Assert.Single(catalogue.Versions("kinship"));
        Assert.Equal(("test.catalogue", Date("2020-04-27"), (LocalDate?)null), (version.Layer, version.EffectiveFrom, version.EffectiveUntil));
    }

    [Fact]
    public void Retiring_an_item_on_its_first_date_leaves_no_version_of_it()
    {
        var parent = RulePackSource.FromJson(Layer(Item("x-cert", "甲乙证明", from: "2026-03-01"), id: "test.parent"), "parent.json");
        var child = Layer("""{ "code": "x-cert", "retire": "2026-03-01", "citation": "t", "provenance": "placeholder" }""", parent: "test.parent");
        var catalogue = LoadLayer(child, "test.json", parent).GetPackOrThrow().Catalogues["certification"]!;
        Assert.Empty(catalogue.Versions("x-cert"));
        Assert.Null(catalogue.Find("x-cert", Date("2026-03-01")));
    }

    [Fact]
    public void A_retirement_citing_an_undeclared_citation_is_refused_at_its_citation()
    {
        var error = OnlyError(Layer("""{ "code": "alive", "retire": "2026-01-01", "citation": "nope", "provenance": "placeholder" }"""));
        AssertError(error, "PACK_CITATION_UNKNOWN", "$.catalogues.certification.items[0].citation", "citation 'nope' is not declared in this layer or its ancestors");
    }

    [Fact]
    public void Retiring_an_item_no_layer_defines_is_reported_once_even_when_its_citation_is_unknown()
    {
        var error = OnlyError(Layer("""{ "code": "never-defined", "retire": "2026-01-01", "citation": "nope", "provenance": "placeholder" }"""));
        AssertError(error, "PACK_CATALOGUE_RETIRE_UNKNOWN", "$.catalogues.certification.items[0]", "item 'never-defined' is retired but no layer defines it");
    }

    [Fact]
    public void A_catalogue_first_defined_without_a_name_is_refused_at_the_catalogue()
    {
        var json = """{ "id": "test.root", "version": "1.0.0", "name": { "zh-Hans": "测试", "en": "Test" }, "catalogues": { "admission": { "items": [] } } }""";
        AssertError(OnlyError(json), "PACK_FIELD_MISSING", "$.catalogues.admission", "catalogue 'admission' needs a 'name' in the first layer that defines it");
    }

    [Fact]
    public void A_catalogue_id_with_a_hyphen_is_written_in_brackets_in_the_path_as_everywhere_else()
    {
        var json = """{ "id": "test.root", "version": "1.0.0", "name": { "zh-Hans": "测试", "en": "Test" }, "catalogues": { "elderly-care": { "items": [] } } }""";
        var error = LoadLayer(json).Errors.Single(e => e.Code == "PACK_FIELD_MISSING");
        Assert.Equal("$.catalogues['elderly-care']", error.Path);
        Assert.Equal("catalogue 'elderly-care' needs a 'name' in the first layer that defines it", error.Message);
    }

    [Fact]
    public void A_catalogue_whose_name_cannot_be_read_is_refused_for_the_name_alone()
    {
        var json = """{ "id": "test.root", "version": "1.0.0", "name": { "zh-Hans": "测试", "en": "Test" }, "catalogues": { "admission": { "name": 5, "items": [] } } }""";
        AssertError(OnlyError(json), "PACK_EXPECTED_OBJECT", "$.catalogues.admission.name", "expected a JSON object");
    }

    [Fact]
    public void A_catalogue_named_in_a_layer_takes_that_name()
    {
        var catalogue = Certificates(Layer(Item("x-cert", "甲乙证明"), extra: """ "name": { "zh-Hans": "测试证明事项", "en": "Test certificates" }, """));
        Assert.Equal(("测试证明事项", "Test certificates"), (catalogue.Name.ZhHans, catalogue.Name.En));
        Assert.Equal("test.catalogue", catalogue.Find("x-cert", Date("2026-01-01"))!.Layer);
    }

    [Fact]
    public void An_item_on_an_undeclared_list_names_the_known_lists_in_order_and_nothing_else_of_it_is_checked()
    {
        var error = OnlyError(Layer(Item("x-cert", "甲乙证明", list: "nope", citation: "nope")));
        AssertError(
            error,
            "PACK_CATALOGUE_LIST_UNKNOWN",
            "$.catalogues.certification.items[0]",
            "list 'nope' is not declared in catalogue 'certification'; known: not-issued, retained, deliberation");
    }

    [Fact]
    public void A_category_declared_twice_is_refused_once_at_the_second()
    {
        var json = Layer(Item("x-cert", "甲乙证明"), extra: "\"categories\": [ { " + Category1 + ", \"items\": [ \"x-cert\" ] }, { " + Category1 + ", \"items\": [ \"x-cert\" ] } ],");
        AssertError(OnlyError(json), "PACK_CATALOGUE_CATEGORY_DUPLICATE", "$.catalogues.certification.categories[1]", "category 'c1' is declared twice");
    }

    [Fact]
    public void An_item_in_two_categories_is_refused_at_the_second_naming_both()
    {
        var json = Layer(Item("x-cert", "甲乙证明"), extra: "\"categories\": [ { " + Category1 + ", \"items\": [ \"x-cert\" ] }, { " + Category2 + ", \"items\": [ \"x-cert\" ] } ],");
        AssertError(OnlyError(json), "PACK_CATALOGUE_CATEGORY_DUPLICATE", "$.catalogues.certification.categories[1]", "item 'x-cert' is in categories 'c1' and 'c2'");
    }

    [Fact]
    public void A_category_naming_an_item_the_catalogue_does_not_hold_says_which()
    {
        var json = Layer(Item("x-cert", "甲乙证明"), extra: "\"categories\": [ { " + Category1 + ", \"items\": [ \"x-cert\", \"ghost\" ] } ],");
        AssertError(
            OnlyError(json),
            "PACK_CATALOGUE_CATEGORY_ITEM_UNKNOWN",
            "$.catalogues.certification.categories[0]",
            "category 'c1' names item 'ghost', which catalogue 'certification' does not hold");
    }

    [Fact]
    public void One_character_aliases_are_refused_per_item_and_are_not_also_reported_as_shared()
    {
        var result = LoadLayer(Layer(Item("x-cert", "甲乙证明", aliases: "\"证\"") + "," + Item("y-cert", "丙丁证明", aliases: "\"证\"")));
        Assert.False(result.Success);
        Assert.Collection(
            result.Errors,
            e => AssertError(e, "PACK_CATALOGUE_ALIAS_TOO_SHORT", "$.catalogues.certification.items[0]", "item 'x-cert' has a name or alias shorter than two characters once normalised, which cannot be matched with confidence"),
            e => AssertError(e, "PACK_CATALOGUE_ALIAS_TOO_SHORT", "$.catalogues.certification.items[1]", "item 'y-cert' has a name or alias shorter than two characters once normalised, which cannot be matched with confidence"));
    }

    [Theory]
    [InlineData("2026-06-01", null, true)]
    [InlineData("2026-05-31", null, false)]
    [InlineData("2026-01-01", "2026-06-01", false)]
    public void Two_items_may_share_an_alias_only_when_never_in_force_together(string secondFrom, string? secondUntil, bool loads)
    {
        // a-cert ends on 2026-06-01 (exclusive); b-cert carries a-cert's name as an alias.
        var json = Layer(Item("a-cert", "甲乙证明", until: secondUntil is null ? "2026-06-01" : null) + "," + Item("b-cert", "丙丁证明", from: secondFrom, until: secondUntil, aliases: "\"甲乙证明\""));
        var result = LoadLayer(json);
        if (loads)
        {
            Assert.True(result.Success, string.Join("; ", result.Errors));
            Assert.Equal("b-cert", result.GetPackOrThrow().Catalogues["certification"]!.Find("b-cert", Date(secondFrom))!.Code);
        }
        else
        {
            AssertError(
                Assert.Single(result.Errors),
                "PACK_CATALOGUE_ALIAS_SHARED",
                "$.catalogues.certification.items[1]",
                "'甲乙证明' names both 'certification/a-cert' and 'certification/b-cert' on a common date");
        }
    }

    [Fact]
    public void An_override_after_a_gap_does_not_stretch_the_parents_ended_version_over_the_gap()
    {
        var parent = RulePackSource.FromJson(Layer(Item("x-cert", "甲乙证明", until: "2026-03-01"), id: "test.parent"), "parent.json");
        var child = Layer(Item("x-cert", "甲乙证明", list: "retained", from: "2026-06-01"), parent: "test.parent");
        var catalogue = LoadLayer(child, "test.json", parent).GetPackOrThrow().Catalogues["certification"]!;
        Assert.Equal("not-issued", catalogue.Find("x-cert", Date("2026-02-28"))!.ListCode);
        Assert.Null(catalogue.Find("x-cert", Date("2026-03-01")));
        Assert.Null(catalogue.Find("x-cert", Date("2026-05-31")));
        Assert.Equal("retained", catalogue.Find("x-cert", Date("2026-06-01"))!.ListCode);
        Assert.Equal(
            [(Date("2026-01-01"), (LocalDate?)Date("2026-03-01"), "test.parent"), (Date("2026-06-01"), null, "test.catalogue")],
            catalogue.Versions("x-cert").Select(v => (v.EffectiveFrom, v.EffectiveUntil, v.Layer)));
    }

    [Fact]
    public void An_override_inside_a_parents_ended_version_cuts_it_at_the_overrides_date()
    {
        var parent = RulePackSource.FromJson(Layer(Item("x-cert", "甲乙证明", until: "2026-12-01"), id: "test.parent"), "parent.json");
        var child = Layer(Item("x-cert", "甲乙证明", list: "retained", from: "2026-06-01"), parent: "test.parent");
        var catalogue = LoadLayer(child, "test.json", parent).GetPackOrThrow().Catalogues["certification"]!;
        Assert.Equal(
            [(Date("2026-01-01"), (LocalDate?)Date("2026-06-01"), "not-issued"), (Date("2026-06-01"), null, "retained")],
            catalogue.Versions("x-cert").Select(v => (v.EffectiveFrom, v.EffectiveUntil, v.ListCode)));
    }
}
