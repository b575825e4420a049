using System.Runtime.CompilerServices;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>A condition of a benefit that the person does not meet in the month looked at.</summary>
[Flags]
public enum UnmetCondition
{
    /// <summary>Every condition is met.</summary>
    None = 0,

    /// <summary>The pack has no figure for the benefit in force in the month.</summary>
    NotInForce = 1,

    /// <summary>The person died before the month (by the stop rule).</summary>
    Deceased = 2,

    /// <summary>The age (周岁) is outside the benefit's band.</summary>
    Age = 4,

    /// <summary>No hukou in the jurisdiction (or not yet, by the start rule).</summary>
    Hukou = 8,

    /// <summary>Not resident in the jurisdiction.</summary>
    Residence = 16,

    /// <summary>The economic status does not qualify.</summary>
    EconomicStatus = 32,

    /// <summary>The care level does not qualify, or no valid assessment covers the month.</summary>
    CareLevel = 64,

    /// <summary>The living arrangement does not qualify.</summary>
    LivingArrangement = 128,

    /// <summary>A 计生特殊家庭 flag is needed.</summary>
    SpecialFamily = 256,

    /// <summary>The benefit runs from an application, and the month is before it (outside any back-pay) or none was made.</summary>
    Application = 512,

    /// <summary>A one-off grant was already received.</summary>
    AlreadyGranted = 1024,

    /// <summary>Every condition is met on the as-of date, but the start rule (for example 次月起) pays from a later month; see <see cref="ElderlyBenefitOutcome.QualifiesFromMonth"/>.</summary>
    Deferred = 2048,
}

/// <summary>What stacking did to an eligible benefit.</summary>
public enum StackingOutcome
{
    /// <summary>Paid: no stacking rule withheld it.</summary>
    Paid = 0,

    /// <summary>Withheld by an exclusive rule (another benefit, or institutional care, takes precedence).</summary>
    Excluded = 1,

    /// <summary>Withheld by a take-the-higher rule: the other benefit is higher.</summary>
    NotTheHigher = 2,
}

/// <summary>One benefit's answer for the as-of month.</summary>
public sealed record ElderlyBenefitOutcome
{
    /// <summary>The benefit.</summary>
    public required ElderlyBenefit Benefit { get; init; }

    /// <summary>The benefit's code.</summary>
    public string Code => Benefit.Code();

    /// <summary>The benefit's name.</summary>
    public LocalizedText Name => Benefit.Name();

    /// <summary>True when every condition is met in the as-of month (stacking may still withhold it; see <see cref="Stacking"/>).</summary>
    public bool Eligible { get; init; }

    /// <summary>The amount per period (元), 0 when not eligible (the full period's amount; a month of death paid to the day before is prorated in <see cref="DueInAsOfMonth"/>).</summary>
    public decimal AmountPerPeriod { get; init; }

    /// <summary>The period kind of <see cref="AmountPerPeriod"/>.</summary>
    public BenefitPeriod Period { get; init; }

    /// <summary>The monthly service hours, for a home-care tier counted in hours.</summary>
    public decimal? ServiceHours { get; init; }

    /// <summary>The amount paid in the as-of month itself (a yearly amount only in its payment month, a one-off only once), after stacking; prorated and rounded half-up to the fen in a month of death under <c>day-before-death</c>.</summary>
    public decimal DueInAsOfMonth { get; init; }

    /// <summary>The first month of the current run of entitlement (including back-paid months).</summary>
    public YearMonth? StartMonth { get; init; }

    /// <summary>The last month of entitlement when the person's known dates end it (death, a band's upper age, a status or assessment end); null when open.</summary>
    public YearMonth? EndMonth { get; init; }

    /// <summary>The stacking outcome.</summary>
    public StackingOutcome Stacking { get; init; }

    /// <summary>The benefit code (or <c>institutional-care</c>) that withheld this one, when stacking did.</summary>
    public string? StackedWith { get; init; }

