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
public sealed partial class CommunityWorkerPayCalculator
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
            // The worker is validated as its own root; its paths are written from the request, as the caller wrote them.
            return RuleResult<AnnualPayOutcome>.Invalid([.. failures.Select(f => f with { PropertyPath = OfWorker(f.PropertyPath) })], stamp);
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
                $"{year}年报酬合计{N(outcome.Total)}元（各月之和；基本报酬{N(outcome.Basic)}元，绩效报酬{N(outcome.Performance)}元，津贴{N(outcome.Allowance)}元）；折算全时{N(outcome.FullTimeEquivalentMonths)}个月。",
                $"Pay for {year}: {N(outcome.Total)} yuan (the sum of the months; basic {N(outcome.Basic)}, performance {N(outcome.Performance)}, allowance {N(outcome.Allowance)}); {N(outcome.FullTimeEquivalentMonths)} full-time-equivalent months."),
            null,
            ExplanationBuilder.Value("total", outcome.Total),
            ExplanationBuilder.Value("fteMonths", outcome.FullTimeEquivalentMonths));
        return RuleResult<AnnualPayOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    private static string OfWorker(string path) =>
        path.Length == 0 ? nameof(AnnualPayRequest.Worker) : nameof(AnnualPayRequest.Worker) + "." + path;

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

        return Validator.Validate(context).ToFailures<CommunityWorker>();
    }

    private static Results.ValidationFailure DateFailure(ErrorDescriptor error, LocalDate date) => error.ForAsOf(date);

    private static Results.ValidationFailure YearFailure(ErrorDescriptor error, int year) =>
        error.For("Year", year.ToString(CultureInfo.InvariantCulture));
}
