using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// The members of two outcomes that differ, by flattened path (<c>benefits[1].amountPerPeriod</c>), compared without
/// building a JSON document: each outcome is serialised once into a reused buffer and its leaves read back with a
/// <see cref="Utf8JsonReader"/>. Paths are in ordinal order; a value is its JSON text (a string with its quotes, a missing
/// member as null); at most <see cref="Limit"/> differences are kept. One instance per worker (not thread-safe).
/// </summary>
internal sealed class OutcomeFields
{
    /// <summary>The most differences listed for one record.</summary>
    public const int Limit = 50;

    private static readonly JsonSerializerOptions TextOptions = new();

    private readonly Side _before = new();
    private readonly Side _after = new();

    /// <summary>The differing fields of the last <see cref="Compare"/>: path, baseline text, reform text.</summary>
    public List<(string Path, string? Baseline, string? Reform)> Differences { get; } = [];

    /// <summary>Compares two outcomes; true when any leaf differs (then see <see cref="Differences"/>).</summary>
    /// <param name="before">The baseline's outcome (null when rejected).</param>
    /// <param name="after">The reform's outcome (null when rejected).</param>
    /// <returns>True when they differ.</returns>
    public bool Compare(object? before, object? after)
    {
        Differences.Clear();
        _before.Load(before);
        _after.Load(after);
        if (_before.Json.SequenceEqual(_after.Json))
        {
            return false;
        }

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

    private readonly record struct Leaf(string Path, int Start, int Length, bool IsString);

    /// <summary>One outcome: its JSON and its leaves.</summary>
    private sealed class Side
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4096);
        private readonly Utf8JsonWriter _writer;
        private readonly StringBuilder _path = new();
        private readonly List<(int Length, int Index, bool InArray)> _frames = [];

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

        public ReadOnlySpan<byte> Raw(Leaf leaf) => _buffer.WrittenSpan.Slice(leaf.Start, leaf.Length);

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
            _frames.Clear();
            _path.Clear();
            var reader = new Utf8JsonReader(_buffer.WrittenSpan);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        EnterValue();
                        _frames.Add((_path.Length, 0, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        _frames.RemoveAt(_frames.Count - 1);
                        LeaveValue();
                        break;
                    case JsonTokenType.PropertyName:
                        var parent = _frames[^1].Length;
                        _path.Length = parent;
                        if (parent > 0)
                        {
                            _path.Append('.');
                        }

                        _path.Append(reader.GetString());
                        break;
                    default:
                        EnterValue();
                        var start = (int)reader.TokenStartIndex;
                        var length = reader.TokenType == JsonTokenType.String ? reader.ValueSpan.Length + 2 : reader.ValueSpan.Length;
                        Leaves.Add(new Leaf(_path.ToString(), start, length, reader.TokenType == JsonTokenType.String));
                        LeaveValue();
                        break;
                }
            }

            Leaves.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
        }

        /// <summary>For a value inside an array, appends its index to the path.</summary>
        private void EnterValue()
        {
            if (_frames.Count > 0 && _frames[^1].InArray)
            {
                var frame = _frames[^1];
                _path.Length = frame.Length;
                _path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        /// <summary>After a value inside an array, moves to the next index.</summary>
        private void LeaveValue()
        {
            if (_frames.Count > 0 && _frames[^1].InArray)
            {
                var frame = _frames[^1];
                _frames[^1] = frame with { Index = frame.Index + 1 };
            }
        }
    }
}
