using System.Net;
using System.Text.Json.Nodes;

namespace Governance.Rules.AspNetCore.Tests;

public sealed class DiffEndpointTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private static string Body(string reform, params string[] records) =>
        new JsonObject { ["reform"] = JsonNode.Parse(reform), ["records"] = new JsonArray([.. records.Select(r => JsonNode.Parse(r))]) }.ToJsonString();

    [Fact]
    public async Task A_reform_raising_the_quota_shows_who_changes_and_which_parameter_caused_it()
    {
        using var client = factory.CreateClient();
        var street = Http.Sample("staffing-street.json");
        using var response = await Http.Post(client, "/api/staffing/diff?asOf=2026-06-01", Http.Json(Body(Http.Sample("reform-20-per-10k.json"), street, "{\"areas\":[]}")));
        var body = await Http.Body(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("reform.staffing-20", (string?)body["reform"]!["id"]);
        var first = body["records"]![0]!;
        Assert.True((bool)first["changed"]!);
        Assert.True((decimal)first["figures"]!["required"]!["change"]! > 0);
        Assert.Contains(first["cause"]!["parameters"]!.AsArray(), p => (string?)p!["key"] == "staffing.workers_per_10k_urban_residents");
        Assert.Equal(2, (int)body["totals"]!["records"]!);
    }

    [Fact]
    public async Task A_reform_that_does_not_validate_is_400_with_the_loader_codes_and_paths()
    {
        using var client = factory.CreateClient();
        var reform = """{"id":"reform.bad","version":"1.0.0","parent":"cn.js.suzhou","name":{"zh-Hans":"坏","en":"Bad"},"parameters":{"staffing.workers_per_10k_urban_residents":{"values":[{"from":"2026-13-01","value":20}]}}}""";
        using var response = await Http.Post(client, "/api/staffing/diff", Http.Json(Body(reform, Http.Sample("staffing-street.json"))));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(text)!;
        Assert.All(body["errors"]!.AsArray(), e => Assert.StartsWith("reform", (string?)e!["path"]));
        Assert.All(body["errors"]!.AsArray(), e => Assert.StartsWith("PACK_", (string?)e!["code"]));
    }

    [Fact]
    public async Task A_reform_over_the_size_limit_or_too_many_records_is_413()
    {
        using var client = factory.CreateClient();
        var padded = JsonNode.Parse(Http.Sample("reform-20-per-10k.json"))!;
        padded["description"] = new string('x', 9000);
        using var large = await Http.Post(client, "/api/staffing/diff", Http.Json(Body(padded.ToJsonString(), "{}")));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("reform", (string?)(await Http.Body(large))["errors"]![0]!["path"]);
        using var many = await Http.Post(client, "/api/staffing/diff", Http.Json(Body(Http.Sample("reform-20-per-10k.json"), [.. Enumerable.Repeat("{}", 21)])));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, many.StatusCode);
    }

    [Fact]
    public async Task A_diff_without_reform_or_records_is_400_naming_the_member()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/staffing/diff", Http.Json("""{"records":[]}"""));
        Assert.Equal("reform", (string?)(await Http.Body(response))["errors"]![0]!["path"]);
        using var noRecords = await Http.Post(client, "/api/staffing/diff", Http.Json("""{"reform":{}}"""));
        Assert.Equal("records", (string?)(await Http.Body(noRecords))["errors"]![0]!["path"]);
    }

    [Fact]
    public async Task An_invalid_record_is_reported_with_its_index_and_the_others_still_compared()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/staffing/diff?asOf=2026-06-01", Http.Json(Body(Http.Sample("reform-20-per-10k.json"), """{"areas":[{"id":"x","urbanPermanentPopulation":-5}]}""", Http.Sample("staffing-street.json"))));
        var body = await Http.Body(response);
        Assert.False((bool)body["records"]![0]!["valid"]!);
        Assert.StartsWith("records[0].", (string?)body["records"]![0]!["failures"]![0]!["path"]);
        Assert.True((bool)body["records"]![1]!["changed"]!);
        Assert.Equal(1, (int)body["totals"]!["invalid"]!);
    }
}
