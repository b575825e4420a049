using System.Text.Json;
using Governance.Rules.Packs;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// Load errors are given in the order a reader meets them: file by file (in the order the files first appear among
/// the errors), then by where each stands in its document (an object before its members, members and items as
/// written); a path below anything written counts at the nearest element that is written; ties keep the order found.
/// </summary>
public sealed class ErrorOrderTests
{
    private const string Document = """{ "z": 1, "a": { "k": [10, 20] }, "b": 2 }""";

    private static RawLayer Layer(params (string Source, string Json)[] documents)
    {
        var layer = new RawLayer();
        foreach (var (source, json) in documents)
        {
            layer.Documents.Add((source, JsonDocument.Parse(json).RootElement.Clone()));
        }

        return layer;
    }

    private static PackLoadError E(string source, string path) => new("PACK_INVALID_VALUE", source, path, source + " " + path);

    private static string[] Order(List<PackLoadError> errors, params RawLayer[] layers) =>
        [.. ErrorOrder.InDocumentOrder(errors, layers).Select(e => e.Message)];

    [Fact]
    public void Fewer_than_two_errors_are_given_back_as_they_are()
    {
        var none = new List<PackLoadError>();
        Assert.Same(none, ErrorOrder.InDocumentOrder(none, [Layer(("d.json", Document))]));
        var one = new List<PackLoadError> { E("d.json", "$.b") };
        Assert.Same(one, ErrorOrder.InDocumentOrder(one, [Layer(("d.json", Document))]));
    }

    [Fact]
    public void Within_a_document_errors_follow_the_written_order_an_object_before_its_members()
    {
        var errors = new List<PackLoadError> { E("d.json", "$.a.k[1]"), E("d.json", "$.b"), E("d.json", "$.z"), E("d.json", "$.a.k[0]"), E("d.json", "$.a"), E("d.json", "$") };
        Assert.Equal(
            ["d.json $", "d.json $.z", "d.json $.a", "d.json $.a.k[0]", "d.json $.a.k[1]", "d.json $.b"],
            Order(errors, Layer(("d.json", Document))));
    }

    [Fact]
    public void Files_come_in_the_order_they_first_appear_among_the_errors()
    {
        var errors = new List<PackLoadError> { E("b.json", "$.b"), E("a.json", "$.z"), E("b.json", "$.z"), E("a.json", "$") };
        Assert.Equal(
            ["b.json $.z", "b.json $.b", "a.json $", "a.json $.z"],
            Order(errors, Layer(("a.json", Document), ("b.json", Document))));
    }

    [Fact]
    public void A_path_below_anything_written_counts_where_its_nearest_written_element_stands()
    {
        // $.a.k[5] is not written: it counts at $.a.k, after $.a and before the list's first item.
        var errors = new List<PackLoadError> { E("d.json", "$.a.k[0]"), E("d.json", "$.a.k[5].value"), E("d.json", "$.a"), E("d.json", "$.a.k[5]") };
        Assert.Equal(
            ["d.json $.a", "d.json $.a.k[5].value", "d.json $.a.k[5]", "d.json $.a.k[0]"],
            Order(errors, Layer(("d.json", Document))));
    }

    [Fact]
    public void A_place_that_is_no_json_path_and_a_file_that_was_never_read_keep_the_order_found()
    {
        // An unreadable file's error stands at a line and byte, or the file has no document at all: first in its file.
        var errors = new List<PackLoadError> { E("d.json", "$.b"), E("d.json", "line 1, byte 2"), E("gone.json", "$.x"), E("gone.json", "$") };
        Assert.Equal(
            ["d.json line 1, byte 2", "d.json $.b", "gone.json $.x", "gone.json $"],
            Order(errors, Layer(("d.json", Document))));
    }

    [Fact]
    public void A_file_name_met_in_two_layers_is_placed_by_the_first()
    {
        var first = Layer(("d.json", """{ "p": 1, "q": 2 }"""));
        var second = Layer(("d.json", """{ "q": 2, "p": 1 }"""));
        var errors = new List<PackLoadError> { E("d.json", "$.q"), E("d.json", "$.p") };
        Assert.Equal(["d.json $.p", "d.json $.q"], Order(errors, first, second));
        Assert.Equal(["d.json $.q", "d.json $.p"], Order([.. errors], second, first));
    }
}
