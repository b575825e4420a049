using Governance.Rules.Compensation;
using Governance.Rules.Results;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

public sealed class PayGradeTests
{
    /// <summary>A locality that chooses to keep the grade held on a post change (保留原等级).</summary>
    private static readonly CommunityWorkerPayCalculator KeepGrade =
        new(LoadLayer(PayLayer(Parameter("pay.post_change_rule", "\"keep-grade-within-range\""))).GetPackOrThrow(), Clock);

    [Fact]
    public void New_other_worker_starts_at_grade_1_with_the_first_step_three_years_later()
    {
        var g = Suzhou.Grade(Worker("staff", "2025-01-01"), AsOf);
        Assert.Equal(PayStatus.Computed, g.Status);
        Assert.Equal(1, g.Grade);
        Assert.Equal(0, g.CountedServiceYears);
        Assert.Equal(181, g.CountedServiceDays); // 2025-01-01..2025-06-30: 31+28+31+30+31+30
        Assert.Equal(Date("2028-01-01"), g.NextStepDate);
        Assert.True(g.UsesPlaceholder);
    }

    [Fact]
    public void Fourteen_completed_years_give_4_steps_and_grade_5_and_the_fifteenth_anniversary_grade_6()
    {
        var w = Worker("staff", "2010-07-01");
        var before = Suzhou.Grade(w, Date("2025-06-30")); // 14 years ÷ 3 = 4 steps → 1 + 4 = 5
        Assert.Equal(14, before.CountedServiceYears);
        Assert.Equal(5, before.Grade);
        Assert.Equal(Date("2025-07-01"), before.NextStepDate);
        var after = Suzhou.Grade(w, Date("2025-07-01")); // 15 years ÷ 3 = 5 steps → 6
        Assert.Equal(6, after.Grade);
        Assert.Equal(Date("2028-07-01"), after.NextStepDate);
    }

    [Fact]
    public void Grade_is_clamped_to_12_for_other_workers()
    {
        // 1990-01-01 → 2025-06-30: 35 years + bachelor 3 = 38 → 12 steps → 1 + 12 = 13, cut to 12.
        var g = Suzhou.Grade(Worker("staff", "1990-01-01", "bachelor"), AsOf);
        Assert.Equal(13, g.UnclampedGrade);
        Assert.Equal(12, g.Grade);
        Assert.True(g.CutToMaximum);
        Assert.Null(g.NextStepDate);
    }

    [Fact]
    public void Grade_is_clamped_to_15_for_deputies()
    {
        // 35 + 3 = 38 → 12 steps → 4 + 12 = 16, cut to 15.
        var g = Suzhou.Grade(Worker("deputy", "1990-01-01", "bachelor"), AsOf);
        Assert.Equal(16, g.UnclampedGrade);
        Assert.Equal(15, g.Grade);
        Assert.True(g.CutToMaximum);
    }

    [Fact]
    public void Grade_is_clamped_to_18_for_heads()
    {
        // 1985-01-01 → 2025-06-30: 40 years + master 5 = 45 → 15 steps → 7 + 15 = 22, cut to 18.
        var g = Suzhou.Grade(Worker("head", "1985-01-01", "master"), AsOf);
        Assert.Equal(22, g.UnclampedGrade);
        Assert.Equal(18, g.Grade);
        Assert.Null(g.NextStepDate);
    }

    [Fact]
    public void Grade_one_below_the_ceiling_is_not_clamped_and_has_a_next_step()
    {
        // 1992-01-01 → 2025-06-30: 33 years → 11 steps → 1 + 11 = 12 exactly; at the ceiling, no next step.
        var at = Suzhou.Grade(Worker("staff", "1992-01-01"), AsOf);
        Assert.Equal(12, at.Grade);
        Assert.False(at.CutToMaximum);
        Assert.Null(at.NextStepDate);
        // 1995-01-01: 30 years → 10 steps → 11; the next step on 2028-01-01 (33 years).
        var below = Suzhou.Grade(Worker("staff", "1995-01-01"), AsOf);
        Assert.Equal(11, below.Grade);
        Assert.Equal(Date("2028-01-01"), below.NextStepDate);
    }

