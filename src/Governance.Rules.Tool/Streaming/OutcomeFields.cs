using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// The members of two outcomes that differ, by flattened path (<c>benefits[1].amountPerPeriod</c>), compared without
/// building a JSON document: each outcome is serialised once into a reused buffer and its leaves read back with a
/// <see cref="Utf8JsonReader"/>; an outcome made of objects, lists and known scalars is first walked member by member
/// (<see cref="OutcomeWalk"/>), which finds the same differences without writing it. Paths are in ordinal order; a value is its JSON text (a string with its quotes, a missing
/// member as null); at most <see cref="Limit"/> differences are kept. One instance per worker (not thread-safe).
/// </summary>
internal sealed class OutcomeFields
{
    /// <summary>The most differences listed for one record.</summary>
    public const int Limit = 50;

    private static readonly JsonSerializerOptions TextOptions = new();

    private readonly Side _before = new();
    private readonly Side _after = new();
    private readonly OutcomeWalk? _walk;

    /// <summary>Creates a comparer.</summary>
    /// <param name="walk">Whether to walk outcomes member by member first (the JSON is compared only when the walk gives up).</param>
    public OutcomeFields(bool walk = true) => _walk = walk ? new OutcomeWalk() : null;

    /// <summary>The differing fields of the last <see cref="Compare"/>: path, baseline text, reform text.</summary>
    public List<(string Path, string? Baseline, string? Reform)> Differences { get; } = [];

    /// <summary>Compares two outcomes; true when any leaf differs (then see <see cref="Differences"/>).</summary>
    /// <param name="before">The baseline's outcome (null when rejected).</param>
    /// <param name="after">The reform's outcome (null when rejected).</param>
    /// <returns>True when they differ.</returns>
    public bool Compare(object? before, object? after)
    {
        Differences.Clear();
        if (_walk is not null && before is not null && after is not null)
        {
            if (_walk.TryCompare(before, after, Differences))
            {
                return SortAndLimit();
            }

            Differences.Clear();
        }

        return CompareJson(before, after);
    }

    /// <summary>Puts the differences found in ordinal order of path and keeps the first <see cref="Limit"/>; true when there are any.</summary>
    private bool SortAndLimit()
    {
        Differences.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
        if (Differences.Count > Limit)
        {
            Differences.RemoveRange(Limit, Differences.Count - Limit);
        }

        return Differences.Count > 0;
    }

    /// <summary>Compares by writing both outcomes as JSON and reading their leaves back (any outcome).</summary>
    private bool CompareJson(object? before, object? after)
    {
        _before.Load(before);
        _after.Load(after);
        if (_before.Json.SequenceEqual(_after.Json))
        {
            return false;
        }

        if (SameShape(_before.Json, _after.Json))
        {
            return SortAndLimit();
        }

        Differences.Clear();
        _before.Flatten();
        _after.Flatten();
        var (b, a) = (_before.Leaves, _after.Leaves);
        int i = 0, j = 0;
        while ((i < b.Count || j < a.Count) && Differences.Count < Limit)
        {
            var order = i == b.Count ? 1 : j == a.Count ? -1 : string.CompareOrdinal(b[i].Path, a[j].Path);
            if (order < 0)
            {
                Differences.Add((b[i].Path, _before.Text(b[i]), null));
                i++;
            }
            else if (order > 0)
            {
                Differences.Add((a[j].Path, null, _after.Text(a[j])));
                j++;
            }
            else
            {
                if (!_before.Raw(b[i]).SequenceEqual(_after.Raw(a[j])))
                {
                    Differences.Add((b[i].Path, _before.Text(b[i]), _after.Text(a[j])));
                }

                i++;
                j++;
            }
        }

        return Differences.Count > 0;
    }

    /// <summary>
    /// Reads both outcomes side by side; when they have the same members and array lengths throughout (the usual case: one
    /// type, one policy question), lists the differing leaves with only their paths built, and returns true; false as soon
    /// as their shapes part (then the caller flattens both).
    /// </summary>
    private bool SameShape(ReadOnlySpan<byte> before, ReadOnlySpan<byte> after)
    {
        var b = new Utf8JsonReader(before);
        var a = new Utf8JsonReader(after);
        var path = _before.Path;
        path.Start();
        while (b.Read())
        {
            if (!a.Read() || a.TokenType != b.TokenType)
            {
                return false;
            }

            switch (b.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    path.Enter(b.TokenType == JsonTokenType.StartArray);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.Leave();
                    break;
                case JsonTokenType.PropertyName:
                    if (!b.ValueSpan.SequenceEqual(a.ValueSpan) || b.ValueIsEscaped)
                    {
                        return false;
                    }

                    path.Property(b.ValueSpan);
                    break;
                default:
                    path.Value();
                    if (!b.ValueSpan.SequenceEqual(a.ValueSpan) || b.ValueIsEscaped != a.ValueIsEscaped)
                    {
                        Differences.Add((path.ToString(), Side.Text(ref b), Side.Text(ref a)));
                    }

                    path.Next();
                    break;
            }
        }

        return !a.Read();
    }

