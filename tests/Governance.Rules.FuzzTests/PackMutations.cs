using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Rules.FuzzTests;

/// <summary>
/// Mutations of a whole pack layer (the embedded Suzhou layer merged into one document): values replaced by nulls,
/// wrong types, extremes and odd text; members and list entries removed or repeated; keys given twice; parents that
/// loop or are missing.
/// </summary>
internal static class PackMutations
{
    /// <summary>The Suzhou layer as one caller document with its own id, over the embedded Jiangsu layer.</summary>
    public static string SuzhouAsOneDocument { get; } = Merge("cn.js.suzhou", "fuzz.suzhou", "cn.js");

    /// <summary>The Suzhou elderly-care parameters as a caller layer over the Suzhou layer.</summary>
    public static string SuzhouElderly { get; } = Merge("cn.js.suzhou", "fuzz.elderly", "cn.js.suzhou", "elderly.json");

    /// <summary>The Suzhou pay and staffing parameters as a caller layer over the Suzhou layer.</summary>
    public static string SuzhouPayAndStaffing { get; } = Merge("cn.js.suzhou", "fuzz.pay", "cn.js.suzhou", "pay.json", "staffing.json");

    /// <summary>The national layer as one caller document, a root of its own.</summary>
    public static string NationalAsOneDocument { get; } = Merge("cn", "fuzz.cn", null);

    private static readonly JsonNode?[] Replacements =
    [
        null, JsonValue.Create(true), new JsonObject(), new JsonArray(), JsonValue.Create("12"), JsonValue.Create(0), JsonValue.Create(-1),
        JsonValue.Create(0.0000000000000000000000000001m), JsonValue.Create(decimal.MaxValue), JsonValue.Create(decimal.MinValue),
        JsonValue.Create("0001-01-01"), JsonValue.Create("9999-12-31"), JsonValue.Create("2026-02-30"), JsonValue.Create("\u202E\uD800"),
        JsonValue.Create(new string('长', 5000)), JsonValue.Create(int.MaxValue), JsonValue.Create(1e300),
    ];

    /// <summary>
    /// The document's UTF-8 bytes with 1 to 4 bytes overwritten by any byte value: broken characters (a lone
    /// continuation byte, a lead byte without its continuation, an overlong form), stray control bytes and broken syntax.
    /// </summary>
    public static Gen<byte[]> BytesMutated(string document)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(document);
        return from count in Gen.Choose(1, 4)
               from positions in Gen.Choose(0, bytes.Length - 1).ArrayOf(count)
               from values in Gen.Choose(0, 255).ArrayOf(count)
               select Overwrite(bytes, positions, values);
    }

    private static byte[] Overwrite(byte[] bytes, int[] positions, int[] values)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < positions.Length; i++)
        {
            copy[positions[i]] = (byte)values[i];
        }

        return copy;
    }

    public static Gen<string> Mutated(string document) =>
        from count in Gen.Choose(1, 3)
        from seeds in Gen.Choose(0, int.MaxValue).ArrayOf(count * 3)
        select Apply(document, seeds);

    private static string Apply(string document, int[] seeds)
    {
        var root = JsonNode.Parse(document)!;
        string? duplicate = null;
        for (var i = 0; i + 2 < seeds.Length; i += 3)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = nodes[seeds[i] % nodes.Count];
            var parent = target.Parent;
            switch (seeds[i + 1] % 8)
            {
                case 0 or 1:
                    Replace(target, Replacements[seeds[i + 2] % Replacements.Length]?.DeepClone());
                    break;
                case 2:
                    Remove(target);
                    break;
                case 3 when parent is JsonArray array:
                    array.Add(target.DeepClone());
                    break;
                case 4 when target is JsonObject obj && obj.Count > 0 && duplicate is null:
                    var first = obj.First();
                    duplicate = "\"" + first.Key + "\":" + (first.Value?.ToJsonString() ?? "null");
                    obj["__duplicate__"] = 0;
                    break;
                case 5:
                    // A parent that is the layer itself (a loop), one that does not exist, or none; an earlier mutation may have
                    // removed or retyped the id, in which case the loop names a stand-in id.
                    var self = root["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id) ? id : "fuzz.self";
                    root["parent"] = (seeds[i + 2] % 3) switch { 0 => self, 1 => "cn.js.atlantis", _ => null };
                    break;
                case 6 when target is JsonValue v && v.TryGetValue<string>(out var text) && text.Length == 10 && text[4] == '-':
                    Replace(target, JsonValue.Create(text[..8] + ((seeds[i + 2] % 31) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case 7 when parent is JsonArray array && array.Count > 1:
                    var j = seeds[i + 2] % array.Count;
                    var k = array.IndexOf(target);
                    (array[j], array[k]) = (array[k]?.DeepClone(), array[j]?.DeepClone());
                    break;
                default:
                    Replace(target, Replacements[seeds[i + 2] % Replacements.Length]?.DeepClone());
                    break;
            }
        }

        var json = root.ToJsonString();
        return duplicate is null ? json : json.Replace("\"__duplicate__\":0", duplicate, StringComparison.Ordinal);
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, v) in o)
                {
                    if (v is not null)
                    {
                        Collect(v, nodes);
                    }
                }

                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    if (v is not null)
                    {
                        Collect(v, nodes);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                break;
            case JsonArray a:
                a[a.IndexOf(target)] = replacement;
                break;
        }
    }

    private static void Remove(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o.Remove(target.GetPropertyName());
                break;
            case JsonArray a:
                a.RemoveAt(a.IndexOf(target));
                break;
        }
    }

    private static string Merge(string folder, string id, string? parent, params string[] only)
    {
        var assembly = typeof(PackMutations).Assembly;
        var merged = new JsonObject
        {
            ["name"] = new JsonObject { ["zh-Hans"] = "变异测试", ["en"] = "Mutation test" },
            ["version"] = "1.0.0",
        };
        foreach (var name in assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Packs/" + folder + "/", StringComparison.Ordinal) && (only.Length == 0 || only.Contains(n[(n.LastIndexOf('/') + 1)..])))
            .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var document = JsonNode.Parse(stream)!.AsObject();
            foreach (var (key, value) in document.ToList())
            {
                document.Remove(key);
                if (merged[key] is JsonObject target && value is JsonObject source)
                {
                    foreach (var (k, v) in source.ToList())
                    {
                        source.Remove(k);
                        target[k] = v;
                    }
                }
                else
                {
                    merged[key] = value;
                }
            }
        }

        merged["id"] = id;
        merged["parent"] = parent;

        // The copy speaks for the same place as the layer it copies, so its reported values may keep their citations.
        merged["jurisdiction"] ??= folder;
        if (parent is null)
        {
            merged.Remove("parent");
        }

        return merged.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
