using System.Text;
using Governance.Rules.Packs;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// How the packs shipped in the library are read: one layer a folder under <c>RulePacks/</c>, its header in
/// <c>pack.json</c>, its id the folder's name. The folders are read here from documents given in memory (each test reads
/// afresh, where the library keeps its own packs once read), and the library's own packs are read again uncached and
/// compared with the ones it keeps.
/// </summary>
public sealed class EmbeddedFolderTests
{
    private static (string Name, Func<byte[]> Read) Doc(string name, string json) => (name, () => Encoding.UTF8.GetBytes(json));

    private static (string Name, Func<byte[]> Read) NotToBeRead(string name) =>
        (name, () => throw new InvalidOperationException(name + " is not a pack document and must not be read"));

    private static string Header(string id) => $$"""
        { "id": "{{id}}", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试层", "en": "Test layer" } }
        """;

    private static string Citation(string id) => $$"""{ "citations": { "{{id}}": { "title": "测算方案", "published": "2026" } } }""";

    [Fact]
    public void Only_json_documents_in_a_folder_under_RulePacks_are_read_one_layer_a_folder()
    {
        var errors = new List<PackLoadError>();
        var layers = RulePacks.ReadFolders(
            [
                Doc("RulePacks/x.a/pack.json", Header("x.a")),
                Doc("RulePacks/x.a/staffing.json", Citation("what-if")),
                Doc("RulePacks/x.b/pack.json", Header("x.b")),
                NotToBeRead("RulePacks/x.c/notes.txt"),
                NotToBeRead("Other/x.d/pack.json"),
                NotToBeRead("RulePacks/pack.json"),
                NotToBeRead("RulePacks//pack.json"),
            ],
            errors);
        Assert.Empty(errors);
        Assert.Equal(["x.a", "x.b"], layers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["RulePacks/x.a/pack.json", "RulePacks/x.a/staffing.json"], layers["x.a"].Documents.Select(d => d.Source));
        Assert.Equal(["what-if"], layers["x.a"].Citations.Keys);
        Assert.Equal("cn.js.suzhou", layers["x.b"].Parent);
    }

    [Fact]
    public void Only_the_document_named_pack_json_is_a_folders_header()
    {
        // A document whose name merely ends in "pack.json" is an area document: it needs no id and may not give one.
        var errors = new List<PackLoadError>();
        var layers = RulePacks.ReadFolders([Doc("RulePacks/x.a/pack.json", Header("x.a")), Doc("RulePacks/x.a/backpack.json", Citation("what-if"))], errors);
        Assert.Empty(errors);
        Assert.Equal(["x.a"], layers.Keys);

        RulePacks.ReadFolders([Doc("RulePacks/x.a/pack.json", Header("x.a")), Doc("RulePacks/x.a/backpack.json", Header("x.a"))], errors);
        Assert.Equal(
            [("PACK_UNKNOWN_FIELD", "RulePacks/x.a/backpack.json", "$.id", "'id' belongs in the layer's pack.json")],
            errors.Where(e => e.Path == "$.id").Select(e => (e.Code, e.Source, e.Path, e.Message)));
    }

    [Fact]
    public void A_folder_whose_layer_gives_another_id_is_refused_at_its_id_and_left_out()
    {
        var errors = new List<PackLoadError>();
        var layers = RulePacks.ReadFolders([Doc("RulePacks/x.a/pack.json", Header("x.z")), Doc("RulePacks/x.b/pack.json", Header("x.b"))], errors);
        Assert.Equal(["x.b"], layers.Keys);
        Assert.Equal(
            [new PackLoadError("PACK_ID_FOLDER_MISMATCH", "RulePacks/x.a/pack.json", "$.id", "the layer id 'x.z' differs from its folder 'x.a'")],
            errors);
    }

    [Fact]
    public void A_folder_that_does_not_read_is_left_out_with_its_errors_and_the_others_are_read()
    {
        var errors = new List<PackLoadError>();
        var layers = RulePacks.ReadFolders([Doc("RulePacks/x.a/pack.json", "{ \"id\": "), Doc("RulePacks/x.b/pack.json", Header("x.b"))], errors);
        Assert.Equal(["x.b"], layers.Keys);
        var error = Assert.Single(errors);
        Assert.Equal(("PACK_INVALID_JSON", "RulePacks/x.a/pack.json"), (error.Code, error.Source));
    }

    [Fact]
    public void A_citation_declared_in_two_documents_of_one_folder_is_refused_once_and_the_first_kept()
    {
        var errors = new List<PackLoadError>();
        var layers = RulePacks.ReadFolders(
            [Doc("RulePacks/x.a/pack.json", Header("x.a")), Doc("RulePacks/x.a/a.json", Citation("what-if")), Doc("RulePacks/x.a/b.json", Citation("what-if"))],
            errors);
        Assert.Equal(
            [new PackLoadError("PACK_DUPLICATE_CITATION", "RulePacks/x.a/b.json", "$.citations['what-if']", "citation 'what-if' is declared twice in this layer")],
            errors);
        Assert.Equal(["what-if"], layers["x.a"].Citations.Keys);
    }

    [Theory]
    [InlineData(RulePacks.SuzhouId)]
    [InlineData("example.taiyuan")]
    public void The_library_packs_read_afresh_are_the_packs_it_keeps(string id)
    {
        var kept = RulePacks.Load(id);
        var fresh = RulePacks.LoadUncached(id);
        Assert.True(fresh.Success, string.Join("; ", fresh.Errors));
        Assert.NotSame(kept, fresh.Pack);
        Assert.Equal(kept.ContentHash, fresh.Pack!.ContentHash);
        Assert.Equal(kept.Layers, fresh.Pack.Layers);
        Assert.Equal(kept.Parameters.Keys.Order(StringComparer.Ordinal), fresh.Pack.Parameters.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_ids_of_the_library_packs_are_listed_in_ordinal_order()
    {
        var ids = RulePacks.EmbeddedIds;
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(["cn", "cn.js", "cn.js.suzhou"], ids.Where(id => !id.StartsWith("example.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_pack_the_library_does_not_hold_is_not_found_afresh_either()
    {
        var fresh = RulePacks.LoadUncached("cn.js.atlantis");
        Assert.False(fresh.Success);
        Assert.Equal("PACK_NOT_FOUND", Assert.Single(fresh.Errors).Code);
    }
}
