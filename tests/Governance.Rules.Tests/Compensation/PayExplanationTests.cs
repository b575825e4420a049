using Governance.Rules.Compensation;
using Governance.Rules.Results;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

/// <summary>What the pay explanations say in both languages, and the answers at the edges of the accepted dates.</summary>
public sealed class PayExplanationTests
{
    private static ExplanationStep Step(RuleResult<MonthlyPayOutcome> result, string ruleId) => Assert.Single(result.Explanation.Steps, s => s.RuleId == ruleId);

    [Fact]
    public void The_monthly_pay_explanation_states_the_split_and_that_Suzhou_sets_no_allowance()
    {
        // Grade 2: 8,549 × 1.05 = 8,976.45; × 0.7 = 6,283.515 → 6,283.52; performance 8,976.45 − 6,283.52 = 2,692.93.
        var result = Suzhou.EvaluateMonthlyPay(Worker("staff", "2022-01-01"), EvaluationOptions.On(AsOf));
        var split = Step(result, "pay.split").Message;
        Assert.Equal("基本报酬=8976.45×0.7=6283.52元；绩效报酬=8976.45−6283.52=2692.93元。", split.ZhHans);
        Assert.Equal("Basic = 8976.45 × 0.7 = 6283.52; performance = 8976.45 − 6283.52 = 2692.93.", split.En);
        var allowance = Step(result, "pay.allowance").Message;
        Assert.Equal("规则包未设职业资格津贴；月报酬合计8976.45元。", allowance.ZhHans);
        Assert.Equal("The pack sets no qualification allowance; monthly pay 8976.45.", allowance.En);
    }

    [Fact]
    public void A_forfeited_performance_pay_and_a_qualification_allowance_are_named_with_their_amounts()
    {
        var pack = LoadLayer(PayLayer(Parameter("pay.qualification_allowance", """{ "social-worker": 300 }""", unit: "元/月"))).GetPackOrThrow();
        var calc = new CommunityWorkerPayCalculator(pack, Clock);
        var w = Worker("staff", "2025-01-01") with
        {
            FailedAppraisalYears = [2025],
            Qualifications = [new QualificationHeld("social-worker", Date("2024-01-01"))],
        };
        var result = calc.EvaluateMonthlyPay(w, EvaluationOptions.On(AsOf));
        var p = result.GetOutcomeOrThrow();
        Assert.True(p.PerformanceForfeited > 0m);
        var split = Step(result, "pay.split").Message;
        Assert.EndsWith($"，因当年考核不合格全部扣除（{p.PerformanceForfeited}元）。", split.ZhHans, StringComparison.Ordinal);
        Assert.EndsWith($", forfeited in full ({p.PerformanceForfeited}) for the year's unqualified (不合格) appraisal.", split.En, StringComparison.Ordinal);
        var allowance = Step(result, "pay.allowance").Message;
        Assert.Equal($"职业资格津贴300元/月（按最高资格）；月报酬合计{p.Total}元。", allowance.ZhHans);
        Assert.Equal($"Qualification allowance 300 yuan a month (highest qualification); monthly pay {p.Total}.", allowance.En);
        Assert.Equal(p.Basic + 300m, p.Total); // performance forfeited in full
    }

