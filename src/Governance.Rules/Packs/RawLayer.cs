using System.Security.Cryptography;
using System.Text.Json;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.Packs;

internal sealed record RawCitation(string Id, string Title, string? Issuer, string? DocumentNumber, string? Article, string? Url, string? Published, CitationExtras Extras);

internal sealed record RawEntry(LocalDate From, JsonElement? Value, Provenance Provenance, string? Citation, string? Article, string? Note, LocalDate? Confirmed, string Path);

internal sealed record RawParameter(string Key, LocalizedText? Name, string Unit, List<RawEntry> Entries, string Source, string Path);

/// <summary>One layer as read from its documents, before the chain is resolved.</summary>
internal sealed partial class RawLayer
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? Parent { get; set; }

    public LocalizedText? Name { get; set; }

    public string Source { get; set; } = string.Empty;

    public Dictionary<string, RawCitation> Citations { get; } = new(StringComparer.Ordinal);

    /// <summary>Citation ids declared in this layer that could not be read (their error is reported where they stand).</summary>
    public HashSet<string> UnreadCitations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RawParameter> Parameters { get; } = new(StringComparer.Ordinal);

    public Dictionary<PackSection, object> Sections { get; } = [];

    public List<(string Name, JsonElement Value)> Canonical { get; } = [];

    public SortedDictionary<string, JsonElement> CanonicalCitations { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, JsonElement> CanonicalParameters { get; } = new(StringComparer.Ordinal);

    /// <summary>SHA-256 of the layer's content, independent of how it is split into documents and of field order.</summary>
    public string Hash()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, RulePackLoader.CanonicalWriter))
        {
            writer.WriteStartObject();
            foreach (var group in Canonical.GroupBy(c => c.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(group.Key);
                writer.WriteStartArray();
                foreach (var (_, value) in group.OrderBy(g => RulePackLoader.Canonical(g.Value), StringComparer.Ordinal))
                {
                    RulePackLoader.WriteCanonical(writer, value);
                }

                writer.WriteEndArray();
            }

            writer.WritePropertyName("citations");
            writer.WriteStartObject();
            foreach (var (id, value) in CanonicalCitations)
            {
                writer.WritePropertyName(id);
                RulePackLoader.WriteCanonical(writer, value);
            }

            writer.WriteEndObject();
            writer.WritePropertyName("parameters");
            writer.WriteStartObject();
            foreach (var (key, value) in CanonicalParameters)
            {
                writer.WritePropertyName(key);
                RulePackLoader.WriteCanonical(writer, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
