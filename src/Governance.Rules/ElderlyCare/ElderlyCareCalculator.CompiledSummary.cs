using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// The elderly-care calculator: the summary of every benefit on the month compiled once (<see cref="SummaryMonth"/>), dates as day
/// keys and conditions as integer comparisons; the same figures as the general month evaluation, which still decides a death in or
/// before the month, an application that starts a benefit later, and any month the compilation leaves to it.
/// </summary>
public sealed partial class ElderlyCareCalculator
{
    private const int HomeCare = (int)ElderlyBenefit.HomeCare;
    private const int Nursing = (int)ElderlyBenefit.Nursing;
    private const int Adaptation = (int)ElderlyBenefit.Adaptation;
    private const int Meal = (int)ElderlyBenefit.Meal;
    private const int Festival = (int)ElderlyBenefit.CentenarianFestival;

    /// <summary>The compiled summary months (immutable entries, a small lock-free cache by month number).</summary>
    private readonly MonthCache<SummaryMonth> _summaryMonths = new();

    private SummaryMonth SummaryMonthFor(int m)
    {
        var ym = ToYearMonth(m);
        var whole = Validation.InputLimits.Contains(new NodaTime.LocalDate(ym.Year, ym.Month, 1)) && Validation.InputLimits.Contains(DayKeys.LastDate(m));
        return _summaryMonths.Store(whole && PolicyFor(m) is { } policy ? policy.CompileSummary(m) : SummaryMonth.General(m));
    }

    /// <summary>The summary of a person already checked, in the month of <paramref name="t"/>, when the compiled month decides it.</summary>
    private ElderlyBenefitSummary SummarizeCompiled(SummaryMonth t, ElderlyPolicy policy, ElderlyPerson person)
    {
        var m = t.Month;
        var birth = DayKeys.Of(person.BirthDate);
        if ((person.DeathDate is { } death && DayKeys.Of(death) <= t.MonthEnd)
            || (person.ApplicationDate is { } application && DayKeys.Of(application) > t.ApplicationGate))
        {
            // The stop rule at death, back pay before a later start: the general month evaluation.
            return SummarizeValid(policy, person, m, ElderlyBenefits.AllMask);
        }

        var hukouSince = person.HukouDistrict is null ? DayKeys.Never : person.HukouSince is { } hs ? DayKeys.Of(hs) : birth;
        var resides = person.ResidesInJurisdiction;
        var applied = person.ApplicationDate is not null;
        Span<int> status = [-1, -1];
        Span<int> level = [-2, -2];
        Amounts perPeriod = default, due = default;
        int eligible = 0, pending = 0, yearly = 0;
        for (var b = 0; b < ElderlyBenefits.Count; b++)
        {
            if (!t.InForce[b])
            {
                continue;
            }

            var s = t.Shift[b];
            var counted = t.Counted[s];
            var met = t.RequiresHukou[b] ? hukouSince <= counted : resides;
            met &= !t.FromApplication[b] || applied;
            var amount = 0m;
            var owed = 0m;
            var isPending = false;
            if (b <= Festival)
            {
                met &= birth <= t.MinCut[b] && birth > t.MaxCut[b];
                if (b == Festival && t.FestivalMissing)
                {
                    met = false;
                }
                else if (b == Festival && t.FestivalInMonth)
                {
                    // 重阳节: age and hukou on the festival day itself (the residence and application conditions stand).
                    met = (!t.RequiresHukou[b] || hukouSince <= t.FestivalDay) && (t.RequiresHukou[b] || resides) && (!t.FromApplication[b] || applied)
                        && birth <= t.FestivalMinCut && birth > t.FestivalMaxCut;
                }

                amount = t.BandAmount[b];
                owed = t.BandDue[b];
                yearly |= t.Yearly[b] ? 1 << b : 0;
            }
            else if (b == HomeCare)
            {
                var statusBit = 1 << StatusOn(person, counted, status, s);
                var l = LevelOn(person, t, s, level);
                var levelBit = l < 0 ? 0 : 1 << l;
                var arrangement = 1 << (int)person.LivingArrangement;
                var best = -1;
                var tiers = t.HomeTiers;
                for (var k = 0; k < tiers.Length; k++)
                {
                    var tier = tiers[k];
                    if ((tier.StatusMask & statusBit) != 0 && (tier.LevelMask & levelBit) != 0 && birth <= t.TierCut[k] && (tier.ArrangementMask & arrangement) != 0
                        && !(tier.SpecialFamilyRequired && person.SpecialFamily == SpecialFamily.None) && (best < 0 || t.HomeValues[k] > t.HomeValues[best]))
                    {
                        best = k;
                    }
                }

                met &= best >= 0;
                owed = amount = best >= 0 ? t.HomeValues[best] : 0m;
            }
            else if (b == Nursing)
            {
                var l = LevelOn(person, t, s, level);
                met &= (t.NursingStatusMask & (1 << StatusOn(person, counted, status, s))) != 0 && l >= 0 && t.NursingByLevel[l] >= 0 && birth <= t.MinCut[b];
                owed = amount = met ? t.NursingByLevel[l] : 0m;
            }
            else if (b == Adaptation)
            {
                met &= (t.AdaptationStatusMask & (1 << StatusOn(person, counted, status, s))) != 0 && birth <= t.MinCut[b] && !person.AdaptationAlreadyGranted;
                if (person.AdaptationCost is { } cost)
                {
                    amount = Math.Min(cost, t.AdaptationCap);

                    // A one-off grant is owed only in the first month of entitlement.
                    owed = met && amount != 0m && PreviousMonth(new ElderlyFacts(person), person, b, m - 1).Unmet == 0 ? 0m : amount;
                }
                else
                {
                    isPending = true;
                }
            }
            else
            {
                met &= birth <= t.MinCut[b];
                if (person.MealsPerMonth is { } meals)
                {
                    owed = amount = t.MealAmounts[Math.Min(meals, t.MaxMeals)];
                }
                else
                {
                    isPending = true;
                }
            }

            if (met)
            {
                eligible |= 1 << b;
                pending |= isPending ? 1 << b : 0;
                perPeriod[b] = amount;
                due[b] = owed;
            }
        }

        var withheld = Stack(t, person, eligible, yearly, perPeriod, ref due);
        return new ElderlyBenefitSummary(ElderlySummaryStatus.Computed, perPeriod, due, eligible, eligible & ~withheld, policy.UsesPlaceholder, pending);
    }

