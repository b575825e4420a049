using System.Text.Json;
using Governance.Rules.Citations;
using Governance.Rules.Packs;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// Provenance never borrows authority: walks every embedded pack (independently of the loader's own checks)
/// and asserts the honesty rules on every parameter value, catalogue item, category and detail.
/// </summary>
public sealed class PackHonestyTests
{
    public static TheoryData<string> EmbeddedIds() => [.. RulePacks.EmbeddedIds];

    [Theory]
    [MemberData(nameof(EmbeddedIds))]
    public void A_placeholder_cites_no_issuing_body_document_number_or_article(string id)
    {
        var breaches = Uses(RulePacks.Load(id))
            .Where(u => u.Provenance == Provenance.Placeholder && u.Citation is { } c
                && (c.Issuer is not null || c.DocumentNumber is not null || c.Author is not null || c.Publication is not null || c.Jurisdiction is not null))
            .Select(u => $"{u.Where} cites '{u.Citation!.Id}'")
            .ToList();
        Assert.Empty(breaches);
    }

    [Theory]
    [MemberData(nameof(EmbeddedIds))]
    public void A_reported_or_official_value_cites_a_document_of_its_layer_or_an_ancestor(string id)
    {
        var pack = RulePacks.Load(id);
        var allowed = pack.Layers.Select(l => LayerJurisdiction(l.Id)).ToHashSet(StringComparer.Ordinal);
        var breaches = Uses(pack)
            .Where(u => u.Provenance != Provenance.Placeholder && u.Citation is not null)
            .Where(u => u.Citation!.Jurisdiction is null || !allowed.Contains(u.Citation.Jurisdiction))
            .Select(u => $"{u.Where} cites '{u.Citation!.Id}' of '{u.Citation.Jurisdiction ?? "(none)"}'")
            .ToList();
        Assert.Empty(breaches);
    }

    [Theory]
    [MemberData(nameof(EmbeddedIds))]
    public void No_citation_keeps_a_known_official_address_only_as_a_mirror(string id)
    {
        var breaches = RulePacks.Load(id).Citations.Values
            .Where(c => (c.Mirror is { } m && IsGov(m) && (c.Url is null || !IsGov(c.Url))) || (c.Url is null && c.Mirror is not null))
            .Select(c => c.Id)
            .ToList();
        Assert.Empty(breaches);
    }

    [Fact]
    public void The_national_certificate_list_links_the_government_copy_first_and_the_news_copy_as_mirror()
    {
        // 民发〔2020〕20号: the full text on a civil-affairs bureau's site (信息来源：民政部门户网站) is the address held;
        // the 新华每日电讯 reprint on an aggregator is secondary.
        var c = RulePacks.Load(RulePacks.NationalId).Citations["mf-2020-20"];
        Assert.True(IsGov(c.Url!));
        Assert.Equal("http://www.handmsg.com/page/2020/0511/7993567.shtml", c.Mirror);
        Assert.Equal("cn", c.Jurisdiction);
    }

