using NodaTime;

namespace Governance.Rules.Compensation;

/// <summary>Whether a fast-path grade or pay figure could be computed.</summary>
public enum PayStatus
{
    /// <summary>The figure was computed.</summary>
    Computed = 0,

    /// <summary>The worker's data is inconsistent or names codes the pack does not know (the full evaluation says which).</summary>
    InvalidInput = 1,

    /// <summary>The date is before the hire date or the first post, or (for pay) in a gap between service periods.</summary>
    NotInService = 2,

    /// <summary>The pack has no complete pay scale in force on the date (or its post ranges exceed the coefficient table).</summary>
    NoPolicyInForce = 3,
}

/// <summary>A worker's grade on a date from the allocation-free fast path (see <see cref="CommunityWorkerPayCalculator.EvaluateGrade"/> for the explained form).</summary>
/// <remarks>Grade = anchor grade + service steps since the anchor + qualification uplift, clamped to the post's range.</remarks>
public readonly record struct PayGrade
{
    internal PayGrade(PayStatus status) => Status = status;

    /// <summary>Whether the grade was computed; when not, the figures are zero.</summary>
    public PayStatus Status { get; init; }

    /// <summary>The post held on the date.</summary>
    public PayPost? Post { get; init; }

    /// <summary>The grade (岗位等级) after clamping to the post's range.</summary>
    public int Grade { get; init; }

    /// <summary>The grade the steps count from: the post's entry grade, or the grade mapped at the last post change.</summary>
    public int AnchorGrade { get; init; }

    /// <summary>Counted service days up to and including the date.</summary>
    public int CountedServiceDays { get; init; }

    /// <summary>Completed years of counted service (不满一年的部分不计).</summary>
    public int CountedServiceYears { get; init; }

    /// <summary>The years credited for the worker's degree.</summary>
    public int DegreeCreditYears { get; init; }

    /// <summary>Whole steps earned by service years plus degree credit: (service + credit) ÷ years per step, rounded down.</summary>
    public int Steps { get; init; }

    /// <summary>The steps added to the anchor grade (all steps, less those earned before the last post change under the keep-grade rule).</summary>
    public int StepsSinceAnchor { get; init; }

    /// <summary>The uplift of the highest qualification held (0 when none).</summary>
    public int QualificationUplift { get; init; }

    /// <summary>The highest qualification held on the date, or null.</summary>
    public Qualification? Qualification { get; init; }

    /// <summary>Anchor + steps since anchor + uplift, before clamping.</summary>
    public int UnclampedGrade { get; init; }

    /// <summary>True when the grade was cut to the post's maximum.</summary>
    public bool CutToMaximum { get; init; }

    /// <summary>True when the grade was raised to the post's minimum.</summary>
    public bool RaisedToMinimum { get; init; }

    /// <summary>
    /// The date of the next service step, assuming counted service continues without gaps from the date; null at the
    /// post's ceiling, when the worker is not in service on the date, or when the service period ends first.
    /// </summary>
    public LocalDate? NextStepDate { get; init; }

    /// <summary>True when a placeholder parameter was used (the full result lists which).</summary>
    public bool UsesPlaceholder { get; init; }
}

/// <summary>A worker's monthly pay on a date from the allocation-free fast path.</summary>
/// <remarks>Standard = base × coefficient, rounded to the fen by the pack's rule; basic = standard × basic share, rounded the same way; performance = standard − basic.</remarks>
public readonly record struct MonthlyPayFigures
{
    internal MonthlyPayFigures(PayStatus status) => Status = status;

    /// <summary>Whether the pay was computed; when not, the figures are zero.</summary>
    public PayStatus Status { get; init; }

    /// <summary>The grade placement on the date.</summary>
    public PayGrade Grade { get; init; }

    /// <summary>The monthly base amount (元/月).</summary>
    public decimal BaseAmount { get; init; }

    /// <summary>The grade's coefficient.</summary>
    public decimal Coefficient { get; init; }

    /// <summary>Base × coefficient, rounded to the fen (元/月).</summary>
    public decimal Standard { get; init; }

    /// <summary>Basic pay (基本报酬, 元/月).</summary>
    public decimal Basic { get; init; }

    /// <summary>Performance pay (绩效报酬, 元/月); zero when forfeited.</summary>
    public decimal Performance { get; init; }

    /// <summary>Performance pay forfeited for a 不合格 appraisal year (元/月).</summary>
    public decimal PerformanceForfeited { get; init; }

    /// <summary>The qualification allowance (元/月).</summary>
    public decimal Allowance { get; init; }

    /// <summary>Basic + performance + allowance (元/月).</summary>
    public decimal Total { get; init; }

    /// <summary>True when a placeholder parameter was used.</summary>
    public bool UsesPlaceholder { get; init; }
}

