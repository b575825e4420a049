using Governance.Rules.Compensation;
using Governance.Rules.Results;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

public sealed class AnnualPayTests
{
    private static AnnualPayOutcome Annual(CommunityWorker w, int year = 2025) =>
        Suzhou.EvaluateAnnualPay(new AnnualPayRequest(w, year), EvaluationOptions.On(Date("2026-01-15"))).GetOutcomeOrThrow();

    [Fact]
    public void A_hire_on_16_July_is_paid_16_of_31_days_in_July_and_full_months_after()
    {
        // Grade 1: 8,549.00 a month = basic 5,984.30 + performance 2,564.70.
        // July: basic 5,984.30 × 16 ÷ 31 = 3,088.670… → 3,088.67; performance 2,564.70 × 16 ÷ 31 = 1,323.716… → 1,323.72.
        var a = Annual(Worker("staff", "2025-07-16"));
        Assert.All(a.Months.Take(6), m => Assert.Equal(0m, m.Total));
        var july = a.Months[6];
        Assert.Equal((16, 31), (july.DaysPaid, july.DaysInMonth));
        Assert.Equal(3_088.67m, july.Basic);
        Assert.Equal(1_323.72m, july.Performance);
        Assert.Equal(4_412.39m, july.Total);
        Assert.All(a.Months.Skip(7), m => Assert.Equal(8_549.00m, m.Total));
        Assert.Equal(4_412.39m + (5 * 8_549.00m), a.Total); // 47,157.39
        Assert.Equal(5.5161m, a.FullTimeEquivalentMonths); // 5 + 16/31
    }

    [Fact]
    public void A_grade_step_on_11_March_prorates_March_by_calendar_days()
    {
        // Hired 2022-03-11: grade 1 until 2025-03-10, grade 2 (8,976.45 = 6,283.52 + 2,692.93) from 2025-03-11.
        // March basic (10 × 5,984.30 + 21 × 6,283.52) ÷ 31 = 191,796.92 ÷ 31 = 6,186.997… → 6,187.00;
        // performance (10 × 2,564.70 + 21 × 2,692.93) ÷ 31 = 82,198.53 ÷ 31 = 2,651.565… → 2,651.57.
        var a = Annual(Worker("staff", "2022-03-11"));
        var march = a.Months[2];
        Assert.Equal(2, march.Segments.Count);
        Assert.Equal((Date("2025-03-11"), 2), (march.Segments[1].From, march.Segments[1].Grade));
        Assert.Equal(6_187.00m, march.Basic);
        Assert.Equal(2_651.57m, march.Performance);
        Assert.Equal((2 * 8_549.00m) + 8_838.57m + (9 * 8_976.45m), a.Total); // 106,724.62
    }

    [Fact]
    public void A_promotion_on_1_July_pays_the_deputy_minimum_grade_from_July()
    {
        // Other worker hired 2024-01-01 (grade 1), deputy from 2025-07-01: keeps 1, raised to 4: 8,549 × 1.15 = 9,831.35.
        var w = Worker("staff", "2024-01-01") with { Posts = [new PostAssignment("staff", Date("2024-01-01")), new PostAssignment("deputy", Date("2025-07-01"))] };
        var a = Annual(w);
        Assert.Equal(8_549.00m, a.Months[5].Total);
        Assert.Equal(9_831.35m, a.Months[6].Total);
        Assert.Equal(4, a.Months[6].Segments[0].Grade);
        Assert.Equal((6 * 8_549.00m) + (6 * 9_831.35m), a.Total); // 110,282.10
        var warnings = Suzhou.EvaluateAnnualPay(new AnnualPayRequest(w, 2025), EvaluationOptions.On(Date("2026-01-15"), explain: false)).Warnings;
        Assert.Contains(warnings, x => x.ParameterKey == "pay.post_change_rule");
    }

    [Fact]
    public void Unpaid_leave_earns_nothing_and_a_failed_year_forfeits_performance_every_month()
    {
        var w = Worker("staff", "2025-01-01") with
        {
            Service = [new ServicePeriod(Date("2025-01-01"), Date("2025-04-30")), new ServicePeriod(Date("2025-06-01"))],
            FailedAppraisalYears = [2025],
        };
        var a = Annual(w);
        Assert.Equal(0, a.Months[4].DaysPaid);
        Assert.Equal(0m, a.Months[4].Total);
        Assert.All(a.Months, m => Assert.Equal(0m, m.Performance));
        Assert.Equal(11 * 5_984.30m, a.Total);
        Assert.Equal(11 * 2_564.70m, a.PerformanceForfeited);
    }

    [Fact]
    public void The_annual_total_is_the_sum_of_the_months_and_explained_month_by_month()
    {
        var result = Suzhou.EvaluateAnnualPay(new AnnualPayRequest(Worker("deputy", "2010-05-20", "master"), 2025), EvaluationOptions.On(Date("2026-01-15")));
        var a = result.GetOutcomeOrThrow();
        Assert.Equal(a.Months.Sum(m => m.Total), a.Total);
        Assert.Equal(12, result.Explanation.Steps.Count(s => s.RuleId == "pay.month"));
        Assert.Contains("calendar days", result.Explanation.Render(Localization.Language.En), StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.ParameterKey == "pay.base_amount");
        Assert.DoesNotContain(result.Warnings, w => w.ParameterKey == "pay.post_change_rule"); // one post: the rule is not used
    }

    [Fact]
    public void A_year_before_the_Suzhou_pay_scale_is_outside_the_packs_timeline()
    {
        var result = Suzhou.EvaluateAnnualPay(new AnnualPayRequest(Worker("staff", "2020-01-01"), 2024), EvaluationOptions.On(Date("2026-01-15")));
        var f = Assert.Single(result.Failures);
        Assert.Equal(("PAY_YEAR_OUTSIDE_TIMELINE", "Year", "2024"), (f.Code, f.PropertyPath, f.AttemptedValue));
        Assert.Equal("PAY_YEAR_INVALID", Assert.Single(Suzhou.EvaluateAnnualPay(new AnnualPayRequest(Worker("staff", "2020-01-01"), 1900)).Failures).Code);
    }
}
