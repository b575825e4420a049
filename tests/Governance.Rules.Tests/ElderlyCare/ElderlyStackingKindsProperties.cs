using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// Stacking rules other than Suzhou's: a pair listed as compatible, a yearly 尊老金 band against the monthly home-care
/// subsidy under "the higher is paid" (a yearly amount compared as a twelfth), in either order, and one subsidy excluding
/// another (not paid together: the first listed is paid). The compiled fast path and
/// the full evaluation (two implementations of stacking) give the same figures, and the rule decides as it says.
/// </summary>
public sealed class ElderlyStackingKindsProperties
{
    private static ElderlyCareCalculator Stacking(string first, string second, string rule) => WithLayer($$"""
        "elderly.stacking": { "unit": "list", "values": [ { "from": "2000-01-01", "provenance": "placeholder", "citation": "what-if",
          "value": [ { "benefits": [ "{{first}}", "{{second}}" ], "rule": "{{rule}}" } ] } ] }
        """);

    private static readonly (string Name, ElderlyCareCalculator Calculator, ElderlyBenefit First, ElderlyBenefit Second, string Rule)[] Layers =
    [
        ("nursing and home care compatible", Stacking("nursing", "home-care", "compatible"), ElderlyBenefit.Nursing, ElderlyBenefit.HomeCare, "compatible"),
        ("90–99 band, then home care: the higher", Stacking("age-90-99", "home-care", "higher"), ElderlyBenefit.AgeAllowance90To99, ElderlyBenefit.HomeCare, "higher"),
        ("home care, then the 90–99 band: the higher", Stacking("home-care", "age-90-99", "higher"), ElderlyBenefit.HomeCare, ElderlyBenefit.AgeAllowance90To99, "higher"),
        ("nursing excludes home care", Stacking("nursing", "home-care", "exclusive"), ElderlyBenefit.Nursing, ElderlyBenefit.HomeCare, "exclusive"),
    ];

    /// <summary>Persons of 88–100 on 低保 or 特困 since 2010, living alone or in an empty nest, assessed within the last year at any level, applied in 2015; as-of dates 2020–2030.</summary>
    private static readonly Gen<(ElderlyPerson Person, LocalDate AsOf)> Persons =
        from asOfDays in Gen.Choose(0, 10 * 365)
        from age in Gen.Choose(88, 100)
        from birthDay in Gen.Choose(0, 364)
        from status in Gen.Elements(EconomicStatus.Dibao, EconomicStatus.ExtremePoverty, EconomicStatus.LowIncome)
        from level in Gen.Elements(CareLevel.Capable, CareLevel.Mild, CareLevel.Moderate, CareLevel.Severe)
        from assessedAgo in Gen.Choose(0, 330)
        from arrangement in Gen.Elements(LivingArrangement.Alone, LivingArrangement.EmptyNest)
        select Build(asOfDays, age, birthDay, status, level, assessedAgo, arrangement);

    private static (ElderlyPerson, LocalDate) Build(int asOfDays, int age, int birthDay, EconomicStatus status, CareLevel level, int assessedAgo, LivingArrangement arrangement)
    {
        var asOf = Date("2020-01-01").PlusDays(asOfDays);
        var person = new ElderlyPerson
        {
            BirthDate = asOf.PlusYears(-age).PlusDays(-birthDay),
            HukouDistrict = "gusu",
            EconomicStatuses = [new EconomicStatusPeriod(status, Date("2010-01-01"))],
            Assessments = [new CareAssessment { Level = level, AssessedOn = asOf.PlusDays(-assessedAgo) }],
            LivingArrangement = arrangement,
            ApplicationDate = Date("2015-06-01"),
        };
        return (person, asOf);
    }

    /// <summary>A benefit's amount per month: a yearly amount counts as a twelfth.</summary>
    private static decimal PerMonth(ElderlyBenefitOutcome o) => o.Period == BenefitPeriod.Year ? o.AmountPerPeriod / 12m : o.AmountPerPeriod;

    [Property(MaxTest = 300)]
    public Property The_fast_path_and_the_evaluation_stack_alike_and_the_rule_decides_as_it_says() =>
        Prop.ForAll(Gen.Choose(0, Layers.Length - 1).ToArbitrary(), Persons.ToArbitrary(), (k, c) =>
        {
            var (name, calculator, first, second, rule) = Layers[k];
            var fast = calculator.Summarize(c.Person, c.AsOf);
            var outcome = calculator.Evaluate(ElderlyCareRequest.For(c.Person), EvaluationOptions.On(c.AsOf, explain: false)).GetOutcomeOrThrow();
            var same = ElderlyBenefits.All.All(b => outcome[b].Eligible == fast.IsEligible(b) && outcome[b].AmountPerPeriod == fast.AmountPerPeriod(b)
                && outcome[b].DueInAsOfMonth == fast.Due(b) && (!outcome[b].Eligible || (outcome[b].Stacking == StackingOutcome.Paid) == ((fast.PaidMask & (1 << (int)b)) != 0)));
            var (a, b2) = (outcome[first], outcome[second]);
            var both = a.Eligible && b2.Eligible;
            var decided = !both
                || (rule switch
                {
                    "compatible" => a.Stacking == StackingOutcome.Paid && b2.Stacking == StackingOutcome.Paid,
                    "exclusive" => a.Stacking == StackingOutcome.Paid && b2.Stacking == StackingOutcome.Excluded && b2.DueInAsOfMonth == 0m,
                    _ => (PerMonth(a) >= PerMonth(b2)) == (a.Stacking == StackingOutcome.Paid) && (a.Stacking == StackingOutcome.Paid) != (b2.Stacking == StackingOutcome.Paid),
                });
            var apart = string.Join("; ", ElderlyBenefits.All.Select(b => $"{b} {outcome[b].Eligible}/{fast.IsEligible(b)} {outcome[b].AmountPerPeriod}/{fast.AmountPerPeriod(b)} {outcome[b].DueInAsOfMonth}/{fast.Due(b)} {outcome[b].Stacking}/{(fast.PaidMask & (1 << (int)b)) != 0}"));
            return (same && decided).Classify(both, "both eligible").Label($"{name}: {first} {a.Stacking} {PerMonth(a)}, {second} {b2.Stacking} {PerMonth(b2)}; {apart}");
        });

    [Fact]
    public void Under_each_rule_some_generated_persons_are_eligible_for_both_benefits()
    {
        var persons = Persons.Sample(400, 7);
        foreach (var (name, calculator, first, second, _) in Layers)
        {
            var both = persons.Count(c =>
            {
                var s = calculator.Summarize(c.Person, c.AsOf);
                return s.IsEligible(first) && s.IsEligible(second);
            });
            Assert.True(both >= 20, $"{name}: {both} of 400 eligible for both");
        }
    }
}
