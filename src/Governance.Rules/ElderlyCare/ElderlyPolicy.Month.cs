using Governance.Rules.Money;
using Governance.Rules.Time;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>One benefit in one month: the hot loop of the calculator.</summary>
internal sealed partial class ElderlyPolicy
{
    public BenefitMonth Month(ElderlyPerson person, ElderlyBenefit b, int m, bool checkPrevious, ElderlyCareCalculator? owner = null)
    {
        var rule = Rules.Value.For(b);
        var r = new BenefitMonth { StackedWith = -1, PaidIn = m };
        var unmet = 0;
        decimal amount = 0;
        var period = BenefitPeriod.Month;
        switch (b)
        {
            case ElderlyBenefit.AgeAllowance80To89:
            case ElderlyBenefit.AgeAllowance90To99:
            case ElderlyBenefit.AgeAllowance100Plus:
            case ElderlyBenefit.CentenarianFestival:
            {
                var band = _bands[(int)b];
                if (!band.HasValue || (band.Value.Period == BenefitPeriod.Year && !LumpSum.HasValue))
                {
                    unmet |= (int)UnmetCondition.NotInForce;
                    break;
                }

                if (!AgeReached(person, band.Value.MinAge, m, rule) || (band.Value.MaxAge is { } max && AgeReached(person, max + 1, m, rule)))
                {
                    unmet |= (int)UnmetCondition.Age;
                }

                amount = band.Value.Amount;
                period = band.Value.Period;
                break;
            }

            case ElderlyBenefit.HomeCare:
            {
                if (!HomeCare.HasValue)
                {
                    unmet |= (int)UnmetCondition.NotInForce;
                    break;
                }

                var table = HomeCare.Value;
                var status = 1 << (int)StatusAt(person, m, rule);
                var level = LevelAt(person, m, rule);
                var levelBit = level < 0 ? 0 : 1 << level;
                var arrangement = 1 << (int)person.LivingArrangement;
                int stage = 0;
                decimal best = -1m, hours = 0m;
                var hasHours = false;
                foreach (var tier in table.TierArray)
                {
                    var s = (tier.StatusMask & status) == 0 ? 0 : (tier.LevelMask & levelBit) == 0 ? 1 : !AgeReached(person, tier.MinAge, m, rule) ? 2
                        : (tier.ArrangementMask & arrangement) == 0 ? 3 : tier.SpecialFamilyRequired && person.SpecialFamily == SpecialFamily.None ? 4 : 5;
                    stage = Math.Max(stage, s);
                    if (s == 5)
                    {
                        var value = tier.MonthlyAmount ?? MoneyMath.ToFen(tier.MonthlyHours!.Value * table.HourlyValue, FenRounding.HalfUp);
                        if (value > best)
                        {
                            best = value;
                            hasHours = tier.MonthlyHours is not null;
                            hours = tier.MonthlyHours ?? 0m;
                        }
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
                amount = Math.Max(best, 0m);
                r.HasHours = hasHours;
                r.Hours = hours;
                break;
            }

            case ElderlyBenefit.Nursing:
            {
                if (!Nursing.HasValue)
                {
                    unmet |= (int)UnmetCondition.NotInForce;
                    break;
                }

                var table = Nursing.Value;
                if ((table.StatusMask & (1 << (int)StatusAt(person, m, rule))) == 0)
                {
                    unmet |= (int)UnmetCondition.EconomicStatus;
                }

                var level = LevelAt(person, m, rule);
                if (level < 0 || table.ByLevel[level] < 0)
                {
                    unmet |= (int)UnmetCondition.CareLevel;
                }
                else
                {
                    amount = table.ByLevel[level];
                }

                if (!AgeReached(person, table.MinAge, m, rule))
                {
                    unmet |= (int)UnmetCondition.Age;
                }

                break;
            }

            case ElderlyBenefit.Adaptation:
            {
                if (!Adaptation.HasValue)
                {
                    unmet |= (int)UnmetCondition.NotInForce;
                    break;
                }

                var table = Adaptation.Value;
                period = BenefitPeriod.OneOff;
                if ((table.StatusMask & (1 << (int)StatusAt(person, m, rule))) == 0)
                {
                    unmet |= (int)UnmetCondition.EconomicStatus;
                }

                if (!AgeReached(person, table.MinAge, m, rule))
                {
                    unmet |= (int)UnmetCondition.Age;
                }

                if (person.AdaptationAlreadyGranted)
                {
                    unmet |= (int)UnmetCondition.AlreadyGranted;
                }

                amount = person.AdaptationCost is { } cost ? Math.Min(cost, table.Cap) : table.Cap;
                break;
            }

            default:
            {
                if (!Meal.HasValue)
                {
                    unmet |= (int)UnmetCondition.NotInForce;
                    break;
                }

                var table = Meal.Value;
                if (!AgeReached(person, table.MinAge, m, rule))
                {
                    unmet |= (int)UnmetCondition.Age;
                }

                amount = MoneyMath.ToFen(table.PerMeal * Math.Min(person.MealsPerMonth ?? table.MaxMealsPerMonth, table.MaxMealsPerMonth), FenRounding.HalfUp);
                break;
            }
        }

        // Death: the stop rule.
        var factorDays = 0;
        var daysInMonth = 0;
        if (person.DeathDate is { } death)
        {
            var dm = MonthIndex(death);
            if (m > dm || (m == dm && rule.Stop == StopRule.DayBeforeDeath && death.Day == 1))
            {
                unmet |= (int)UnmetCondition.Deceased;
            }
            else if (m == dm && rule.Stop == StopRule.DayBeforeDeath)
            {
                factorDays = death.Day - 1;
                daysInMonth = CalendarSystem.Iso.GetDaysInMonth(death.Year, death.Month);
            }
        }

        // Hukou or residence.
        if (rule.RequiresHukou)
        {
            if (person.HukouDistrict is null || ConditionMonth(person.HukouSince ?? person.BirthDate, rule) > m)
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
            if (person.ApplicationDate is not { } app)
            {
                unmet |= (int)UnmetCondition.Application;
            }
            else
            {
                var gate = Gate(rule, app);
                if (m < gate)
                {
                    if (period != BenefitPeriod.OneOff && m >= BackFrom(rule, app, gate))
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

        r.Unmet = unmet;
        r.Period = period;
        if (unmet != 0)
        {
            r.Hours = 0;
            r.HasHours = false;
            return r;
        }

        r.PerPeriod = amount;
        r.Due = period switch
        {
            BenefitPeriod.Year => (m % 12) + 1 == LumpSum.Value ? amount : 0m,
            BenefitPeriod.OneOff => checkPrevious && owner is not null && owner.PreviousMonth(person, b, m - 1).Unmet == 0 ? 0m : amount,
            _ => daysInMonth > 0 ? MoneyMath.ToFen(amount * factorDays / daysInMonth, FenRounding.HalfUp) : amount,
        };
        return r;
    }

    private bool AgeReached(ElderlyPerson person, int age, int m, BenefitRule rule) =>
        ConditionMonth(Ages.Anniversary(person.BirthDate, age, LeapRule), rule) <= m;

    private static EconomicStatus StatusAt(ElderlyPerson person, int m, BenefitRule rule)
    {
        var list = person.EconomicStatuses;
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            if (ConditionMonth(s.From, rule) <= m && (s.To is not { } to || m < ConditionMonth(to.PlusDays(1), rule)))
            {
                return s.Status;
            }
        }

        return EconomicStatus.None;
    }

    private int LevelAt(ElderlyPerson person, int m, BenefitRule rule)
    {
        var list = person.Assessments;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var a = list[i];
            if (ConditionMonth(a.AssessedOn, rule) > m)
            {
                continue;
            }

            LocalDate? end = a.ValidUntil?.PlusDays(1) ?? (Validity.HasValue ? a.AssessedOn.PlusMonths(Validity.Value) : null);
            if (end is { } e && m >= ConditionMonth(e, rule))
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
