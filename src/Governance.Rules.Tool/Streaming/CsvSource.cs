using System.Text;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Json;
using nietras.SeparatedValues;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// Reads CSV with Sep: a header of member paths, then one record per row (RFC 4180 quoting), each turned into the
/// request's JSON by <see cref="RowJson"/>. A row with a different number of fields than the header fails that record,
/// naming its line; rows of empty fields are not records. The file must be UTF-8: a file whose first megabyte is
/// GB18030/GBK throughout (and nowhere UTF-8) is refused with a conversion hint; other bytes that are not UTF-8 fail only
/// the row holding them, naming its line and field, and the run goes on.
/// </summary>
internal sealed class CsvSource : IBlockSource
{
    private const int TargetBytes = 1 << 20;
    private readonly int _maxRows;
    private const int SniffBytes = 1 << 20;

    /// <summary>Stands for bytes that are not UTF-8 while decoding: U+FFFF is a noncharacter, never text in a CSV file.</summary>
    private const char NotUtf8Mark = '\uFFFF';

    private static readonly Encoding MarkingUtf8 = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(NotUtf8Mark.ToString()));

    private readonly Stream _stream;
    private readonly string _name;
    private readonly SepReader _reader;
    private readonly RowJson _json;
    private readonly int _columns;
    private readonly Utf8JsonWriter _writer = new(Stream.Null, Json.WriterOptions);
    private readonly RowFields _fields;

    public CsvSource(Stream stream, string name, Type requestType, int maxRows = RecordSources.DefaultMaxRecords)
    {
        _maxRows = Math.Max(1, maxRows);
        _stream = stream;
        _name = name;
        RefuseGb18030(stream, name);
        var text = new StreamReader(stream, MarkingUtf8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        _reader = Sep.Reader(o => o with { DisableColCountCheck = true, Unescape = true }).From(text);
        var names = _reader.Header.ColNames;
        if (names.Count == 0)
        {
            throw new ToolException(2, $"{name} 没有表头行。", $"{name} has no header row.");
        }

        if (names.Any(n => n.Contains(NotUtf8Mark, StringComparison.Ordinal)))
        {
            throw new ToolException(
                2,
                $"{name} 的表头行含有不是 UTF-8 的字节，无法读取列名。请将文件另存为 UTF-8；若是 GB18030/GBK，可用：iconv -f GB18030 -t UTF-8 输入文件 > 输出文件",
                $"The header row of {name} holds bytes that are not UTF-8, so the columns cannot be named. Save the file as UTF-8; if it is GB18030/GBK: iconv -f GB18030 -t UTF-8 in > out");
        }

        _columns = names.Count;
        _json = new RowJson(names, requestType);
        _fields = new RowFields(_columns);
    }

    public (long Position, long Length) Progress => (_stream.Position, _stream.Length);

    public bool Fill(Block block)
    {
        var input = block.Input;
        while (input.WrittenCount < TargetBytes && block.Count < _maxRows && _reader.MoveNext())
        {
            var row = _reader.Current;
            var line = row.LineNumberFrom;
            var empty = true;
            for (var c = 0; c < row.ColCount && empty; c++)
            {
                empty = row[c].Span.Trim().IsEmpty;
            }

            if (empty)
            {
                continue;
            }

            if (row.ColCount != _columns)
            {
                block.Add(line, new InputProblem(
                    "INPUT_CSV_FIELDS",
                    string.Empty,
                    new LocalizedText($"第 {line} 行有 {row.ColCount} 个字段，表头有 {_columns} 个。", $"line {line} has {row.ColCount} fields where the header has {_columns}.")));
                continue;
            }

            if (NotUtf8Field(row) is { } field)
            {
                block.Add(line, new InputProblem(
                    "INPUT_NOT_UTF8",
                    _reader.Header.ColNames[field],
                    new LocalizedText(
                        $"第 {line} 行第 {field + 1} 个字段（{_reader.Header.ColNames[field]}）：不是有效的 UTF-8 字节（请将文件另存为 UTF-8）。",
                        $"line {line}, field {field + 1} ({_reader.Header.ColNames[field]}): bytes that are not UTF-8 (save the file as UTF-8).")));
                continue;
            }

            var start = input.WrittenCount;
            _writer.Reset(input);
            _fields.Clear();
            for (var c = 0; c < _columns; c++)
            {
                _fields.Set(c, row[c].Span);
            }

            _json.Write(_writer, _fields);
            _writer.Flush();
            block.Add(start, input.WrittenCount - start, line);
        }

        return block.Count > 0;
    }

    private int? NotUtf8Field(SepReader.Row row)
    {
        for (var c = 0; c < _columns; c++)
        {
            if (row[c].Span.Contains(NotUtf8Mark))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// Refuses the whole file when every line with non-ASCII bytes in its first megabyte is GB18030 and none is UTF-8
    /// (the same test as for JSON lines); then rewinds. A stream that cannot rewind is not sniffed.
    /// </summary>
    private static void RefuseGb18030(Stream stream, string name)
    {
        if (!stream.CanSeek)
        {
            return;
        }

        var start = stream.Position;
        var buffer = new byte[SniffBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var bytes = buffer.AsSpan(0, length);
        if (length == buffer.Length && bytes.LastIndexOf((byte)'\n') is var last and >= 0)
        {
            bytes = bytes[..last]; // the last line may be cut in the middle of a character
        }

        int gb = 0, other = 0;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            var line = bytes[range];
            if (!line.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
            {
                continue;
            }

            if (!System.Text.Unicode.Utf8.IsValid(line) && JsonLinesSource.LooksLikeGb18030(line.TrimEnd((byte)'\r')))
            {
                gb++;
            }
            else
            {
                other++;
            }
        }

        if (gb > 0 && other == 0)
        {
            throw JsonLinesSource.NotUtf8(name);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _writer.Dispose();
        _stream.Dispose();
    }
}
