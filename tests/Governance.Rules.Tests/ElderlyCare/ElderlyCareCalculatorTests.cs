using Governance.Rules.ElderlyCare;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

public sealed class ElderlyCareCalculatorTests
{
    private static readonly ElderlyCareCalculator ConditionMonth = WithLayer(DateRules("condition-month"));

    [Fact]
    public void Aged_90_in_2025_gets_the_2010_rate_of_1200_a_year_paid_in_October_from_the_month_after_the_90th_birthday()
    {
        // Born 1935-05-14: 90 周岁 on 2025-05-14; next-month (次月起) → from 2025-06; turns 100 on 2035-05-14 → last month 2035-05.
        var o = Outcome(Suzhou, Person("1935-05-14"), "2025-06-30");
        var b = o[ElderlyBenefit.AgeAllowance90To99];
        Assert.Equal(90, o.Age);
        Assert.True(b.Eligible);
        Assert.Equal(1200m, b.AmountPerPeriod);
        Assert.Equal(BenefitPeriod.Year, b.Period);
        Assert.Equal(0m, b.DueInAsOfMonth); // June: the yearly amount is paid in October
        Assert.Equal(new YearMonth(2025, 6), b.StartMonth);
        Assert.Equal(new YearMonth(2035, 5), b.EndMonth);
        Assert.False(o[ElderlyBenefit.AgeAllowance80To89].Eligible); // 80–89 placeholder ended with May
        Assert.Equal(new YearMonth(2025, 5), Outcome(Suzhou, Person("1935-05-14"), "2025-05-31")[ElderlyBenefit.AgeAllowance80To89].EndMonth);
    }

    [Fact]
    public void Day_before_on_and_after_the_90th_birthday_under_next_month()
    {
        var person = Person("1937-05-14"); // 90 on 2027-05-14
        var before = Outcome(Suzhou, person, "2027-05-13");
        Assert.Equal(89, before.Age);
        Assert.True(before[ElderlyBenefit.AgeAllowance80To89].Eligible);
        Assert.Equal(50m, before[ElderlyBenefit.AgeAllowance80To89].DueInAsOfMonth);
        var hint = before[ElderlyBenefit.AgeAllowance90To99];
        Assert.False(hint.Eligible);
        Assert.Equal(UnmetCondition.Age, hint.Unmet);
        Assert.Equal(Date("2027-05-14"), hint.QualifiesOn);
        Assert.Equal(new YearMonth(2027, 6), hint.QualifiesFromMonth);

        var on = Outcome(Suzhou, person, "2027-05-14");
        Assert.Equal(90, on.Age);
        Assert.True(on[ElderlyBenefit.AgeAllowance80To89].Eligible); // May is still an 80–89 month under 次月起
        Assert.False(on[ElderlyBenefit.AgeAllowance90To99].Eligible);
        Assert.Equal(new YearMonth(2027, 6), on[ElderlyBenefit.AgeAllowance90To99].QualifiesFromMonth);

        var after = Outcome(Suzhou, person, "2027-06-01");
        Assert.True(after[ElderlyBenefit.AgeAllowance90To99].Eligible);
        Assert.False(after[ElderlyBenefit.AgeAllowance80To89].Eligible);
    }

    [Fact]
    public void Under_condition_month_the_whole_month_of_the_90th_birthday_is_a_90_to_99_month_even_the_day_before()
    {
        var person = Person("1937-05-14");
        var before = Outcome(ConditionMonth, person, "2027-05-13");
        Assert.Equal(89, before.Age);
        Assert.True(before[ElderlyBenefit.AgeAllowance90To99].Eligible);
        Assert.False(before[ElderlyBenefit.AgeAllowance80To89].Eligible);
        var april = Outcome(ConditionMonth, person, "2027-04-30");
        Assert.Equal(new YearMonth(2027, 5), april[ElderlyBenefit.AgeAllowance90To99].QualifiesFromMonth);
        Assert.Equal(new YearMonth(2027, 4), april[ElderlyBenefit.AgeAllowance80To89].EndMonth);
    }

