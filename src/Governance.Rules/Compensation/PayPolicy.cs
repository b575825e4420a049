using Governance.Rules.Validation;
using Governance.Rules.Citations;
using Governance.Rules.Money;
using Governance.Rules.Packs;
using Governance.Rules.Time;
using NodaTime;

namespace Governance.Rules.Compensation;

/// <summary>The pay policy in force over one stretch of time, and the allocation-free grade and pay arithmetic.</summary>
internal sealed class PayPolicy
{
    /// <summary>The 29 February rule of service anniversaries: a service year started on 29 February completes on 1 March in a common year.</summary>
    public const LeapDayRule ServiceLeapDayRule = LeapDayRule.March1;

    public PayPolicy(
        ParameterValue<PayPostTable> posts,
        ParameterValue<int> yearsPerStep,
        ParameterValue<DegreeCreditTable> degrees,
        ParameterValue<QualificationTable> qualifications,
        ParameterValue<bool> failedYearCounts,
        ParameterValue<string> postChangeRule,
        ParameterValue<GradeCoefficientTable> coefficients,
        ParameterValue<decimal> baseAmount,
        ParameterValue<PaySplit> split,
        ParameterValue<bool> forfeits,
        ParameterValue<string> rounding,
        ParameterValue<QualificationAllowanceTable> allowance)
    {
        Posts = posts;
        YearsPerStep = yearsPerStep;
        Degrees = degrees;
        Qualifications = qualifications;
        FailedYearCounts = failedYearCounts;
        PostChangeRule = postChangeRule;
        Coefficients = coefficients;
        BaseAmount = baseAmount;
        Split = split;
        Forfeits = forfeits;
        Rounding = rounding;
        Allowance = allowance;
        PayComplete = coefficients.HasValue && baseAmount.HasValue && split.HasValue && forfeits.HasValue && rounding.HasValue;
        ScaleConsistent = !PayComplete || posts.Value.HighestGrade <= coefficients.Value.HighestGrade;
        FenRule = rounding.Value switch
        {
            PayRounding.Down => FenRounding.Down,
            PayRounding.Up => FenRounding.Up,
            _ => FenRounding.HalfUp,
        };
        if (PayComplete && ScaleConsistent)
        {
            // Monthly amounts per grade, rounded once here: evaluating pay is then a lookup.
            var grades = coefficients.Value.HighestGrade;
            _standard = new decimal[grades + 1];
            _basic = new decimal[grades + 1];
            for (var g = 1; g <= grades; g++)
            {
                _standard[g] = MoneyMath.ToFen(baseAmount.Value * coefficients.Value.UncheckedCoefficient(g), FenRule);
                _basic[g] = MoneyMath.ToFen(_standard[g] * split.Value.BasicShare, FenRule);
            }
        }

        GradeUsesPlaceholder = GradeEntries.Any(i => i != PostChangeRule.Info && i?.Provenance == Provenance.Placeholder);
        PostChangeRuleIsPlaceholder = PostChangeRule.Info?.Provenance == Provenance.Placeholder;
        PayUsesPlaceholder = PayEntries.Any(i => i?.Provenance == Provenance.Placeholder);
    }

    private readonly decimal[] _standard = [];
    private readonly decimal[] _basic = [];

    public ParameterValue<PayPostTable> Posts { get; }

    public ParameterValue<int> YearsPerStep { get; }

    public ParameterValue<DegreeCreditTable> Degrees { get; }

    public ParameterValue<QualificationTable> Qualifications { get; }

    public ParameterValue<bool> FailedYearCounts { get; }

    public ParameterValue<string> PostChangeRule { get; }

    public ParameterValue<GradeCoefficientTable> Coefficients { get; }

    public ParameterValue<decimal> BaseAmount { get; }

    public ParameterValue<PaySplit> Split { get; }

    public ParameterValue<bool> Forfeits { get; }

    public ParameterValue<string> Rounding { get; }

    public ParameterValue<QualificationAllowanceTable> Allowance { get; }

    public bool PayComplete { get; }

    public bool ScaleConsistent { get; }

    public FenRounding FenRule { get; }

    public bool GradeUsesPlaceholder { get; }

    public bool PostChangeRuleIsPlaceholder { get; }

    public bool PayUsesPlaceholder { get; }

    public IEnumerable<ParameterValueInfo?> GradeEntries =>
        [Posts.Info, YearsPerStep.Info, Degrees.Info, Qualifications.Info, FailedYearCounts.Info, PostChangeRule.Info];

    public IEnumerable<ParameterValueInfo?> PayEntries =>
        [Coefficients.Info, BaseAmount.Info, Split.Info, Forfeits.Info, Rounding.Info, Allowance.Info];

