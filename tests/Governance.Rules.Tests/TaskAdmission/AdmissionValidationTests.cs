using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

public sealed class AdmissionValidationTests
{
    private static readonly AdmissionReviewer Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static ValidationFailure Fails(WorkItemRequest request, string date = "2025-06-30")
    {
        var result = Suzhou.Evaluate(request, EvaluationOptions.On(Date(date)));
        Assert.False(result.IsValid);
        Assert.Null(result.Outcome);
        return Assert.Single(result.Failures);
    }

    [Fact]
    public void Empty_oversized_and_control_character_titles_fail_with_codes_and_paths()
    {
        var good = AdmissionReviewerTests.Good();
        Assert.Equal(("ADMISSION_TEXT_EMPTY", "Title"), (Fails(good with { Title = "" }).Code, Fails(good with { Title = "" }).PropertyPath));
        Assert.Equal("ADMISSION_TEXT_TOO_LONG", Fails(good with { Title = new string('事', 201) }).Code);
        Assert.Equal("ADMISSION_TEXT_CONTROL_CHARACTERS", Fails(good with { RequestingDepartment = "民政\n局" }).Code);
        Assert.Equal("LegalBasis[0]", Fails(good with { LegalBasis = [""] }).PropertyPath);
    }

    [Fact]
    public void Unknown_list_types_demands_kinds_and_items_fail_with_codes()
    {
        var good = AdmissionReviewerTests.Good();
        var list = Fails(good with { ListType = (AdmissionListType)7 });
        Assert.Equal(("ADMISSION_LIST_TYPE_UNKNOWN", "ListType"), (list.Code, list.PropertyPath));
        Assert.Equal("ADMISSION_DEMANDS_UNKNOWN", Fails(good with { Demands = (WorkItemDemands)1024 }).Code);
        var kind = Fails(good with { ProhibitedKinds = ["lottery"] });
        Assert.Equal(("ADMISSION_PROHIBITED_KIND_UNKNOWN", "ProhibitedKinds[0]"), (kind.Code, kind.PropertyPath));
        Assert.Equal("ADMISSION_ITEM_UNKNOWN", Fails(good with { ItemCode = "ghost" }).Code);
    }

    [Fact]
    public void Every_unknown_kind_is_reported_with_its_own_path_not_only_the_first()
    {
        var good = AdmissionReviewerTests.Good();
        var result = Suzhou.Evaluate(good with { ProhibitedKinds = ["lottery", " ", "ghost"], KindsNotApplicable = ["moon"] }, EvaluationOptions.On(Date("2025-06-30")));
        Assert.False(result.IsValid);
        Assert.Equal(
            [("ADMISSION_PROHIBITED_KIND_UNKNOWN", "ProhibitedKinds[0]"), ("ADMISSION_TEXT_EMPTY", "ProhibitedKinds[1]"),
             ("ADMISSION_PROHIBITED_KIND_UNKNOWN", "ProhibitedKinds[2]"), ("ADMISSION_PROHIBITED_KIND_UNKNOWN", "KindsNotApplicable[0]")],
            result.Failures.Select(f => (f.Code, f.PropertyPath)).ToArray());
        Assert.Contains("ghost", result.Failures[2].Message.ZhHans);

        // One failure an entry: a blank entry of tabs is empty, not also a control character.
        var texts = Suzhou.Evaluate(good with { LegalBasis = ["\t", "依据\u0007", new string('法', 201), "《城市居民委员会组织法》"] }, EvaluationOptions.On(Date("2025-06-30")));
        Assert.Equal(
            [("ADMISSION_TEXT_EMPTY", "LegalBasis[0]"), ("ADMISSION_TEXT_CONTROL_CHARACTERS", "LegalBasis[1]"), ("ADMISSION_TEXT_TOO_LONG", "LegalBasis[2]")],
            texts.Failures.Select(f => (f.Code, f.PropertyPath)).ToArray());
    }

    [Fact]
    public void A_date_before_any_admission_rule_fails_without_a_partial_result()
    {
        var f = Fails(AdmissionReviewerTests.Good(), "2015-07-12");
        Assert.Equal(("ADMISSION_NO_POLICY_ON_DATE", "AsOf"), (f.Code, f.PropertyPath));
        Assert.Contains("2015-07-12", f.Message.En);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => Suzhou.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => new AdmissionReviewer(null!, SystemClock.Instance));
        Assert.Throws<ArgumentNullException>(() => new AdmissionReviewer(RulePacks.Suzhou, null!));
    }
}