    [Theory]
    [InlineData("1935-03-01", 2025, 4)] // birthday on the first day of March → April under 次月起
    [InlineData("1935-03-31", 2025, 4)] // birthday on the last day of March → April as well
    public void Birthdays_on_the_first_and_last_day_of_a_month_start_the_next_month(string birth, int year, int month)
    {
        var o = Outcome(Suzhou, Person(birth), "2025-03-31");
        Assert.False(o[ElderlyBenefit.AgeAllowance90To99].Eligible);
        Assert.Equal(new YearMonth(year, month), o[ElderlyBenefit.AgeAllowance90To99].QualifiesFromMonth);
        Assert.True(Outcome(Suzhou, Person(birth), "2025-04-01")[ElderlyBenefit.AgeAllowance90To99].Eligible);
    }

    [Fact]
    public void A_29_February_birthday_is_reached_on_1_March_in_a_common_year_by_default()
    {
        // Born 1936-02-29; 2026 is a common year → 90 周岁 on 2026-03-01; 次月起 → from 2026-04.
        var o = Outcome(Suzhou, Person("1936-02-29"), "2026-02-28");
        Assert.Equal(89, o.Age);
        Assert.Equal(Date("2026-03-01"), o[ElderlyBenefit.AgeAllowance90To99].QualifiesOn);
        Assert.Equal(new YearMonth(2026, 4), o[ElderlyBenefit.AgeAllowance90To99].QualifiesFromMonth);
        Assert.Equal(90, Outcome(Suzhou, Person("1936-02-29"), "2026-03-01").Age);
    }

    [Fact]
    public void A_29_February_birthday_is_reached_on_29_February_in_a_leap_year()
    {
        // Born 1936-02-29; 2036 is a leap year → 100 周岁 on 2036-02-29 → 100+ from 2036-03.
        var o = Outcome(Suzhou, Person("1936-02-29"), "2036-02-28");
        Assert.Equal(99, o.Age);
        Assert.Equal(Date("2036-02-29"), o[ElderlyBenefit.AgeAllowance100Plus].QualifiesOn);
        Assert.Equal(new YearMonth(2036, 3), o[ElderlyBenefit.AgeAllowance100Plus].QualifiesFromMonth);
        Assert.Equal(100, Outcome(Suzhou, Person("1936-02-29"), "2036-02-29").Age);
    }

    [Fact]
    public void The_february_28_rule_is_a_pack_choice()
    {
        var calc = WithLayer("""
            "elderly.leap_day_rule": { "unit": "rule", "values": [ { "from": "2000-01-01", "value": "february-28", "provenance": "placeholder", "citation": "what-if" } ] }
            """);
        var o = Outcome(calc, Person("1936-02-29"), "2026-02-28");
        Assert.Equal(90, o.Age);
        Assert.Equal(new YearMonth(2026, 3), Outcome(calc, Person("1936-02-29"), "2026-01-31")[ElderlyBenefit.AgeAllowance90To99].QualifiesFromMonth);
    }

    [Fact]
    public void Suzhou_history_200_a_month_in_2008_300_from_2009_and_600_then_1200_a_year_for_90_to_99()
    {
        var centenarian = Person("1905-01-15");
        Assert.Equal(200m, Outcome(Suzhou, centenarian, "2008-06-30")[ElderlyBenefit.AgeAllowance100Plus].AmountPerPeriod);
        Assert.Equal(300m, Outcome(Suzhou, centenarian, "2009-06-30")[ElderlyBenefit.AgeAllowance100Plus].AmountPerPeriod);
        var nonagenarian = Person("1915-01-15");
        var y2008 = Outcome(Suzhou, nonagenarian, "2008-06-30");
        Assert.Equal(600m, y2008[ElderlyBenefit.AgeAllowance90To99].AmountPerPeriod);
        Assert.Equal(600m, y2008.YearTotal); // one yearly payment of 600 in October 2008, no 80–89 band then
        Assert.Equal(1200m, Outcome(Suzhou, nonagenarian, "2010-06-30")[ElderlyBenefit.AgeAllowance90To99].AmountPerPeriod);
        var before = Suzhou.Evaluate(ElderlyCareRequest.For(centenarian), EvaluationOptions.On(Date("2007-09-30")));
        Assert.Equal("ELDERLY_NO_POLICY_ON_DATE", Assert.Single(before.Failures).Code);
    }

