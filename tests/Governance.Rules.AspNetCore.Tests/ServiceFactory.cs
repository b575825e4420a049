using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Rules.AspNetCore.Tests;

/// <summary>The reference host in memory, with limits small enough to reach in a test and a rate limit high enough not to.</summary>
public class ServiceFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ServiceFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration over the test defaults.</param>
    /// <param name="services">Service replacements (a slow stage, for instance), applied after the host's own.</param>
    internal ServiceFactory(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["GovernanceRules:Api:RateLimitPermits"] = "100000",
            ["GovernanceRules:Api:MaxRequestBodyBytes"] = "65536",
            ["GovernanceRules:Api:MaxBatchLineBytes"] = "4096",
            ["GovernanceRules:Api:MaxBatchRecords"] = "50",
            ["GovernanceRules:Api:MaxDiffRecords"] = "20",
            ["GovernanceRules:Api:MaxReformLayerBytes"] = "8192",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}

internal static class Http
{
    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Ndjson(string text) => new(text, Encoding.UTF8, "application/x-ndjson");

    public static async Task<JsonNode> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    public static async Task<HttpResponseMessage> Post(HttpClient client, string url, HttpContent content, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Fails when a response body shows a stack trace or a .NET type name.</summary>
    public static void NoInternals(string body)
    {
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Governance.Rules.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("NodaTime", body, StringComparison.Ordinal);
    }
}
