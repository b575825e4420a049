// Bounded load test of POST /api/elderly-care/evaluate (no explanation) on loopback.
// Usage: dotnet run -c Release --project benchmarks/Governance.Rules.LoadTest -- [--requests N] [--connections C] [--warmup W] [--url http://127.0.0.1:PORT/ [--host-pid PID]] [--client raw|httpclient]
// Without --url it starts the reference host in this process on 127.0.0.1 (a free port) with the rate limiter off.
// It sends exactly W + N requests over C keep-alive connections, then stops, and prints requests/s, p50, p99 and errors.
// The warm-up (default 60,000 requests) is long because a fresh host runs its framework code as ReadyToRun code until
// tiered compilation has recompiled the hot paths: on the 2-core machine the host's CPU time per request falls from about
// 400 µs over the first 10,000 requests to a steady 60–70 µs after about 40,000–50,000; 10,000 warm-up requests measured
// mostly the recompiling.
// --client raw (the default) writes the prepared HTTP/1.1 request on each socket and reads the whole response, as wrk
// does; --client httpclient sends through HttpClient (more of the shared cores go to the load generator).
// It also prints the bytes allocated and the CPU time used per measured request in this process: with the host in this
// process (no --url), the host's and the load generator's together; with --url and --host-pid PID, the host's CPU time per
// request as well (read from /proc/PID/stat). These depend far less on how busy a shared machine is than requests/s.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Governance.Rules.LoadTest;
using Governance.Rules.Service;
using Microsoft.AspNetCore.Builder;

var requests = Option("--requests", 200_000);
var connections = Option("--connections", 32);
var warmup = Option("--warmup", 60_000);
var url = OptionText("--url");
var hostPid = OptionText("--host-pid") is { } pidText ? int.Parse(pidText, CultureInfo.InvariantCulture) : (int?)null;
var raw = (OptionText("--client") ?? "raw") switch
{
    "raw" => true,
    "httpclient" => false,
    var other => throw new ArgumentException($"--client is raw or httpclient, not {other}"),
};
const string Body = """{"person":{"birthDate":"1935-03-14","hukouDistrict":"gusu","livingArrangement":"alone","economicStatuses":[{"status":"dibao","from":"2020-01-01"}],"assessments":[{"level":"moderate","assessedOn":"2025-09-01"}],"applicationDate":"2025-10-10","mealsPerMonth":20}}""";

WebApplication? app = null;
if (url is null)
{
    app = ServiceHost.Build(["--urls=http://127.0.0.1:0", "--GovernanceRules:Api:RateLimitEnabled=false", "--Logging:LogLevel:Default=Warning"]);
    await app.StartAsync();
    url = app.Urls.First().TrimEnd('/') + "/";
}

var target = new Uri(new Uri(url), "api/elderly-care/evaluate?asOf=2026-06-01");
if (!target.IsLoopback)
{
    Console.Error.WriteLine("The load test runs on loopback only.");
    return 2;
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
var payload = Encoding.UTF8.GetBytes(Body);
var kinds = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);

Console.WriteLine($"target {target} · {connections} connections ({(raw ? "raw HTTP/1.1" : "HttpClient")}) · warm-up {warmup} · measured {requests} · {Environment.ProcessorCount} logical CPUs");
await Run(warmup, null);
var latencies = new long[requests];
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var gen0Before = GC.CollectionCount(0);
var cpuBefore = CpuTime.OfThisProcess();
var hostCpuBefore = hostPid is { } before ? CpuTime.OfProcess(before) : null;
var stopwatch = Stopwatch.StartNew();
var errors = await Run(requests, latencies);
stopwatch.Stop();
var cpu = CpuTime.OfThisProcess() - cpuBefore;
var hostCpu = hostPid is { } after ? CpuTime.OfProcess(after) - hostCpuBefore : null;
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
var gen0 = GC.CollectionCount(0) - gen0Before;

Array.Sort(latencies);
double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
var rate = requests / stopwatch.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests {requests} in {stopwatch.Elapsed.TotalSeconds:0.00} s → {rate:0} requests/s · p50 {Ms(latencies[requests / 2]):0.00} ms · p99 {Ms(latencies[(int)(requests * 0.99)]):0.00} ms · max {Ms(latencies[^1]):0.00} ms · errors {errors}"));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"allocated in this process ({(app is null ? "load generator only" : "host and load generator")}) {allocated / (double)requests:0} bytes per request · gen0 collections {gen0}"));

double Micros(TimeSpan? time) => time!.Value.TotalMilliseconds * 1000.0 / requests;
var hostPart = hostCpu is null ? "" : string.Create(CultureInfo.InvariantCulture, $" · host (pid {hostPid}) {Micros(hostCpu):0.0} µs · together {Micros(cpu + hostCpu):0.0} µs");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"CPU time per request: this process ({(app is null ? "load generator" : "host and load generator")}) {Micros(cpu):0.0} µs{hostPart} · {Environment.ProcessorCount} CPUs × {stopwatch.Elapsed.TotalSeconds:0.00} s = {Environment.ProcessorCount * stopwatch.Elapsed.TotalSeconds * 1e6 / requests:0.0} µs available per request"));

foreach (var (kind, n) in kinds)
{
    Console.WriteLine($"  error: {kind} × {n}");
}

if (app is not null)
{
    await app.StopAsync();
    await app.DisposeAsync();
}

return errors == 0 ? 0 : 1;

async Task<int> Run(int count, long[]? record)
{
    var next = -1;
    var failed = 0;
    var workers = Enumerable.Range(0, connections).Select(async _ =>
    {
        RawHttpConnection? connection = null;
        try
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= count)
                {
                    return;
                }

                var start = Stopwatch.GetTimestamp();
                try
                {
                    int status;
                    long length;
                    if (raw)
                    {
                        connection ??= await RawHttpConnection.OpenAsync(target, payload, "application/json");
                        (status, length) = await connection.SendAsync();
                    }
                    else
                    {
                        using var content = new ByteArrayContent(payload);
                        content.Headers.ContentType = new("application/json");
                        using var response = await client.PostAsync(target, content);
                        length = (await response.Content.ReadAsByteArrayAsync()).Length;
                        status = (int)response.StatusCode;
                    }

                    if (status != (int)HttpStatusCode.OK || length == 0)
                    {
                        Interlocked.Increment(ref failed);
                        kinds.AddOrUpdate("HTTP " + status, 1, (_, n) => n + 1);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or SocketException)
                {
                    Interlocked.Increment(ref failed);
                    kinds.AddOrUpdate(ex.GetType().Name + ": " + ex.Message, 1, (_, n) => n + 1);
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }
                }

                if (record is not null)
                {
                    record[i] = Stopwatch.GetTimestamp() - start;
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    });
    await Task.WhenAll(workers);
    return failed;
}

int Option(string name, int fallback) => OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