    /// <summary>Cheap structural and code checks of a worker (no allocation); the validator gives the reasons.</summary>
    public bool IsUsable(CommunityWorker w)
    {
        var service = w.Service;
        var posts = w.Posts;
        var quals = w.Qualifications;
        var failed = w.FailedAppraisalYears;
        if (service is null || service.Count == 0 || posts is null || posts.Count == 0 || string.IsNullOrEmpty(w.Id) || w.Id.Length > 64
            || quals is null || failed is null || service.Count > PayLimits.MaxHistoryEntries || posts.Count > PayLimits.MaxHistoryEntries
            || quals.Count > PayLimits.MaxHistoryEntries || failed.Count > PayLimits.MaxHistoryEntries
            || (w.BirthDate is { } born && !InputLimits.Contains(born)))
        {
            return false;
        }

        LocalDate? previousEnd = null;
        for (var i = 0; i < service.Count; i++)
        {
            var p = service[i];
            if ((p.End is { } end && (end < p.Start || !InputLimits.Contains(end))) || !InputLimits.Contains(p.Start))
            {
                return false;
            }

            if (i > 0 && (previousEnd is not { } pe || p.Start <= pe))
            {
                return false;
            }

            previousEnd = p.End;
        }

        if (posts[0].From > service[0].Start)
        {
            return false;
        }

        for (var i = 0; i < posts.Count; i++)
        {
            if (!Posts.Value.TryGet(posts[i].Post, out _) || !InputLimits.Contains(posts[i].From) || (i > 0 && posts[i].From <= posts[i - 1].From))
            {
                return false;
            }
        }

        if (w.Degree is { } degree && (!Degrees.HasValue || !Degrees.Value.TryGet(degree, out _)))
        {
            return false;
        }

        for (var i = 0; i < quals.Count; i++)
        {
            if (!Qualifications.HasValue || !Qualifications.Value.TryGet(quals[i].Qualification, out _) || !InputLimits.Contains(quals[i].Obtained)
                || (w.BirthDate is { } birth && quals[i].Obtained < birth))
            {
                return false;
            }
        }

        for (var i = 0; i < failed.Count; i++)
        {
            if (failed[i] is < PayLimits.MinYear or > PayLimits.MaxYear)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (failed[j] == failed[i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Counted service days from the hire date up to and including <paramref name="date"/>.</summary>
    public int CountedDays(CommunityWorker w, LocalDate date)
    {
        var total = 0;
        var service = w.Service;
        var failed = w.FailedAppraisalYears;
        var excludeFailed = !FailedYearCounts.Value && failed is { Count: > 0 };
        for (var i = 0; i < service.Count; i++)
        {
            var p = service[i];
            if (p.Start > date)
            {
                break;
            }

            var end = p.End is { } e && e < date ? e : date;
            total += Period.DaysBetween(p.Start, end) + 1;
            if (excludeFailed)
            {
                for (var j = 0; j < failed!.Count; j++)
                {
                    var y = failed[j];
                    if (y < p.Start.Year || y > end.Year)
                    {
                        continue;
                    }

                    var s = y == p.Start.Year ? p.Start : new LocalDate(y, 1, 1);
                    var f = y == end.Year ? end : new LocalDate(y, 12, 31);
                    total -= Period.DaysBetween(s, f) + 1;
                }
            }
        }

        return total;
    }

    /// <summary>Completed counted service years on <paramref name="date"/> (service anniversary rule) and the day they count from.</summary>
    public static int CompletedYears(int countedDays, LocalDate date, out LocalDate effectiveStart)
    {
        effectiveStart = date.PlusDays(1 - countedDays);
        return countedDays <= 0 ? 0 : Ages.CompletedYears(effectiveStart, date, ServiceLeapDayRule);
    }

    public int DegreeCredit(CommunityWorker w) =>
        w.Degree is { } d && Degrees.HasValue && Degrees.Value.TryGet(d, out var credit) ? credit.Years : 0;

    public int StepsOn(CommunityWorker w, LocalDate date, int credit) =>
        (CompletedYears(CountedDays(w, date), date, out _) + credit) / YearsPerStep.Value;

    public Qualification? HighestQualification(CommunityWorker w, LocalDate date)
    {
        Qualification? best = null;
        var quals = w.Qualifications;
        if (quals is null || !Qualifications.HasValue)
        {
            return null;
        }

        for (var i = 0; i < quals.Count; i++)
        {
            if (quals[i].Obtained <= date && Qualifications.Value.TryGet(quals[i].Qualification, out var q) && (best is null || q.Level > best.Level))
            {
                best = q;
            }
        }

        return best;
    }

    public static bool InService(CommunityWorker w, LocalDate date)
    {
        var service = w.Service;
        for (var i = 0; i < service.Count; i++)
        {
            if (service[i].Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    public static bool FailedIn(CommunityWorker w, int year)
    {
        var failed = w.FailedAppraisalYears;
        if (failed is null)
        {
            return false;
        }

        for (var i = 0; i < failed.Count; i++)
        {
            if (failed[i] == year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The grade on <paramref name="date"/>; the worker must be usable. Post changes are recorded when <paramref name="changes"/> is given.</summary>
    public PayGrade Grade(CommunityWorker w, LocalDate date, List<PostChange>? changes = null)
    {
        var posts = w.Posts;
        var current = -1;
        for (var i = 0; i < posts.Count && posts[i].From <= date; i++)
        {
            current = i;
        }

        if (current < 0 || date < w.Service[0].Start)
        {
            return new PayGrade(PayStatus.NotInService);
        }

        var credit = DegreeCredit(w);
        Posts.Value.TryGet(posts[0].Post, out var post);
        var anchor = post.MinGrade;
        var anchorSteps = 0;
        var keep = PostChangeRule.Value == PostChangeRules.KeepGradeWithinRange;
        for (var j = 1; j <= current; j++)
        {
            var change = posts[j].From;
            Posts.Value.TryGet(posts[j].Post, out var newPost);
            var stepsThen = StepsOn(w, change, credit);
            var before = post.Clamp(anchor + stepsThen - anchorSteps);
            if (keep)
            {
                anchor = newPost.Clamp(before);
                anchorSteps = stepsThen;
                changes?.Add(new PostChange(change, post, newPost, before, anchor, PostChangeRule.Value, before < newPost.MinGrade, before > newPost.MaxGrade));
            }
            else
            {
                anchor = newPost.MinGrade;
                anchorSteps = 0;
                changes?.Add(new PostChange(change, post, newPost, before, newPost.Clamp(newPost.MinGrade + stepsThen), PostChangeRule.Value, false, false));
            }

            post = newPost;
        }

        var counted = CountedDays(w, date);
        var years = CompletedYears(counted, date, out var effectiveStart);
        var steps = (years + credit) / YearsPerStep.Value;
        var qualification = HighestQualification(w, date);
        var uplift = qualification?.Uplift ?? 0;
        var unclamped = anchor + steps - anchorSteps + uplift;
        var grade = post.Clamp(unclamped);
        LocalDate? next = null;
        if (grade < post.MaxGrade && InService(w, date))
        {
            // Counted service resumes the next day, or on 1 January after a current 不合格 year that does not count.
            var resume = date.PlusDays(1);
            while (!FailedYearCounts.Value && FailedIn(w, resume.Year))
            {
                resume = new LocalDate(resume.Year + 1, 1, 1);
            }

            var shiftedStart = resume.PlusDays(-counted);
            var needed = (YearsPerStep.Value * (steps + 1)) - credit;
            var candidate = Ages.Anniversary(shiftedStart, needed, ServiceLeapDayRule);
            if (candidate < resume)
            {
                candidate = resume;
            }

            var period = PeriodOn(w, date);
            if (period.End is not { } end || candidate <= end)
            {
                next = candidate;
            }
        }

        _ = effectiveStart;
        return new PayGrade(PayStatus.Computed)
        {
            Post = post,
            Grade = grade,
            AnchorGrade = anchor,
            CountedServiceDays = counted,
            CountedServiceYears = years,
            DegreeCreditYears = credit,
            Steps = steps,
            StepsSinceAnchor = steps - anchorSteps,
            QualificationUplift = uplift,
            Qualification = qualification,
            UnclampedGrade = unclamped,
            CutToMaximum = unclamped > post.MaxGrade,
            RaisedToMinimum = unclamped < post.MinGrade,
            NextStepDate = next,
            UsesPlaceholder = GradeUsesPlaceholder || (current > 0 && PostChangeRuleIsPlaceholder),
        };
    }

    /// <summary>The monthly pay on <paramref name="date"/> at the grade given; the worker must be in service.</summary>
    public MonthlyPayFigures Pay(CommunityWorker w, LocalDate date, PayGrade grade)
    {
        var coefficient = Coefficients.Value.UncheckedCoefficient(grade.Grade);
        var standard = _standard[grade.Grade];
        var basic = _basic[grade.Grade];
        var performance = standard - basic;
        var forfeited = 0m;
        if (Forfeits.Value && FailedIn(w, date.Year))
        {
            forfeited = performance;
            performance = 0m;
        }

        var allowance = Allowance.HasValue && grade.Qualification is { } q ? Allowance.Value.AmountFor(q.Code) : 0m;
        return new MonthlyPayFigures(PayStatus.Computed)
        {
            Grade = grade,
            BaseAmount = BaseAmount.Value,
            Coefficient = coefficient,
            Standard = standard,
            Basic = basic,
            Performance = performance,
            PerformanceForfeited = forfeited,
            Allowance = allowance,
            Total = basic + performance + allowance,
            UsesPlaceholder = grade.UsesPlaceholder || PayUsesPlaceholder,
        };
    }

    private static ServicePeriod PeriodOn(CommunityWorker w, LocalDate date)
    {
        var service = w.Service;
        for (var i = 0; i < service.Count; i++)
        {
            if (service[i].Contains(date))
            {
                return service[i];
            }
        }

        return default;
    }
}
