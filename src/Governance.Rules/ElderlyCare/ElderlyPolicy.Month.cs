using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>One benefit in one month: the hot loop of the calculator, on month numbers and precompiled figures only.</summary>
internal sealed partial class ElderlyPolicy
{
    /// <summary>The conditions and amount of benefit <paramref name="b"/> in month <paramref name="m"/>, before stacking.</summary>
    /// <param name="f">The person's dates as numbers.</param>
    /// <param name="person">The person (for the status periods and assessments).</param>
    /// <param name="b">The benefit index.</param>
    /// <param name="m">The month number.</param>
    /// <param name="owner">The calculator, to look at the previous month for a one-off grant; null when only the conditions matter.</param>
    public BenefitMonth Month(in ElderlyFacts f, ElderlyPerson person, int b, int m, ElderlyCareCalculator? owner)
    {
        var rule = _rules[b];
        var shift = _shift[b];
        var r = new BenefitMonth { StackedWith = -1, PaidIn = m };
        var unmet = 0;
        decimal amount = 0;
        var period = BenefitPeriod.Month;
        if (!_inForce[b])
        {
            unmet = (int)UnmetCondition.NotInForce;
        }
        else
        {
            switch (b)
            {
                case < 4:
                {
                    var band = _bandValues[b]!;
                    if (m < f.AnniversaryMonth(band.MinAge, LeapRule) + shift || (band.MaxAge is { } max && m >= f.AnniversaryMonth(max + 1, LeapRule) + shift))
                    {
                        unmet |= (int)UnmetCondition.Age;
                    }

                    amount = band.Amount;
                    period = band.Period;
                    break;
                }

                case (int)ElderlyBenefit.HomeCare:
                {
                    var status = 1 << (int)StatusAt(person, m, shift);
                    var level = LevelAt(person, m, shift);
                    var levelBit = level < 0 ? 0 : 1 << level;
                    var arrangement = 1 << (int)person.LivingArrangement;
                    var stage = 0;
                    var best = -1;
                    var tiers = _homeTiers;
                    for (var t = 0; t < tiers.Length; t++)
                    {
                        var tier = tiers[t];
                        var s = (tier.StatusMask & status) == 0 ? 0 : (tier.LevelMask & levelBit) == 0 ? 1 : m < f.AnniversaryMonth(tier.MinAge, LeapRule) + shift ? 2
                            : (tier.ArrangementMask & arrangement) == 0 ? 3 : tier.SpecialFamilyRequired && person.SpecialFamily == SpecialFamily.None ? 4 : 5;
                        stage = Math.Max(stage, s);
                        if (s == 5 && (best < 0 || _homeValues[t] > _homeValues[best]))
                        {
                            best = t;
                        }
                    }

                    unmet |= stage switch
                    {
                        0 => (int)UnmetCondition.EconomicStatus,
                        1 => (int)UnmetCondition.CareLevel,
                        2 => (int)UnmetCondition.Age,
                        3 => (int)UnmetCondition.LivingArrangement,
                        4 => (int)UnmetCondition.SpecialFamily,
                        _ => 0,
                    };
                    if (best >= 0)
                    {
                        amount = _homeValues[best];
                        r.HasHours = tiers[best].MonthlyHours is not null;
                        r.Hours = tiers[best].MonthlyHours ?? 0m;
                    }

                    break;
                }

                case (int)ElderlyBenefit.Nursing:
                {
                    var table = Nursing.Value;
                    if ((table.StatusMask & (1 << (int)StatusAt(person, m, shift))) == 0)
                    {
                        unmet |= (int)UnmetCondition.EconomicStatus;
                    }

                    var level = LevelAt(person, m, shift);
                    if (level < 0 || table.ByLevel[level] < 0)
                    {
                        unmet |= (int)UnmetCondition.CareLevel;
                    }
                    else
                    {
                        amount = table.ByLevel[level];
                    }

                    if (m < f.AnniversaryMonth(table.MinAge, LeapRule) + shift)
                    {
                        unmet |= (int)UnmetCondition.Age;
                    }

                    break;
                }

                case (int)ElderlyBenefit.Adaptation:
                {
                    var table = Adaptation.Value;
                    period = BenefitPeriod.OneOff;
                    if ((table.StatusMask & (1 << (int)StatusAt(person, m, shift))) == 0)
                    {
                        unmet |= (int)UnmetCondition.EconomicStatus;
                    }

                    if (m < f.AnniversaryMonth(table.MinAge, LeapRule) + shift)
                    {
                        unmet |= (int)UnmetCondition.Age;
                    }

                    if (person.AdaptationAlreadyGranted)
                    {
                        unmet |= (int)UnmetCondition.AlreadyGranted;
                    }

                    if (person.AdaptationCost is { } cost)
                    {
                        amount = Math.Min(cost, table.Cap);
                    }
                    else
                    {
                        r.Pending = true;
                    }
                    break;
                }

                default:
                {
                    var table = Meal.Value;
                    if (m < f.AnniversaryMonth(table.MinAge, LeapRule) + shift)
                    {
                        unmet |= (int)UnmetCondition.Age;
                    }

                    if (person.MealsPerMonth is { } n)
                    {
                        amount = _mealAmounts[Math.Min(n, table.MaxMealsPerMonth)];
                    }
                    else
                    {
                        r.Pending = true;
                    }
                    break;
                }
            }
        }

        // Death: the stop rule.
        var prorate = false;
        if (m >= f.DeathMonth)
        {
            if (m > f.DeathMonth || (rule.Stop == StopRule.DayBeforeDeath && f.DeathDayOfMonth == 1))
            {
                unmet |= (int)UnmetCondition.Deceased;
            }
            else
            {
                prorate = rule.Stop == StopRule.DayBeforeDeath;
            }
        }

        // Hukou or residence.
        if (rule.RequiresHukou)
        {
            if (f.HukouMonth + shift > m)
            {
                unmet |= (int)UnmetCondition.Hukou;
            }
        }
        else if (!person.ResidesInJurisdiction)
        {
            unmet |= (int)UnmetCondition.Residence;
        }

        // Application-based starts, with back-pay.
        if (rule.FromApplication)
        {
            if (!f.HasApplication)
            {
                unmet |= (int)UnmetCondition.Application;
            }
            else
            {
                var gate = Gate(rule, f.ApplicationMonth);
                if (m < gate)
                {
                    if (period != BenefitPeriod.OneOff && m >= BackFrom(rule, f.ApplicationYear, gate))
                    {
                        r.Arrears = true;
                        r.PaidIn = gate;
                    }
                    else
                    {
                        unmet |= (int)UnmetCondition.Application;
                    }
                }
            }
        }

        // 重阳节: in the festival's month the lump sum is due only if the conditions hold on the festival day itself.
        var festival = 0;
        if (b == (int)ElderlyBenefit.CentenarianFestival && FestivalDay.HasValue && _inForce[b])
        {
            if (Time.LunarFestivals.DoubleNinth((m - (((m % 12) + 12) % 12)) / 12) is not { } day)
            {
                unmet |= (int)UnmetCondition.NotInForce;
            }
            else if (MonthIndex(day) == m)
            {
                festival = DayNumber(day);
                var band = _bandValues[b]!;
                unmet &= ~((int)UnmetCondition.Age | (int)UnmetCondition.Deceased | (int)UnmetCondition.Hukou);
                if (f.AnniversaryDay(band.MinAge, LeapRule) > festival || (band.MaxAge is { } max && f.AnniversaryDay(max + 1, LeapRule) <= festival))
                {
                    unmet |= (int)UnmetCondition.Age;
                }

                if (f.DeathDay < festival)
                {
                    unmet |= (int)UnmetCondition.Deceased;
                }

                if (rule.RequiresHukou && f.HukouDay > festival)
                {
                    unmet |= (int)UnmetCondition.Hukou;
                }
            }
        }

        r.Unmet = unmet;
        r.Period = period;
        if (unmet != 0)
        {
            r.Hours = 0;
            r.HasHours = false;
            r.Pending = false;
            return r;
        }

        r.PerPeriod = amount;
        r.DueDay = festival;
        r.Due = period switch
        {
            BenefitPeriod.Year when b == (int)ElderlyBenefit.CentenarianFestival && FestivalDay.HasValue => festival != 0 ? amount : 0m,
            BenefitPeriod.Year => (m % 12) + 1 == LumpSum.Value ? amount : 0m,
            BenefitPeriod.OneOff => owner is not null && owner.PreviousMonth(f, person, b, m - 1).Unmet == 0 ? 0m : amount,
            _ => prorate ? Money.MoneyMath.ToFen(amount * (f.DeathDayOfMonth - 1) / f.DeathDaysInMonth, Money.FenRounding.HalfUp) : amount,
        };
        return r;
    }

    /// <summary>The economic status in force in month <paramref name="m"/> (a period counts from its start by the start rule and stops by the same rule the day after it ends).</summary>
    private static EconomicStatus StatusAt(ElderlyPerson person, int m, int shift)
    {
        var list = person.EconomicStatuses;
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            if (MonthIndex(s.From) + shift <= m && (s.To is not { } to || m < MonthAfterDay(to) + shift))
            {
                return s.Status;
            }
        }

        return EconomicStatus.None;
    }

    /// <summary>The care level in force in month <paramref name="m"/>, or −1 when no valid assessment covers it.</summary>
    private int LevelAt(ElderlyPerson person, int m, int shift)
    {
        var list = person.Assessments;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var a = list[i];
            var assessed = MonthIndex(a.AssessedOn);
            if (assessed + shift > m)
            {
                continue;
            }

            int? end = a.ValidUntil is { } until ? MonthAfterDay(until) : Validity.HasValue ? assessed + Validity.Value : null;
            if (end is { } e && m >= e + shift)
            {
                return -1;
            }

            if (a.Level is { } level)
            {
                return (int)level;
            }

            return Mapping.HasValue ? (int)Mapping.Value.Map(a.LegacyLevel!.Value) : -1;
        }

        return -1;
    }
}
