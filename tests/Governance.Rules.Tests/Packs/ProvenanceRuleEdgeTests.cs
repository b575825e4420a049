using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// The provenance rules at their edges: what counts as a government address, which pairs of address and mirror are
/// refused, every borrowed authority a placeholder's citation names, the places a reported value may cite, and the
/// written form of a jurisdiction.
/// </summary>
public sealed class ProvenanceRuleEdgeTests
{
    private static string Layer(string citation, string provenance = "placeholder", string header = "") => $$"""
        { "id": "test.edges", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" }{{header}},
          "citations": { "c": { "title": "某通知"{{citation}} } },
          "parameters": { "pay.base_amount": { "unit": "元/月", "values": [
            { "from": "2026-01-01", "value": 9000, "provenance": "{{provenance}}", "citation": "c" } ] } } }
        """;

    private static string[] Codes(string json) => [.. LoadLayer(json).Errors.Select(e => e.Code)];

    [Theory]
    [InlineData("https://gov.cn/a.html", true)]
    [InlineData("https://www.gov.cn/zhengce/a.html", true)]
    [InlineData("https://MZJ.SUZHOU.GOV.CN/a.html", true)]
    [InlineData("https://notgov.cn/a.html", false)]
    [InlineData("https://gov.cn.example.org/a.html", false)]
    [InlineData("https://example.org/gov.cn/a.html", false)]
    [InlineData("mzj.suzhou.gov.cn/a.html", false)]
    [InlineData("not an address", false)]
    public void A_government_address_is_one_whose_host_is_gov_cn_or_ends_in_it(string url, bool official) =>
        Assert.Equal(official, ProvenanceRules.IsOfficial(url));

    [Theory]
    [InlineData("https://mzj.suzhou.gov.cn/a.html", "https://news.example.org/a.html", new string[0])]
    [InlineData("https://mzj.suzhou.gov.cn/a.html", "https://www.gov.cn/a.html", new string[0])]
    [InlineData("https://news.example.org/a.html", "https://mzj.suzhou.gov.cn/a.html", new[] { "PACK_OFFICIAL_URL_SECONDARY" })]
    [InlineData(null, "https://news.example.org/a.html", new[] { "PACK_MIRROR_ONLY" })]
    [InlineData(null, "https://mzj.suzhou.gov.cn/a.html", new[] { "PACK_OFFICIAL_URL_SECONDARY", "PACK_MIRROR_ONLY" })]
    public void An_official_address_is_the_url_and_a_mirror_needs_a_url(string? url, string mirror, string[] codes)
    {
        var fields = ", \"jurisdiction\": \"cn.js.suzhou\", \"mirror\": \"" + mirror + "\"" + (url is null ? "" : ", \"url\": \"" + url + "\"");
        Assert.Equal(codes, Codes(Layer(fields, "reported")));
    }

    [Theory]
    [InlineData(", \"issuer\": \"苏州市民政局\"", "an issuing body")]
    [InlineData(", \"documentNumber\": \"苏民发〔2026〕1号\"", "a document number")]
    [InlineData(", \"author\": \"某作者\"", "an article")]
    [InlineData(", \"publication\": \"某报\"", "an article")]
    [InlineData(", \"author\": \"某作者\", \"publication\": \"某报\"", "an article")]
    [InlineData(", \"jurisdiction\": \"cn.js.suzhou\"", "a jurisdiction")]
    [InlineData(", \"issuer\": \"苏州市民政局\", \"documentNumber\": \"苏民发〔2026〕1号\", \"author\": \"某作者\", \"jurisdiction\": \"cn.js.suzhou\"", "an issuing body, a document number, an article, a jurisdiction")]
    public void A_placeholder_is_told_every_authority_its_citation_borrows(string fields, string named)
    {
        var error = Assert.Single(LoadLayer(Layer(fields)).Errors);
        Assert.Equal("PACK_PLACEHOLDER_CITES_AUTHORITY", error.Code);
        Assert.Equal($"a placeholder must not borrow a source's authority: citation 'c' names {named}; cite a 'no source yet' citation and say in the note where the pattern was borrowed from", error.Message);
        Assert.Equal("$.parameters['pay.base_amount'].values[0]", error.Path);
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("cn.js")]
    [InlineData("cn.js.suzhou")]
    [InlineData("test.edges")]
    public void A_reported_or_official_value_may_cite_its_own_place_or_an_ancestors(string place)
    {
        Assert.Empty(Codes(Layer(", \"jurisdiction\": \"" + place + "\"", "reported")));
        Assert.Empty(Codes(Layer(", \"jurisdiction\": \"" + place + "\"", "official")));
    }

    [Fact]
    public void Another_place_is_refused_with_the_places_allowed_in_order_and_a_header_jurisdiction_replaces_the_id()
    {
        var error = Assert.Single(LoadLayer(Layer(", \"jurisdiction\": \"cn.js.wuxi\"", "official")).Errors);
        Assert.Equal("PACK_JURISDICTION_MISMATCH", error.Code);
        Assert.Equal("a value marked 'official' of layer 'test.edges' cites a document of 'cn.js.wuxi', which is neither this layer's place nor an ancestor's (cn, cn.js, cn.js.suzhou, test.edges); another place's figure is at most a placeholder here", error.Message);

        // A layer that speaks for Wuxi (its header says so) may report Wuxi's figure, and no longer its own id's.
        Assert.Empty(Codes(Layer(", \"jurisdiction\": \"cn.js.wuxi\"", "reported", ", \"jurisdiction\": \"cn.js.wuxi\"")));
        Assert.Equal(["PACK_JURISDICTION_MISMATCH"], Codes(Layer(", \"jurisdiction\": \"test.edges\"", "reported", ", \"jurisdiction\": \"cn.js.wuxi\"")));
    }

    [Fact]
    public void A_value_of_another_provenance_word_is_not_checked_for_its_source_here()
    {
        // The provenance word itself is refused by the reader; the source rules add nothing to that.
        var codes = Codes(Layer(", \"jurisdiction\": \"cn.js.wuxi\"", "rumoured"));
        Assert.DoesNotContain("PACK_JURISDICTION_MISMATCH", codes);
        Assert.DoesNotContain("PACK_CITATION_JURISDICTION_MISSING", codes);
        Assert.NotEmpty(codes);
    }

    [Theory]
    [InlineData("cn.js.suzhou", true)]
    [InlineData("cn-js", true)]
    [InlineData("a1.b2-c3", true)]
    [InlineData("CN.js", false)]
    [InlineData("cn..js", false)]
    [InlineData("cn.js.", false)]
    [InlineData(".cn", false)]
    [InlineData("cn js", false)]
    [InlineData("", false)]
    public void A_jurisdiction_is_lower_case_words_joined_by_dots_or_hyphens(string place, bool valid)
    {
        var inCitation = Codes(Layer(", \"jurisdiction\": \"" + place + "\"", "placeholder"));
        Assert.Equal(!valid, inCitation.Contains("PACK_INVALID_JURISDICTION"));
        var inHeader = Codes(Layer("", "placeholder", ", \"jurisdiction\": \"" + place + "\""));
        Assert.Equal(valid ? [] : ["PACK_INVALID_JURISDICTION"], inHeader);
    }
}
