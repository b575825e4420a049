using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Governance.Rules.Json;
using NodaTime;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// The differing leaves of two outcomes found member by member through the serializer's own contract for them (member names,
/// members left out when null), without writing either outcome: the same paths and texts as <see cref="OutcomeFields"/> reads
/// from their JSON. Only an outcome made of objects, lists and known scalars is walked; on anything else (a custom converter, a
/// dictionary, polymorphism, a null inside a list) the walk gives up and the caller compares the JSON. One instance per worker.
/// </summary>
internal sealed class OutcomeWalk
{
    private static readonly JsonSerializerOptions TextOptions = new();

    private readonly List<(string? Name, int Index)> _path = [];
    private readonly List<object?> _before = [];
    private readonly List<object?> _after = [];
    private List<(string Path, string? Baseline, string? Reform)> _into = [];

    /// <summary>Adds every differing leaf of the two outcomes to <paramref name="into"/> (unsorted); false when the walk gave up (then <paramref name="into"/> holds part of the differences).</summary>
    public bool TryCompare(object before, object after, List<(string Path, string? Baseline, string? Reform)> into)
    {
        _into = into;
        _path.Clear();
        _before.Clear();
        _after.Clear();
        return before.GetType() == after.GetType() && Walk(before, after, before.GetType());
    }

    private bool Walk(object? b, object? a, Type type)
    {
        if (b is null && a is null)
        {
            // Both left out (or both absent beyond a list's end): no leaf.
            return true;
        }

        var shape = ShapeOf(type);
        if (shape.Scalar)
        {
            if (b is null || a is null || !Same(b, a))
            {
                _into.Add((PathText(), b is null ? null : Text(b, type), a is null ? null : Text(a, type)));
            }

            return true;
        }

        if (shape.Info is not { } info)
        {
            return false;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var p in info.Properties)
                {
                    if (p.Get is null || p.ShouldSerialize is not null || p.IsExtensionData || p.CustomConverter is not null)
                    {
                        return false;
                    }

                    _path.Add((p.Name, -1));
                    var walked = Walk(b is null ? null : p.Get(b), a is null ? null : p.Get(a), p.PropertyType);
                    _path.RemoveAt(_path.Count - 1);
                    if (!walked)
                    {
                        return false;
                    }
                }

                return true;

            case JsonTypeInfoKind.Enumerable when info.ElementType is { } element:
                var (fromB, countB) = Items(b, _before);
                var (fromA, countA) = Items(a, _after);
                for (var i = 0; i < Math.Max(countB, countA); i++)
                {
                    var eb = i < countB ? _before[fromB + i] : null;
                    var ea = i < countA ? _after[fromA + i] : null;
                    if ((i < countB && eb is null) || (i < countA && ea is null))
                    {
                        // A null inside a list is written as a JSON null leaf, not left out.
                        return false;
                    }

                    _path.Add((null, i));
                    var walked = Walk(eb, ea, element);
                    _path.RemoveAt(_path.Count - 1);
                    if (!walked)
                    {
                        return false;
                    }
                }

                _before.RemoveRange(fromB, countB);
                _after.RemoveRange(fromA, countA);
                return true;

            default:
                return false;
        }
    }

    /// <summary>What the walk knows of a type: a scalar, or the contract of an object or list it can walk (null: give up).</summary>
    private readonly record struct Shape(bool Scalar, JsonTypeInfo? Info);

    private readonly Dictionary<Type, Shape> _shapes = [];

    private Shape ShapeOf(Type type)
    {
        if (!_shapes.TryGetValue(type, out var shape))
        {
            if (IsScalar(type))
            {
                shape = new Shape(true, null);
            }
            else
            {
                var info = RulesJson.Compact.GetTypeInfo(type);
                var walkable = type != typeof(object) && info.PolymorphismOptions is null && info.Converter.GetType().Assembly == typeof(JsonSerializer).Assembly;
                shape = new Shape(false, walkable ? info : null);
            }

            _shapes.Add(type, shape);
        }

        return shape;
    }

    /// <summary>Appends a list's items to a stack shared by nested lists; returns where they start and how many there are.</summary>
    private static (int From, int Count) Items(object? list, List<object?> stack)
    {
        var from = stack.Count;
        if (list is IEnumerable items)
        {
            foreach (var item in items)
            {
                stack.Add(item);
            }
        }

        return (from, stack.Count - from);
    }

    /// <summary>Equal as JSON text: a decimal also by its scale (1200 and 1200.00 are written differently).</summary>
    private static bool Same(object b, object a) =>
        b is decimal db && a is decimal da ? db == da && db.Scale == da.Scale : b.Equals(a);

    /// <summary>Types written as one JSON scalar with the options' converters: text, numbers, booleans, enums (kebab-case text) and NodaTime dates.</summary>
    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t == typeof(decimal) || t == typeof(bool) || t == typeof(int) || t == typeof(long) || t.IsEnum
            || t == typeof(LocalDate) || t == typeof(YearMonth);
    }

    /// <summary>A leaf's JSON text as <see cref="OutcomeFields"/> gives it: a string re-escaped by the default serializer, anything else as written.</summary>
    private static string Text(object value, Type type)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, type, RulesJson.Compact);
        if (json.Length > 0 && json[0] == (byte)'"')
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            return JsonSerializer.Serialize(reader.GetString(), TextOptions);
        }

        return Encoding.UTF8.GetString(json);
    }

    private string PathText()
    {
        var text = new StringBuilder();
        foreach (var (name, index) in _path)
        {
            if (name is null)
            {
                text.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(name);
            }
        }

        return text.ToString();
    }
}
