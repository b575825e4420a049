using System.Globalization;
using FluentValidation;
using Governance.Rules.Localization;
using Governance.Rules.Money;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using Governance.Rules.Validation;
using NodaTime;

namespace Governance.Rules.Compensation;

/// <summary>
/// Community-worker grade placement and pay on the 三岗十八级 scale: the grade on a date, the monthly pay on a
/// date, and the pay of a calendar year month by month.
/// </summary>
/// <remarks>
/// <para>Grade = the post's entry grade + one step per full <c>pay.years_per_grade_step</c> years of counted
/// service (service years plus degree credit) + the highest qualification's uplift, clamped to the post's range.
/// Counted service is computed to the day: the days of every service period up to the date, less the days of
/// 不合格 appraisal years when the pack says they do not count. <b>Service-year rule</b> (服务年限按周年计算):
/// the counted days are laid end to end ending on the date; a service year completes on the anniversary of
/// their first day (29 February anniversaries fall on 1 March in common years); an incomplete year does not
/// count (不满一年不计).</para>
/// <para>On a post change the pack's <c>pay.post_change_rule</c> maps the grade (default: keep the grade held,
/// without qualification uplift, raised to the new post's minimum or cut to its maximum; later steps count from
/// the change date). The grade history is re-derived under the policy in force on the evaluation date.</para>
/// <para>Monthly pay = base amount × grade coefficient, rounded to the fen by <c>pay.fen_rounding</c>; basic pay =
/// that standard × the basic share, rounded the same way; performance pay = standard − basic (forfeited in a
/// 不合格 year when the pack says so); plus the highest qualification's allowance where the pack has one.</para>
/// <para><b>Partial-month rule</b> (按当月日历天数折算): a month's pay is the sum over its days in service of each
/// day's monthly rate ÷ the days of the calendar month, computed separately for basic, performance and allowance and
/// rounded to the fen by the pack's rule; the annual total is the sum of the twelve months.</para>
/// <para>Suzhou's three posts and their ranges are reported (三岗十八级 in the 2022 article of the Suzhou Civil Affairs
/// Bureau's director; ranges from the widely adopted generic model); its base amount and coefficients are placeholders.
/// Thread-safe and pure.</para>
/// </remarks>
public sealed class CommunityWorkerPayCalculator
{
    private static readonly CommunityWorkerValidator Validator = new();

    private readonly RulePack _pack;
    private readonly IClock _clock;
    private readonly PolicyTimeline<PayPolicy> _policies;

    /// <summary>Creates a calculator over <paramref name="pack"/>.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock that says what "today" is when no as-of date is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CommunityWorkerPayCalculator(RulePack pack, IClock clock)
    {
        _pack = Guard.NotNull(pack);
        _clock = Guard.NotNull(clock);
        var posts = pack.Timeline(PayParameters.Posts);
        var years = pack.Timeline(PayParameters.YearsPerGradeStep);
        var degrees = pack.Timeline(PayParameters.DegreeCreditYears);
        var quals = pack.Timeline(PayParameters.QualificationUplift);
        var failedCounts = pack.Timeline(PayParameters.FailedAppraisalYearCounts);
        var change = pack.Timeline(PayParameters.PostChangeRule);
        var coefficients = pack.Timeline(PayParameters.GradeCoefficients);
        var baseAmount = pack.Timeline(PayParameters.BaseAmount);
        var split = pack.Timeline(PayParameters.Split);
        var forfeits = pack.Timeline(PayParameters.FailedAppraisalForfeitsPerformance);
        var rounding = pack.Timeline(PayParameters.FenRoundingRule);
        var allowance = pack.Timeline(PayParameters.QualificationAllowance);
        _policies = new PolicyTimeline<PayPolicy>(
            [posts, years, degrees, quals, failedCounts, change, coefficients, baseAmount, split, forfeits, rounding, allowance],
            date =>
            {
                var p = posts?.At(date) ?? default;
                var y = years?.At(date) ?? default;
                var f = failedCounts?.At(date) ?? default;
                var c = change?.At(date) ?? default;
                if (!p.HasValue || !y.HasValue || !f.HasValue || !c.HasValue)
                {
                    return null;
                }

                return new PayPolicy(
                    p, y, degrees?.At(date) ?? default, quals?.At(date) ?? default, f, c,
                    coefficients?.At(date) ?? default, baseAmount?.At(date) ?? default, split?.At(date) ?? default,
                    forfeits?.At(date) ?? default, rounding?.At(date) ?? default, allowance?.At(date) ?? default);
            });
    }

