using System.Globalization;
using System.Text.Json;

namespace Governance.Rules.Packs;

/// <summary>Puts load errors in the order a reader meets them: file by file, then where each stands in its document.</summary>
internal static class ErrorOrder
{
    /// <summary>
    /// The errors sorted by file (in the order the files first appear among the errors), then by the position of
    /// their JSON path in the document (an object before its members, members and items in written order); errors
    /// at one place keep the order they were found in.
    /// </summary>
    public static List<PackLoadError> InDocumentOrder(List<PackLoadError> errors, IEnumerable<RawLayer> layers)
    {
        if (errors.Count < 2)
        {
            return errors;
        }

        var sources = errors.Select(e => e.Source).Distinct(StringComparer.Ordinal).ToList();
        var wanted = sources.ToHashSet(StringComparer.Ordinal);
        var positions = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var (source, root) in layer.Documents)
            {
                if (wanted.Contains(source) && !positions.ContainsKey(source))
                {
                    var map = new Dictionary<string, int>(StringComparer.Ordinal);
                    Number(root, "$", map);
                    positions.Add(source, map);
                }
            }
        }

        return [.. errors
            .Select((e, i) => (Error: e, Index: i))
            .OrderBy(x => sources.IndexOf(x.Error.Source))
            .ThenBy(x => positions.TryGetValue(x.Error.Source, out var map) ? Position(map, x.Error.Path) : 0)
            .ThenBy(x => x.Index)
            .Select(x => x.Error)];
    }

    private static void Number(JsonElement element, string path, Dictionary<string, int> map)
    {
        map.TryAdd(path, map.Count);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Number(property.Value, JsonPaths.Property(path, property.Name), map);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Number(item, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", map);
                }

                break;
        }
    }

    /// <summary>The position of <paramref name="path"/>, or of the nearest enclosing element written in the document.</summary>
    private static int Position(Dictionary<string, int> map, string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (map.TryGetValue(p, out var position))
            {
                return position;
            }
        }

        return 0;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
