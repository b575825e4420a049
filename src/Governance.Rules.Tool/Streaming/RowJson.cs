using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// Turns a row of named fields (a CSV row, a Parquet row) into a request's JSON. Column names are member paths as in
/// the request's JSON (<c>person.birthDate</c>, <c>person.economicStatuses[0].status</c>, <c>workers.community-full-time</c>);
/// an empty field is an absent member. Each field is written as the member's type asks (text stays text, so a district
/// code <c>0512</c> is not turned into a number); a field that does not fit is passed as text and the reader then names
/// the member and the expected type.
/// </summary>
internal sealed partial class RowJson
{
    private readonly Node _root = new(null, Shape.Object);

    public RowJson(IReadOnlyList<string> columns, Type requestType)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            Add(columns[c].Trim(), c, requestType);
        }
    }

    /// <summary>Writes the request of one row.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="field">The trimmed text of each column (empty for none).</param>
    public void Write(Utf8JsonWriter writer, RowFields field) => Write(writer, _root, field);

    private void Add(string path, int column, Type requestType)
    {
        if (path.Length == 0 || !PathPattern().IsMatch(path))
        {
            throw new ToolException(2, $"第 {column + 1} 列的表头“{path}”不是字段路径（例如 person.birthDate、areas[0].id）。", $"The header of column {column + 1}, '{path}', is not a member path (for example person.birthDate or areas[0].id).");
        }

        var node = _root;
        foreach (Match m in SegmentPattern().Matches(path))
        {
            var index = m.Groups["index"].Success;
            var key = index ? m.Groups["index"].Value : m.Groups["name"].Value;
            var shape = index ? Shape.Array : Shape.Object;
            if (node.Column >= 0 || (node.Children.Count > 0 && node.Shape != shape))
            {
                throw Conflict(path);
            }

            node.Shape = shape;
            var child = node.Children.Find(n => n.Key == key);
            if (child is null)
            {
                child = new Node(key, Shape.Object);
                node.Children.Add(child);
                if (index)
                {
                    node.Children.Sort((a, b) => int.Parse(a.Key!, CultureInfo.InvariantCulture).CompareTo(int.Parse(b.Key!, CultureInfo.InvariantCulture)));
                }
            }

            node = child;
        }

        if (node.Children.Count > 0 || node.Column >= 0)
        {
            throw Conflict(path);
        }

        node.Column = column;
        node.Kind = KindOf(InputErrors.MemberType(requestType, path));
        _root.Leaves.Add(column);

        // Every node on the path knows the columns beneath it (to skip members whose fields are all empty).
        var walk = _root;
        foreach (Match m in SegmentPattern().Matches(path))
        {
            var key = m.Groups["index"].Success ? m.Groups["index"].Value : m.Groups["name"].Value;
            walk = walk.Children.Find(c => c.Key == key)!;
            walk.Leaves.Add(column);
        }
    }

    private static ToolException Conflict(string path) =>
        new(2, $"表头“{path}”与其他列的字段路径冲突（同一字段既是值又是对象或数组，或重复）。", $"The header '{path}' conflicts with another column (a member that is both a value and an object or list, or a repeated column).");

    private static void Write(Utf8JsonWriter writer, Node node, RowFields field)
    {
        if (node.Column >= 0)
        {
            WriteValue(writer, node.Kind, field[node.Column]);
            return;
        }

        if (node.Shape == Shape.Array)
        {
            writer.WriteStartArray();
            var last = node.Children.FindLastIndex(c => HasContent(c, field));
            var next = 0;
            for (var i = 0; i <= last; i++)
            {
                var child = node.Children[i];
                var index = int.Parse(child.Key!, CultureInfo.InvariantCulture);
                for (; next < index; next++)
                {
                    writer.WriteNullValue();
                }

                if (HasContent(child, field))
                {
                    Write(writer, child, field);
                }
                else
                {
                    writer.WriteNullValue();
                }

                next = index + 1;
            }

            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        foreach (var child in node.Children)
        {
            if (HasContent(child, field))
            {
                writer.WritePropertyName(child.Key!);
                Write(writer, child, field);
            }
        }

        writer.WriteEndObject();
    }

    private static bool HasContent(Node node, RowFields field)
    {
        foreach (var column in node.Leaves)
        {
            if (!field[column].IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteValue(Utf8JsonWriter writer, ValueKind kind, ReadOnlySpan<char> text)
    {
        switch (kind)
        {
            case ValueKind.Number when NumberPattern().IsMatch(text):
                writer.WriteRawValue(text, skipInputValidation: true);
                return;
            case ValueKind.Boolean when text is "true" or "false":
                writer.WriteBooleanValue(text is "true");
                return;
            case ValueKind.Unknown when text is "true" or "false":
                writer.WriteBooleanValue(text is "true");
                return;
            case ValueKind.Unknown when NumberPattern().IsMatch(text):
                writer.WriteRawValue(text, skipInputValidation: true);
                return;
            default:
                writer.WriteStringValue(text);
                return;
        }
    }

    private static ValueKind KindOf(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type is null ? ValueKind.Unknown
            : type == typeof(bool) ? ValueKind.Boolean
            : type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(decimal) || type == typeof(double) ? ValueKind.Number
            : ValueKind.Text;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_\-]*(\[[0-9]{1,4}\])*(\.[A-Za-z_][A-Za-z0-9_\-]*(\[[0-9]{1,4}\])*)*$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_\-]*)|\[(?<index>[0-9]+)\]")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex NumberPattern();

    private enum Shape
    {
        Object,
        Array,
    }

    private enum ValueKind
    {
        Unknown,
        Text,
        Number,
        Boolean,
    }

    private sealed class Node(string? key, Shape shape)
    {
        public string? Key { get; } = key;

        public Shape Shape { get; set; } = shape;

        public int Column { get; set; } = -1;

        public ValueKind Kind { get; set; }

        public List<Node> Children { get; } = [];

        public List<int> Leaves { get; } = [];
    }
}

/// <summary>The text of one row's fields, copied into one reusable buffer.</summary>
internal sealed class RowFields
{
    private char[] _chars = new char[4096];
    private int[] _start;
    private int[] _length;
    private int _used;

    public RowFields(int columns)
    {
        _start = new int[columns];
        _length = new int[columns];
    }

    public ReadOnlySpan<char> this[int column] => _chars.AsSpan(_start[column], _length[column]);

    public void Clear() => _used = 0;

    /// <summary>Sets column <paramref name="column"/> to <paramref name="text"/>, trimmed.</summary>
    public void Set(int column, ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (_used + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + text.Length));
        }

        text.CopyTo(_chars.AsSpan(_used));
        _start[column] = _used;
        _length[column] = text.Length;
        _used += text.Length;
    }
}