    [Theory]
    [InlineData("half-up", "四舍五入")]
    [InlineData("down", "舍去")]
    [InlineData("up", "进位")]
    public void The_standard_names_the_packs_fen_rounding_rule_as_an_office_writes_it(string rule, string words)
    {
        var pack = LoadLayer(PayLayer(Parameter("pay.fen_rounding", $"\"{rule}\""))).GetPackOrThrow();
        var result = new CommunityWorkerPayCalculator(pack, Clock).EvaluateMonthlyPay(Worker("staff", "2022-01-01"), EvaluationOptions.On(AsOf));
        var standard = Step(result, "pay.standard").Message;
        Assert.EndsWith($"（按“{words}”保留到分）。", standard.ZhHans, StringComparison.Ordinal);
        Assert.EndsWith($"(rounded to the fen, '{rule}').", standard.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_years_that_do_not_count_are_listed_in_order_and_with_none_the_rule_is_still_stated()
    {
        // Suzhou: years appraised 不合格 do not count (pay.failed_appraisal_year_counts = false).
        var two = Suzhou.EvaluateGrade(Worker("staff", "2016-01-01") with { FailedAppraisalYears = [2023, 2020] }, EvaluationOptions.On(AsOf));
        var twoStep = Assert.Single(two.Explanation.Steps, s => s.RuleId == "pay.service-years").Message;
        Assert.Contains("间断期间不计，2020年、2023年年度考核不合格，不计入）", twoStep.ZhHans, StringComparison.Ordinal);
        Assert.Contains("gaps do not count; 2020, 2023 were appraised 不合格 (unqualified) and not counted)", twoStep.En, StringComparison.Ordinal);

        var none = Suzhou.EvaluateGrade(Worker("staff", "2016-01-01"), EvaluationOptions.On(AsOf));
        var noneStep = Assert.Single(none.Explanation.Steps, s => s.RuleId == "pay.service-years").Message;
        Assert.Contains("间断期间不计，考核不合格年度不计）", noneStep.ZhHans, StringComparison.Ordinal);
        Assert.Contains("gaps do not count, nor do years appraised 不合格 (unqualified))", noneStep.En, StringComparison.Ordinal);

        // Where the pack counts them, the service step says nothing of appraisals.
        var counts = LoadLayer(PayLayer(Parameter("pay.failed_appraisal_year_counts", "true"))).GetPackOrThrow();
        var counted = new CommunityWorkerPayCalculator(counts, Clock).EvaluateGrade(Worker("staff", "2016-01-01") with { FailedAppraisalYears = [2020] }, EvaluationOptions.On(AsOf));
        var countedStep = Assert.Single(counted.Explanation.Steps, s => s.RuleId == "pay.service-years").Message;
        Assert.Contains("间断期间不计）", countedStep.ZhHans, StringComparison.Ordinal);
        Assert.DoesNotContain("不合格", countedStep.ZhHans, StringComparison.Ordinal);
        Assert.Contains("gaps do not count)", countedStep.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grade_above_the_posts_range_is_cut_to_its_maximum_and_the_explanation_says_so()
    {
        var result = Suzhou.EvaluateGrade(Worker("staff", "1960-01-01"), EvaluationOptions.On(AsOf));
        var g = result.GetOutcomeOrThrow();
        Assert.True(g.CutToMaximum);
        Assert.True(g.UnclampedGrade > g.Post.MaxGrade);
        Assert.Equal(g.Post.MaxGrade, g.Grade);
        var step = Assert.Single(result.Explanation.Steps, s => s.RuleId == "pay.grade").Message;
        Assert.Contains($"={g.UnclampedGrade}，截至岗位上限{g.Post.MaxGrade}级；定为{g.Grade}级。", step.ZhHans, StringComparison.Ordinal);
        Assert.Contains($"= {g.UnclampedGrade}, cut to the post's maximum {g.Post.MaxGrade}; grade {g.Grade}.", step.En, StringComparison.Ordinal);

        var within = Suzhou.EvaluateGrade(Worker("staff", "2022-01-01"), EvaluationOptions.On(AsOf)).Explanation.Steps.Single(s => s.RuleId == "pay.grade").Message;
        Assert.DoesNotContain("截至", within.ZhHans, StringComparison.Ordinal);
        Assert.DoesNotContain("cut to", within.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_outside_the_accepted_range_are_invalid_input_and_the_first_accepted_date_is_not()
    {
        var w = Worker("staff", "2001-01-01");
        Assert.Equal(PayStatus.InvalidInput, Suzhou.Grade(w, Date("1879-12-31")).Status);
        Assert.Equal(PayStatus.InvalidInput, Suzhou.MonthlyPay(w, Date("1879-12-31")).Status);
        Assert.Equal(PayStatus.InvalidInput, Suzhou.Grade(w, Date("2201-01-01")).Status);
        Assert.Equal(PayStatus.InvalidInput, Suzhou.MonthlyPay(w, Date("2201-01-01")).Status);

        // Accepted, but before Suzhou's posts are in force: no policy, not invalid input.
        Assert.Equal(PayStatus.NoPolicyInForce, Suzhou.Grade(Worker("staff", "1880-01-01"), Date("1880-01-01")).Status);
        Assert.Equal(PayStatus.NoPolicyInForce, Suzhou.MonthlyPay(Worker("staff", "1880-01-01"), Date("1880-01-01")).Status);
        Assert.Equal(PayStatus.NoPolicyInForce, Suzhou.Grade(Worker("staff", "2018-01-01"), Date("2018-12-31")).Status);
    }

    [Fact]
    public void An_annual_pay_for_an_unknown_post_fails_naming_the_post()
    {
        var result = Suzhou.EvaluateAnnualPay(new AnnualPayRequest(Worker("janitor", "2020-01-01"), 2025), EvaluationOptions.On(AsOf));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("PAY_POST_UNKNOWN", failure.Code);
        Assert.Contains("janitor", failure.Message.ZhHans, StringComparison.Ordinal);
        Assert.Contains("janitor", failure.Message.En, StringComparison.Ordinal);
        Assert.Null(result.Outcome);
    }

    [Fact]
    public void A_year_whose_scale_turns_inconsistent_in_July_is_outside_the_packs_timeline()
    {
        // From 2025-07-01 a post reaches grade 24, beyond the 18-grade coefficient table: January is computable, July is not.
        var posts = """[ { "code": "staff", "zh-Hans": "社区工作者", "en": "Worker", "minGrade": 1, "maxGrade": 24 } ]""";
        var pack = LoadLayer(PayLayer(Parameter("pay.posts", posts, from: "2025-07-01", unit: "级"))).GetPackOrThrow();
        var calc = new CommunityWorkerPayCalculator(pack, Clock);
        Assert.Equal(PayStatus.Computed, calc.MonthlyPay(Worker("staff", "2020-01-01"), Date("2025-06-30")).Status);
        var result = calc.EvaluateAnnualPay(new AnnualPayRequest(Worker("staff", "2020-01-01"), 2025), EvaluationOptions.On(AsOf));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("PAY_YEAR_OUTSIDE_TIMELINE", failure.Code);
        Assert.Contains("2025", failure.Message.ZhHans, StringComparison.Ordinal);
    }
}
