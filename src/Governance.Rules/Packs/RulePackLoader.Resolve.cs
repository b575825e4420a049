using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Governance.Rules.Citations;
using Governance.Rules.Localization;

namespace Governance.Rules.Packs;

// Resolves a layer chain into a pack: parents, citations, merged timelines, sections and cross-parameter checks.
internal static partial class RulePackLoader
{
    /// <summary>
    /// Resolves the chain ending in <paramref name="leafId"/> into a pack; all-or-nothing. Errors found while reading
    /// (already in <paramref name="errors"/>) do not stop it: what could be read is still resolved and checked, so every
    /// independent error of a file is reported in one run, in document order. A part with a reading error (a parameter,
    /// a citation, a catalogue) is left out of the later checks so its error is not repeated as others.
    /// </summary>
    public static RulePackLoadResult Resolve(string leafId, IReadOnlyDictionary<string, RawLayer> layers, List<PackLoadError> errors)
    {
        var result = ResolveChain(leafId, layers, errors);
        return result.Success ? result : new RulePackLoadResult(null, ErrorOrder.InDocumentOrder(errors, layers.Values));
    }

    private static RulePackLoadResult ResolveChain(string leafId, IReadOnlyDictionary<string, RawLayer> layers, List<PackLoadError> errors)
    {
        // A missing or looping chain after a reading error is most likely that error's consequence: report the first only.
        var readingFailed = errors.Count > 0;
        var damaged = new DamagedParts(errors);

        // Walk up to the root, detecting missing parents and cycles.
        var chain = new List<RawLayer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!layers.TryGetValue(leafId, out var current))
        {
            if (!readingFailed)
            {
                errors.Add(new PackLoadError("PACK_NOT_FOUND", leafId, "$", $"no pack layer with id '{leafId}'; known: {string.Join(", ", layers.Keys.Order(StringComparer.Ordinal))}"));
            }

            return new RulePackLoadResult(null, errors);
        }

        while (true)
        {
            if (!seen.Add(current.Id!))
            {
                errors.Add(new PackLoadError("PACK_PARENT_CYCLE", current.Source, "$.parent", "the parent chain loops: " + string.Join(" > ", chain.Select(l => l.Id)) + " > " + current.Id));
                return new RulePackLoadResult(null, errors);
            }

            chain.Add(current);
            if (current.Parent is null)
            {
                break;
            }

            if (!layers.TryGetValue(current.Parent, out var parent))
            {
                if (readingFailed)
                {
                    return new RulePackLoadResult(null, errors);
                }

                errors.Add(new PackLoadError("PACK_PARENT_MISSING", current.Source, "$.parent", $"parent layer '{current.Parent}' is not known"));
                return new RulePackLoadResult(null, errors);
            }

            current = parent;
        }

        chain.Reverse();

        // Citations visible from each layer (a layer sees its own and its ancestors').
        var visible = new List<Dictionary<string, Citation>>();
        var infos = new List<RulePackLayer>();
        foreach (var layer in chain)
        {
            var map = visible.Count == 0 ? new Dictionary<string, Citation>(StringComparer.Ordinal) : new Dictionary<string, Citation>(visible[^1], StringComparer.Ordinal);
            foreach (var c in layer.Citations.Values)
            {
                map[c.Id] = ProvenanceRules.ToCitation(c, layer.Id!);
            }

            visible.Add(map);
            infos.Add(new RulePackLayer(layer.Id!, layer.Version ?? string.Empty, layer.Parent, layer.Name ?? new LocalizedText(string.Empty, string.Empty), layer.Source, layer.Hash()));
        }

