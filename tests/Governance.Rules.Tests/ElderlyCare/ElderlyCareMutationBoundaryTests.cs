using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// The elderly-care date rules at their edges: the month after the application, back-pay that reaches a policy's
/// first month, the schedule's totals summed month by month, and a later application never owing more arrears.
/// Figures: meals 3 元 each (the Suzhou pack's placeholder), 20 meals a month → 60 元 a month; centenarians 200 元
/// a month from 2007-10 and 300 元 from 2009-01 (苏州日报 2010, reported).
/// </summary>
public sealed class ElderlyCareMutationBoundaryTests
{
    private const decimal MealMonth = 20 * 3m;

    private static ElderlyPerson Diner(string applied) => Person("1940-01-10") with { ApplicationDate = Date(applied), MealsPerMonth = 20 };

    private static decimal[] MealLines(ElderlyOutcome o) =>
        [.. o.Schedule.Select(m => m.Lines.Where(l => l.Benefit == ElderlyBenefit.Meal).Sum(l => l.Amount))];

    [Fact]
    public void Month_after_application_pays_from_April_for_a_March_application_not_March_nor_February()
    {
        var calc = WithLayer(DateRules("month-after-application", mealStart: "month-after-application"));
        var o = Outcome(calc, Diner("2025-03-20"), "2025-04-30", "2025-02", "2025-05");
        Assert.Equal([0m, 0m, MealMonth, MealMonth], MealLines(o));
        Assert.Equal(new YearMonth(2025, 4), o[ElderlyBenefit.Meal].StartMonth);
        Assert.Equal(0m, o[ElderlyBenefit.Meal].Arrears);

        // In the application month itself nothing is due yet.
        Assert.Equal(0m, Outcome(calc, Diner("2025-03-20"), "2025-03-31")[ElderlyBenefit.Meal].DueInAsOfMonth);
    }

    [Fact]
    public void Application_month_pays_from_March_for_a_March_application()
    {
        var calc = WithLayer(DateRules("application-month", mealStart: "application-month"));
        var o = Outcome(calc, Diner("2025-03-20"), "2025-03-31", "2025-02", "2025-04");
        Assert.Equal([0m, MealMonth, MealMonth], MealLines(o));
        Assert.Equal(new YearMonth(2025, 3), o[ElderlyBenefit.Meal].StartMonth);
    }

    [Theory]
    // Two months of back-pay counted back from the first paid month: application-month (March) → January and February;
    // month-after-application (April) → February and March. Either way 2 × 60 = 120 元, paid in the first paid month.
    [InlineData("application-month", "2025-01", "2025-03")]
    [InlineData("month-after-application", "2025-02", "2025-04")]
    public void Two_months_of_back_pay_are_the_two_months_before_the_first_paid_month(string start, string firstArrears, string paidIn)
    {
        var calc = WithLayer(DateRules(start, backPay: "months", backPayMonths: 2, mealStart: start));
        var o = Outcome(calc, Diner("2025-03-20"), "2025-04-30", "2024-12", "2025-04");
        Assert.Equal(2 * MealMonth, o[ElderlyBenefit.Meal].Arrears);
        var lines = o.Schedule
            .Select(m => (m.Month, Line: m.Lines.SingleOrDefault(l => l.Benefit == ElderlyBenefit.Meal)))
            .Where(x => x.Line is { IsArrears: true })
            .ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Equal(YearMonth(firstArrears), lines[0].Month);
        Assert.Equal(YearMonth(firstArrears).PlusMonths(1), lines[1].Month);
        Assert.All(lines, x => Assert.Equal(YearMonth(paidIn), x.Line!.PaidIn));
    }

    [Theory]
    // One month of back-pay (the smallest the loader accepts) owes exactly one month; none owes nothing.
    [InlineData("months", 1, 60)]
    [InlineData("none", null, 0)]
    public void Back_pay_of_one_month_owes_one_month_and_none_owes_nothing(string backPay, int? months, int arrears)
    {
        var calc = WithLayer(DateRules("application-month", backPay: backPay, backPayMonths: months));
        Assert.Equal(arrears, Outcome(calc, Diner("2025-03-20"), "2025-03-31")[ElderlyBenefit.Meal].Arrears);
    }

    [Fact]
    public void Current_year_back_pay_stops_at_January_even_for_a_December_application()
    {
        // Applied 2025-12-05, application month: January to November 2025 = 11 × 60 = 660 元; nothing from 2024.
        var calc = WithLayer(DateRules("application-month", backPay: "current-year"));
        var o = Outcome(calc, Diner("2025-12-05"), "2025-12-31");
        Assert.Equal(11 * MealMonth, o[ElderlyBenefit.Meal].Arrears);
    }

    [Fact]
    public void Unlimited_back_pay_reaches_back_to_the_month_the_meal_subsidy_began()
    {
        // The meal subsidy is in force from 2021-01-01; applied 2021-04-15 (application month): January–March 2021 = 3 × 60.
        var calc = WithLayer(DateRules("application-month", backPay: "unlimited"));
        var o = Outcome(calc, Diner("2021-04-15"), "2021-04-30");
        Assert.Equal(3 * MealMonth, o[ElderlyBenefit.Meal].Arrears);
    }

