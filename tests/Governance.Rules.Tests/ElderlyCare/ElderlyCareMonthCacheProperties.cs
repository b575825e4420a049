using Governance.Rules.ElderlyCare;
using Governance.Rules.Citations;
using Governance.Rules.Results;
using Governance.Rules.Time;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// The summaries read months compiled once and cached per calculator: over many months in any order — the months either side of
/// every policy change of the pack, persons turning an age in the month, 29 February births, statuses, assessments, hukou moves,
/// applications, institutional care and deaths in and around the month — they give the figures of the explained <c>Evaluate</c>.
/// </summary>
public sealed class ElderlyCareMonthCacheProperties
{
    /// <summary>Suzhou; a what-if pack with 当月起, the 28 February rule, pay to the day before death and meals from the month after
    /// the application; and one whose 80–89 amount and assessment validity change in mid-2024.</summary>
    private static readonly ElderlyCareCalculator[] Calculators =
    [
        Suzhou,
        WithLayer(DateRules("condition-month", stop: "day-before-death", mealStart: "month-after-application") + """
            , "elderly.leap_day_rule": { "unit": "rule", "values": [ { "from": "2000-01-01", "value": "february-28", "provenance": "placeholder", "citation": "what-if" } ] }
            """),
        WithLayer("""
            "elderly.age_allowance.80_89": { "unit": "元", "values": [ { "from": "2024-07-01", "provenance": "placeholder", "citation": "what-if",
              "value": { "minAge": 80, "maxAge": 89, "amount": 70, "period": "month" } } ] },
            "elderly.assessment_validity_months": { "unit": "月", "values": [ { "from": "2024-03-01", "provenance": "placeholder", "citation": "what-if", "value": 12 } ] }
            """),
    ];

    /// <summary>Per calculator, the months around each change of a parameter it reads (the month before, of and after).</summary>
    private static readonly YearMonth[][] ChangeMonths = [.. Calculators.Select(c =>
        new ElderlyTimelines(c.Pack).All.Where(t => t is not null).SelectMany(t => t!.ChangeDates)
            .SelectMany(d => new[] { -1, 0, 1 }.Select(k => new LocalDate(d.Year, d.Month, 1).PlusMonths(k).ToYearMonth()))
            .Distinct().ToArray())];

    private static readonly int[] Ages = [60, 70, 80, 90, 100];

    /// <summary>A calculator, a person built around one month, and six as-of dates: change months, random months, that month.</summary>
    private static readonly Gen<(int Calc, ElderlyPerson Person, LocalDate[] Dates)> Cases =
        from calc in Gen.Choose(0, Calculators.Length - 1)
        from main in Gen.Choose(0, 1000)
        from changeMonth in Gen.Elements(true, false)
        from age in Gen.Elements(Ages)
        from birthOff in Gen.Choose(-40, 40)
        from leap in Gen.Choose(0, 4)
        from f in Gen.ArrayOf(Gen.Choose(-60, 60), 12)
        from others in Gen.ArrayOf(Gen.Choose(0, 1000), 5)
        select Build(calc, main, changeMonth, age, birthOff, leap == 0, f, others);

