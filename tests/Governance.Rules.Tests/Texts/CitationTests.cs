using Governance.Rules.Citations;

namespace Governance.Rules.Tests.Texts;

/// <summary>How a source is written for an official (Chinese) and in a log line, and when it counts as "no source yet".</summary>
public sealed class CitationTests
{
    private static readonly Citation Document = new()
    {
        Id = "mz-2020-20",
        Title = "关于改进和规范基层群众性自治组织出具证明工作的指导意见",
        Issuer = "民政部等六部门",
        DocumentNumber = "民发〔2020〕20号",
        Jurisdiction = "cn",
        Layer = "cn",
    };

    private static readonly Citation Article = new()
    {
        Id = "chen-2022",
        Title = "推进基层治理现代化",
        Author = "陈正峰（苏州市民政局局长）",
        Publication = "中国民政",
        Jurisdiction = "cn.js.suzhou",
        Layer = "cn.js.suzhou",
    };

    private static readonly Citation NoSource = new() { Id = "none", Title = "暂无出处", Layer = "cn.js.suzhou" };

    [Fact]
    public void A_document_reads_issuer_title_in_book_marks_and_number_then_the_article()
    {
        Assert.Equal("民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》（民发〔2020〕20号）", Document.ToChinese());
        Assert.Equal("民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》（民发〔2020〕20号）第三条", Document.ForArticle("第三条").ToChinese());
    }

    [Fact]
    public void A_title_already_in_book_marks_is_not_marked_twice_and_a_missing_issuer_or_number_leaves_no_gap()
    {
        Assert.Equal("《苏州市社区工作事项准入清单》（苏民规〔2023〕1号）", (Document with { Issuer = null, Title = "《苏州市社区工作事项准入清单》", DocumentNumber = "苏民规〔2023〕1号" }).ToChinese());
        Assert.Equal("民政部等六部门《指导意见》", (Document with { Title = "指导意见", DocumentNumber = null }).ToChinese());
    }

    [Fact]
    public void A_signed_article_reads_author_title_and_publication_and_says_when_the_publication_is_unknown()
    {
        Assert.Equal("陈正峰（苏州市民政局局长）署名文章：推进基层治理现代化（中国民政）", Article.ToChinese());
        Assert.Equal("陈正峰（苏州市民政局局长）署名文章：推进基层治理现代化（刊载处待核实）", (Article with { Publication = null }).ToChinese());
        Assert.Equal("陈正峰（苏州市民政局局长）署名文章：推进基层治理现代化（中国民政）第二部分", Article.ForArticle("第二部分").ToChinese());
    }

    [Fact]
    public void A_report_with_no_issuer_number_or_author_reads_by_its_title()
    {
        var report = new Citation { Id = "news", Title = "苏州社区减负新闻报道", Jurisdiction = "cn.js.suzhou", Layer = "cn.js.suzhou" };
        Assert.False(report.IsNoSource);
        Assert.Equal("苏州社区减负新闻报道", report.ToChinese());
        Assert.Equal("苏州社区减负新闻报道第一段", report.ForArticle("第一段").ToChinese());
    }

    [Fact]
    public void A_no_source_citation_says_so_and_names_no_body_even_with_an_article()
    {
        Assert.True(NoSource.IsNoSource);
        Assert.Equal("暂无出处（占位值，待核实）", NoSource.ToChinese());
        Assert.Equal("暂无出处（占位值，待核实）", NoSource.ForArticle("第一条").ToChinese());
    }

    [Fact]
    public void Any_one_of_issuer_number_author_publication_or_place_makes_a_real_source()
    {
        Assert.False((NoSource with { Issuer = "苏州市民政局" }).IsNoSource);
        Assert.False((NoSource with { DocumentNumber = "苏民发〔2022〕1号" }).IsNoSource);
        Assert.False((NoSource with { Author = "某作者" }).IsNoSource);
        Assert.False((NoSource with { Publication = "某刊物" }).IsNoSource);
        Assert.False((NoSource with { Jurisdiction = "cn.js.suzhou" }).IsNoSource);
        Assert.True((NoSource with { Url = "https://example.org/a", Mirror = "https://example.org/b", Published = "2022" }).IsNoSource);
    }

    [Fact]
    public void For_article_null_keeps_the_citation_and_a_new_article_replaces_the_old()
    {
        Assert.Same(Document, Document.ForArticle(null));
        var third = Document.ForArticle("第三条");
        Assert.Equal("第三条", third.Article);
        Assert.Equal("第四条", third.ForArticle("第四条").Article);
        Assert.Null(Document.Article);
    }

    [Fact]
    public void The_log_line_puts_the_issuer_or_author_first_then_title_number_article_and_publication()
    {
        Assert.Equal("民政部等六部门 · 关于改进和规范基层群众性自治组织出具证明工作的指导意见 · 民发〔2020〕20号 · 第三条", Document.ForArticle("第三条").ToString());
        Assert.Equal("陈正峰（苏州市民政局局长） · 推进基层治理现代化 · 中国民政", Article.ToString());
        Assert.Equal("陈正峰（苏州市民政局局长） · 推进基层治理现代化", (Article with { Publication = null }).ToString());
        // A publication without an author is not a signed article: the log line leaves it out.
        Assert.Equal("苏州社区减负新闻报道", (NoSource with { Title = "苏州社区减负新闻报道", Publication = "苏州日报" }).ToString());
        Assert.Equal("暂无出处", NoSource.ToString());
        // A signed article that also names a body is logged under its author.
        Assert.Equal("陈正峰（苏州市民政局局长） · 推进基层治理现代化 · 中国民政", (Article with { Issuer = "苏州市民政局" }).ToString());
    }
}
