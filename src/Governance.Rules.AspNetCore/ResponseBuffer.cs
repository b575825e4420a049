using System.Buffers;
using System.Text.Json;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// A JSON writer over a growable buffer, one kept per thread and reused: an answer is written into it whole (synchronously)
/// so its length is known before the response starts. A buffer grown past <see cref="KeepBytes"/> by a large answer is let go.
/// </summary>
internal sealed class ResponseBuffer
{
    private const int KeepBytes = 256 * 1024;

    [ThreadStatic]
    private static ResponseBuffer? _cached;

    private readonly ArrayBufferWriter<byte> _bytes = new(4096);

    private ResponseBuffer()
    {
        Writer = new Utf8JsonWriter(_bytes, AreaResult.WriterOptions);
    }

    public Utf8JsonWriter Writer { get; }

    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    /// <summary>This thread's buffer, empty; a new one when the thread's buffer is in use or was let go.</summary>
    public static ResponseBuffer Rent()
    {
        var buffer = _cached ?? new ResponseBuffer();
        _cached = null;
        return buffer;
    }

    /// <summary>Empties the buffer and keeps it for this thread's next answer, unless it grew too large.</summary>
    public static void Return(ResponseBuffer buffer)
    {
        if (buffer._bytes.Capacity > KeepBytes)
        {
            return;
        }

        buffer._bytes.ResetWrittenCount();
        buffer.Writer.Reset();
        _cached = buffer;
    }
}
