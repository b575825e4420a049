using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Governance.Rules.LoadTest;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends the same prepared request again and again and reads each whole
/// response (status line, headers, then a Content-Length or chunked body), the way wrk and bombardier load a server:
/// no client object, content object or header collection per request, so the load generator takes less of the cores
/// it shares with the host. It answers the status code and the body's length; anything it cannot read is an error.
/// </summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly Socket _socket;
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
    public async Task<(int Status, long BodyLength)> SendAsync()
    {
        await _socket.SendAsync(_request, SocketFlags.None);
        var headerEnd = await FindAsync("\r\n\r\n"u8.ToArray());
        var head = Encoding.ASCII.GetString(_buffer, _start, headerEnd - _start);
        _start = headerEnd + 4;
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        long? length = null;
        var chunked = false;
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line.AsSpan(0, colon).Trim();
            var value = line.AsSpan(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && value.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                chunked = true;
            }
        }

        if (!chunked)
        {
            await SkipAsync(length ?? throw new IOException("a response with neither Content-Length nor chunked encoding"));
            return (status, length.Value);
        }

        long total = 0;
        while (true)
        {
            var lineEnd = await FindAsync("\r\n"u8.ToArray());
            var size = Convert.ToInt64(Encoding.ASCII.GetString(_buffer, _start, lineEnd - _start).Split(';')[0].Trim(), 16);
            _start = lineEnd + 2;
            await SkipAsync(size + 2);
            if (size == 0)
            {
                return (status, total);
            }

            total += size;
        }
    }

    /// <summary>Reads until <paramref name="marker"/> is in the buffer; returns its position.</summary>
    private async Task<int> FindAsync(byte[] marker)
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

    private async Task SkipAsync(long count)
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

    private async Task FillAsync()
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
