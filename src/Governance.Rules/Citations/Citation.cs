namespace Governance.Rules.Citations;

/// <summary>The source of a value in a rule pack: the document, who issued it, its number and where to read it.</summary>
/// <remarks>
/// Citations are declared once per pack layer and referred to by <see cref="Id"/>; a value may add the
/// article or clause it rests on (<see cref="Article"/>).
/// </remarks>
public sealed record Citation
{
    /// <summary>The citation's id within its pack layer, for example <c>chen-2022</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The document title (文件/文章标题).</summary>
    public required string Title { get; init; }

    /// <summary>The issuing body (发文机关), when known.</summary>
    public string? Issuer { get; init; }

    /// <summary>The document number (文号), for example 民发〔2020〕20号, when known.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The article or clause (条款), when known.</summary>
    public string? Article { get; init; }

    /// <summary>Where the text (or the report of it) was read.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date as written in the source: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public string? Published { get; init; }

    /// <summary>The id of the pack layer that declares the citation.</summary>
    public required string Layer { get; init; }

    /// <summary>Returns a copy that names a specific article or clause.</summary>
    /// <param name="article">The article, or null to keep the citation's own.</param>
    /// <returns>The citation for that article.</returns>
    public Citation ForArticle(string? article) => article is null ? this : this with { Article = article };

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>(4) { Title };
        if (DocumentNumber is not null)
        {
            parts.Add(DocumentNumber);
        }

        if (Article is not null)
        {
            parts.Add(Article);
        }

        if (Issuer is not null)
        {
            parts.Insert(0, Issuer);
        }

        return string.Join(" · ", parts);
    }
}
