using Governance.Rules.Certification;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Certification;

/// <summary>
/// The words of a "may refuse to stamp" answer (可不予盖章), its refusal notice and the catalogue steps of the
/// explanation, over a what-if layer that adds one list of that kind with one item (no official text is held for
/// Suzhou's 12-category list, so the list, the item and its grouping are test data, not policy).
/// </summary>
public sealed class MayRefuseAnswerTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");

    // The item is "reported" only so that it is decided on its list (a placeholder item needs confirmation instead);
    // its citation names no issuing body and no document number.
    private static string Layer(string categories = "", string parameters = "") => $$"""
        {
          "id": "test.may-refuse",
          "version": "1.0.0",
          "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "测算层", "en": "What-if layer" },
          "citations": {
            "what-if": { "title": "测算方案", "published": "2026" },
            "r": { "title": "测试文件", "jurisdiction": "cn.js.suzhou", "published": "2026" }
          },
          {{parameters}}
          "catalogues": {
            "certification": {
              "lists": {
                "may-refuse": { "name": { "zh-Hans": "可不予盖章事项（测算）", "en": "May refuse to stamp (what-if)" }, "kind": "may-refuse" }
              },
              {{categories}}
              "items": [
                {
                  "code": "what-if-stamp",
                  "list": "may-refuse",
                  "name": { "zh-Hans": "测算盖章事项", "en": "What-if stamping item" },
                  "from": "2019-01-01",
                  "citation": "r",
                  "provenance": "reported",
                  "details": {
                    "redirect": { "zh-Hans": "测算办理窗口", "en": "the what-if service window", "provenance": "official", "citation": "r" }
                  }
                }
              ]
            }
          }
        }
        """;

    private static string Grouping(string provenance, string citation) => $$"""
        "categories": [
          { "code": "what-if-group", "name": { "zh-Hans": "测算分类", "en": "What-if group" }, "items": [ "what-if-stamp" ], "provenance": "{{provenance}}", "citation": "{{citation}}" },
          { "code": "what-if-kin", "name": { "zh-Hans": "测算亲属分类", "en": "What-if kinship group" }, "items": [ "kinship" ], "provenance": "{{provenance}}", "citation": "{{citation}}" }
        ],
        """;

    private const string TwoCategoriesPublished = """
        "parameters": {
          "certification.negative_list_categories": { "unit": "类", "values": [
            { "from": "2025-01-01", "value": 2, "provenance": "placeholder", "citation": "what-if" } ] }
        },
        """;

    private static StampDecider Decider(string categories = "", string parameters = "") =>
        new(LoadLayer(Layer(categories, parameters)).GetPackOrThrow(), SystemClock.Instance);

    private static RuleResult<StampOutcome> Evaluate(StampDecider decider, StampRequest request, string date = "2025-06-30") =>
        decider.Evaluate(request, EvaluationOptions.On(Date(date)));

    private static ExplanationStep Step(RuleResult<StampOutcome> result, string ruleId) =>
        Assert.Single(result.Explanation!.Steps, s => s.RuleId == ruleId);

    [Fact]
    public void An_item_on_a_may_refuse_list_without_a_category_says_the_committee_may_refuse_and_gives_its_basis_and_where_to_go()
    {
        var result = Evaluate(Decider(), new StampRequest { Code = "what-if-stamp" });
        var o = result.GetOutcomeOrThrow();
        Assert.Equal(StampDecisionKind.MayRefuse, o.Kind);
        Assert.Null(o.Category);
        Assert.Empty(o.Unconfirmed);
        Assert.Equal("“测算盖章事项”列入“可不予盖章事项（测算）”，本委员会可不予盖章。依据：测试文件。请申请人到测算办理窗口办理。", o.Message.ZhHans);
        Assert.Equal("'What-if stamping item' (测算盖章事项) is on the list 'May refuse to stamp (what-if)': the committee may refuse to stamp it. Basis: 测试文件. Send the applicant to the what-if service window.", o.Message.En);
        Assert.Equal(StampDecisionKind.MayRefuse, Decider().Decide("what-if-stamp", AsOf).Kind);
    }

    [Fact]
    public void The_explanation_step_of_a_may_refuse_answer_is_named_by_its_kind_and_names_item_list_and_layer()
    {
        var result = Evaluate(Decider(), new StampRequest { Code = "what-if-stamp" });
        var step = Step(result, "certification.may-refuse");
        Assert.Equal(result.Outcome!.Message, step.Message);
        Assert.Equal(
            [new NamedValue("item", "what-if-stamp"), new NamedValue("list", "may-refuse"), new NamedValue("layer", "test.may-refuse")],
            step.Values);
    }

    [Fact]
    public void A_may_refuse_item_in_a_cited_category_names_the_category_without_a_placeholder_mark()
    {
        var o = Evaluate(Decider(Grouping("reported", "r")), new StampRequest { Code = "what-if-stamp" }).GetOutcomeOrThrow();
        Assert.Equal("what-if-group", o.Category!.Code);
        Assert.Equal("“测算盖章事项”列入“可不予盖章事项（测算）”，本委员会可不予盖章。依据：测试文件。所属类别：测算分类。请申请人到测算办理窗口办理。", o.Message.ZhHans);
        Assert.Equal("'What-if stamping item' (测算盖章事项) is on the list 'May refuse to stamp (what-if)': the committee may refuse to stamp it. Basis: 测试文件. Category: What-if group. Send the applicant to the what-if service window.", o.Message.En);
    }

    [Fact]
    public void A_may_refuse_item_in_a_placeholder_category_says_the_grouping_is_not_an_official_list()
    {
        var result = Evaluate(Decider(Grouping("placeholder", "what-if")), new StampRequest { Code = "what-if-stamp" });
        var o = result.GetOutcomeOrThrow();
        Assert.Equal(StampDecisionKind.MayRefuse, o.Kind);
        Assert.Equal("“测算盖章事项”列入“可不予盖章事项（测算）”，本委员会可不予盖章。依据：测试文件。所属类别：测算分类（占位分类，非正式清单）。请申请人到测算办理窗口办理。", o.Message.ZhHans);
        Assert.Equal("'What-if stamping item' (测算盖章事项) is on the list 'May refuse to stamp (what-if)': the committee may refuse to stamp it. Basis: 测试文件. Category: What-if group (a placeholder grouping, not an official list). Send the applicant to the what-if service window.", o.Message.En);
        Assert.Contains(result.Warnings, w => w.Code == RuleWarning.PlaceholderUsed && w.ParameterKey == "certification/categories/what-if-group");
    }

    [Fact]
    public void The_catalogue_step_counts_the_certificates_not_issued_on_the_date_against_the_published_20()
    {
        // Suzhou holds the national 20, all of the kind "should not issue": the count and the published size agree.
        var suzhou = new StampDecider(RulePacks.Suzhou, SystemClock.Instance);
        var step = Step(suzhou.Evaluate(new StampRequest { Code = "kinship" }, EvaluationOptions.On(AsOf)), "certification.catalogue");
        Assert.Equal("2025年6月30日有效的不予出具（不予盖章）证明事项20项；所引清单公布20项。", step.Message.ZhHans);
        Assert.Equal("20 certificates no longer issued are in force on 2025-06-30; the cited list publishes 20.", step.Message.En);
    }

    [Fact]
    public void An_item_the_committee_only_may_refuse_is_not_counted_among_the_certificates_no_longer_issued()
    {
        // Suzhou's 20 plus one may-refuse item: still 20 of the published 20, and no warning that the list is incomplete.
        var result = Evaluate(Decider(), new StampRequest { Code = "what-if-stamp" });
        var step = Step(result, "certification.catalogue");
        Assert.Equal("2025年6月30日有效的不予出具（不予盖章）证明事项20项；所引清单公布20项。", step.Message.ZhHans);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "CATALOGUE_INCOMPLETE");
    }

    [Fact]
    public void Before_the_national_list_is_published_the_catalogue_step_counts_the_items_without_a_published_size()
    {
        // Two what-if items put on the national list's code before 2020-04-27, when no published size is in force.
        var json = Catalogues.CatalogueTestLayers.Layer(
            Catalogues.CatalogueTestLayers.Item("what-if-one", "测算甲证明", from: "2019-01-01") + ","
            + Catalogues.CatalogueTestLayers.Item("what-if-two", "测算乙证明", from: "2019-01-01"));
        var decider = new StampDecider(LoadLayer(json).GetPackOrThrow(), SystemClock.Instance);
        var result = Evaluate(decider, new StampRequest { Code = "what-if-one" }, "2019-06-01");
        var step = Step(result, "certification.catalogue");
        Assert.Equal("2019年6月1日有效的不予出具（不予盖章）证明事项2项。", step.Message.ZhHans);
        Assert.Equal("2 certificates no longer issued are in force on 2019-06-01.", step.Message.En);
        Assert.DoesNotContain(result.Explanation!.Steps, s => s.RuleId == "certification.categories");
        Assert.DoesNotContain(result.Warnings, w => w.Code == "CATALOGUE_INCOMPLETE");
    }

    [Fact]
    public void One_certificate_no_longer_issued_is_counted_in_the_singular_in_English()
    {
        var json = Catalogues.CatalogueTestLayers.Layer(Catalogues.CatalogueTestLayers.Item("what-if-one", "测算甲证明", from: "2019-01-01"));
        var decider = new StampDecider(LoadLayer(json).GetPackOrThrow(), SystemClock.Instance);
        var step = Step(Evaluate(decider, new StampRequest { Code = "what-if-one" }, "2019-06-01"), "certification.catalogue");
        Assert.Equal("2019年6月1日有效的不予出具（不予盖章）证明事项1项。", step.Message.ZhHans);
        Assert.Equal("1 certificate no longer issued is in force on 2019-06-01.", step.Message.En);
    }

    [Fact]
    public void The_categories_step_says_the_counts_differ_when_a_cited_grouping_has_fewer_categories_than_published()
    {
        var result = Evaluate(Decider(Grouping("reported", "r")), new StampRequest { Code = "what-if-stamp" });
        var step = Step(result, "certification.categories");
        Assert.Equal("可不予盖章负面清单公布12类；规则包分为2类，类数不符。", step.Message.ZhHans);
        Assert.Equal("The negative list is published with 12 categories; the pack groups its items into 2: the counts differ.", step.Message.En);
        Assert.Contains(result.Warnings, w => w.Code == "CATEGORY_COUNT_MISMATCH");
    }

    [Fact]
    public void The_categories_step_says_the_counts_differ_and_marks_a_placeholder_grouping()
    {
        var step = Step(Evaluate(Decider(Grouping("placeholder", "what-if")), new StampRequest { Code = "what-if-stamp" }), "certification.categories");
        Assert.Equal("可不予盖章负面清单公布12类；规则包分为2类（占位分类，非正式清单），类数不符。", step.Message.ZhHans);
        Assert.Equal("The negative list is published with 12 categories; the pack groups its items into 2 (a placeholder grouping, not the official list): the counts differ.", step.Message.En);
    }

    [Fact]
    public void The_categories_step_says_the_counts_agree_for_a_cited_grouping_of_the_published_number()
    {
        var result = Evaluate(Decider(Grouping("reported", "r"), TwoCategoriesPublished), new StampRequest { Code = "what-if-stamp" });
        var step = Step(result, "certification.categories");
        Assert.Equal("可不予盖章负面清单公布2类；规则包分为2类，类数相符。", step.Message.ZhHans);
        Assert.Equal("The negative list is published with 2 categories; the pack groups its items into 2: the counts agree.", step.Message.En);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "CATEGORY_COUNT_MISMATCH");
    }

    [Fact]
    public void The_Suzhou_categories_step_reads_the_same_in_English()
    {
        var result = new StampDecider(RulePacks.Suzhou, SystemClock.Instance).Evaluate(new StampRequest { Code = "kinship" }, EvaluationOptions.On(AsOf));
        var step = Step(result, "certification.categories");
        Assert.Equal("可不予盖章负面清单公布12类；规则包分为12类（占位分类，非正式清单），类数相符。", step.Message.ZhHans);
        Assert.Equal("The negative list is published with 12 categories; the pack groups its items into 12 (a placeholder grouping, not the official list): the counts agree.", step.Message.En);
    }

    [Fact]
    public void The_refusal_notice_of_a_may_refuse_item_names_the_list_and_its_basis_and_leaves_an_official_redirect_unmarked()
    {
        var o = Evaluate(Decider(), new StampRequest { Code = "what-if-stamp" }).GetOutcomeOrThrow();
        var zh = o.RefusalNotice()!;
        Assert.Contains("经核，该证明事项列入《可不予盖章事项（测算）》，依据为测试文件。本委员会不予出具。" + Environment.NewLine, zh);
        Assert.Contains("办理去向：测算办理窗口" + Environment.NewLine, zh);
        var en = o.RefusalNotice(Language.En)!;
        Assert.Contains("This certificate is on the list \"May refuse to stamp (what-if)\" (basis: 测试文件). This committee does not issue it." + Environment.NewLine, en);
        Assert.Contains("Where to go: the what-if service window" + Environment.NewLine, en);
    }

    [Fact]
    public void A_refusal_notice_without_a_basis_names_the_list_alone()
    {
        var o = Evaluate(Decider(), new StampRequest { Code = "what-if-stamp" }).GetOutcomeOrThrow() with { Basis = null };
        Assert.Contains("经核，该证明事项列入《可不予盖章事项（测算）》。本委员会不予出具。" + Environment.NewLine, o.RefusalNotice());
        Assert.Contains("This certificate is on the list \"May refuse to stamp (what-if)\". This committee does not issue it." + Environment.NewLine, o.RefusalNotice(Language.En));
    }

    [Fact]
    public void Free_text_naming_no_item_keeps_what_was_written_and_the_explanation_shows_the_normalised_text()
    {
        var suzhou = new StampDecider(RulePacks.Suzhou, SystemClock.Instance);
        var result = suzhou.Evaluate(new StampRequest { Text = "开个亲属证明！" }, EvaluationOptions.On(AsOf));
        var o = result.GetOutcomeOrThrow();
        Assert.Equal(StampDecisionKind.NotCovered, o.Kind);
        Assert.Equal("开个亲属证明！", o.AskedText);
        Assert.Equal([new NamedValue("text", "开个亲属证明")], Step(result, "certification.not-covered").Values);
    }

    [Fact]
    public void A_known_code_not_in_force_on_the_date_is_not_covered_with_no_text_and_no_close_items()
    {
        // Hubei ends the national 健在证明 on 2021-02-10: the code is known to the pack but names nothing that day.
        var hubei = new StampDecider(RulePacks.Load("example.hubei"), SystemClock.Instance);
        var result = hubei.Evaluate(new StampRequest { Code = "alive" }, EvaluationOptions.On(Date("2021-02-10")));
        var o = result.GetOutcomeOrThrow();
        Assert.Equal(StampDecisionKind.NotCovered, o.Kind);
        Assert.Empty(o.Candidates);
        Assert.Null(o.AskedText);
        Assert.Equal([new NamedValue("text", string.Empty)], Step(result, "certification.not-covered").Values);
        Assert.Equal("清单未列明该证明事项。清单中没有相近事项。有法律法规依据、属于本委员会职责范围且能够核实的，据实出具；否则不予出具。", o.Message.ZhHans);
        Assert.Equal("The lists do not name this certificate. No item on the lists is close to it. Where a legal basis exists, the matter is within the committee's duties and can be verified, issue on the facts; otherwise do not.", o.Message.En);
    }
}
