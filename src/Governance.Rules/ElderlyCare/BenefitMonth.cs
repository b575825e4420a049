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
