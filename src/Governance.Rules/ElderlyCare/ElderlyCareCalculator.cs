using System.Globalization;
using System.Runtime.CompilerServices;
using FluentValidation;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Money;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using Governance.Rules.Validation;
using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// The elderly-care benefit calculator (苏颐养方程式政策计算器): for an older person and a date, every benefit of the
/// pack — eligibility, amount and period, start and end month, stacking, unmet conditions, the date on which
/// the person will qualify when only age is missing — with month and year totals and a month-by-month schedule.
/// </summary>
/// <remarks>
/// <para>Policy meaning. Suzhou's 尊老金 history (苏州日报 via 中新网, 2010, reported): from 2007-10 aged 90–99 ≥ 600 元/年 and
/// centenarians ≥ 200 元/月 plus ≥ 1,000 元 at 重阳节; from 2009 centenarians ≥ 300 元/月; from 2010 aged 90–99 ≥ 1,200 元/年.
/// These are "不低于" minimums a district layer may raise. The 80–89 band, the home-care, nursing, adaptation and meal
/// subsidies, the date rules and the stacking rules are placeholders in the Suzhou pack, and every result using them says so.</para>
/// <para>Date rules, each named and pack data per benefit: age in completed years (周岁), reached on the birthday, with the
/// named 29 February rule (<c>elderly.leap_day_rule</c>). Start rules: <c>condition-month</c> (当月起), <c>next-month</c> (次月起),
/// <c>application-month</c> and <c>month-after-application</c> with back-pay <c>none</c>, <c>months</c> (n), <c>current-year</c>
/// or <c>unlimited</c>. A condition that begins on day D counts from the month the start rule gives for D; a condition
/// that ends (a status period's last day L, a band outgrown on a birthday, an assessment's validity) stops by the same rule
/// applied to the day it no longer holds, so the old and the new status never overlap or leave a gap. Stop rules at death:
/// <c>through-death-month</c> (the month of death paid in full, the default) or <c>day-before-death</c> (the month of death
/// paid for the days before the death: amount × (day of death − 1) ÷ days in the month, rounded half-up to the fen).
/// A month is paid at the figures in force on its first day. Yearly amounts and the 重阳节 lump sum are paid whole in the
/// pack's <c>elderly.lump_sum_month</c> (the library carries no lunar calendar), when the conditions hold in that month.
/// A one-off grant is paid in the first month of entitlement. Hours × hourly value are rounded half-up to the fen
/// (<see cref="FenRounding.HalfUp"/>).</para>
/// <para>Thread-safe and pure: the same pack, person and as-of date always give the same result.</para>
/// </remarks>
public sealed class ElderlyCareCalculator
{
    private const int InstitutionalIndex = ElderlyBenefits.Count;
    private static readonly ElderlyCareRequestValidator Validator = new();

    private readonly RulePack _pack;
    private readonly IClock _clock;
    private readonly PolicyTimeline<Policy> _policies;
    private readonly int _firstMonth;

    /// <summary>Creates a calculator over <paramref name="pack"/>.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock that says what "today" is when no as-of date is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ElderlyCareCalculator(RulePack pack, IClock clock)
    {
        _pack = Guard.NotNull(pack);
        _clock = Guard.NotNull(clock);
        var t = new Timelines(pack);
        _policies = new PolicyTimeline<Policy>(t.All, date => Policy.Compile(t, date));
        var first = t.All.Where(x => x is not null).SelectMany(x => x!.ChangeDates).DefaultIfEmpty(new LocalDate(2000, 1, 1)).Min();
        _firstMonth = MonthIndex(first);
    }

    /// <summary>The pack the calculator reads.</summary>
    public RulePack Pack => _pack;

    /// <summary>
    /// The benefits of one person in the month of <paramref name="asOf"/>, allocation-free and without explanation, for batch work.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The summary, or a status saying why there is none (never a partial figure). Start and end months, arrears and
    /// the qualifying date come only from <see cref="Evaluate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public ElderlyBenefitSummary Summarize(ElderlyPerson person, LocalDate asOf)
    {
        Guard.NotNull(person);
        if (!InputLimits.Contains(asOf))
        {
            return new ElderlyBenefitSummary(ElderlySummaryStatus.InvalidInput, default, default, 0, 0, false);
        }

        var m = MonthIndex(asOf);
        var policy = PolicyFor(m);
        if (policy is null)
        {
            return new ElderlyBenefitSummary(ElderlySummaryStatus.NoPolicyInForce, default, default, 0, 0, false);
        }

        if (!QuickValid(person, asOf, policy))
        {
            return new ElderlyBenefitSummary(ElderlySummaryStatus.InvalidInput, default, default, 0, 0, false);
        }

        var months = default(MonthSet);
        EvaluateAll(policy, person, m, ref months);
        Amounts perPeriod = default, due = default;
        int eligible = 0, paid = 0;
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            ref readonly var b = ref months[i];
            perPeriod[i] = b.PerPeriod;
            due[i] = b.Due;
            if (b.Unmet == 0)
            {
                eligible |= 1 << i;
                if (b.Stacking == StackingOutcome.Paid)
                {
                    paid |= 1 << i;
                }
            }
        }

