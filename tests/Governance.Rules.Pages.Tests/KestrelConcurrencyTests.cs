using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Rules.Pages.Tests;

/// <summary>Over real Kestrel (whose request buffers are pooled and reused), concurrent requests must not see each other's bodies.</summary>
public sealed class KestrelConcurrencyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Concurrent_requests_over_Kestrel_each_get_the_answer_for_their_own_body()
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 32 };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(browser.BaseUrl) };
        var years = Enumerable.Range(0, 3000).Select(i => 1930 + (i % 40)).ToArray();
        using var gate = new SemaphoreSlim(32);
        var answers = await Task.WhenAll(years.Select(async year =>
        {
            await gate.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                using var content = new StringContent("{\"person\":{\"birthDate\":\"" + year + "-01-15\",\"hukouDistrict\":\"gusu\"}}", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("api/elderly-care/evaluate?asOf=2026-06-01", content, TestContext.Current.CancellationToken);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
                return (Status: response.StatusCode, Age: (int?)body["outcome"]?["age"]);
            }
            finally
            {
                gate.Release();
            }
        }));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(years.Select(y => (int?)(2026 - y)), answers.Select(a => a.Age));
    }
}
