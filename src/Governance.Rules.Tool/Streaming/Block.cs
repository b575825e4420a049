using System.Buffers;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>What an entry of a block holds.</summary>
internal enum EntryKind : byte
{
    /// <summary>The record's bytes (JSON, not yet checked to be UTF-8).</summary>
    Json,

    /// <summary>A record that could not be read; <see cref="Entry.Problem"/> says why.</summary>
    Problem,
}

/// <summary>One record of a block: where its bytes are, its line (or row) and, when unreadable, why.</summary>
internal struct Entry
{
    public int Start;
    public int Length;
    public long Line;
    public EntryKind Kind;
    public InputProblem? Problem;
}

/// <summary>
/// A run of consecutive records with a sequence number: the input bytes, the entries, and the output the worker wrote.
/// Blocks are reused (a fixed number circulate), so memory stays flat whatever the input size.
/// </summary>
internal sealed class Block
{
    private Entry[] _entries = new Entry[4096];

    public ArrayBufferWriter<byte> Input { get; } = new(1 << 20);

    public ArrayBufferWriter<byte> Output { get; } = new(1 << 20);

    public long Sequence { get; set; }

    public int Count { get; private set; }

    public ReadOnlySpan<Entry> Entries => _entries.AsSpan(0, Count);

    /// <summary>Counters and results the worker leaves for the writer (per command).</summary>
    public object? Result { get; set; }

    public Exception? Failure { get; set; }

    public ManualResetEventSlim Done { get; } = new(false);

    public ReadOnlySpan<byte> Bytes(in Entry entry) => Input.WrittenSpan.Slice(entry.Start, entry.Length);

    public void Add(int start, int length, long line) => Add(new Entry { Start = start, Length = length, Line = line, Kind = EntryKind.Json });

    public void Add(long line, InputProblem problem) => Add(new Entry { Line = line, Kind = EntryKind.Problem, Problem = problem });

    public void Reset()
    {
        Input.ResetWrittenCount();
        Output.ResetWrittenCount();
        Array.Clear(_entries, 0, Count);
        Count = 0;
        Result = null;
        Failure = null;
        Done.Reset();
    }

    private void Add(Entry entry)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count++] = entry;
    }
}

/// <summary>A source of records, filling one block at a time (JSON lines, CSV rows, Parquet rows).</summary>
internal interface IBlockSource : IDisposable
{
    /// <summary>Bytes read so far and the total, for progress (0 when unknown).</summary>
    (long Position, long Length) Progress { get; }

    /// <summary>Fills <paramref name="block"/> (already reset) with the next records.</summary>
    /// <returns>False when the input is exhausted and the block is empty.</returns>
    bool Fill(Block block);
}
