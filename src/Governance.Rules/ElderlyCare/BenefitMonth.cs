using System.Runtime.CompilerServices;

namespace Governance.Rules.ElderlyCare;

/// <summary>One benefit in one month.</summary>
internal struct BenefitMonth
{
    public decimal PerPeriod;
    public decimal Due;
    public decimal Hours;
    public int Unmet;
    public int PaidIn;

    /// <summary>The day number of the day the amount falls due (重阳节), or 0 when it is due for the month as a whole.</summary>
    public int DueDay;
    public BenefitPeriod Period;
    public StackingOutcome Stacking;
    public sbyte StackedWith;
    public bool Arrears;
    public bool HasHours;

    /// <summary>Eligible, but the amount depends on a fact the person record does not give (the amount is 0).</summary>
    public bool Pending;
}

/// <summary>The eight benefits of one month, inline.</summary>
[InlineArray(ElderlyBenefits.Count)]
internal struct MonthSet
{
    private BenefitMonth _element;
}
