using Governance.Rules.Results;
using Governance.Rules.Time;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;
using static Governance.Rules.ElderlyCare.ElderlyTexts;

namespace Governance.Rules.ElderlyCare;

/// <summary>The elderly-care calculator: one benefit described over time — start and end months, arrears, the qualifying date.</summary>
public sealed partial class ElderlyCareCalculator
{
    private ElderlyBenefitOutcome Describe(ElderlyPolicy policy, in ElderlyFacts facts, ElderlyChangeMonths changes, ElderlyPerson person, ElderlyBenefit benefit, LocalDate asOf, int m0, in MonthSet all, bool[] used)
    {
        var now = all[(int)benefit];
        var rule = policy.Rules.Value.For(benefit);
        var eligible = now.Unmet == 0;
        int? start = null, end = null;
        var arrears = 0m;
        if (eligible)
        {
            start = RunStart(facts, changes, person, (int)benefit, m0, used);
            var horizon = Horizon(facts, person, policy, benefit, m0);
            var e = RunEnd(facts, changes, person, (int)benefit, m0, horizon, used);
            end = e < horizon ? e : null;
        }

        if (rule.FromApplication && facts.HasApplication && (eligible || now.Unmet == (int)UnmetCondition.Application))
        {
            var gate = Gate(rule, facts.ApplicationMonth);
            arrears = SumOwed(facts, changes, person, Math.Max(BackFrom(rule, facts.ApplicationYear, gate), _firstMonth), gate, (int)benefit, used, all, m0);
        }

        LocalDate? qualifiesOn = null;
        int? qualifiesFrom = null;
        var unmet = (UnmetCondition)now.Unmet;
        if (unmet == UnmetCondition.Age && MinAge(policy, benefit) is { } min && facts.BirthYear + min <= LocalDate.MaxIsoValue.Year - 1)
        {
            var on = Ages.Anniversary(person.BirthDate, min, policy.LeapRule);
            var first = ConditionMonth(on, rule);
            var from = rule.FromApplication && facts.HasApplication ? Math.Max(first, Gate(rule, facts.ApplicationMonth)) : first;
            if (first > m0 && from <= LastMonth)
            {
                qualifiesOn = on;
                qualifiesFrom = from;

                // Age already reached on the as-of date (and not outgrown): only the start rule defers payment, so age is not what is unmet.
                var within = policy.Band(benefit) is not { HasValue: true, Value.MaxAge: { } max } || facts.AnniversaryDay(max + 1, policy.LeapRule) > DayNumber(asOf);
                if (benefit != ElderlyBenefit.HomeCare && on <= asOf && within)
                {
                    unmet = UnmetCondition.Deferred;
                }
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
            Unmet = unmet,
            DueOn = benefit == ElderlyBenefit.CentenarianFestival && policy.FestivalDay.HasValue ? LunarFestivals.DoubleNinth(asOf.Year) : null,
            AmountDependsOn = eligible && now.Pending ? (benefit == ElderlyBenefit.Meal ? nameof(ElderlyPerson.MealsPerMonth) : nameof(ElderlyPerson.AdaptationCost)) : null,
            QualifiesOn = qualifiesOn,
            QualifiesFromMonth = qualifiesFrom is { } q ? ToYearMonth(q) : null,
            Arrears = arrears,
            StartRule = rule.Start,
            StopRule = rule.Stop,
        };
        return outcome;
    }

    internal static int Horizon(in ElderlyFacts facts, ElderlyPerson person, ElderlyPolicy policy, ElderlyBenefit benefit, int m0)
    {
        var h = m0;
        h = Math.Max(h, Next(facts.DeathMonth));
        h = Math.Max(h, Next(facts.CareFromMonth));
        h = Math.Max(h, Next(facts.CareUntilMonth));
        foreach (var s in person.EconomicStatuses)
        {
            h = Math.Max(h, s.To is { } to ? MonthIndex(to) + 2 : h);
        }

        foreach (var a in person.Assessments)
        {
            h = Math.Max(h, a.ValidUntil is { } until ? MonthIndex(until) + 2 : policy.Validity.HasValue ? MonthIndex(a.AssessedOn) + policy.Validity.Value + 2 : h);
        }

        if (policy.Band(benefit) is { HasValue: true } band && band.Value.MaxAge is { } max)
        {
            h = Math.Max(h, facts.AnniversaryMonth(max + 1, policy.LeapRule) + 2);
        }

        // No month after December 9999 can be named: an entitlement running past it is open.
        return Math.Min(Math.Min(h, m0 + SearchHorizonMonths), LastMonth);

        static int Next(int month) => month == ElderlyFacts.Never ? 0 : month + 2;
    }

    /// <summary>The last month a date can fall in (9999-12).</summary>
    private static readonly int LastMonth = MonthIndex(LocalDate.MaxIsoValue);

    /// <summary>How far ahead an end month is looked for: 150 years, longer than any entitlement can run.</summary>
    private const int SearchHorizonMonths = 150 * 12;

    internal static int? MinAge(ElderlyPolicy p, ElderlyBenefit b) => b switch
    {
        ElderlyBenefit.HomeCare => p.HomeCare.HasValue && p.HomeCare.Value.TierArray.Length > 0 ? p.HomeCare.Value.TierArray.Min(t => t.MinAge) : null,
        ElderlyBenefit.Nursing => p.Nursing.HasValue ? p.Nursing.Value.MinAge : null,
        ElderlyBenefit.Adaptation => p.Adaptation.HasValue ? p.Adaptation.Value.MinAge : null,
        ElderlyBenefit.Meal => p.Meal.HasValue ? p.Meal.Value.MinAge : null,
        _ => p.Band(b) is { HasValue: true } band ? band.Value.MinAge : null,
    };
}
