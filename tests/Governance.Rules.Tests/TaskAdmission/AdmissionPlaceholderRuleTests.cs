using Governance.Rules.Citations;
using Governance.Rules.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;
using static Governance.Rules.Tests.TaskAdmission.AdmissionParameterReadingTests;

namespace Governance.Rules.Tests.TaskAdmission;

/// <summary>
/// A refusal that rests on a rule the pack holds only as a placeholder is warned of, with and without explanation, the
/// reason carries the rule's placeholder provenance, and when no sourced rule refuses as well the decision is 待核实, not
/// 不予准入: the answer is not given with an authority the pack lacks.
/// </summary>
public sealed class AdmissionPlaceholderRuleTests
{
    private static readonly LocalDate AsOf = Date("2026-02-01");

    public static TheoryData<string, int, int> Rules => new()
    {
        { "admission.plaques_banned", (int)WorkItemDemands.Plaques, (int)AdmissionReasons.PlaqueBan },
        { "admission.ledgers_banned", (int)WorkItemDemands.Ledgers, (int)AdmissionReasons.LedgerBan },
        { "admission.app_check_ins_banned", (int)WorkItemDemands.AppCheckIns, (int)AdmissionReasons.AppCheckInBan },
        { "admission.repeated_reporting_banned", (int)WorkItemDemands.RepeatedReporting, (int)AdmissionReasons.RepeatedReportingBan },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_ban_held_as_a_placeholder_is_warned_of_when_it_refuses_explained_or_not(string key, int demand, int reason)
    {
        var reviewer = new AdmissionReviewer(LoadLayer(Layer(key, "rule", "true")).GetPackOrThrow(), SystemClock.Instance);
        var request = AdmissionReviewerTests.Good() with { Demands = (WorkItemDemands)demand, RequestedStart = Date("2027-01-01") };
        foreach (var explain in new[] { false, true })
        {
            var result = reviewer.Evaluate(request, EvaluationOptions.On(AsOf, explain));
            var outcome = result.GetOutcomeOrThrow();
            Assert.Equal((AdmissionReasons)reason, outcome.ReasonFlags);
            Assert.Contains(result.Warnings, w => w.Code == RuleWarning.PlaceholderUsed && w.ParameterKey == key);
            Assert.Equal(Provenance.Placeholder, Assert.Single(outcome.Reasons).Provenance);
            Assert.Equal(AdmissionDecision.NeedsConfirmation, outcome.Decision);
        }

        var explained = reviewer.Evaluate(request, EvaluationOptions.On(AsOf, explain: true)).Explanation.Steps.Single(s => s.RuleId == "admission.decision");
        Assert.Equal(
            "结论：待核实。不予准入的理由所依据的规则在规则包中均为占位内容，尚未取得正式文本，须经当地民政部门核实后方能确定是否准入。",
            explained.Message.ZhHans);
        Assert.Equal(
            "Decision: to be confirmed. Every reason to refuse rests on a rule the pack holds only as a placeholder, without its official text; the local civil-affairs bureau must confirm whether the item may be admitted.",
            explained.Message.En);

        // The fast path decides alike.
        var facts = new AdmissionFacts(request.ListType, true, request.Resources, request.Demands, null, request.RequestedStart, false);
        var verdict = reviewer.Review(facts, AsOf);
        Assert.Equal(AdmissionDecision.NeedsConfirmation, verdict.Decision);
        Assert.Equal((AdmissionReasons)reason, verdict.Reasons);

        // Without the demand the ban is not used, and not warned of.
        var clean = reviewer.Evaluate(request with { Demands = WorkItemDemands.None }, EvaluationOptions.On(AsOf, explain: false));
        Assert.DoesNotContain(clean.Warnings, w => w.ParameterKey == key);
    }

    [Fact]
    public void A_placeholder_ban_beside_a_sourced_reason_still_refuses()
    {
        // No legal basis is refused by the national rule (reported); the placeholder ban adds a reason, not doubt.
        var reviewer = new AdmissionReviewer(LoadLayer(Layer("admission.plaques_banned", "rule", "true")).GetPackOrThrow(), SystemClock.Instance);
        var request = AdmissionReviewerTests.Good() with { Demands = WorkItemDemands.Plaques, LegalBasis = [], RequestedStart = Date("2027-01-01") };
        var outcome = reviewer.Evaluate(request, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow();
        Assert.Equal(AdmissionDecision.Refused, outcome.Decision);
        Assert.Equal(AdmissionReasons.PlaqueBan | AdmissionReasons.NoLegalBasis, outcome.ReasonFlags);
        Assert.Equal(
            [Provenance.Reported, Provenance.Placeholder],
            outcome.Reasons.OrderBy(r => r.Reason).Select(r => r.Provenance));
    }

    [Fact]
    public void The_same_ban_sourced_in_the_shipped_pack_refuses()
    {
        var request = AdmissionReviewerTests.Good() with { Demands = WorkItemDemands.Plaques, RequestedStart = Date("2027-01-01") };
        var outcome = new AdmissionReviewer(RulePacks.Suzhou, SystemClock.Instance).Evaluate(request, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow();
        Assert.Equal(AdmissionDecision.Refused, outcome.Decision);
        Assert.Equal(Provenance.Reported, Assert.Single(outcome.Reasons).Provenance);
    }

    [Fact]
    public void An_unlisted_item_under_a_placeholder_refusal_rule_is_to_be_confirmed_not_refusable()
    {
        var reviewer = new AdmissionReviewer(LoadLayer(Layer("admission.unlisted_may_be_refused", "rule", "true")).GetPackOrThrow(), SystemClock.Instance);
        var result = reviewer.Check(new ListCheckRequest { Text = "帮助完成招商引资指标" }, EvaluationOptions.On(AsOf, explain: false));
        var o = result.GetOutcomeOrThrow();
        Assert.False(o.OnList);
        Assert.False(o.MayRefuse);
        Assert.True(o.NeedsConfirmation);
        Assert.Equal(
            "待核实：截至2026年2月1日，该事项未纳入准入清单；规则包中“未纳入清单的事项社区可以拒绝”一条为占位内容，尚未取得正式文本，能否拒绝承接须经当地民政部门核实。",
            o.Message.ZhHans);
        Assert.Equal(
            "To be confirmed: not admitted on 2026-02-01, but the pack holds the rule that unlisted items may be refused only as a placeholder, without its official text; whether you may refuse it needs confirmation by the local civil-affairs bureau.",
            o.Message.En);
        Assert.Contains(result.Warnings, w => w.Code == RuleWarning.PlaceholderUsed && w.ParameterKey == "admission.unlisted_may_be_refused");

        // Held as a placeholder that unlisted items may not be refused: nothing to confirm, and no refusal.
        var no = new AdmissionReviewer(LoadLayer(Layer("admission.unlisted_may_be_refused", "rule", "false")).GetPackOrThrow(), SystemClock.Instance)
            .Check(new ListCheckRequest { Text = "帮助完成招商引资指标" }, EvaluationOptions.On(AsOf, explain: false)).GetOutcomeOrThrow();
        Assert.False(no.MayRefuse);
        Assert.False(no.NeedsConfirmation);
    }

    [Fact]
    public void The_figures_of_a_decision_to_be_confirmed_do_not_count_it_admissible()
    {
        var pack = LoadLayer(Layer("admission.plaques_banned", "rule", "true")).GetPackOrThrow();
        var input = """{"title":"协助开展老年人能力评估入户登记","requestingDepartment":"市民政局","listType":"assisting","legalBasis":["《中华人民共和国老年人权益保障法》"],"resources":{"funds":true,"staffOrEquipment":true,"authority":true,"timeLimit":true},"demands":"plaques","requestedStart":"2027-01-01"}"""u8;
        var options = EvaluationOptions.On(AsOf, explain: false);
        var toConfirm = AreaAdapters.Admission.Run(input, 1, pack, SystemClock.Instance, options, Language.ZhHans);
        Assert.Equal(0m, toConfirm.Figures["admissible"]);
        Assert.Equal(1m, toConfirm.Figures["needsConfirmation"]);
        Assert.Equal(1m, toConfirm.Figures["reasons"]);

        // Sourced, the same ban refuses: not admissible, nothing to confirm.
        var refused = AreaAdapters.Admission.Run(input, 1, RulePacks.Suzhou, SystemClock.Instance, options, Language.ZhHans);
        Assert.Equal(0m, refused.Figures["admissible"]);
        Assert.Equal(0m, refused.Figures["needsConfirmation"]);

        var check = AreaAdapters.AdmissionCheck.Run(
            """{"text":"帮助完成招商引资指标"}"""u8, 1, LoadLayer(Layer("admission.unlisted_may_be_refused", "rule", "true")).GetPackOrThrow(), SystemClock.Instance, options, Language.ZhHans);
        Assert.Equal(0m, check.Figures["mayRefuse"]);
        Assert.Equal(1m, check.Figures["needsConfirmation"]);
    }
}
