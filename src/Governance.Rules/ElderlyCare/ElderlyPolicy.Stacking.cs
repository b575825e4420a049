using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>Stacking: which of the benefits met in one month are paid.</summary>
internal sealed partial class ElderlyPolicy
{
    public void Stack(in ElderlyFacts f, int m, ref MonthSet set)
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
                if (f.CareFromMonth <= m && m <= f.CareUntilMonth)
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
}
