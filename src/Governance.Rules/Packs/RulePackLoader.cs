using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.Packs;

/// <summary>
/// Reads and validates pack documents, then resolves a layer chain into a <see cref="RulePack"/>.
/// Strict and all-or-nothing: any error means no pack, and every error is reported with its file and JSON path.
/// </summary>
internal static partial class RulePackLoader
{
    private const string HeaderDocument = "pack.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = RulePackLimits.MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    private static readonly string[] HeaderFields = ["id", "version", "parent", "name", "description"];

    [GeneratedRegex(@"^[a-z0-9]+(?:[.-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedPattern();

    /// <summary>Parses the documents of one layer (one caller file, or one embedded folder).</summary>
    public static RawLayer? ReadLayer(IReadOnlyList<(string Name, byte[] Bytes)> documents, bool folder, List<PackLoadError> errors)
    {
        var before = errors.Count;
        var layer = new RawLayer();
        foreach (var (name, bytes) in documents.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var isHeader = !folder || name.EndsWith("/" + HeaderDocument, StringComparison.Ordinal) || name == HeaderDocument;
            ReadDocument(layer, name, bytes, isHeader, errors);
        }

        if (layer.Id is null && errors.Count == before)
        {
            errors.Add(new PackLoadError("PACK_HEADER_MISSING", documents.Count > 0 ? documents[0].Name : "(none)", "$", "the layer has no header document with id and version"));
        }

        return errors.Count == before ? layer : null;
    }

    private static void ReadDocument(RawLayer layer, string source, byte[] bytes, bool isHeader, List<PackLoadError> errors)
    {
        if (bytes.Length > RulePackLimits.MaxDocumentBytes)
        {
            errors.Add(new PackLoadError("PACK_TOO_LARGE", source, "$", $"the document is larger than {RulePackLimits.MaxDocumentBytes} bytes"));
            return;
        }

        JsonDocument document;
        try
        {
            var span = bytes.AsMemory();
            if (span.Span.StartsWith(Encoding.UTF8.Preamble))
            {
                span = span[Encoding.UTF8.Preamble.Length..];
            }

            document = JsonDocument.Parse(span, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, byte {ex.BytePositionInLine + 1}")
                : "$";
            errors.Add(new PackLoadError("PACK_INVALID_JSON", source, where, "not valid JSON or nested deeper than " + RulePackLimits.MaxDepth + ": " + ex.Message));
            return;
        }
        catch (ArgumentException ex)
        {
            errors.Add(new PackLoadError("PACK_INVALID_JSON", source, "$", "not valid JSON: " + ex.Message));
            return;
        }

        using (document)
        {
            var root = new JsonValueContext(document.RootElement, source, "$");
            if (root.Element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(root.Error("PACK_EXPECTED_OBJECT", "the document must be a JSON object"));
                return;
            }

            layer.Documents.Add((source, root.Element.Clone()));
            PackDates.DuplicateKeys(root.Element, source, "$", errors);

            foreach (var (name, value) in Properties(root, errors))
            {
                var ctx = root.Property(name, value);
                switch (name)
                {
                    case "$schema":
                        break;
                    case "jurisdiction" when isHeader:
                        ProvenanceRules.ReadJurisdiction(layer, ctx, errors);
                        break;
                    case "id" or "version" or "parent" or "name" or "description" when isHeader:
                        ReadHeaderField(layer, name, ctx, errors);
                        break;
                    case "citations":
                        ReadCitations(layer, ctx, errors);
                        break;
                    case "parameters":
                        ReadParameters(layer, ctx, errors);
                        break;
                    default:
                        var section = KnownPackContent.Sections.FirstOrDefault(s => s.Name == name);
                        if (section is not null)
                        {
                            if (!layer.Sections.TryGetValue(section, out var state))
                            {
                                state = section.CreateLayerState();
                                layer.Sections.Add(section, state);
                            }

                            section.Read(state, new JsonValueContext(value.Clone(), source, ctx.Path), errors);
                            layer.Canonical.Add((name, value.Clone()));
                        }
                        else
                        {
                            errors.Add(ctx.Error("PACK_UNKNOWN_FIELD", HeaderFields.Contains(name)
                                ? $"'{name}' belongs in the layer's {HeaderDocument}"
                                : $"unknown field '{name}'"));
                        }

                        break;
                }
            }

            if (isHeader)
            {
                if (layer.Id is null)
                {
                    errors.Add(root.Error("PACK_FIELD_MISSING", "the header needs 'id'"));
                }

                if (layer.Version is null)
                {
                    errors.Add(root.Error("PACK_FIELD_MISSING", "the header needs 'version'"));
                }

                if (layer.Name is null)
                {
                    errors.Add(root.Error("PACK_FIELD_MISSING", "the header needs 'name' with 'zh-Hans' and 'en'"));
                }

                layer.Source = source;
            }
        }
    }

    private static void ReadHeaderField(RawLayer layer, string name, JsonValueContext ctx, List<PackLoadError> errors)
    {
        switch (name)
        {
            case "id":
                if (ReadString(ctx, errors) is { } id)
                {
                    if (!IdPattern().IsMatch(id))
                    {
                        errors.Add(ctx.Error("PACK_INVALID_ID", "an id is lower-case letters and digits separated by '.' or '-'"));
                    }

                    layer.Id = id;
                    layer.Canonical.Add((name, ctx.Element.Clone()));
                }

                break;
            case "version":
                if (ReadString(ctx, errors) is { } version)
                {
                    if (!VersionPattern().IsMatch(version))
                    {
                        errors.Add(ctx.Error("PACK_INVALID_VERSION", "the version must be a semantic version such as 1.2.0"));
                    }

                    layer.Version = version;
                    layer.Canonical.Add((name, ctx.Element.Clone()));
                }

                break;
            case "parent":
                if (ctx.Element.ValueKind != JsonValueKind.Null && ReadString(ctx, errors) is { } parent)
                {
                    layer.Parent = parent;
                }

                layer.Canonical.Add((name, ctx.Element.Clone()));
                break;
            case "name":
                layer.Name = ReadText(ctx, errors);
                layer.Canonical.Add((name, ctx.Element.Clone()));
                break;
            case "description":
                ReadString(ctx, errors);
                layer.Canonical.Add((name, ctx.Element.Clone()));
                break;
        }
    }

    private static void ReadCitations(RawLayer layer, JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (!ExpectObject(ctx, errors))
        {
            return;
        }

        foreach (var (id, value) in Properties(ctx, errors))
        {
            var c = ctx.Property(id, value);
            if (!IdPattern().IsMatch(id))
            {
                errors.Add(c.Error("PACK_INVALID_ID", "a citation id is lower-case letters and digits separated by '.' or '-'"));
            }

            if (!ExpectObject(c, errors))
            {
                continue;
            }

            string? title = null, issuer = null, number = null, article = null, url = null, published = null;
            var extras = new CitationExtras();
            foreach (var (field, fv) in Properties(c, errors))
            {
                var f = c.Property(field, fv);
                switch (field)
                {
                    case "title": title = ReadString(f, errors); break;
                    case "issuer": issuer = ReadString(f, errors); break;
                    case "documentNumber": number = ReadString(f, errors); break;
                    case "article": article = ReadString(f, errors); break;
                    case "url": url = ReadString(f, errors); break;
                    case "note": ReadString(f, errors); break;
                    case "published":
                        published = ReadString(f, errors);
                        if (published is not null && !PublishedPattern().IsMatch(published))
                        {
                            errors.Add(f.Error("PACK_INVALID_DATE", "a publication date is yyyy, yyyy-MM or yyyy-MM-dd"));
                        }
                        else if (published is not null && PackDates.PublishedOutOfRange(published) is { } why)
                        {
                            errors.Add(f.Error("PACK_DATE_OUT_OF_RANGE", why));
                        }

                        break;
                    default:
                        if (!ProvenanceRules.ReadCitationField(extras, field, f, errors))
                        {
                            errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'"));
                        }

                        break;
                }
            }

            if (title is null)
            {
                errors.Add(c.Error("PACK_FIELD_MISSING", "a citation needs 'title'"));
                continue;
            }

            if (layer.Citations.ContainsKey(id))
            {
                errors.Add(c.Error("PACK_DUPLICATE_CITATION", $"citation '{id}' is declared twice in this layer"));
                continue;
            }

            layer.Citations.Add(id, new RawCitation(id, title, issuer, number, article, url, published, extras));
            layer.CanonicalCitations[id] = value.Clone();
        }
    }

    private static void ReadParameters(RawLayer layer, JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (!ExpectObject(ctx, errors))
        {
            return;
        }

        foreach (var (key, value) in Properties(ctx, errors))
        {
            var p = ctx.Property(key, value);
            if (!KnownPackContent.Parameters.ContainsKey(key))
            {
                errors.Add(p.Error("PACK_UNKNOWN_PARAMETER", $"the library defines no parameter '{key}'"));
                continue;
            }

            if (layer.Parameters.ContainsKey(key))
            {
                errors.Add(p.Error("PACK_DUPLICATE_PARAMETER", $"parameter '{key}' is defined twice in this layer"));
                continue;
            }

            if (!ExpectObject(p, errors))
            {
                continue;
            }

            LocalizedText? name = null;
            string? unit = null;
            var entries = new List<RawEntry>();
            var sawValues = false;
            foreach (var (field, fv) in Properties(p, errors))
            {
                var f = p.Property(field, fv);
                switch (field)
                {
                    case "name": name = ReadText(f, errors); break;
                    case "unit": unit = ReadString(f, errors); break;
                    case "description": ReadString(f, errors); break;
                    case "values":
                        sawValues = true;
                        ReadEntries(f, entries, errors);
                        break;
                    default:
                        errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'"));
                        break;
                }
            }

            if (unit is null)
            {
                errors.Add(p.Error("PACK_FIELD_MISSING", "a parameter needs 'unit'"));
            }

            if (!sawValues || entries.Count == 0)
            {
                errors.Add(p.Error("PACK_FIELD_MISSING", "a parameter needs at least one entry in 'values'"));
            }

            for (var i = 1; i < entries.Count; i++)
            {
                if (entries[i].From <= entries[i - 1].From)
                {
                    errors.Add(new PackLoadError("PACK_DATES_UNORDERED", p.Source, entries[i].Path + ".from", "entries must be in strictly increasing date order (no two entries on one date)"));
                }
            }

            layer.Parameters.Add(key, new RawParameter(key, name, unit ?? string.Empty, entries, p.Source, p.Path));
            layer.CanonicalParameters[key] = value.Clone();
        }
    }

    private static void ReadEntries(JsonValueContext ctx, List<RawEntry> entries, List<PackLoadError> errors)
    {
        if (ctx.Element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(ctx.Error("PACK_EXPECTED_ARRAY", "'values' must be an array"));
            return;
        }

        var index = 0;
        foreach (var item in ctx.Element.EnumerateArray())
        {
            var e = ctx.Item(index++, item);
            if (!ExpectObject(e, errors))
            {
                continue;
            }

            LocalDate? from = null;
            LocalDate? confirmed = null;
            JsonElement? value = null;
            var sawValue = false;
            Provenance? provenance = null;
            string? citation = null, article = null, note = null;
            foreach (var (field, fv) in Properties(e, errors))
            {
                var f = e.Property(field, fv);
                switch (field)
                {
                    case "from": from = ReadDate(f, errors); break;
                    case "confirmed": confirmed = ReadDate(f, errors); break;
                    case "value":
                        sawValue = true;
                        value = fv.ValueKind == JsonValueKind.Null ? null : fv.Clone();
                        break;
                    case "provenance":
                        var word = ReadString(f, errors);
                        provenance = word switch
                        {
                            "official" => Provenance.Official,
                            "reported" => Provenance.Reported,
                            "placeholder" => Provenance.Placeholder,
                            null => null,
                            _ => Invalid(f, errors, "PACK_INVALID_PROVENANCE", "provenance is one of: official, reported, placeholder"),
                        };
                        break;
                    case "citation": citation = ReadString(f, errors); break;
                    case "article": article = ReadString(f, errors); break;
                    case "note": note = ReadString(f, errors); break;
                    default:
                        errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown field '{field}'"));
                        break;
                }
            }

            if (from is null)
            {
                if (!e.Element.TryGetProperty("from", out _))
                {
                    errors.Add(e.Error("PACK_FIELD_MISSING", "an entry needs 'from' (yyyy-MM-dd)"));
                }

                continue;
            }

            if (!sawValue)
            {
                errors.Add(e.Error("PACK_FIELD_MISSING", "an entry needs 'value' (null ends the parameter)"));
                continue;
            }

            if (value is not null && provenance is null && !e.Element.TryGetProperty("provenance", out _))
            {
                errors.Add(e.Error("PACK_MISSING_PROVENANCE", "a value needs 'provenance': official, reported or placeholder"));
            }

            if (value is not null && citation is null && !e.Element.TryGetProperty("citation", out _))
            {
                errors.Add(e.Error("PACK_MISSING_CITATION", "a value needs 'citation' naming a declared citation"));
            }

            entries.Add(new RawEntry(from.Value, value, provenance ?? Provenance.Placeholder, citation, article, note, confirmed, e.Path));
        }
    }

    private static Provenance? Invalid(JsonValueContext ctx, List<PackLoadError> errors, string code, string message)
    {
        errors.Add(ctx.Error(code, message));
        return null;
    }

    /// <summary>Resolves the chain ending in <paramref name="leafId"/> into a pack; all-or-nothing.</summary>
    public static RulePackLoadResult Resolve(string leafId, IReadOnlyDictionary<string, RawLayer> layers, List<PackLoadError> errors)
    {
        if (errors.Count > 0)
        {
            return new RulePackLoadResult(null, errors);
        }

        // Walk up to the root, detecting missing parents and cycles.
        var chain = new List<RawLayer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!layers.TryGetValue(leafId, out var current))
        {
            errors.Add(new PackLoadError("PACK_NOT_FOUND", leafId, "$", $"no pack layer with id '{leafId}'; known: {string.Join(", ", layers.Keys.Order(StringComparer.Ordinal))}"));
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
            infos.Add(new RulePackLayer(layer.Id!, layer.Version!, layer.Parent, layer.Name!, layer.Source, layer.Hash()));
        }

        // Merge parameter timelines: a layer's entries replace its parent's from the layer's first date on.
        var merged = new Dictionary<string, List<(RawEntry Entry, int Layer)>>(StringComparer.Ordinal);
        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var units = new Dictionary<string, (string Unit, string Layer)>(StringComparer.Ordinal);
        for (var li = 0; li < chain.Count; li++)
        {
            foreach (var p in chain[li].Parameters.Values)
            {
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
                    else
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
                    sectionChain.Add(new SectionLayer(infos[li], state, id => map.GetValueOrDefault(id)));
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

    // ---- JSON helpers -------------------------------------------------------------------------------

    internal static IEnumerable<(string Name, JsonElement Value)> Properties(JsonValueContext ctx, List<PackLoadError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in ctx.Element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                // Reported once for the whole document by PackJson.DuplicateKeys, at any depth.
                continue;
            }

            yield return (property.Name, property.Value);
        }
    }

    internal static bool ExpectObject(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (ctx.Element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        errors.Add(ctx.Error("PACK_EXPECTED_OBJECT", "expected a JSON object"));
        return false;
    }

    internal static string? ReadString(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (ctx.Element.ValueKind == JsonValueKind.String)
        {
            return ctx.Element.GetString();
        }

        errors.Add(ctx.Error("PACK_EXPECTED_STRING", "expected a string"));
        return null;
    }

    internal static LocalDate? ReadDate(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (ReadString(ctx, errors) is not { } text)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && PackDates.OutOfRange(parsed.Value) is { } why)
        {
            errors.Add(ctx.Error("PACK_DATE_OUT_OF_RANGE", why));
            return null;
        }

        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(ctx.Error("PACK_INVALID_DATE", $"'{text}' is not a date in the form yyyy-MM-dd"));
        return null;
    }

    internal static LocalizedText? ReadText(JsonValueContext ctx, List<PackLoadError> errors)
    {
        if (!ExpectObject(ctx, errors))
        {
            return null;
        }

        string? zh = null, en = null;
        foreach (var (field, value) in Properties(ctx, errors))
        {
            var f = ctx.Property(field, value);
            switch (field)
            {
                case "zh-Hans": zh = ReadString(f, errors); break;
                case "en": en = ReadString(f, errors); break;
                default: errors.Add(f.Error("PACK_UNKNOWN_FIELD", $"unknown language '{field}' (zh-Hans and en are read)")); break;
            }
        }

        if (zh is null || en is null)
        {
            errors.Add(ctx.Error("PACK_FIELD_MISSING", "a name needs both 'zh-Hans' and 'en'"));
            return null;
        }

        return new LocalizedText(zh, en);
    }

    /// <summary>Canonical JSON: object members sorted by ordinal name, no insignificant white space.</summary>
    internal static readonly JsonWriterOptions CanonicalWriter = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Canonical(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CanonicalWriter))
        {
            WriteCanonical(writer, element);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var p in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(p.Name);
                    WriteCanonical(writer, p.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}

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