    private static (int, ElderlyPerson, LocalDate[]) Build(int calc, int main, bool changeMonth, int age, int birthOff, bool leap, int[] f, int[] others)
    {
        var asOf = Pick(calc, main, changeMonth);
        var monthStart = new LocalDate(asOf.Year, asOf.Month, 1);
        var birth = monthStart.PlusYears(-age).PlusDays(birthOff);
        if (leap)
        {
            // Born on 29 February, the as-of date in February or March of the year the age is reached.
            var year = asOf.Year - age - ((((asOf.Year - age) % 4) + 4) % 4);
            birth = new LocalDate(year == 1900 ? 1904 : year, 2, 29);
            asOf = new LocalDate(birth.Year + age + (f[0] > 30 ? 1 : 0), 2 + (Math.Abs(f[1]) % 2), 1).PlusDays(Math.Abs(f[2]) % 28);
            monthStart = new LocalDate(asOf.Year, asOf.Month, 1);
        }

        LocalDate Near(int k) => monthStart.PlusDays(f[k]);
        LocalDate? Maybe(int k, int pick) => f[k] % 4 == pick ? null : Near(k);
        var statusFrom = birth.PlusYears(60) < Near(3) ? Near(3) : birth.PlusYears(60);
        var assessed = Near(5).PlusMonths(-Math.Abs(f[6]) / 5);
        var person = new ElderlyPerson
        {
            BirthDate = birth,
            HukouDistrict = f[7] % 5 == 0 ? null : f[7] % 2 == 0 ? "gusu" : "kunshan",
            HukouSince = Maybe(8, 0) is { } since && since >= birth ? since : null,
            DeathDate = f[9] % 3 == 0 ? Near(9).PlusDays(Math.Abs(f[10])) : null,
            ResidesInJurisdiction = f[10] % 7 != 0,
            EconomicStatuses = f[3] % 5 == 0 ? [] : [new EconomicStatusPeriod((EconomicStatus)(Math.Abs(f[3]) % 4), statusFrom, f[4] % 2 == 0 ? null : Max(statusFrom, Near(4)))],
            Assessments = assessed < birth || assessed > asOf ? [] : [new CareAssessment
            {
                Level = (CareLevel)(Math.Abs(f[6]) % 4),
                AssessedOn = assessed,
                ValidUntil = f[11] % 3 == 0 ? Max(assessed, Near(11)) : null,
            }],
            LivingArrangement = (LivingArrangement)(Math.Abs(f[1]) % 3),
            SpecialFamily = f[2] % 6 == 0 ? SpecialFamily.LostOnlyChild : SpecialFamily.None,
            ApplicationDate = f[0] % 3 == 0 || Near(0) < birth ? null : Min(Near(0), asOf),
            InstitutionalCareFrom = f[8] % 5 == 1 ? Max(birth, Near(8)) : null,
            MealsPerMonth = f[2] % 4 == 0 ? null : Math.Abs(f[2]) % 31,
            AdaptationCost = f[5] % 3 == 0 ? Math.Abs(f[5]) * 100 : null,
        };
        return (calc, person, [.. others.Select((o, i) => Pick(calc, o, i % 2 == 0)), asOf]);
    }

    private static LocalDate Pick(int calc, int n, bool changeMonth)
    {
        var months = ChangeMonths[calc];
        var month = changeMonth ? months[n % months.Length] : new YearMonth(2007, 10).PlusMonths(n % (34 * 12));
        var days = CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month);
        return new LocalDate(month.Year, month.Month, n % 3 == 0 ? days : 1 + (n % days));
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    /// <summary>The cached summary, the 尊老金 path and the explained evaluation agree on one as-of date.</summary>
    private static bool Agree(ElderlyCareCalculator calc, ElderlyPerson person, LocalDate asOf)
    {
        var fast = calc.Summarize(person, asOf);
        var again = calc.Summarize(person, asOf);
        var result = calc.Evaluate(ElderlyCareRequest.For(person), EvaluationOptions.On(asOf, explain: true));
        if (!result.IsValid)
        {
            return fast.Status != ElderlySummaryStatus.Computed;
        }

        var outcome = result.GetOutcomeOrThrow();
        var allowance = calc.SummarizeAgeAllowance(person, asOf);
        var bands = ElderlyBenefits.All.Where(b => (ElderlyBenefits.AgeAllowanceMask & (1 << (int)b)) != 0).ToArray();
        return fast.Status == ElderlySummaryStatus.Computed
            && ElderlyBenefits.All.All(b => outcome[b].Eligible == fast.IsEligible(b) && outcome[b].AmountPerPeriod == fast.AmountPerPeriod(b)
                && outcome[b].DueInAsOfMonth == fast.Due(b) && again.Due(b) == fast.Due(b) && again.IsEligible(b) == fast.IsEligible(b))
            && outcome.MonthTotal == fast.MonthTotal
            && allowance.Status == ElderlySummaryStatus.Computed && allowance.Due == bands.Sum(b => outcome[b].DueInAsOfMonth)
            && allowance.EligibleMask == bands.Where(b => outcome[b].Eligible).Aggregate(0, (m, b) => m | (1 << (int)b));
    }

