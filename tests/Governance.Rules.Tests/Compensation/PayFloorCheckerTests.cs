using Governance.Rules.Compensation;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

public sealed class PayFloorCheckerTests
{
    private static readonly EvaluationOptions January2026 = EvaluationOptions.On(Date("2026-01-15"));

    private static PayrollRequest Payroll(int year, params PayrollWorker[] workers) => new("community-01", year, workers);

    private static PayrollWorker Line(string id, decimal pay, decimal months = 12m, bool counted = true) =>
        new() { Id = id, AnnualPay = pay, FullTimeEquivalentMonths = months, Counted = counted };

    [Fact]
    public void A_2025_payroll_averaging_136000_is_7611_short_per_worker_of_the_143611_floor()
    {
        // Σ pay 150,000 + 130,000 + 60,000 = 340,000 over 12 + 12 + 6 = 30 FTE months (2.5 full-time workers).
        // Average 340,000 × 12 ÷ 30 = 136,000.00 < 143,611 (2024 在岗职工): shortfall 143,611 × 2.5 − 340,000 = 19,027.50,
        // raise 19,027.50 ÷ 2.5 = 7,611.00 per full-time worker.
        var result = SuzhouFloor.Evaluate(Payroll(2025, Line("a", 150_000m), Line("b", 130_000m), Line("c", 60_000m, 6m), Line("p", 10_000m, counted: false)), January2026);
        var o = result.GetOutcomeOrThrow();
        Assert.Equal((2024, 143_611m, WageCalibers.UrbanNonPrivateInService), (o.ReferenceYear, o.Floor, o.ReferenceWage.Caliber));
        Assert.Equal((3, 1, 2.5m, 340_000m), (o.CountedWorkers, o.ExcludedWorkers, o.FullTimeEquivalentWorkers, o.TotalPay));
        Assert.Equal(136_000.00m, o.AveragePay);
        Assert.False(o.Compliant);
        Assert.Equal(19_027.50m, o.TotalShortfall);
        Assert.Equal(7_611.00m, o.RaisePerWorker);
        // b: 130,000 → 13,611.00 short; c: 60,000 × 12 ÷ 6 = 120,000 annualised, 143,611 × 6 ÷ 12 − 60,000 = 11,805.50 short.
        Assert.Equal(["b", "c"], o.BelowFloor.Select(b => b.Id));
        Assert.Equal((120_000.00m, 11_805.50m), (o.BelowFloor[1].AnnualisedPay, o.BelowFloor[1].Shortfall));
        Assert.Equal(13_611.00m, o.BelowFloor[0].Shortfall);
        Assert.Contains(result.Explanation.Steps, s => s.RuleId == "pay.reference-wage" && s.Parameters.Single().Citation!.Id == "suzhou-tjj-2025-wage");
    }

    [Fact]
    public void A_payroll_averaging_145000_is_compliant_with_one_worker_below()
    {
        var o = SuzhouFloor.Evaluate(Payroll(2025, Line("a", 150_000m), Line("b", 140_000m)), January2026).GetOutcomeOrThrow();
        Assert.True(o.Compliant);
        Assert.Equal(145_000.00m, o.AveragePay);
        Assert.Equal((0m, 0m), (o.TotalShortfall, o.RaisePerWorker));
        Assert.Equal("b", Assert.Single(o.BelowFloor).Id);
    }

    [Fact]
    public void An_average_exactly_at_the_floor_is_compliant()
    {
        var o = SuzhouFloor.Evaluate(Payroll(2025, Line("a", 143_611m)), January2026).GetOutcomeOrThrow();
        Assert.True(o.Compliant);
        Assert.Empty(o.BelowFloor);
    }