    private readonly record struct Leaf(string Path, int Start, int Length, bool IsString);

    /// <summary>One outcome: its JSON and its leaves.</summary>
    private sealed class Side
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4096);
        private readonly Utf8JsonWriter _writer;

        public Side() => _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = RulesJson.Compact.Encoder });

        public List<Leaf> Leaves { get; } = [];

        public ReadOnlySpan<byte> Json => _buffer.WrittenSpan;

        public void Load(object? outcome)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            if (outcome is null)
            {
                _writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(_writer, outcome, outcome.GetType(), RulesJson.Compact);
            }

            _writer.Flush();
        }

        public PathBuilder Path { get; } = new();

        public ReadOnlySpan<byte> Raw(Leaf leaf) => _buffer.WrittenSpan.Slice(leaf.Start, leaf.Length);

        /// <summary>The reader's current value as <see cref="Text(Leaf)"/> gives it.</summary>
        public static string Text(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String
            ? JsonSerializer.Serialize(reader.GetString(), TextOptions)
            : Encoding.UTF8.GetString(reader.ValueSpan);

        /// <summary>The leaf as JSON text: a string re-escaped as the default serializer writes it (quotes included), anything else as written.</summary>
        public string Text(Leaf leaf)
        {
            var raw = Raw(leaf);
            if (!leaf.IsString)
            {
                return Encoding.UTF8.GetString(raw);
            }

            var reader = new Utf8JsonReader(raw);
            reader.Read();
            return JsonSerializer.Serialize(reader.GetString(), TextOptions);
        }

        /// <summary>Lists the leaves (strings, numbers, booleans, nulls) with their paths, in ordinal order of path.</summary>
        public void Flatten()
        {
            Leaves.Clear();
            Path.Start();
            var reader = new Utf8JsonReader(_buffer.WrittenSpan);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Path.Enter(reader.TokenType == JsonTokenType.StartArray);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        Path.Leave();
                        break;
                    case JsonTokenType.PropertyName:
                        Path.Property(reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan);
                        break;
                    default:
                        Path.Value();
                        var start = (int)reader.TokenStartIndex;
                        var length = reader.TokenType == JsonTokenType.String ? reader.ValueSpan.Length + 2 : reader.ValueSpan.Length;
                        Leaves.Add(new Leaf(Path.ToString(), start, length, reader.TokenType == JsonTokenType.String));
                        Path.Next();
                        break;
                }
            }

            Leaves.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
        }
    }

    /// <summary>The flattened path of the current value while reading (<c>benefits[1].amountPerPeriod</c>), built in place.</summary>
    private sealed class PathBuilder
    {
        private readonly List<(int Length, int Index, bool InArray)> _frames = [];
        private char[] _chars = new char[256];
        private int _length;

        public void Start()
        {
            _frames.Clear();
            _length = 0;
        }

        public void Enter(bool array)
        {
            Value();
            _frames.Add((_length, 0, array));
        }

        public void Leave()
        {
            _frames.RemoveAt(_frames.Count - 1);
            Next();
        }

        public void Property(ReadOnlySpan<byte> name)
        {
            _length = _frames[^1].Length;
            if (_length > 0)
            {
                Append(".");
            }

            Span<char> chars = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
            Append(chars[..Encoding.UTF8.GetChars(name, chars)]);
        }

        /// <summary>For a value inside an array, sets the path to the array's and the value's index.</summary>
        public void Value()
        {
            if (_frames.Count > 0 && _frames[^1].InArray)
            {
                var frame = _frames[^1];
                _length = frame.Length;
                Append("[");
                Span<char> digits = stackalloc char[11];
                frame.Index.TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
                Append(digits[..n]);
                Append("]");
            }
        }

        /// <summary>After a value inside an array, moves to the next index.</summary>
        public void Next()
        {
            if (_frames.Count > 0 && _frames[^1].InArray)
            {
                var frame = _frames[^1];
                _frames[^1] = frame with { Index = frame.Index + 1 };
            }
        }

        public override string ToString() => new(_chars, 0, _length);

        private void Append(ReadOnlySpan<char> text)
        {
            if (_length + text.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
            }

            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }
    }
}