    [Property(MaxTest = 300)]
    public Property A_fresh_calculator_visiting_months_in_any_order_gives_the_explained_figures_every_time() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            // A fresh calculator starts with an empty month cache; the shared one holds months other cases compiled.
            var fresh = new ElderlyCareCalculator(Calculators[c.Calc].Pack, SystemClock.Instance);
            return c.Dates.All(d => Agree(fresh, c.Person, d) && Agree(Calculators[c.Calc], c.Person, d));
        });

    /// <summary>The warnings of a result: code, parameter and both languages' words, in order.</summary>
    private static string[] WarningsOf(RuleResult<ElderlyOutcome> r) =>
        [.. r.Warnings.Select(w => $"{w.Code}|{w.ParameterKey}|{w.Message.ZhHans}|{w.Message.En}")];

    /// <summary>
    /// The placeholder warnings begin with the placeholders the explanation's steps name, each entry once, in the order the
    /// steps name them (the entries the evaluation read besides follow): read from the steps, not from how the warnings are made.
    /// </summary>
    private static bool PlaceholdersNamedFirst(RuleResult<ElderlyOutcome> explained)
    {
        string[] named = [.. explained.Explanation.Steps.SelectMany(s => s.Parameters)
            .Where(u => u.Provenance == Provenance.Placeholder)
            .DistinctBy(u => (u.Key, u.EffectiveFrom))
            .Select(u => u.Key)];
        string[] warned = [.. explained.Warnings.Where(w => w.Code == RuleWarning.PlaceholderUsed).Select(w => w.ParameterKey!)];
        return warned.Take(named.Length).SequenceEqual(named);
    }

    [Property(MaxTest = 200)]
    public Property Warnings_are_those_of_a_fresh_calculator_and_the_same_explained_or_not_with_the_steps_placeholders_first() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            // The shared calculator keeps the warning lists of recent evaluations, explained or not; a fresh one has none kept.
            var request = ElderlyCareRequest.For(c.Person);
            return c.Dates.All(d =>
            {
                var shared = Calculators[c.Calc].Evaluate(request, EvaluationOptions.On(d, explain: false));
                var fresh = new ElderlyCareCalculator(Calculators[c.Calc].Pack, SystemClock.Instance).Evaluate(request, EvaluationOptions.On(d, explain: false));
                var explained = Calculators[c.Calc].Evaluate(request, EvaluationOptions.On(d, explain: true));
                return shared.IsValid == explained.IsValid
                    && WarningsOf(shared).SequenceEqual(WarningsOf(fresh))
                    && WarningsOf(shared).SequenceEqual(WarningsOf(explained))
                    && PlaceholdersNamedFirst(explained);
            });
        });

    [Property(MaxTest = 100)]
    public Property More_than_sixteen_months_in_turn_replace_cached_months_and_give_the_same_figures() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Choose(17, 40).ToArbitrary(), (c, span) =>
        {
            var calc = new ElderlyCareCalculator(Calculators[c.Calc].Pack, SystemClock.Instance);
            var last = c.Dates[^1];
            var dates = Enumerable.Range(0, span).Select(k => last.PlusMonths(-k)).Concat(Enumerable.Range(0, span).Select(k => last.PlusMonths(-k)));
            return dates.All(d => Agree(calc, c.Person, d));
        });

    [Fact]
    public void The_generated_cases_hold_ages_reached_in_the_month_29_February_births_and_every_benefit_paid()
    {
        // Samples are random: up to ten batches, until the rarest (the 重阳节 lump sum on its day) has been seen.
        int paid = 0, leap = 0, turning = 0;
        for (var batch = 0; batch < 10 && paid != ElderlyBenefits.AllMask; batch++)
        {
            foreach (var (calc, person, dates) in Cases.Sample(3000, 20))
            {
                var asOf = dates[^1];
                var s = Calculators[calc].Summarize(person, asOf);
                paid |= s.Status == ElderlySummaryStatus.Computed ? s.PaidMask : 0;
                leap += person.BirthDate is { Month: 2, Day: 29 } ? 1 : 0;
                turning += Ages.Any(a => person.BirthDate.PlusYears(a) is var day && day.Year == asOf.Year && day.Month == asOf.Month) ? 1 : 0;
            }
        }

        Assert.Equal(ElderlyBenefits.AllMask, paid);
        Assert.True(leap > 100, $"{leap} births on 29 February");
        Assert.True(turning > 500, $"{turning} persons turning an age in the as-of month");
    }
}
