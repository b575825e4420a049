using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Areas;

/// <summary>
/// The result JSON written straight into a caller's writer (batch lines, service answers) and the result document
/// (eval, policy cases) say the same, for every shipped policy case, with and without explanation, in both languages.
/// </summary>
public sealed class ResultDocumentTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "cases"), "*.case.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var count = JsonNode.Parse(File.ReadAllText(file))!.AsArray().Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file), i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_streamed_body_is_the_document_without_its_stamp(string file, int index)
    {
        var policyCase = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)))![index]!;
        var adapter = AreaAdapters.All[policyCase["area"]!.GetValue<string>()];
        var input = Encoding.UTF8.GetBytes(policyCase["input"]!.ToJsonString());
        foreach (var explain in new[] { false, true })
        {
            foreach (var language in new[] { Language.ZhHans, Language.En })
            {
                var options = new EvaluationOptions { AsOf = Date(policyCase["asOf"]!.GetValue<string>()), Explain = explain };
                var run = adapter.Run(input, 1, RulePacks.Suzhou, SystemClock.Instance, options, language);

                var document = run.Document.DeepClone().AsObject();
                Assert.NotNull(document["stamp"]);
                document.Remove("stamp");
                var streamed = JsonNode.Parse(Body(run))!;
                Assert.True(JsonNode.DeepEquals(document, streamed), $"{file}[{index}] explain={explain} {language}:\n{document.ToJsonString()}\n{streamed.ToJsonString()}");

                Assert.Equal(run.Valid, document["valid"]!.GetValue<bool>());
                Assert.Equal(explain && run.Valid, document["explanation"] is JsonArray { Count: > 0 });
                foreach (var warning in document["warnings"]?.AsArray() ?? [])
                {
                    // A warning about no one parameter has no "parameter" member at all (the published schema says string).
                    Assert.True(warning!["parameter"] is null || warning["parameter"]!.GetValueKind() == JsonValueKind.String);
                    Assert.False(string.IsNullOrWhiteSpace(warning["message"]!.GetValue<string>()));
                }

                foreach (var step in document["explanation"]?.AsArray() ?? [])
                {
                    foreach (var p in step!["parameters"]!.AsArray())
                    {
                        Assert.Contains(p!["provenance"]!.GetValue<string>(), new[] { "official", "reported", "placeholder" });
                        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", p["from"]!.GetValue<string>());
                        Assert.NotNull(p["value"]);
                        if (p["citation"] is null)
                        {
                            // Only a placeholder may stand without a source.
                            Assert.Equal("placeholder", p["provenance"]!.GetValue<string>());
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void A_parameter_value_is_written_as_the_json_the_pack_holds()
    {
        var run = AreaAdapters.Staffing.Run(
            """{"areas":[{"id":"c","urbanPermanentPopulation":10000}]}"""u8,
            1,
            RulePacks.Suzhou,
            SystemClock.Instance,
            new EvaluationOptions { AsOf = Date("2025-06-30"), Explain = true },
            Language.En);
        var uses = run.Steps.SelectMany(s => s.Parameters).ToList();
        Assert.NotEmpty(uses);
        var written = JsonNode.Parse(Body(run))!["explanation"]!.AsArray().SelectMany(s => s!["parameters"]!.AsArray()).ToList();
        Assert.Equal(uses.Count, written.Count);
        for (var i = 0; i < uses.Count; i++)
        {
            Assert.Equal(uses[i].Key, written[i]!["key"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(uses[i].Value), written[i]!["value"]), uses[i].Key);
            Assert.Equal(uses[i].Citation?.ToString(), written[i]!["citation"]?.GetValue<string>());
        }
    }

    private static string Body(AreaRun run)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            run.WriteBody(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