    [Fact]
    public void Degree_credit_counts_as_years_and_brings_the_next_step_forward()
    {
        // Hired 2024-09-01 with a bachelor's degree: 0 years + 3 = 3 → 1 step → grade 2; the next step needs 6 − 3 = 3 years: 2027-09-01.
        var g = Suzhou.Grade(Worker("staff", "2024-09-01", "bachelor"), AsOf);
        Assert.Equal(3, g.DegreeCreditYears);
        Assert.Equal(1, g.Steps);
        Assert.Equal(2, g.Grade);
        Assert.Equal(Date("2027-09-01"), g.NextStepDate);
    }

    [Fact]
    public void Only_the_highest_qualification_counts_and_uplifts_do_not_add_up()
    {
        // 2019-03-01 → 2025-06-30: 6 years + bachelor 3 = 9 → 3 steps → 4; 助理社会工作师 (+1) and 社会工作师 (+2) held: +2 only → 6.
        var w = Worker("staff", "2019-03-01", "bachelor") with
        {
            Qualifications = [new QualificationHeld("assistant-social-worker", Date("2020-06-20")), new QualificationHeld("social-worker", Date("2023-06-18"))],
        };
        var g = Suzhou.Grade(w, AsOf);
        Assert.Equal(2, g.QualificationUplift);
        Assert.Equal("social-worker", g.Qualification!.Code);
        Assert.Equal(6, g.Grade);
        Assert.Equal(4, Suzhou.Grade(w, Date("2023-06-17")).Grade); // before 社会工作师: 4 years + 3 = 7 → 2 steps → 3, 助理 +1 → 4
    }

    [Fact]
    public void Qualification_uplift_stays_within_the_posts_range()
    {
        // 35 + 0 = 35 → 11 steps → 12 at the ceiling; 高级社会工作师 (+3) → 15, cut to 12.
        var w = Worker("staff", "1990-01-01") with { Qualifications = [new QualificationHeld("senior-social-worker", Date("2015-01-01"))] };
        var g = Suzhou.Grade(w, AsOf);
        Assert.Equal(15, g.UnclampedGrade);
        Assert.Equal(12, g.Grade);
        Assert.True(g.CutToMaximum);
    }

    [Fact]
    public void A_failed_appraisal_year_does_not_count_and_defers_the_next_step_by_that_year()
    {
        // Hired 2016-01-01, 不合格 in 2020 (366 days not counted): counted service runs as if from 2017-01-01 → 8 years → 2 steps → 3.
        var w = Worker("staff", "2016-01-01") with { FailedAppraisalYears = [2020] };
        var g = Suzhou.Grade(w, AsOf);
        Assert.Equal(3469 - 366, g.CountedServiceDays);
        Assert.Equal(8, g.CountedServiceYears);
        Assert.Equal(3, g.Grade);
        Assert.Equal(Date("2026-01-01"), g.NextStepDate); // 9 years from 2017-01-01
        Assert.Equal(4, Suzhou.Grade(Worker("staff", "2016-01-01"), AsOf).Grade); // without the failure: 9 years → 3 steps → 4
    }

    [Fact]
    public void The_explanation_names_the_excluded_failed_year_and_counts_service_in_years_and_months()
    {
        // Hired 2016-01-01, 不合格 in 2020: 3,469 − 366 = 3,103 counted days on 2025-06-30, laid end to end from
        // 2017-01-01 to 2025-06-30 inclusive = 8 years 6 months.
        var w = Worker("staff", "2016-01-01") with { FailedAppraisalYears = [2020] };
        var result = Suzhou.EvaluateGrade(w, EvaluationOptions.On(AsOf));
        var step = Assert.Single(result.Explanation.Steps, s => s.RuleId == "pay.service-years");
        Assert.Contains("计入的社区工作年限共8年6个月", step.Message.ZhHans);
        Assert.Contains("2020年年度考核不合格，不计入", step.Message.ZhHans);
        Assert.DoesNotContain("天", step.Message.ZhHans);
        Assert.Contains("8 years 6 months", step.Message.En);
        Assert.Contains("2020 was appraised 不合格 (unqualified) and not counted", step.Message.En);
    }

