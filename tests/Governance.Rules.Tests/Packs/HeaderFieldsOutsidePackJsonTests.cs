using System.Text;
using Governance.Rules.Packs;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// Each field of a layer's header (id, version, parent, name, description) given in another document of its folder is
/// refused as belonging in pack.json, not as an unknown field: the author is told where it goes.
/// </summary>
public sealed class HeaderFieldsOutsidePackJsonTests
{
    private const string Header = """{ "id": "test.folder", "version": "1.0.0", "name": { "zh-Hans": "文件夹层", "en": "Folder layer" } }""";

    [Theory]
    [InlineData("id", "\"test.folder\"")]
    [InlineData("version", "\"1.0.1\"")]
    [InlineData("parent", "\"cn.js.suzhou\"")]
    [InlineData("name", """{ "zh-Hans": "别名", "en": "Another name" }""")]
    [InlineData("description", """{ "zh-Hans": "说明", "en": "Description" }""")]
    public void A_header_field_in_another_document_belongs_in_pack_json(string field, string value)
    {
        var errors = new List<PackLoadError>();
        RulePackLoader.ReadLayer(
            [("RulePacks/test.folder/pack.json", Encoding.UTF8.GetBytes(Header)), ("RulePacks/test.folder/a.json", Encoding.UTF8.GetBytes($$"""{ "{{field}}": {{value}} }"""))],
            folder: true,
            errors);
        Assert.Equal(
            [new PackLoadError("PACK_UNKNOWN_FIELD", "RulePacks/test.folder/a.json", "$." + field, $"'{field}' belongs in the layer's pack.json")],
            errors);
    }

    [Fact]
    public void A_field_no_document_knows_is_an_unknown_field()
    {
        var errors = new List<PackLoadError>();
        RulePackLoader.ReadLayer(
            [("RulePacks/test.folder/pack.json", Encoding.UTF8.GetBytes(Header)), ("RulePacks/test.folder/a.json", Encoding.UTF8.GetBytes("""{ "owner": "x" }"""))],
            folder: true,
            errors);
        Assert.Equal([new PackLoadError("PACK_UNKNOWN_FIELD", "RulePacks/test.folder/a.json", "$.owner", "unknown field 'owner'")], errors);
    }
}
