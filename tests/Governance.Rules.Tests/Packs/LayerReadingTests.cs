using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// Reading a caller's layer, at the places where one fault must be reported once, where it stands, and nothing that
/// follows from it reported after it: a key written twice, a citation without a title, a parameters section that is no
/// object, a field of the wrong kind, a new parameter without a name, a missing parent after a reading error. And the
/// header's description is part of what the pack's content hash covers.
/// </summary>
public sealed class LayerReadingTests
{
    private static (string Code, string Path, string Message)[] Errors(string json) =>
        [.. LoadLayer(json, "layer.json").Errors.Select(e => (e.Code, e.Path, e.Message))];

    private static string Layer(string body, string parent = "cn.js.suzhou") => $$"""
        {
          "id": "test.reading",
          "version": "1.0.0",
          "parent": "{{parent}}",
          "name": { "zh-Hans": "测试层", "en": "Test layer" },
          {{body}}
        }
        """;

    private const string Rate = """
        "staffing.workers_per_10k_urban_residents": { "unit": "人/万人", "values": [ { "from": "2026-01-01", "value": 20, "provenance": "placeholder", "citation": "what-if" } ] }
        """;

    private const string WhatIf = """ "citations": { "what-if": { "title": "测算方案", "published": "2026" } } """;

    [Fact]
    public void A_parameter_written_twice_is_reported_once_as_a_key_written_twice()
    {
        Assert.Equal(
            [("PACK_DUPLICATE_FIELD", "$.parameters['staffing.workers_per_10k_urban_residents']", "field 'staffing.workers_per_10k_urban_residents' appears twice in the same object; only one may be given")],
            Errors(Layer(WhatIf + ", \"parameters\": { " + Rate + ", " + Rate + " }")));
    }

    [Fact]
    public void A_citation_without_a_title_is_reported_once_and_not_again_where_it_is_used()
    {
        Assert.Equal(
            [("PACK_FIELD_MISSING", "$.citations['what-if']", "a citation needs 'title'")],
            Errors(Layer(""" "citations": { "what-if": { "published": "2026" } }, "parameters": { """ + Rate + " }")));
    }

    [Fact]
    public void A_note_of_a_citation_is_text()
    {
        Assert.Equal(
            [("PACK_EXPECTED_STRING", "$.citations['what-if'].note", "expected a string")],
            Errors(Layer(""" "citations": { "what-if": { "title": "测算方案", "note": 5 } }, "parameters": { """ + Rate + " }")));
    }

    [Fact]
    public void A_parameters_section_that_is_no_object_is_reported_once()
    {
        Assert.Equal([("PACK_EXPECTED_OBJECT", "$.parameters", "expected a JSON object")], Errors(Layer(WhatIf + """, "parameters": [ 1 ] """)));
    }

    [Fact]
    public void A_description_of_a_parameter_is_text()
    {
        var rate = Rate.Replace("\"unit\": \"人/万人\",", "\"unit\": \"人/万人\", \"description\": 5,", StringComparison.Ordinal);
        Assert.Equal(
            [("PACK_EXPECTED_STRING", "$.parameters['staffing.workers_per_10k_urban_residents'].description", "expected a string")],
            Errors(Layer(WhatIf + ", \"parameters\": { " + rate + " }")));
    }

    [Fact]
    public void An_entry_of_values_that_is_no_object_is_reported_and_the_others_read()
    {
        var rate = Rate.Replace("\"values\": [ ", "\"values\": [ 7, ", StringComparison.Ordinal);
        Assert.Equal(
            [("PACK_EXPECTED_OBJECT", "$.parameters['staffing.workers_per_10k_urban_residents'].values[0]", "expected a JSON object")],
            Errors(Layer(WhatIf + ", \"parameters\": { " + rate + " }")));
    }

    [Fact]
    public void The_first_layer_to_define_a_parameter_must_name_it_and_is_refused_for_that_alone()
    {
        // The per-community maximum is defined in no layer of the Suzhou chain: this layer is its first.
        Assert.Equal(
            [("PACK_FIELD_MISSING", "$.parameters['staffing.per_community_maximum']", "the first layer that defines a parameter must give its 'name'")],
            Errors(Layer(WhatIf + """
                , "parameters": { "staffing.per_community_maximum": { "unit": "人", "values": [ { "from": "2026-01-01", "value": 30, "provenance": "placeholder", "citation": "what-if" } ] } }
                """)));
    }

    [Fact]
    public void After_a_reading_error_a_missing_parent_is_not_reported_as_well()
    {
        Assert.Equal(
            [("PACK_UNKNOWN_FIELD", "$.colour", "unknown field 'colour'")],
            Errors(Layer(WhatIf + """, "colour": "red" """, parent: "cn.js.nowhere")));
        Assert.Equal(
            [("PACK_PARENT_MISSING", "$.parent", "parent layer 'cn.js.nowhere' is not known")],
            Errors(Layer(WhatIf, parent: "cn.js.nowhere")));
    }

    [Fact]
    public void The_content_hash_covers_the_layers_description()
    {
        var plain = LoadLayer(Layer(WhatIf)).GetPackOrThrow();
        var described = LoadLayer(Layer(WhatIf + """, "description": "测算用" """)).GetPackOrThrow();
        var describedAgain = LoadLayer(Layer(WhatIf + """, "description": "测算用" """)).GetPackOrThrow();
        Assert.NotEqual(plain.ContentHash, described.ContentHash);
        Assert.Equal(described.ContentHash, describedAgain.ContentHash);
    }
}