    [Fact]
    public void The_2024_payroll_fails_naming_the_missing_2023_wage_and_its_caliber()
    {
        var result = SuzhouFloor.Evaluate(Payroll(2024, Line("a", 150_000m)), January2026);
        var f = Assert.Single(result.Failures);
        Assert.Equal(("PAY_REFERENCE_WAGE_MISSING", "2023"), (f.Code, f.AttemptedValue));
        Assert.Contains("2023", f.Message.ZhHans, StringComparison.Ordinal);
        Assert.Contains("城镇非私营单位在岗职工", f.Message.ZhHans, StringComparison.Ordinal);
        Assert.Contains("in-service employees", f.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_2024_wage_was_published_the_2025_check_fails_rather_than_use_an_older_value()
    {
        var result = SuzhouFloor.Evaluate(Payroll(2025, Line("a", 150_000m)), EvaluationOptions.On(Date("2025-05-31")));
        Assert.Equal("PAY_REFERENCE_WAGE_MISSING", Assert.Single(result.Failures).Code);
    }

    [Fact]
    public void A_wage_of_another_caliber_is_never_used_instead_the_check_fails_naming_place_year_and_caliber()
    {
        // The rule names 城镇非私营单位就业人员; Suzhou's pack holds only the 在岗职工 figure for 2024 (143,611 元).
        var rule = Parameter("pay.floor_rule", """{ "caliber": "urban-non-private-employed", "referenceYearLag": 1 }""", from: "2025-01-01");
        var checker = new PayFloorChecker(LoadLayer(PayLayer(rule)).GetPackOrThrow(), Clock);
        var f = Assert.Single(checker.Evaluate(Payroll(2025, Line("a", 150_000m)), January2026).Failures);
        Assert.Equal(("PAY_REFERENCE_WAGE_MISSING", "2024"), (f.Code, f.AttemptedValue));
        Assert.Contains("苏州市2024年城镇非私营单位就业人员平均工资", f.Message.ZhHans, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payroll_names_its_jurisdiction_and_a_county_level_city_without_its_own_wage_fails_rather_than_borrow_Suzhous()
    {
        // Default: Suzhou city, 2024 在岗职工 143,611 元 → the 2025 floor.
        Assert.True(SuzhouFloor.Evaluate(Payroll(2025, Line("a", 150_000m)), January2026).IsValid);
        // Kunshan (a county-level city) has no figure in the pack: a failure naming the place, not Suzhou's figure.
        var f = Assert.Single(SuzhouFloor.Evaluate(Payroll(2025, Line("a", 150_000m)) with { Jurisdiction = "cn.js.suzhou.kunshan" }, January2026).Failures);
        Assert.Equal("PAY_REFERENCE_WAGE_MISSING", f.Code);
        Assert.Contains("cn.js.suzhou.kunshan", f.Message.En, StringComparison.Ordinal);
        Assert.Contains("2024年城镇非私营单位在岗职工平均工资", f.Message.ZhHans, StringComparison.Ordinal);
    }

    [Theory]
    // Suzhou named, 2024 pay: no 2023 wage for any place, so the year is what is missing.
    [InlineData("cn.js.suzhou", 2024, "Year", "2023")]
    // Kunshan named, 2025 pay: Suzhou's 2024 wage is in the pack, so the place is what is missing.
    [InlineData("cn.js.suzhou.kunshan", 2025, "Jurisdiction", "cn.js.suzhou.kunshan")]
    // Kunshan named, 2024 pay: no 2023 wage anywhere; the year is missing first.
    [InlineData("cn.js.suzhou.kunshan", 2024, "Year", "2023")]
    public void A_missing_wage_points_at_the_place_when_the_pack_holds_that_years_wage_elsewhere_and_at_the_year_otherwise(string place, int year, string path, string value)
    {
        var f = Assert.Single(SuzhouFloor.Evaluate(Payroll(year, Line("a", 150_000m)) with { Jurisdiction = place }, January2026).Failures);
        Assert.Equal(("PAY_REFERENCE_WAGE_MISSING", path, value), (f.Code, f.PropertyPath, f.AttemptedValue));
        Assert.StartsWith(place == "cn.js.suzhou" ? "规则包中没有苏州市2023年" : $"规则包中没有“{place}”{year - 1}年", f.Message.ZhHans, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payroll_left_at_Suzhou_is_pointed_at_its_place_when_only_another_place_has_that_years_wage()
    {
        // Only a county's 2024 wage: the payroll leaves its place at Suzhou (the default), whose figure is what is missing.
        const string wages = """
            [ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 150000, "jurisdiction": "cn.js.suzhou.test-county" } ]
            """;
        var checker = new PayFloorChecker(LoadLayer(PayLayer(Parameter("pay.reference_wages", wages, from: "2025-06-01", unit: "元/年"))).GetPackOrThrow(), Clock);
        var f = Assert.Single(checker.Evaluate(Payroll(2025, Line("a", 150_000m)), January2026).Failures);
        Assert.Equal(("PAY_REFERENCE_WAGE_MISSING", "Jurisdiction", "cn.js.suzhou"), (f.Code, f.PropertyPath, f.AttemptedValue));
        Assert.StartsWith("规则包中没有苏州市2024年城镇非私营单位在岗职工平均工资", f.Message.ZhHans, StringComparison.Ordinal);

        // Named, the county's own figure is used.
        Assert.True(checker.Evaluate(Payroll(2025, Line("a", 150_000m)) with { Jurisdiction = "cn.js.suzhou.test-county" }, January2026).IsValid);
    }

    [Fact]
    public void A_county_level_citys_own_wage_is_used_when_the_pack_holds_it()
    {
        const string wages = """
            [ { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 143611, "jurisdiction": "cn.js.suzhou" },
              { "year": 2024, "caliber": "urban-non-private-in-service", "annualAverage": 150000, "jurisdiction": "cn.js.suzhou.test-county" } ]
            """;
        var checker = new PayFloorChecker(LoadLayer(PayLayer(Parameter("pay.reference_wages", wages, from: "2025-06-01", unit: "元/年"))).GetPackOrThrow(), Clock);
        var result = checker.Evaluate(Payroll(2025, Line("a", 149_000m)) with { Jurisdiction = "cn.js.suzhou.test-county" }, January2026);
        var o = result.GetOutcomeOrThrow();
        Assert.Equal(150_000m, o.Floor); // 149,000 < 150,000: below the county's own floor
        Assert.False(o.Compliant);

        // A figure recorded without its source: the step gives the figure and nothing after it.
        var wage = Assert.Single(result.Explanation.Steps, s => s.RuleId == "pay.reference-wage").Message;
        Assert.Equal("2024年城镇非私营单位在岗职工年平均工资150000元。", wage.ZhHans);
        Assert.Equal($"2024 average wage of {WageCalibers.En(WageCalibers.UrbanNonPrivateInService)}: 150000 yuan.", wage.En);
    }

    [Fact]
    public void Benxi_example_names_the_missing_all_urban_units_wage()
    {
        var checker = new PayFloorChecker(RulePacks.Load("example.benxi"), Clock);
        var f = Assert.Single(checker.Evaluate(Payroll(2024, Line("a", 50_000m)), January2026).Failures);
        Assert.Equal("PAY_REFERENCE_WAGE_MISSING", f.Code);
        Assert.Contains("全口径城镇单位就业人员", f.Message.ZhHans, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_before_any_floor_rule_is_outside_the_packs_timeline()
    {
        var failure = Assert.Single(SuzhouFloor.Evaluate(Payroll(2021, Line("a", 1m)), January2026).Failures);
        Assert.Equal(("PAY_YEAR_OUTSIDE_TIMELINE", "Year", "2021"), (failure.Code, failure.PropertyPath, failure.AttemptedValue));
        Assert.Equal("2021 年不在规则包的有效期间内（当年有日期无有效规则）。", failure.Message.ZhHans);
        Assert.Equal("Year 2021 is outside the pack's timeline (some day of it has no rule in force).", failure.Message.En);
    }

    [Fact]
    public void The_explanation_states_the_reference_wage_the_counts_and_the_verdict_in_both_languages()
    {
        var result = SuzhouFloor.Evaluate(Payroll(2025, Line("a", 150_000m), Line("b", 130_000m), Line("c", 60_000m, 6m), Line("p", 10_000m, counted: false)), January2026);
        var o = result.GetOutcomeOrThrow();
        var wage = Assert.Single(result.Explanation.Steps, s => s.RuleId == "pay.reference-wage").Message;
        // Suzhou's figure records where it was published, and the step says so.
        Assert.StartsWith("https://tjj.suzhou.gov.cn/", o.ReferenceWage.Source, StringComparison.Ordinal);
        Assert.Equal($"2024年城镇非私营单位在岗职工年平均工资143611元（来源：{o.ReferenceWage.Source}）。", wage.ZhHans);
        Assert.Equal($"2024 average wage of {WageCalibers.En(o.ReferenceWage.Caliber)}: 143611 yuan (source: {o.ReferenceWage.Source}).", wage.En);
        var check = Assert.Single(result.Explanation.Steps, s => s.RuleId == "pay.floor-check");
        Assert.StartsWith("计入3人（另有1人不计入），折算全时2.5人；报酬合计340000元；", check.Message.ZhHans, StringComparison.Ordinal);
        Assert.Contains("低于底线，未达标：缺口", check.Message.ZhHans, StringComparison.Ordinal);
        Assert.EndsWith("；2人个人折算年报酬低于底线。", check.Message.ZhHans, StringComparison.Ordinal);
        Assert.StartsWith("3 counted workers (1 not counted), 2.5 full-time equivalents; total pay 340000; ", check.Message.En, StringComparison.Ordinal);
        Assert.Contains("below the floor: shortfall", check.Message.En, StringComparison.Ordinal);
        Assert.EndsWith("; 2 workers are individually below the floor.", check.Message.En, StringComparison.Ordinal);
        Assert.Equal("false", Assert.Single(check.Values, v => v.Name == "compliant").Value);

        var compliant = SuzhouFloor.Evaluate(Payroll(2025, Line("a", 150_000m), Line("b", 140_000m)), January2026);
        var ok = Assert.Single(compliant.Explanation.Steps, s => s.RuleId == "pay.floor-check");
        Assert.Contains("不低于底线，达标", ok.Message.ZhHans, StringComparison.Ordinal);
        Assert.Contains("at or above the floor: compliant", ok.Message.En, StringComparison.Ordinal);
        Assert.Equal("true", Assert.Single(ok.Values, v => v.Name == "compliant").Value);
    }

    [Fact]
    public void Bad_payroll_lines_are_reported_with_codes_and_paths()
    {
        var result = SuzhouFloor.Evaluate(Payroll(2025, Line("a", 1m), Line("a", -5m), Line("b", 1m, 0m), Line("c", 1m, 13m)), January2026);
        Assert.Contains(result.Failures, f => f.Code == "PAY_WORKER_ID_DUPLICATE" && f.PropertyPath == "Workers[1].Id");
        Assert.Contains(result.Failures, f => f.Code == "PAY_ANNUAL_PAY_OUT_OF_RANGE" && f.PropertyPath == "Workers[1].AnnualPay");
        Assert.Contains(result.Failures, f => f.Code == "PAY_FTE_MONTHS_OUT_OF_RANGE" && f.PropertyPath == "Workers[2].FullTimeEquivalentMonths");
        Assert.Contains(result.Failures, f => f.Code == "PAY_FTE_MONTHS_OUT_OF_RANGE" && f.PropertyPath == "Workers[3].FullTimeEquivalentMonths");
        Assert.Null(result.Outcome);
        Assert.Equal("PAY_PAYROLL_EMPTY", Assert.Single(SuzhouFloor.Evaluate(Payroll(2025), January2026).Failures).Code);
        Assert.Equal("PAY_PAYROLL_NO_COUNTED_WORKERS", Assert.Single(SuzhouFloor.Evaluate(Payroll(2025, Line("a", 1m, counted: false)), January2026).Failures).Code);
        Assert.Throws<ArgumentNullException>(() => SuzhouFloor.Evaluate(null!));
    }

    [Fact]
    public void Annual_pay_feeds_the_floor_check_by_its_full_time_equivalent_months()
    {
        var annual = Suzhou.EvaluateAnnualPay(new AnnualPayRequest(Worker("staff", "2025-07-16"), 2025), January2026).GetOutcomeOrThrow();
        var o = SuzhouFloor.Evaluate(Payroll(2025, new PayrollWorker { Id = "w1", AnnualPay = annual.Total, FullTimeEquivalentMonths = annual.FullTimeEquivalentMonths }), January2026).GetOutcomeOrThrow();
        Assert.False(o.Compliant); // grade 1 pays 8,549 a month, about 102,588 a year: below 143,611
        Assert.Single(o.BelowFloor);
    }

    [Theory]
    [InlineData(11_967.57, 1, 0.02, 0.24)] // floor × 1 ÷ 12 = 11,967.5833…; 0.02 × 12 ÷ 1 = 0.24 (÷ 0.0833…33 gave 0.25)
    [InlineData(83_768.40, 7, 4.69, 8.04)] // floor × 7 ÷ 12 = 83,773.0833…; 4.69 × 12 ÷ 7 = 8.04 (× 0.5833…33 falls short of 4.69)
    public void The_raise_per_worker_is_the_least_whole_fen_that_closes_the_shortfall(decimal pay, int months, decimal shortfall, decimal raise)
    {
        // The FTE workers, months ÷ 12, are not a whole decimal; the raise is computed from the whole months so that
        // rounding cannot add a fen to it, and the check that it closes the shortfall is made on whole months too.
        var o = SuzhouFloor.Evaluate(Payroll(2025, Line("a", pay, months)), January2026).GetOutcomeOrThrow();
        Assert.Equal((shortfall, raise), (o.TotalShortfall, o.RaisePerWorker));
        Assert.True(o.RaisePerWorker * months >= o.TotalShortfall * 12m);
        Assert.True((o.RaisePerWorker - 0.01m) * months < o.TotalShortfall * 12m);
    }
}
