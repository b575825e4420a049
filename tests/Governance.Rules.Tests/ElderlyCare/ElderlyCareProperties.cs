using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

public sealed class ElderlyCareProperties
{
    private static readonly LocalDate Epoch = Date("2008-01-01");

    private static readonly ElderlyBenefit[] AgeBands =
        [ElderlyBenefit.AgeAllowance80To89, ElderlyBenefit.AgeAllowance90To99, ElderlyBenefit.AgeAllowance100Plus, ElderlyBenefit.CentenarianFestival];

    /// <summary>Persons of every status, level, arrangement and flag, born 1900–1965, with as-of dates 2008–2040.</summary>
    internal static readonly Gen<(ElderlyPerson Person, LocalDate AsOf)> Cases =
        from birthDays in Gen.Choose(0, 65 * 365)
        from asOfDays in Gen.Choose(0, 32 * 365)
        from status in Gen.Choose(0, 3)
        from level in Gen.Choose(-1, 3)
        from arrangement in Gen.Choose(0, 2)
        from special in Gen.Choose(0, 3)
        from applies in Gen.Elements(true, false)
        from meals in Gen.Choose(-1, 40)
        from care in Gen.Elements(true, false)
        from hukou in Gen.Elements("gusu", "kunshan", null)
        from dies in Gen.Choose(-1, 40 * 365)
        select Build(birthDays, asOfDays, status, level, arrangement, special, applies, meals, care, hukou, dies);

    private static (ElderlyPerson, LocalDate) Build(int birthDays, int asOfDays, int status, int level, int arrangement, int special, bool applies, int meals, bool care, string? hukou, int dies)
    {
        var birth = Date("1900-01-01").PlusDays(birthDays);
        var asOf = Epoch.PlusDays(asOfDays);
        var since = birth.PlusYears(60);
        var person = new ElderlyPerson
        {
            BirthDate = birth,
            HukouDistrict = hukou,
            DeathDate = dies < 0 ? null : since.PlusDays(dies),
            EconomicStatuses = status == 0 ? [] : [new EconomicStatusPeriod((EconomicStatus)status, since)],
            Assessments = level < 0 || since > asOf ? [] : [new CareAssessment { Level = (CareLevel)level, AssessedOn = since }],
            LivingArrangement = (LivingArrangement)arrangement,
            SpecialFamily = (SpecialFamily)special,
            ApplicationDate = applies && since <= asOf ? since : null,
            MealsPerMonth = meals < 0 ? null : meals,
            InstitutionalCareFrom = care ? since.PlusYears(20) : null,
        };
        return (person, asOf);
    }

