using System.Net;
using System.Net.Http.Headers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Governance.Rules.AspNetCore.Tests;

/// <summary>
/// The configured time limits. Nothing here races the wall clock: the body never finishes arriving, or a slow stage waits
/// until the request's own time limit has fired, so the limit is always passed before the request could end otherwise.
/// The clients do not follow redirects: the redirect handler would read a whole request body before sending it.
/// </summary>
public sealed class TimeoutTests
{
    private static ServiceFactory Factory(string requestTimeout = "00:00:30", string batchTimeout = "00:10:00", bool slowStage = false) =>
        new(
            new() { ["GovernanceRules:Api:RequestTimeout"] = requestTimeout, ["GovernanceRules:Api:BatchTimeout"] = batchTimeout },
            slowStage ? services => services.AddHttpContextAccessor().AddSingleton<IClock, SlowStageClock>() : null);

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    public async Task An_evaluate_request_whose_body_stops_arriving_gets_a_503_problem_at_the_time_limit(string? language)
    {
        await using var factory = Factory(requestTimeout: "00:00:00.1");
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await Http.Post(client, "/api/elderly-care/evaluate?asOf=2026-06-01", new StalledContent("""{"person":{"birthDate":""", "application/json"), language);
        await AssertTimedOut(response, language, "0.1");
    }

    [Theory]
    [InlineData("/api/elderly-care/evaluate", "elderly-person.json")]
    [InlineData("/api/staffing/diff", null)]
    public async Task A_request_whose_work_runs_past_the_time_limit_gets_a_503_problem_not_a_late_result(string url, string? sample)
    {
        await using var factory = Factory(requestTimeout: "00:00:00.05", slowStage: true);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var body = sample is not null
            ? Http.Sample(sample)
            : new JsonObject { ["reform"] = JsonNode.Parse(Http.Sample("reform-20-per-10k.json")), ["records"] = new JsonArray(JsonNode.Parse(Http.Sample("staffing-street.json"))) }.ToJsonString();
        using var response = await Http.Post(client, url, Http.Json(body));
        await AssertTimedOut(response, null, "0.05");
    }