    [Fact]
    public void A_centenarian_already_of_age_when_the_policy_began_is_paid_from_its_first_month_2007_10()
    {
        // Born 1900-05-01: 107 in October 2007, when the first reported Suzhou rule takes effect; paid from that month.
        var person = Person("1900-05-01");
        var o = Outcome(Suzhou, person, "2008-03-31", "2007-08", "2009-02");
        Assert.Equal(new YearMonth(2007, 10), o[ElderlyBenefit.AgeAllowance100Plus].StartMonth);

        // 2007-10 … 2008-12 = 15 months × 200 元, 2009-01 and 2009-02 = 2 × 300 元; nothing before the policy.
        var centenarian = o.Schedule.Select(m => m.Lines.Where(l => l.Benefit == ElderlyBenefit.AgeAllowance100Plus).Sum(l => l.Amount)).ToArray();
        Assert.Equal(0m, centenarian[0] + centenarian[1]);
        Assert.Equal((15 * 200m) + (2 * 300m), centenarian.Sum());
    }

    [Fact]
    public void The_schedule_step_states_the_sum_of_every_month_not_the_largest_month()
    {
        // Aged 85 all year: 80–89 allowance each month; the schedule's total is the sum of the months' totals.
        var o = Suzhou.Evaluate(
            new ElderlyCareRequest { Person = Person("1940-01-10"), ScheduleFrom = new YearMonth(2025, 1), ScheduleTo = new YearMonth(2025, 3) },
            EvaluationOptions.On(Date("2025-03-31")));
        var outcome = o.GetOutcomeOrThrow();
        var monthly = outcome[ElderlyBenefit.AgeAllowance80To89].AmountPerPeriod;
        Assert.True(monthly > 0m);
        var step = o.Explanation.Steps.Single(s => s.RuleId == "elderly.schedule");
        var total = decimal.Parse(step.Values.Single(v => v.Name == "schedule_total").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3 * monthly, total);
        Assert.Equal(outcome.Schedule.Sum(m => m.Total), total);
        Assert.Equal("0", step.Values.Single(v => v.Name == "schedule_arrears").Value);
    }

    [Fact]
    public void The_schedule_step_states_the_arrears_of_every_month_and_benefit()
    {
        var calc = WithLayer(DateRules("application-month", backPay: "months", backPayMonths: 2));
        var o = calc.Evaluate(
            new ElderlyCareRequest { Person = Diner("2025-03-20"), ScheduleFrom = new YearMonth(2025, 1), ScheduleTo = new YearMonth(2025, 3) },
            EvaluationOptions.On(Date("2025-03-31")));
        var step = o.Explanation.Steps.Single(s => s.RuleId == "elderly.schedule");
        var arrears = decimal.Parse(step.Values.Single(v => v.Name == "schedule_arrears").Value, System.Globalization.CultureInfo.InvariantCulture);

        // The rule applies to the 80–89 allowance as well: January and February of both, meals and allowance.
        var allowance = o.GetOutcomeOrThrow()[ElderlyBenefit.AgeAllowance80To89].AmountPerPeriod;
        Assert.True(allowance > 0m);
        Assert.Equal(2 * (MealMonth + allowance), arrears);
    }

    [Theory]
    // Meals owed for 2025 (by the month owed, arrears included), application-month start, for applications the day before,
    // of and after a month's first day. No back-pay: from the application month to December. Three months: from three
    // months before it. Current year or unlimited: the whole of 2025 whatever the day in 2025.
    [InlineData("none", null, new[] { 12, 12, 12, 11, 10, 7, 1 })]
    [InlineData("months", 3, new[] { 12, 12, 12, 12, 12, 10, 4 })]
    [InlineData("current-year", null, new[] { 12, 12, 12, 12, 12, 12, 12 })]
    [InlineData("unlimited", null, new[] { 12, 12, 12, 12, 12, 12, 12 })]
    public void A_later_application_never_raises_what_is_owed_for_the_year(string backPay, int? months, int[] monthsOwed)
    {
        var calc = WithLayer(DateRules("next-month", backPay: backPay, backPayMonths: months));
        string[] applied = ["2024-12-31", "2025-01-01", "2025-01-02", "2025-02-28", "2025-03-01", "2025-06-15", "2025-12-31"];
        var owed = applied.Select(a => MealLines(Outcome(calc, Diner(a), "2025-12-31", "2025-01", "2025-12")).Sum()).ToArray();
        Assert.Equal(monthsOwed.Select(n => n * MealMonth), owed);
        for (var i = 1; i < owed.Length; i++)
        {
            Assert.True(owed[i] <= owed[i - 1], $"applied {applied[i]}: {owed[i]} > {owed[i - 1]}");
        }
    }
}
