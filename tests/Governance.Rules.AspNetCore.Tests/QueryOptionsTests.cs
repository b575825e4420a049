using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.AspNetCore.Tests;

/// <summary>The query read straight from the query string answers as the query collection would.</summary>
public sealed class QueryOptionsTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Theory]
    [InlineData("?asOf=2026-06-01", "asOf", "2026-06-01")]
    [InlineData("?ASOF=2026-06-01", "asOf", "2026-06-01")]
    [InlineData("?explain&asOf=2026-06-01", "asOf", "2026-06-01")]
    [InlineData("?explain&asOf=2026-06-01", "explain", "")]
    [InlineData("?asOf=", "asOf", "")]
    [InlineData("?asOf", "asOf", "")]
    [InlineData("?other=1", "asOf", null)]
    [InlineData("", "asOf", null)]
    [InlineData("?a=b=c&asOf=x=y", "asOf", "x=y")]
    public void A_plain_query_string_is_read_as_the_query_collection_reads_it(string query, string name, string? expected)
    {
        Assert.True(QueryOptions.TryFind(query, name, out var present, out var value));
        Assert.Equal(expected is not null, present);
        Assert.Equal(expected ?? string.Empty, value.ToString());
    }

    [Theory]
    [InlineData("?asOf=2026%2D06%2D01")]
    [InlineData("?asOf=2026-06-01+")]
    [InlineData("?asOf=2026-06-01&asof=2026-06-02")]
    public void Escapes_and_a_name_given_twice_are_left_to_the_query_collection(string query) =>
        Assert.False(QueryOptions.TryFind(query, "asOf", out _, out _));

    [Fact]
    public void Every_date_from_1900_to_2100_is_read_as_NodaTime_reads_it()
    {
        for (var date = new LocalDate(1900, 1, 1); date <= new LocalDate(2100, 12, 31); date = date.PlusDays(1))
        {
            var text = LocalDatePattern.Iso.Format(date);
            Assert.True(QueryOptions.TryIsoDate(text.AsMemory(), out var read), text);
            Assert.Equal(date, read);
        }
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2025-1-01")]
    [InlineData("2025/01/01")]
    [InlineData("２０２５-01-01")]
    [InlineData("yesterday")]
    [InlineData("2025-01-011")]
    public void Anything_but_a_plain_existing_date_is_left_to_NodaTime(string text) =>
        Assert.False(QueryOptions.TryIsoDate(text.AsMemory(), out _));

    [Theory]
    [InlineData("?asOf=2026-06-01", false)]
    [InlineData("?ASOF=2026-06-01", false)]
    [InlineData("?asOf=2026%2D06%2D01", false)]
    [InlineData("?explain=false&asOf=2026-06-01", false)]
    [InlineData("?explain=0&asOf=2026-06-01", false)]
    [InlineData("?explain&asOf=2026-06-01", true)]
    [InlineData("?asOf=2026-06-01&EXPLAIN=true", true)]
    [InlineData("?explain=1&asOf=2026-06-01", true)]
    [InlineData("?explain=%74rue&asOf=2026-06-01", true)]
    public async Task The_same_query_written_in_any_of_these_ways_gives_the_same_answer(string query, bool explained)
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/elderly-care/evaluate" + query, Http.Json(Http.Sample("elderly-person.json")));
        var body = await Http.Body(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-06-01", (string?)body["stamp"]!["asOf"]);
        Assert.Equal(explained, body["explanation"] is not null);
    }

    [Theory]
    [InlineData("?asOf=2026-06-01&asOf=2026-06-02", "asOf")]
    [InlineData("?asOf=2026-02-29", "asOf")]
    [InlineData("?explain=yes", "explain")]
    [InlineData("?explain=1&explain=0", "explain")]
    public async Task A_query_that_cannot_mean_one_thing_is_still_refused(string query, string path)
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/elderly-care/evaluate" + query, Http.Json(Http.Sample("elderly-person.json")));
        var body = await Http.Body(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(path, (string?)body["errors"]![0]!["path"]);
    }

    [Fact]
    public async Task An_evaluate_answer_carries_its_length_instead_of_being_chunked()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/elderly-care/evaluate?asOf=2026-06-01", Http.Json(Http.Sample("elderly-person.json")));
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.NotNull(JsonNode.Parse(bytes));
    }
}
