using System.Net;

namespace Governance.Rules.AspNetCore.Tests;

public sealed class PackEndpointTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Parameters_in_force_carry_value_layer_citation_and_provenance()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/parameters?at=2026-01-01", TestContext.Current.CancellationToken);
        var body = await Http.Body(response);
        Assert.Equal("2026-01-01", (string?)body["at"]);
        var quota = body["parameters"]!.AsArray().Single(p => (string?)p!["key"] == "staffing.workers_per_10k_urban_residents")!;
        Assert.Equal(18, (int)quota["value"]!);
        Assert.NotNull(quota["citation"]!["title"]);
        Assert.Contains((string?)quota["provenance"], new[] { "official", "reported", "placeholder" });
        Assert.Contains(body["parameters"]!.AsArray(), p => (bool)p!["placeholder"]!);
    }

    [Fact]
    public async Task A_parameter_timeline_lists_every_entry_and_an_unknown_key_is_404()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/parameters/staffing.workers_per_10k_urban_residents", TestContext.Current.CancellationToken);
        var body = await Http.Body(response);
        Assert.NotEmpty(body["entries"]!.AsArray());
        Assert.Equal("Community workers per 10,000 urban permanent residents".Length > 0, body["names"]!["en"] is not null);
        using var missing = await client.GetAsync("/api/parameters/no.such.key", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("PARAMETER_UNKNOWN", (string?)(await Http.Body(missing))["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task A_catalogue_lists_its_items_in_force_and_an_unknown_one_is_404()
    {
        using var client = factory.CreateClient();
        using var list = await client.GetAsync("/api/catalogues", TestContext.Current.CancellationToken);
        var ids = (await Http.Body(list)).AsArray().Select(c => (string?)c!["id"]).ToList();
        Assert.Contains("certification", ids);
        using var response = await client.GetAsync("/api/catalogues/certification?at=2026-01-01", TestContext.Current.CancellationToken);
        var body = await Http.Body(response);
        Assert.NotEmpty(body["lists"]!.AsArray().SelectMany(l => l!["items"]!.AsArray()));
        using var missing = await client.GetAsync("/api/catalogues/nope", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var badDate = await client.GetAsync("/api/catalogues/certification?at=2026-02-30", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task The_elderly_care_materials_say_what_to_bring_per_benefit_and_a_placeholder_cites_no_issuing_body()
    {
        using var client = factory.CreateClient();
        var body = await Http.Body(await client.GetAsync("/api/catalogues/elderly-care?at=2026-12-02", TestContext.Current.CancellationToken));
        var items = body["lists"]!.AsArray().SelectMany(l => l!["items"]!.AsArray()).ToDictionary(i => (string)i!["code"]!, i => i!);
        Assert.Equal(
            ["adaptation", "age-100-plus", "age-80-89", "age-90-99", "centenarian-festival", "home-care", "meal", "nursing"],
            items.Keys.Order(StringComparer.Ordinal));

        var allowance = items["age-90-99"]["details"]!["evidence"]!;
        Assert.Equal("reported", (string?)allowance["provenance"]);
        Assert.Contains("身份证", (string?)allowance["text"], StringComparison.Ordinal);
        Assert.StartsWith("http://www.suzhou.gov.cn/", (string?)allowance["citation"]!["url"], StringComparison.Ordinal);

        foreach (var code in new[] { "centenarian-festival", "home-care", "nursing", "adaptation", "meal" })
        {
            var evidence = items[code]["details"]!["evidence"]!;
            Assert.True((bool)evidence["placeholder"]!, code);
            Assert.True((bool)items[code]["placeholder"]!, code);
            Assert.Null(evidence["citation"]!["issuer"]);
            Assert.Null(evidence["citation"]!["documentNumber"]);
            Assert.Null(evidence["citation"]!["url"]);
        }

        var english = await Http.Body(await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/catalogues/elderly-care?at=2026-12-02") { Headers = { { "Accept-Language", "en" } } }, TestContext.Current.CancellationToken));
        var homeCare = english["lists"]!.AsArray().SelectMany(l => l!["items"]!.AsArray()).Single(i => (string?)i!["code"] == "home-care")!;
        Assert.Contains("ask the community", (string?)homeCare["details"]!["evidence"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packs_name_the_id_version_hash_and_layers()
    {
        using var client = factory.CreateClient();
        var body = await Http.Body(await client.GetAsync("/api/packs", TestContext.Current.CancellationToken));
        Assert.Equal("cn.js.suzhou", (string?)body["active"]!["id"]);
        Assert.Equal(["cn", "cn.js", "cn.js.suzhou"], body["active"]!["layers"]!.AsArray().Select(l => (string?)l!["id"]));
        Assert.Equal("SHA-256", (string?)body["active"]!["hashAlgorithm"]);
    }

    [Fact]
    public async Task Areas_lists_every_area_with_its_title_in_the_chosen_language()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/areas");
        request.Headers.AcceptLanguage.ParseAdd("en;q=0.9, zh;q=0.5");
        var body = await Http.Body(await client.SendAsync(request, TestContext.Current.CancellationToken));
        Assert.Equal(["admission", "admission-check", "certificate", "elderly-care", "pay", "pay-floor", "pay-monthly", "staffing"], body.AsArray().Select(a => (string?)a!["area"]));
        Assert.Equal("Elderly-care benefits (苏颐养方程式)", (string?)body.AsArray().Single(a => (string?)a!["area"] == "elderly-care")!["title"]);
    }
}

public sealed class LayerFromConfigurationTests
{
    [Fact]
    public async Task A_layer_file_named_in_configuration_becomes_the_active_pack_and_a_reform_may_name_it_as_parent()
    {
        var layer = Path.Combine(AppContext.BaseDirectory, "samples", "reform-20-per-10k.json");
        await using var factory = new ServiceFactory(new() { ["GovernanceRules:PackId"] = "reform.staffing-20", ["GovernanceRules:LayerFiles:0"] = layer });
        using var client = factory.CreateClient();
        var packs = await Http.Body(await client.GetAsync("/api/packs", TestContext.Current.CancellationToken));
        Assert.Equal(["cn", "cn.js", "cn.js.suzhou", "reform.staffing-20"], packs["active"]!["layers"]!.AsArray().Select(l => (string?)l!["id"]));
        Assert.False((bool)packs["active"]!["layers"]![3]!["embedded"]!);
        using var parameter = await client.GetAsync("/api/parameters?at=2026-06-01", TestContext.Current.CancellationToken);
        var quota = (await Http.Body(parameter))["parameters"]!.AsArray().Single(p => (string?)p!["key"] == "staffing.workers_per_10k_urban_residents")!;
        Assert.Equal(20, (int)quota["value"]!);
        Assert.Equal("reform.staffing-20", (string?)quota["layer"]);

        var reform = """{"id":"reform.on-district","version":"1.0.0","parent":"reform.staffing-20","name":{"zh-Hans":"测算","en":"What-if"},"citations":{"w":{"title":"测算方案（假设）","published":"2026"}},"parameters":{"staffing.workers_per_10k_urban_residents":{"unit":"人/万人","values":[{"from":"2026-01-01","value":22,"provenance":"placeholder","citation":"w"}]}}}""";
        var body = "{\"reform\":" + reform + ",\"records\":[" + Http.Sample("staffing-street.json") + "]}";
        using var diff = await Http.Post(client, "/api/staffing/diff?asOf=2026-06-01", Http.Json(body));
        var result = await Http.Body(diff);
        Assert.Equal(System.Net.HttpStatusCode.OK, diff.StatusCode);
        Assert.Contains("reform.staffing-20", (string?)result["reform"]!["layers"]);
        Assert.True((bool)result["records"]![0]!["changed"]!);
    }
}