    [Fact]
    public void A_centenarian_in_2025_gets_300_a_month_and_1000_at_the_festival_4600_a_year()
    {
        var person = Person("1920-01-15");
        var october = Outcome(Suzhou, person, "2025-10-15");
        Assert.Equal(300m + 1000m, october.MonthTotal);
        Assert.Equal((300m * 12) + 1000m, october.YearTotal);
        Assert.Equal(1000m, october[ElderlyBenefit.CentenarianFestival].DueInAsOfMonth);
        Assert.Equal(300m, Outcome(Suzhou, person, "2025-06-15").MonthTotal);
        Assert.Null(october[ElderlyBenefit.AgeAllowance100Plus].EndMonth);
    }

    [Fact]
    public void Death_mid_month_is_paid_through_the_month_of_death_by_default()
    {
        var o = Outcome(Suzhou, Person("1920-01-15", death: "2025-06-15"), "2025-06-30", "2025-05", "2025-07");
        Assert.Equal(300m, o[ElderlyBenefit.AgeAllowance100Plus].DueInAsOfMonth);
        Assert.Equal(new YearMonth(2025, 6), o[ElderlyBenefit.AgeAllowance100Plus].EndMonth);
        Assert.Equal([300m, 300m, 0m], o.Schedule.Select(m => m.Total));
        var july = Outcome(Suzhou, Person("1920-01-15", death: "2025-06-15"), "2025-07-01");
        Assert.Equal(UnmetCondition.Deceased, july[ElderlyBenefit.AgeAllowance100Plus].Unmet);
    }

    [Fact]
    public void Death_on_15_June_under_day_before_death_pays_300_x_14_div_30_140_for_June()
    {
        var calc = WithLayer(DateRules("next-month", stop: "day-before-death"));
        var o = Outcome(calc, Person("1920-01-15", death: "2025-06-15"), "2025-06-30");
        Assert.Equal(140.00m, o[ElderlyBenefit.AgeAllowance100Plus].DueInAsOfMonth);
        Assert.Equal(300m, o[ElderlyBenefit.AgeAllowance100Plus].AmountPerPeriod);
        var first = Outcome(calc, Person("1920-01-15", death: "2025-06-01"), "2025-06-30");
        Assert.Equal(UnmetCondition.Deceased, first[ElderlyBenefit.AgeAllowance100Plus].Unmet); // no day before the 1st in June
    }

