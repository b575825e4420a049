using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

/// <summary>Admission review at each limit: the adjustment day, the first day of the 2015 regime, text and list sizes.</summary>
public sealed class AdmissionBoundaryTests
{
    private static readonly AdmissionReviewer Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static RuleResult<AdmissionOutcome> Evaluate(WorkItemRequest r, string date = "2025-06-30") => Suzhou.Evaluate(r, EvaluationOptions.On(Date(date)));

    [Theory]
    [InlineData("2025-12-31", "2026-01-01")] // the day before the adjustment
    [InlineData("2026-01-01", "2026-01-01")] // the adjustment day itself
    [InlineData("2026-01-02", "2027-01-01")] // the day after: the next one is a year on
    public void The_next_adjustment_is_the_first_on_or_after_the_review_date(string review, string next)
    {
        var good = AdmissionReviewerTests.Good() with { RequestedStart = Date(next) };
        var o = Evaluate(good, review).GetOutcomeOrThrow();
        Assert.Equal(Date(next), o.NextAdjustment);
        Assert.Equal(AdmissionDecision.AdmissibleSubjectToApproval, o.Decision);
        Assert.Equal(Date(next), Suzhou.Review(Facts(good), Date(review)).NextAdjustment);
    }

    [Theory]
    [InlineData("2025-12-31", true)] // wanted the day before the adjustment
    [InlineData("2026-01-01", false)] // wanted from the adjustment day
    [InlineData("2026-01-02", false)]
    public void An_item_wanted_before_the_adjustment_day_is_outside_the_cycle(string start, bool outside)
    {
        var good = AdmissionReviewerTests.Good() with { RequestedStart = Date(start) };
        var o = Evaluate(good).GetOutcomeOrThrow();
        Assert.Equal(outside ? AdmissionReasons.OutsideCycle : AdmissionReasons.None, o.ReasonFlags);
        Assert.Equal(outside ? AdmissionDecision.Refused : AdmissionDecision.AdmissibleSubjectToApproval, o.Decision);
        var fast = Suzhou.Review(Facts(good), Date("2025-06-30"));
        Assert.Equal((AdmissionStatus.Reviewed, o.Decision, o.ReasonFlags), (fast.Status, fast.Decision, fast.Reasons));
    }

