using System.Globalization;
using System.Text.Json;

namespace Governance.Rules.Packs;

/// <summary>
/// Checks a parameter value must pass before its typed reader sees it: every number within the definition's range,
/// no empty list, no list with an entry (or a code) twice; and, when a reader finds a wrong type, where it is.
/// </summary>
internal static class ValueShape
{
    /// <summary>Every problem of <paramref name="value"/> as (path below the value, reason).</summary>
    public static List<(string Path, string Error)> Check(JsonElement value, decimal minimum, decimal maximum)
    {
        var problems = new List<(string, string)>();
        Walk(value, string.Empty, minimum, maximum, problems);
        return problems;
    }

    private static void Walk(JsonElement value, string path, decimal minimum, decimal maximum, List<(string, string)> problems)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                if (!value.TryGetDecimal(out var number) || number < minimum || number > maximum)
                {
                    problems.Add((path, string.Create(CultureInfo.InvariantCulture, $"the number {value.GetRawText()} is outside this parameter's range {minimum} to {maximum}")));
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Walk(property.Value, JsonPaths.Property(path, property.Name), minimum, maximum, problems);
                }

                break;
            case JsonValueKind.Array:
                CheckSet(value, path, problems);
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Walk(item, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", minimum, maximum, problems);
                }

                break;
        }
    }

    /// <summary>A list in a parameter is a set: not empty, no entry twice, no code twice.</summary>
    private static void CheckSet(JsonElement array, string path, List<(string, string)> problems)
    {
        if (array.GetArrayLength() == 0)
        {
            problems.Add((path, "an empty list: give at least one entry, or end the parameter with null"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (!seen.Add(RulePackLoader.Canonical(item)))
            {
                problems.Add((at, "this entry repeats an earlier entry of the list"));
            }
            else if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                && !codes.Add(code.GetString()!))
            {
                problems.Add((at + ".code", $"the code '{code.GetString()}' appears twice in the list"));
            }

            i++;
        }
    }

    /// <summary>
    /// Where a reader met a wrong type: the first field whose JSON kind differs from the same field in the other
    /// entries of its list (for example <c>[3].grade</c> null among numbers), or the value itself.
    /// </summary>
    /// <param name="value">The value the reader refused.</param>
    /// <param name="path">The path of <paramref name="value"/> inside the parameter's value.</param>
    /// <param name="amongSiblingsOnly">
    /// True when the reader gave its own reason: only a field whose kind differs from its siblings' is named then, since
    /// a null, a true/false or an empty list may be what that table expects.
    /// </param>
    public static string Locate(JsonElement value, string path = "", bool amongSiblingsOnly = false)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var items = value.EnumerateArray().ToArray();
            var kinds = new Dictionary<string, Dictionary<JsonValueKind, int>>(StringComparer.Ordinal);
            foreach (var item in items.Where(x => x.ValueKind == JsonValueKind.Object))
            {
                foreach (var p in item.EnumerateObject())
                {
                    var byKind = kinds.TryGetValue(p.Name, out var k) ? k : kinds[p.Name] = [];
                    byKind[p.Value.ValueKind] = byKind.GetValueOrDefault(p.Value.ValueKind) + 1;
                }
            }

            for (var i = 0; i < items.Length; i++)
            {
                var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (items[i].ValueKind != JsonValueKind.Object)
                {
                    if (items.Any(x => x.ValueKind == JsonValueKind.Object))
                    {
                        return at;
                    }

                    continue;
                }

                foreach (var p in items[i].EnumerateObject())
                {
                    var usual = kinds[p.Name].MaxBy(k => k.Value).Key;
                    if (p.Value.ValueKind != usual && !(IsBoolean(p.Value.ValueKind) && IsBoolean(usual)))
                    {
                        return JsonPaths.Property(at, p.Name);
                    }

                    if (p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object && Locate(p.Value, JsonPaths.Property(at, p.Name), amongSiblingsOnly) is var inner && inner != JsonPaths.Property(at, p.Name))
                    {
                        return inner;
                    }
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in value.EnumerateObject())
            {
                if (!amongSiblingsOnly
                    && (p.Value.ValueKind is JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False || p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object && p.Value.GetRawText().Length <= 2))
                {
                    return JsonPaths.Property(path, p.Name);
                }

                if (p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object && Locate(p.Value, JsonPaths.Property(path, p.Name), amongSiblingsOnly) is var inner && inner != JsonPaths.Property(path, p.Name))
                {
                    return inner;
                }
            }
        }

        return path;
    }

    private static bool IsBoolean(JsonValueKind kind) => kind is JsonValueKind.True or JsonValueKind.False;
}
