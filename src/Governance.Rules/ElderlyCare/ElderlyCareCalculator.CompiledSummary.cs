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
        if ((person.DeathDate is { } death && DayKeys.Of(death) <= t.MonthEnd)
            || (person.ApplicationDate is { } application && DayKeys.Of(application) > t.ApplicationGate))
        {
            // The stop rule at death, back pay before a later start: the general month evaluation.
            return SummarizeValid(policy, person, t.Month, ElderlyBenefits.AllMask);
        }

        // Made in place: the amounts are written straight into the summary returned.
        return new ElderlyBenefitSummary(this, t, policy, person);
    }

    /// <summary>
    /// Writes every benefit's figures of a person the compiled month decides (no death in or before the month, no later
    /// application) into <paramref name="perPeriod"/> and <paramref name="due"/>, which start at zero.
    /// </summary>
    internal void FillCompiled(SummaryMonth t, ElderlyPerson person, ref Amounts perPeriod, ref Amounts due, out int eligibleMask, out int withheld, out int pendingMask)
    {
        var birth = DayKeys.Of(person.BirthDate);
        var hukouSince = person.HukouDistrict is null ? DayKeys.Never : person.HukouSince is { } hs ? DayKeys.Of(hs) : birth;
        var resides = person.ResidesInJurisdiction;
        var applied = person.ApplicationDate is not null;
        // The economic status and care level on each shift's counted day, found once each (−1 and −2: not yet).
        int status0 = -1, status1 = -1, level0 = -2, level1 = -2;
        int eligible = 0, pending = 0, yearly = 0;
        var rows = t.Rows;
        for (var k = 0; k < rows.Length; k++)
        {
            ref readonly var row = ref rows[k];
            var b = row.Benefit;
            var met = (row.RequiresHukou ? hukouSince <= row.Counted : resides) && (!row.FromApplication || applied);
            var amount = 0m;
            var owed = 0m;
            var isPending = false;
            if (b <= Festival)
            {
                met &= birth <= row.MinCut && birth > row.MaxCut;
                if (b == Festival && t.FestivalMissing)
                {
                    met = false;
                }
                else if (b == Festival && t.FestivalInMonth)
                {
                    // 重阳节: age and hukou on the festival day itself (the residence and application conditions stand).
                    met = (row.RequiresHukou ? hukouSince <= t.FestivalDay : resides) && (!row.FromApplication || applied)
                        && birth <= t.FestivalMinCut && birth > t.FestivalMaxCut;
                }

                amount = row.BandAmount;
                owed = row.BandDue;
                yearly |= row.Yearly ? 1 << b : 0;
            }
            else if (b == HomeCare)
            {
                var statusBit = 1 << StatusOn(person, row.Counted, ref row.Shift == 0 ? ref status0 : ref status1);
                var l = LevelOn(person, t, row.Shift, ref row.Shift == 0 ? ref level0 : ref level1);
                var levelBit = l < 0 ? 0 : 1 << l;
                var arrangement = 1 << (int)person.LivingArrangement;
                var special = person.SpecialFamily != SpecialFamily.None;
                // The tiers are held highest value first (pack order among equals): the first that matches is the one paid.
                var best = -1;
                var tiers = t.HomeTiers;
                for (var i = 0; i < tiers.Length; i++)
                {
                    ref readonly var tier = ref tiers[i];
                    if ((tier.StatusMask & statusBit) != 0 && (tier.LevelMask & levelBit) != 0 && birth <= tier.Cut && (tier.ArrangementMask & arrangement) != 0
                        && (special || !tier.SpecialFamilyRequired))
                    {
                        best = i;
                        break;
                    }
                }

                met &= best >= 0;
                owed = amount = best >= 0 ? tiers[best].Value : 0m;
            }
            else if (b == Nursing)
            {
                var l = LevelOn(person, t, row.Shift, ref row.Shift == 0 ? ref level0 : ref level1);
                met &= (t.NursingStatusMask & (1 << StatusOn(person, row.Counted, ref row.Shift == 0 ? ref status0 : ref status1))) != 0 && l >= 0 && t.NursingPaid[l] && birth <= row.MinCut;
                owed = amount = met ? t.NursingByLevel[l] : 0m;
            }
            else if (b == Adaptation)
            {
                met &= (t.AdaptationStatusMask & (1 << StatusOn(person, row.Counted, ref row.Shift == 0 ? ref status0 : ref status1))) != 0 && birth <= row.MinCut && !person.AdaptationAlreadyGranted;
                if (person.AdaptationCost is { } cost)
                {
                    amount = Math.Min(cost, t.AdaptationCap);

                    // A one-off grant is owed only in the first month of entitlement.
                    owed = met && amount != 0m && PreviousMonth(new ElderlyFacts(person), person, b, t.Month - 1).Unmet == 0 ? 0m : amount;
                }
                else
                {
                    isPending = true;
                }
            }
            else
            {
                met &= birth <= row.MinCut;
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

        withheld = Stack(t, person, eligible, yearly, perPeriod, ref due);
        eligibleMask = eligible;
        pendingMask = pending;
    }

    /// <summary>Stacking, as <see cref="ElderlyPolicy.Stack"/> applies it: the benefits withheld (their amount owed set to 0).</summary>
    private static int Stack(SummaryMonth t, ElderlyPerson person, int eligible, int yearly, in Amounts perPeriod, ref Amounts due)
    {
        var withheld = 0;
        var rules = t.Stacking;
        for (var k = 0; k < rules.Length; k++)
        {
            var (i, j, kind) = rules[k];
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

            var loser = kind == StackingKind.Exclusive ? j
                : kind == StackingKind.Higher ? (PerMonth(perPeriod[i], yearly, i) >= PerMonth(perPeriod[j], yearly, j) ? j : i)
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

    /// <summary>The economic status on day <paramref name="counted"/> (its period holds on that day), found once per shift (<paramref name="found"/>: −1 until then).</summary>
    private static int StatusOn(ElderlyPerson person, int counted, ref int found)
    {
        if (found >= 0)
        {
            return found;
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

        return found = (int)status;
    }

    /// <summary>The care level on the counted day of shift <paramref name="shift"/>, or −1 when no valid assessment covers it; found once per shift (<paramref name="found"/>: −2 until then).</summary>
    private static int LevelOn(ElderlyPerson person, SummaryMonth t, int shift, ref int found)
    {
        if (found >= -1)
        {
            return found;
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

        return found = level;
    }
}