    [Theory]
    [InlineData("2015-07-12", false)]
    [InlineData("2015-07-13", true)]
    public void The_admission_rules_apply_from_the_first_day_of_the_2015_regime(string date, bool inForce)
    {
        var r = Evaluate(AdmissionReviewerTests.Good() with { RequestedStart = null }, date);
        Assert.Equal(inForce, r.IsValid);
        Assert.Equal(inForce ? AdmissionStatus.Reviewed : AdmissionStatus.NoPolicyInForce, Suzhou.Review(Facts(AdmissionReviewerTests.Good()), Date(date)).Status);
        if (!inForce)
        {
            var f = Assert.Single(r.Failures);
            Assert.Equal($"规则包在 {date} 没有有效的社区工作事项准入规则或名录。", f.Message.ZhHans);
            Assert.Equal($"The pack has no admission rules or catalogue in force on {date}.", f.Message.En);
        }
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Titles_and_departments_are_accepted_up_to_200_characters(int length, bool accepted)
    {
        var good = AdmissionReviewerTests.Good();
        Assert.Equal(accepted, Evaluate(good with { Title = new string('事', length) }).IsValid);
        var department = Evaluate(good with { RequestingDepartment = new string('局', length) });
        Assert.Equal(accepted, department.IsValid);
        Assert.Equal(accepted, Evaluate(good with { LegalBasis = [new string('法', length)] }).IsValid);
        if (!accepted)
        {
            var f = Assert.Single(department.Failures);
            Assert.Equal(("ADMISSION_TEXT_TOO_LONG", "RequestingDepartment"), (f.Code, f.PropertyPath));
            Assert.Equal("提出部门超过 200 个字符。", f.Message.ZhHans);
            Assert.Equal("The requesting department is longer than 200 characters.", f.Message.En);
        }
    }

    [Theory]
    [InlineData(50, true)]
    [InlineData(51, false)]
    public void Lists_hold_at_most_50_entries(int count, bool accepted)
    {
        var good = AdmissionReviewerTests.Good();
        var basis = Evaluate(good with { LegalBasis = [.. Enumerable.Repeat("《中华人民共和国老年人权益保障法》", count)] });
        Assert.Equal(accepted, basis.IsValid);
        var kinds = Evaluate(good with { KindsNotApplicable = [.. Enumerable.Repeat("ghost-kind", count)] });
        if (accepted)
        {
            // Within the limit every entry is checked: each unknown kind is named at its own index.
            Assert.Equal(
                Enumerable.Range(0, count).Select(i => ("ADMISSION_PROHIBITED_KIND_UNKNOWN", $"KindsNotApplicable[{i}]")),
                kinds.Failures.Select(k => (k.Code, k.PropertyPath)));
            Assert.All(kinds.Failures, k => Assert.Equal("Unknown prohibited kind 'ghost-kind'.", k.Message.En));
        }
        else
        {
            var f = Assert.Single(basis.Failures);
            Assert.Equal(("ADMISSION_TOO_MANY_ENTRIES", "LegalBasis"), (f.Code, f.PropertyPath));
            Assert.Equal("法律法规依据最多 50 项。", f.Message.ZhHans);
            Assert.Equal("The list of legal bases holds at most 50 entries.", f.Message.En);
            var k = Assert.Single(kinds.Failures);
            Assert.Equal(("ADMISSION_TOO_MANY_ENTRIES", "KindsNotApplicable"), (k.Code, k.PropertyPath));
        }
    }

    [Fact]
    public void Missing_and_blank_entries_are_named_in_both_languages()
    {
        var good = AdmissionReviewerTests.Good();
        var missing = Assert.Single(Evaluate(good with { KindsNotApplicable = null! }).Failures);
        Assert.Equal(("ADMISSION_LIST_MISSING", "KindsNotApplicable"), (missing.Code, missing.PropertyPath));
        Assert.Equal("声明不适用的禁止类别未填写；没有条目时请填写空列表。", missing.Message.ZhHans);
        Assert.Equal("The list of kinds stated not to apply is missing; give an empty list when there are no entries.", missing.Message.En);
        var blank = Assert.Single(Evaluate(good with { Title = "。，、" }).Failures);
        Assert.Equal(("ADMISSION_TEXT_EMPTY", "Title"), (blank.Code, blank.PropertyPath));
        Assert.Equal("事项名称不能为空。", blank.Message.ZhHans);
        var control = Assert.Single(Evaluate(good with { LegalBasis = ["老年人\u0007权益保障法"] }).Failures);
        Assert.Equal(("ADMISSION_TEXT_CONTROL_CHARACTERS", "LegalBasis[0]"), (control.Code, control.PropertyPath));
        Assert.Equal("Legal basis entry 1 contains control characters.", control.Message.En);
        var start = Assert.Single(Evaluate(good with { RequestedStart = Date("2201-01-01") }).Failures);
        Assert.Equal(("DATE_OUT_OF_RANGE", "RequestedStart", "2201-01-01"), (start.Code, start.PropertyPath, start.AttemptedValue));
        var item = Assert.Single(Evaluate(good with { ItemCode = "ghost" }).Failures);
        Assert.Equal("名录中没有编号为“ghost”的事项。", item.Message.ZhHans);
        Assert.Equal("The catalogue has no item 'ghost'.", item.Message.En);
    }

    [Fact]
    public void The_fast_review_refuses_what_the_full_review_refuses()
    {
        var facts = Facts(AdmissionReviewerTests.Good());
        Assert.Equal(AdmissionStatus.InvalidInput, Suzhou.Review(facts with { ListType = (AdmissionListType)9 }, Date("2025-06-30")).Status);
        Assert.Equal(AdmissionStatus.InvalidInput, Suzhou.Review(facts, Date("2201-01-01")).Status);
        Assert.Equal(AdmissionStatus.InvalidInput, Suzhou.Review(facts with { RequestedStart = Date("1879-12-31") }, Date("2025-06-30")).Status);
        Assert.Equal(AdmissionStatus.Reviewed, Suzhou.Review(facts with { RequestedStart = Date("2200-12-31") }, Date("2025-06-30")).Status);
        Assert.Equal(AdmissionStatus.InvalidInput, Suzhou.Review(facts, Date("2025-06-30"), ["ghost-kind"]).Status);
        Assert.Equal(AdmissionStatus.InvalidInput, Suzhou.Review(facts, Date("2025-06-30"), [null!]).Status);
    }

    [Property(MaxTest = 40)]
    public Property A_later_requested_start_never_adds_a_reason() =>
        Prop.ForAll(Gen.Choose(0, 800).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(0, 63).ToArbitrary(), (start, later, demands) =>
        {
            var facts = Facts(AdmissionReviewerTests.Good() with { Demands = (WorkItemDemands)demands, RequestedStart = Date("2025-06-30").PlusDays(start) });
            var a = Suzhou.Review(facts, Date("2025-06-30"));
            var b = Suzhou.Review(facts with { RequestedStart = facts.RequestedStart!.Value.PlusDays(later) }, Date("2025-06-30"));
            return (b.Reasons & ~a.Reasons) == AdmissionReasons.None;
        });

    private static AdmissionFacts Facts(WorkItemRequest r) =>
        new(r.ListType, r.LegalBasis.Count > 0, r.Resources, r.Demands, r.ItemCode, r.RequestedStart, r.ArisesFromLegalChange);
}