/// <summary>A post change (岗位变动) and how the grade mapped.</summary>
/// <param name="Date">The first day in the new post.</param>
/// <param name="From">The old post.</param>
/// <param name="To">The new post.</param>
/// <param name="GradeBefore">The grade (without qualification uplift) held in the old post on the change date.</param>
/// <param name="GradeAfter">The grade the new post starts from.</param>
/// <param name="Rule">The mapping rule applied (see <see cref="PostChangeRules"/>).</param>
/// <param name="RaisedToMinimum">True when the kept grade was raised to the new post's minimum.</param>
/// <param name="CutToMaximum">True when the kept grade was cut to the new post's maximum.</param>
public sealed record PostChange(LocalDate Date, PayPost From, PayPost To, int GradeBefore, int GradeAfter, string Rule, bool RaisedToMinimum, bool CutToMaximum);

/// <summary>A worker's grade placement on a date, with every contribution.</summary>
public sealed record PayGradeOutcome
{
    /// <summary>The worker's id.</summary>
    public required string WorkerId { get; init; }

    /// <summary>The date of the placement.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The post held on the date.</summary>
    public required PayPost Post { get; init; }

    /// <summary>The grade (岗位等级).</summary>
    public int Grade { get; init; }

    /// <summary>The grade the steps count from (the post's entry grade, or the grade mapped at the last post change).</summary>
    public int AnchorGrade { get; init; }

    /// <summary>Counted service days up to and including the date.</summary>
    public int CountedServiceDays { get; init; }

    /// <summary>Completed years of counted service.</summary>
    public int CountedServiceYears { get; init; }

    /// <summary>The degree credit in years.</summary>
    public int DegreeCreditYears { get; init; }

    /// <summary>Years of counted service per grade step.</summary>
    public int YearsPerStep { get; init; }

    /// <summary>Whole steps earned by service plus degree credit.</summary>
    public int Steps { get; init; }

    /// <summary>The steps added to the anchor grade.</summary>
    public int StepsSinceAnchor { get; init; }

    /// <summary>The highest qualification held, or null.</summary>
    public Qualification? Qualification { get; init; }

    /// <summary>The qualification uplift in grades.</summary>
    public int QualificationUplift { get; init; }

    /// <summary>The grade before clamping.</summary>
    public int UnclampedGrade { get; init; }

    /// <summary>True when the grade was cut to the post's maximum.</summary>
    public bool CutToMaximum { get; init; }

    /// <summary>True when the grade was raised to the post's minimum.</summary>
    public bool RaisedToMinimum { get; init; }

    /// <summary>The date of the next service step (see <see cref="PayGrade.NextStepDate"/>), or null.</summary>
    public LocalDate? NextStepDate { get; init; }

    /// <summary>The post changes up to the date, in order.</summary>
    public IReadOnlyList<PostChange> PostChanges { get; init; } = [];
}

/// <summary>A worker's monthly pay on a date.</summary>
public sealed record MonthlyPayOutcome
{
    /// <summary>The grade placement on the date.</summary>
    public required PayGradeOutcome Grade { get; init; }

    /// <summary>The monthly base amount (元/月).</summary>
    public decimal BaseAmount { get; init; }

    /// <summary>The grade's coefficient.</summary>
    public decimal Coefficient { get; init; }

    /// <summary>Base × coefficient, rounded to the fen.</summary>
    public decimal Standard { get; init; }

    /// <summary>Basic pay (基本报酬).</summary>
    public decimal Basic { get; init; }

    /// <summary>Performance pay (绩效报酬), zero when forfeited.</summary>
    public decimal Performance { get; init; }

    /// <summary>Performance pay forfeited for a 不合格 year.</summary>
    public decimal PerformanceForfeited { get; init; }

    /// <summary>The qualification allowance.</summary>
    public decimal Allowance { get; init; }

    /// <summary>Basic + performance + allowance.</summary>
    public decimal Total { get; init; }

    /// <summary>The fen rounding rule applied (see <see cref="PayRounding"/>).</summary>
    public required string Rounding { get; init; }
}

/// <summary>A stretch of days within a month at one monthly rate.</summary>
/// <param name="From">The first day (inclusive).</param>
/// <param name="To">The last day (inclusive).</param>
/// <param name="Post">The post held.</param>
/// <param name="Grade">The grade held.</param>
/// <param name="MonthlyTotal">The full-month pay at this rate (basic + performance + allowance).</param>
public sealed record PaySegment(LocalDate From, LocalDate To, PayPost Post, int Grade, decimal MonthlyTotal);

/// <summary>One month of an annual pay calculation.</summary>
public sealed record MonthPay
{
    /// <summary>The month.</summary>
    public YearMonth Month { get; init; }

    /// <summary>Days in the calendar month.</summary>
    public int DaysInMonth { get; init; }

