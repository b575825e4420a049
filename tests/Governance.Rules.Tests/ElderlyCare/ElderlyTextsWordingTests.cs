using Governance.Rules.ElderlyCare;
using Governance.Rules.Time;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// The explanation texts of the elderly-care steps written out in full, in both languages: each kind of answer (paid by
/// the month, the year, on 重阳节 or once; an amount that waits for a fact; withheld by a stacking rule; not eligible for
/// each reason; deferred by the start rule) and each start, back-pay, stop and residence rule. A changed word is a change
/// a resident reads in the notice.
/// </summary>
public sealed class ElderlyTextsWordingTests
{
    private static readonly BenefitRule NextMonthNoBackPay = new(StartRule.NextMonth, BackPay.None, 0, StopRule.ThroughDeathMonth, RequiresHukou: true);

    private const string NextMonthRulesZh = "。适用规则：符合条件次月起发放，不予补发，发放至死亡当月，须本地户籍。";
    private const string NextMonthRulesEn = ". Rules: paid from the month after the conditions are met; no back-pay; paid through the month of death; local hukou required.";

    private static (string Zh, string En) Texts(ElderlyBenefitOutcome o, BenefitRule? rule = null, int? minAge = null, int? lumpSumMonth = null)
    {
        var text = ElderlyTexts.Message(o, new ElderlyTexts.Context(rule ?? NextMonthNoBackPay, minAge, lumpSumMonth));
        return (text.ZhHans, text.En);
    }

