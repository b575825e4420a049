using System.Text;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Json;
using nietras.SeparatedValues;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// Reads CSV with Sep: a header of member paths, then one record per row (RFC 4180 quoting), each turned into the
/// request's JSON by <see cref="RowJson"/>. A row with a different number of fields than the header fails that record,
/// naming its line; rows of empty fields are not records. The file must be UTF-8: other bytes stop the run with a hint.
/// </summary>
internal sealed class CsvSource : IBlockSource
{
    private const int TargetBytes = 1 << 20;
    private const int MaxRows = 8192;

    private readonly Stream _stream;
    private readonly string _name;
    private readonly SepReader _reader;
    private readonly RowJson _json;
    private readonly int _columns;
    private readonly Utf8JsonWriter _writer = new(Stream.Null, Json.WriterOptions);
    private readonly RowFields _fields;

    public CsvSource(Stream stream, string name, Type requestType)
    {
        _stream = stream;
        _name = name;
        try
        {
            var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, 1 << 16);
            _reader = Sep.Reader(o => o with { DisableColCountCheck = true, Unescape = true }).From(text);
        }
        catch (DecoderFallbackException)
        {
            throw JsonLinesSource.NotUtf8(name);
        }

        var names = _reader.Header.ColNames;
        if (names.Count == 0)
        {
            throw new ToolException(2, $"{name} 没有表头行。", $"{name} has no header row.");
        }

        _columns = names.Count;
        _json = new RowJson(names, requestType);
        _fields = new RowFields(_columns);
    }

    public (long Position, long Length) Progress => (_stream.Position, _stream.Length);

    public bool Fill(Block block)
    {
        var input = block.Input;
        try
        {
            while (input.WrittenCount < TargetBytes && block.Count < MaxRows && _reader.MoveNext())
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
        }
        catch (DecoderFallbackException)
        {
            throw new ToolException(
                2,
                $"{_name} 含有不是 UTF-8 的字节（在第 {block.Entries.Length + 1} 条左右）。CSV 须为 UTF-8；若是 GB18030/GBK，请先转换：iconv -f GB18030 -t UTF-8 输入文件 > 输出文件",
                $"{_name} holds bytes that are not UTF-8. CSV input must be UTF-8; if it is GB18030/GBK, convert it first: iconv -f GB18030 -t UTF-8 in > out");
        }

        return block.Count > 0;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _writer.Dispose();
        _stream.Dispose();
    }
}
