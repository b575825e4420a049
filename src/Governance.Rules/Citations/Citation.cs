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

    /// <summary>
    /// Where the text was read: the issuing body's own address where it is known, otherwise the best copy held
    /// (an official reprint before a news report, a news report before a forum or aggregator copy).
    /// </summary>
    public string? Url { get; init; }

    /// <summary>A secondary copy (转载): an aggregator, forum or news copy kept beside <see cref="Url"/>, never instead of a known official address.</summary>
    public string? Mirror { get; init; }

    /// <summary>
    /// The place whose document this is, as a layer-style code (for example <c>cn</c>, <c>cn.js.suzhou</c>,
    /// <c>cn.ln.benxi</c>); null for a "no source yet" citation. A <c>reported</c> or <c>official</c> value may cite
    /// only a document of its own layer's place or of an ancestor's.
    /// </summary>
    public string? Jurisdiction { get; init; }

    /// <summary>The author of a signed article (署名作者), with the position held, when the source is an article rather than a document.</summary>
    public string? Author { get; init; }

    /// <summary>Where a signed article appeared (刊物、报纸), when known.</summary>
    public string? Publication { get; init; }

    /// <summary>
    /// True for the neutral "no source yet" citation (暂无出处) that placeholders carry: it names no issuing body,
    /// document number, author or publication.
    /// </summary>
    public bool IsNoSource => Issuer is null && DocumentNumber is null && Author is null && Publication is null && Jurisdiction is null;

    /// <summary>The publication date as written in the source: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public string? Published { get; init; }

    /// <summary>The id of the pack layer that declares the citation.</summary>
    public required string Layer { get; init; }

    /// <summary>Returns a copy that names a specific article or clause.</summary>
    /// <param name="article">The article, or null to keep the citation's own.</param>
    /// <returns>The citation for that article.</returns>
    public Citation ForArticle(string? article) => article is null ? this : this with { Article = article };

    /// <summary>
    /// The citation as an official writes it in Chinese: a document as 发文机关《题名》（文号）; a signed article as
    /// 作者署名文章：题名（刊物）; a report by its descriptive title; the article or clause follows. A "no source yet"
    /// citation reads 暂无出处（占位值，待核实）.
    /// </summary>
    /// <returns>The Chinese form.</returns>
    public string ToChinese()
    {
        if (IsNoSource)
        {
            return "暂无出处（占位值，待核实）";
        }

        string text;
        if (Author is not null)
        {
            text = Author + "署名文章：" + Title + "（" + (Publication ?? "刊载处待核实") + "）";
        }
        else if (Issuer is not null || DocumentNumber is not null)
        {
            text = (Issuer ?? string.Empty) + (Title.StartsWith('《') ? Title : "《" + Title + "》");
            if (DocumentNumber is not null)
            {
                text += "（" + DocumentNumber + "）";
            }
        }
        else
        {
            text = Title;
        }

        return Article is null ? text : text + Article;
    }

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

        if ((Author ?? Issuer) is { } who)
        {
            parts.Insert(0, who);
        }

        if (Author is not null && Publication is not null)
        {
            parts.Add(Publication);
        }

        return string.Join(" · ", parts);
    }
}