    /// <summary>Every unmet condition in the as-of month.</summary>
    public UnmetCondition Unmet { get; init; }

    /// <summary>When age is the only thing missing: the day the person reaches the benefit's lowest age.</summary>
    public LocalDate? QualifiesOn { get; init; }

    /// <summary>When age is the only thing missing: the first month paid, by the start rule.</summary>
    public YearMonth? QualifiesFromMonth { get; init; }

    /// <summary>Back-pay owed when the application is made (months before the first paid month within the back-pay rule).</summary>
    public decimal Arrears { get; init; }

    /// <summary>The day the amount falls due when it is tied to a day (the centenarians' lump sum on 重阳节 of the as-of year); null otherwise.</summary>
    public LocalDate? DueOn { get; init; }

    /// <summary>
    /// When the person is eligible but the amount depends on a fact the request does not give: that fact's member name
    /// (<c>MealsPerMonth</c>, <c>AdaptationCost</c>). The amount is then 0 and not counted in the totals, never an assumed figure.
    /// </summary>
    public string? AmountDependsOn { get; init; }

    /// <summary>The start rule applied.</summary>
    public StartRule StartRule { get; init; }

    /// <summary>The stop rule applied.</summary>
    public StopRule StopRule { get; init; }
}

/// <summary>One amount in a schedule month.</summary>
/// <param name="Benefit">The benefit.</param>
/// <param name="Amount">The amount (元) for this month.</param>
/// <param name="IsArrears">True when the month is before the first paid month and is back-paid.</param>
/// <param name="PaidIn">The month in which the amount is paid (the first paid month for arrears).</param>
public sealed record ElderlyScheduleLine(ElderlyBenefit Benefit, decimal Amount, bool IsArrears, YearMonth PaidIn)
{
    /// <summary>The day the amount falls due when it is tied to a day (重阳节); null when due for the month as a whole.</summary>
    public LocalDate? DueOn { get; init; }
}

/// <summary>One month of a schedule: the amounts owed for that month, after stacking.</summary>
/// <param name="Month">The month.</param>
/// <param name="Lines">The amounts, in benefit order.</param>
public sealed record ElderlyScheduleMonth(YearMonth Month, IReadOnlyList<ElderlyScheduleLine> Lines)
{
    /// <summary>The total owed for the month (元), arrears included.</summary>
    public decimal Total => Lines.Sum(l => l.Amount);

    /// <summary>The part of <see cref="Total"/> that is back-paid later.</summary>
    public decimal Arrears => Lines.Where(l => l.IsArrears).Sum(l => l.Amount);
}

/// <summary>The elderly-care benefits of one person on one date.</summary>
public sealed class ElderlyOutcome
{
    internal ElderlyOutcome(int age, YearMonth month, IReadOnlyList<ElderlyBenefitOutcome> benefits, decimal monthTotal, decimal yearTotal, IReadOnlyList<ElderlyScheduleMonth> schedule)
    {
        Age = age;
        Month = month;
        Benefits = benefits;
        MonthTotal = monthTotal;
        YearTotal = yearTotal;
        Schedule = schedule;
    }

    /// <summary>The age in completed years (周岁) on the as-of date.</summary>
    public int Age { get; }

    /// <summary>The as-of month.</summary>
    public YearMonth Month { get; }

    /// <summary>Every benefit of the pack, in benefit order.</summary>
    public IReadOnlyList<ElderlyBenefitOutcome> Benefits { get; }

    /// <summary>The total owed for the as-of month (元), after stacking, lump sums of the month included.</summary>
    public decimal MonthTotal { get; }

    /// <summary>The total owed for the as-of calendar year (January to December, 元), after stacking, arrears counted in their own months.</summary>
    public decimal YearTotal { get; }

    /// <summary>The requested month-by-month schedule (empty when none was asked for).</summary>
    public IReadOnlyList<ElderlyScheduleMonth> Schedule { get; }

