using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// The elderly-care calculator over many months: a run of entitlement and sums owed, jumping between the months in which something
/// changes (<see cref="ElderlyChangeMonths"/>) instead of evaluating every month; the same figures as a month-by-month walk.
/// </summary>
public sealed partial class ElderlyCareCalculator
{
    /// <summary>The first month of the run of entitlement to benefit <paramref name="b"/> that holds month <paramref name="m0"/> (eligible).</summary>
    private int RunStart(in ElderlyFacts facts, ElderlyChangeMonths changes, ElderlyPerson person, int b, int m0, bool[] used)
    {
        var monthly = changes.MonthByMonth(b);
        var s = m0;
        while (s - 1 >= _firstMonth && Single(facts, person, b, s - 1, used).Unmet == 0)
        {
            // Every month of the stretch holding s − 1 is met alike.
            s = monthly ? s - 1 : Math.Max(changes.StretchStart(s - 1, b), _firstMonth);
        }

        return s;
    }

    /// <summary>The last month of the run of entitlement to benefit <paramref name="b"/> from month <paramref name="m0"/> (eligible), at most <paramref name="horizon"/>.</summary>
    private int RunEnd(in ElderlyFacts facts, ElderlyChangeMonths changes, ElderlyPerson person, int b, int m0, int horizon, bool[] used)
    {
        var monthly = changes.MonthByMonth(b);
        var e = m0;
        while (e < horizon && Single(facts, person, b, e + 1, used).Unmet == 0)
        {
            e = monthly ? e + 1 : Math.Min(changes.NextChange(e + 1, b) - 1, horizon);
        }

        return e;
    }

    /// <summary>
    /// The amounts owed for months <paramref name="from"/> to <paramref name="to"/> (exclusive), after stacking: all benefits when
    /// <paramref name="benefit"/> is −1, else only the back-paid months of that benefit (its arrears). <paramref name="known"/>, the
    /// benefits of month <paramref name="knownMonth"/>, stands for every month of the stretch that holds it.
    /// </summary>
    private decimal SumOwed(in ElderlyFacts facts, ElderlyChangeMonths changes, ElderlyPerson person, int from, int to, int benefit, bool[] used, in MonthSet known, int knownMonth)
    {
        var total = 0m;
        var set = default(MonthSet);
        for (var m = from; m < to;)
        {
            var next = Math.Min(changes.NextDueChange(m), to);
            if (m <= knownMonth && knownMonth < next)
            {
                set = known;
            }
            else if (benefit < 0 && (_summaryMonths.Find(m) ?? SummaryMonthFor(m)) is { Policy: { } compiled } t)
            {
                // All benefits after stacking: the month compiled for summaries gives the same total (a property checks it).
                MarkUsed(used, m);
                total += SummarizeCompiled(t, compiled, person).MonthTotal * (next - m);
                m = next;
                continue;
            }
            else if (PolicyFor(m) is { } p)
            {
                // One benefit's arrears: that benefit and those its stacking rules link it to (the same figures for it).
                MarkUsed(used, m);
                EvaluateAll(p, facts, person, m, ref set, benefit < 0 ? ElderlyBenefits.AllMask : p.WithStackingPartners(1 << benefit));
            }
            else
            {
                m = next;
                continue;
            }

            if (benefit < 0)
            {
                var t = 0m;
                for (var i = 0; i < ElderlyBenefits.Count; i++)
                {
                    t += set[i].Due;
                }

                total += t * (next - m);
            }
            else if (set[benefit].Unmet == 0 && set[benefit].Arrears)
            {
                total += set[benefit].Due * (next - m);
            }

            m = next;
        }

        return total;
    }

    private BenefitMonth Single(in ElderlyFacts facts, ElderlyPerson person, int b, int m, bool[] used)
    {
        var p = PolicyFor(m);
        if (p is null)
        {
            return new BenefitMonth { Unmet = (int)UnmetCondition.NotInForce };
        }

        MarkUsed(used, m);
        return p.Month(facts, person, b, m, owner: null);
    }

    /// <summary>Records that the policy of month <paramref name="m"/> was read (its parameters' warnings are owed).</summary>
    private void MarkUsed(bool[] used, int m)
    {
        if (PolicyIndex(m) is var k and >= 0)
        {
            used[k] = true;
        }
    }
}
