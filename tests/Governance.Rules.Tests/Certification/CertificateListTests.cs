using Governance.Rules.Catalogues;
using Governance.Rules.Certification;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Certification;

/// <summary>The national first batch as written, its bracketed sub-items, the 12 Suzhou categories and "nearest items".</summary>
public sealed class CertificateListTests
{
    private static readonly StampDecider Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static RuleResult<StampOutcome> Evaluate(string text, string date = "2025-06-30", StampDecider? decider = null) =>
        (decider ?? Suzhou).Evaluate(new StampRequest { Text = text }, EvaluationOptions.On(Date(date)));

    [Fact]
    public void The_national_list_keeps_its_official_title_and_its_own_kind_should_not_issue()
    {
        var list = RulePacks.Suzhou.Catalogues[CatalogueKinds.Certification]!.List("not-issued")!;
        Assert.Equal("不应由基层群众性自治组织出具证明事项清单（第一批）", list.Name.ZhHans);
        Assert.Equal(CatalogueKinds.ShouldNotIssue, list.Kind);
        Assert.NotEqual(CatalogueKinds.MayRefuse, list.Kind);
    }

    [Theory]
    // 户籍证明: named for 居民身份信息证明 in the 交汇点 report of the issue (2020-04-27).
    [InlineData("户籍证明", "identity-info")]
    // 收入证明, 经济状况证明: the bracketed sub-items of 居民财产证明.
    [InlineData("收入证明", "property")]
    [InlineData("银行要家庭经济状况证明", "property")]
    // (表现证明) after 社区戒毒社区康复人员情况证明, as every reprint shows.
    [InlineData("社区戒毒社区康复人员表现证明", "drug-rehab-status")]
    public void Bracketed_sub_items_are_aliases_of_their_item_with_its_citation(string text, string code)
    {
        var o = Evaluate(text).GetOutcomeOrThrow();
        Assert.Equal(StampDecisionKind.ShouldNotIssue, o.Kind);
        Assert.Equal(code, o.Item!.Code);
        Assert.Equal("民发〔2020〕20号", o.Basis!.DocumentNumber);
    }

    [Fact]
    public void A_generic_word_alone_is_no_match_and_the_answer_says_there_is_no_close_item()
    {
        // 学历证明 shares only 证明 with every item: after cutting generic words it keeps 学历, which no item has.
        var o = Evaluate("学历证明").GetOutcomeOrThrow();
        Assert.Equal(StampDecisionKind.NotCovered, o.Kind);
        Assert.Empty(o.Candidates);
        Assert.Contains("清单中没有相近事项", o.Message.ZhHans);
        Assert.Contains("No item on the lists is close to it", o.Message.En);
    }

    [Fact]
    public void Nearest_items_rank_by_meaningful_shared_terms()
    {
        // 婚姻证明 keeps 婚姻; 婚姻状况证明 keeps 婚姻 (one shared term) and 收养人婚姻状况… is not in Suzhou.
        var o = Evaluate("婚姻证明").GetOutcomeOrThrow();
        Assert.Equal(StampDecisionKind.NotCovered, o.Kind);
        Assert.Equal("marital-status", o.Candidates[0].Code);
        Assert.All(o.Candidates, c => Assert.NotEmpty(CatalogueMatcher.MeaningfulGrams(c.Name.ZhHans).Intersect(CatalogueMatcher.MeaningfulGrams("婚姻证明"))));
    }

    [Fact]
    public void The_Suzhou_grouping_is_checked_against_the_12_categories_the_article_reports()
    {
        var result = Evaluate("亲属关系证明");
        Assert.Equal(12, RulePacks.Suzhou.Timeline(CertificationParameters.NegativeListCategories)!.At(Date("2025-06-30")).Value);
        Assert.Equal(12, RulePacks.Suzhou.Catalogues[CatalogueKinds.Certification]!.Categories.Count);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "CATEGORY_COUNT_MISMATCH");
        Assert.Contains(result.Explanation!.Steps, s => s.Message.ZhHans.Contains("公布12类；规则包分为12类（占位分类，非正式清单），类数相符", StringComparison.Ordinal));
    }

    [Fact]
    public void A_grouping_with_a_different_count_is_flagged()
    {
        const string layer = """
            { "id": "test.eleven", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" },
              "parameters": { "certification.negative_list_categories": { "unit": "类", "values": [
                { "from": "2025-01-01", "value": 11, "provenance": "placeholder", "citation": "no-source" } ] } } }
            """;
        var decider = new StampDecider(LoadLayer(layer).GetPackOrThrow(), SystemClock.Instance);
        var result = Evaluate("亲属关系证明", decider: decider);
        Assert.Contains(result.Warnings, w => w.Code == "CATEGORY_COUNT_MISMATCH");
    }

    [Fact]
    public void A_placeholder_redirect_is_marked_to_be_confirmed_in_the_answer_and_the_notice()
    {
        // 居民养犬证明: the national list is reported, but where to go is a proposal (facts §2.3, low confidence).
        var o = Evaluate("居民养犬证明").GetOutcomeOrThrow();
        Assert.Equal(StampDecisionKind.ShouldNotIssue, o.Kind);
        Assert.Contains("（去向待核实）", o.Message.ZhHans);
        Assert.Contains(o.Unconfirmed, u => u.ZhHans.Contains("“居民养犬证明”的办理去向", StringComparison.Ordinal));
        Assert.Contains("待核实：尚无正式文本依据", o.RefusalNotice()!);
    }
}
