using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Governance.Rules.Tool;

/// <summary>One input record: its line number and its JSON, or why it could not be read.</summary>
internal sealed class InputRecord : IDisposable
{
    public InputRecord(long line, JsonDocument? json, string? error)
    {
        Line = line;
        Json = json;
        Error = error;
    }

    public long Line { get; }

    public JsonDocument? Json { get; }

    public string? Error { get; }

    public void Dispose() => Json?.Dispose();
}

/// <summary>
/// Streams records from a .jsonl file (one JSON request per line) or a .csv file (a header of member
/// paths such as <c>birthDate</c>, <c>workers.community-full-time</c> or <c>areas[0].id</c>, then one record
/// per line), in constant memory. Blank lines are skipped. A line longer than <see cref="Common.MaxLineBytes"/>
/// or not valid JSON yields a record with an error; bytes that are not UTF-8 stop the run.
/// </summary>
internal sealed class RecordReader : IDisposable
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = Testing.RulesJson.MaxDepth };
    private readonly Stream _stream;
    private readonly bool _csv;
    private readonly string _name;
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private int _start;
    private int _end;
    private long _lineNumber;
    private string[]? _header;

    public RecordReader(FileInfo file)
    {
        _name = file.FullName;
        _csv = file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);
        if (!_csv && !file.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) && !file.Extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            throw new ToolException(2, $"{file.Name}：只接受 .jsonl 或 .csv 文件。", $"{file.Name}: only .jsonl and .csv input is read.");
        }

        try
        {
            _stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(2, $"无法读取文件 {file.FullName}：{ex.Message}", $"Cannot read {file.FullName}: {ex.Message}");
        }
    }

    public long Length => _stream.Length;

    public long Position => _stream.Position - (_end - _start);

    public IEnumerable<InputRecord> Read()
    {
        while (NextLine(out var oversized))
        {
            var span = _line.WrittenSpan;
            if (_lineNumber == 1 && span.StartsWith(Encoding.UTF8.Preamble))
            {
                span = span[Encoding.UTF8.Preamble.Length..];
            }

            if (span.Length > 0 && span[^1] == (byte)'\r')
            {
                span = span[..^1];
            }

            if (oversized)
            {
                yield return new InputRecord(_lineNumber, null, $"line {_lineNumber} is longer than {Common.MaxLineBytes} bytes");
                continue;
            }

            if (span.Trim((byte)' ').IsEmpty)
            {
                continue;
            }

            if (!Utf8.IsValid(span))
            {
                throw Common.NotUtf8(_name);
            }

            if (_csv && _header is null)
            {
                _header = SplitCsv(Encoding.UTF8.GetString(span));
                continue;
            }

            JsonDocument? doc = null;
            string? error = null;
            try
            {
                doc = _csv ? JsonDocument.Parse(CsvRecord(Encoding.UTF8.GetString(span)).ToJsonString(), Options) : JsonDocument.Parse(span.ToArray(), Options);
            }
            catch (JsonException ex)
            {
                error = $"line {_lineNumber}: not valid JSON: {ex.Message}";
            }
            catch (FormatException ex)
            {
                error = $"line {_lineNumber}: {ex.Message}";
            }

            yield return new InputRecord(_lineNumber, doc, error);
        }
    }

    private bool NextLine(out bool oversized)
    {
        _line.ResetWrittenCount();
        oversized = false;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                _end = _stream.Read(_buffer, 0, _buffer.Length);
                _start = 0;
                if (_end == 0)
                {
                    if (any)
                    {
                        _lineNumber++;
                    }

                    return any;
                }
            }

            any = true;
            var chunk = _buffer.AsSpan(_start, _end - _start);
            var newline = chunk.IndexOf((byte)'\n');
            var take = newline < 0 ? chunk : chunk[..newline];
            if (!oversized)
            {
                if (_line.WrittenCount + take.Length > Common.MaxLineBytes)
                {
                    oversized = true;
                    _line.ResetWrittenCount();
                }
                else
                {
                    _line.Write(take);
                }
            }

            if (newline >= 0)
            {
                _start += newline + 1;
                _lineNumber++;
                return true;
            }

            _start = _end;
        }
    }

    private JsonObject CsvRecord(string line)
    {
        var fields = SplitCsv(line);
        if (fields.Length != _header!.Length)
        {
            throw new FormatException($"{fields.Length} fields where the header has {_header.Length}");
        }

        var root = new JsonObject();
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Length > 0)
            {
                Set(root, _header[i], Value(fields[i]));
            }
        }

        return root;
    }

    private static JsonNode Value(string field)
    {
        if (field is "true" or "false")
        {
            return JsonValue.Create(field == "true");
        }

        if (decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && field[0] != '+' && !field.StartsWith('.'))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(field);
    }

    private static void Set(JsonObject root, string path, JsonNode value)
    {
        JsonNode current = root;
        var segments = path.Split('.');
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = segments[s];
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var last = s == segments.Length - 1;
            if (bracket < 0)
            {
                var obj = (JsonObject)current;
                if (last)
                {
                    obj[name] = value;
                    return;
                }

                current = obj[name] ??= new JsonObject();
                continue;
            }

            var index = int.Parse(segment[(bracket + 1)..segment.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            var array = (JsonArray)(((JsonObject)current)[name] ??= new JsonArray());
            while (array.Count <= index)
            {
                array.Add(last ? null : new JsonObject());
            }

            if (last)
            {
                array[index] = value;
                return;
            }

            current = array[index]!;
        }
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting within the line).</summary>
    internal static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields.Select(f => f.Trim())];
    }

    public void Dispose() => _stream.Dispose();
}
