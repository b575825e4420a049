using System.Text.Json;
using Governance.Rules.Packs;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// The checks every table value passes after its reader accepts it (no empty list, no entry or code twice, numbers in
/// range), and where a refused value is wrong. The readers refuse most of these themselves first, so the loader rarely
/// reaches them; they are held here directly.
/// </summary>
public sealed class ValueShapeTests
{
    private const string Empty = "an empty list: give at least one entry, or end the parameter with null";
    private const string Repeats = "this entry repeats an earlier entry of the list";

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static (string Path, string Error)[] Check(string json, decimal minimum = 0, decimal maximum = 10) =>
        [.. ValueShape.Check(Json(json), minimum, maximum)];

    [Fact]
    public void An_empty_list_is_refused_where_it_stands_and_nothing_else_is_said_of_it()
    {
        Assert.Equal([("", Empty)], Check("[]"));
        Assert.Equal([(".tiers", Empty)], Check("""{ "tiers": [] }"""));
        Assert.Equal([(".a['b c']", Empty)], Check("""{ "a": { "b c": [] } }"""));
    }

    [Fact]
    public void An_entry_given_twice_is_refused_at_the_second()
    {
        Assert.Equal([("[2]", Repeats)], Check("[1, 2, 1]"));
        Assert.Equal([(".pairs[1]", Repeats)], Check("""{ "pairs": [ ["a", "b"], ["a", "b"] ] }"""));
    }

    [Fact]
    public void Equal_entries_are_compared_as_written_data_not_as_text()
    {
        // The same object with its fields in another order is the same entry.
        Assert.Equal([("[1]", Repeats)], Check("""[ { "code": "a", "v": 1 }, { "v": 1, "code": "a" } ]"""));
        Assert.Empty(Check("""[ { "code": "a", "v": 1 }, { "code": "b", "v": 1 } ]"""));
    }

    [Fact]
    public void A_code_given_twice_in_different_entries_is_refused_at_the_second_code()
    {
        Assert.Equal(
            [("[2].code", "the code 'a' appears twice in the list")],
            Check("""[ { "code": "a", "v": 1 }, { "code": "b", "v": 1 }, { "code": "a", "v": 2 } ]"""));
    }

    [Fact]
    public void An_entry_repeated_whole_is_reported_once_not_also_for_its_code()
    {
        Assert.Equal([("[1]", Repeats)], Check("""[ { "code": "a" }, { "code": "a" } ]"""));
    }

    [Fact]
    public void Only_a_text_code_is_a_code()
    {
        Assert.Empty(Check("""[ { "code": 1, "v": 1 }, { "code": 1, "v": 2 } ]"""));
        Assert.Empty(Check("""[ { "kind": "a", "v": 1 }, { "kind": "a", "v": 2 } ]"""));
    }

    [Fact]
    public void Every_number_is_within_the_parameter_range_at_its_path()
    {
        Assert.Equal(
            [(".t[1].v", "the number 11 is outside this parameter's range 0 to 10"), (".t[2].v", "the number -1 is outside this parameter's range 0 to 10")],
            Check("""{ "t": [ { "v": 10 }, { "v": 11 }, { "v": -1 }, { "v": 0 } ] }"""));
        Assert.Empty(Check("""{ "t": "99", "u": true, "w": null }"""));
    }

    [Theory]
    [InlineData("""[ { "a": 1 }, { "a": 1 }, 5 ]""", "[2]")]
    [InlineData("""[ 5, { "a": 1 } ]""", "[0]")]
    [InlineData("""[ 5, 6 ]""", "")]
    [InlineData("""[ { "a": 1 }, { "a": "x" }, { "a": 2 } ]""", "[1].a")]
    [InlineData("""[ { "a": true }, { "a": false }, { "a": true } ]""", "")]
    [InlineData("""[ { "a": [ { "b": 1 }, { "b": null }, { "b": 2 } ] }, { "a": [ { "b": 3 } ] } ]""", "[0].a[1].b")]
    [InlineData("""[ { "a": { "b": null } }, { "a": { "b": null } } ]""", "[0].a.b")]
    [InlineData("""{ "x": 1, "y": null }""", ".y")]
    [InlineData("""{ "x": true }""", ".x")]
    [InlineData("""{ "x": false }""", ".x")]
    [InlineData("""{ "x": [] }""", ".x")]
    [InlineData("""{ "x": {} }""", ".x")]
    [InlineData("""{ "x": [1] }""", "")]
    [InlineData("""{ "x": { "y": 1 } }""", "")]
    [InlineData("""{ "x": "[]", "y": 2 }""", "")]
    [InlineData("""{ "x": { "y": null } }""", ".x.y")]
    [InlineData("""{ "x": [ { "b": 1 }, { "b": "s" } ] }""", ".x[1].b")]
    public void A_wrong_type_is_located_at_the_field_that_stands_out(string json, string expected)
    {
        Assert.Equal(expected, ValueShape.Locate(Json(json)));
    }

    [Theory]
    [InlineData("""{ "x": null }""", "")]
    [InlineData("""{ "x": true, "y": [] }""", "")]
    [InlineData("""{ "x": [ { "b": 1 }, { "b": "s" }, { "b": 2 } ] }""", ".x[1].b")]
    [InlineData("""{ "x": { "y": [ { "b": 1 }, { "b": null } ] } }""", ".x.y[1].b")]
    public void With_the_readers_own_reason_only_a_field_unlike_its_siblings_is_named(string json, string expected)
    {
        Assert.Equal(expected, ValueShape.Locate(Json(json), amongSiblingsOnly: true));
    }

    [Fact]
    public void The_located_path_continues_the_values_own_path()
    {
        Assert.Equal("$.values[0].value.x", ValueShape.Locate(Json("""{ "x": null }"""), "$.values[0].value"));
        Assert.Equal("$.v", ValueShape.Locate(Json("""{ "x": 1 }"""), "$.v"));
    }
}
