using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using NodaTime;

namespace Governance.Rules.Catalogues;

// What reading one layer keeps of a catalogue before the chain is resolved.
internal sealed partial class CatalogueSection
{
    internal sealed class RawCatalogue(string id)
    {
        public string Id { get; } = id;

        public LocalizedText? Name { get; set; }

        public Dictionary<string, (LocalizedText Name, string Kind, JsonValueContext Context)> Lists { get; } = new(StringComparer.Ordinal);

        public List<RawCategory>? Categories { get; set; }

        public List<RawItem> Items { get; } = [];

        /// <summary>The codes of items left out because reading them found an error (empty when the code itself was unreadable).</summary>
        public HashSet<string> UnreadCodes { get; } = new(StringComparer.Ordinal);

        /// <summary>True when a layer's 'name' of the catalogue could not be read.</summary>
        public bool NameUnread { get; set; }
    }

    internal sealed record RawCategory(string Code, LocalizedText Name, List<string> Items, Provenance Provenance, string? Citation, string? Note, JsonValueContext Context);

    internal sealed record RawDetail(LocalizedText Text, Provenance Provenance, string? Citation, string? Note, JsonValueContext Context);

    internal sealed class RawItem
    {
        public JsonValueContext Context { get; init; }

        public string? Code { get; set; }

        public string? List { get; set; }

        public LocalizedText? Name { get; set; }

        public List<string> AliasesZh { get; } = [];

        public List<string> AliasesEn { get; } = [];

        public LocalDate? From { get; set; }

        public LocalDate? Until { get; set; }

        public LocalDate? Retire { get; set; }

        public string? Citation { get; set; }

        public string? Article { get; set; }

        public Provenance? Provenance { get; set; }

        public string? Note { get; set; }

        public Dictionary<string, RawDetail> Details { get; } = new(StringComparer.Ordinal);
    }
}