    [Fact]
    public void A_failed_appraisal_in_the_current_year_pushes_the_next_step_past_its_end()
    {
        // Hired 2022-03-01, 不合格 in 2025: counted to 2024-12-31 = 2 years 306 days; service resumes 2026-01-01, so the
        // third year completes 59 days later: 2026-03-01.
        var w = Worker("staff", "2022-03-01") with { FailedAppraisalYears = [2025] };
        var g = Suzhou.Grade(w, AsOf);
        Assert.Equal(1, g.Grade);
        Assert.Equal(Date("2026-03-01"), g.NextStepDate);
    }

    [Fact]
    public void A_gap_in_service_does_not_count_and_service_is_counted_to_the_day()
    {
        // 2016-01-01..2019-12-31 and from 2021-01-01: the 2020 gap (366 days) is not counted → as the failed-year case.
        var w = Worker("staff", "2016-01-01") with { Service = [new ServicePeriod(Date("2016-01-01"), Date("2019-12-31")), new ServicePeriod(Date("2021-01-01"))] };
        var g = Suzhou.Grade(w, AsOf);
        Assert.Equal(8, g.CountedServiceYears);
        Assert.Equal(3, g.Grade);
        Assert.Equal(Date("2026-01-01"), g.NextStepDate);
    }

    [Fact]
    public void Service_years_started_on_29_February_complete_on_1_March_in_common_years()
    {
        var w = Worker("staff", "2024-02-29");
        var g = Suzhou.Grade(w, Date("2025-06-30"));
        Assert.Equal(Date("2027-03-01"), g.NextStepDate);
        Assert.Equal(1, Suzhou.Grade(w, Date("2027-02-28")).Grade);
        Assert.Equal(2, Suzhou.Grade(w, Date("2027-03-01")).Grade);
    }

    [Fact]
    public void Promotion_keeps_the_grade_and_later_steps_count_from_the_change()
    {
        // Hired 2013-01-01 as other worker; on 2022-01-01 (9 years → 3 steps → grade 4) promoted to deputy (4–15): keeps 4.
        // On 2025-06-30: 12 years → 4 steps, one since the change → 4 + 1 = 5.
        var w = Worker("staff", "2013-01-01") with { Posts = [new PostAssignment("staff", Date("2013-01-01")), new PostAssignment("deputy", Date("2022-01-01"))] };
        var result = KeepGrade.EvaluateGrade(w, EvaluationOptions.On(AsOf));
        var g = result.GetOutcomeOrThrow();
        Assert.Equal("deputy", g.Post.Code);
        Assert.Equal(4, g.AnchorGrade);
        Assert.Equal(1, g.StepsSinceAnchor);
        Assert.Equal(5, g.Grade);
        var change = Assert.Single(g.PostChanges);
        Assert.Equal((4, 4, false), (change.GradeBefore, change.GradeAfter, change.RaisedToMinimum));
        Assert.Contains(result.Explanation.Steps, s => s.RuleId == "pay.post-change" && s.Parameters.Any(p => p.Key == "pay.post_change_rule"));
        Assert.Contains(result.Warnings, w => w.ParameterKey == "pay.post_change_rule");
    }

    [Fact]
    public void Promotion_to_head_raises_the_kept_grade_to_the_new_posts_minimum()
    {
        // Hired 2019-01-01; on 2023-01-01 (4 years → 1 step → grade 2) promoted to head (7–18): raised to 7.
        // On 2025-06-30: 6 years → 2 steps, one since the change → 8.
        var w = Worker("staff", "2019-01-01") with { Posts = [new PostAssignment("staff", Date("2019-01-01")), new PostAssignment("head", Date("2023-01-01"))] };
        var g = KeepGrade.EvaluateGrade(w, EvaluationOptions.On(AsOf)).GetOutcomeOrThrow();
        var change = Assert.Single(g.PostChanges);
        Assert.Equal((2, 7, true), (change.GradeBefore, change.GradeAfter, change.RaisedToMinimum));
        Assert.Equal(8, g.Grade);
    }