        // Merge parameter timelines: a layer's entries replace its parent's from the layer's first date on.
        var merged = new Dictionary<string, List<(RawEntry Entry, int Layer)>>(StringComparer.Ordinal);
        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var units = new Dictionary<string, (string Unit, string Layer)>(StringComparer.Ordinal);
        for (var li = 0; li < chain.Count; li++)
        {
            foreach (var p in chain[li].Parameters.Values)
            {
                if (damaged.Contains(p.Source, p.Path))
                {
                    continue;
                }

                if (units.TryGetValue(p.Key, out var parentUnit) && parentUnit.Unit != p.Unit)
                {
                    errors.Add(new PackLoadError("PACK_UNIT_MISMATCH", p.Source, JsonPaths.Property(p.Path, "unit"), $"unit '{p.Unit}' differs from '{parentUnit.Unit}' in parent layer '{parentUnit.Layer}'"));
                    continue;
                }

                units[p.Key] = (p.Unit, chain[li].Id!);
                if (p.Name is not null)
                {
                    names[p.Key] = p.Name;
                }
                else if (!names.ContainsKey(p.Key))
                {
                    errors.Add(new PackLoadError("PACK_FIELD_MISSING", p.Source, p.Path, "the first layer that defines a parameter must give its 'name'"));
                    continue;
                }

                if (p.Entries.Count == 0)
                {
                    continue;
                }

                var first = p.Entries[0].From;
                var list = merged.TryGetValue(p.Key, out var existing)
                    ? existing.Where(e => e.Entry.From < first).ToList()
                    : [];
                list.AddRange(p.Entries.Select(e => (e, li)));
                merged[p.Key] = list;
            }
        }

        var timelines = new Dictionary<string, ParameterTimeline>(StringComparer.Ordinal);
        var sound = new ResolvedParameters();
        foreach (var (key, list) in merged)
        {
            var definition = KnownPackContent.Parameters[key];
            var valueInfos = new ParameterValueInfo[list.Count];
            var values = new JsonElement?[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                var (entry, li) = list[i];
                var layer = chain[li];
                Citation? citation = null;
                if (entry.Citation is not null)
                {
                    if (visible[li].TryGetValue(entry.Citation, out var found))
                    {
                        citation = found.ForArticle(entry.Article);
                    }
                    else if (!chain.Take(li + 1).Any(l => l.UnreadCitations.Contains(entry.Citation)))
                    {
                        errors.Add(new PackLoadError("PACK_CITATION_UNKNOWN", layer.Parameters[key].Source, entry.Path + ".citation", $"citation '{entry.Citation}' is not declared in this layer or its ancestors"));
                    }
                }

                values[i] = entry.Value;
                valueInfos[i] = new ParameterValueInfo(
                    key,
                    names[key],
                    units[key].Unit,
                    entry.From,
                    i + 1 < list.Count ? list[i + 1].Entry.From : null,
                    layer.Id!,
                    entry.Value is not null,
                    entry.Value is { } v ? Canonical(v) : "null",
                    citation,
                    entry.Provenance,
                    entry.Note,
                    entry.Confirmed);
            }

            var typeErrors = new List<(int Index, string Path, string Error)>();
            timelines[key] = definition.CreateTimeline(valueInfos, values, typeErrors);
            foreach (var (index, below, error) in typeErrors)
            {
                var (entry, li) = list[index];
                errors.Add(new PackLoadError("PACK_INVALID_VALUE", chain[li].Parameters[key].Source, entry.Path + ".value" + below, error));
            }

            if (typeErrors.Count == 0)
            {
                sound.Add(timelines[key], [.. list.Select(e => (chain[e.Layer].Parameters[key].Source, e.Entry.Path))]);
            }
        }

        foreach (var check in KnownPackContent.Checks)
        {
            check(sound, errors);
        }

        // Sections read by the rule areas.
        var sections = new Dictionary<Type, object>();
        foreach (var section in KnownPackContent.Sections)
        {
            var sectionChain = new List<SectionLayer>();
            for (var li = 0; li < chain.Count; li++)
            {
                if (chain[li].Sections.TryGetValue(section, out var state))
                {
                    var map = visible[li];
                    sectionChain.Add(new SectionLayer(infos[li], state, id => map.GetValueOrDefault(id), damaged.Contains));
                }
            }

            var before = errors.Count;
            var resolved = section.Resolve(sectionChain, errors);
            if (resolved is not null && errors.Count == before)
            {
                sections[resolved.GetType()] = resolved;
            }
        }

        ProvenanceRules.Check(chain, visible, errors);
        if (errors.Count > 0)
        {
            return new RulePackLoadResult(null, errors);
        }

        var hash = ChainHash(infos);
        return new RulePackLoadResult(
            new RulePack(infos, timelines.ToFrozenDictionary(StringComparer.Ordinal), visible[^1].ToFrozenDictionary(StringComparer.Ordinal), hash, sections),
            []);
    }

    private static string ChainHash(IEnumerable<RulePackLayer> layers)
    {
        var text = string.Concat(layers.Select(l => l.Id + "@" + l.Version + ":" + l.ContentHash + "\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
