using System.Net;
using System.Text.Json.Nodes;

namespace Governance.Rules.AspNetCore.Tests;

public sealed class OpenApiDocumentTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private static readonly string[] Areas = ["staffing", "pay", "pay-monthly", "pay-floor", "admission", "admission-check", "certificate", "elderly-care"];

    private async Task<JsonNode> Document()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/openapi/governance-rules.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Http.Body(response);
    }

    [Fact]
    public async Task The_document_is_OpenAPI_3_1_and_lists_every_area_endpoint()
    {
        var document = await Document();
        Assert.StartsWith("3.1", (string?)document["openapi"]);
        var paths = document["paths"]!.AsObject();
        foreach (var area in Areas)
        {
            foreach (var kind in new[] { "evaluate", "batch", "diff" })
            {
                Assert.True(paths.ContainsKey($"/api/{area}/{kind}"), $"/api/{area}/{kind} is missing");
            }
        }

        foreach (var path in new[] { "/api/parameters", "/api/parameters/{key}", "/api/catalogues/{catalogue}", "/api/packs" })
        {
            Assert.True(paths.ContainsKey(path), path + " is missing");
        }
    }

    [Fact]
    public async Task Every_evaluate_operation_has_its_request_schema_an_example_and_both_languages()
    {
        var document = await Document();
        var schemas = document["components"]!["schemas"]!.AsObject();
        foreach (var area in Areas)
        {
            var operation = document["paths"]![$"/api/{area}/evaluate"]!["post"]!;
            var content = operation["requestBody"]!["content"]!["application/json"]!;
            var reference = (string?)content["schema"]!["$ref"];
            Assert.NotNull(reference);
            var schema = schemas[reference!.Split('/')[^1]]!;
            Assert.Equal("object", (string?)schema["type"]);
            Assert.NotEmpty(schema["properties"]!.AsObject());
            Assert.Matches("[\u4e00-\u9fff]", (string?)operation["summary"]);
            Assert.Matches("[A-Za-z]{4}", (string?)operation["summary"]);
            var parameters = operation["parameters"]!.AsArray().Select(p => (string?)p!["name"]).ToList();
            Assert.Contains("asOf", parameters);
            Assert.Contains("explain", parameters);
            Assert.Contains("Accept-Language", parameters);
            Assert.NotNull(operation["responses"]!["400"]);
            Assert.NotNull(operation["responses"]!["413"]);
            Assert.NotNull(operation["responses"]!["415"]);
            Assert.NotNull(operation["responses"]!["429"]);
        }

        Assert.NotNull(document["paths"]!["/api/elderly-care/evaluate"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!["person"]);
        Assert.NotNull(document["paths"]!["/api/elderly-care/batch"]!["post"]!["requestBody"]!["content"]!["application/x-ndjson"]);
    }

    [Fact]
    public async Task The_document_reads_back_without_errors_in_the_OpenAPI_reader()
    {
        using var client = factory.CreateClient();
        var text = await client.GetStringAsync("/openapi/governance-rules.json", TestContext.Current.CancellationToken);
        var result = Microsoft.OpenApi.Reader.OpenApiModelFactory.Parse(text, "json");
        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic!.Errors);
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1, result.Diagnostic.SpecificationVersion);
    }

    [Fact]
    public async Task The_reference_page_is_served()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/reference/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("governance-rules", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
