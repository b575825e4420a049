using FluentValidation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// The fast path's quick check and the request validator draw every line in the same place. The calculator asks the
/// validator only when the quick check refuses, so a line the validator draws a day too early or too late would go
/// unnoticed through <c>Evaluate</c>; here the validator is asked directly, on persons built from the days at and beside
/// each limit (the birth date, the as-of date, 1880-01-01, 2200-12-31), and must accept exactly what the quick check
/// (<c>Summarize</c>) accepts; a schedule exactly when the test's own month arithmetic does. The quick check may not refuse
/// what the validator accepts either: that would send a valid request down the slow path, or a valid person to
/// "invalid input" in a summary.
/// </summary>
public sealed class ElderlyQuickCheckValidatorAgreementProperties
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly ElderlyCareRequestValidator Validator = new();
    private static readonly DistrictTable Districts = RulePacks.Suzhou.Timeline(ElderlyParameters.Districts)!.At(AsOf).Value;

    private static readonly Gen<LocalDate> Birth =
        Rarely(Gen.Constant(Date("1940-05-01")), Gen.Elements(Date("1879-12-31"), Date("1880-01-01"), AsOf, AsOf.PlusDays(1)));

    /// <summary>Mostly a plain value, now and then one at or beside a limit, so that one edge at a time is tried on an otherwise valid person.</summary>
    private static Gen<T> Rarely<T>(Gen<T> plain, Gen<T> edge) => Gen.Frequency((5, plain), (1, edge));

    /// <summary>A day at or beside a limit: the birth date, the as-of date, a day between, or an end of the accepted dates.</summary>
    private static Gen<LocalDate> Day(LocalDate birth) =>
        from anchor in Gen.Elements(birth, AsOf, birth.PlusDays(400), Date("2200-12-31"), Date("1880-01-01"))
        from step in Gen.Choose(-1, 1)
        select anchor.PlusDays(step);

    private static Gen<LocalDate?> MaybeDay(LocalDate birth) =>
        Rarely(Gen.Constant<LocalDate?>(null), Day(birth).Select(d => (LocalDate?)d));

    /// <summary>Now and then the same day as <paramref name="start"/>: a period of one day, where an end compared with "after" instead of "not before" would show.</summary>
    private static Gen<LocalDate?> SameDayOr(LocalDate start, Gen<LocalDate?> other) =>
        Gen.Frequency((1, Gen.Constant<LocalDate?>(start)), (3, other));

    /// <summary>Null, empty, one or two entries (an empty entry among them now and then), or a list at or one past the most allowed.</summary>
    private static Gen<IReadOnlyList<T>?> List<T>(Gen<T> entry, Func<int, T> nth)
        where T : class =>
        Gen.Frequency(
            (1, Gen.Constant<IReadOnlyList<T>?>(null)),
            (40, Gen.Constant<IReadOnlyList<T>?>([])),
            (16, from n in Gen.Choose(1, 2)
                from entries in Gen.ArrayOf(entry, n)
                from withNull in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
                select (IReadOnlyList<T>?)(withNull ? [.. entries, null!] : entries)),
            (2, from extra in Gen.Choose(0, 1)
                select (IReadOnlyList<T>?)[.. Enumerable.Range(0, ElderlyLimits.MaxPeriods + extra).Select(nth)]));

    private static readonly Gen<ElderlyPerson> Persons =
        from birth in Birth
        from death in MaybeDay(birth)
        from since in MaybeDay(birth)
        from application in MaybeDay(birth)
        from careFrom in MaybeDay(birth)
        from careUntil in careFrom is { } f ? SameDayOr(f, MaybeDay(birth)) : MaybeDay(birth)
        from district in Rarely(Gen.Constant<string?>("gusu"), Gen.Elements<string?>("atlantis", null))
        from arrangement in Rarely(Gen.Constant(0), Gen.Choose(1, 3))
        from family in Rarely(Gen.Constant(0), Gen.Choose(1, 4))
        from meals in Rarely(Gen.Constant<int?>(null), Gen.Elements<int?>(-1, 0, ElderlyLimits.MaxMealsPerMonth, ElderlyLimits.MaxMealsPerMonth + 1))
        from cost in Rarely(Gen.Constant<decimal?>(null), Gen.Elements<decimal?>(-0.01m, 0m, ElderlyLimits.MaxAdaptationCost, ElderlyLimits.MaxAdaptationCost + 0.01m))
        from statuses in List(
            from status in Rarely(Gen.Constant(0), Gen.Choose(1, 4))
            from start in Day(birth)
            from end in SameDayOr(start, MaybeDay(birth))
            select new EconomicStatusPeriod((EconomicStatus)status, start, end),
            i => new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2000-01-01").PlusDays(2 * i), Date("2000-01-01").PlusDays(2 * i)))
        from assessments in List(
            from levels in Rarely(
                Gen.Constant<(int?, int?)>((1, null)),
                Gen.Elements<(int?, int?)>((0, null), (3, null), (4, null), (null, 0), (null, 2), (null, 3), (1, 1), (null, null)))
            from assessed in Day(birth)
            from until in SameDayOr(assessed, MaybeDay(birth))
            select new CareAssessment { Level = (CareLevel?)levels.Item1, LegacyLevel = (LegacyCareLevel?)levels.Item2, AssessedOn = assessed, ValidUntil = until },
            i => new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2000-01-01").PlusDays(i) })
        select new ElderlyPerson
        {
            BirthDate = birth,
            DeathDate = death,
            HukouSince = since,
            ApplicationDate = application,
            InstitutionalCareFrom = careFrom,
            InstitutionalCareUntil = careUntil,
            HukouDistrict = district,
            LivingArrangement = (LivingArrangement)arrangement,
            SpecialFamily = (SpecialFamily)family,
            MealsPerMonth = meals,
            AdaptationCost = cost,
            EconomicStatuses = statuses!,
            Assessments = assessments!,
        };

    /// <summary>A month at or beside the ends of the accepted dates or of a 240-month schedule, or none.</summary>
    private static readonly Gen<YearMonth?> Month =
        Gen.Frequency(
            (2, Gen.Constant<YearMonth?>(null)),
            (5, Gen.Elements<YearMonth?>(new YearMonth(1879, 12), new YearMonth(1880, 1), new YearMonth(2020, 1), new YearMonth(2039, 12), new YearMonth(2040, 1), new YearMonth(2200, 12), new YearMonth(2201, 1))));

    /// <summary>The validator's answer on the as-of date, with the districts in force, as the calculator asks it.</summary>
    private static FluentValidation.Results.ValidationResult Validate(ElderlyCareRequest request)
    {
        var context = new ValidationContext<ElderlyCareRequest>(request);
        context.RootContextData[ElderlyCareRequestValidator.AsOfKey] = AsOf;
        context.RootContextData[ElderlyCareRequestValidator.DistrictsKey] = Districts;
        return Validator.Validate(context);
    }

    private static bool ValidatorAccepts(ElderlyCareRequest request) => Validate(request).IsValid;

    [Property(MaxTest = 3000)]
    public Property The_validator_accepts_a_person_exactly_when_the_quick_check_does() =>
        Prop.ForAll(Persons.ToArbitrary(), p =>
        {
            var quick = Suzhou.Summarize(p, AsOf).Status != ElderlySummaryStatus.InvalidInput;
            var full = ValidatorAccepts(ElderlyCareRequest.For(p));
            return (quick == full).Label($"quick check {quick}, validator {full}: {p}");
        });

    [Property(MaxTest = 500)]
    public Property The_validator_and_the_quick_check_accept_a_schedule_exactly_when_its_months_are_paired_ordered_at_most_240_and_within_the_accepted_dates() =>
        Prop.ForAll(Month.ToArbitrary(), Month.ToArbitrary(), (from, to) =>
        {
            static bool Within(YearMonth m) => m >= new YearMonth(1880, 1) && m <= new YearMonth(2200, 12);
            var expected = (from, to) switch
            {
                (null, null) => true,
                ({ } a, { } b) => a <= b && (((b.Year - a.Year) * 12) + b.Month - a.Month + 1 <= ElderlyLimits.MaxScheduleMonths) && Within(a) && Within(b),
                _ => false,
            };
            var request = ElderlyCareRequest.For(Person("1940-05-01")) with { ScheduleFrom = from, ScheduleTo = to };
            var policy = Suzhou.PolicyFor((AsOf.Year * 12) + AsOf.Month - 1)!;
            var full = ValidatorAccepts(request);
            var quick = ElderlyQuickCheck.QuickValid(request, AsOf, policy);
            return (full == expected && quick == expected).Label($"{from}–{to}: expected {expected}, validator {full}, quick check {quick}");
        });

    [Fact]
    public void Periods_of_one_day_are_accepted_by_both_and_a_one_day_status_still_overlaps_another()
    {
        var oneDay = Person("1940-05-01") with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2020-01-01"), Date("2020-01-01"))],
            Assessments = [new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2021-03-01"), ValidUntil = Date("2021-03-01") }],
            InstitutionalCareFrom = Date("2022-07-01"),
            InstitutionalCareUntil = Date("2022-07-01"),
        };
        Assert.True(ValidatorAccepts(ElderlyCareRequest.For(oneDay)));
        Assert.Equal(ElderlySummaryStatus.Computed, Suzhou.Summarize(oneDay, AsOf).Status);

        var overlapping = oneDay with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2020-01-01"), Date("2020-01-01")), new EconomicStatusPeriod(EconomicStatus.LowIncome, Date("2020-01-01"))],
        };
        var failure = Assert.Single(Validate(ElderlyCareRequest.For(overlapping)).Errors);
        Assert.Equal(("ELDERLY_STATUS_OVERLAP", "Person.EconomicStatuses"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal(ElderlySummaryStatus.InvalidInput, Suzhou.Summarize(overlapping, AsOf).Status);
    }

    [Theory]
    [InlineData(0, null, true)]
    [InlineData(3, null, true)]
    [InlineData(4, null, false)]
    [InlineData(null, 0, true)]
    [InlineData(null, 2, true)]
    [InlineData(null, 3, false)]
    [InlineData(1, 1, false)]
    [InlineData(null, null, false)]
    public void An_assessment_holds_one_known_level_of_either_scale(int? level, int? legacy, bool accepted)
    {
        var person = Person("1940-05-01") with
        {
            Assessments = [new CareAssessment { Level = (CareLevel?)level, LegacyLevel = (LegacyCareLevel?)legacy, AssessedOn = Date("2021-03-01") }],
        };
        Assert.Equal(accepted, ValidatorAccepts(ElderlyCareRequest.For(person)));
        Assert.Equal(accepted, Suzhou.Summarize(person, AsOf).Status != ElderlySummaryStatus.InvalidInput);
    }

    [Fact]
    public void Without_an_as_of_date_in_the_context_the_validator_skips_the_checks_against_it()
    {
        // A caller may run the validator alone; the checks against the as-of date need one and are skipped without it.
        var person = Person("2024-01-01") with
        {
            ApplicationDate = Date("2024-06-01"),
            Assessments = [new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2024-06-01") }],
        };
        Assert.True(Validator.Validate(ElderlyCareRequest.For(person)).IsValid);
        Assert.False(ValidatorAccepts(ElderlyCareRequest.For(person with { BirthDate = AsOf.PlusDays(1) })));
    }

    [Fact]
    public void The_generated_persons_reach_both_answers()
    {
        // Without this the agreement above could hold trivially: every generated person refused, or every one accepted.
        var persons = Persons.Sample(2000, 42);
        var accepted = persons.Count(p => ValidatorAccepts(ElderlyCareRequest.For(p)));
        Assert.InRange(accepted, 200, persons.Length - 200);
    }
}
