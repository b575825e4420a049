using Governance.Rules.AspNetCore;
using Governance.Rules.Packs;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace Governance.Rules.Service;

/// <summary>
/// The reference host: the Governance.Rules API under <c>/api</c>, the pages, the OpenAPI document and its reference page.
/// The pack and its extra layer files come from configuration (<c>GovernanceRules:PackId</c>, <c>GovernanceRules:LayerFiles</c>),
/// the limits from <c>GovernanceRules:Api</c>.
/// </summary>
public static class ServiceHost
{
    /// <summary>Builds the application.</summary>
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--urls</c>).</param>
    /// <param name="configure">Further changes to the builder before it is built (tests use it).</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = Directory.Exists(beside) ? beside : null,
        });
        UseSettingsBesideTheHost(builder);
        // No "Server: Kestrel" header: it tells a caller nothing it needs, on every response.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var rules = builder.Configuration.GetSection("GovernanceRules");
        builder.Services.AddGovernanceRules(options =>
        {
            options.PackId = rules["PackId"] ?? RulePacks.SuzhouId;
            foreach (var file in rules.GetSection("LayerFiles").Get<string[]>() ?? [])
            {
                options.LayerFiles.Add(file);
            }
        });
        builder.Services.AddGovernanceRulesApi();
        builder.Services.Configure<GovernanceRulesApiOptions>(builder.Configuration.GetSection(GovernanceRulesApiOptions.SectionName));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseGovernanceRules();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGovernanceRules("/api");
        app.MapOpenApi();
        app.MapScalarApiReference("/reference", options => options
            .WithTitle("Governance.Rules API")
            .AddDocument(GovernanceRulesApiServiceCollectionExtensions.OpenApiDocumentName, "Governance.Rules API", "/openapi/{documentName}.json"));
        return app;
    }

    /// <summary>
    /// Started from another directory (<c>dotnet path/to/Governance.Rules.Service.dll</c>), the content root is that directory
    /// and the host's own <c>appsettings.json</c> beside the DLL would not be read: no limits from it, and every request
    /// logged at Information level on the console (which cost the load test about 30 % of the host's CPU time per
    /// request). Then the file beside the DLL is read in its place, with the same precedence: below the environment-specific
    /// file, environment variables and the command line.
    /// </summary>
    private static void UseSettingsBesideTheHost(WebApplicationBuilder builder)
    {
        const string name = "appsettings.json";
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, name)) || !File.Exists(Path.Combine(AppContext.BaseDirectory, name)))
        {
            return;
        }

        var sources = builder.Configuration.Sources;
        var at = sources.ToList().FindIndex(s => s is JsonConfigurationSource { Path: name });
        sources.Insert(at < 0 ? 0 : at, new JsonConfigurationSource
        {
            Path = name,
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
    }
}
