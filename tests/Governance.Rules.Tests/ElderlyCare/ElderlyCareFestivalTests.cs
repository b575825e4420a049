using System.Text.RegularExpressions;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Time;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>重阳节 from the lunar calendar, and how annual, deferred and incomplete benefits are described (issue 9).</summary>
public sealed partial class ElderlyCareFestivalTests
{
    [Theory]
    [InlineData(2025, "2025-10-29")] // 2025 has 闰六月: the 9th lunar month is the calendar's 10th.
    [InlineData(2026, "2026-10-18")]
    [InlineData(2022, "2022-10-04")]
    public void The_double_ninth_is_the_9th_day_of_the_9th_lunar_month_with_leap_months_handled(int year, string expected) =>
        Assert.Equal(Date(expected), LunarFestivals.DoubleNinth(year));

    [Fact]
    public void Outside_the_lunar_calendar_there_is_no_festival_date() => Assert.Null(LunarFestivals.DoubleNinth(2101));

    /// <summary>
    /// In a year without a known festival date (after 2100, the end of the lunar calendar .NET computes) the lump sum is
    /// not paid, on the fast path as in the full evaluation, while the 100+ band still is.
    /// </summary>
    [Fact]
    public void Without_a_festival_date_a_centenarian_is_not_paid_the_lump_sum_on_either_path()
    {
        var person = Person("2000-01-01");
        var summary = Suzhou.Summarize(person, Date("2101-10-15"));
        var outcome = Outcome(Suzhou, person, "2101-10-15");
        Assert.Equal(ElderlySummaryStatus.Computed, summary.Status);
        Assert.False(summary.IsEligible(ElderlyBenefit.CentenarianFestival));
        Assert.Equal(0m, summary.Due(ElderlyBenefit.CentenarianFestival));
        Assert.False(outcome[ElderlyBenefit.CentenarianFestival].Eligible);
        Assert.True(summary.IsEligible(ElderlyBenefit.AgeAllowance100Plus));
        Assert.True(outcome[ElderlyBenefit.AgeAllowance100Plus].Eligible);
        Assert.Equal(outcome.MonthTotal, summary.MonthTotal);
    }

    [Fact]
    public void A_centenarian_is_paid_the_lump_sum_on_the_festival_day_and_the_schedule_shows_that_day()
    {
        // Born 1920-01-15 (105): 300 元/月 longevity allowance, plus 1,000 元 on 重阳节 2025-10-29.
        var o = Outcome(Suzhou, Person("1920-01-15"), "2025-10-15", "2025-09", "2025-11");
        Assert.Equal(Date("2025-10-29"), o[ElderlyBenefit.CentenarianFestival].DueOn);
        Assert.Equal(1000m, o[ElderlyBenefit.CentenarianFestival].DueInAsOfMonth);
        var line = Assert.Single(o.Schedule[1].Lines, l => l.Benefit == ElderlyBenefit.CentenarianFestival);
        Assert.Equal(Date("2025-10-29"), line.DueOn);
        Assert.Equal([300m, 1300m, 300m], o.Schedule.Select(m => m.Total));
        var step = Assert.Single(Suzhou.Evaluate(ElderlyCareRequest.For(Person("1920-01-15")), EvaluationOptions.On(Date("2025-10-15"))).Explanation.Steps, s => s.RuleId == "elderly.benefit.centenarian-festival");
        Assert.Contains("每年重阳节（农历九月初九）发放，2025年重阳节为2025年10月29日", step.Message.ZhHans);
        Assert.DoesNotContain("起发放", step.Message.ZhHans.Split("。")[0]);
    }

    [Theory]
    [InlineData("2025-10-20", 0)]    // died nine days before 重阳节 2025-10-29: not paid; October's 300 元 still paid (through the month of death)
    [InlineData("2025-10-29", 1000)] // alive on the festival day itself
    [InlineData("2025-11-02", 1000)] // died after the festival
    public void A_person_who_dies_before_the_festival_day_is_not_paid_the_lump_sum(string death, int festival)
    {
        var o = Outcome(Suzhou, Person("1920-01-15", death), "2025-10-01", "2025-10", "2025-10");
        Assert.Equal(300m + festival, o.Schedule[0].Total);
        Assert.Equal(300m, o.Schedule[0].Lines.Single(l => l.Benefit == ElderlyBenefit.AgeAllowance100Plus).Amount);
    }

    [Theory]
    [InlineData("1925-10-20", 1000)] // 100 on 2025-10-20, before 重阳节: paid, although the monthly band starts in November (次月起)
    [InlineData("1925-10-30", 0)]    // 100 the day after 重阳节: not in 2025
    public void The_age_is_counted_on_the_festival_day(string birth, int festival)
    {
        var o = Outcome(Suzhou, Person(birth), "2025-10-01", "2025-10", "2025-10");
        Assert.Equal(festival, o.Schedule[0].Lines.Where(l => l.Benefit == ElderlyBenefit.CentenarianFestival).Sum(l => l.Amount));
        Assert.DoesNotContain(o.Schedule[0].Lines, l => l.Benefit == ElderlyBenefit.AgeAllowance100Plus);
    }

