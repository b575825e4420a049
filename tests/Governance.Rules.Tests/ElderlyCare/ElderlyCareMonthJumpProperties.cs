using System.Globalization;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.ElderlyCare.ElderlyMonths;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// The calculator jumps between the months in which something changes; a walk month by month, written here as the calculator
/// did it before, must give the same start and end months, arrears, year total and warnings for every generated person —
/// 29 February births, as-of dates around the pack's policy changes, every start, back-pay and stop rule.
/// </summary>
public sealed class ElderlyCareMonthJumpProperties
{
    /// <summary>Policy changes beyond Suzhou's: the 80–89 band and the payment month of yearly amounts change twice, mid-month once.</summary>
    private const string MoreChanges = """
        , "elderly.age_allowance.80_89": { "unit": "元", "values": [
            { "from": "2016-07-01", "value": { "minAge": 80, "maxAge": 89, "amount": 30, "period": "month" }, "provenance": "placeholder", "citation": "what-if" },
            { "from": "2024-03-15", "value": { "minAge": 80, "maxAge": 89, "amount": 65, "period": "month" }, "provenance": "placeholder", "citation": "what-if" } ] }
        , "elderly.lump_sum_month": { "unit": "月", "values": [
            { "from": "2000-01-01", "value": 10, "provenance": "placeholder", "citation": "what-if" },
            { "from": "2019-05-01", "value": 3, "provenance": "placeholder", "citation": "what-if" } ] }
        """;

    private static readonly ElderlyCareCalculator[] Calculators =
    [
        Suzhou,
        WithLayer(DateRules("condition-month", backPay: "months", backPayMonths: 3, mealStart: "condition-month")),
        WithLayer(DateRules("next-month", backPay: "current-year", stop: "day-before-death", mealStart: "month-after-application") + MoreChanges),
        WithLayer(DateRules("month-after-application", backPay: "unlimited", mealStart: "application-month")),
        WithLayer(DateRules("application-month", backPay: "months", backPayMonths: 14, stop: "day-before-death") + MoreChanges + """
            , "elderly.leap_day_rule": { "unit": "rule", "values": [ { "from": "2000-01-01", "value": "february-28", "provenance": "placeholder", "citation": "what-if" } ] }
            """),
    ];

    private static readonly LocalDate[] ChangeDates =
        [Date("2007-10-01"), Date("2009-01-01"), Date("2010-01-01"), Date("2016-07-01"), Date("2019-05-01"), Date("2021-01-01"), Date("2023-01-01"), Date("2024-03-15"), Date("2026-12-01")];

    /// <summary>Persons of every kind, one in four born on 29 February, one in three evaluated within a few months of a policy change.</summary>
    private static readonly Gen<(int Calculator, ElderlyPerson Person, LocalDate AsOf)> Cases =
        from c in ElderlyCareProperties.Cases
        from calculator in Gen.Choose(0, Calculators.Length - 1)
        from leap in Gen.Choose(0, 3)
        from nearChange in Gen.Choose(0, 2)
        from change in Gen.Elements(ChangeDates)
        from offset in Gen.Choose(-75, 75)
        from which in Gen.Choose(0, 6)
        from shift in Gen.Choose(-20 * 365, 20 * 365)
        select (calculator, Vary(c.Person, c.AsOf, leap, which, shift), nearChange == 0 ? change.PlusDays(offset) : c.AsOf);

