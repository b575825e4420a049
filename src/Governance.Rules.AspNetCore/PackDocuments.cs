using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using NodaTime;

namespace Governance.Rules.AspNetCore;

/// <summary>The JSON of the pack's contents: parameters with their timelines, catalogues, layers. Placeholders are flagged on every entry.</summary>
internal static class PackDocuments
{
    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonObject Entry(ParameterValueInfo e, Language language) => new()
    {
        ["key"] = e.Key,
        ["name"] = e.Name.Get(language),
        ["value"] = e.HasValue ? JsonNode.Parse(e.DisplayValue) : null,
        ["ended"] = !e.HasValue,
        ["unit"] = e.Unit,
        ["from"] = Date(e.From),
        ["until"] = e.Until is { } u ? Date(u) : null,
        ["layer"] = e.Layer,
        ["provenance"] = Word(e.Provenance),
        ["placeholder"] = e.Provenance == Provenance.Placeholder,
        ["citation"] = Citation(e.Citation),
        ["note"] = e.Note,
        ["confirmed"] = e.Confirmed is { } c ? Date(c) : null,
    };

    public static JsonObject Timeline(ParameterTimeline timeline, Language language) => new()
    {
        ["key"] = timeline.Key,
        ["name"] = timeline.Name.Get(language),
        ["names"] = new JsonObject { ["zh-Hans"] = timeline.Name.ZhHans, ["en"] = timeline.Name.En },
        ["unit"] = timeline.Unit,
        ["entries"] = new JsonArray([.. timeline.Entries.Select(e => (JsonNode)Entry(e, language))]),
    };

    public static JsonObject Catalogue(Catalogue catalogue, LocalDate at, Language language) => new()
    {
        ["id"] = catalogue.Id,
        ["name"] = catalogue.Name.Get(language),
        ["at"] = Date(at),
        ["lists"] = new JsonArray([.. catalogue.Lists.Select(list => (JsonNode)new JsonObject
        {
            ["code"] = list.Code,
            ["name"] = list.Name.Get(language),
            ["kind"] = list.Kind,
            ["layer"] = list.Layer,
            ["items"] = new JsonArray([.. catalogue.InForce(at, list.Code).Select(item => (JsonNode)Item(item, language))]),
        })]),
    };

    private static JsonObject Item(CatalogueItem item, Language language) => new()
    {
        ["code"] = item.Code,
        ["name"] = item.Name.Get(language),
        ["category"] = item.Category?.Name.Get(language),
        ["from"] = Date(item.EffectiveFrom),
        ["until"] = item.EffectiveUntil is { } u ? Date(u) : null,
        ["layer"] = item.Layer,
        ["provenance"] = Word(item.Provenance),
        ["placeholder"] = item.Provenance == Provenance.Placeholder,
        ["citation"] = Citation(item.Citation),
        ["note"] = item.Note,
        ["details"] = item.Details.Count == 0 ? null : new JsonObject([.. item.Details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d =>
            KeyValuePair.Create(d.Key, (JsonNode?)new JsonObject
            {
                ["text"] = d.Value.Text.Get(language),
                ["provenance"] = Word(d.Value.Provenance),
                ["placeholder"] = d.Value.Provenance == Provenance.Placeholder,
                ["citation"] = Citation(d.Value.Citation),
                ["note"] = d.Value.Note,
            }))]),
    };

    public static JsonObject Pack(RulePack pack, Language language) => new()
    {
        ["id"] = pack.Id,
        ["version"] = pack.Version,
        ["name"] = pack.Name.Get(language),
        ["hash"] = pack.ContentHash,
        ["hashAlgorithm"] = "SHA-256",
        ["libraryVersion"] = RulePack.LibraryVersion,
        ["layers"] = new JsonArray([.. pack.Layers.Select(l => (JsonNode)new JsonObject
        {
            ["id"] = l.Id,
            ["version"] = l.Version,
            ["parent"] = l.Parent,
            ["name"] = l.Name.Get(language),
            ["hash"] = l.ContentHash,
            ["embedded"] = RulePacks.EmbeddedIds.Contains(l.Id),
        })]),
    };

    private static JsonObject? Citation(Citation? c) => c is null ? null : new JsonObject
    {
        ["id"] = c.Id,
        ["title"] = c.Title,
        ["issuer"] = c.Issuer,
        ["documentNumber"] = c.DocumentNumber,
        ["article"] = c.Article,
        ["url"] = c.Url,
        ["published"] = c.Published,
        ["layer"] = c.Layer,
        ["text"] = c.ToString(),
    };

    private static string Word(Provenance provenance) => provenance switch
    {
        Provenance.Official => "official",
        Provenance.Reported => "reported",
        _ => "placeholder",
    };
}
