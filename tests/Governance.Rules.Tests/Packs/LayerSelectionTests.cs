using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

public sealed class LayerSelectionTests
{
    private static RulePackSource Layer(string id, string parent, string rate = "20") =>
        RulePackSource.FromJson(ReformLayer(id: id, parent: parent, rate: rate), id + ".json");

    [Fact]
    public void Without_a_pack_id_the_deepest_loaded_layer_is_evaluated_whatever_the_order_given()
    {
        var district = Layer("cn.js.suzhou.gusu", "cn.js.suzhou");
        var street = Layer("cn.js.suzhou.gusu.pingjiang", "cn.js.suzhou.gusu", rate: "21");
        var loaded = RulePacks.TryLoadSelected(null, [street, district]);
        Assert.True(loaded.Success, string.Join("; ", loaded.Errors));
        Assert.Equal("cn.js.suzhou.gusu.pingjiang", loaded.Pack!.Id);
        Assert.Equal(["cn", "cn.js", "cn.js.suzhou", "cn.js.suzhou.gusu", "cn.js.suzhou.gusu.pingjiang"], loaded.Pack.Layers.Select(l => l.Id));
        Assert.Equal("cn.js.suzhou.gusu.pingjiang", loaded.Pack.Stamp(Date("2026-06-01")).PackId);
    }

    [Fact]
    public void Without_layers_or_an_id_the_pack_is_Suzhous()
    {
        var loaded = RulePacks.TryLoadSelected(null, []);
        Assert.Equal(RulePacks.SuzhouId, loaded.GetPackOrThrow().Id);
    }

    [Fact]
    public void A_named_pack_is_used_even_when_layers_are_loaded()
    {
        var loaded = RulePacks.TryLoadSelected(RulePacks.SuzhouId, [Layer("cn.js.suzhou.gusu", "cn.js.suzhou")]);
        Assert.Equal(RulePacks.SuzhouId, loaded.GetPackOrThrow().Id);
    }

    [Theory]
    [InlineData("cn.js.suzhou", "cn.js.suzhou", "leaf")]
    [InlineData("cn.js.suzhou", "cn.js", "leaf")]
    [InlineData("b", "a", "loop")]
    public void Layers_that_branch_or_loop_are_refused_naming_every_layer(string parentOfA, string parentOfB, string why)
    {
        var loaded = RulePacks.TryLoadSelected(null, [Layer("a", parentOfA), Layer("b", parentOfB)]);
        Assert.False(loaded.Success);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal("PACK_LAYERS_NOT_ONE_CHAIN", error.Code);
        Assert.Contains("a → " + parentOfA, error.Message);
        Assert.Contains("b → " + parentOfB, error.Message);
        Assert.Contains(why, error.Message);
    }

    [Fact]
    public void A_loop_standing_apart_from_the_chain_is_refused()
    {
        var loaded = RulePacks.TryLoadSelected(null, [Layer("leaf", "cn.js.suzhou"), Layer("x", "y"), Layer("y", "x")]);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal("PACK_LAYERS_NOT_ONE_CHAIN", error.Code);
        Assert.Contains("x, y", error.Message);
    }

    [Fact]
    public void A_layer_naming_no_parent_is_written_so_in_the_refusal()
    {
        var root = RulePackSource.FromJson("""
            { "id": "root", "version": "1.0.0", "parent": null, "name": { "zh-Hans": "根层", "en": "Root layer" } }
            """, "root.json");
        var loaded = RulePacks.TryLoadSelected(null, [root, Layer("b", "cn.js.suzhou")]);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(
            ("PACK_LAYERS_NOT_ONE_CHAIN", "root.json, b.json", "$.parent",
                "the layer files must form one chain, each naming the next as its parent (root → none; b → cn.js.suzhou); more than one of them is a leaf (root, b)"),
            (error.Code, error.Source, error.Path, error.Message));
    }

    [Fact]
    public void A_layer_whose_parent_is_not_loaded_is_chosen_and_refused_for_the_missing_parent()
    {
        var loaded = RulePacks.TryLoadSelected(null, [Layer("leaf", "cn.js.nowhere")]);
        Assert.Equal("PACK_PARENT_MISSING", Assert.Single(loaded.Errors).Code);
    }

    [Fact]
    public void Two_layers_with_one_id_are_refused_for_that_alone()
    {
        var loaded = RulePacks.TryLoadSelected(null, [Layer("a", "cn.js.suzhou"), Layer("a", "cn.js.suzhou", rate: "21")]);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(("PACK_DUPLICATE_LAYER", "a.json", "$.id"), (error.Code, error.Source, error.Path));
    }

    [Fact]
    public void Layers_that_branch_after_a_reading_error_are_refused_for_the_reading_error_alone()
    {
        // The second layer's unknown field may be why the chain looks wrong: only the reading error is reported.
        var broken = RulePackSource.FromJson(ReformLayer(id: "b", parent: "cn.js.suzhou").Replace("\"version\"", "\"colour\": \"red\", \"version\"", StringComparison.Ordinal), "b.json");
        var loaded = RulePacks.TryLoadSelected(null, [Layer("a", "cn.js.suzhou"), broken]);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(("PACK_UNKNOWN_FIELD", "b.json", "$.colour"), (error.Code, error.Source, error.Path));
    }

    [Fact]
    public void A_null_layer_among_the_layers_is_a_programmer_error()
    {
        var e = Assert.Throws<ArgumentException>(() => RulePacks.TryLoad(RulePacks.SuzhouId, [null!]));
        Assert.Equal("layers", e.ParamName);
        Assert.StartsWith("A layer source is null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_layer_list_is_a_programmer_error()
    {
        Assert.Throws<ArgumentNullException>(() => RulePacks.TryLoadSelected(null, null!));
    }
}