    [Fact]
    public void A_hukou_registered_after_the_festival_day_does_not_qualify_that_year()
    {
        var person = Person("1920-01-15") with { HukouSince = Date("2025-10-30") };
        Assert.Equal(0m, Suzhou.Summarize(person, Date("2025-10-31")).Due(ElderlyBenefit.CentenarianFestival));
        Assert.Equal(1000m, Suzhou.Summarize(person with { HukouSince = Date("2025-10-28") }, Date("2025-10-31")).Due(ElderlyBenefit.CentenarianFestival));
    }

    [Fact]
    public void In_2026_the_lump_sum_falls_on_18_October()
    {
        var o = Outcome(Suzhou, Person("1920-01-15", "2026-10-19"), "2026-10-01", "2026-10", "2026-10");
        Assert.Equal(Date("2026-10-18"), o[ElderlyBenefit.CentenarianFestival].DueOn);
        Assert.Equal(1300m, o.Schedule[0].Total);
    }

    [Fact]
    public void Other_yearly_payments_keep_the_pack_month()
    {
        // 90–99: 1,200 元/年 in October (elderly.lump_sum_month), described as such, never as "from … paid".
        var r = Suzhou.Evaluate(ElderlyCareRequest.For(Person("1930-01-15")), EvaluationOptions.On(Date("2025-10-15")));
        Assert.Equal(1200m, r.GetOutcomeOrThrow()[ElderlyBenefit.AgeAllowance90To99].DueInAsOfMonth);
        var step = Assert.Single(r.Explanation.Steps, s => s.RuleId == "elderly.benefit.age-90-99");
        Assert.Contains("1200.00元/年，每年10月发放", step.Message.ZhHans);
        Assert.Contains("paid each year in October", step.Message.En);
    }

    [Fact]
    public void When_age_is_reached_and_only_the_start_rule_defers_age_is_not_called_unmet()
    {
        // 90 on 2025-10-05; 次月起: the 90–99 band is paid from November 2025 (and, being yearly, in October of each year).
        var r = Suzhou.Evaluate(ElderlyCareRequest.For(Person("1935-10-05")), EvaluationOptions.On(Date("2025-10-15")));
        var b = r.GetOutcomeOrThrow()[ElderlyBenefit.AgeAllowance90To99];
        Assert.Equal(UnmetCondition.Deferred, b.Unmet);
        Assert.Equal(new YearMonth(2025, 11), b.QualifiesFromMonth);
        var zh = Assert.Single(r.Explanation.Steps, s => s.RuleId == "elderly.benefit.age-90-99").Message.ZhHans;
        Assert.Contains("已于2025年10月5日年满90周岁，按符合条件次月起发放的规定", zh);
        Assert.DoesNotContain("年龄不在", zh);
    }

    [Fact]
    public void A_meal_subsidy_without_a_meal_count_is_eligible_with_the_amount_depending_on_it()
    {
        var person = Person("1940-01-10") with { ApplicationDate = Date("2025-01-10") };
        var r = Suzhou.Evaluate(ElderlyCareRequest.For(person), EvaluationOptions.On(Date("2025-06-30")));
        var meal = r.GetOutcomeOrThrow()[ElderlyBenefit.Meal];
        Assert.True(meal.Eligible);
        Assert.Equal(0m, meal.DueInAsOfMonth);
        Assert.Equal("MealsPerMonth", meal.AmountDependsOn);
        Assert.Contains("金额取决于每月助餐次数", Assert.Single(r.Explanation.Steps, s => s.RuleId == "elderly.benefit.meal").Message.ZhHans);
        var s = Suzhou.Summarize(person, Date("2025-06-30"));
        Assert.NotEqual(0, s.PendingMask & (1 << (int)ElderlyBenefit.Meal));
        Assert.Equal(90m, Suzhou.Summarize(person with { MealsPerMonth = 30 }, Date("2025-06-30")).Due(ElderlyBenefit.Meal)); // 30 meals × 3 元
    }

    [Fact]
    public void Elderly_chinese_texts_have_no_latin_words_no_spaces_around_figures_and_official_dates()
    {
        var person = Person("1930-02-28") with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2024-01-01"))],
            Assessments = [new CareAssessment { Level = CareLevel.Severe, AssessedOn = Date("2024-01-05") }],
            ApplicationDate = Date("2024-01-10"),
            MealsPerMonth = 20,
        };
        var r = Suzhou.Evaluate(new ElderlyCareRequest { Person = person, ScheduleFrom = new YearMonth(2025, 1), ScheduleTo = new YearMonth(2025, 12) }, EvaluationOptions.On(Date("2025-10-15")));
        foreach (var step in r.Explanation.Steps.Where(s => s.RuleId.StartsWith("elderly.", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch(Latin(), step.Message.ZhHans);
            Assert.DoesNotMatch(SpacedFigure(), step.Message.ZhHans);
            Assert.DoesNotMatch(IsoDate(), step.Message.ZhHans);
            Assert.DoesNotMatch(Han(), step.Message.En.Replace("(重阳节)", string.Empty, StringComparison.Ordinal));
        }

        Assert.Contains("2025年10月15日", r.Explanation.Render(Language.ZhHans));
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    [GeneratedRegex(@"\d\s+\p{IsCJKUnifiedIdeographs}|\p{IsCJKUnifiedIdeographs}\s+\d")]
    private static partial Regex SpacedFigure();

    [GeneratedRegex(@"\d{4}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
