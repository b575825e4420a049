using Governance.Rules.Citations;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

/// <summary>
/// A prohibited kind one of whose trigger terms is nothing but punctuation (it reads as the empty text, which every
/// title contains): the kind is flagged in every title, and a kind finds the first of its terms in the kind's order.
/// </summary>
public sealed class AdmissionEmptyTermTests
{
    // "——" passes the two-character rule but normalises to the empty text. Levies: the empty term comes second;
    // fund-raising: first, before 集资.
    private static readonly AdmissionReviewer Reviewer = new(LoadLayer(AdmissionParameterReadingTests.Layer("admission.prohibited_kinds", "list", """
        [ { "code": "levy", "zh-Hans": "摊派任务", "en": "Levies", "terms": ["摊派", "——"] },
          { "code": "fund-raising", "zh-Hans": "集资任务", "en": "Fund-raising", "terms": ["——", "集资"] } ]
        """)).GetPackOrThrow(), SystemClock.Instance);

    private static AdmissionOutcome Review(WorkItemRequest request) =>
        Reviewer.Evaluate(request, EvaluationOptions.On(Date("2025-06-30"))).GetOutcomeOrThrow();

    [Fact]
    public void A_title_naming_no_term_is_flagged_under_both_kinds_by_their_empty_term()
    {
        var o = Review(AdmissionReviewerTests.Good());
        Assert.Equal([new ProhibitedKindFound("levy", ""), new ProhibitedKindFound("fund-raising", "")], o.KindsFoundInTitle);
        Assert.Equal(AdmissionDecision.Refused, o.Decision);
        var r = Assert.Single(o.Reasons);
        Assert.Equal(AdmissionReasons.ProhibitedKind, r.Reason);
        Assert.Equal("属于禁止下沉的事项：摊派任务（事项名称含“”）、集资任务（事项名称含“”）。", r.Message.ZhHans);
        Assert.Equal("A prohibited kind of task: Levies (the title contains the term ); Fund-raising (the title contains the term ).", r.Message.En);
        Assert.Equal(("what-if", Provenance.Placeholder), (r.Citation!.Id, r.Provenance));
    }

    [Fact]
    public void A_title_naming_a_term_before_the_empty_one_is_flagged_by_that_term_and_one_after_it_by_the_empty_term()
    {
        var o = Review(AdmissionReviewerTests.Good() with { Title = "向居民摊派集资任务" });
        Assert.Equal([new ProhibitedKindFound("levy", "摊派"), new ProhibitedKindFound("fund-raising", "")], o.KindsFoundInTitle);
        var r = Assert.Single(o.Reasons);
        Assert.Equal("属于禁止下沉的事项：摊派任务（事项名称含“摊派”）、集资任务（事项名称含“”）。", r.Message.ZhHans);
        Assert.Equal("A prohibited kind of task: Levies (the title contains the term 摊派); Fund-raising (the title contains the term ).", r.Message.En);
    }

    [Fact]
    public void A_kind_tagged_or_stated_not_to_apply_is_not_flagged_again_by_its_empty_term()
    {
        var tagged = Review(AdmissionReviewerTests.Good() with { ProhibitedKinds = ["levy"] });
        Assert.Equal([new ProhibitedKindFound("fund-raising", "")], tagged.KindsFoundInTitle);
        Assert.Equal("属于禁止下沉的事项：摊派任务、集资任务（事项名称含“”）。", Assert.Single(tagged.Reasons).Message.ZhHans);
        var stated = Review(AdmissionReviewerTests.Good() with { KindsNotApplicable = ["levy", "fund-raising"] });
        Assert.Empty(stated.KindsFoundInTitle);
        Assert.Equal(AdmissionDecision.AdmissibleSubjectToApproval, stated.Decision);
    }
}