    [Fact]
    public void The_source_article_is_a_signed_article_by_Chen_Zhengfeng_not_a_bureau_document()
    {
        var c = RulePacks.Suzhou.Citations["chen-2022"];
        Assert.Null(c.Issuer);
        Assert.Null(c.DocumentNumber);
        Assert.StartsWith("陈正峰", c.Author, StringComparison.Ordinal);
        Assert.StartsWith("陈正峰（苏州市民政局局长）署名文章：", c.ToChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_rejects_a_placeholder_that_cites_an_issuing_body()
    {
        const string layer = """
            { "id": "test.borrow", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" },
              "citations": { "bureau": { "title": "某通知", "issuer": "苏州市民政局" } },
              "parameters": { "pay.base_amount": { "unit": "元/月", "values": [
                { "from": "2026-01-01", "value": 9000, "provenance": "placeholder", "citation": "bureau" } ] } } }
            """;
        var result = RulePacks.TryLoad("test.borrow", RulePackSource.FromJson(layer, "borrow.json"));
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Code == "PACK_PLACEHOLDER_CITES_AUTHORITY" && e.Source == "borrow.json");
    }

    [Fact]
    public void The_loader_rejects_another_citys_figure_reported_for_Suzhou()
    {
        // Benxi's 3,400 元/月 base (本民发〔2022〕41号) is Benxi's, not Suzhou's: at most a placeholder in a Suzhou layer.
        const string layer = """
            { "id": "test.benxi-in-suzhou", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" },
              "citations": { "benxi": { "title": "本溪市社区工作者薪酬待遇规定", "jurisdiction": "cn.ln.benxi", "documentNumber": "本民发〔2022〕41号" } },
              "parameters": { "pay.base_amount": { "unit": "元/月", "values": [
                { "from": "2026-01-01", "value": 3400, "provenance": "reported", "citation": "benxi" } ] } } }
            """;
        var result = RulePacks.TryLoad("test.benxi-in-suzhou", RulePackSource.FromJson(layer, "benxi.json"));
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors, e => e.Code == "PACK_JURISDICTION_MISMATCH");
        Assert.Contains("cn.ln.benxi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_rejects_a_reported_value_whose_citation_names_no_jurisdiction()
    {
        const string layer = """
            { "id": "test.nowhere", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" },
              "citations": { "blog": { "title": "某解读文章", "url": "https://example.org/a" } },
              "parameters": { "pay.base_amount": { "unit": "元/月", "values": [
                { "from": "2026-01-01", "value": 9000, "provenance": "reported", "citation": "blog" } ] } } }
            """;
        var result = RulePacks.TryLoad("test.nowhere", RulePackSource.FromJson(layer, "nowhere.json"));
        Assert.Contains(result.Errors, e => e.Code == "PACK_CITATION_JURISDICTION_MISSING");
    }

    [Fact]
    public void The_loader_rejects_an_official_address_kept_only_as_a_mirror()
    {
        const string layer = """
            { "id": "test.mirror", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" },
              "citations": { "m": { "title": "某通知", "jurisdiction": "cn.js.suzhou", "url": "https://forum.example.org/t/1", "mirror": "https://mzj.suzhou.gov.cn/a.html" } } }
            """;
        var result = RulePacks.TryLoad("test.mirror", RulePackSource.FromJson(layer, "mirror.json"));
        Assert.Contains(result.Errors, e => e.Code == "PACK_OFFICIAL_URL_SECONDARY");
    }

    private static bool IsGov(string url) => new Uri(url).Host.EndsWith(".gov.cn", StringComparison.OrdinalIgnoreCase);

    /// <summary>The layer's place as its own header declares it (the id when it names none), read from the embedded file.</summary>
    private static string LayerJurisdiction(string id)
    {
        using var stream = typeof(RulePacks).Assembly.GetManifestResourceStream("RulePacks/" + id + "/pack.json")!;
        using var doc = JsonDocument.Parse(stream);
        return doc.RootElement.TryGetProperty("jurisdiction", out var j) ? j.GetString()! : id;
    }

    private static IEnumerable<(string Where, Provenance Provenance, Citation? Citation)> Uses(RulePack pack)
    {
        foreach (var timeline in pack.Parameters.Values)
        {
            foreach (var e in timeline.Entries.Where(e => e.HasValue))
            {
                yield return ($"{pack.Id}: {e.Key} from {e.From}", e.Provenance, e.Citation);
            }
        }

        foreach (var catalogue in pack.Catalogues.ById.Values)
        {
            foreach (var item in catalogue.Items)
            {
                yield return ($"{pack.Id}: {catalogue.Id}/{item.Code} ({item.Layer})", item.Provenance, item.Citation);
                foreach (var (key, detail) in item.Details)
                {
                    yield return ($"{pack.Id}: {catalogue.Id}/{item.Code}/{key} ({item.Layer})", detail.Provenance, detail.Citation);
                }
            }

            foreach (var category in catalogue.Categories)
            {
                yield return ($"{pack.Id}: {catalogue.Id}/categories/{category.Code}", category.Provenance, category.Citation);
            }
        }
    }
}