        return new ElderlyBenefitSummary(ElderlySummaryStatus.Computed, perPeriod, due, eligible, paid, policy.UsesPlaceholder);
    }

    /// <summary>Evaluates a request: every benefit with its explanation, warnings (placeholders, stale values) and stamp.</summary>
    /// <param name="request">The person and an optional schedule range.</param>
    /// <param name="options">The as-of date and whether to explain; defaults to today with an explanation.</param>
    /// <returns>The outcome, or the validation failures of the request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RuleResult<ElderlyOutcome> Evaluate(ElderlyCareRequest request, EvaluationOptions? options = null)
    {
        Guard.NotNull(request);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<ElderlyOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var m0 = MonthIndex(asOf);
        var policy = PolicyFor(m0);
        if (policy is null)
        {
            return RuleResult<ElderlyOutcome>.Invalid([ElderlyErrors.NoPolicy.ForAsOf(asOf)], stamp);
        }

        var context = new ValidationContext<ElderlyCareRequest>(request);
        context.RootContextData[ElderlyCareRequestValidator.AsOfKey] = asOf;
        context.RootContextData[ElderlyCareRequestValidator.DistrictsKey] = policy.Districts.Value;
        var failures = Validator.Validate(context).ToFailures();
        if (failures.Count > 0)
        {
            return RuleResult<ElderlyOutcome>.Invalid(failures, stamp);
        }

        var person = request.Person;
        LocalDate? staleBefore = policy.StaleYears.HasValue ? asOf.PlusYears(-policy.StaleYears.Value) : null;
        var x = new ExplanationBuilder(options.Explain, staleBefore);
        var used = new HashSet<Policy>(ReferenceEqualityComparer.Instance);
        var age = Ages.CompletedYears(person.BirthDate, asOf, policy.LeapRule);
        x.Step(
            "elderly.age.completed-years",
            () => new LocalizedText(
                $"出生日期 {ExplanationBuilder.Date(person.BirthDate)}，至 {ExplanationBuilder.Date(asOf)} 年满 {age} 周岁（周岁于生日当天达到；2月29日出生者平年按“{LeapZh(policy.LeapRule)}”）。",
                $"Born {ExplanationBuilder.Date(person.BirthDate)}: {age} completed years (周岁) on {ExplanationBuilder.Date(asOf)} (reached on the birthday; a 29 February birthday is reached on {LeapEn(policy.LeapRule)} in common years)."),
            [policy.LeapDay.Info],
            ExplanationBuilder.Value("age", age));

        var now = default(MonthSet);
        EvaluateAll(policy, person, m0, ref now);
        used.Add(policy);

        var benefits = new ElderlyBenefitOutcome[ElderlyBenefits.Count];
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            benefits[i] = Describe(policy, person, (ElderlyBenefit)i, m0, now[i], used, x);
        }

        // Year total: January to December of the as-of year, after stacking.
        var yearTotal = 0m;
        var scratch = default(MonthSet);
        var january = asOf.Year * 12;
        for (var m = january; m < january + 12; m++)
        {
            yearTotal += MonthTotal(person, m, ref scratch, used);
        }

        var monthTotal = 0m;
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            monthTotal += now[i].Due;
        }

        var schedule = new List<ElderlyScheduleMonth>();
        if (request.ScheduleFrom is { } from && request.ScheduleTo is { } to)
        {
            for (var m = MonthIndex(from); m <= MonthIndex(to); m++)
            {
                var p = PolicyFor(m);
                var lines = new List<ElderlyScheduleLine>();
                if (p is not null)
                {
                    used.Add(p);
                    EvaluateAll(p, person, m, ref scratch);
                    for (var i = 0; i < ElderlyBenefits.Count; i++)
                    {
                        if (scratch[i].Unmet == 0 && scratch[i].Due > 0)
                        {
                            lines.Add(new ElderlyScheduleLine((ElderlyBenefit)i, scratch[i].Due, scratch[i].Arrears, ToYearMonth(scratch[i].PaidIn)));
                        }
                    }
                }

                schedule.Add(new ElderlyScheduleMonth(ToYearMonth(m), lines));
            }
        }

        foreach (var p in used.OrderBy(p => p.Start))
        {
            foreach (var info in p.Infos)
            {
                x.Note(info);
            }
        }

        x.Step(
            "elderly.totals",
            () => new LocalizedText(
                $"{ToYearMonth(m0).ToString("yyyy-MM", CultureInfo.InvariantCulture)} 月应发合计 {Yuan(monthTotal)} 元；{asOf.Year} 年（1–12月，按所属月份计，含补发）合计 {Yuan(yearTotal)} 元。金额按四舍五入保留到分。",
                $"Owed for {ToYearMonth(m0).ToString("yyyy-MM", CultureInfo.InvariantCulture)}: {Yuan(monthTotal)} yuan; for {asOf.Year} (January–December, by the month owed, arrears included): {Yuan(yearTotal)} yuan. Amounts are rounded half-up to the fen."),
            null,
            ExplanationBuilder.Value("month_total", monthTotal),
            ExplanationBuilder.Value("year_total", yearTotal));
        if (schedule.Count > 0)
        {
            var total = schedule.Sum(s => s.Total);
            var arrears = schedule.Sum(s => s.Arrears);
            x.Step(
                "elderly.schedule",
                () => new LocalizedText(
                    $"逐月测算 {schedule.Count} 个月（{schedule[0].Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)} 至 {schedule[^1].Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}），合计 {Yuan(total)} 元，其中补发 {Yuan(arrears)} 元（在首个发放月支付）。",
                    $"Schedule of {schedule.Count} months ({schedule[0].Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)} to {schedule[^1].Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}): {Yuan(total)} yuan, of which {Yuan(arrears)} yuan arrears (paid in the first paid month)."),
                null,
                ExplanationBuilder.Value("schedule_total", total),
                ExplanationBuilder.Value("schedule_arrears", arrears));
        }

        var outcome = new ElderlyOutcome(age, ToYearMonth(m0), benefits, monthTotal, yearTotal, schedule);
        return RuleResult<ElderlyOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    private decimal MonthTotal(ElderlyPerson person, int m, ref MonthSet set, HashSet<Policy> used)
    {
        var p = PolicyFor(m);
        if (p is null)
        {
            return 0m;
        }

        used.Add(p);
        EvaluateAll(p, person, m, ref set);
        var t = 0m;
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            t += set[i].Due;
        }

        return t;
    }

    private ElderlyBenefitOutcome Describe(Policy policy, ElderlyPerson person, ElderlyBenefit benefit, int m0, BenefitMonth now, HashSet<Policy> used, ExplanationBuilder x)
    {
        var rule = policy.Rules.Value.For(benefit);
        var eligible = now.Unmet == 0;
        int? start = null, end = null;
        var arrears = 0m;
        if (eligible)
        {
            var s = m0;
            while (s - 1 >= _firstMonth && Single(person, benefit, s - 1, used).Unmet == 0)
            {
                s--;
            }

            start = s;
            var horizon = Horizon(person, policy, benefit, m0);
            var e = m0;
            while (e < horizon && Single(person, benefit, e + 1, used).Unmet == 0)
            {
                e++;
            }

            end = e < horizon ? e : null;
        }

        if (rule.FromApplication && person.ApplicationDate is { } app && (eligible || now.Unmet == (int)UnmetCondition.Application))
        {
            var gate = Gate(rule, app);
            var scratch = default(MonthSet);
            for (var m = Math.Max(BackFrom(rule, app, gate), _firstMonth); m < gate; m++)
            {
                var p = PolicyFor(m);
                if (p is null)
                {
                    continue;
                }

                used.Add(p);
                EvaluateAll(p, person, m, ref scratch);
                if (scratch[(int)benefit].Unmet == 0 && scratch[(int)benefit].Arrears)
                {
                    arrears += scratch[(int)benefit].Due;
                }
            }
        }

        LocalDate? qualifiesOn = null;
        int? qualifiesFrom = null;
        if (now.Unmet == (int)UnmetCondition.Age && MinAge(policy, benefit) is { } min)
        {
            var on = Ages.Anniversary(person.BirthDate, min, policy.LeapRule);
            var first = ConditionMonth(on, rule);
            if (first > m0)
            {
                qualifiesOn = on;
                qualifiesFrom = rule.FromApplication && person.ApplicationDate is { } a ? Math.Max(first, Gate(rule, a)) : first;
            }
        }

        var outcome = new ElderlyBenefitOutcome
        {
            Benefit = benefit,
            Eligible = eligible,
            AmountPerPeriod = eligible ? now.PerPeriod : 0m,
            Period = now.Period,
            ServiceHours = eligible && now.HasHours ? now.Hours : null,
            DueInAsOfMonth = now.Due,
            StartMonth = start is { } st ? ToYearMonth(st) : null,
            EndMonth = end is { } en ? ToYearMonth(en) : null,
            Stacking = eligible ? now.Stacking : StackingOutcome.Paid,
            StackedWith = eligible && now.StackedWith >= 0 ? (now.StackedWith == InstitutionalIndex ? StackingTable.InstitutionalCare : ((ElderlyBenefit)now.StackedWith).Code()) : null,
            Unmet = (UnmetCondition)now.Unmet,
            QualifiesOn = qualifiesOn,
            QualifiesFromMonth = qualifiesFrom is { } q ? ToYearMonth(q) : null,
            Arrears = arrears,
            StartRule = rule.Start,
            StopRule = rule.Stop,
        };
        x.Step("elderly.benefit." + benefit.Code(), () => Message(outcome, rule), policy.InfosFor(benefit), ExplanationBuilder.Value("amount_per_period", outcome.AmountPerPeriod), ExplanationBuilder.Value("due", outcome.DueInAsOfMonth));
        return outcome;
    }

    private BenefitMonth Single(ElderlyPerson person, ElderlyBenefit benefit, int m, HashSet<Policy> used)
    {
        var p = PolicyFor(m);
        if (p is null)
        {
            return new BenefitMonth { Unmet = (int)UnmetCondition.NotInForce };
        }

        used.Add(p);
        return p.Month(person, benefit, m, checkPrevious: false);
    }

    private static int Horizon(ElderlyPerson person, Policy policy, ElderlyBenefit benefit, int m0)
    {
        var h = m0;
        void Take(LocalDate? d)
        {
            if (d is { } v)
            {
                h = Math.Max(h, MonthIndex(v) + 2);
            }
        }

        Take(person.DeathDate);
        Take(person.InstitutionalCareFrom);
        Take(person.InstitutionalCareUntil);
        foreach (var s in person.EconomicStatuses)
        {
            Take(s.To);
        }

        foreach (var a in person.Assessments)
        {
            Take(a.ValidUntil ?? (policy.Validity.HasValue ? a.AssessedOn.PlusMonths(policy.Validity.Value) : null));
        }

        if (policy.Band(benefit) is { HasValue: true } band && band.Value.MaxAge is { } max)
        {
            Take(Ages.Anniversary(person.BirthDate, max + 1, policy.LeapRule));
        }

        return Math.Min(h, m0 + SearchHorizonMonths);
    }

    /// <summary>How far ahead an end month is looked for: 150 years, longer than any entitlement can run.</summary>
    private const int SearchHorizonMonths = 150 * 12;

    private static int? MinAge(Policy p, ElderlyBenefit b) => b switch
    {
        ElderlyBenefit.HomeCare => p.HomeCare.HasValue && p.HomeCare.Value.TierArray.Length > 0 ? p.HomeCare.Value.TierArray.Min(t => t.MinAge) : null,
        ElderlyBenefit.Nursing => p.Nursing.HasValue ? p.Nursing.Value.MinAge : null,
        ElderlyBenefit.Adaptation => p.Adaptation.HasValue ? p.Adaptation.Value.MinAge : null,
        ElderlyBenefit.Meal => p.Meal.HasValue ? p.Meal.Value.MinAge : null,
        _ => p.Band(b) is { HasValue: true } band ? band.Value.MinAge : null,
    };

    private static LocalizedText Message(ElderlyBenefitOutcome o, BenefitRule rule)
    {
        var rules = $"start={BenefitRule.StartName(rule.Start)}, backPay={BenefitRule.BackPayName(rule.BackPay)}{(rule.BackPay == BackPay.Months ? "(" + rule.BackPayMonths.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)}, stop={BenefitRule.StopName(rule.Stop)}, requires={(rule.RequiresHukou ? "hukou" : "residence")}";
        string zh, en;
        if (o.Eligible)
        {
            var per = PeriodZh(o.Period);
            zh = $"{o.Name.ZhHans}：符合条件，{Yuan(o.AmountPerPeriod)} 元/{per}"
                + (o.ServiceHours is { } h ? $"（{h.ToString(CultureInfo.InvariantCulture)} 小时/月 × 单价，四舍五入到分）" : string.Empty)
                + $"，本月应发 {Yuan(o.DueInAsOfMonth)} 元；起始月 {Ym(o.StartMonth)}，终止月 {Ym(o.EndMonth) ?? "未定"}"
                + (o.Stacking == StackingOutcome.Paid ? "；叠加规则：照发" : $"；叠加规则：因“{o.StackedWith}”{(o.Stacking == StackingOutcome.Excluded ? "互斥" : "就高")}不发")
                + (o.Arrears > 0 ? $"；补发 {Yuan(o.Arrears)} 元" : string.Empty) + $"。日期规则：{rules}。";
            en = $"{o.Name.En}: eligible, {Yuan(o.AmountPerPeriod)} yuan per {o.Period.ToString().ToLowerInvariant()}"
                + (o.ServiceHours is { } h2 ? $" ({h2.ToString(CultureInfo.InvariantCulture)} hours a month × hourly value, rounded half-up to the fen)" : string.Empty)
                + $", {Yuan(o.DueInAsOfMonth)} yuan owed this month; from {Ym(o.StartMonth)} to {Ym(o.EndMonth) ?? "open"}"
                + (o.Stacking == StackingOutcome.Paid ? "; stacking: paid" : $"; stacking: withheld ({(o.Stacking == StackingOutcome.Excluded ? "exclusive with" : "lower than")} '{o.StackedWith}')")
                + (o.Arrears > 0 ? $"; arrears {Yuan(o.Arrears)} yuan" : string.Empty) + $". Date rules: {rules}.";
        }
        else
        {
            zh = $"{o.Name.ZhHans}：不符合条件（{UnmetZh(o.Unmet)}）"
                + (o.QualifiesOn is { } q ? $"；将于 {ExplanationBuilder.Date(q)} 达到年龄，自 {Ym(o.QualifiesFromMonth)} 起发放" : string.Empty)
                + (o.Arrears > 0 ? $"；申请后可补发 {Yuan(o.Arrears)} 元" : string.Empty) + $"。日期规则：{rules}。";
            en = $"{o.Name.En}: not eligible ({o.Unmet})"
                + (o.QualifiesOn is { } q2 ? $"; reaches the age on {ExplanationBuilder.Date(q2)}, paid from {Ym(o.QualifiesFromMonth)}" : string.Empty)
                + (o.Arrears > 0 ? $"; arrears of {Yuan(o.Arrears)} yuan once applied" : string.Empty) + $". Date rules: {rules}.";
        }

        return new LocalizedText(zh, en);
    }

    private static string UnmetZh(UnmetCondition u)
    {
        var parts = new List<string>();
        void Add(UnmetCondition c, string text)
        {
            if ((u & c) != 0)
            {
                parts.Add(text);
            }
        }

        Add(UnmetCondition.NotInForce, "规则包无现行标准");
        Add(UnmetCondition.Deceased, "已身故");
        Add(UnmetCondition.Age, "年龄不在范围内");
        Add(UnmetCondition.Hukou, "无本地户籍");
        Add(UnmetCondition.Residence, "非本地常住");
        Add(UnmetCondition.EconomicStatus, "经济状况不符");
        Add(UnmetCondition.CareLevel, "失能等级不符或无有效评估");
        Add(UnmetCondition.LivingArrangement, "居住状况不符");
        Add(UnmetCondition.SpecialFamily, "非计生特殊家庭");
        Add(UnmetCondition.Application, "未申请或早于可补发期间");
        Add(UnmetCondition.AlreadyGranted, "已享受过");
        return string.Join("、", parts);
    }

    private static string PeriodZh(BenefitPeriod p) => p switch { BenefitPeriod.Year => "年", BenefitPeriod.OneOff => "次", _ => "月" };

    private static string LeapZh(LeapDayRule r) => r == LeapDayRule.February28 ? "2月28日" : "3月1日";

    private static string LeapEn(LeapDayRule r) => r == LeapDayRule.February28 ? "28 February" : "1 March";

    private static string Yuan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Ym(YearMonth? m) => m?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private Policy? PolicyFor(int month) => _policies.At(new LocalDate(month / 12, (month % 12) + 1, 1));

    private static bool QuickValid(ElderlyPerson p, LocalDate asOf, Policy policy)
    {
        if (p.BirthDate < ElderlyLimits.EarliestBirth || p.BirthDate > asOf || p.DeathDate < p.BirthDate || p.HukouSince < p.BirthDate
            || (p.HukouDistrict is { } d && !policy.Districts.Value.ByCode.ContainsKey(d))
            || p.EconomicStatuses is null || p.Assessments is null || p.EconomicStatuses.Count > ElderlyLimits.MaxPeriods || p.Assessments.Count > ElderlyLimits.MaxPeriods
            || (uint)p.LivingArrangement > 2u || (p.SpecialFamily & ~(SpecialFamily.LostOnlyChild | SpecialFamily.DisabledOnlyChild)) != 0
            || p.MealsPerMonth < 0 || p.AdaptationCost < 0 || p.ApplicationDate > asOf || p.ApplicationDate < p.BirthDate
            || !ElderlyCareRequestValidator.WithinLimits(p))
        {
            return false;
        }

        var statuses = p.EconomicStatuses;
        for (var i = 0; i < statuses.Count; i++)
        {
            var s = statuses[i];
            if (s is null || (uint)s.Status > 3u || s.To < s.From || s.From < p.BirthDate)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                var o = statuses[j];
                if (s.From <= (o.To ?? LocalDate.MaxIsoValue) && o.From <= (s.To ?? LocalDate.MaxIsoValue))
                {
                    return false;
                }
            }
        }

        var assessments = p.Assessments;
        for (var i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            if (a is null || (a.Level is null) == (a.LegacyLevel is null) || (uint?)a.Level > 3u || (uint?)a.LegacyLevel > 2u
                || a.AssessedOn < p.BirthDate || a.AssessedOn > asOf || a.ValidUntil < a.AssessedOn || (i > 0 && assessments[i - 1] is { } prev && prev.AssessedOn >= a.AssessedOn))
            {
                return false;
            }
        }

        return p.InstitutionalCareFrom is null
            ? p.InstitutionalCareUntil is null
            : p.InstitutionalCareFrom >= p.BirthDate && !(p.InstitutionalCareUntil < p.InstitutionalCareFrom);
    }

    private void EvaluateAll(Policy policy, ElderlyPerson person, int m, ref MonthSet set)
    {
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            set[i] = policy.Month(person, (ElderlyBenefit)i, m, checkPrevious: true, this);
        }

        policy.Stack(person, m, ref set);
    }

    internal static int MonthIndex(LocalDate d) => (d.Year * 12) + d.Month - 1;

    internal static int MonthIndex(YearMonth d) => (d.Year * 12) + d.Month - 1;

    internal static YearMonth ToYearMonth(int m) => new(m / 12, (m % 12) + 1);

    internal static int ConditionMonth(LocalDate d, BenefitRule rule) => MonthIndex(d) + (rule.Start == StartRule.NextMonth ? 1 : 0);

    internal static int Gate(BenefitRule rule, LocalDate application) => MonthIndex(application) + (rule.Start == StartRule.MonthAfterApplication ? 1 : 0);

    internal static int BackFrom(BenefitRule rule, LocalDate application, int gate) => rule.BackPay switch
    {
        BackPay.Months => gate - rule.BackPayMonths,
        BackPay.CurrentYear => application.Year * 12,
        BackPay.Unlimited => int.MinValue / 2,
        _ => gate,
    };

    internal BenefitMonth PreviousMonth(ElderlyPerson person, ElderlyBenefit benefit, int m)
    {
        var p = PolicyFor(m);
        return p is null ? new BenefitMonth { Unmet = (int)UnmetCondition.NotInForce } : p.Month(person, benefit, m, checkPrevious: false);
    }

    /// <summary>The timelines the policy depends on.</summary>
    private sealed class Timelines(RulePack pack)
    {
        public ParameterTimeline<AgeBand>? B80 { get; } = pack.Timeline(ElderlyParameters.AgeBand80To89);

        public ParameterTimeline<AgeBand>? B90 { get; } = pack.Timeline(ElderlyParameters.AgeBand90To99);

        public ParameterTimeline<AgeBand>? B100 { get; } = pack.Timeline(ElderlyParameters.AgeBand100Plus);

        public ParameterTimeline<AgeBand>? Festival { get; } = pack.Timeline(ElderlyParameters.CentenarianFestival);

        public ParameterTimeline<int>? LumpSum { get; } = pack.Timeline(ElderlyParameters.LumpSumMonth);

        public ParameterTimeline<HomeCareTable>? HomeCare { get; } = pack.Timeline(ElderlyParameters.HomeCare);

        public ParameterTimeline<NursingTable>? Nursing { get; } = pack.Timeline(ElderlyParameters.Nursing);

        public ParameterTimeline<AdaptationTable>? Adaptation { get; } = pack.Timeline(ElderlyParameters.Adaptation);

        public ParameterTimeline<MealTable>? Meal { get; } = pack.Timeline(ElderlyParameters.Meal);

        public ParameterTimeline<BenefitRuleTable>? Rules { get; } = pack.Timeline(ElderlyParameters.BenefitRules);

        public ParameterTimeline<StackingTable>? Stacking { get; } = pack.Timeline(ElderlyParameters.Stacking);

        public ParameterTimeline<CareLevelMapping>? Mapping { get; } = pack.Timeline(ElderlyParameters.CareLevelMap);

        public ParameterTimeline<DistrictTable>? Districts { get; } = pack.Timeline(ElderlyParameters.Districts);

        public ParameterTimeline<string>? Leap { get; } = pack.Timeline(ElderlyParameters.LeapDay);

        public ParameterTimeline<int>? Validity { get; } = pack.Timeline(ElderlyParameters.AssessmentValidityMonths);

        public ParameterTimeline<int>? Stale { get; } = pack.Timeline(ElderlyParameters.StaleAfterYears);

        public ParameterTimeline?[] All => [B80, B90, B100, Festival, LumpSum, HomeCare, Nursing, Adaptation, Meal, Rules, Stacking, Mapping, Districts, Leap, Validity, Stale];
    }

    /// <summary>The elderly-care policy in force over one stretch of time.</summary>
    private sealed class Policy
    {
        private readonly ParameterValue<AgeBand>[] _bands;
        private readonly int[] _stackFirst;
        private readonly int[] _stackSecond;
        private readonly ParameterValueInfo?[][] _infosFor;

        private Policy(Timelines t, LocalDate d)
        {
            Start = d;
            _bands = [At(t.B80, d), At(t.B90, d), At(t.B100, d), At(t.Festival, d)];
            LumpSum = At(t.LumpSum, d);
            HomeCare = At(t.HomeCare, d);
            Nursing = At(t.Nursing, d);
            Adaptation = At(t.Adaptation, d);
            Meal = At(t.Meal, d);
            Rules = At(t.Rules, d);
            Stacking = At(t.Stacking, d);
            Mapping = At(t.Mapping, d);
            Districts = At(t.Districts, d);
            LeapDay = At(t.Leap, d);
            Validity = At(t.Validity, d);
            StaleYears = At(t.Stale, d);
            LeapRule = LeapDay.Value == LeapDayRules.February28 ? LeapDayRule.February28 : LeapDayRule.March1;
            var rules = Stacking.HasValue ? Stacking.Value.RuleArray : [];
            _stackFirst = [.. rules.Select(r => Index(r.First))];
            _stackSecond = [.. rules.Select(r => Index(r.Second))];
            StackKinds = [.. rules.Select(r => r.Kind)];
            ParameterValueInfo?[] common = [Rules.Info, Stacking.Info, Districts.Info];
            _infosFor =
            [
                [_bands[0].Info, .. common],
                [_bands[1].Info, LumpSum.Info, .. common],
                [_bands[2].Info, .. common],
                [_bands[3].Info, LumpSum.Info, .. common],
                [HomeCare.Info, Mapping.Info, Validity.Info, .. common],
                [Nursing.Info, Mapping.Info, Validity.Info, .. common],
                [Adaptation.Info, .. common],
                [Meal.Info, .. common],
            ];
            Infos = [.. new[] { LeapDay.Info, StaleYears.Info, LumpSum.Info, Mapping.Info, Validity.Info, HomeCare.Info, Nursing.Info, Adaptation.Info, Meal.Info, Rules.Info, Stacking.Info, Districts.Info }
                .Concat(_bands.Select(b => b.Info)).OfType<ParameterValueInfo>()];
            UsesPlaceholder = Infos.Any(i => i.Provenance == Provenance.Placeholder);
        }

        public LocalDate Start { get; }

        public ParameterValue<int> LumpSum { get; }

        public ParameterValue<HomeCareTable> HomeCare { get; }

        public ParameterValue<NursingTable> Nursing { get; }

        public ParameterValue<AdaptationTable> Adaptation { get; }

        public ParameterValue<MealTable> Meal { get; }

        public ParameterValue<BenefitRuleTable> Rules { get; }

        public ParameterValue<StackingTable> Stacking { get; }

        public ParameterValue<CareLevelMapping> Mapping { get; }

        public ParameterValue<DistrictTable> Districts { get; }

        public ParameterValue<string> LeapDay { get; }

        public ParameterValue<int> Validity { get; }

        public ParameterValue<int> StaleYears { get; }

        public LeapDayRule LeapRule { get; }

        public StackingKind[] StackKinds { get; }

        public ParameterValueInfo[] Infos { get; }

        public bool UsesPlaceholder { get; }

        public static Policy? Compile(Timelines t, LocalDate d) =>
            At(t.Rules, d).HasValue && At(t.Districts, d).HasValue && At(t.Leap, d).HasValue ? new Policy(t, d) : null;

        public ParameterValue<AgeBand>? Band(ElderlyBenefit b) => (int)b < 4 ? _bands[(int)b] : null;

        public ParameterValueInfo?[] InfosFor(ElderlyBenefit b) => _infosFor[(int)b];

        public BenefitMonth Month(ElderlyPerson person, ElderlyBenefit b, int m, bool checkPrevious, ElderlyCareCalculator? owner = null)
        {
            var rule = Rules.Value.For(b);
            var r = new BenefitMonth { StackedWith = -1, PaidIn = m };
            var unmet = 0;
            decimal amount = 0;
            var period = BenefitPeriod.Month;
            switch (b)
            {
                case ElderlyBenefit.AgeAllowance80To89:
                case ElderlyBenefit.AgeAllowance90To99:
                case ElderlyBenefit.AgeAllowance100Plus:
                case ElderlyBenefit.CentenarianFestival:
                {
                    var band = _bands[(int)b];
                    if (!band.HasValue || (band.Value.Period == BenefitPeriod.Year && !LumpSum.HasValue))
                    {
                        unmet |= (int)UnmetCondition.NotInForce;
                        break;
                    }

                    if (!AgeReached(person, band.Value.MinAge, m, rule) || (band.Value.MaxAge is { } max && AgeReached(person, max + 1, m, rule)))
                    {
                        unmet |= (int)UnmetCondition.Age;
                    }

                    amount = band.Value.Amount;
                    period = band.Value.Period;
                    break;
                }

                case ElderlyBenefit.HomeCare:
                {
                    if (!HomeCare.HasValue)
                    {
                        unmet |= (int)UnmetCondition.NotInForce;
                        break;
                    }

                    var table = HomeCare.Value;
                    var status = 1 << (int)StatusAt(person, m, rule);
                    var level = LevelAt(person, m, rule);
                    var levelBit = level < 0 ? 0 : 1 << level;
                    var arrangement = 1 << (int)person.LivingArrangement;
                    int stage = 0;
                    decimal best = -1m, hours = 0m;
                    var hasHours = false;
                    foreach (var tier in table.TierArray)
                    {
                        var s = (tier.StatusMask & status) == 0 ? 0 : (tier.LevelMask & levelBit) == 0 ? 1 : !AgeReached(person, tier.MinAge, m, rule) ? 2
                            : (tier.ArrangementMask & arrangement) == 0 ? 3 : tier.SpecialFamilyRequired && person.SpecialFamily == SpecialFamily.None ? 4 : 5;
                        stage = Math.Max(stage, s);
                        if (s == 5)
                        {
                            var value = tier.MonthlyAmount ?? MoneyMath.ToFen(tier.MonthlyHours!.Value * table.HourlyValue, FenRounding.HalfUp);
                            if (value > best)
                            {
                                best = value;
                                hasHours = tier.MonthlyHours is not null;
                                hours = tier.MonthlyHours ?? 0m;
                            }
                        }
                    }

                    unmet |= stage switch
                    {
                        0 => (int)UnmetCondition.EconomicStatus,
                        1 => (int)UnmetCondition.CareLevel,
                        2 => (int)UnmetCondition.Age,
                        3 => (int)UnmetCondition.LivingArrangement,
                        4 => (int)UnmetCondition.SpecialFamily,
                        _ => 0,
                    };
                    amount = Math.Max(best, 0m);
                    r.HasHours = hasHours;
                    r.Hours = hours;
                    break;
                }

                case ElderlyBenefit.Nursing:
                {
                    if (!Nursing.HasValue)
                    {
                        unmet |= (int)UnmetCondition.NotInForce;
                        break;
                    }

                    var table = Nursing.Value;
                    if ((table.StatusMask & (1 << (int)StatusAt(person, m, rule))) == 0)
                    {
                        unmet |= (int)UnmetCondition.EconomicStatus;
                    }

                    var level = LevelAt(person, m, rule);
                    if (level < 0 || table.ByLevel[level] < 0)
                    {
                        unmet |= (int)UnmetCondition.CareLevel;
                    }
                    else
                    {
                        amount = table.ByLevel[level];
                    }

                    if (!AgeReached(person, table.MinAge, m, rule))
                    {
                        unmet |= (int)UnmetCondition.Age;
                    }

                    break;
                }

                case ElderlyBenefit.Adaptation:
                {
                    if (!Adaptation.HasValue)
                    {
                        unmet |= (int)UnmetCondition.NotInForce;
                        break;
                    }

                    var table = Adaptation.Value;
                    period = BenefitPeriod.OneOff;
                    if ((table.StatusMask & (1 << (int)StatusAt(person, m, rule))) == 0)
                    {
                        unmet |= (int)UnmetCondition.EconomicStatus;
                    }

                    if (!AgeReached(person, table.MinAge, m, rule))
                    {
                        unmet |= (int)UnmetCondition.Age;
                    }

                    if (person.AdaptationAlreadyGranted)
                    {
                        unmet |= (int)UnmetCondition.AlreadyGranted;
                    }

                    amount = person.AdaptationCost is { } cost ? Math.Min(cost, table.Cap) : table.Cap;
                    break;
                }

                default:
                {
                    if (!Meal.HasValue)
                    {
                        unmet |= (int)UnmetCondition.NotInForce;
                        break;
                    }

                    var table = Meal.Value;
                    if (!AgeReached(person, table.MinAge, m, rule))
                    {
                        unmet |= (int)UnmetCondition.Age;
                    }

                    amount = MoneyMath.ToFen(table.PerMeal * Math.Min(person.MealsPerMonth ?? table.MaxMealsPerMonth, table.MaxMealsPerMonth), FenRounding.HalfUp);
                    break;
                }
            }

            // Death: the stop rule.
            var factorDays = 0;
            var daysInMonth = 0;
            if (person.DeathDate is { } death)
            {
                var dm = MonthIndex(death);
                if (m > dm || (m == dm && rule.Stop == StopRule.DayBeforeDeath && death.Day == 1))
                {
                    unmet |= (int)UnmetCondition.Deceased;
                }
                else if (m == dm && rule.Stop == StopRule.DayBeforeDeath)
                {
                    factorDays = death.Day - 1;
                    daysInMonth = CalendarSystem.Iso.GetDaysInMonth(death.Year, death.Month);
                }
            }

            // Hukou or residence.
            if (rule.RequiresHukou)
            {
                if (person.HukouDistrict is null || ConditionMonth(person.HukouSince ?? person.BirthDate, rule) > m)
                {
                    unmet |= (int)UnmetCondition.Hukou;
                }
            }
            else if (!person.ResidesInJurisdiction)
            {
                unmet |= (int)UnmetCondition.Residence;
            }

            // Application-based starts, with back-pay.
            if (rule.FromApplication)
            {
                if (person.ApplicationDate is not { } app)
                {
                    unmet |= (int)UnmetCondition.Application;
                }
                else
                {
                    var gate = Gate(rule, app);
                    if (m < gate)
                    {
                        if (period != BenefitPeriod.OneOff && m >= BackFrom(rule, app, gate))
                        {
                            r.Arrears = true;
                            r.PaidIn = gate;
                        }
                        else
                        {
                            unmet |= (int)UnmetCondition.Application;
                        }
                    }
                }
            }

            r.Unmet = unmet;
            r.Period = period;
            if (unmet != 0)
            {
                r.Hours = 0;
                r.HasHours = false;
                return r;
            }

            r.PerPeriod = amount;
            r.Due = period switch
            {
                BenefitPeriod.Year => (m % 12) + 1 == LumpSum.Value ? amount : 0m,
                BenefitPeriod.OneOff => checkPrevious && owner is not null && owner.PreviousMonth(person, b, m - 1).Unmet == 0 ? 0m : amount,
                _ => daysInMonth > 0 ? MoneyMath.ToFen(amount * factorDays / daysInMonth, FenRounding.HalfUp) : amount,
            };
            return r;
        }

        public void Stack(ElderlyPerson person, int m, ref MonthSet set)
        {
            for (var k = 0; k < StackKinds.Length; k++)
            {
                var i = _stackFirst[k];
                var j = _stackSecond[k];
                ref var second = ref set[j];
                if (second.Unmet != 0 || second.Stacking != StackingOutcome.Paid)
                {
                    continue;
                }

                if (i == InstitutionalIndex)
                {
                    if (person.InstitutionalCareFrom is { } from && MonthIndex(from) <= m && (person.InstitutionalCareUntil is not { } until || m <= MonthIndex(until)))
                    {
                        Withhold(ref second, StackingOutcome.Excluded, i);
                    }

                    continue;
                }

                ref var first = ref set[i];
                if (first.Unmet != 0 || first.Stacking != StackingOutcome.Paid)
                {
                    continue;
                }

                if (StackKinds[k] == StackingKind.Exclusive)
                {
                    Withhold(ref second, StackingOutcome.Excluded, i);
                }
                else if (StackKinds[k] == StackingKind.Higher)
                {
                    if (PerMonth(first) >= PerMonth(second))
                    {
                        Withhold(ref second, StackingOutcome.NotTheHigher, i);
                    }
                    else
                    {
                        Withhold(ref first, StackingOutcome.NotTheHigher, j);
                    }
                }
            }
        }

        private static void Withhold(ref BenefitMonth b, StackingOutcome outcome, int by)
        {
            b.Stacking = outcome;
            b.StackedWith = (sbyte)by;
            b.Due = 0m;
        }

        private static decimal PerMonth(in BenefitMonth b) => b.Period == BenefitPeriod.Year ? b.PerPeriod / 12m : b.PerPeriod;

        private bool AgeReached(ElderlyPerson person, int age, int m, BenefitRule rule) =>
            ConditionMonth(Ages.Anniversary(person.BirthDate, age, LeapRule), rule) <= m;

        private static EconomicStatus StatusAt(ElderlyPerson person, int m, BenefitRule rule)
        {
            var list = person.EconomicStatuses;
            for (var i = 0; i < list.Count; i++)
            {
                var s = list[i];
                if (ConditionMonth(s.From, rule) <= m && (s.To is not { } to || m < ConditionMonth(to.PlusDays(1), rule)))
                {
                    return s.Status;
                }
            }

            return EconomicStatus.None;
        }

        private int LevelAt(ElderlyPerson person, int m, BenefitRule rule)
        {
            var list = person.Assessments;
            for (var i = list.Count - 1; i >= 0; i--)
            {
                var a = list[i];
                if (ConditionMonth(a.AssessedOn, rule) > m)
                {
                    continue;
                }

                LocalDate? end = a.ValidUntil?.PlusDays(1) ?? (Validity.HasValue ? a.AssessedOn.PlusMonths(Validity.Value) : null);
                if (end is { } e && m >= ConditionMonth(e, rule))
                {
                    return -1;
                }

                if (a.Level is { } level)
                {
                    return (int)level;
                }

                return Mapping.HasValue ? (int)Mapping.Value.Map(a.LegacyLevel!.Value) : -1;
            }

            return -1;
        }

        private static int Index(string code) =>
            code == StackingTable.InstitutionalCare ? InstitutionalIndex : ElderlyBenefits.TryParse(code, out var b) ? (int)b : InstitutionalIndex;

        private static ParameterValue<T> At<T>(ParameterTimeline<T>? t, LocalDate d) => t?.At(d) ?? default;
    }
}

/// <summary>One benefit in one month.</summary>
internal struct BenefitMonth
{
    public decimal PerPeriod;
    public decimal Due;
    public decimal Hours;
    public int Unmet;
    public int PaidIn;
    public BenefitPeriod Period;
    public StackingOutcome Stacking;
    public sbyte StackedWith;
    public bool Arrears;
    public bool HasHours;
}

/// <summary>The eight benefits of one month, inline.</summary>
[InlineArray(ElderlyBenefits.Count)]
internal struct MonthSet
{
    private BenefitMonth _element;
}
