using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Rules.Packs;

namespace Governance.Rules.FuzzTests;

/// <summary>
/// Every field of every parameter value in the Suzhou and national layers, given a value of another kind (a text, a
/// number, true, null, a list, an object): the layer loads or is refused, and a refusal names the field's table and
/// what it expects, never the loader's fallback for a reader that met a kind it did not expect.
/// </summary>
public sealed partial class PackValueKindTests
{
    // The loader's fallback texts (ParameterDefinition<T>.TryRead and CreateTimeline): a reader that threw, or one
    // that refused without saying why.
    private const string ReaderThrew = "a field of this value is missing or has the wrong type";
    private const string NoReason = "invalid value";

    public static TheoryData<string> Layers => [nameof(PackMutations.SuzhouAsOneDocument), nameof(PackMutations.NationalAsOneDocument)];

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_field_of_another_kind_is_refused_with_its_table_s_own_reason(string layer)
    {
        var document = layer == nameof(PackMutations.SuzhouAsOneDocument) ? PackMutations.SuzhouAsOneDocument : PackMutations.NationalAsOneDocument;
        var root = JsonNode.Parse(document)!.AsObject();
        var fallbacks = new List<string>();
        var tried = 0;
        foreach (var (key, node) in root["parameters"]!.AsObject())
        {
            // The layer with this parameter alone, so that each load reads one value.
            var layerOfOne = root.DeepClone().AsObject();
            var parameter = node!.DeepClone();
            layerOfOne["parameters"] = new JsonObject { [key] = parameter };
            // One field of each shape a parameter's values hold ("values[*].value.bands[*].below"), not every entry of a list.
            var shapes = new HashSet<string>(StringComparer.Ordinal);
            var leaves = new List<(string Path, JsonNode Leaf)>();
            foreach (var entry in parameter["values"]!.AsArray())
            {
                if (entry?["value"] is { } value)
                {
                    Collect(value, "value", leaves);
                }
            }

            foreach (var (path, leaf) in leaves)
            {
                if (!shapes.Add(AnyIndex().Replace(path, "[*]")))
                {
                    continue;
                }

                var parent = leaf.Parent!;
                var (name, index) = parent is JsonObject ? (leaf.GetPropertyName(), -1) : (null, leaf.GetElementIndex());
                foreach (var other in OtherKinds(leaf).ToList())
                {
                    Put(parent, name, index, other);
                    tried++;
                    var loaded = RulePacks.TryLoad(RulePackSource.FromJson(layerOfOne.ToJsonString(), "kinds.json"));
                    Put(parent, name, index, leaf.DeepClone());
                    foreach (var e in loaded.Errors.Where(e => e.Message.Contains(ReaderThrew, StringComparison.Ordinal) || e.Message.EndsWith(NoReason, StringComparison.Ordinal)))
                    {
                        fallbacks.Add($"{key} {path} = {other?.ToJsonString() ?? "null"}: {e.Code} {e.Path}: {e.Message}");
                    }
                }
            }
        }

        Assert.True(tried >= 50, $"only {tried} swaps were tried");
        Assert.True(fallbacks.Count == 0, $"{fallbacks.Count} of {tried} swaps got the fallback:\n" + string.Join("\n", fallbacks.Take(40)));
    }

    private static IEnumerable<JsonNode?> OtherKinds(JsonNode leaf)
    {
        var kind = leaf.GetValueKind();
        if (kind != System.Text.Json.JsonValueKind.String)
        {
            yield return JsonValue.Create("6");
        }

        if (kind != System.Text.Json.JsonValueKind.Number)
        {
            yield return JsonValue.Create(6);
        }

        if (kind is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False))
        {
            yield return JsonValue.Create(true);
        }

        yield return null;
        yield return new JsonArray();
        yield return new JsonObject();
    }

    private static void Collect(JsonNode node, string path, List<(string, JsonNode)> leaves)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, v) in o)
                {
                    if (v is not null)
                    {
                        Collect(v, path + "." + name, leaves);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } v)
                    {
                        Collect(v, $"{path}[{i}]", leaves);
                    }
                }

                break;
            default:
                leaves.Add((path, node));
                break;
        }
    }

    private static void Put(JsonNode parent, string? name, int index, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[name!] = value;
        }
        else
        {
            parent.AsArray()[index] = value;
        }
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex AnyIndex();
}
