using System.Net;

namespace Governance.Rules.AspNetCore.Tests;

public sealed class ProblemDetailsTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task A_rule_violation_is_400_with_the_library_code_the_member_path_and_both_languages()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/elderly-care/evaluate?asOf=2026-01-10", Http.Json("""{"person":{"birthDate":"2030-01-01"}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await Http.Body(response);
        Assert.Equal(400, (int)body["status"]!);
        Assert.Equal("INPUT_INVALID", (string?)body["code"]);
        Assert.Equal("输入有误", (string?)body["title"]);
        var error = body["errors"]![0]!;
        Assert.Equal("ELDERLY_BIRTH_IN_FUTURE", (string?)error["code"]);
        Assert.Equal("person.birthDate", (string?)error["path"]);
        Assert.Contains("晚于", (string?)error["messages"]!["zh-Hans"]);
        Assert.Contains("after", (string?)error["messages"]!["en"]);
        Assert.Equal((string?)error["messages"]!["zh-Hans"], (string?)error["message"]);
        Assert.Equal("2030-01-01", (string?)error["attemptedValue"]);
        Assert.Equal("/api/elderly-care/evaluate", (string?)body["instance"]);
    }

    [Fact]
    public async Task The_message_follows_Accept_Language()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/elderly-care/evaluate?asOf=2026-01-10", Http.Json("""{"person":{"birthDate":"2030-01-01"}}"""), "en-GB");
        var body = await Http.Body(response);
        Assert.Equal("en", (string?)body["language"]);
        Assert.Equal("The input is not valid", (string?)body["title"]);
        Assert.Contains("after", (string?)body["errors"]![0]!["message"]);
    }

    [Theory]
    [InlineData("""{"person":{"birthDate":"1950-01-01","shoeSize":42}}""", "person.shoeSize")]
    [InlineData("""{"person":{"birthDate":1950}}""", "person.birthDate")]
    [InlineData("""{"person":{"birthDate":"1950-02-30"}}""", "person.birthDate")]
    [InlineData("""{"person":{"birthDate":"1950-01-01","livingArrangement":"castle"}}""", "person.livingArrangement")]
    [InlineData("""{}""", "$")]
    [InlineData("""{"person":""", "$")]
    [InlineData("""[1,2]""", "$")]
    public async Task Unreadable_input_names_its_path_and_never_shows_NET_internals(string json, string path)
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/elderly-care/evaluate", Http.Json(json));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Http.NoInternals(text);
        var body = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        Assert.Equal("INPUT_UNREADABLE", (string?)body["code"]);
        Assert.Equal(path, (string?)body["errors"]![0]!["path"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["errors"]![0]!["messages"]!["en"]));
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_refused()
    {
        using var client = factory.CreateClient();
        var deep = new string('[', 40) + new string(']', 40);
        using var response = await Http.Post(client, "/api/staffing/evaluate", Http.Json(deep));
        var body = await Http.Body(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("32", (string?)body["errors"]![0]!["messages"]!["en"]);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        using var client = factory.CreateClient();
        var big = """{"text":" """ + new string('x', 70_000) + "\"}";
        using var response = await Http.Post(client, "/api/certificate/evaluate", Http.Json(big));
        var body = await Http.Body(response);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (string?)body["code"]);
        Assert.Contains("65536", (string?)body["errors"]![0]!["messages"]!["en"]);
    }

    [Fact]
    public async Task A_wrong_content_type_is_415()
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, "/api/staffing/evaluate", new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"));
        var body = await Http.Body(response);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (string?)body["code"]);
        using var batch = await Http.Post(client, "/api/staffing/batch", Http.Json("{}"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, batch.StatusCode);
    }

    [Theory]
    [InlineData("/api/elderly-care/evaluate?asOf=2026-02-30", "asOf")]
    [InlineData("/api/elderly-care/evaluate?asOf=yesterday", "asOf")]
    [InlineData("/api/elderly-care/evaluate?explain=maybe", "explain")]
    public async Task A_bad_query_parameter_is_400_naming_it(string url, string path)
    {
        using var client = factory.CreateClient();
        using var response = await Http.Post(client, url, Http.Json(Http.Sample("elderly-person.json")));
        var body = await Http.Body(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(path, (string?)body["errors"]![0]!["path"]);
    }

    [Fact]
    public async Task An_unknown_address_or_method_is_a_problem_too()
    {
        using var client = factory.CreateClient();
        using var missing = await client.GetAsync("/api/nowhere", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("NOT_FOUND", (string?)(await Http.Body(missing))["code"]);
        using var method = await client.GetAsync("/api/staffing/evaluate", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, method.StatusCode);
        Assert.Equal("application/problem+json", method.Content.Headers.ContentType!.MediaType);
    }
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task With_the_rate_limiter_switched_off_no_request_is_refused_for_rate()
    {
        await using var factory = new ServiceFactory(new()
        {
            ["GovernanceRules:Api:RateLimitEnabled"] = "false",
            ["GovernanceRules:Api:RateLimitPermits"] = "2",
            ["GovernanceRules:Api:RateLimitWindow"] = "00:01:00",
        });
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/api/packs", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_get_429_with_Retry_After()
    {
        await using var factory = new ServiceFactory(new() { ["GovernanceRules:Api:RateLimitPermits"] = "2", ["GovernanceRules:Api:RateLimitWindow"] = "00:01:00" });
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/api/packs", TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var body = await Http.Body(last!);
        Assert.Equal("RATE_LIMITED", (string?)body["code"]);
        Assert.True(last!.Headers.Contains("Retry-After"));
        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        last.Dispose();
    }
}

public sealed class OptionsTests
{
    [Theory]
    [InlineData("GovernanceRules:Api:MaxJsonDepth", "1000")]
    [InlineData("GovernanceRules:Api:MaxRequestBodyBytes", "0")]
    [InlineData("GovernanceRules:Api:RateLimitPermits", "0")]
    [InlineData("GovernanceRules:Api:RequestTimeout", "-00:00:01")]
    [InlineData("GovernanceRules:Api:BatchTimeout", "00:00:00")]
    public void Options_out_of_range_stop_the_host_at_start_up(string key, string value)
    {
        using var factory = new ServiceFactory(new() { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var options = error as Microsoft.Extensions.Options.OptionsValidationException ?? error.InnerException as Microsoft.Extensions.Options.OptionsValidationException;
        Assert.NotNull(options);
        Assert.Contains(key.Split(':')[^1], options.Message);
    }
}
