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

        // A layer read with errors still resolves (its errors stay reported), so its other errors surface in the same run.
        return errors.Count == before || layer.Id is not null ? layer : null;
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

            // The JSON reader checks the encoding of a string only when it is read, and then throws: check it first.
            if (!System.Text.Unicode.Utf8.IsValid(span.Span))
            {
                errors.Add(new PackLoadError("PACK_INVALID_JSON", source, FirstInvalidByte(span.Span), "not valid JSON: the text is not UTF-8 (a byte sequence that is not a character)"));
                return;
            }

            document = JsonDocument.Parse(span, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, byte {ex.BytePositionInLine + 1}")
                : "$";
            errors.Add(new PackLoadError("PACK_INVALID_JSON", source, where, "not valid JSON: " + SyntaxText(ex.Message)));
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
                layer.UnreadCitations.Add(id);
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
                layer.UnreadCitations.Add(id);
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

    /// <summary>Where the first byte that does not start a UTF-8 character is: line and byte in the line, counted from 1.</summary>
    private static string FirstInvalidByte(ReadOnlySpan<byte> text)
    {
        int line = 1, lineStart = 0, i = 0;
        while (i < text.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(text[i..], out _, out var length) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (text[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += length;
        }

        return string.Create(CultureInfo.InvariantCulture, $"line {line}, byte {i - lineStart + 1}");
    }

    /// <summary>What is wrong with a pack file's JSON, in words, without the reader's internals (its settings and counters).</summary>
    private static string SyntaxText(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut < 0 ? message : message[..cut]).Trim();
        if (text.Contains("depth", StringComparison.OrdinalIgnoreCase) && text.Contains("exceed", StringComparison.OrdinalIgnoreCase))
        {
            return "nested deeper than " + RulePackLimits.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels";
        }

        if (text.Contains("Expected end of data", StringComparison.Ordinal))
        {
            return "something follows the end of the JSON document";
        }

        if (text.Contains("end of data", StringComparison.Ordinal) || text.Contains("should be closed", StringComparison.Ordinal))
        {
            return "the file ends before the JSON is complete (a closing brace or bracket is missing)";
        }

        if (text.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "a comma before a closing brace or bracket";
        }

        // The reader does not name a comment as such: it finds a '/' where a value or a separator belongs.
        if (text.StartsWith("'/' is", StringComparison.Ordinal))
        {
            return "a '/' outside a string (comments are not allowed)";
        }

        // Keep the first sentence only: later ones speak of reader settings the author cannot change.
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        return (stop < 0 ? text : text[..stop]).TrimEnd('.');
    }
}
