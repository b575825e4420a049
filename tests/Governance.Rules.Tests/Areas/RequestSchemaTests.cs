using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Json;

namespace Governance.Rules.Tests.Areas;

public sealed class RequestSchemaTests
{
    public static TheoryData<string> Areas() => new(AreaAdapters.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Areas))]
    public void Every_member_has_a_title_and_description_in_both_languages_and_every_value_an_example(string area)
    {
        var schema = AreaAdapters.All[area].RequestSchema();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.NotNull(schema["title"]);
        var members = Members(schema, "$").ToList();
        Assert.NotEmpty(members);
        Assert.All(members, m =>
        {
            var (path, node) = m;
            Assert.True(node["x-title"]?["zh-Hans"] is not null && node["x-title"]?["en"] is not null, path + " has no title in both languages");
            Assert.True(node["x-description"]?["zh-Hans"] is not null && node["x-description"]?["en"] is not null, path + " has no description in both languages");
            var scalar = node["enum"] is not null || node["type"]?.ToJsonString() is { } t && !t.Contains("array", StringComparison.Ordinal) && !t.Contains("object", StringComparison.Ordinal);
            Assert.True(!scalar || node["examples"] is JsonArray { Count: > 0 }, path + " has no example");
        });
    }

    [Fact]
    public void Units_and_ranges_come_from_the_library_limits()
    {
        var population = AreaAdapters.Staffing.RequestSchema()["properties"]!["areas"]!["items"]!["properties"]!["urbanPermanentPopulation"]!;
        Assert.Equal("人", population["x-unit"]!["zh-Hans"]!.GetValue<string>());
        Assert.Equal(0m, population["minimum"]!.GetValue<decimal>());
        Assert.Equal(Governance.Rules.Staffing.StaffingLimits.MaxPopulation, population["maximum"]!.GetValue<decimal>());
        var year = AreaAdapters.Pay.RequestSchema()["properties"]!["year"]!;
        Assert.Equal(Governance.Rules.Compensation.PayLimits.MinYear, year["minimum"]!.GetValue<decimal>());
    }

    [Fact]
    public void One_language_can_be_chosen_for_title_and_description()
    {
        var en = AreaAdapters.ElderlyCare.RequestSchema(Language.En);
        var zh = AreaAdapters.ElderlyCare.RequestSchema(Language.ZhHans);
        Assert.Equal("Elderly-care benefits request (苏颐养方程式)", en["title"]!.GetValue<string>());
        Assert.Equal("出生日期", zh["properties"]!["person"]!["properties"]!["birthDate"]!["title"]!.GetValue<string>());
    }

    private static IEnumerable<(string Path, JsonObject Node)> Members(JsonNode node, string path)
    {
        if (node is not JsonObject o)
        {
            yield break;
        }

        if (o["properties"] is JsonObject properties)
        {
            foreach (var (name, member) in properties)
            {
                yield return ($"{path}.{name}", (JsonObject)member!);
                foreach (var inner in Members(member!, $"{path}.{name}"))
                {
                    yield return inner;
                }
            }
        }

        foreach (var key in new[] { "items", "additionalProperties" })
        {
            if (o[key] is JsonObject child)
            {
                foreach (var inner in Members(child, path + "[]"))
                {
                    yield return inner;
                }
            }
        }
    }
}
