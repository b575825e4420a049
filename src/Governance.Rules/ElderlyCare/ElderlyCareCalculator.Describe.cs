using Governance.Rules.Results;
using Governance.Rules.Time;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;
using static Governance.Rules.ElderlyCare.ElderlyTexts;

namespace Governance.Rules.ElderlyCare;

/// <summary>The elderly-care calculator: one benefit described over time — start and end months, arrears, the qualifying date.</summary>
public sealed partial class ElderlyCareCalculator
{
    private ElderlyBenefitOutcome Describe(ElderlyPolicy policy, ElderlyPerson person, ElderlyBenefit benefit, int m0, BenefitMonth now, HashSet<ElderlyPolicy> used, ExplanationBuilder x)
    {
        var rule = policy.Rules.Value.For(benefit);
        var eligible = now.Unmet == 0;
        int? start = null, end = null;
        var arrears = 0m;
        if (eligible)
        {
            var s = m0;
            while (s - 1 >= _firstMonth && Single(person, benefit, s - 1, used).Unmet == 0)
            {
                s--;
            }

            start = s;
            var horizon = Horizon(person, policy, benefit, m0);
            var e = m0;
            while (e < horizon && Single(person, benefit, e + 1, used).Unmet == 0)
            {
                e++;
            }

            end = e < horizon ? e : null;
        }

        if (rule.FromApplication && person.ApplicationDate is { } app && (eligible || now.Unmet == (int)UnmetCondition.Application))
        {
            var gate = Gate(rule, app);
            var scratch = default(MonthSet);
            for (var m = Math.Max(BackFrom(rule, app, gate), _firstMonth); m < gate; m++)
            {
                var p = PolicyFor(m);
                if (p is null)
                {
                    continue;
                }

                used.Add(p);
                EvaluateAll(p, person, m, ref scratch);
                if (scratch[(int)benefit].Unmet == 0 && scratch[(int)benefit].Arrears)
                {
                    arrears += scratch[(int)benefit].Due;
                }
            }
        }

        LocalDate? qualifiesOn = null;
        int? qualifiesFrom = null;
        if (now.Unmet == (int)UnmetCondition.Age && MinAge(policy, benefit) is { } min)
        {
            var on = Ages.Anniversary(person.BirthDate, min, policy.LeapRule);
            var first = ConditionMonth(on, rule);
            if (first > m0)
            {
                qualifiesOn = on;
                qualifiesFrom = rule.FromApplication && person.ApplicationDate is { } a ? Math.Max(first, Gate(rule, a)) : first;
            }
        }

        var outcome = new ElderlyBenefitOutcome
        {
            Benefit = benefit,
            Eligible = eligible,
            AmountPerPeriod = eligible ? now.PerPeriod : 0m,
            Period = now.Period,
            ServiceHours = eligible && now.HasHours ? now.Hours : null,
            DueInAsOfMonth = now.Due,
            StartMonth = start is { } st ? ToYearMonth(st) : null,
            EndMonth = end is { } en ? ToYearMonth(en) : null,
            Stacking = eligible ? now.Stacking : StackingOutcome.Paid,
            StackedWith = eligible && now.StackedWith >= 0 ? (now.StackedWith == InstitutionalIndex ? StackingTable.InstitutionalCare : ((ElderlyBenefit)now.StackedWith).Code()) : null,
            Unmet = (UnmetCondition)now.Unmet,
            QualifiesOn = qualifiesOn,
            QualifiesFromMonth = qualifiesFrom is { } q ? ToYearMonth(q) : null,
            Arrears = arrears,
            StartRule = rule.Start,
            StopRule = rule.Stop,
        };
        x.Step("elderly.benefit." + benefit.Code(), () => Message(outcome, rule), policy.InfosFor(benefit), ExplanationBuilder.Value("amount_per_period", outcome.AmountPerPeriod), ExplanationBuilder.Value("due", outcome.DueInAsOfMonth));
        return outcome;
    }

    private BenefitMonth Single(ElderlyPerson person, ElderlyBenefit benefit, int m, HashSet<ElderlyPolicy> used)
    {
        var p = PolicyFor(m);
        if (p is null)
        {
            return new BenefitMonth { Unmet = (int)UnmetCondition.NotInForce };
        }

        used.Add(p);
        return p.Month(person, benefit, m, checkPrevious: false);
    }

    private static int Horizon(ElderlyPerson person, ElderlyPolicy policy, ElderlyBenefit benefit, int m0)
    {
        var h = m0;
        void Take(LocalDate? d)
        {
            if (d is { } v)
            {
                h = Math.Max(h, MonthIndex(v) + 2);
            }
        }

        Take(person.DeathDate);
        Take(person.InstitutionalCareFrom);
        Take(person.InstitutionalCareUntil);
        foreach (var s in person.EconomicStatuses)
        {
            Take(s.To);
        }

        foreach (var a in person.Assessments)
        {
            Take(a.ValidUntil ?? (policy.Validity.HasValue ? a.AssessedOn.PlusMonths(policy.Validity.Value) : null));
        }

        if (policy.Band(benefit) is { HasValue: true } band && band.Value.MaxAge is { } max)
        {
            Take(Ages.Anniversary(person.BirthDate, max + 1, policy.LeapRule));
        }

        return Math.Min(h, m0 + SearchHorizonMonths);
    }

    /// <summary>How far ahead an end month is looked for: 150 years, longer than any entitlement can run.</summary>
    private const int SearchHorizonMonths = 150 * 12;

    private static int? MinAge(ElderlyPolicy p, ElderlyBenefit b) => b switch
    {
        ElderlyBenefit.HomeCare => p.HomeCare.HasValue && p.HomeCare.Value.TierArray.Length > 0 ? p.HomeCare.Value.TierArray.Min(t => t.MinAge) : null,
        ElderlyBenefit.Nursing => p.Nursing.HasValue ? p.Nursing.Value.MinAge : null,
        ElderlyBenefit.Adaptation => p.Adaptation.HasValue ? p.Adaptation.Value.MinAge : null,
        ElderlyBenefit.Meal => p.Meal.HasValue ? p.Meal.Value.MinAge : null,
        _ => p.Band(b) is { HasValue: true } band ? band.Value.MinAge : null,
    };
}
