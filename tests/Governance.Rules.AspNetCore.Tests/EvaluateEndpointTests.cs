using System.Net;
using System.Text.Json.Nodes;

namespace Governance.Rules.AspNetCore.Tests;

public sealed class EvaluateEndpointTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "staffing", Http.Sample("staffing-street.json") },
        { "pay", Http.Sample("pay-worker.json") },
        { "pay-monthly", JsonNode.Parse(Http.Sample("pay-worker.json"))!["worker"]!.ToJsonString() },
        { "pay-floor", """{"unitId":"u-1","year":2025,"workers":[{"id":"w-1","annualPay":120000},{"id":"w-2","annualPay":90000}]}""" },
        { "admission", Http.Sample("admission-work-item.json") },
        { "admission-check", """{"text":"社区协助催缴辖区企业欠税"}""" },
        { "certificate", Http.Sample("certificate-request.json") },
        { "elderly-care", Http.Sample("elderly-person.json") },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_area_evaluates_its_request_with_outcome_and_stamp(string area, string request)
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, $"/api/{area}/evaluate?asOf=2025-12-01", Http.Json(request));
        var body = await Http.Body(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)body["valid"]!);
        Assert.NotNull(body["outcome"]);
        Assert.Equal("2025-12-01", (string?)body["stamp"]!["asOf"]);
        Assert.Equal("cn.js.suzhou", (string?)body["stamp"]!["packId"]);
        Assert.Null(body["explanation"]);
    }

    [Fact]
    public async Task Explain_adds_the_steps_with_citations_and_provenance()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/elderly-care/evaluate?asOf=2026-03-01&explain=true", Http.Json(Http.Sample("elderly-person.json")));
        var body = await Http.Body(response);
        var steps = body["explanation"]!.AsArray();
        Assert.NotEmpty(steps);
        var parameter = steps.SelectMany(s => s!["parameters"]!.AsArray()).First();
        Assert.NotNull(parameter!["provenance"]);
        Assert.NotNull(parameter["layer"]);
    }

    [Fact]
    public async Task The_certificate_refusal_carries_the_printable_notice()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/certificate/evaluate?asOf=2026-03-01", Http.Json(Http.Sample("certificate-request.json")));
        var body = await Http.Body(response);
        Assert.Equal("should-not-issue", (string?)body["outcome"]!["kind"]); // 亲属关系证明: national first batch, 不应出具
        Assert.StartsWith("不予出具证明告知书", (string?)body["texts"]!["refusalNotice"]);
    }

    [Fact]
    public async Task English_is_chosen_by_Accept_Language()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/certificate/evaluate?asOf=2026-03-01", Http.Json(Http.Sample("certificate-request.json")), "en");
        var body = await Http.Body(response);
        Assert.StartsWith("NOTICE: CERTIFICATE NOT ISSUED", (string?)body["texts"]!["refusalNotice"]);
    }

    [Fact]
    public async Task Every_response_carries_the_pack_id_and_hash()
    {
        using var client = factory.CreateClient();
        using var packs = await client.GetAsync("/api/packs", TestContext.Current.CancellationToken);
        var hash = (string?)(await Http.Body(packs))["active"]!["hash"];
        Assert.Matches("^[0-9a-f]{64}$", hash);
        foreach (var url in new[] { "/api/packs", "/api/parameters", "/health", "/api/nowhere", "/api/parameters/nope" })
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(hash, response.Headers.GetValues("X-Rules-Pack-Hash").Single());
            Assert.StartsWith("cn.js.suzhou@", response.Headers.GetValues("X-Rules-Pack").Single());
        }

        using var invalid = await Http.Post(client, "/api/staffing/evaluate", Http.Json("{"));
        Assert.Equal(hash, invalid.Headers.GetValues("X-Rules-Pack-Hash").Single());
        using var evaluated = await Http.Post(client, "/api/elderly-care/evaluate?asOf=2026-06-01", Http.Json(Http.Sample("elderly-person.json")));
        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        Assert.Equal(hash, evaluated.Headers.GetValues("X-Rules-Pack-Hash").Single());
        using var wrongType = await Http.Post(client, "/api/elderly-care/evaluate", new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(hash, wrongType.Headers.GetValues("X-Rules-Pack-Hash").Single());
    }

    [Fact]
    public async Task A_body_read_straight_from_its_bytes_answers_as_the_same_body_read_as_a_document()
    {
        // The default depth limit lets a valid body go straight to the request type; a lower limit sends every body
        // through a parsed document first. Both answer the same, byte order mark or not.
        await using var lowDepth = new ServiceFactory(new() { ["GovernanceRules:Api:MaxJsonDepth"] = "8" });
        using var direct = factory.CreateClient();
        using var document = lowDepth.CreateClient();
        var sample = Http.Sample("elderly-person.json");
        using var a = await Http.Post(direct, "/api/elderly-care/evaluate?asOf=2026-06-01", Http.Json("\uFEFF" + sample));
        using var b = await Http.Post(document, "/api/elderly-care/evaluate?asOf=2026-06-01", Http.Json(sample));
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.Equal((await Http.Body(b)).ToJsonString(), (await Http.Body(a)).ToJsonString());

        var deeper = """{"person":{"birthDate":"1935-03-14","economicStatuses":[{"status":"dibao","from":"2020-01-01","x":[[[[[[1]]]]]]}]}}""";
        using var refused = await Http.Post(document, "/api/elderly-care/evaluate", Http.Json(deeper));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("8", (string?)(await Http.Body(refused))["errors"]![0]!["messages"]!["en"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_ready_once_the_pack_loaded()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class ConcurrencyTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Concurrent_requests_each_get_the_answer_for_their_own_body()
    {
        using var client = factory.CreateClient();
        var years = Enumerable.Range(0, 200).Select(i => 1930 + (i % 40)).ToArray();
        var answers = await Task.WhenAll(years.Select(async year =>
        {
            using var response = await Http.Post(client, "/api/elderly-care/evaluate?asOf=2026-06-01", Http.Json("{\"person\":{\"birthDate\":\"" + year + "-01-15\",\"hukouDistrict\":\"gusu\"}}"));
            var body = await Http.Body(response);
            return (Status: response.StatusCode, Age: (int?)body["outcome"]?["age"]);
        }));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(years.Select(y => (int?)(2026 - y)), answers.Select(a => a.Age));
    }
}
