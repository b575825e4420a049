using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Rules.AspNetCore.Tests;

public sealed class BatchEndpointTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private static async Task<List<JsonNode>> Lines(HttpResponseMessage response) =>
        [.. (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];

    [Fact]
    public async Task One_line_out_per_record_in_order_with_malformed_lines_as_failed_records()
    {
        using var client = factory.CreateClient();
        var input = new StringBuilder()
            .Append("\uFEFF").AppendLine("""{"person":{"birthDate":"1935-03-14","hukouDistrict":"gusu"}}""")
            .AppendLine()
            .AppendLine("not json")
            .AppendLine("""{"person":{"birthDate":"2099-01-01"}}""")
            .AppendLine("""{"person":{"birthDate":"1950-01-01","extra":true}}""")
            .Append("""{"person":{"birthDate":"1950-01-01"}}""")
            .ToString();
        using var response = await Http.Post(client, "/api/elderly-care/batch?asOf=2026-06-01", Http.Ndjson(input));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        var lines = await Lines(response);
        Assert.Equal([1L, 3L, 4L, 5L, 6L], lines.Select(l => (long)l["line"]!));
        Assert.Equal([true, false, false, false, true], lines.Select(l => (bool)l["valid"]!));
        Assert.Equal(91, (int)lines[0]["outcome"]!["age"]!);
        Assert.Equal("INPUT_UNREADABLE", (string?)lines[1]["failures"]![0]!["code"]);
        Assert.Contains("第 3 行", (string?)lines[1]["failures"]![0]!["message"]);
        Assert.Equal("ELDERLY_BIRTH_IN_FUTURE", (string?)lines[2]["failures"]![0]!["code"]);
        Assert.Equal("person.extra", (string?)lines[3]["failures"]![0]!["path"]);
        Http.NoInternals(string.Join("\n", lines.Skip(1).Take(3).Select(l => l.ToJsonString())));
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_a_failed_record_and_the_next_line_still_counts()
    {
        using var client = factory.CreateClient();
        var input = """{"text":" """ + new string('x', 10_000) + "\"}\n" + """{"text":"出具亲属关系证明"}""" + "\n";
        using var response = await Http.Post(client, "/api/certificate/batch", Http.Ndjson(input));
        var lines = await Lines(response);
        Assert.Equal(2, lines.Count);
        Assert.Equal("BATCH_LINE_TOO_LONG", (string?)lines[0]["failures"]![0]!["code"]);
        Assert.Equal(1, (int)lines[0]["line"]!);
        Assert.Equal(2, (int)lines[1]["line"]!);
        Assert.True((bool)lines[1]["valid"]!);
    }

    [Fact]
    public async Task Records_past_the_limit_end_the_batch_with_a_record_that_says_so()
    {
        using var client = factory.CreateClient();
        var input = string.Concat(Enumerable.Repeat("""{"text":"出具亲属关系证明"}""" + "\n", 60));
        using var response = await Http.Post(client, "/api/certificate/batch", Http.Ndjson(input));
        var lines = await Lines(response);
        Assert.Equal(51, lines.Count);
        Assert.All(lines.Take(50), l => Assert.True((bool)l["valid"]!));
        Assert.Equal("BATCH_TOO_MANY_RECORDS", (string?)lines[50]["failures"]![0]!["code"]);
    }

    [Fact]
    public async Task Count_in_equals_count_out_for_a_population()
    {
        using var client = factory.CreateClient();
        var input = string.Join("\n", Http.Sample("elderly-population.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(40));
        using var response = await Http.Post(client, "/api/elderly-care/batch?asOf=2026-06-01", Http.Ndjson(input));
        var lines = await Lines(response);
        Assert.Equal(40, lines.Count);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), lines.Select(l => (long)l["line"]!));
    }

    [Fact]
    public async Task A_declared_body_over_the_batch_limit_is_413_before_anything_is_read()
    {
        await using var small = new ServiceFactory(new() { ["GovernanceRules:Api:MaxBatchBodyBytes"] = "2048" });
        using var client = small.CreateClient();
        using var response = await Http.Post(client, "/api/certificate/batch", Http.Ndjson(new string(' ', 4096)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