    /// <summary>Days in service in the month.</summary>
    public int DaysPaid { get; init; }

    /// <summary>The stretches at one rate (empty when no day was paid).</summary>
    public IReadOnlyList<PaySegment> Segments { get; init; } = [];

    /// <summary>Basic pay for the month.</summary>
    public decimal Basic { get; init; }

    /// <summary>Performance pay for the month.</summary>
    public decimal Performance { get; init; }

    /// <summary>Performance pay forfeited in the month.</summary>
    public decimal PerformanceForfeited { get; init; }

    /// <summary>Qualification allowance for the month.</summary>
    public decimal Allowance { get; init; }

    /// <summary>Basic + performance + allowance for the month.</summary>
    public decimal Total { get; init; }
}

/// <summary>A worker's pay for a calendar year, month by month.</summary>
public sealed record AnnualPayOutcome
{
    /// <summary>The worker's id.</summary>
    public required string WorkerId { get; init; }

    /// <summary>The calendar year.</summary>
    public int Year { get; init; }

    /// <summary>The twelve months.</summary>
    public required IReadOnlyList<MonthPay> Months { get; init; }

    /// <summary>The year's basic pay (sum of the months).</summary>
    public decimal Basic { get; init; }

    /// <summary>The year's performance pay (sum of the months).</summary>
    public decimal Performance { get; init; }

    /// <summary>The year's forfeited performance pay (sum of the months).</summary>
    public decimal PerformanceForfeited { get; init; }

    /// <summary>The year's allowances (sum of the months).</summary>
    public decimal Allowance { get; init; }

    /// <summary>The year's pay: the sum of the months' totals.</summary>
    public decimal Total { get; init; }

    /// <summary>Σ days paid ÷ days in month over the months, rounded to 4 decimals: the worker's full-time-equivalent months for the pay-floor check.</summary>
    public decimal FullTimeEquivalentMonths { get; init; }

    /// <summary>The fen rounding rule applied.</summary>
    public required string Rounding { get; init; }
}

/// <summary>A worker whose annualised pay is below the floor.</summary>
/// <param name="Id">The worker's id.</param>
/// <param name="Name">The worker's name, if given.</param>
/// <param name="AnnualPay">The pay received.</param>
/// <param name="FullTimeEquivalentMonths">The worker's full-time-equivalent months.</param>
/// <param name="AnnualisedPay">Pay × 12 ÷ FTE months, rounded down to the fen.</param>
/// <param name="Shortfall">Floor × FTE months ÷ 12 − pay, rounded up to the fen.</param>
public sealed record WorkerBelowFloor(string Id, string? Name, decimal AnnualPay, decimal FullTimeEquivalentMonths, decimal AnnualisedPay, decimal Shortfall);

/// <summary>The pay-floor check of a unit's payroll for a year.</summary>
public sealed record PayFloorOutcome
{
    /// <summary>The unit.</summary>
    public required string UnitId { get; init; }

    /// <summary>The pay year.</summary>
    public int Year { get; init; }

    /// <summary>The statistical year of the reference wage (the pay year less the rule's lag).</summary>
    public int ReferenceYear { get; init; }

    /// <summary>The caliber the rule names.</summary>
    public required string RuleCaliber { get; init; }

    /// <summary>The reference wage used.</summary>
    public required ReferenceWage ReferenceWage { get; init; }

    /// <summary>The floor (元/年): the reference wage's annual average.</summary>
    public decimal Floor { get; init; }

    /// <summary>Counted workers on the payroll.</summary>
    public int CountedWorkers { get; init; }

    /// <summary>Workers listed but not counted.</summary>
    public int ExcludedWorkers { get; init; }

    /// <summary>Σ full-time-equivalent months of counted workers ÷ 12.</summary>
    public decimal FullTimeEquivalentWorkers { get; init; }

    /// <summary>Σ annual pay of counted workers.</summary>
    public decimal TotalPay { get; init; }

    /// <summary>Σ pay × 12 ÷ Σ FTE months, rounded down to the fen (never overstated).</summary>
    public decimal AveragePay { get; init; }

    /// <summary>True when <see cref="AveragePay"/> is at least <see cref="Floor"/>.</summary>
    public bool Compliant { get; init; }

    /// <summary>Floor × FTE workers − total pay, rounded up to the fen; 0 when compliant.</summary>
    public decimal TotalShortfall { get; init; }

    /// <summary>The raise per full-time worker per year that closes the shortfall: shortfall ÷ FTE workers, rounded up to the fen; 0 when compliant.</summary>
    public decimal RaisePerWorker { get; init; }

    /// <summary>Counted workers whose annualised pay is below the floor, in payroll order.</summary>
    public IReadOnlyList<WorkerBelowFloor> BelowFloor { get; init; } = [];
}