    [Fact]
    public void A_monthly_benefit_with_service_hours_an_end_month_arrears_and_a_stacking_exclusion()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.HomeCare, Eligible = true, AmountPerPeriod = 300m, Period = BenefitPeriod.Month, ServiceHours = 10.5m,
            DueInAsOfMonth = 0m, StartMonth = new YearMonth(2025, 7), EndMonth = new YearMonth(2026, 3),
            Stacking = StackingOutcome.Excluded, StackedWith = StackingTable.InstitutionalCare, Arrears = 600m,
        };
        Assert.Equal(
            ("居家养老服务补贴：符合条件，300.00元/月（每月10.5小时×服务单价，四舍五入到分），按月发放，本月应发0.00元；自2025年7月起发放，至2026年3月止；"
                + "因同时享受入住养老机构，按不得同时享受的规定本项不发；补发600.00元" + NextMonthRulesZh,
             "Home-care service subsidy: eligible, 300.00 yuan per month (10.5 hours a month × the hourly value, rounded half-up to the fen), paid monthly; "
                + "0.00 yuan owed this month; paid from July 2025 to March 2026; withheld: not paid together with institutional care; arrears 600.00 yuan" + NextMonthRulesEn),
            Texts(o));
    }

    [Fact]
    public void A_monthly_benefit_with_no_end_month_paid_in_full()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.AgeAllowance80To89, Eligible = true, AmountPerPeriod = 50m, Period = BenefitPeriod.Month,
            DueInAsOfMonth = 50m, StartMonth = new YearMonth(2025, 7),
        };
        Assert.Equal(
            ("尊老金（80–89周岁）：符合条件，50.00元/月，按月发放，本月应发50.00元；自2025年7月起发放" + NextMonthRulesZh,
             "Age allowance (80–89): eligible, 50.00 yuan per month, paid monthly; 50.00 yuan owed this month; paid from July 2025" + NextMonthRulesEn),
            Texts(o));
    }

    [Fact]
    public void The_festival_lump_sum_on_its_day_withheld_as_not_the_higher_under_a_residence_rule_paid_to_the_day_before_death()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.CentenarianFestival, Eligible = true, AmountPerPeriod = 1000m, Period = BenefitPeriod.Year,
            DueInAsOfMonth = 1000m, DueOn = Date("2025-10-29"), Stacking = StackingOutcome.NotTheHigher, StackedWith = "home-care",
        };
        var rule = new BenefitRule(StartRule.ConditionMonth, BackPay.Months, 3, StopRule.DayBeforeDeath, RequiresHukou: false);
        Assert.Equal(
            ("百岁老人重阳节尊老金：符合条件，1000.00元/年，每年重阳节（农历九月初九）发放，2025年重阳节为2025年10月29日，须当日健在、年龄及户籍符合条件，本月应发1000.00元；"
                + "因同时享受“居家养老服务补贴”，按就高享受的规定本项不发。适用规则：符合条件当月起发放，最多补发3个月，发放至死亡前一日（死亡当月按日折算），须在本地常住。",
             "Centenarians' Elders' Festival (重阳节) lump sum: eligible, 1000.00 yuan per year, paid each year on the Elders' Festival (9th day of the 9th lunar month), "
                + "in 2025 on 29 October 2025, if alive, of age and with the hukou on that day; 1000.00 yuan owed this month; withheld: lower than 'Home-care service subsidy'. "
                + "Rules: paid from the month the conditions are met; back-pay of up to 3 months; paid until the day before death (the month of death pro rata); residence required."),
            Texts(o, rule));
    }

    [Fact]
    public void A_yearly_benefit_paid_in_its_lump_sum_month_from_the_application_month()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.AgeAllowance100Plus, Eligible = true, AmountPerPeriod = 1200m, Period = BenefitPeriod.Year, DueInAsOfMonth = 0m,
        };
        var rule = new BenefitRule(StartRule.ApplicationMonth, BackPay.CurrentYear, 0, StopRule.ThroughDeathMonth, RequiresHukou: true);
        Assert.Equal(
            ("尊老金/长寿补贴（100周岁及以上）：符合条件，1200.00元/年，每年9月发放，本月应发0.00元。适用规则：申请当月起发放，可补发至申请当年1月，发放至死亡当月，须本地户籍。",
             "Longevity allowance (100 and over): eligible, 1200.00 yuan per year, paid each year in September; 0.00 yuan owed this month. "
                + "Rules: paid from the month of application; back-pay to January of the year of application; paid through the month of death; local hukou required."),
            Texts(o, rule, lumpSumMonth: 9));
    }

    [Fact]
    public void A_one_off_grant_from_the_month_after_the_application_with_back_pay_to_the_month_the_conditions_were_met()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.Adaptation, Eligible = true, AmountPerPeriod = 3000m, Period = BenefitPeriod.OneOff, DueInAsOfMonth = 3000m,
        };
        var rule = new BenefitRule(StartRule.MonthAfterApplication, BackPay.Unlimited, 0, StopRule.ThroughDeathMonth, RequiresHukou: true);
        Assert.Equal(
            ("适老化改造补贴（一次性）：符合条件，3000.00元/次，一次性发放，本月应发3000.00元。适用规则：申请次月起发放，可补发至符合条件之月，发放至死亡当月，须本地户籍。",
             "Home age-friendly adaptation grant (one-off): eligible, 3000.00 yuan per grant (one-off), paid once; 3000.00 yuan owed this month. "
                + "Rules: paid from the month after the application; back-pay to the month the conditions were met; paid through the month of death; local hukou required."),
            Texts(o, rule));
    }

    [Theory]
    [InlineData(nameof(ElderlyPerson.MealsPerMonth), "每月助餐次数", "the number of assisted meals a month (MealsPerMonth)")]
    [InlineData(nameof(ElderlyPerson.AdaptationCost), "适老化改造费用", "the cost of the adaptation (AdaptationCost)")]
    [InlineData("OtherFact", "OtherFact", "OtherFact")]
    public void An_amount_that_waits_for_a_fact_the_request_does_not_give(string fact, string zh, string en)
    {
        var o = new ElderlyBenefitOutcome { Benefit = ElderlyBenefit.Meal, Eligible = true, AmountDependsOn = fact };
        Assert.Equal(
            ($"助餐补贴：符合条件，金额取决于{zh}，申请材料中未提供，暂不计入合计" + NextMonthRulesZh,
             $"Meal-assistance subsidy: eligible; the amount depends on {en}, which the request does not give, so it is not counted in the totals" + NextMonthRulesEn),
            Texts(o));
    }

    [Fact]
    public void Not_eligible_for_several_reasons_named_in_order_with_arrears_once_applied()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.Nursing, Unmet = UnmetCondition.Application | UnmetCondition.Hukou | UnmetCondition.EconomicStatus, Arrears = 600m,
        };
        Assert.Equal(
            ("护理补贴：不符合条件（无本地户籍、经济状况不符、未申请或早于可补发期间）；申请后可补发600.00元" + NextMonthRulesZh,
             "Nursing subsidy: not eligible (no local hukou, economic status does not qualify, no application, or before the back-pay period); arrears of 600.00 yuan once applied" + NextMonthRulesEn),
            Texts(o));
    }

    public static TheoryData<UnmetCondition, string, string> Reasons => new()
    {
        { UnmetCondition.NotInForce, "无现行发放标准", "no figure in force" },
        { UnmetCondition.Deceased, "已身故", "deceased" },
        { UnmetCondition.Age, "年龄不在发放范围内", "age outside the band" },
        { UnmetCondition.Hukou, "无本地户籍", "no local hukou" },
        { UnmetCondition.Residence, "不在本地常住", "not resident" },
        { UnmetCondition.EconomicStatus, "经济状况不符", "economic status does not qualify" },
        { UnmetCondition.CareLevel, "失能等级不符或无有效评估", "care level does not qualify or no valid assessment" },
        { UnmetCondition.LivingArrangement, "居住状况不符", "living arrangement does not qualify" },
        { UnmetCondition.SpecialFamily, "非计划生育特殊家庭", "not a family-planning special family" },
        { UnmetCondition.Application, "未申请或早于可补发期间", "no application, or before the back-pay period" },
        { UnmetCondition.AlreadyGranted, "已享受过", "already received" },
        { UnmetCondition.Deferred, "按起始规则尚未到发放月份", "the start rule defers payment to a later month" },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Each_unmet_condition_has_its_words_in_both_languages(UnmetCondition unmet, string zh, string en) =>
        Assert.Equal((zh, en), (ElderlyTexts.UnmetZh(unmet), ElderlyTexts.UnmetEn(unmet)));

    [Fact]
    public void Every_unmet_condition_at_once_is_named_in_the_order_of_the_list()
    {
        var all = Reasons.Aggregate(UnmetCondition.None, (u, row) => u | row.Data.Item1);
        Assert.Equal(string.Join("、", Reasons.Select(r => r.Data.Item2)), ElderlyTexts.UnmetZh(all));
        Assert.Equal(string.Join(", ", Reasons.Select(r => r.Data.Item3)), ElderlyTexts.UnmetEn(all));
        Assert.Equal((string.Empty, string.Empty), (ElderlyTexts.UnmetZh(UnmetCondition.None), ElderlyTexts.UnmetEn(UnmetCondition.None)));
    }

    [Fact]
    public void Under_age_the_text_says_when_the_age_is_reached_and_from_which_month_it_is_paid()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.AgeAllowance80To89, Unmet = UnmetCondition.Age, Period = BenefitPeriod.Month,
            QualifiesOn = Date("2026-03-01"), QualifiesFromMonth = new YearMonth(2026, 4),
        };
        Assert.Equal(
            ("尊老金（80–89周岁）：不符合条件（年龄不在发放范围内）；将于2026年3月1日年满80周岁，自2026年4月起发放" + NextMonthRulesZh,
             "Age allowance (80–89): not eligible (age outside the band); reaches 80 on 1 March 2026; paid from April 2026" + NextMonthRulesEn),
            Texts(o, minAge: 80));
    }

    [Fact]
    public void Deferred_alone_the_conditions_are_met_and_the_start_rule_names_the_first_month()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.AgeAllowance80To89, Unmet = UnmetCondition.Deferred, Period = BenefitPeriod.Month,
            QualifiesOn = Date("2025-06-10"), QualifiesFromMonth = new YearMonth(2025, 7),
        };
        Assert.Equal(
            ("尊老金（80–89周岁）：条件已满足，已于2025年6月10日年满80周岁，按符合条件次月起发放的规定，自2025年7月起发放" + NextMonthRulesZh,
             "Age allowance (80–89): the conditions are met; reached 80 on 10 June 2025; by the rule 'paid from the month after the conditions are met', paid from July 2025" + NextMonthRulesEn),
            Texts(o, minAge: 80));
    }

    [Fact]
    public void Deferred_with_another_reason_is_not_eligible_and_the_age_is_still_to_be_reached()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.AgeAllowance80To89, Unmet = UnmetCondition.Deferred | UnmetCondition.Hukou, Period = BenefitPeriod.Month,
            QualifiesOn = Date("2025-06-10"), QualifiesFromMonth = new YearMonth(2025, 7),
        };
        Assert.Equal(
            ("尊老金（80–89周岁）：不符合条件（无本地户籍、按起始规则尚未到发放月份）；将于2025年6月10日年满80周岁，自2025年7月起发放" + NextMonthRulesZh,
             "Age allowance (80–89): not eligible (no local hukou, the start rule defers payment to a later month); reaches 80 on 10 June 2025; paid from July 2025" + NextMonthRulesEn),
            Texts(o, minAge: 80));
    }

    [Fact]
    public void Without_the_lowest_age_or_the_first_month_no_age_is_promised()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.AgeAllowance80To89, Unmet = UnmetCondition.Age, Period = BenefitPeriod.Month,
            QualifiesOn = Date("2026-03-01"), QualifiesFromMonth = new YearMonth(2026, 4),
        };
        var expected = ("尊老金（80–89周岁）：不符合条件（年龄不在发放范围内）" + NextMonthRulesZh, "Age allowance (80–89): not eligible (age outside the band)" + NextMonthRulesEn);
        Assert.Equal(expected, Texts(o));
        Assert.Equal(expected, Texts(o with { QualifiesFromMonth = null }, minAge: 80));
        Assert.Equal(expected, Texts(o with { QualifiesOn = null }, minAge: 80));
    }

    [Theory]
    [InlineData(true, "自2026年4月起符合条件，每年重阳节（农历九月初九）发放", "qualifies from April 2026, paid each year on the Elders' Festival")]
    [InlineData(false, "自2026年4月起符合条件，每年9月发放", "qualifies from April 2026, paid each year in September")]
    public void A_yearly_sum_to_come_names_the_month_it_qualifies_from_and_when_it_is_paid(bool onFestival, string zh, string en)
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.CentenarianFestival, Unmet = UnmetCondition.Age, Period = BenefitPeriod.Year,
            QualifiesOn = Date("2026-03-01"), QualifiesFromMonth = new YearMonth(2026, 4), DueOn = onFestival ? Date("2025-10-29") : null,
        };
        Assert.Equal(
            ($"百岁老人重阳节尊老金：不符合条件（年龄不在发放范围内）；将于2026年3月1日年满100周岁，{zh}" + NextMonthRulesZh,
             $"Centenarians' Elders' Festival (重阳节) lump sum: not eligible (age outside the band); reaches 100 on 1 March 2026; {en}" + NextMonthRulesEn),
            Texts(o, minAge: 100, lumpSumMonth: 9));
    }

    [Fact]
    public void A_one_off_grant_to_come_names_the_month_it_can_be_paid_from()
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.Adaptation, Unmet = UnmetCondition.Age, Period = BenefitPeriod.OneOff,
            QualifiesOn = Date("2026-03-01"), QualifiesFromMonth = new YearMonth(2026, 4),
        };
        Assert.Equal(
            ("适老化改造补贴（一次性）：不符合条件（年龄不在发放范围内）；将于2026年3月1日年满80周岁，自2026年4月起可一次性发放" + NextMonthRulesZh,
             "Home age-friendly adaptation grant (one-off): not eligible (age outside the band); reaches 80 on 1 March 2026; the one-off grant can be paid from April 2026" + NextMonthRulesEn),
            Texts(o, minAge: 80));
    }

    [Theory]
    [InlineData("meal", "因同时享受“助餐补贴”", "withheld: not paid together with 'Meal-assistance subsidy'")]
    [InlineData("no-such-benefit", "因同时享受其他补贴", "withheld: not paid together with another benefit")]
    [InlineData(null, "因同时享受其他补贴", "withheld: not paid together with another benefit")]
    public void A_stacking_exclusion_names_what_is_received_instead(string? with, string zh, string en)
    {
        var o = new ElderlyBenefitOutcome
        {
            Benefit = ElderlyBenefit.HomeCare, Eligible = true, AmountPerPeriod = 300m, Period = BenefitPeriod.Month,
            StartMonth = new YearMonth(2025, 7), Stacking = StackingOutcome.Excluded, StackedWith = with,
        };
        var (textZh, textEn) = Texts(o);
        Assert.Contains(zh + "，按不得同时享受的规定本项不发。", textZh, StringComparison.Ordinal);
        Assert.Contains(en + ". Rules:", textEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LeapDayRule.March1, "3月1日", "1 March")]
    [InlineData(LeapDayRule.February28, "2月28日", "28 February")]
    public void The_age_step_names_the_birth_the_as_of_date_and_the_29_February_rule(LeapDayRule leap, string zh, string en)
    {
        var text = ElderlyTexts.AgeMessage(Date("1944-02-29"), Date("2025-06-30"), 81, leap);
        Assert.Equal(
            ($"出生日期1944年2月29日，至2025年6月30日年满81周岁（周岁于生日当天达到；2月29日出生者平年按{zh}计）。",
             $"Born 29 February 1944: 81 completed years of age on 30 June 2025 (reached on the birthday; a 29 February birthday is reached on {en} in common years)."),
            (text.ZhHans, text.En));
    }

    [Fact]
    public void The_totals_and_schedule_steps_name_their_months_and_amounts_to_the_fen()
    {
        var totals = ElderlyTexts.TotalsMessage(new YearMonth(2025, 6), 123.4m, 2025, 1480.8m);
        Assert.Equal(
            ("2025年6月应发合计123.40元；2025年（1至12月，按所属月份计，含补发）合计1480.80元。金额四舍五入保留到分。",
             "Owed for June 2025: 123.40 yuan; for 2025 (January to December, by the month owed, arrears included): 1480.80 yuan. Amounts are rounded half-up to the fen."),
            (totals.ZhHans, totals.En));
        var schedule = ElderlyTexts.ScheduleMessage(12, new YearMonth(2025, 1), new YearMonth(2025, 12), 2400m, 200m);
        Assert.Equal(
            ("逐月测算12个月（2025年1月至2025年12月），合计2400.00元，其中补发200.00元（在首个发放月支付）。",
             "Schedule of 12 months (January 2025 to December 2025): 2400.00 yuan, of which 200.00 yuan arrears (paid in the first paid month)."),
            (schedule.ZhHans, schedule.En));
    }

    [Fact]
    public void Each_month_of_the_year_has_its_English_name()
    {
        string[] names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        Assert.Equal(names.Select(n => n + " 2025"), Enumerable.Range(1, 12).Select(m => ElderlyTexts.EnMonth(new YearMonth(2025, m))));
        Assert.Equal("31 December 0999", ElderlyTexts.EnDate(new LocalDate(999, 12, 31)));
        Assert.Equal((string.Empty, string.Empty), (ElderlyTexts.EnMonth(null), ElderlyTexts.ZhMonth(null)));
    }

    [Fact]
    public void Equal_figures_compose_alike_but_service_hours_written_with_another_scale_do_not()
    {
        var o = new ElderlyBenefitOutcome { Benefit = ElderlyBenefit.HomeCare, Eligible = true, AmountPerPeriod = 300m, ServiceHours = 10m };
        var context = new ElderlyTexts.Context(NextMonthNoBackPay, null, null);
        Assert.True(ElderlyTexts.Message(o, context).SameComposition(ElderlyTexts.Message(o with { }, context)));
        Assert.False(ElderlyTexts.Message(o, context).SameComposition(ElderlyTexts.Message(o with { ServiceHours = 10.0m }, context)));
        Assert.False(ElderlyTexts.Message(o, context).SameComposition(ElderlyTexts.Message(o with { AmountPerPeriod = 301m }, context)));
        Assert.True(ElderlyTexts.TotalsMessage(new YearMonth(2025, 6), 1m, 2025, 2m).SameComposition(ElderlyTexts.TotalsMessage(new YearMonth(2025, 6), 1m, 2025, 2m)));
        Assert.False(ElderlyTexts.TotalsMessage(new YearMonth(2025, 6), 1m, 2025, 2m).SameComposition(ElderlyTexts.TotalsMessage(new YearMonth(2025, 7), 1m, 2025, 2m)));
        Assert.True(ElderlyTexts.ScheduleMessage(1, new YearMonth(2025, 1), new YearMonth(2025, 1), 1m, 0m).SameComposition(ElderlyTexts.ScheduleMessage(1, new YearMonth(2025, 1), new YearMonth(2025, 1), 1m, 0m)));
        Assert.False(ElderlyTexts.ScheduleMessage(1, new YearMonth(2025, 1), new YearMonth(2025, 1), 1m, 0m).SameComposition(ElderlyTexts.ScheduleMessage(1, new YearMonth(2025, 1), new YearMonth(2025, 1), 1m, 1m)));
        Assert.True(ElderlyTexts.AgeMessage(Date("1944-02-29"), Date("2025-06-30"), 81, LeapDayRule.March1).SameComposition(ElderlyTexts.AgeMessage(Date("1944-02-29"), Date("2025-06-30"), 81, LeapDayRule.March1)));
        Assert.False(ElderlyTexts.AgeMessage(Date("1944-02-29"), Date("2025-06-30"), 81, LeapDayRule.March1).SameComposition(ElderlyTexts.AgeMessage(Date("1944-02-29"), Date("2025-06-30"), 81, LeapDayRule.February28)));
    }
}