    [Fact]
    public void A_step_down_cuts_the_kept_grade_to_the_new_posts_maximum()
    {
        // Head hired 1990-01-01 (7 + 11 steps on 2023-01-01 = 18 → 18), stepped down to other worker (1–12) on 2023-01-01: cut to 12.
        var w = Worker("head", "1990-01-01") with { Posts = [new PostAssignment("head", Date("1990-01-01")), new PostAssignment("staff", Date("2023-01-01"))] };
        var g = KeepGrade.EvaluateGrade(w, EvaluationOptions.On(AsOf)).GetOutcomeOrThrow();
        var change = Assert.Single(g.PostChanges);
        Assert.Equal((18, 12, true), (change.GradeBefore, change.GradeAfter, change.CutToMaximum));
        Assert.Equal(12, g.Grade);
    }

    [Fact]
    public void By_default_a_post_change_re_places_at_the_new_posts_entry_grade_plus_counted_steps_flagged_placeholder()
    {
        // Default (no source states the rule, so a placeholder): hired 2013-01-01 as other worker, deputy (4–15) from
        // 2022-01-01; on 2025-06-30 12 years ÷ 3 = 4 steps: 4 + 4 = 8 (keeping the grade would give 5).
        var w = Worker("staff", "2013-01-01") with { Posts = [new PostAssignment("staff", Date("2013-01-01")), new PostAssignment("deputy", Date("2022-01-01"))] };
        var result = Suzhou.EvaluateGrade(w, EvaluationOptions.On(AsOf));
        Assert.Equal(8, result.GetOutcomeOrThrow().Grade);
        Assert.Equal(PostChangeRules.RePlace, Assert.Single(result.GetOutcomeOrThrow().PostChanges).Rule);
        Assert.Contains(result.Warnings, x => x.ParameterKey == "pay.post_change_rule");
    }

    [Fact]
    public void Explanation_names_each_contribution_and_cites_the_parameters()
    {
        var result = Suzhou.EvaluateGrade(Worker("staff", "2019-03-01", "bachelor"), EvaluationOptions.On(AsOf));
        Assert.True(result.IsValid);
        var rules = result.Explanation.Steps.Select(s => s.RuleId).ToArray();
        Assert.Equal(["pay.post", "pay.service-years", "pay.qualification-uplift", "pay.grade"], rules);
        var text = result.Explanation.Render(Localization.Language.En);
        Assert.Contains("(6 + 3) ÷ 3 = 3 steps", text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.ParameterKey == "pay.failed_appraisal_year_counts" && w.Code == RuleWarning.PlaceholderUsed);
        Assert.DoesNotContain(result.Warnings, w => w.ParameterKey == "pay.post_change_rule"); // no post change, so the rule was not used
    }

    [Fact]
    public void Without_explanation_the_warnings_are_still_given()
    {
        var result = Suzhou.EvaluateGrade(Worker("staff", "2019-03-01"), EvaluationOptions.On(AsOf, explain: false));
        Assert.Empty(result.Explanation.Steps);
        Assert.Contains(result.Warnings, w => w.ParameterKey == "pay.failed_appraisal_year_counts");
    }

    [Fact]
    public void Fast_path_reports_why_there_is_no_grade()
    {
        Assert.Equal(PayStatus.NotInService, Suzhou.Grade(Worker("staff", "2025-07-01"), AsOf).Status);
        Assert.Equal(PayStatus.InvalidInput, Suzhou.Grade(Worker("nobody", "2020-01-01"), AsOf).Status);
        Assert.Equal(PayStatus.NoPolicyInForce, Suzhou.Grade(Worker("staff", "2010-01-01"), Date("2018-12-31")).Status);
    }

    [Fact]
    public void Fast_path_and_full_evaluation_agree()
    {
        var w = Worker("deputy", "2008-05-17", "master") with { Qualifications = [new QualificationHeld("social-worker", Date("2012-01-01"))], FailedAppraisalYears = [2015] };
        var fast = Suzhou.Grade(w, AsOf);
        var full = Suzhou.EvaluateGrade(w, EvaluationOptions.On(AsOf)).GetOutcomeOrThrow();
        Assert.Equal((fast.Grade, fast.UnclampedGrade, fast.NextStepDate, fast.CountedServiceDays), (full.Grade, full.UnclampedGrade, full.NextStepDate, full.CountedServiceDays));
    }
}
