using Governance.Rules.Citations;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TaskAdmission.AdmissionParameterReadingTests;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

/// <summary>
/// What a review says in each language: the adjustment cycle as an official writes it, the list an item is on, an
/// unlisted item the pack does not let the community refuse, the catalogue step, and the placeholders a review warns of
/// when it is not explained.
/// </summary>
public sealed class AdmissionWordingTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly AdmissionReviewer Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static AdmissionReviewer Reviewer(string layer) => new(LoadLayer(layer).GetPackOrThrow(), SystemClock.Instance);

    [Theory]
    [InlineData(12, "每年", "2026-01-01", "2026年1月1日")] // anchor 01-01: the first adjustment on or after 2025-06-30
    [InlineData(24, "每2年", "2026-01-01", "2026年1月1日")] // from 2024-01-01 in steps of 24 months
    [InlineData(36, "每3年", "2027-01-01", "2027年1月1日")]
    [InlineData(6, "每6个月", "2025-07-01", "2025年7月1日")] // 2024-01-01, 2024-07-01, 2025-01-01, 2025-07-01
    [InlineData(18, "每18个月", "2025-07-01", "2025年7月1日")]
    public void An_item_wanted_now_is_outside_the_cycle_named_in_years_or_months_with_the_next_adjustment_day(int months, string cycleZh, string next, string nextZh)
    {
        var reviewer = months == 12 ? Suzhou : Reviewer(Layer("admission.adjustment_cycle_months", "月", months.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var result = reviewer.Evaluate(AdmissionReviewerTests.Good() with { RequestedStart = null }, EvaluationOptions.On(AsOf));
        var o = result.GetOutcomeOrThrow();
        // A cycle the what-if layer holds only as a placeholder cannot refuse alone: 待核实.
        Assert.Equal(months == 12 ? AdmissionDecision.Refused : AdmissionDecision.NeedsConfirmation, o.Decision);
        Assert.Equal(Date(next), o.NextAdjustment);
        var r = Assert.Single(o.Reasons);
        Assert.Equal(AdmissionReasons.OutsideCycle, r.Reason);
        Assert.Equal($"不在名录调整周期内：名录{cycleZh}调整一次，下次调整日为{nextZh}；非因法律政策变化不得提前准入。", r.Message.ZhHans);
        Assert.Equal($"Outside the adjustment cycle: the catalogue is adjusted every {months} months, next on {next}; without a legal change an item cannot be admitted sooner.", r.Message.En);
        Assert.Equal(months == 12 ? ("cn.js.suzhou", Provenance.Reported) : ("test.what-if", Provenance.Placeholder), (r.Layer, r.Provenance));
        var step = Assert.Single(result.Explanation.Steps, s => s.RuleId == "admission.reason.outside-cycle");
        Assert.Equal(r.Message, step.Message);
        Assert.Equal(["admission.adjustment_cycle_months", "admission.adjustment_anchor"], step.Parameters.Select(p => p.Key));
    }

    /// <summary>
    /// An item that is not a placeholder, from a test layer citing the what-if scheme with its place and no issuing body.
    /// </summary>
    private const string ListedLayer = """
        { "id": "test.listed", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测算层", "en": "What-if layer" },
          "citations": { "what-if": { "title": "测算方案", "jurisdiction": "cn.js.suzhou", "published": "2026" } },
          "catalogues": { "admission": { "items": [ { "code": "test-deliberation", "list": "statutory-duty",
            "name": { "zh-Hans": "组织居民议事协商", "en": "Residents' deliberation" }, "from": "2025-01-01", "citation": "what-if", "provenance": "reported" } ] } } }
        """;

    [Fact]
    public void A_request_on_a_list_is_answered_naming_the_list_the_day_it_was_listed_and_the_basis()
    {
        var o = Reviewer(ListedLayer).Check(new ListCheckRequest { Text = "组织居民议事协商" }, EvaluationOptions.On(AsOf)).GetOutcomeOrThrow();
        Assert.True(o.OnList);
        Assert.False(o.MayRefuse);
        Assert.False(o.NeedsConfirmation);
        Assert.Equal(("test-deliberation", "statutory-duty", "what-if"), (o.Item!.Code, o.List!.Code, o.Basis!.Id));
        Assert.Equal("“组织居民议事协商”列入“依法履职事项”（2025年1月1日起），依据：测算方案。属于准入事项，社区应予承接。", o.Message.ZhHans);
        Assert.Equal("'Residents' deliberation' (组织居民议事协商) is on the list 'Statutory duties' (from 2025-01-01); basis: 测算方案. An admitted item: the community takes it on.", o.Message.En);
    }

    [Fact]
    public void The_review_of_an_item_on_a_list_explains_which_list_from_when_and_on_what_basis()
    {
        var result = Reviewer(ListedLayer).Evaluate(AdmissionReviewerTests.Good() with { Title = "组织居民议事协商" }, EvaluationOptions.On(AsOf));
        Assert.Equal(AdmissionDecision.AlreadyAdmitted, result.GetOutcomeOrThrow().Decision);
        var step = Assert.Single(result.Explanation.Steps, s => s.RuleId == "admission.on-list");
        Assert.Equal("“组织居民议事协商”列入“依法履职事项”（2025年1月1日起），依据：测算方案。", step.Message.ZhHans);
        Assert.Equal("Item 'Residents' deliberation' (test-deliberation) is on the list 'Statutory duties' (layer test.listed, from 2025-01-01); basis: 测算方案.", step.Message.En);
        Assert.Equal([("item", "test-deliberation"), ("list", "statutory-duty")], step.Values.Select(v => (v.Name, v.Value)));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("null")] // the rule ended: the pack says nothing
    public void An_unlisted_request_is_not_called_refusable_when_the_pack_does_not_say_so(string value)
    {
        var reviewer = Reviewer(Layer("admission.unlisted_may_be_refused", "rule", value));
        var result = reviewer.Check(new ListCheckRequest { Text = "帮助完成招商引资指标" }, EvaluationOptions.On(AsOf));
        var o = result.GetOutcomeOrThrow();
        Assert.False(o.OnList);
        Assert.False(o.MayRefuse);
        Assert.Equal("what-if", o.Basis!.Id);
        Assert.Equal("未纳入准入清单，但规则包未规定可以拒绝。", o.Message.ZhHans);
        Assert.Equal("Not on a list, but the pack does not say that unlisted items may be refused.", o.Message.En);
        var step = Assert.Single(result.Explanation.Steps, s => s.RuleId == "admission.unlisted");
        Assert.Equal("规则包未规定未纳入准入清单的事项社区可以拒绝。", step.Message.ZhHans);
        Assert.Equal("The pack does not say that an item not on the admission lists may be refused.", step.Message.En);

        // Suzhou's own rule (民发〔2015〕136号) lets the community refuse, saying so with the date.
        var refusable = Suzhou.Check(new ListCheckRequest { Text = "帮助完成招商引资指标" }, EvaluationOptions.On(AsOf)).GetOutcomeOrThrow();
        Assert.True(refusable.MayRefuse);
        Assert.StartsWith("截至2025年6月30日，该事项未纳入准入清单，社区可以拒绝承接；依据：", refusable.Message.ZhHans, StringComparison.Ordinal);
        Assert.StartsWith("Not admitted on 2025-06-30: you may refuse it; basis: ", refusable.Message.En, StringComparison.Ordinal);
        var refusableStep = Assert.Single(Suzhou.Check(new ListCheckRequest { Text = "帮助完成招商引资指标" }, EvaluationOptions.On(AsOf)).Explanation.Steps, s => s.RuleId == "admission.unlisted");
        Assert.Equal("未纳入准入清单的事项，社区可以拒绝。", refusableStep.Message.ZhHans);
    }

    [Fact]
    public void The_catalogue_step_names_the_catalogue_the_items_in_force_and_the_cited_clean_up_by_list()
    {
        var step = Assert.Single(Suzhou.Evaluate(AdmissionReviewerTests.Good(), EvaluationOptions.On(AsOf)).Explanation.Steps, s => s.RuleId == "admission.catalogue");
        Assert.Equal(
            "名录：苏州市村(社区)工作事项名录（四份清单），2025年6月30日有效事项17项；所引清理结果保留74项（依法履职事项9项、协助政府工作事项55项、达标评比/创建示范事项2项、盖章/出具证明事项8项）。",
            step.Message.ZhHans);
        Assert.Equal(
            "Catalogue: Suzhou catalogue of village and community work items (the four lists), 17 items in force on 2025-06-30; the cited clean-up retained 74 (Statutory duties 9, Assisting government 55, Ratings and creation campaigns 2, Stamping and certification 8).",
            step.Message.En);
        Assert.Equal("admission.catalogue_counts", Assert.Single(step.Parameters).Key);
    }

    [Fact]
    public void The_catalogue_step_of_a_pack_without_a_catalogue_says_so_and_warns_that_none_of_the_counted_items_is_held()
    {
        var layer = $$"""
            { "id": "test.what-if", "version": "1.0.0", "parent": "cn", "name": { "zh-Hans": "测算层", "en": "What-if layer" },
              "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
              "parameters": { "admission.catalogue_counts": { "name": { "zh-Hans": "测算清理结果", "en": "What-if clean-up counts" }, "unit": "项",
                "values": [ { "from": "2025-01-01", "value": { "retained": { "assisting": 3 }, "cancelled": { "work": 1 } }, "provenance": "placeholder", "citation": "what-if" } ] } } }
            """;
        var result = Reviewer(layer).Evaluate(AdmissionReviewerTests.Good(), EvaluationOptions.On(AsOf));
        var step = Assert.Single(result.Explanation.Steps, s => s.RuleId == "admission.catalogue");
        Assert.Equal("名录：（规则包无名录），2025年6月30日有效事项0项；所引清理结果保留3项（assisting3项）。", step.Message.ZhHans);
        Assert.Equal("Catalogue: (none in the pack), 0 items in force on 2025-06-30; the cited clean-up retained 3 (assisting 3).", step.Message.En);
        Assert.Contains(result.Warnings, w => w.Code == "CATALOGUE_INCOMPLETE" && w.ParameterKey == "admission.catalogue_counts");
        Assert.Contains(result.Warnings, w => w.Code == RuleWarning.PlaceholderUsed && w.ParameterKey == "admission.catalogue_counts");
    }

    [Fact]
    public void An_admissible_review_without_explanation_still_warns_of_a_placeholder_approving_body_cycle_and_adjustment_day()
    {
        var reviewer = Reviewer(WhatIfLayer(string.Join(", ",
            Entry("admission.approving_body", "body", """{ "zh-Hans": "苏州市政社互动和城乡社区治理联席会议", "en": "Suzhou city joint meeting on government–society interaction and urban-rural community governance" }"""),
            Entry("admission.adjustment_cycle_months", "月", "12"),
            Entry("admission.adjustment_anchor", "MM-dd", "\"01-01\""))));
        var quiet = reviewer.Evaluate(AdmissionReviewerTests.Good(), EvaluationOptions.On(AsOf, explain: false));
        Assert.Equal(AdmissionDecision.AdmissibleSubjectToApproval, quiet.GetOutcomeOrThrow().Decision);
        Assert.Empty(quiet.Explanation.Steps);
        Assert.Equal(
            ["admission.adjustment_anchor", "admission.adjustment_cycle_months", "admission.approving_body"],
            quiet.Warnings.Where(w => w.Code == RuleWarning.PlaceholderUsed).Select(w => w.ParameterKey).Order(StringComparer.Ordinal));
        var body = Assert.Single(quiet.Warnings, w => w.ParameterKey == "admission.approving_body");
        Assert.Equal("参数“准入事项审批机构”（2025年1月1日起）为占位值，尚未取得正式文本依据，使用前须经当地民政部门核实。", body.Message.ZhHans);
        Assert.Equal("Parameter 'Body approving admission' (admission.approving_body, from 2025-01-01, layer test.what-if) is a placeholder: the real figure is not known yet and needs local confirmation.", body.Message.En);

        // The same warnings, in the same words, as the explained review.
        var explained = reviewer.Evaluate(AdmissionReviewerTests.Good(), EvaluationOptions.On(AsOf));
        Assert.Equal(
            explained.Warnings.Select(w => (w.Code, w.ParameterKey, w.Message.ZhHans, w.Message.En)).Order(),
            quiet.Warnings.Select(w => (w.Code, w.ParameterKey, w.Message.ZhHans, w.Message.En)).Order());
    }
}