    [Fact]
    public async Task A_batch_past_its_time_limit_keeps_the_records_answered_and_ends_with_one_that_names_the_first_line_not_processed()
    {
        // The request limit is long: the batch has its own. How many of the three records sent before the body stalls are
        // answered before the limit fires is the machine's business (about a millisecond of work against a second), so the
        // test checks a property instead of a count: the lines the server read (its timeout log line says how many) are
        // each answered exactly once, in order, whole and with the same answer as that record alone, and one last record
        // names the next line. A record lost or answered twice fails the test however fast or slow the machine is.
        var logs = new LogCapture();
        await using var factory = new ServiceFactory(
            new() { ["GovernanceRules:Api:BatchTimeout"] = "00:00:01" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        const string record = """{"text":"出具亲属关系证明"}""";
        var expected = await Answers(client, record, 1);

        var sent = string.Concat(Enumerable.Repeat(record + "\n", 3)) + """{"text":"出具""";
        using var response = await Http.Post(client, "/api/certificate/batch", new StalledContent(sent, "application/x-ndjson"), "en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("X-Rules-Pack-Hash"));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);

        // The server logged how many lines it had read when the limit fired: exactly those are answered.
        var logged = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal("Governance.Rules.AspNetCore.RequestTimeouts", logged.Category);
        Assert.Null(logged.Exception);
        Assert.DoesNotContain('\n', logged.Message);
        var read = int.Parse(Regex.Match(logged.Message, @"after (\d+) lines").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(read, 1, 3); // three lines whole before the stall; the timeout answers 503 when none was answered

        // Every line is a whole JSON record: nothing half written. Each line read is answered once, in order, with the same
        // answer as the same record alone; then one record names the next line, the first not processed.
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(read + 1, lines.Count);
        Assert.Equal(Enumerable.Range(1, lines.Count).Select(i => (long)i), lines.Select(l => (long)l["line"]!));
        Assert.All(lines.Take(read), l =>
        {
            var answer = l.DeepClone().AsObject();
            answer["line"] = 1;
            Assert.True(JsonNode.DeepEquals(expected, answer), $"{answer.ToJsonString()} differs from {expected.ToJsonString()}");
        });
        Assert.False((bool)lines[^1]["valid"]!);
        var failure = Assert.Single(lines[^1]["failures"]!.AsArray())!;
        Assert.Equal("REQUEST_TIMEOUT", (string?)failure["code"]);
        Assert.Contains("1 s", (string?)failure["message"]);
        Assert.Contains("1 秒", (string?)failure["messages"]!["zh-Hans"]);
        Http.NoInternals(text);
    }

    private static async Task<JsonNode> Answers(HttpClient client, string ndjson, int count)
    {
        using var response = await Http.Post(client, "/api/certificate/batch", Http.Ndjson(ndjson), "en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        return JsonNode.Parse(lines[0])!;
    }

    [Fact]
    public async Task A_timeout_is_logged_as_one_warning_line_without_a_stack_trace()
    {
        var logs = new LogCapture();
        await using var factory = new ServiceFactory(
            new() { ["GovernanceRules:Api:RequestTimeout"] = "00:00:00.1" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await Http.Post(client, "/api/elderly-care/evaluate", new StalledContent("""{"person":{"birthDate":""", "application/json"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);

        var logged = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Equal("Governance.Rules.AspNetCore.RequestTimeouts", logged.Category);
        Assert.Null(logged.Exception);
        Assert.Equal("POST /api/elderly-care/evaluate ran past its time limit of 0.1 s; answered 503 REQUEST_TIMEOUT.", logged.Message);
    }

    [Fact]
    public async Task A_batch_that_times_out_before_answering_any_record_is_a_503_problem()
    {
        await using var factory = Factory(batchTimeout: "00:00:00.1");
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await Http.Post(client, "/api/certificate/batch", new StalledContent("""{"text":""", "application/x-ndjson"));
        await AssertTimedOut(response, null, "0.1");
    }

    [Fact]
    public async Task The_request_time_limit_does_not_cut_a_batch_short()
    {
        await using var factory = Factory(requestTimeout: "00:00:00.05", batchTimeout: "00:10:00", slowStage: true);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await Http.Post(client, "/api/certificate/batch", Http.Ndjson("""{"text":"出具亲属关系证明"}"""));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)JsonNode.Parse(text)!["valid"]!);
    }

    private static async Task AssertTimedOut(HttpResponseMessage response, string? language, string seconds)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Http.NoInternals(text);
        var body = JsonNode.Parse(text)!;
        Assert.Equal(503, (int)body["status"]!);
        Assert.Equal("REQUEST_TIMEOUT", (string?)body["code"]);
        Assert.Equal("urn:governance-rules:problem:request-timeout", (string?)body["type"]);
        Assert.Equal(language == "en" ? "The request took too long" : "请求处理超时", (string?)body["title"]);
        Assert.Equal(language ?? "zh-Hans", (string?)body["language"]);
        var error = body["errors"]![0]!;
        Assert.Equal("REQUEST_TIMEOUT", (string?)error["code"]);
        Assert.Equal("$", (string?)error["path"]);
        Assert.Contains(seconds + " 秒", (string?)error["messages"]!["zh-Hans"]);
        Assert.Contains(seconds + " s", (string?)error["messages"]!["en"]);
        Assert.Equal((string?)error["messages"]![language ?? "zh-Hans"], (string?)body["detail"]);
        Assert.Null(body["outcome"]);

        // The pack headers, as on every response.
        Assert.Equal((string?)body["pack"], Assert.Single(response.Headers.GetValues("X-Rules-Pack")));
        var hash = Assert.Single(response.Headers.GetValues("X-Rules-Pack-Hash"));
        Assert.Equal((string?)body["packHash"], hash);
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }
}

/// <summary>A request body that sends its start and then nothing more until it is disposed (at most 30 s), as a stalled client would.</summary>
internal sealed class StalledContent : HttpContent
{
    private readonly byte[] _start;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StalledContent(string start, string mediaType)
    {
        _start = Encoding.UTF8.GetBytes(start);
        Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
    }

    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        await stream.WriteAsync(_start);
        await stream.FlushAsync();
        await _released.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        _released.TrySetResult();
        base.Dispose(disposing);
    }
}

/// <summary>
/// A slow stage: asked the time during a request, it answers only once that request's time limit has fired and the
/// request's own cancellation (<see cref="HttpContext.RequestAborted"/>, which the timeout cancels) has followed it (each
/// at most 30 s), so the request is always past its limit when the work goes on. Waiting on the timeout token alone is
/// not enough: its wait handle is set before the tokens linked to it are cancelled, and fast work can finish in between.
/// </summary>
internal sealed class SlowStageClock(IHttpContextAccessor accessor) : IClock
{
    public Instant GetCurrentInstant()
    {
        if (accessor.HttpContext is { } http && http.Features.Get<IHttpRequestTimeoutFeature>() is { } timeout)
        {
            timeout.RequestTimeoutToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            http.RequestAborted.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
        }

        return SystemClock.Instance.GetCurrentInstant();
    }
}