    private static ElderlyPerson Vary(ElderlyPerson p, LocalDate asOf, int leap, int which, int shift)
    {
        if (leap == 0)
        {
            var year = p.BirthDate.Year - (p.BirthDate.Year % 4);
            p = p with { BirthDate = new LocalDate(year == 1900 ? 1904 : year, 2, 29) };
        }

        var d = p.BirthDate.PlusYears(60).PlusDays(shift);
        return which switch
        {
            0 => p with { EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, d, d.PlusDays(Math.Abs(shift % 900)))] },
            1 => p with { Assessments = [new CareAssessment { Level = CareLevel.Severe, AssessedOn = d, ValidUntil = d.PlusDays(Math.Abs(shift % 900)) }], EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.LowIncome, d)] },
            2 => p with { ApplicationDate = p.BirthDate.PlusYears(82).PlusDays(shift % 2000), AdaptationCost = 1200m, DeathDate = null },
            3 => p with { HukouSince = d, DeathDate = d.PlusDays(Math.Abs(shift % 3000)) },
            4 => p with { InstitutionalCareFrom = d, InstitutionalCareUntil = d.PlusDays(Math.Abs(shift % 700)) },
            5 => p with { DeathDate = null },
            _ => p,
        };
    }

    [Property(MaxTest = 400)]
    public Property Jumping_between_change_months_gives_the_month_by_month_figures() =>
        Prop.ForAll(Cases.ToArbitrary(), JumpsAsMonthByMonth);

    /// <summary>
    /// Institutional care that ends within the as-of year, for a person owed home care and meals: what stacking excludes
    /// comes back the month after the care ends, so the year total must count those months as a walk month by month does.
    /// </summary>
    [Theory]
    [InlineData(0, "2025-04-10", "2025-06-20", "2025-09-30")]
    [InlineData(0, "2025-02-01", "2025-02-28", "2025-11-15")]
    [InlineData(0, "2024-11-10", "2025-03-05", "2025-07-31")]
    [InlineData(2, "2025-04-10", "2025-06-20", "2025-09-30")]
    [InlineData(4, "2025-05-31", "2025-08-01", "2025-12-01")]
    public void Institutional_care_ending_within_the_year_gives_the_month_by_month_year_total(int calculator, string careFrom, string careUntil, string asOf)
    {
        var person = Person("1940-01-10") with
        {
            EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.ExtremePoverty, Date("2020-01-01"))],
            Assessments = [new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2024-09-05") }],
            ApplicationDate = Date("2024-10-10"),
            MealsPerMonth = 20,
            InstitutionalCareFrom = Date(careFrom),
            InstitutionalCareUntil = Date(careUntil),
        };
        var calc = Calculators[calculator];
        var o = calc.Evaluate(ElderlyCareRequest.For(person), EvaluationOptions.On(Date(asOf), explain: false)).GetOutcomeOrThrow();
        var expected = MonthByMonth(calc, person, Date(asOf));
        var without = calc.Evaluate(ElderlyCareRequest.For(person with { InstitutionalCareFrom = null, InstitutionalCareUntil = null }), EvaluationOptions.On(Date(asOf), explain: false)).GetOutcomeOrThrow();
        Assert.True(without.YearTotal > o.YearTotal, $"care excluded nothing: {o.YearTotal} with care, {without.YearTotal} without");
        Assert.True(o.YearTotal > 0m);
        Assert.Equal(expected.YearTotal, Text(o.YearTotal));
    }

    /// <summary>The runs, arrears, year total and warnings of one case against the walk month by month.</summary>
    private static Property JumpsAsMonthByMonth((int Calculator, ElderlyPerson Person, LocalDate AsOf) c)
    {
        var calc = Calculators[c.Calculator];
        var result = calc.Evaluate(ElderlyCareRequest.For(c.Person), EvaluationOptions.On(c.AsOf, explain: false));
        if (!result.IsValid)
        {
            return true.Label("not a valid request: " + string.Join(", ", result.Failures.Select(f => f.Code)));
        }

        var o = result.GetOutcomeOrThrow();
        var expected = MonthByMonth(calc, c.Person, c.AsOf);
        var actual = new Walk(
            [.. o.Benefits.Select(b => (b.StartMonth, b.EndMonth, Text(b.Arrears)))],
            Text(o.YearTotal),
            [.. result.Warnings.Select(w => w.Code + " " + w.ParameterKey + " " + w.Message.En)]);
        return (expected.Runs.SequenceEqual(actual.Runs) && expected.YearTotal == actual.YearTotal && expected.Warnings.SequenceEqual(actual.Warnings))
            .Label($"expected {expected.Describe()}, actual {actual.Describe()}");
    }

    /// <summary>
    /// Persons whose economic status period and care assessment begin and end within a few years either side of the as-of date,
    /// so that runs of home care, nursing and adaptation start and end with them while the age bands and meals pass over them.
    /// </summary>
    private static readonly Gen<(int Calculator, ElderlyPerson Person, LocalDate AsOf)> StatusCases =
        from calculator in Gen.Choose(0, Calculators.Length - 1)
        from asOfDays in Gen.Choose(0, 18 * 365)
        from ageDays in Gen.Choose(60 * 365, 100 * 365)
        from status in Gen.Choose(1, 3)
        from statusFrom in Gen.Choose(-4 * 365, 0)
        from statusDays in Gen.Choose(-1, 5 * 365)
        from level in Gen.Choose(0, 3)
        from assessedDays in Gen.Choose(-3 * 365, 0)
        from validDays in Gen.Choose(-1, 4 * 365)
        from arrangement in Gen.Choose(0, 2)
        from applies in Gen.Choose(-1, 3 * 365)
        from cost in Gen.Choose(-1, 3000)
        select StatusCase(calculator, Date("2009-01-01").PlusDays(asOfDays), ageDays, status, statusFrom, statusDays, level, assessedDays, validDays, arrangement, applies, cost);

    private static (int, ElderlyPerson, LocalDate) StatusCase(
        int calculator, LocalDate asOf, int ageDays, int status, int statusFrom, int statusDays, int level, int assessedDays, int validDays, int arrangement, int applies, int cost)
    {
        var from = asOf.PlusDays(statusFrom);
        var assessed = asOf.PlusDays(assessedDays);
        var person = new ElderlyPerson
        {
            BirthDate = asOf.PlusDays(-ageDays),
            HukouDistrict = "gusu",
            EconomicStatuses = [new EconomicStatusPeriod((EconomicStatus)status, from, statusDays < 0 ? null : from.PlusDays(statusDays))],
            Assessments = [new CareAssessment { Level = (CareLevel)level, AssessedOn = assessed, ValidUntil = validDays < 0 ? null : assessed.PlusDays(validDays) }],
            LivingArrangement = (LivingArrangement)arrangement,
            ApplicationDate = applies < 0 ? null : asOf.PlusDays(-applies),
            AdaptationCost = cost < 0 ? null : cost,
            MealsPerMonth = 20,
        };
        return (calculator, person, asOf);
    }

    [Property(MaxTest = 300)]
    public Property Runs_that_a_status_period_or_an_assessment_ends_jump_as_month_by_month() =>
        Prop.ForAll(StatusCases.ToArbitrary(), JumpsAsMonthByMonth);

    [Fact]
    public void The_status_cases_reach_runs_of_home_care_nursing_and_adaptation_that_end()
    {
        var ends = StatusCases.Sample(1000)
            .Select(c => Calculators[c.Calculator].Evaluate(ElderlyCareRequest.For(c.Person), EvaluationOptions.On(c.AsOf, explain: false)))
            .Where(r => r.IsValid)
            .SelectMany(r => r.GetOutcomeOrThrow().Benefits.Where(b => b.EndMonth is not null && b.StartMonth is not null).Select(b => b.Benefit))
            .ToHashSet();
        Assert.Superset(new HashSet<ElderlyBenefit> { ElderlyBenefit.HomeCare, ElderlyBenefit.Nursing, ElderlyBenefit.Adaptation }, ends);
    }

    [Fact]
    public void The_generated_persons_reach_runs_that_start_and_end_arrears_and_29_february_births()
    {
        // 10,000 persons, not 2,000: about 3 in 1,000 generated persons are owed arrears (28 and 32 in two samples of 10,000),
        // so 2,000 held none about once in 400 runs and this check of the generator failed by chance.
        var sample = Cases.Sample(10_000);
        var outcomes = sample.Select(c => (c, r: Calculators[c.Calculator].Evaluate(ElderlyCareRequest.For(c.Person), EvaluationOptions.On(c.AsOf, explain: false))))
            .Where(x => x.r.IsValid).Select(x => (x.c, o: x.r.GetOutcomeOrThrow())).ToArray();
        Assert.True(outcomes.Length > 7500, $"{outcomes.Length} valid requests of 10,000");
        Assert.Contains(outcomes, x => x.o.Benefits.Any(b => b.EndMonth is not null));
        Assert.Contains(outcomes, x => x.o.Benefits.Any(b => b.Arrears > 0));
        Assert.Contains(outcomes, x => x.c.Person.BirthDate is { Month: 2, Day: 29 } && x.o.Benefits.Any(b => b.Eligible));
    }

    private sealed record Walk((YearMonth? Start, YearMonth? End, string Arrears)[] Runs, string YearTotal, string[] Warnings)
    {
        public string Describe() => string.Join("; ", Runs.Select(r => $"{r.Start}..{r.End} arrears {r.Arrears}")) + $"; year {YearTotal}; {Warnings.Length} warnings";
    }

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    /// <summary>The start and end months, arrears, year total and warnings walked month by month, every month evaluated.</summary>
    private static Walk MonthByMonth(ElderlyCareCalculator calc, ElderlyPerson person, LocalDate asOf)
    {
        var facts = new ElderlyFacts(person);
        var m0 = MonthIndex(asOf);
        var policy = calc.PolicyFor(m0)!;
        var used = new HashSet<ElderlyPolicy>(ReferenceEqualityComparer.Instance) { policy };
        var now = All(calc, facts, person, m0, used);
        var runs = new (YearMonth?, YearMonth?, string)[ElderlyBenefits.Count];
        for (var b = 0; b < ElderlyBenefits.Count; b++)
        {
            var benefit = (ElderlyBenefit)b;
            var rule = policy.RuleOf(b);
            YearMonth? start = null, end = null;
            var eligible = now[b].Unmet == 0;
            if (eligible)
            {
                var s = m0;
                while (s - 1 >= calc.FirstMonth && Single(calc, facts, person, b, s - 1, used).Unmet == 0)
                {
                    s--;
                }

                var horizon = ElderlyCareCalculator.Horizon(facts, person, policy, benefit, m0);
                var e = m0;
                while (e < horizon && Single(calc, facts, person, b, e + 1, used).Unmet == 0)
                {
                    e++;
                }

                start = ToYearMonth(s);
                end = e < horizon ? ToYearMonth(e) : null;
            }

            var arrears = 0m;
            if (rule.FromApplication && facts.HasApplication && (eligible || now[b].Unmet == (int)UnmetCondition.Application))
            {
                var gate = Gate(rule, facts.ApplicationMonth);
                for (var m = Math.Max(BackFrom(rule, facts.ApplicationYear, gate), calc.FirstMonth); m < gate; m++)
                {
                    if (calc.PolicyFor(m) is not null)
                    {
                        var set = All(calc, facts, person, m, used);
                        arrears += set[b].Unmet == 0 && set[b].Arrears ? set[b].Due : 0m;
                    }
                }
            }

            runs[b] = (start, end, Text(arrears));
        }

        var year = 0m;
        for (var m = asOf.Year * 12; m < (asOf.Year * 12) + 12; m++)
        {
            if (calc.PolicyFor(m) is not null)
            {
                var set = All(calc, facts, person, m, used);
                for (var i = 0; i < ElderlyBenefits.Count; i++)
                {
                    year += set[i].Due;
                }
            }
        }

        var x = new ExplanationBuilder(false, policy.StaleYears.HasValue ? asOf.PlusYears(-policy.StaleYears.Value) : null);
        foreach (var info in new[] { policy.LeapDay.Info }.Concat(ElderlyBenefits.All.SelectMany(policy.InfosFor)).Concat(used.OrderBy(p => p.Start).SelectMany(p => p.Infos)))
        {
            if (info is not null)
            {
                x.Note(info);
            }
        }

        return new Walk(runs, Text(year), [.. x.Warnings.Select(w => w.Code + " " + w.ParameterKey + " " + w.Message.En)]);
    }

    private static BenefitMonth Single(ElderlyCareCalculator calc, in ElderlyFacts facts, ElderlyPerson person, int b, int m, HashSet<ElderlyPolicy> used)
    {
        if (calc.PolicyFor(m) is not { } p)
        {
            return new BenefitMonth { Unmet = (int)UnmetCondition.NotInForce };
        }

        used.Add(p);
        return p.Month(facts, person, b, m, owner: null);
    }

    private static MonthSet All(ElderlyCareCalculator calc, in ElderlyFacts facts, ElderlyPerson person, int m, HashSet<ElderlyPolicy> used)
    {
        var p = calc.PolicyFor(m)!;
        used.Add(p);
        var set = default(MonthSet);
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            set[i] = p.Month(facts, person, i, m, calc);
        }

        p.Stack(facts, m, ref set);
        return set;
    }
}
