using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

/// <summary>
/// Each reason a review gives, written out in full in both languages as the department reads it, with the explanation
/// step that carries the same words and names the rule's parameter: a changed word is a change a department sees.
/// </summary>
public sealed class AdmissionReasonWordingTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");

    private static RuleResult<AdmissionOutcome> Review(WorkItemRequest request, AdmissionReviewer? reviewer = null, string asOf = "2025-06-30") =>
        (reviewer ?? new AdmissionReviewer(RulePacks.Suzhou, SystemClock.Instance)).Evaluate(request, EvaluationOptions.On(Date(asOf)));

    public static TheoryData<AdmissionReasons, string, string, string> FixedReasons => new()
    {
        { AdmissionReasons.NoLegalBasis, "admission.legal_basis_required",
            "未提供法律法规依据：下沉事项须有法律、法规或党内法规依据。", "No legal basis offered: an item pushed down needs a law, regulation or party rule." },
        { AdmissionReasons.FundsNotFollowing, "admission.resources_must_follow",
            "经费未随事转（费随事转）。", "Funds do not follow the task (费随事转)." },
        { AdmissionReasons.AuthorityNotFollowing, "admission.resources_must_follow",
            "权限未随责转（权随责转）。", "Authority does not follow the task (权随责转)." },
        { AdmissionReasons.RatingNotOnList, "admission.separate_ratings_banned",
            "评比、考核事项不在达标评比清单上，部门不得单独对社区评比考核。", "A rating or assessment not on the ratings list: departments may not rate communities separately." },
        { AdmissionReasons.OneVoteVeto, "admission.one_vote_veto_banned",
            "设置“一票否决”：此类事项已取消。", "A one-vote veto: such items are abolished." },
        { AdmissionReasons.PlaqueBan, "admission.plaques_banned",
            "要求在社区挂牌：部门在社区的挂牌应予清理。", "A plaque in the community: departmental plaques are to be cleaned up." },
        { AdmissionReasons.LedgerBan, "admission.ledgers_banned",
            "要求建立台账、留痕：不得频繁要求基层填表报数，留痕不作为考核依据。", "Ledgers or paper trails: the grassroots may not be asked for frequent forms, and paper trails are not performance criteria." },
        { AdmissionReasons.AppCheckInBan, "admission.app_check_ins_banned",
            "要求在政务应用程序中打卡、排名或统计在线时长：已被禁止。", "App check-ins, rankings or online-time counts: banned." },
        { AdmissionReasons.RepeatedReportingBan, "admission.repeated_reporting_banned",
            "要求重复报送数据：同一材料原则上只报一次。", "Repeated data reporting: the same material is reported at most once." },
    };

    /// <summary>A well-founded item asked for from the next adjustment day after 2026-02-01, when every ban of the pack is in force.</summary>
    private static readonly WorkItemRequest Founded = AdmissionReviewerTests.Good() with { RequestedStart = Date("2027-01-01") };

    /// <summary>The request that brings about each reason, and no other.</summary>
    private static readonly Dictionary<AdmissionReasons, WorkItemRequest> Asking = new()
    {
        [AdmissionReasons.NoLegalBasis] = Founded with { LegalBasis = [] },
        [AdmissionReasons.FundsNotFollowing] = Founded with { Resources = new ResourcesCommitted(Funds: false, StaffOrEquipment: true, Authority: true, TimeLimit: true) },
        [AdmissionReasons.AuthorityNotFollowing] = Founded with { Resources = new ResourcesCommitted(Funds: true, StaffOrEquipment: true, Authority: false, TimeLimit: true) },
        [AdmissionReasons.RatingNotOnList] = Founded with { Demands = WorkItemDemands.SeparateRating },
        [AdmissionReasons.OneVoteVeto] = Founded with { Demands = WorkItemDemands.OneVoteVeto },
        [AdmissionReasons.PlaqueBan] = Founded with { Demands = WorkItemDemands.Plaques },
        [AdmissionReasons.LedgerBan] = Founded with { Demands = WorkItemDemands.Ledgers },
        [AdmissionReasons.AppCheckInBan] = Founded with { Demands = WorkItemDemands.AppCheckIns },
        [AdmissionReasons.RepeatedReportingBan] = Founded with { Demands = WorkItemDemands.RepeatedReporting },
    };

    [Theory]
    [MemberData(nameof(FixedReasons))]
    public void A_reason_that_names_only_the_rule_broken_is_written_out_in_both_languages_and_its_step_names_that_rule(
        AdmissionReasons flag, string parameter, string zh, string en)
    {
        var reviewer = new AdmissionReviewer(RulePacks.Suzhou, SystemClock.Instance);
        var result = Review(Asking[flag], reviewer, "2026-02-01");
        var reason = Assert.Single(result.GetOutcomeOrThrow().Reasons);
        Assert.Equal((flag, zh, en), (reason.Reason, reason.Message.ZhHans, reason.Message.En));
        var step = Assert.Single(result.Explanation.Steps, s => s.RuleId == "admission.reason." + AdmissionReasonCodes.Of(flag));
        Assert.Equal(reason.Message, step.Message);
        Assert.Equal([parameter], step.Parameters.Select(p => p.Key));

        // The same words again from the same reviewer (the message is made once and kept).
        var again = Assert.Single(Review(Asking[flag], reviewer, "2026-02-01").GetOutcomeOrThrow().Reasons);
        Assert.Equal((zh, en), (again.Message.ZhHans, again.Message.En));
    }

    [Fact]
    public void Prohibited_kinds_are_named_as_tagged_then_as_found_in_the_title_with_the_term()
    {
        var tagged = Assert.Single(Review(AdmissionReviewerTests.Good() with { ProhibitedKinds = ["investment-attraction", "demolition"] }).GetOutcomeOrThrow().Reasons);
        Assert.Equal(
            ("属于禁止下沉的事项：招商引资任务、以社区为责任主体的征地拆迁。", "A prohibited kind of task: Investment-attraction targets; Demolition with the community as the responsible party."),
            (tagged.Message.ZhHans, tagged.Message.En));

        var both = Assert.Single(Review(AdmissionReviewerTests.Good() with { Title = "社区协助完成招商引资任务", ProhibitedKinds = ["demolition"] }, asOf: "2026-01-01").GetOutcomeOrThrow().Reasons);
        Assert.Equal(
            ("属于禁止下沉的事项：以社区为责任主体的征地拆迁、招商引资任务（事项名称含“招商引资”）。",
             "A prohibited kind of task: Demolition with the community as the responsible party; Investment-attraction targets (the title contains the term 招商引资)."),
            (both.Message.ZhHans, both.Message.En));

        var twoInTitle = Assert.Single(Review(AdmissionReviewerTests.Good() with { Title = "社区协助招商引资和协税护税" }, asOf: "2026-01-01").GetOutcomeOrThrow().Reasons);
        Assert.Equal(
            ("属于禁止下沉的事项：招商引资任务（事项名称含“招商引资”）、协税护税任务（事项名称含“协税护税”）。",
             "A prohibited kind of task: Investment-attraction targets (the title contains the term 招商引资); Tax-collection assistance targets (the title contains the term 协税护税)."),
            (twoInTitle.Message.ZhHans, twoInTitle.Message.En));
    }

    [Fact]
    public void The_message_kept_for_one_tagged_kind_is_never_given_for_two_kinds_or_a_kind_found_in_the_title()
    {
        // One reviewer, so that a message kept from an earlier review would show in a later one.
        var reviewer = new AdmissionReviewer(RulePacks.Suzhou, SystemClock.Instance);
        string Zh(WorkItemRequest r, string asOf = "2025-06-30") => Assert.Single(Review(r, reviewer, asOf).GetOutcomeOrThrow().Reasons).Message.ZhHans;

        Assert.Equal("属于禁止下沉的事项：招商引资任务、以社区为责任主体的征地拆迁。", Zh(AdmissionReviewerTests.Good() with { ProhibitedKinds = ["investment-attraction", "demolition"] }));
        Assert.Equal("属于禁止下沉的事项：招商引资任务。", Zh(AdmissionReviewerTests.Good() with { ProhibitedKinds = ["investment-attraction"] }));
        Assert.Equal(
            "属于禁止下沉的事项：以社区为责任主体的征地拆迁、招商引资任务（事项名称含“招商引资”）。",
            Zh(AdmissionReviewerTests.Good() with { Title = "社区协助完成招商引资任务", ProhibitedKinds = ["demolition"] }, "2026-01-01"));
        Assert.Equal("属于禁止下沉的事项：以社区为责任主体的征地拆迁。", Zh(AdmissionReviewerTests.Good() with { ProhibitedKinds = ["demolition"] }));

        // A kind tagged is not looked for again in the title.
        Assert.Equal("属于禁止下沉的事项：招商引资任务。", Zh(AdmissionReviewerTests.Good() with { Title = "社区协助完成招商引资任务", ProhibitedKinds = ["investment-attraction"] }, "2026-01-01"));
    }

    [Fact]
    public void A_placeholder_item_is_to_be_confirmed_naming_the_item_and_the_other_reasons_keep_their_own_words()
    {
        var result = Review(AdmissionReviewerTests.Good() with { ItemCode = "people-mediation", Demands = WorkItemDemands.Plaques });
        var o = result.GetOutcomeOrThrow();
        var placeholder = Assert.Single(o.Reasons, r => r.Reason == AdmissionReasons.PlaceholderItem);
        Assert.Equal(
            ("待核实：“人民调解”虽列入名录，但该事项表述为占位内容，尚未取得正式名录文本，不能据此认定已准入。",
             "To be confirmed: 'People's mediation of disputes' (人民调解) is in the catalogue only as a placeholder; the official wording is not held, so it cannot be taken as admitted."),
            (placeholder.Message.ZhHans, placeholder.Message.En));
        var plaque = Assert.Single(o.Reasons, r => r.Reason == AdmissionReasons.PlaqueBan);
        Assert.Equal("要求在社区挂牌：部门在社区的挂牌应予清理。", plaque.Message.ZhHans);

        var step = Assert.Single(result.Explanation.Steps, s => s.RuleId == "admission.reason.placeholder-item");
        Assert.Equal(placeholder.Message, step.Message);
        Assert.Equal([("item", "people-mediation")], step.Values.Select(v => (v.Name, v.Value)));
    }

    [Fact]
    public void Outside_the_cycle_the_next_adjustment_day_is_the_one_of_each_review_date()
    {
        // One reviewer, so that a cycle message kept for one next adjustment day would show for another.
        var reviewer = new AdmissionReviewer(RulePacks.Suzhou, SystemClock.Instance);
        string Zh(string asOf) => Assert.Single(
            Review(AdmissionReviewerTests.Good() with { RequestedStart = null }, reviewer, asOf).GetOutcomeOrThrow().Reasons).Message.ZhHans;

        Assert.Equal("不在名录调整周期内：名录每年调整一次，下次调整日为2026年1月1日；非因法律政策变化不得提前准入。", Zh("2025-06-30"));
        Assert.Equal("不在名录调整周期内：名录每年调整一次，下次调整日为2027年1月1日；非因法律政策变化不得提前准入。", Zh("2026-06-30"));
        Assert.Equal("不在名录调整周期内：名录每年调整一次，下次调整日为2027年1月1日；非因法律政策变化不得提前准入。", Zh("2026-07-01"));
        Assert.Equal("不在名录调整周期内：名录每年调整一次，下次调整日为2028年1月1日；非因法律政策变化不得提前准入。", Zh("2027-02-01"));
        Assert.Equal("不在名录调整周期内：名录每年调整一次，下次调整日为2027年1月1日；非因法律政策变化不得提前准入。", Zh("2026-08-01"));
    }
}
