using System.Globalization;
using System.Text.Json.Nodes;

namespace Governance.Rules.Testing.Cases;

/// <summary>Selects a value in a JSON document by a small path language: <c>a.b[2].c</c>, <c>areas[id=c-01].required</c>.</summary>
internal static class JsonSelector
{
    public static bool TrySelect(JsonNode? root, string path, out JsonNode? value, out string? error)
    {
        value = root;
        error = null;
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }

            if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    error = $"unclosed '[' in '{path}'";
                    return false;
                }

                var inside = path[(i + 1)..end];
                i = end + 1;
                if (value is not JsonArray array)
                {
                    error = $"'{path}': not an array before [{inside}]";
                    return false;
                }

                var eq = inside.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0)
                {
                    if (!int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= array.Count)
                    {
                        error = $"'{path}': no element [{inside}] (the array has {array.Count})";
                        return false;
                    }

                    value = array[index];
                }
                else
                {
                    var (member, wanted) = (inside[..eq], inside[(eq + 1)..]);
                    value = array.FirstOrDefault(e => e is JsonObject o && o[member] is JsonValue v && Text(v) == wanted);
                    if (value is null)
                    {
                        error = $"'{path}': no element with {member} = {wanted}";
                        return false;
                    }
                }

                continue;
            }

            var stop = path.IndexOfAny(['.', '['], i);
            var name = stop < 0 ? path[i..] : path[i..stop];
            i = stop < 0 ? path.Length : stop;
            if (value is not JsonObject obj || !obj.TryGetPropertyValue(name, out var next))
            {
                error = $"'{path}': no member '{name}'";
                return false;
            }

            value = next;
        }

        return true;
    }

    public static string Text(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    public static bool TryNumber(JsonNode? node, out decimal number)
    {
        number = 0;
        return node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