    /// <summary>Stacking, as <see cref="ElderlyPolicy.Stack"/> applies it: the benefits withheld (their amount owed set to 0).</summary>
    private static int Stack(SummaryMonth t, ElderlyPerson person, int eligible, int yearly, in Amounts perPeriod, ref Amounts due)
    {
        var withheld = 0;
        for (var k = 0; k < t.StackKinds.Length; k++)
        {
            var i = t.StackFirst[k];
            var j = t.StackSecond[k];
            var paid = eligible & ~withheld;
            if ((paid & (1 << j)) == 0)
            {
                continue;
            }

            if (i == InstitutionalIndex)
            {
                if (person.InstitutionalCareFrom is { } from && DayKeys.Of(from) <= t.MonthEnd
                    && (person.InstitutionalCareUntil is not { } until || DayKeys.Of(until) >= t.MonthStart))
                {
                    withheld |= 1 << j;
                    due[j] = 0m;
                }

                continue;
            }

            if ((paid & (1 << i)) == 0)
            {
                continue;
            }

            var loser = t.StackKinds[k] == StackingKind.Exclusive ? j
                : t.StackKinds[k] == StackingKind.Higher ? (PerMonth(perPeriod[i], yearly, i) >= PerMonth(perPeriod[j], yearly, j) ? j : i)
                : -1;
            if (loser >= 0)
            {
                withheld |= 1 << loser;
                due[loser] = 0m;
            }
        }

        return withheld;

        static decimal PerMonth(decimal amount, int yearly, int b) => (yearly & (1 << b)) != 0 ? amount / 12m : amount;
    }

    /// <summary>The economic status on day <paramref name="counted"/> (its period holds on that day), found once per shift.</summary>
    private static int StatusOn(ElderlyPerson person, int counted, Span<int> found, int shift)
    {
        if (found[shift] >= 0)
        {
            return found[shift];
        }

        var status = EconomicStatus.None;
        var list = person.EconomicStatuses;
        for (var i = 0; i < list.Count; i++)
        {
            var p = list[i];
            if (DayKeys.Of(p.From) <= counted && (p.To is not { } to || DayKeys.Of(to) >= counted))
            {
                status = p.Status;
                break;
            }
        }

        return found[shift] = (int)status;
    }

    /// <summary>The care level on the counted day of shift <paramref name="shift"/>, or −1 when no valid assessment covers it; found once per shift.</summary>
    private static int LevelOn(ElderlyPerson person, SummaryMonth t, int shift, Span<int> found)
    {
        if (found[shift] >= -1)
        {
            return found[shift];
        }

        var counted = t.Counted[shift];
        var level = -1;
        var list = person.Assessments;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var a = list[i];
            var assessed = DayKeys.Of(a.AssessedOn);
            if (assessed > counted)
            {
                continue;
            }

            var expired = a.ValidUntil is { } until ? DayKeys.Of(until) < counted : assessed <= t.Expired[shift];
            level = expired ? -1 : a.Level is { } l ? (int)l : t.Mapping is { } map ? (int)map.Map(a.LegacyLevel!.Value) : -1;
            break;
        }

        return found[shift] = level;
    }
}
