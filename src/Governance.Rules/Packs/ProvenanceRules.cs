using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Rules.Citations;

namespace Governance.Rules.Packs;

/// <summary>
/// The rules that keep provenance honest, checked when a layer chain is resolved:
/// <list type="bullet">
/// <item>a <c>placeholder</c> value, item or detail cites no issuing body, document number, author or publication
/// (it carries a "no source yet" citation and says in its note where the pattern was borrowed from);</item>
/// <item>a <c>reported</c> or <c>official</c> value cites a document of its own layer's place or of an ancestor's
/// (a figure from another city's document is never reported for Suzhou or for the national layer);</item>
/// <item>where an official address of a document is known it is the citation's <c>url</c>, and a secondary copy
/// is only its <c>mirror</c>.</item>
/// </list>
/// </summary>
internal static partial class ProvenanceRules
{
    [GeneratedRegex(@"^[a-z0-9]+(?:[.-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex JurisdictionPattern();

    /// <summary>Reads a layer header's <c>jurisdiction</c>: the place the layer speaks for (defaults to the layer id).</summary>
    public static void ReadJurisdiction(RawLayer layer, JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (RulePackLoader.ReadString(ctx, errors) is { } value)
        {
            if (!JurisdictionPattern().IsMatch(value))
            {
                errors.Add(ctx.Error("PACK_INVALID_JURISDICTION", "a jurisdiction is lower-case letters and digits separated by '.' or '-', for example cn.js.suzhou"));
            }

            layer.Jurisdiction = value;
            layer.Canonical.Add(("jurisdiction", ctx.Element.Clone()));
        }
    }

    /// <summary>Reads a citation field this file owns; false when the field is not one of them.</summary>
    public static bool ReadCitationField(CitationExtras extras, string field, JsonValueContext f, List<PackLoadError> errors)
    {
        switch (field)
        {
            case "jurisdiction":
                extras.Jurisdiction = RulePackLoader.ReadString(f, errors);
                if (extras.Jurisdiction is { } j && !JurisdictionPattern().IsMatch(j))
                {
                    errors.Add(f.Error("PACK_INVALID_JURISDICTION", "a jurisdiction is lower-case letters and digits separated by '.' or '-', for example cn.ln.benxi"));
                }

                return true;
            case "author": extras.Author = RulePackLoader.ReadString(f, errors); return true;
            case "publication": extras.Publication = RulePackLoader.ReadString(f, errors); return true;
            case "mirror": extras.Mirror = RulePackLoader.ReadString(f, errors); return true;
            default: return false;
        }
    }

    /// <summary>The resolved citation of a raw one, declared in <paramref name="layerId"/>.</summary>
    public static Citation ToCitation(RawCitation c, string layerId) => new()
    {
        Id = c.Id,
        Title = c.Title,
        Issuer = c.Issuer,
        DocumentNumber = c.DocumentNumber,
        Article = c.Article,
        Url = c.Url,
        Published = c.Published,
        Layer = layerId,
        Jurisdiction = c.Extras.Jurisdiction,
        Author = c.Extras.Author,
        Publication = c.Extras.Publication,
        Mirror = c.Extras.Mirror,
    };

    /// <summary>Checks every value, item, category and detail of the chain; adds one error per breach.</summary>
    /// <param name="chain">The layers, root first.</param>
    /// <param name="visible">The citations each layer sees (its own and its ancestors').</param>
    /// <param name="errors">Where breaches are added.</param>
    public static void Check(IReadOnlyList<RawLayer> chain, IReadOnlyList<Dictionary<string, Citation>> visible, List<PackLoadError> errors)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        for (var li = 0; li < chain.Count; li++)
        {
            var layer = chain[li];
            allowed.Add(layer.Jurisdiction ?? layer.Id!);
            foreach (var citation in layer.Citations.Values)
            {
                CheckAddresses(citation, layer.Source, errors);
            }

            foreach (var (source, root) in layer.Documents)
            {
                Walk(new JsonValueContext(root, source, "$"), layer.Id!, allowed, visible[li], errors);
            }
        }
    }

    private static void CheckAddresses(RawCitation c, string source, List<PackLoadError> errors)
    {
        if (c.Extras.Mirror is { } mirror && IsOfficial(mirror) && (c.Url is null || !IsOfficial(c.Url)))
        {
            errors.Add(new PackLoadError("PACK_OFFICIAL_URL_SECONDARY", source, JsonPaths.Property("$.citations", c.Id), $"citation '{c.Id}' keeps an official address ({mirror}) as its mirror: the official address is the 'url', a reprint the 'mirror'"));
        }

        if (c.Url is null && c.Extras.Mirror is not null)
        {
            errors.Add(new PackLoadError("PACK_MIRROR_ONLY", source, JsonPaths.Property("$.citations", c.Id), $"citation '{c.Id}' has a mirror but no 'url': give the best address held as 'url'"));
        }
    }

    /// <summary>A government address (…gov.cn): an issuing body's own site or an official reprint.</summary>
    internal static bool IsOfficial(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Host.EndsWith(".gov.cn", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("gov.cn", StringComparison.OrdinalIgnoreCase));

    private static void Walk(JsonValueContext ctx, string layerId, HashSet<string> allowed, Dictionary<string, Citation> visible, List<PackLoadError> errors)
    {
        switch (ctx.Element.ValueKind)
        {
            case JsonValueKind.Object:
                if (ctx.Element.TryGetProperty("provenance", out var p) && p.ValueKind == JsonValueKind.String
                    && ctx.Element.TryGetProperty("citation", out var c) && c.ValueKind == JsonValueKind.String
                    && visible.TryGetValue(c.GetString()!, out var citation))
                {
                    CheckUse(ctx, p.GetString()!, citation, layerId, allowed, errors);
                }

                foreach (var property in ctx.Element.EnumerateObject())
                {
                    if (property.Name != "citations")
                    {
                        Walk(ctx.Property(property.Name, property.Value), layerId, allowed, visible, errors);
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in ctx.Element.EnumerateArray())
                {
                    Walk(ctx.Item(i++, item), layerId, allowed, visible, errors);
                }

                break;
        }
    }

    private static void CheckUse(JsonValueContext ctx, string provenance, Citation citation, string layerId, HashSet<string> allowed, List<PackLoadError> errors)
    {
        if (provenance == "placeholder")
        {
            if (!citation.IsNoSource)
            {
                var named = new List<string>(4);
                if (citation.Issuer is not null) { named.Add("an issuing body"); }
                if (citation.DocumentNumber is not null) { named.Add("a document number"); }
                if (citation.Author is not null || citation.Publication is not null) { named.Add("an article"); }
                if (citation.Jurisdiction is not null) { named.Add("a jurisdiction"); }
                errors.Add(ctx.Error("PACK_PLACEHOLDER_CITES_AUTHORITY", $"a placeholder must not borrow a source's authority: citation '{citation.Id}' names {string.Join(", ", named)}; cite a 'no source yet' citation and say in the note where the pattern was borrowed from"));
            }

            return;
        }

        if (provenance is not ("reported" or "official"))
        {
            return;
        }

        if (citation.Jurisdiction is null)
        {
            errors.Add(ctx.Error("PACK_CITATION_JURISDICTION_MISSING", $"a value marked '{provenance}' needs a citation with a 'jurisdiction'; citation '{citation.Id}' has none (a value without a source is a placeholder)"));
        }
        else if (!allowed.Contains(citation.Jurisdiction))
        {
            errors.Add(ctx.Error("PACK_JURISDICTION_MISMATCH", $"a value marked '{provenance}' of layer '{layerId}' cites a document of '{citation.Jurisdiction}', which is neither this layer's place nor an ancestor's ({string.Join(", ", allowed.Order(StringComparer.Ordinal))}); another place's figure is at most a placeholder here"));
        }
    }
}

/// <summary>The citation fields read by <see cref="ProvenanceRules"/>.</summary>
internal sealed class CitationExtras
{
    public string? Jurisdiction { get; set; }

    public string? Author { get; set; }

    public string? Publication { get; set; }

    public string? Mirror { get; set; }
}

/// <summary>What <see cref="ProvenanceRules"/> keeps of a layer while it is read.</summary>
internal sealed partial class RawLayer
{
    /// <summary>The place the layer speaks for, when its header names one other than its id (example layers).</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>Every document of the layer, for the provenance walk.</summary>
    public List<(string Source, JsonElement Root)> Documents { get; } = [];
}
