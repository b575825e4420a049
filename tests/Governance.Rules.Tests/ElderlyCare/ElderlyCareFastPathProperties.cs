using FluentValidation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using Governance.Rules.Validation;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>The explained path is the fast path plus a recorder: the same figures for every generated person.</summary>
public sealed class ElderlyCareFastPathProperties
{
    private static readonly Gen<(ElderlyPerson Person, LocalDate AsOf)> Cases = ElderlyCareProperties.Cases;

    [Property(MaxTest = 200)]
    public Property Evaluate_with_and_without_explanation_gives_the_fast_path_figures_for_every_benefit() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var fast = Suzhou.Summarize(c.Person, c.AsOf);
            var quiet = Suzhou.Evaluate(ElderlyCareRequest.For(c.Person), EvaluationOptions.On(c.AsOf, explain: false)).GetOutcomeOrThrow();
            var explained = Suzhou.Evaluate(ElderlyCareRequest.For(c.Person), EvaluationOptions.On(c.AsOf, explain: true)).GetOutcomeOrThrow();
            return ElderlyBenefits.All.All(b =>
                    quiet[b].Eligible == fast.IsEligible(b) && quiet[b].AmountPerPeriod == fast.AmountPerPeriod(b) && quiet[b].DueInAsOfMonth == fast.Due(b)
                    && explained[b] == quiet[b])
                && quiet.MonthTotal == fast.MonthTotal && explained.YearTotal == quiet.YearTotal;
        });

    [Property(MaxTest = 200)]
    public Property A_masked_summary_gives_the_same_figures_as_the_full_summary_for_the_benefits_asked_and_nothing_else() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Choose(0, ElderlyBenefits.AllMask).ToArbitrary(), (c, mask) =>
        {
            var full = Suzhou.Summarize(c.Person, c.AsOf);
            var some = Suzhou.Summarize(c.Person, c.AsOf, mask);
            return ElderlyBenefits.All.All(b => (mask & (1 << (int)b)) != 0
                ? some.IsEligible(b) == full.IsEligible(b) && some.Due(b) == full.Due(b) && some.AmountPerPeriod(b) == full.AmountPerPeriod(b)
                : !some.IsEligible(b) && some.Due(b) == 0m && some.AmountPerPeriod(b) == 0m);
        });

    /// <summary>Persons with every date moved at random, some before birth or after the as-of date, some lists with empty entries.</summary>
    private static readonly Gen<(ElderlyPerson Person, LocalDate AsOf)> Rough =
        from c in Cases
        from shift in Gen.Choose(-30 * 365, 30 * 365)
        from which in Gen.Choose(0, 9)
        from nulls in Gen.Choose(0, 6)
        select (Perturb(c.Person, c.AsOf, shift, which, nulls), c.AsOf);

    private static ElderlyPerson Perturb(ElderlyPerson p, LocalDate asOf, int shift, int which, int nulls)
    {
        var d = p.BirthDate.PlusDays(shift);
        p = which switch
        {
            0 => p with { DeathDate = d },
            1 => p with { HukouSince = d },
            2 => p with { ApplicationDate = d },
            3 => p with { InstitutionalCareFrom = d, InstitutionalCareUntil = d.PlusDays(shift % 500) },
            4 => p with { EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, d, d.PlusDays(shift % 700))] },
            5 => p with { Assessments = [new CareAssessment { Level = CareLevel.Mild, AssessedOn = d, ValidUntil = d.PlusDays(shift % 700) }] },
            6 => p with { BirthDate = asOf.PlusDays(shift % 100) },
            7 => p with { MealsPerMonth = shift % 50, AdaptationCost = shift % 3000 },
            8 => p with { EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, d), new EconomicStatusPeriod(EconomicStatus.LowIncome, d.PlusDays(shift % 400))] },
            _ => p with { Assessments = [new CareAssessment { Level = CareLevel.Mild, AssessedOn = d }, new CareAssessment { LegacyLevel = LegacyCareLevel.Disabled, AssessedOn = d.PlusDays(shift % 400) }] },
        };
        return nulls switch
        {
            0 => p with { EconomicStatuses = [.. p.EconomicStatuses, null!] },
            1 => p with { Assessments = [null!, .. p.Assessments] },
            2 => p with { EconomicStatuses = null! },
            _ => p,
        };
    }

    [Property(MaxTest = 500)]
    public Property The_fast_path_accepts_only_what_the_validator_accepts_and_bad_input_never_throws() =>
        Prop.ForAll(Rough.ToArbitrary(), c =>
        {
            var result = Suzhou.Evaluate(ElderlyCareRequest.For(c.Person), EvaluationOptions.On(c.AsOf, explain: false));
            var summary = Suzhou.Summarize(c.Person, c.AsOf);
            return summary.Status == ElderlySummaryStatus.Computed ? result.IsValid : summary.Status == ElderlySummaryStatus.InvalidInput;
        });

    /// <summary>A month near an edge of the accepted dates or of today's schedules, or none.</summary>
    private static readonly Gen<YearMonth?> EdgeMonth =
        Gen.Frequency(
            (1, Gen.Constant<YearMonth?>(null)),
            (6, from year in Gen.Elements(1878, 1879, 1880, 1881, 2019, 2025, 2044, 2045, 2199, 2200, 2201)
                from month in Gen.Choose(1, 12)
                select (YearMonth?)new YearMonth(year, month)));

    /// <summary>
    /// A schedule is accepted exactly when both months are given or neither, the first is not after the last, it spans at
    /// most <see cref="ElderlyLimits.MaxScheduleMonths"/> months and both lie within the accepted dates, checked by
    /// arithmetic of the test's own; the quick check and the full validation agree with it.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property A_schedule_is_accepted_exactly_when_its_months_are_paired_ordered_short_enough_and_within_the_accepted_dates() =>
        Prop.ForAll(EdgeMonth.ToArbitrary(), Gen.Choose(-2, 250).ToArbitrary(), Gen.Choose(0, 9).ToArbitrary(), (from, span, pick) =>
        {
            YearMonth? to = pick == 0 ? null : from is { } f ? f.PlusMonths(span - 1) : pick == 1 ? new YearMonth(2025, 6) : null;
            static bool Within(YearMonth m) => m >= new YearMonth(1880, 1) && m <= new YearMonth(2200, 12);
            var expected = (from is null) == (to is null)
                && (from is not { } a || to is not { } b
                    || (a <= b && ((b.Year - a.Year) * 12) + b.Month - a.Month + 1 <= ElderlyLimits.MaxScheduleMonths && Within(a) && Within(b)));
            var request = ElderlyCareRequest.For(Person("1940-05-01")) with { ScheduleFrom = from, ScheduleTo = to };
            var result = Suzhou.Evaluate(request, EvaluationOptions.On(Date("2025-06-30"), explain: false));
            return (result.IsValid == expected).Label($"{from}–{to}: valid {result.IsValid}, expected {expected}");
        });

    [Fact]
    public void An_empty_entry_in_a_list_is_a_failure_naming_the_entry_not_an_exception()
    {
        var person = Person("1935-03-09") with { EconomicStatuses = [null!], Assessments = [null!] };
        var r = Suzhou.Evaluate(ElderlyCareRequest.For(person), EvaluationOptions.On(Date("2025-06-30")));
        Assert.False(r.IsValid);
        Assert.Contains(r.Failures, f => f.Code == "ELDERLY_ENTRY_MISSING" && f.PropertyPath == "Person.EconomicStatuses[0]");
        Assert.Contains(r.Failures, f => f.Code == "ELDERLY_ENTRY_MISSING" && f.PropertyPath == "Person.Assessments[0]");
    }

    [Fact]
    public void Dates_at_the_last_accepted_day_are_evaluated_and_later_ones_refused_without_overflow()
    {
        // A status and an assessment valid through 2200-12-31 (the last date a request may hold), as of that day.
        var last = InputLimits.LatestDate;
        var person = Person("2101-01-01") with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2160-01-01"), last)],
            Assessments = [new CareAssessment { Level = CareLevel.Severe, AssessedOn = Date("2160-01-01"), ValidUntil = last }],
            ApplicationDate = Date("2160-01-01"),
        };
        var r = Suzhou.Evaluate(new ElderlyCareRequest { Person = person, ScheduleFrom = new YearMonth(2200, 1), ScheduleTo = new YearMonth(2200, 12) }, EvaluationOptions.On(last));
        var o = r.GetOutcomeOrThrow();
        Assert.Equal(99, o.Age);
        Assert.True(o[ElderlyBenefit.Nursing].Eligible);
        Assert.Equal(12, o.Schedule.Count);
        Assert.Equal(ElderlySummaryStatus.Computed, Suzhou.Summarize(person, last).Status);

        // 9999-12-31, the last ISO date, is outside the accepted window: a coded failure, never an overflow.
        var max = LocalDate.MaxIsoValue;
        var refused = Suzhou.Evaluate(new ElderlyCareRequest { Person = person }, EvaluationOptions.On(max));
        Assert.Contains(refused.Failures, f => f.Code == "AS_OF_OUT_OF_RANGE");
        Assert.Equal(ElderlySummaryStatus.InvalidInput, Suzhou.Summarize(person, max).Status);
    }

    [Fact]
    public void The_bulk_summaries_come_back_in_input_order_single_threaded_and_parallel()
    {
        var cases = Cases.Sample(20_000, 11);
        var asOf = Date("2025-10-15");
        var persons = cases.Select(c => c.Person).ToArray();
        var expected = persons.Select(p => Suzhou.Summarize(p, asOf).MonthTotal).ToArray();
        var one = new ElderlyBenefitSummary[persons.Length];
        var many = new ElderlyBenefitSummary[persons.Length];
        Suzhou.Summarize(persons, asOf, one);
        Suzhou.SummarizeParallel(persons, asOf, many);
        Assert.Equal(expected, one.Select(s => s.MonthTotal));
        Assert.Equal(expected, many.Select(s => s.MonthTotal));
        Assert.True(expected.Count(t => t > 0) > 1000, "the sample holds many persons with a benefit");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(4096)]
    public void A_bulk_too_small_to_share_out_gets_the_summaries_of_one_person_at_a_time(int count)
    {
        var asOf = Date("2025-10-15");
        var persons = Cases.Sample(count, 13).Select(c => c.Person).ToArray();
        var many = new ElderlyBenefitSummary[count + 1];
        Suzhou.SummarizeParallel(persons, asOf, many);
        Assert.Equal(persons.Select(p => Figures(Suzhou.Summarize(p, asOf))), many.Take(count).Select(Figures));
        Assert.Equal(Figures(default), Figures(many[count]));
    }

    [Fact]
    public void A_results_span_shorter_than_the_persons_is_refused_before_any_summary_is_written()
    {
        var asOf = Date("2025-10-15");
        var persons = Cases.Sample(3, 17).Select(c => c.Person).ToArray();
        var results = new ElderlyBenefitSummary[2];
        var single = Assert.Throws<ArgumentException>(() => Suzhou.Summarize(persons, asOf, results));
        Assert.Equal("results", single.ParamName);
        Assert.StartsWith("The results span is shorter than the persons span.", single.Message, StringComparison.Ordinal);
        var parallel = Assert.Throws<ArgumentException>(() => Suzhou.SummarizeParallel(persons, asOf, results));
        Assert.Equal("results", parallel.ParamName);
        Assert.StartsWith("The results memory is shorter than the persons memory.", parallel.Message, StringComparison.Ordinal);
        Assert.All(results, r => Assert.Equal(Figures(default), Figures(r)));
    }

    /// <summary>A summary's status, placeholder flag and each benefit's eligibility, amount and month's due, as text.</summary>
    private static string Figures(ElderlyBenefitSummary s) =>
        $"{s.Status} {s.UsesPlaceholder} " + string.Join(" ", ElderlyBenefits.All.Select(b => $"{b}:{s.IsEligible(b)}/{s.AmountPerPeriod(b)}/{s.Due(b)}"));
}
