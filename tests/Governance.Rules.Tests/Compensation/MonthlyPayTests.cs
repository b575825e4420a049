using Governance.Rules.Compensation;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

public sealed class MonthlyPayTests
{
    [Fact]
    public void Grade_9_in_Suzhou_is_8549_x_1_40_11968_60_split_70_30_into_8378_02_and_3590_58()
    {
        // Hired 2001-01-01: 24 years → 8 steps → grade 9. Placeholder base 8,549 × 1.40 = 11,968.60; × 0.7 = 8,378.02; rest 3,590.58.
        var p = Suzhou.MonthlyPay(Worker("staff", "2001-01-01"), AsOf);
        Assert.Equal(PayStatus.Computed, p.Status);
        Assert.Equal(9, p.Grade.Grade);
        Assert.Equal(1.40m, p.Coefficient);
        Assert.Equal(11_968.60m, p.Standard);
        Assert.Equal(8_378.02m, p.Basic);
        Assert.Equal(3_590.58m, p.Performance);
        Assert.Equal(11_968.60m, p.Total);
        Assert.True(p.UsesPlaceholder);
    }

    [Fact]
    public void Grade_2_basic_6283_515_rounds_half_up_to_6283_52_and_performance_takes_the_rest()
    {
        // 8,549 × 1.05 = 8,976.45; × 0.7 = 6,283.515 → 6,283.52 (四舍五入); 8,976.45 − 6,283.52 = 2,692.93.
        var result = Suzhou.EvaluateMonthlyPay(Worker("staff", "2022-01-01"), EvaluationOptions.On(AsOf));
        var p = result.GetOutcomeOrThrow();
        Assert.Equal(2, p.Grade.Grade);
        Assert.Equal(8_976.45m, p.Standard);
        Assert.Equal(6_283.52m, p.Basic);
        Assert.Equal(2_692.93m, p.Performance);
        Assert.Equal(PayRounding.HalfUp, p.Rounding);
        Assert.Contains("四舍五入", result.Explanation.Render(), StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.ParameterKey == "pay.base_amount");
        Assert.Contains(result.Warnings, w => w.ParameterKey == "pay.grade_coefficients");
    }

    [Fact]
    public void A_failed_appraisal_year_forfeits_that_years_performance_pay()
    {
        // Grade 1: 8,549.00 → basic 5,984.30, performance 2,564.70 forfeited in 2025.
        var p = Suzhou.MonthlyPay(Worker("staff", "2025-01-01") with { FailedAppraisalYears = [2025] }, AsOf);
        Assert.Equal(5_984.30m, p.Basic);
        Assert.Equal(0m, p.Performance);
        Assert.Equal(2_564.70m, p.PerformanceForfeited);
        Assert.Equal(5_984.30m, p.Total);
    }

    [Fact]
    public void Benxi_example_pays_3400_x_coefficient_split_80_20()
    {
        var benxi = new CommunityWorkerPayCalculator(RulePacks.Load("example.benxi"), Clock);
        var p = benxi.MonthlyPay(Worker("staff", "2023-01-01"), Date("2023-06-30"));
        Assert.Equal(3_400m, p.Standard); // grade 1, placeholder coefficient 1.00
        Assert.Equal(2_720m, p.Basic);    // × 0.8
        Assert.Equal(680m, p.Performance);
    }

    [Fact]
    public void Qinghai_example_coefficients_run_from_1_1_to_2_7()
    {
        var t = RulePacks.Load("example.qinghai").Timeline(PayParameters.GradeCoefficients)!.At(Date("2020-01-01"));
        Assert.Equal(1.1m, t.Value.CoefficientOf(1));
        Assert.Equal(2.7m, t.Value.CoefficientOf(18));
        Assert.Equal(Citations.Provenance.Placeholder, t.Info!.Provenance);
    }

    [Fact]
    public void A_qualification_allowance_is_added_for_the_highest_qualification_only()
    {
        var pack = LoadLayer(PayLayer(Parameter("pay.qualification_allowance", """{ "assistant-social-worker": 200, "social-worker": 300, "senior-social-worker": 500 }""", unit: "元/月"))).GetPackOrThrow();
        var calc = new CommunityWorkerPayCalculator(pack, Clock);
        var w = Worker("staff", "2025-01-01") with
        {
            Qualifications = [new QualificationHeld("assistant-social-worker", Date("2020-01-01")), new QualificationHeld("social-worker", Date("2024-01-01"))],
        };
        var p = calc.MonthlyPay(w, AsOf);
        Assert.Equal(300m, p.Allowance);
        Assert.Equal(3, p.Grade.Grade); // grade 1 + 2 for 社会工作师
        Assert.Equal(p.Basic + p.Performance + 300m, p.Total);
    }

    [Fact]
    public void Suzhou_has_no_qualification_allowance()
    {
        var w = Worker("staff", "2025-01-01") with { Qualifications = [new QualificationHeld("social-worker", Date("2024-01-01"))] };
        Assert.Equal(0m, Suzhou.MonthlyPay(w, AsOf).Allowance);
        Assert.Null(RulePacks.Suzhou.Timeline(PayParameters.QualificationAllowance));
    }

    [Fact]
    public void No_pay_before_the_Suzhou_placeholder_scale_starts_and_none_in_a_gap()
    {
        Assert.Equal(PayStatus.NoPolicyInForce, Suzhou.MonthlyPay(Worker("staff", "2020-01-01"), Date("2024-12-31")).Status);
        var gap = Worker("staff", "2020-01-01") with { Service = [new ServicePeriod(Date("2020-01-01"), Date("2025-03-31")), new ServicePeriod(Date("2025-08-01"))] };
        Assert.Equal(PayStatus.NotInService, Suzhou.MonthlyPay(gap, AsOf).Status);
        var result = Suzhou.EvaluateMonthlyPay(gap, EvaluationOptions.On(AsOf));
        Assert.Equal("PAY_NOT_IN_SERVICE_ON_DATE", Assert.Single(result.Failures).Code);
        Assert.Equal("PAY_NO_POLICY_ON_DATE", Assert.Single(Suzhou.EvaluateMonthlyPay(Worker("staff", "2020-01-01"), EvaluationOptions.On(Date("2024-12-31"))).Failures).Code);
    }

    [Fact]
    public void A_layer_whose_posts_exceed_the_coefficient_table_is_refused()
    {
        var posts = """[ { "code": "staff", "zh-Hans": "社区工作者", "en": "Worker", "minGrade": 1, "maxGrade": 24 } ]""";
        var pack = LoadLayer(PayLayer(Parameter("pay.posts", posts, unit: "级"))).GetPackOrThrow();
        var calc = new CommunityWorkerPayCalculator(pack, Clock);
        Assert.Equal(PayStatus.NoPolicyInForce, calc.MonthlyPay(Worker("staff", "2020-01-01"), AsOf).Status);
        Assert.Equal("PAY_SCALE_INCONSISTENT", Assert.Single(calc.EvaluateMonthlyPay(Worker("staff", "2020-01-01"), EvaluationOptions.On(AsOf)).Failures).Code);
    }
}