    /// <summary>The pack the calculator reads.</summary>
    public RulePack Pack => _pack;

    /// <summary>The worker's grade on <paramref name="date"/>, allocation-free and without explanation.</summary>
    /// <param name="worker">The worker.</param>
    /// <param name="date">The date.</param>
    /// <returns>The grade, or a status saying why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="worker"/> is null.</exception>
    public PayGrade Grade(CommunityWorker worker, LocalDate date)
    {
        Guard.NotNull(worker);
        if (!InputLimits.Contains(date))
        {
            return new PayGrade(PayStatus.InvalidInput);
        }

        var policy = _policies.At(date);
        if (policy is null)
        {
            return new PayGrade(PayStatus.NoPolicyInForce);
        }

        return policy.IsUsable(worker) ? policy.Grade(worker, date) : new PayGrade(PayStatus.InvalidInput);
    }

    /// <summary>
    /// The worker's monthly pay on <paramref name="date"/> (grade, standard, basic, performance, allowance), allocation-free
    /// and without explanation. Amounts are rounded to the fen by the pack's <c>pay.fen_rounding</c> rule.
    /// </summary>
    /// <param name="worker">The worker.</param>
    /// <param name="date">The date.</param>
    /// <returns>The monthly pay, or a status saying why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="worker"/> is null.</exception>
    public MonthlyPayFigures MonthlyPay(CommunityWorker worker, LocalDate date)
    {
        Guard.NotNull(worker);
        if (!InputLimits.Contains(date))
        {
            return new MonthlyPayFigures(PayStatus.InvalidInput);
        }

        var policy = _policies.At(date);
        if (policy is null || !policy.PayComplete || !policy.ScaleConsistent)
        {
            return new MonthlyPayFigures(PayStatus.NoPolicyInForce);
        }

        if (!policy.IsUsable(worker))
        {
            return new MonthlyPayFigures(PayStatus.InvalidInput);
        }

        var grade = policy.Grade(worker, date);
        if (grade.Status != PayStatus.Computed || !PayPolicy.InService(worker, date))
        {
            return new MonthlyPayFigures(PayStatus.NotInService) { Grade = grade };
        }

        return policy.Pay(worker, date, grade);
    }

