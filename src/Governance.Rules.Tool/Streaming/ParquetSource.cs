using System.Globalization;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Json;
using Parquet;
using Parquet.Schema;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// Reads an Apache Parquet file with Parquet.Net, one row group at a time (only the current row group is in memory).
/// Columns are flat and named by member paths, as a CSV header; each row becomes the request's JSON by
/// <see cref="RowJson"/>. A row's number (from 1) stands for its line. Text, whole numbers, decimals, floating point,
/// true/false and dates (yyyy-MM-dd) are read; a null is an absent member. Parquet.Net decodes text that is not UTF-8
/// into U+FFFD (the replacement character): a row whose text holds it fails that record, naming its row and column, and
/// the run goes on, rather than passing on a value silently changed.
/// </summary>
internal sealed class ParquetSource : IBlockSource
{
    private const int TargetBytes = 1 << 20;
    private readonly int _maxRows;

    private readonly Stream _stream;
    private readonly string _name;
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly RowJson _json;
    private readonly RowFields _row;
    private readonly Utf8JsonWriter _writer = new(Stream.Null, Json.WriterOptions);
    private Func<int, string?>[] _columns = [];
    private bool[] _text = [];
    private int _group = -1;
    private int _groupRows;
    private int _next;
    private long _rowNumber;

    public ParquetSource(Stream stream, string name, Type requestType, int maxRows = RecordSources.DefaultMaxRecords)
    {
        _maxRows = Math.Max(1, maxRows);
        _stream = stream;
        _name = name;
        try
        {
            _reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // Any failure to open is the same answer to the user: not a Parquet file we can read.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            throw new ToolException(2, $"{name} 不是可读取的 Parquet 文件（{ex.Message}）。", $"{name} is not a Parquet file that can be read ({ex.Message}).");
        }

        if (_reader.Schema.Fields.Any(f => f is not DataField))
        {
            throw new ToolException(2, $"{name} 含有嵌套列。请把列展开为字段路径（例如 person.birthDate、person.assessments[0].level）。", $"{name} has nested columns. Flatten them into member paths (for example person.birthDate, person.assessments[0].level).");
        }

        _fields = _reader.Schema.GetDataFields();
        _json = new RowJson([.. _fields.Select(f => f.Name)], requestType);
        _row = new RowFields(_fields.Length);
    }

    public (long Position, long Length) Progress => (_group < 0 ? 0 : _group, _reader.RowGroupCount);

    public bool Fill(Block block)
    {
        var input = block.Input;
        while (input.WrittenCount < TargetBytes && block.Count < _maxRows)
        {
            if (_next >= _groupRows && !NextGroup())
            {
                break;
            }

            _rowNumber++;
            _row.Clear();
            for (var c = 0; c < _columns.Length; c++)
            {
                _row.Set(c, _columns[c](_next));
            }

            _next++;
            if (NotUtf8Column() is { } column)
            {
                var field = _fields[column].Name;
                block.Add(_rowNumber, new InputProblem(
                    "INPUT_NOT_UTF8",
                    field,
                    new LocalizedText(
                        $"第 {_rowNumber} 行的列 {field}：含有不是有效 UTF-8 的字节（读出为替换字符 U+FFFD）；请以 UTF-8 写入文本列。",
                        $"row {_rowNumber}, column {field}: bytes that are not UTF-8 (read as the replacement character U+FFFD); write text columns as UTF-8.")));
                continue;
            }

            var start = input.WrittenCount;
            _writer.Reset(input);
            _json.Write(_writer, _row);
            _writer.Flush();
            block.Add(start, input.WrittenCount - start, _rowNumber);
        }

        return block.Count > 0;
    }

    private int? NotUtf8Column()
    {
        for (var c = 0; c < _text.Length; c++)
        {
            if (_text[c] && _row[c].Contains('\uFFFD'))
            {
                return c;
            }
        }

        return null;
    }

    public void Dispose()
    {
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _writer.Dispose();
        _stream.Dispose();
    }

    private bool NextGroup()
    {
        while (++_group < _reader.RowGroupCount)
        {
            using var group = _reader.OpenRowGroupReader(_group);
            _groupRows = checked((int)group.RowCount);
            _next = 0;
            _columns = [.. _fields.Select(f => Read(group, f, _groupRows))];
            _text = [.. _fields.Select(f => f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>))];
            if (_groupRows > 0)
            {
                return true;
            }
        }

        return false;
    }

    private Func<int, string?> Read(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[rows];
            group.ReadAsync(field, text.AsMemory(), null).AsTask().GetAwaiter().GetResult();
            return i => text[i];
        }

        return type switch
        {
            _ when type == typeof(bool) => Typed<bool>(group, field, rows, v => v ? "true" : "false"),
            _ when type == typeof(int) => Typed<int>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(long) => Typed<long>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(short) => Typed<short>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(byte) => Typed<byte>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(decimal) => Typed<decimal>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(double) => Typed<double>(group, field, rows, v => v.ToString("R", CultureInfo.InvariantCulture)),
            _ when type == typeof(float) => Typed<float>(group, field, rows, v => v.ToString("R", CultureInfo.InvariantCulture)),
            _ when type == typeof(DateOnly) => Typed<DateOnly>(group, field, rows, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ when type == typeof(DateTime) => Typed<DateTime>(group, field, rows, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => throw new ToolException(2, $"{_name} 的列 {field.Name} 的类型无法读取（可用：文本、整数、小数、true/false、日期）。", $"The column {field.Name} of {_name} has a type that is not read (text, whole numbers, decimals, true/false and dates are)."),
        };
    }

    private static Func<int, string?> Typed<T>(ParquetRowGroupReader group, DataField field, int rows, Func<T, string> format)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[rows];
            group.ReadAsync<T>(field, values.AsMemory(), null).AsTask().GetAwaiter().GetResult();
            return i => values[i] is { } v ? format(v) : null;
        }

        var plain = new T[rows];
        group.ReadAsync<T>(field, plain.AsMemory(), null).AsTask().GetAwaiter().GetResult();
        return i => format(plain[i]);
    }
}
