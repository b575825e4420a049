using System.Buffers.Text;
using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Sockets;
using System.Text;

namespace Governance.Rules.LoadTest;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends the same prepared request again and again and reads each whole
/// response (status line, headers, then a Content-Length or chunked body), the way wrk and bombardier load a server:
/// no client object, content object, header collection or string per request (the head is read in place, the
/// asynchronous steps are pooled), so the load generator takes less of the cores
/// it shares with the host. It answers the status code and the body's length; anything it cannot read is an error.
/// </summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();
    private readonly byte[] _request;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    private RawHttpConnection(Socket socket, byte[] request)
    {
        _socket = socket;
        _request = request;
    }

    public static async Task<RawHttpConnection> OpenAsync(Uri target, byte[] body, string contentType)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(target.Host), target.Port));
        var head = Encoding.ASCII.GetBytes(
            $"POST {target.PathAndQuery} HTTP/1.1\r\nHost: {target.Authority}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
        return new RawHttpConnection(socket, [.. head, .. body]);
    }

    /// <summary>Sends the request once and reads its whole response.</summary>
    /// <returns>The status code and the body's length in bytes.</returns>
    /// <exception cref="IOException">The connection closed or the response could not be read.</exception>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<(int Status, long BodyLength)> SendAsync()
    {
        await _socket.SendAsync(_request.AsMemory(), SocketFlags.None);
        var headerEnd = await FindAsync(HeadEnd);
        var (status, length, chunked) = ParseHead(_buffer.AsSpan(_start, headerEnd - _start));
        _start = headerEnd + HeadEnd.Length;
        if (!chunked)
        {
            await SkipAsync(length ?? throw new IOException("a response with neither Content-Length nor chunked encoding"));
            return (status, length.Value);
        }

        long total = 0;
        while (true)
        {
            var lineEnd = await FindAsync(LineEnd);
            var size = Convert.ToInt64(Encoding.ASCII.GetString(_buffer, _start, lineEnd - _start).Split(';')[0].Trim(), 16);
            _start = lineEnd + LineEnd.Length;
            await SkipAsync(size + 2);
            if (size == 0)
            {
                return (status, total);
            }

            total += size;
        }
    }

    /// <summary>The status code, Content-Length and whether the body is chunked, read from the head without a string.</summary>
    private static (int Status, long? Length, bool Chunked) ParseHead(ReadOnlySpan<byte> head)
    {
        if (head.Length < 12 || !Utf8Parser.TryParse(head.Slice(9, 3), out int status, out _))
        {
            throw new IOException("a response without a status line");
        }

        long? length = null;
        var chunked = false;
        var rest = head;
        while (rest.IndexOf(LineEnd) is var end and >= 0)
        {
            rest = rest[(end + LineEnd.Length)..];
            var line = rest.IndexOf(LineEnd) is var next and >= 0 ? rest[..next] : rest;
            var colon = line.IndexOf((byte)':');
            if (colon < 0)
            {
                continue;
            }

            var name = line[..colon].Trim((byte)' ');
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                length = Utf8Parser.TryParse(value, out long parsed, out _) ? parsed : throw new IOException("a Content-Length that is not a number");
            }
            else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8) && value.IndexOf("chunked"u8) >= 0)
            {
                chunked = true;
            }
        }

        return (status, length, chunked);
    }

    /// <summary>Reads until <paramref name="marker"/> is in the buffer; returns its position.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> FindAsync(byte[] marker)
    {
        while (true)
        {
            var at = _buffer.AsSpan(_start, _end - _start).IndexOf(marker);
            if (at >= 0)
            {
                return _start + at;
            }

            await FillAsync();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SkipAsync(long count)
    {
        while (count > 0)
        {
            if (_end == _start)
            {
                await FillAsync();
            }

            var take = (int)Math.Min(count, _end - _start);
            _start += take;
            count -= take;
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask FillAsync()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new IOException("a response header or chunk line longer than the buffer");
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None);
        if (read == 0)
        {
            throw new IOException("the server closed the connection");
        }

        _end += read;
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
