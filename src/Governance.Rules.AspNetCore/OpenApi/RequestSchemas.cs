using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Governance.Rules.Json;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// The request schema of each area: the committed schema the govrules tool publishes (embedded from
/// <c>src/Governance.Rules.Tool/schemas</c>, with its titles and descriptions), or the adapter's own when none is committed.
/// </summary>
internal static class RequestSchemas
{
    private static readonly ConcurrentDictionary<string, JsonNode> Cache = new(StringComparer.Ordinal);

    public static JsonNode For(AreaAdapter adapter) => Cache.GetOrAdd(adapter.Area, _ =>
        Resources.Json($"schemas/{adapter.Area}.request.schema.json") ?? adapter.RequestSchema());
}

/// <summary>Example requests for the OpenAPI document (the tool's samples, embedded).</summary>
internal static class Examples
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["elderly-care"] = "samples/elderly-person.json",
        ["certificate"] = "samples/certificate-request.json",
        ["staffing"] = "samples/staffing-street.json",
        ["admission"] = "samples/admission-work-item.json",
        ["pay"] = "samples/pay-worker.json",
    };

    public static JsonNode? For(string area) => Files.TryGetValue(area, out var file) ? Resources.Json(file) : null;
}

internal static class Resources
{
    public static JsonNode? Json(string name)
    {
        using var stream = typeof(Resources).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : JsonNode.Parse(stream);
    }
}
