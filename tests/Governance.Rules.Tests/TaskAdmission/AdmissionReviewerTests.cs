using Governance.Rules.Citations;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

public sealed class AdmissionReviewerTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly AdmissionReviewer Suzhou = new(RulePacks.Suzhou, new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0)));

    /// <summary>An assisting item with a legal basis, funds and authority, filed for the next adjustment (2026-01-01).</summary>
    internal static WorkItemRequest Good(AdmissionListType list = AdmissionListType.Assisting) => new()
    {
        Title = "协助开展老年人能力评估入户登记",
        RequestingDepartment = "市民政局",
        ListType = list,
        LegalBasis = ["《中华人民共和国老年人权益保障法》"],
        Resources = new ResourcesCommitted(Funds: true, StaffOrEquipment: true, Authority: true, TimeLimit: true),
        RequestedStart = Date("2026-01-01"),
    };

    private static AdmissionOutcome Review(WorkItemRequest request, string date = "2025-06-30", AdmissionReviewer? reviewer = null) =>
        (reviewer ?? Suzhou).Evaluate(request, EvaluationOptions.On(Date(date))).GetOutcomeOrThrow();

    [Fact]
    public void A_well_founded_item_filed_for_the_next_annual_adjustment_is_admissible_subject_to_the_joint_meeting()
    {
        // Anchor 01-01 (placeholder), cycle 12 months: the first adjustment on or after 2025-06-30 is 2026-01-01.
        var result = Suzhou.Evaluate(Good(), EvaluationOptions.On(AsOf));
        var o = result.GetOutcomeOrThrow();
        Assert.Equal(AdmissionDecision.AdmissibleSubjectToApproval, o.Decision);
        Assert.Empty(o.Reasons);
        Assert.Equal("苏州市政社互动和城乡社区治理联席会议", o.ApprovingBody!.ZhHans);
        Assert.Equal(12, o.AdjustmentCycleMonths);
        Assert.Equal(Date("2026-01-01"), o.NextAdjustment);
        Assert.Contains(result.Warnings, w => w.Code == RuleWarning.PlaceholderUsed && w.ParameterKey == "admission.adjustment_anchor");
        Assert.Contains("联席会议", result.Explanation.Render());
    }

    [Fact]
    public void Before_the_2022_merger_the_approving_body_is_the_government_society_interaction_joint_meeting()
    {
        var o = Review(Good() with { RequestedStart = Date("2021-01-01") }, "2020-06-30");
        Assert.Equal("苏州市“政社互动”联席会议", o.ApprovingBody!.ZhHans);
        Assert.Equal(Date("2021-01-01"), o.NextAdjustment);
    }

    [Fact]
    public void No_legal_basis_is_refused_citing_the_2015_admission_regime()
    {
        var o = Review(Good() with { LegalBasis = [] });
        Assert.Equal(AdmissionDecision.Refused, o.Decision);
        var r = Assert.Single(o.Reasons);
        Assert.Equal(AdmissionReasons.NoLegalBasis, r.Reason);
        Assert.Equal("民发〔2015〕136号", r.Citation!.DocumentNumber);
        Assert.Equal(Provenance.Reported, r.Provenance);
        Assert.Equal("cn", r.Layer);
    }

    [Fact]
    public void Investment_attraction_and_demolition_are_prohibited_kinds()
    {
        var o = Review(Good() with { ProhibitedKinds = ["investment-attraction", "demolition"] });
        var r = Assert.Single(o.Reasons);
        Assert.Equal(AdmissionReasons.ProhibitedKind, r.Reason);
        Assert.Contains("招商引资任务", r.Message.ZhHans);
        Assert.Contains("以社区为责任主体的征地拆迁", r.Message.ZhHans);
    }

    [Fact]
    public void Funds_and_authority_must_follow_an_assisting_item_but_not_a_statutory_duty()
    {
        var noResources = Good() with { Resources = default };
        Assert.Equal(AdmissionReasons.FundsNotFollowing | AdmissionReasons.AuthorityNotFollowing, Review(noResources).ReasonFlags);
        Assert.Equal(AdmissionReasons.FundsNotFollowing, Review(Good() with { Resources = new ResourcesCommitted(false, true, true, true) }).ReasonFlags);
        Assert.Equal(AdmissionDecision.AdmissibleSubjectToApproval, Review(noResources with { ListType = AdmissionListType.StatutoryDuty }).Decision);
    }

    [Fact]
    public void A_new_rating_or_a_separate_rating_is_not_on_the_ratings_list()
    {
        Assert.Equal(AdmissionReasons.RatingNotOnList, Review(Good(AdmissionListType.Rating)).ReasonFlags);
        Assert.Equal(AdmissionReasons.RatingNotOnList, Review(Good() with { Demands = WorkItemDemands.SeparateRating }).ReasonFlags);
    }

    [Fact]
    public void A_one_vote_veto_is_refused()
    {
        var r = Assert.Single(Review(Good() with { Demands = WorkItemDemands.OneVoteVeto }).Reasons);
        Assert.Equal(AdmissionReasons.OneVoteVeto, r.Reason);
        Assert.Contains("一票否决", r.Message.ZhHans);
    }

    [Fact]
    public void Plaques_are_banned_from_the_2015_notice_on()
    {
        Assert.Equal(AdmissionReasons.PlaqueBan, Review(Good() with { Demands = WorkItemDemands.Plaques }).ReasonFlags);
    }

    [Fact]
    public void Ledgers_and_repeated_reporting_are_banned_from_2025_08_06_only()
    {
        var item = Good() with { Demands = WorkItemDemands.Ledgers | WorkItemDemands.RepeatedReporting };
        Assert.Equal(AdmissionReasons.None, Review(item, "2025-08-05").ReasonFlags);
        var o = Review(item, "2025-08-06");
        Assert.Equal(AdmissionReasons.LedgerBan | AdmissionReasons.RepeatedReportingBan, o.ReasonFlags);
        Assert.All(o.Reasons, r => Assert.Equal("zb-2025-burden", r.Citation!.Id));
    }

    [Fact]
    public void App_check_ins_are_banned_from_2026_01_25_with_the_reports_low_confidence_noted()
    {
        var item = Good() with { Demands = WorkItemDemands.AppCheckIns, RequestedStart = Date("2027-01-01") };
        Assert.Equal(AdmissionReasons.None, Review(item, "2026-01-24").ReasonFlags);
        var r = Assert.Single(Review(item, "2026-01-25").Reasons);
        Assert.Equal(AdmissionReasons.AppCheckInBan, r.Reason);
        Assert.Equal("国办函〔2026〕12号", r.Citation!.DocumentNumber);
        Assert.Contains("Low-medium confidence", r.Note);
    }

    [Fact]
    public void An_item_wanted_before_the_next_adjustment_is_outside_the_cycle_unless_a_legal_change_requires_it()
    {
        var now = Good() with { RequestedStart = null };
        var r = Assert.Single(Review(now).Reasons);
        Assert.Equal(AdmissionReasons.OutsideCycle, r.Reason);
        Assert.Contains("名录每年调整一次，下次调整日为2026年1月1日", r.Message.ZhHans);
        Assert.Equal(AdmissionDecision.AdmissibleSubjectToApproval, Review(now with { ArisesFromLegalChange = true }).Decision);
        Assert.Empty(Review(now, "2026-01-01").Reasons); // on the adjustment day itself
    }

    [Fact]
    public void Every_reason_is_given_at_once()
    {
        var o = Review(new WorkItemRequest
        {
            Title = "招商引资任务分解",
            RequestingDepartment = "某局",
            ListType = AdmissionListType.Rating,
            ProhibitedKinds = ["investment-attraction"],
            Demands = WorkItemDemands.Plaques | WorkItemDemands.Ledgers | WorkItemDemands.AppCheckIns | WorkItemDemands.RepeatedReporting | WorkItemDemands.OneVoteVeto,
        }, "2026-02-01");
        Assert.Equal(11, o.Reasons.Count);
        Assert.All(o.Reasons, r => Assert.NotNull(r.Citation));
    }

    [Fact]
    public void A_placeholder_list_item_by_code_or_by_title_needs_confirmation_naming_the_item_and_its_burdens_are_still_named()
    {
        var byCode = Review(Good() with { ItemCode = "people-mediation", Demands = WorkItemDemands.Plaques });
        Assert.Equal(AdmissionDecision.NeedsConfirmation, byCode.Decision);
        Assert.Equal("statutory-duty", byCode.List!.Code);
        Assert.Equal(AdmissionReasons.PlaqueBan | AdmissionReasons.PlaceholderItem, byCode.ReasonFlags);
        var why = Assert.Single(byCode.Reasons, r => r.Reason == AdmissionReasons.PlaceholderItem);
        Assert.Equal("placeholder-item", why.Code);
        Assert.Contains("“人民调解”", why.Message.ZhHans);
        Assert.Contains("占位内容", why.Message.ZhHans);
        var byTitle = Review(Good() with { Title = "人 民 调 解", LegalBasis = [] });
        Assert.Equal(AdmissionDecision.NeedsConfirmation, byTitle.Decision);
        Assert.Equal("people-mediation", byTitle.Item!.Code);
    }

    [Fact]
    public void An_item_on_a_list_from_a_cited_source_is_already_admitted()
    {
        const string layer = """
            { "id": "test.admitted", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" },
              "citations": { "doc": { "title": "某区村(社区)工作事项名录", "issuer": "某区", "jurisdiction": "cn.js.suzhou", "published": "2025" } },
              "catalogues": { "admission": { "items": [ { "code": "test-duty", "list": "statutory-duty",
                "name": { "zh-Hans": "组织居民议事协商", "en": "Residents' deliberation" }, "from": "2025-01-01", "citation": "doc", "provenance": "official" } ] } } }
            """;
        var reviewer = new AdmissionReviewer(LoadLayer(layer).GetPackOrThrow(), SystemClock.Instance);
        var o = Review(Good() with { Title = "组织居民议事协商" }, reviewer: reviewer);
        Assert.Equal(AdmissionDecision.AlreadyAdmitted, o.Decision);
        Assert.Empty(o.Reasons);
    }

    [Fact]
    public void A_title_naming_a_prohibited_kind_is_flagged_even_untagged_naming_the_term_unless_stated_not_to_apply()
    {
        // 民发〔2015〕136号 (1.8d): investment-attraction targets are cancelled; 招商引资 is its trigger term in the pack.
        var o = Review(Good() with { Title = "社区协助完成招商引资任务" }, "2026-01-01");
        Assert.Equal(AdmissionDecision.Refused, o.Decision);
        var found = Assert.Single(o.KindsFoundInTitle);
        Assert.Equal(("investment-attraction", "招商引资"), (found.Kind, found.Term));
        var reason = Assert.Single(o.Reasons);
        Assert.Equal("prohibited-kind", reason.Code);
        Assert.Contains("事项名称含“招商引资”", reason.Message.ZhHans);
        Assert.Equal("mf-2015-136", reason.Citation!.Id);
        var stated = Review(Good() with { Title = "社区协助完成招商引资任务", KindsNotApplicable = ["investment-attraction"] }, "2026-01-01");
        Assert.Equal(AdmissionDecision.AdmissibleSubjectToApproval, stated.Decision);
        Assert.Empty(stated.KindsFoundInTitle);
    }

    [Fact]
    public void Reason_codes_are_spelled_alike_in_outcomes_and_explanation_rule_ids()
    {
        var result = Suzhou.Evaluate(Good() with { LegalBasis = [], RequestedStart = null }, EvaluationOptions.On(AsOf));
        var o = result.GetOutcomeOrThrow();
        Assert.Equal(["no-legal-basis", "outside-cycle"], o.Reasons.Select(r => r.Code));
        Assert.All(o.Reasons, r => Assert.Contains(result.Explanation.Steps, s => s.RuleId == "admission.reason." + r.Code));
    }

    [Fact]
    public void The_national_pack_names_no_approving_body_or_cycle()
    {
        var national = new AdmissionReviewer(RulePacks.Load("cn"), SystemClock.Instance);
        var o = Review(Good() with { RequestedStart = null }, reviewer: national);
        Assert.Equal(AdmissionDecision.AdmissibleSubjectToApproval, o.Decision);
        Assert.Null(o.ApprovingBody);
        Assert.Null(o.NextAdjustment);
        Assert.Null(national.Catalogue);
    }

    [Fact]
    public void Fast_path_gives_the_same_decision_and_reasons()
    {
        var v = Suzhou.Review(new AdmissionFacts(AdmissionListType.Assisting, false, default, WorkItemDemands.Plaques), AsOf, ["tax-collection"]);
        Assert.Equal(AdmissionStatus.Reviewed, v.Status);
        Assert.Equal(AdmissionDecision.Refused, v.Decision);
        Assert.Equal(AdmissionReasons.NoLegalBasis | AdmissionReasons.ProhibitedKind | AdmissionReasons.FundsNotFollowing | AdmissionReasons.AuthorityNotFollowing | AdmissionReasons.PlaqueBan | AdmissionReasons.OutsideCycle, v.Reasons);
        Assert.Equal(AdmissionDecision.NeedsConfirmation, Suzhou.Review(new AdmissionFacts(AdmissionListType.Stamping, true, default, ItemCode: "stamp-humanitarian-relief"), AsOf).Decision);
        Assert.Equal(AdmissionStatus.InvalidInput, Suzhou.Review(new AdmissionFacts((AdmissionListType)9, true, default), AsOf).Status);
        Assert.Equal(AdmissionStatus.InvalidInput, Suzhou.Review(new AdmissionFacts(AdmissionListType.Assisting, true, default, (WorkItemDemands)128), AsOf).Status);
        Assert.Equal(AdmissionStatus.InvalidInput, Suzhou.Review(new AdmissionFacts(AdmissionListType.Assisting, true, default), AsOf, ["nope"]).Status);
        Assert.Equal(AdmissionStatus.NoPolicyInForce, Suzhou.Review(new AdmissionFacts(AdmissionListType.Assisting, true, default), Date("2015-07-12")).Status);
    }

    [Fact]
    public void The_explanation_records_the_2014_catalogue_counts_and_warns_that_the_seed_list_is_incomplete()
    {
        var result = Suzhou.Evaluate(Good(), EvaluationOptions.On(AsOf));
        Assert.Contains("74", result.Explanation.Render());
        Assert.Contains(result.Warnings, w => w.Code == "CATALOGUE_INCOMPLETE");
        var counts = RulePacks.Suzhou.Timeline(AdmissionParameters.CatalogueCounts)!.At(AsOf).Value;
        Assert.Equal(9, counts.Retained["statutory-duty"]);
        Assert.Equal(55, counts.Retained["assisting"]);
        Assert.Equal(2, counts.Retained["rating"]);
        Assert.Equal(8, counts.Retained["stamping"]);
        Assert.Equal(90, counts.Cancelled["work"]);
        Assert.Equal(28, counts.Cancelled["rating"]);
        Assert.Equal(53, counts.Cancelled["stamping"]);

        // Written for a log or a debugger: each retained list's code and count.
        Assert.Equal(
            ["assisting 55", "rating 2", "stamping 8", "statutory-duty 9"],
            counts.ToString().Split(", ").Order(StringComparer.Ordinal));
    }
}