    /// <summary>The schedule's total (the sum of its months).</summary>
    public decimal ScheduleTotal => Schedule.Sum(m => m.Total);

    /// <summary>The outcome of <paramref name="benefit"/>.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>Its outcome.</returns>
    public ElderlyBenefitOutcome this[ElderlyBenefit benefit] => Benefits[(int)benefit];
}

/// <summary>Whether a fast-path summary could be computed.</summary>
public enum ElderlySummaryStatus
{
    /// <summary>Computed.</summary>
    Computed = 0,

    /// <summary>The person's data is invalid (the full evaluation says why).</summary>
    InvalidInput = 1,

    /// <summary>The pack has no elderly-care policy in force on the date.</summary>
    NoPolicyInForce = 2,
}

/// <summary>The benefits of one person in one month from the allocation-free fast path (no explanation, no start/end months).</summary>
public readonly struct ElderlyBenefitSummary
{
    private readonly Amounts _perPeriod;
    private readonly Amounts _due;

    /// <summary>A summary the compiled month decides, its amounts written in place (no copy of them).</summary>
    internal ElderlyBenefitSummary(ElderlyCareCalculator calculator, SummaryMonth month, ElderlyPolicy policy, ElderlyPerson person)
    {
        calculator.FillCompiled(month, person, ref _perPeriod, ref _due, out var eligible, out var withheld, out var pending);
        Status = ElderlySummaryStatus.Computed;
        EligibleMask = eligible;
        PaidMask = eligible & ~withheld;
        UsesPlaceholder = policy.UsesPlaceholder;
        PendingMask = pending;
    }

    internal ElderlyBenefitSummary(ElderlySummaryStatus status, in Amounts perPeriod, in Amounts due, int eligible, int paid, bool placeholder, int pending = 0)
    {
        PendingMask = pending;
        Status = status;
        _perPeriod = perPeriod;
        _due = due;
        EligibleMask = eligible;
        PaidMask = paid;
        UsesPlaceholder = placeholder;
    }

    /// <summary>Whether the summary was computed; when not, every figure is zero.</summary>
    public ElderlySummaryStatus Status { get; }

    /// <summary>A bit per benefit (1 &lt;&lt; (int)benefit): conditions met.</summary>
    public int EligibleMask { get; }

    /// <summary>A bit per benefit: eligible and not withheld by stacking.</summary>
    public int PaidMask { get; }

    /// <summary>True when a placeholder figure or rule was in force.</summary>
    public bool UsesPlaceholder { get; }

    /// <summary>A bit per benefit: eligible, but the amount depends on a fact the person record does not give (meals a month, adaptation cost), so it is 0 here.</summary>
    public int PendingMask { get; }

    /// <summary>The total owed for the month (元), after stacking.</summary>
    public decimal MonthTotal
    {
        get
        {
            var t = 0m;
            for (var i = 0; i < ElderlyBenefits.Count; i++)
            {
                t += _due[i];
            }

            return t;
        }
    }

    /// <summary>True when conditions for <paramref name="benefit"/> are met.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>True when eligible.</returns>
    public bool IsEligible(ElderlyBenefit benefit) => (EligibleMask & (1 << (int)benefit)) != 0;

    /// <summary>The amount per period of <paramref name="benefit"/> (0 when not eligible).</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>The amount (元).</returns>
    public decimal AmountPerPeriod(ElderlyBenefit benefit) => _perPeriod[(int)benefit];

    /// <summary>The amount of <paramref name="benefit"/> owed for the month, after stacking.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>The amount (元).</returns>
    public decimal Due(ElderlyBenefit benefit) => _due[(int)benefit];
}

/// <summary>Eight amounts, inline.</summary>
[InlineArray(ElderlyBenefits.Count)]
internal struct Amounts
{
    private decimal _element;
}