    [Fact]
    public void Dibao_ending_mid_March_stops_home_care_after_February_and_the_higher_of_nursing_and_home_care_is_paid()
    {
        // Born 1940-01-10 (85), 低保 2024-01-01..2025-03-15, severe, applied 2024-01-10 (application-month, no back-pay).
        // Home care: 低保 × severe → 40 h × 30 元 = 1,200 元/月; nursing: severe → 200 元/月; "higher" keeps home care.
        // 80–89 尊老金 (placeholder) 50 元/月 throughout; meals: eligible (aged 80+, applied) but no meal count given, so the
        // amount depends on it and is not counted (never an assumed 30 meals).
        // From March the status is none → neither subsidy: 1,200 + 50 = 1,250 for January and February, 50 after.
        var person = Person("1940-01-10") with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2024-01-01"), Date("2025-03-15"))],
            Assessments = [new CareAssessment { Level = CareLevel.Severe, AssessedOn = Date("2024-01-05") }],
            ApplicationDate = Date("2024-01-10"),
        };
        var feb = Outcome(Suzhou, person, "2025-02-28", "2025-01", "2025-04");
        Assert.Equal(1200m, feb[ElderlyBenefit.HomeCare].AmountPerPeriod);
        Assert.Equal(40m, feb[ElderlyBenefit.HomeCare].ServiceHours);
        Assert.Equal(StackingOutcome.NotTheHigher, feb[ElderlyBenefit.Nursing].Stacking);
        Assert.Equal("home-care", feb[ElderlyBenefit.Nursing].StackedWith);
        Assert.Equal(new YearMonth(2025, 2), feb[ElderlyBenefit.HomeCare].EndMonth);
        Assert.Equal([1250m, 1250m, 50m, 50m], feb.Schedule.Select(m => m.Total));
        Assert.Equal(2600m, feb.ScheduleTotal);
        Assert.True(feb[ElderlyBenefit.Meal].Eligible);
        Assert.Equal("MealsPerMonth", feb[ElderlyBenefit.Meal].AmountDependsOn);
        var march = Outcome(Suzhou, person, "2025-03-31");
        Assert.False(march[ElderlyBenefit.HomeCare].Eligible);
        // Without a status only the non-status tiers remain; the nearest one asks for a 计生特殊家庭 flag.
        Assert.Equal(UnmetCondition.SpecialFamily, march[ElderlyBenefit.HomeCare].Unmet);
        Assert.Equal(UnmetCondition.EconomicStatus, march[ElderlyBenefit.Nursing].Unmet);
    }

    [Fact]
    public void Under_next_month_a_status_ending_mid_March_still_covers_March()
    {
        var calc = WithLayer(DateRules("next-month"));
        var person = Person("1940-01-10") with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2024-01-01"), Date("2025-03-15"))],
            Assessments = [new CareAssessment { LegacyLevel = LegacyCareLevel.Disabled, AssessedOn = Date("2024-01-05") }],
        };
        var o = Outcome(calc, person, "2025-03-31");
        Assert.True(o[ElderlyBenefit.HomeCare].Eligible); // legacy 失能 maps to 重度 (placeholder mapping)
        Assert.Equal(new YearMonth(2025, 3), o[ElderlyBenefit.HomeCare].EndMonth);
        Assert.Equal(new YearMonth(2024, 2), o[ElderlyBenefit.HomeCare].StartMonth);
    }

    [Fact]
    public void Meal_subsidy_starts_in_the_application_month_without_back_pay_20_meals_x_3_is_60()
    {
        var person = Person("1940-01-10") with { ApplicationDate = Date("2025-03-20"), MealsPerMonth = 20 };
        var o = Outcome(Suzhou, person, "2025-03-31", "2025-01", "2025-04");
        Assert.Equal(60m, o[ElderlyBenefit.Meal].DueInAsOfMonth);
        Assert.Equal(new YearMonth(2025, 3), o[ElderlyBenefit.Meal].StartMonth);
        Assert.Equal(0m, o[ElderlyBenefit.Meal].Arrears);
        Assert.Equal([0m, 0m, 60m, 60m], o.Schedule.Select(m => m.Lines.Where(l => l.Benefit == ElderlyBenefit.Meal).Sum(l => l.Amount)));
        var none = Outcome(Suzhou, person with { ApplicationDate = null }, "2025-03-31");
        Assert.Equal(UnmetCondition.Application, none[ElderlyBenefit.Meal].Unmet);
    }

    [Fact]
    public void Meal_subsidy_with_two_months_of_back_pay_owes_January_and_February_2_x_60_120_paid_in_March()
    {
        var calc = WithLayer(DateRules("next-month", backPay: "months", backPayMonths: 2));
        var person = Person("1940-01-10") with { ApplicationDate = Date("2025-03-20"), MealsPerMonth = 20 };
        var o = Outcome(calc, person, "2025-03-31", "2024-12", "2025-03");
        Assert.Equal(120m, o[ElderlyBenefit.Meal].Arrears);
        Assert.Equal(new YearMonth(2025, 1), o[ElderlyBenefit.Meal].StartMonth);
        var meal = o.Schedule.Select(m => m.Lines.SingleOrDefault(l => l.Benefit == ElderlyBenefit.Meal)).ToArray();
        Assert.Null(meal[0]); // December is beyond the two months
        Assert.True(meal[1]!.IsArrears);
        Assert.Equal(new YearMonth(2025, 3), meal[1]!.PaidIn);
        Assert.False(meal[3]!.IsArrears);
        Assert.Equal(120m, o.Schedule.Sum(m => m.Arrears));
    }

    [Fact]
    public void Current_year_back_pay_reaches_back_to_January()
    {
        var calc = WithLayer(DateRules("next-month", backPay: "current-year"));
        var person = Person("1940-01-10") with { ApplicationDate = Date("2025-05-02"), MealsPerMonth = 10 };
        var o = Outcome(calc, person, "2025-05-31");
        Assert.Equal(4 * 30m, o[ElderlyBenefit.Meal].Arrears); // January–April, 10 meals × 3 元
    }

    [Fact]
    public void Institutional_care_excludes_home_care_and_meals_but_not_the_age_allowance()
    {
        var person = Person("1940-01-10") with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.ExtremePoverty, Date("2020-01-01"))],
            Assessments = [new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2025-01-05") }],
            ApplicationDate = Date("2025-01-10"),
            InstitutionalCareFrom = Date("2025-04-10"),
        };
        var o = Outcome(Suzhou, person, "2025-04-30");
        Assert.True(o[ElderlyBenefit.HomeCare].Eligible);
        Assert.Equal(StackingOutcome.Excluded, o[ElderlyBenefit.HomeCare].Stacking);
        Assert.Equal("institutional-care", o[ElderlyBenefit.HomeCare].StackedWith);
        Assert.Equal(0m, o[ElderlyBenefit.HomeCare].DueInAsOfMonth);
        Assert.Equal(StackingOutcome.Excluded, o[ElderlyBenefit.Meal].Stacking);
        Assert.Equal(50m, o[ElderlyBenefit.AgeAllowance80To89].DueInAsOfMonth);
        Assert.Equal(600m, Outcome(Suzhou, person, "2025-03-31")[ElderlyBenefit.HomeCare].DueInAsOfMonth); // 20 h × 30 before
    }

    [Fact]
    public void Adaptation_grant_is_the_lesser_of_cost_and_cap_paid_once()
    {
        var person = Person("1950-06-01") with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.LowIncome, Date("2024-01-01"))],
            ApplicationDate = Date("2025-02-03"),
            AdaptationCost = 1800m,
        };
        var o = Outcome(Suzhou, person, "2025-03-31", "2025-01", "2025-04");
        Assert.Equal(1800m, o[ElderlyBenefit.Adaptation].AmountPerPeriod);
        Assert.Equal(BenefitPeriod.OneOff, o[ElderlyBenefit.Adaptation].Period);
        Assert.Equal([0m, 1800m, 0m, 0m], o.Schedule.Select(m => m.Lines.Where(l => l.Benefit == ElderlyBenefit.Adaptation).Sum(l => l.Amount)));
        Assert.Equal(3000m, Outcome(Suzhou, person with { AdaptationCost = 9000m }, "2025-03-31")[ElderlyBenefit.Adaptation].AmountPerPeriod);
        Assert.Equal(UnmetCondition.AlreadyGranted, Outcome(Suzhou, person with { AdaptationAlreadyGranted = true }, "2025-03-31")[ElderlyBenefit.Adaptation].Unmet);
    }

    [Fact]
    public void Without_a_Suzhou_hukou_the_age_allowance_is_not_paid_but_meals_need_only_residence()
    {
        var person = Person("1940-01-10", district: null) with { ApplicationDate = Date("2025-01-02") };
        var o = Outcome(Suzhou, person, "2025-06-30");
        Assert.Equal(UnmetCondition.Hukou, o[ElderlyBenefit.AgeAllowance80To89].Unmet);
        Assert.True(o[ElderlyBenefit.Meal].Eligible);
        var moved = Outcome(Suzhou, Person("1940-01-10") with { HukouSince = Date("2025-06-10") }, "2025-06-30");
        Assert.Equal(UnmetCondition.Hukou, moved[ElderlyBenefit.AgeAllowance80To89].Unmet); // 次月起: from July
    }

    [Fact]
    public void A_district_layer_may_raise_the_centenarian_minimum()
    {
        var calc = WithLayer("""
            "elderly.age_allowance.100_plus": { "unit": "元", "values": [ { "from": "2024-01-01", "value": { "minAge": 100, "amount": 500, "period": "month" }, "provenance": "placeholder", "citation": "what-if" } ] }
            """);
        Assert.Equal(500m, Outcome(calc, Person("1920-01-15"), "2025-06-30")[ElderlyBenefit.AgeAllowance100Plus].AmountPerPeriod);
        Assert.Equal(300m, Outcome(calc, Person("1920-01-15"), "2023-06-30")[ElderlyBenefit.AgeAllowance100Plus].AmountPerPeriod);
    }

    [Fact]
    public void Figures_last_confirmed_in_2010_warn_as_stale_naming_the_year_and_placeholders_warn_too()
    {
        var r = Suzhou.Evaluate(ElderlyCareRequest.For(Person("1930-01-15")), EvaluationOptions.On(Date("2025-06-30"), explain: false));
        var stale = Assert.Single(r.Warnings, w => w.Code == RuleWarning.StaleValue && w.ParameterKey == "elderly.age_allowance.90_99");
        Assert.Contains("2010", stale.Message.ZhHans);
        Assert.Contains("2010", stale.Message.En);
        Assert.Contains(r.Warnings, w => w.Code == RuleWarning.PlaceholderUsed && w.ParameterKey == "elderly.age_allowance.80_89");
        var early = Suzhou.Evaluate(ElderlyCareRequest.For(Person("1915-01-15")), EvaluationOptions.On(Date("2012-06-30"), explain: false));
        Assert.DoesNotContain(early.Warnings, w => w.Code == RuleWarning.StaleValue); // 2010-10-09 + 5 years is after 2012
    }

    [Fact]
    public void The_explanation_names_each_rule_date_rule_and_parameter_with_citations()
    {
        var r = Suzhou.Evaluate(ElderlyCareRequest.For(Person("1930-01-15")), EvaluationOptions.On(Date("2025-06-30")));
        Assert.Contains(r.Explanation.Steps, s => s.RuleId == "elderly.age.completed-years");
        var step = Assert.Single(r.Explanation.Steps, s => s.RuleId == "elderly.benefit.age-90-99");
        Assert.Contains("paid from the month after the conditions are met", step.Message.En);
        Assert.Contains("符合条件次月起发放", step.Message.ZhHans);
        Assert.Contains(step.Parameters, p => p.Key == "elderly.age_allowance.90_99" && p.Citation!.Url!.Contains("chinanews", StringComparison.Ordinal));
        Assert.Contains(step.Parameters, p => p.Key == "elderly.benefit_rules");
        Assert.Contains("四舍五入", r.Explanation.Render());
        Assert.Contains("rounded half-up", r.Explanation.Render(Language.En));
        Assert.Empty(Suzhou.Evaluate(ElderlyCareRequest.For(Person("1930-01-15")), EvaluationOptions.On(Date("2025-06-30"), explain: false)).Explanation.Steps);
    }

    [Fact]
    public void The_fast_path_agrees_with_the_full_result_and_reports_bad_input_and_missing_policy_by_status()
    {
        var person = Person("1920-01-15");
        var s = Suzhou.Summarize(person, Date("2025-10-15"));
        Assert.Equal(ElderlySummaryStatus.Computed, s.Status);
        Assert.Equal(1300m, s.MonthTotal);
        Assert.True(s.IsEligible(ElderlyBenefit.CentenarianFestival));
        Assert.Equal(300m, s.AmountPerPeriod(ElderlyBenefit.AgeAllowance100Plus));
        Assert.True(s.UsesPlaceholder);
        Assert.Equal(ElderlySummaryStatus.InvalidInput, Suzhou.Summarize(Person("2030-01-01"), Date("2025-10-15")).Status);
        Assert.Equal(ElderlySummaryStatus.InvalidInput, Suzhou.Summarize(Person("1920-01-15", district: "atlantis"), Date("2025-10-15")).Status);
        Assert.Equal(ElderlySummaryStatus.NoPolicyInForce, Suzhou.Summarize(person, Date("2000-01-01")).Status);
        Assert.Equal(0m, Suzhou.Summarize(person, Date("2000-01-01")).MonthTotal);
    }

    [Fact]
    public void Today_comes_from_the_injected_clock_in_China_time()
    {
        var r = Suzhou.Evaluate(ElderlyCareRequest.For(Person("1920-01-15")));
        Assert.Equal(Date("2025-06-30"), r.AsOf);
        Assert.Throws<ArgumentNullException>(() => Suzhou.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Suzhou.Summarize(null!, Date("2025-01-01")));
        Assert.Throws<ArgumentNullException>(() => Suzhou.SummarizeAgeAllowance(null!, Date("2025-01-01")));
        Assert.Throws<ArgumentNullException>(() => new ElderlyCareCalculator(null!, SystemClock.Instance));
    }
}