    [Property(MaxTest = 300)]
    public Property Amounts_are_never_negative() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var s = Suzhou.Summarize(c.Person, c.AsOf);
            return s.Status == ElderlySummaryStatus.Computed
                && ElderlyBenefits.All.All(b => s.AmountPerPeriod(b) >= 0 && s.Due(b) >= 0 && s.Due(b) <= s.AmountPerPeriod(b))
                && s.MonthTotal >= 0;
        });

    [Property(MaxTest = 200)]
    public Property For_a_living_person_with_an_unchanged_profile_the_age_allowance_never_decreases_as_the_as_of_date_advances()
    {
        var gen = from birthDays in Gen.Choose(0, 65 * 365)
                  from a in Gen.Choose(0, 32 * 365)
                  from b in Gen.Choose(0, 32 * 365)
                  select (Birth: Date("1900-01-01").PlusDays(birthDays), Early: Epoch.PlusDays(Math.Min(a, b)), Late: Epoch.PlusDays(Math.Max(a, b)));
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var person = new ElderlyPerson { BirthDate = c.Birth, HukouDistrict = "gusu" };
            return c.Birth > c.Early || PerMonth(Suzhou.Summarize(person, c.Early)) <= PerMonth(Suzhou.Summarize(person, c.Late));
        });

        // Per-month equivalent: a yearly amount counts as a twelfth.
        static decimal PerMonth(ElderlyBenefitSummary s) =>
            s.AmountPerPeriod(ElderlyBenefit.AgeAllowance80To89) + (s.AmountPerPeriod(ElderlyBenefit.AgeAllowance90To99) / 12m)
            + s.AmountPerPeriod(ElderlyBenefit.AgeAllowance100Plus) + (s.AmountPerPeriod(ElderlyBenefit.CentenarianFestival) / 12m);
    }

    [Property(MaxTest = 60)]
    public Property The_schedule_total_is_the_sum_of_its_months_and_each_month_matches_the_fast_path() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Choose(1, 36).ToArbitrary(), (c, months) =>
        {
            var from = new YearMonth(c.AsOf.Year, c.AsOf.Month);
            var to = from.PlusMonths(months - 1);
            var o = Suzhou.Evaluate(new ElderlyCareRequest { Person = c.Person, ScheduleFrom = from, ScheduleTo = to }, EvaluationOptions.On(c.AsOf, explain: false)).GetOutcomeOrThrow();
            var perMonth = o.Schedule.Select(m => Suzhou.Summarize(c.Person, m.Month.OnDayOfMonth(1)).MonthTotal).ToArray();
            return o.Schedule.Count == months
                && o.ScheduleTotal == o.Schedule.Sum(m => m.Lines.Sum(l => l.Amount))
                && o.Schedule.Select(m => m.Total).SequenceEqual(perMonth)
                && o.MonthTotal == perMonth[0];
        });

    [Property(MaxTest = 60)]
    public Property The_year_total_is_the_sum_of_the_twelve_months_of_the_schedule() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var request = new ElderlyCareRequest { Person = c.Person, ScheduleFrom = new YearMonth(c.AsOf.Year, 1), ScheduleTo = new YearMonth(c.AsOf.Year, 12) };
            var o = Suzhou.Evaluate(request, EvaluationOptions.On(c.AsOf, explain: false)).GetOutcomeOrThrow();
            return o.YearTotal == o.ScheduleTotal;
        });

    [Property(MaxTest = 300)]
    public Property Turning_one_year_older_changes_at_most_the_age_band_benefits()
    {
        // Aged 81 to 110, so every non-band minimum age (at most 80 in the pack) is already passed.
        var gen = from c in Cases
                  from age in Gen.Choose(81, 110)
                  select (Person: c.Person with { BirthDate = c.AsOf.PlusYears(-age).PlusDays(-200), DeathDate = null, EconomicStatuses = [], Assessments = [], ApplicationDate = c.AsOf, InstitutionalCareFrom = null }, c.AsOf);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var older = c.Person with { BirthDate = c.Person.BirthDate.PlusYears(-1) };
            var a = Suzhou.Summarize(c.Person, c.AsOf);
            var b = Suzhou.Summarize(older, c.AsOf);
            return ElderlyBenefits.All.Where(x => !AgeBands.Contains(x)).All(x => a.AmountPerPeriod(x) == b.AmountPerPeriod(x) && a.Due(x) == b.Due(x) && a.IsEligible(x) == b.IsEligible(x));
        });
    }

    [Property(MaxTest = 25)]
    public Property Results_are_identical_across_cultures() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var request = new ElderlyCareRequest { Person = c.Person, ScheduleFrom = new YearMonth(c.AsOf.Year, 1), ScheduleTo = new YearMonth(c.AsOf.Year, 3) };
            return Cultures.Select(culture => InCulture(culture, () => Fingerprint(Suzhou.Evaluate(request, EvaluationOptions.On(c.AsOf))))).Distinct(StringComparer.Ordinal).Count() == 1;
        });

    [Fact]
    public void Results_are_identical_across_threads()
    {
        var cases = Cases.Sample(200, 7);
        var expected = cases.Select(c => Fingerprint(Suzhou.Evaluate(ElderlyCareRequest.For(c.Person), EvaluationOptions.On(c.AsOf)))).ToArray();
        var actual = new string[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = Fingerprint(Suzhou.Evaluate(ElderlyCareRequest.For(cases[i].Person), EvaluationOptions.On(cases[i].AsOf))));
        Assert.Equal(expected, actual);
    }

    private static string Fingerprint(RuleResult<ElderlyOutcome> r) =>
        r.Explanation.Render() + r.Explanation.Render(Localization.Language.En)
        + string.Join("|", r.Warnings.Select(w => w.Message.En))
        + string.Join("|", r.Outcome!.Benefits.Select(b => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{b.Code}:{b.Eligible}:{b.AmountPerPeriod}:{b.DueInAsOfMonth}:{b.StartMonth}:{b.EndMonth}:{b.Unmet}:{b.Stacking}")))
        + r.Outcome.YearTotal.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + string.Join("|", r.Outcome.Schedule.Select(m => m.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
