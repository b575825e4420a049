using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Rules.AspNetCore.Tests;

/// <summary>
/// A caller that goes away in the middle of a batch whose body never runs dry: the batch must stop because the request was
/// cancelled. The body here is a stream on the server's side that hands out records as fast as they are read and ignores
/// cancellation (as a buffered body would), so nothing but the batch's own cancellation checks can stop it before the body
/// ends; the test fails if the batch reads the body to its end (checked by hand: with the batch's cancellation token
/// replaced by <c>CancellationToken.None</c> it fails). The check between two records alone is backed by the flush every
/// 64 records, which also observes the cancellation, so taking out only that check still passes.
/// </summary>
public sealed class CallerGoneTests
{
    private const long BodyLines = 200_000;

    [Fact]
    public async Task A_batch_stops_when_the_caller_goes_away()
    {
        var ended = new TaskCompletionSource<EndlessBody>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = new ServiceFactory(
            new() { ["GovernanceRules:Api:MaxBatchRecords"] = "100000000" },
            services => services.AddSingleton<IStartupFilter>(new EndlessBatchBody(ended)));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/certificate/batch") { Content = Http.Ndjson("") };
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken)))
        {
            for (var i = 0; i < 100; i++)
            {
                Assert.NotNull(await reader.ReadLineAsync(TestContext.Current.CancellationToken));
            }
        }

        // The caller goes away after 100 answers; the batch must end long before the body does.
        response.Dispose();
        var body = await ended.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.True(body.Lines >= 100);
        Assert.False(body.Ended, $"The batch read all {body.Lines} lines of the body after the caller had gone.");
    }

    /// <summary>Gives the batch requests an endless body and reports it when the request ends.</summary>
    private sealed class EndlessBatchBody(TaskCompletionSource<EndlessBody> ended) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, inner) =>
            {
                if (http.Request.Path.Value?.EndsWith("/batch", StringComparison.Ordinal) != true)
                {
                    await inner(http);
                    return;
                }

                var body = new EndlessBody("""{"text":"出具亲属关系证明"}""" + "\n", BodyLines);
                http.Request.Body = body;
                try
                {
                    await inner(http);
                }
                finally
                {
                    ended.TrySetResult(body);
                }
            });
            next(app);
        };
    }
}

/// <summary>A request body that repeats one line up to a large number of times, at once, ignoring cancellation.</summary>
internal sealed class EndlessBody(string line, long limit) : Stream
{
    private readonly byte[] _line = Encoding.UTF8.GetBytes(line);
    private int _offset;
    private long _lines;

    public long Lines => Interlocked.Read(ref _lines);

    public bool Ended { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && Lines < limit)
        {
            var part = Math.Min(buffer.Length - written, _line.Length - _offset);
            _line.AsSpan(_offset, part).CopyTo(buffer[written..]);
            written += part;
            _offset += part;
            if (_offset == _line.Length)
            {
                _offset = 0;
                Interlocked.Increment(ref _lines);
            }
        }

        Ended |= written == 0 && buffer.Length > 0;
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