    /// <summary>Places the worker on the scale on the as-of date, with every contribution explained.</summary>
    /// <param name="worker">The worker.</param>
    /// <param name="options">The as-of date and whether to explain; defaults to today with an explanation.</param>
    /// <returns>The placement, or the validation failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="worker"/> is null.</exception>
    public RuleResult<PayGradeOutcome> EvaluateGrade(CommunityWorker worker, EvaluationOptions? options = null)
    {
        Guard.NotNull(worker);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<PayGradeOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var policy = _policies.At(asOf);
        if (policy is null)
        {
            return RuleResult<PayGradeOutcome>.Invalid([DateFailure(PayErrors.NoPolicy, asOf)], stamp);
        }

        var failures = Validate(worker, policy, asOf);
        if (failures.Count > 0)
        {
            return RuleResult<PayGradeOutcome>.Invalid(failures, stamp);
        }

        var x = new ExplanationBuilder(options.Explain);
        var outcome = ExplainGrade(worker, asOf, policy, x, out _);
        return RuleResult<PayGradeOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    /// <summary>
    /// The worker's monthly pay on the as-of date, explained: base × coefficient, the basic/performance split, any
    /// forfeit and allowance, each rounded to the fen by the pack's rule.
    /// </summary>
    /// <param name="worker">The worker.</param>
    /// <param name="options">The as-of date and whether to explain; defaults to today with an explanation.</param>
    /// <returns>The monthly pay, or the validation failures (including a date outside every service period).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="worker"/> is null.</exception>
    public RuleResult<MonthlyPayOutcome> EvaluateMonthlyPay(CommunityWorker worker, EvaluationOptions? options = null)
    {
        Guard.NotNull(worker);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<MonthlyPayOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var policy = _policies.At(asOf);
        if (policy is null || !policy.PayComplete)
        {
            return RuleResult<MonthlyPayOutcome>.Invalid([DateFailure(PayErrors.NoPolicy, asOf)], stamp);
        }

        if (!policy.ScaleConsistent)
        {
            return RuleResult<MonthlyPayOutcome>.Invalid([DateFailure(PayErrors.ScaleInconsistent, asOf)], stamp);
        }

        var failures = Validate(worker, policy, asOf);
        if (failures.Count > 0)
        {
            return RuleResult<MonthlyPayOutcome>.Invalid(failures, stamp);
        }

        if (!PayPolicy.InService(worker, asOf))
        {
            return RuleResult<MonthlyPayOutcome>.Invalid([DateFailure(PayErrors.NotInService, asOf)], stamp);
        }

        var x = new ExplanationBuilder(options.Explain);
        var grade = ExplainGrade(worker, asOf, policy, x, out var placed);
        var figures = policy.Pay(worker, asOf, placed);
        ExplainPay(policy, figures, x);
        var outcome = new MonthlyPayOutcome
        {
            Grade = grade,
            BaseAmount = figures.BaseAmount,
            Coefficient = figures.Coefficient,
            Standard = figures.Standard,
            Basic = figures.Basic,
            Performance = figures.Performance,
            PerformanceForfeited = figures.PerformanceForfeited,
            Allowance = figures.Allowance,
            Total = figures.Total,
            Rounding = policy.Rounding.Value,
        };
        return RuleResult<MonthlyPayOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    /// <summary>
    /// The worker's pay for a calendar year, month by month: days out of service earn nothing, and a month with a
    /// hire, a gap, a grade step or a post change is pro-rated by calendar days (按当月日历天数折算); the annual total
    /// is the sum of the months.
    /// </summary>
    /// <param name="request">The worker and the year.</param>
    /// <param name="options">The as-of date recorded in the stamp and whether to explain.</param>
    /// <returns>The annual pay, or the validation failures (including a year outside the pack's timeline).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RuleResult<AnnualPayOutcome> EvaluateAnnualPay(AnnualPayRequest request, EvaluationOptions? options = null)
    {
        Guard.NotNull(request);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<AnnualPayOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        if (request.Worker is not { } worker)
        {
            return RuleResult<AnnualPayOutcome>.Invalid([PayErrors.WorkerMissing.For(nameof(AnnualPayRequest.Worker), null)], stamp);
        }

        var year = request.Year;
        if (year is < PayLimits.MinYear or > PayLimits.MaxYear)
        {
            return RuleResult<AnnualPayOutcome>.Invalid([YearFailure(PayErrors.YearInvalid, year)], stamp);
        }

        var start = new LocalDate(year, 1, 1);
        var first = _policies.At(start);
        if (first is null || !first.PayComplete)
        {
            return RuleResult<AnnualPayOutcome>.Invalid([YearFailure(PayErrors.YearOutsideTimeline, year)], stamp);
        }

        var failures = Validate(worker, first, null);
        if (failures.Count > 0)
        {
            return RuleResult<AnnualPayOutcome>.Invalid(failures, stamp);
        }

        var x = new ExplanationBuilder(options.Explain);
        var months = new MonthPay[12];
        var seen = new HashSet<PayPolicy>(ReferenceEqualityComparer.Instance);
        decimal fte = 0m;
        for (var m = 1; m <= 12; m++)
        {
            var month = new YearMonth(year, m);
            var dim = month.Calendar.GetDaysInMonth(year, m);
            decimal basic = 0m, performance = 0m, forfeited = 0m, allowance = 0m;
            var paid = 0;
            var segments = new List<PaySegment>();
            for (var day = 1; day <= dim; day++)
            {
                var d = new LocalDate(year, m, day);
                if (!PayPolicy.InService(worker, d))
                {
                    continue;
                }

                var policy = _policies.At(d);
                if (policy is null || !policy.PayComplete || !policy.ScaleConsistent)
                {
                    return RuleResult<AnnualPayOutcome>.Invalid([YearFailure(PayErrors.YearOutsideTimeline, year)], stamp);
                }

                if (seen.Add(policy))
                {
                    if (!policy.IsUsable(worker))
                    {
                        return RuleResult<AnnualPayOutcome>.Invalid(Validate(worker, policy, null), stamp);
                    }

                    ExplainPolicy(policy, worker.Posts.Count > 1, x);
                }

                var grade = policy.Grade(worker, d);
                var f = policy.Pay(worker, d, grade);
                paid++;
                basic += f.Basic;
                performance += f.Performance;
                forfeited += f.PerformanceForfeited;
                allowance += f.Allowance;
                if (segments.Count > 0 && segments[^1] is { } last && last.To == d.PlusDays(-1) && ReferenceEquals(last.Post, grade.Post) && last.Grade == grade.Grade && last.MonthlyTotal == f.Total)
                {
                    segments[^1] = last with { To = d };
                }
                else
                {
                    segments.Add(new PaySegment(d, d, grade.Post!, grade.Grade, f.Total));
                }
            }

            var rule = _policies.At(month.OnDayOfMonth(dim))?.FenRule ?? first.FenRule;
            var mb = MoneyMath.ToFen(basic / dim, rule);
            var mp = MoneyMath.ToFen(performance / dim, rule);
            var mf = MoneyMath.ToFen(forfeited / dim, rule);
            var ma = MoneyMath.ToFen(allowance / dim, rule);
            months[m - 1] = new MonthPay
            {
                Month = month,
                DaysInMonth = dim,
                DaysPaid = paid,
                Segments = segments,
                Basic = mb,
                Performance = mp,
                PerformanceForfeited = mf,
                Allowance = ma,
                Total = mb + mp + ma,
            };
            fte += (decimal)paid / dim;
            ExplainMonth(months[m - 1], x);
        }

        var outcome = new AnnualPayOutcome
        {
            WorkerId = worker.Id,
            Year = year,
            Months = months,
            Basic = months.Sum(m => m.Basic),
            Performance = months.Sum(m => m.Performance),
            PerformanceForfeited = months.Sum(m => m.PerformanceForfeited),
            Allowance = months.Sum(m => m.Allowance),
            Total = months.Sum(m => m.Total),
            FullTimeEquivalentMonths = Math.Round(fte, 4, MidpointRounding.AwayFromZero),
            Rounding = first.Rounding.Value,
        };
        x.Step(
            "pay.annual-total",
            () => new LocalizedText(
                $"{year} 年报酬合计 {N(outcome.Total)} 元（各月之和；基本报酬 {N(outcome.Basic)} 元，绩效报酬 {N(outcome.Performance)} 元，津贴 {N(outcome.Allowance)} 元）；折算全时 {N(outcome.FullTimeEquivalentMonths)} 个月。",
                $"Pay for {year}: {N(outcome.Total)} yuan (the sum of the months; basic {N(outcome.Basic)}, performance {N(outcome.Performance)}, allowance {N(outcome.Allowance)}); {N(outcome.FullTimeEquivalentMonths)} full-time-equivalent months."),
            null,
            ExplanationBuilder.Value("total", outcome.Total),
            ExplanationBuilder.Value("fteMonths", outcome.FullTimeEquivalentMonths));
        return RuleResult<AnnualPayOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    private static IReadOnlyList<Results.ValidationFailure> Validate(CommunityWorker worker, PayPolicy policy, LocalDate? asOf)
    {
        var context = new ValidationContext<CommunityWorker>(worker);
        context.RootContextData[CommunityWorkerValidator.PostsKey] = policy.Posts.Value;
        if (policy.Degrees.HasValue)
        {
            context.RootContextData[CommunityWorkerValidator.DegreesKey] = policy.Degrees.Value;
        }

        if (policy.Qualifications.HasValue)
        {
            context.RootContextData[CommunityWorkerValidator.QualificationsKey] = policy.Qualifications.Value;
        }

        if (asOf is { } d)
        {
            context.RootContextData[CommunityWorkerValidator.AsOfKey] = d;
        }

        return Validator.Validate(context).ToFailures();
    }

    private static Results.ValidationFailure DateFailure(ErrorDescriptor error, LocalDate date) => error.ForAsOf(date);

    private static Results.ValidationFailure YearFailure(ErrorDescriptor error, int year) =>
        error.For("Year", year.ToString(CultureInfo.InvariantCulture));

    private static PayGradeOutcome ExplainGrade(CommunityWorker worker, LocalDate date, PayPolicy policy, ExplanationBuilder x, out PayGrade placed)
    {
        var changes = new List<PostChange>();
        var g = policy.Grade(worker, date, changes);
        placed = g;
        var post = g.Post!;
        var step = policy.YearsPerStep.Value;
        x.Step(
            "pay.post",
            () => new LocalizedText(
                $"{ExplanationBuilder.Date(date)} 所在岗位：{post.Name.ZhHans}，等级区间 {post.MinGrade}–{post.MaxGrade} 级。",
                $"Post on {ExplanationBuilder.Date(date)}: {post.Name.En}, grades {post.MinGrade}–{post.MaxGrade}."),
            [policy.Posts.Info]);
        x.Step(
            "pay.service-years",
            () => new LocalizedText(
                $"计入的社区工作年限：{g.CountedServiceDays} 天，按周年计满 {g.CountedServiceYears} 年（不满一年不计；各段经历首尾相接按周年计算，间断期间不计{(policy.FailedYearCounts.Value ? "" : "，考核不合格年度不计")}）；学历折算 {g.DegreeCreditYears} 年；每 {step} 年一档，共 ({g.CountedServiceYears} + {g.DegreeCreditYears}) ÷ {step} = {g.Steps} 档（向下取整）。",
                $"Counted service: {g.CountedServiceDays} days, {g.CountedServiceYears} completed years by anniversary (incomplete years do not count; periods are laid end to end, gaps do not count{(policy.FailedYearCounts.Value ? "" : ", nor do 不合格 appraisal years")}); degree credit {g.DegreeCreditYears} years; one step per {step} years: ({g.CountedServiceYears} + {g.DegreeCreditYears}) ÷ {step} = {g.Steps} steps (rounded down)."),
            [policy.YearsPerStep.Info, policy.FailedYearCounts.Info, policy.Degrees.Info],
            ExplanationBuilder.Value("countedDays", g.CountedServiceDays),
            ExplanationBuilder.Value("serviceYears", g.CountedServiceYears),
            ExplanationBuilder.Value("degreeCreditYears", g.DegreeCreditYears),
            ExplanationBuilder.Value("steps", g.Steps));
        foreach (var c in changes)
        {
            x.Step(
                "pay.post-change",
                () => new LocalizedText(
                    c.Rule == PostChangeRules.KeepGradeWithinRange
                        ? $"{ExplanationBuilder.Date(c.Date)} 由{c.From.Name.ZhHans}调整为{c.To.Name.ZhHans}：保留原等级 {c.GradeBefore} 级{(c.RaisedToMinimum ? $"，提高至新岗位起点 {c.To.MinGrade} 级" : c.CutToMaximum ? $"，截至新岗位上限 {c.To.MaxGrade} 级" : "")}，此后按满档年限继续晋档。"
                        : $"{ExplanationBuilder.Date(c.Date)} 由{c.From.Name.ZhHans}调整为{c.To.Name.ZhHans}：按新岗位重新定级，起点 {c.To.MinGrade} 级加全部计入年限的档数。",
                    c.Rule == PostChangeRules.KeepGradeWithinRange
                        ? $"{ExplanationBuilder.Date(c.Date)} {c.From.Name.En} → {c.To.Name.En}: the grade {c.GradeBefore} is kept{(c.RaisedToMinimum ? $", raised to the new post's minimum {c.To.MinGrade}" : c.CutToMaximum ? $", cut to the new post's maximum {c.To.MaxGrade}" : "")}; later steps count from this date."
                        : $"{ExplanationBuilder.Date(c.Date)} {c.From.Name.En} → {c.To.Name.En}: placed afresh from the new post's entry grade {c.To.MinGrade} plus the steps of all counted service."),
                [policy.PostChangeRule.Info],
                ExplanationBuilder.Value("gradeBefore", c.GradeBefore),
                ExplanationBuilder.Value("gradeAfter", c.GradeAfter));
        }

        x.Step(
            "pay.qualification-uplift",
            () => g.Qualification is { } q
                ? new LocalizedText($"持有的最高职业资格：{q.Name.ZhHans}，在岗位区间内上浮 {q.Uplift} 级（只取最高一项，不累加）。", $"Highest qualification held: {q.Name.En}, +{q.Uplift} grades within the post's range (highest only, never cumulative).")
                : new LocalizedText("未持有可上浮等级的职业资格。", "No qualification that raises the grade is held."),
            [policy.Qualifications.Info],
            ExplanationBuilder.Value("uplift", g.QualificationUplift));
        x.Step(
            "pay.grade",
            () =>
            {
                var zh = $"等级 = {g.AnchorGrade}（{(changes.Count == 0 ? "岗位起点" : "调岗后等级")}）+ {g.StepsSinceAnchor} 档 + {g.QualificationUplift}（资格上浮）= {g.UnclampedGrade}";
                var en = $"Grade = {g.AnchorGrade} ({(changes.Count == 0 ? "the post's entry grade" : "grade after the post change")}) + {g.StepsSinceAnchor} steps + {g.QualificationUplift} (qualification) = {g.UnclampedGrade}";
                if (g.CutToMaximum)
                {
                    zh += $"，截至岗位上限 {post.MaxGrade} 级";
                    en += $", cut to the post's maximum {post.MaxGrade}";
                }
                else if (g.RaisedToMinimum)
                {
                    zh += $"，提高至岗位起点 {post.MinGrade} 级";
                    en += $", raised to the post's minimum {post.MinGrade}";
                }

                zh += $"；定为 {g.Grade} 级。" + (g.NextStepDate is { } n ? $"如连续计入工作年限，下一档于 {ExplanationBuilder.Date(n)} 晋升。" : "无可预期的下一次晋档（已达岗位上限或不在岗）。");
                en += $"; grade {g.Grade}. " + (g.NextStepDate is { } m ? $"With continued counted service the next step falls on {ExplanationBuilder.Date(m)}." : "No next step is due (at the post's ceiling or not in service).");
                return new LocalizedText(zh, en);
            },
            null,
            ExplanationBuilder.Value("grade", g.Grade),
            ExplanationBuilder.Value("unclamped", g.UnclampedGrade),
            ExplanationBuilder.Value("nextStep", g.NextStepDate is { } ns ? ExplanationBuilder.Date(ns) : "none"));
        return new PayGradeOutcome
        {
            WorkerId = worker.Id,
            Date = date,
            Post = post,
            Grade = g.Grade,
            AnchorGrade = g.AnchorGrade,
            CountedServiceDays = g.CountedServiceDays,
            CountedServiceYears = g.CountedServiceYears,
            DegreeCreditYears = g.DegreeCreditYears,
            YearsPerStep = step,
            Steps = g.Steps,
            StepsSinceAnchor = g.StepsSinceAnchor,
            Qualification = g.Qualification,
            QualificationUplift = g.QualificationUplift,
            UnclampedGrade = g.UnclampedGrade,
            CutToMaximum = g.CutToMaximum,
            RaisedToMinimum = g.RaisedToMinimum,
            NextStepDate = g.NextStepDate,
            PostChanges = changes,
        };
    }

    private static void ExplainPay(PayPolicy policy, MonthlyPayFigures f, ExplanationBuilder x)
    {
        var rule = policy.Rounding.Value;
        x.Step(
            "pay.standard",
            () => new LocalizedText(
                $"月报酬标准 = 基数 {N(f.BaseAmount)} 元 × {f.Grade.Grade} 级系数 {N(f.Coefficient)} = {N(f.Standard)} 元（按“{RoundingZh(rule)}”保留到分）。",
                $"Monthly standard = base {N(f.BaseAmount)} × grade {f.Grade.Grade} coefficient {N(f.Coefficient)} = {N(f.Standard)} yuan (rounded to the fen, '{rule}')."),
            [policy.BaseAmount.Info, policy.Coefficients.Info, policy.Rounding.Info],
            ExplanationBuilder.Value("standard", f.Standard));
        x.Step(
            "pay.split",
            () => new LocalizedText(
                $"基本报酬 = {N(f.Standard)} × {N(policy.Split.Value.BasicShare)} = {N(f.Basic)} 元；绩效报酬 = {N(f.Standard)} − {N(f.Basic)} = {N(f.Performance + f.PerformanceForfeited)} 元{(f.PerformanceForfeited > 0 ? $"，因当年考核不合格全部扣除（{N(f.PerformanceForfeited)} 元）" : "")}。",
                $"Basic = {N(f.Standard)} × {N(policy.Split.Value.BasicShare)} = {N(f.Basic)}; performance = {N(f.Standard)} − {N(f.Basic)} = {N(f.Performance + f.PerformanceForfeited)}{(f.PerformanceForfeited > 0 ? $", forfeited in full ({N(f.PerformanceForfeited)}) for the year's 不合格 appraisal" : "")}."),
            [policy.Split.Info, policy.Forfeits.Info],
            ExplanationBuilder.Value("basic", f.Basic),
            ExplanationBuilder.Value("performance", f.Performance));
        x.Step(
            "pay.allowance",
            () => new LocalizedText(
                policy.Allowance.HasValue ? $"职业资格津贴 {N(f.Allowance)} 元/月（按最高资格）；月报酬合计 {N(f.Total)} 元。" : $"规则包未设职业资格津贴；月报酬合计 {N(f.Total)} 元。",
                policy.Allowance.HasValue ? $"Qualification allowance {N(f.Allowance)} yuan a month (highest qualification); monthly pay {N(f.Total)}." : $"The pack sets no qualification allowance; monthly pay {N(f.Total)}."),
            [policy.Allowance.Info],
            ExplanationBuilder.Value("total", f.Total));
    }

    private static void ExplainPolicy(PayPolicy policy, bool changesPost, ExplanationBuilder x)
    {
        // The post-change rule is used (and warned about) only for a worker who changes post.
        var entries = policy.GradeEntries.Where(e => changesPost || e != policy.PostChangeRule.Info).Concat(policy.PayEntries).ToArray();
        x.Step(
            "pay.policy",
            () => new LocalizedText(
                $"适用规则：每 {policy.YearsPerStep.Value} 年一档；基数 {N(policy.BaseAmount.Value)} 元/月；基本/绩效 {N(policy.Split.Value.BasicShare)}/{N(policy.Split.Value.PerformanceShare)}；按“{RoundingZh(policy.Rounding.Value)}”保留到分；不足整月的按当月日历天数折算。",
                $"Rules applied: one step per {policy.YearsPerStep.Value} years; base {N(policy.BaseAmount.Value)} yuan a month; basic/performance {N(policy.Split.Value.BasicShare)}/{N(policy.Split.Value.PerformanceShare)}; rounded to the fen '{policy.Rounding.Value}'; partial months pro-rated by calendar days."),
            entries);
    }

    private static void ExplainMonth(MonthPay month, ExplanationBuilder x)
    {
        if (!x.Explaining)
        {
            return;
        }

        var m = month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var segZh = string.Join("；", month.Segments.Select(s => $"{ExplanationBuilder.Date(s.From)}–{ExplanationBuilder.Date(s.To)} {s.Post.Name.ZhHans} {s.Grade} 级 月标准 {N(s.MonthlyTotal)} 元"));
        var segEn = string.Join("; ", month.Segments.Select(s => $"{ExplanationBuilder.Date(s.From)}–{ExplanationBuilder.Date(s.To)} {s.Post.Name.En} grade {s.Grade} at {N(s.MonthlyTotal)} a month"));
        x.Step(
            "pay.month",
            () => month.DaysPaid == 0
                ? new LocalizedText($"{m}：当月不在岗，无报酬。", $"{m}: not in service, no pay.")
                : new LocalizedText(
                    $"{m}：在岗 {month.DaysPaid}/{month.DaysInMonth} 天（{segZh}），按日历天数折算得 {N(month.Total)} 元{(month.PerformanceForfeited > 0 ? $"，扣除绩效 {N(month.PerformanceForfeited)} 元" : "")}。",
                    $"{m}: {month.DaysPaid}/{month.DaysInMonth} days in service ({segEn}), pro-rated by calendar days to {N(month.Total)} yuan{(month.PerformanceForfeited > 0 ? $", performance forfeited {N(month.PerformanceForfeited)}" : "")}."),
            null,
            ExplanationBuilder.Value("month", m),
            ExplanationBuilder.Value("total", month.Total));
    }

    internal static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string RoundingZh(string rule) => rule switch
    {
        PayRounding.Down => "舍去",
        PayRounding.Up => "进位",
        _ => "四舍五入",
    };
}
