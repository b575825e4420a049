using System.Buffers;
using System.Text;
using Governance.Rules.Localization;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// Reads JSON lines (one request per line) from a stream in blocks of about a megabyte. A line longer than
/// <see cref="MaxLineBytes"/> becomes a failed record naming its line (the rest of it is skipped, not held); a
/// byte-order mark at the start of a line and a CR before the LF are dropped; lines of white space only are not records.
/// A stream whose first megabyte is GB18030/GBK throughout (and nowhere UTF-8) is refused with a conversion hint;
/// other bytes that are not UTF-8 fail only their own record.
/// </summary>
internal sealed class JsonLinesSource : IBlockSource
{
    /// <summary>The largest record line accepted, in bytes.</summary>
    public const int MaxLineBytes = 1 << 20;

    private const int TargetBytes = MaxLineBytes + (256 << 10);
    private const int ReadBytes = 256 << 10;
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly string _name;
    // What a block leaves for the next: the start of a line (at most MaxLineBytes), or the records after the per-block
    // limit (at most what one fill holds: TargetBytes plus one read).
    private readonly byte[] _carry = new byte[TargetBytes + ReadBytes + 1];
    private readonly int _maxRecords;
    private int _carryLength;
    private bool _skipping;
    private bool _eof;
    private bool _first = true;
    private long _line;
    private long _read;

    /// <param name="stream">The JSON lines.</param>
    /// <param name="name">The file name, for messages.</param>
    /// <param name="maxRecords">The most records in one block (a block's output grows with its records).</param>
    public JsonLinesSource(Stream stream, string name, int maxRecords = RecordSources.DefaultMaxRecords)
    {
        _stream = stream;
        _name = name;
        _maxRecords = Math.Max(1, maxRecords);
    }

    public (long Position, long Length) Progress => (_read, _stream.CanSeek ? _stream.Length : 0);

    public bool Fill(Block block)
    {
        var input = block.Input;
        if (_carryLength > 0)
        {
            input.Write(_carry.AsSpan(0, _carryLength));
            _carryLength = 0;
        }

        while (!_eof && input.WrittenCount < TargetBytes)
        {
            var span = input.GetSpan(ReadBytes)[..ReadBytes];
            var n = _stream.Read(span);
            _read += n;
            if (n == 0)
            {
                _eof = true;
                break;
            }

            if (_skipping)
            {
                // The rest of an over-long line: dropped up to its end.
                var end = span[..n].IndexOf((byte)'\n');
                if (end < 0)
                {
                    continue;
                }

                _skipping = false;
                span[(end + 1)..n].CopyTo(span);
                n -= end + 1;
            }

            input.Advance(n);
        }

        var data = input.WrittenSpan;
        var pos = 0;
        while (pos < data.Length)
        {
            if (block.Count >= _maxRecords)
            {
                // Enough for one block: the rest waits for the next.
                data[pos..].CopyTo(_carry);
                _carryLength = data.Length - pos;
                break;
            }

            var newline = data[pos..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                var rest = data.Length - pos;
                if (_eof)
                {
                    AddLine(block, data, pos, rest);
                }
                else if (rest > MaxLineBytes)
                {
                    _line++;
                    block.Add(_line, TooLong(_line));
                    _skipping = true;
                }
                else
                {
                    data[pos..].CopyTo(_carry);
                    _carryLength = rest;
                }

                break;
            }

            AddLine(block, data, pos, newline);
            pos += newline + 1;
        }

        if (_first)
        {
            _first = false;
            RefuseGb18030(block);
        }

        return block.Count > 0 || !_eof || _carryLength > 0;
    }

    public void Dispose() => _stream.Dispose();

    private void AddLine(Block block, ReadOnlySpan<byte> data, int start, int length)
    {
        _line++;
        if (length > 0 && data[start + length - 1] == (byte)'\r')
        {
            length--;
        }

        if (data.Slice(start, length).StartsWith(Bom))
        {
            start += Bom.Length;
            length -= Bom.Length;
        }

        var line = data.Slice(start, length);
        if (line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0)
        {
            return;
        }

        if (length > MaxLineBytes)
        {
            block.Add(_line, TooLong(_line));
            return;
        }

        block.Add(start, length, _line);
    }

    private static InputProblem TooLong(long line) => new(
        "INPUT_LINE_TOO_LONG",
        string.Empty,
        new LocalizedText($"第 {line} 行超过 {MaxLineBytes} 字节，未读取。", $"line {line} is longer than {MaxLineBytes} bytes and was not read."));

    /// <summary>Refuses the whole input when every line with non-ASCII bytes in the first block is GB18030 and none is UTF-8.</summary>
    private void RefuseGb18030(Block block)
    {
        int gb = 0, other = 0;
        foreach (ref readonly var entry in block.Entries)
        {
            if (entry.Kind != EntryKind.Json)
            {
                continue;
            }

            var bytes = block.Bytes(entry);
            if (!bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
            {
                continue;
            }

            if (!System.Text.Unicode.Utf8.IsValid(bytes) && LooksLikeGb18030(bytes))
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
            throw NotUtf8(_name);
        }
    }

    /// <summary>The whole input is GB18030/GBK, not UTF-8: the run cannot proceed.</summary>
    public static ToolException NotUtf8(string name) => new(
        2,
        $"{name} 不是 UTF-8 编码（看起来是 GB18030/GBK）。请先转换为 UTF-8，例如：iconv -f GB18030 -t UTF-8 输入文件 > 输出文件",
        $"{name} is not UTF-8 (it looks like GB18030/GBK). Convert it to UTF-8 first, for example: iconv -f GB18030 -t UTF-8 in > out");

    /// <summary>True when <paramref name="bytes"/> parse as GB18030 byte sequences (one, two or four bytes).</summary>
    internal static bool LooksLikeGb18030(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
            }
            else if (b is >= 0x81 and <= 0xFE && i + 1 < bytes.Length && bytes[i + 1] is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFE))
            {
                i += 2;
            }
            else if (b is >= 0x81 and <= 0xFE && i + 3 < bytes.Length && bytes[i + 1] is >= 0x30 and <= 0x39
                && bytes[i + 2] is >= 0x81 and <= 0xFE && bytes[i + 3] is >= 0x30 and <= 0x39)
            {
                i += 4;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    internal static Encoding StrictUtf8 { get; } = new UTF8Encoding(false, true);
}
