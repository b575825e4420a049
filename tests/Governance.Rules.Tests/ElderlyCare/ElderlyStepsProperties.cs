using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// An explained evaluation's steps are made when read: in any order, one at a time, or from many threads at once, they are the
/// steps read in order, and each names the figures of the outcome it explains.
/// </summary>
public sealed class ElderlyStepsProperties
{
    private static readonly Gen<(ElderlyPerson Person, LocalDate AsOf)> Cases = ElderlyCareProperties.Cases;

    /// <summary>A step in full: rule, both languages' words, each parameter's key, value, start, layer and provenance, each value.</summary>
    private static string Text(ExplanationStep s) =>
        $"{s.RuleId}|{s.Message.ZhHans}|{s.Message.En}|"
        + string.Join(";", s.Parameters.Select(p => $"{p.Key}={p.Value}@{p.EffectiveFrom}/{p.Layer}/{p.Provenance}"))
        + "|" + string.Join(";", s.Values.Select(v => $"{v.Name}={v.Value}"));

    private static RuleResult<ElderlyOutcome> Explained(ElderlyPerson person, LocalDate asOf, bool schedule = false)
    {
        var request = ElderlyCareRequest.For(person) with
        {
            ScheduleFrom = schedule ? asOf.ToYearMonth().PlusMonths(-2) : null,
            ScheduleTo = schedule ? asOf.ToYearMonth().PlusMonths(3) : null,
        };
        return Suzhou.Evaluate(request, EvaluationOptions.On(asOf, explain: true));
    }

    [Property(MaxTest = 200)]
    public Property Steps_read_backwards_or_one_alone_are_the_steps_read_in_order() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (c, schedule, pick) =>
        {
            var forward = Explained(c.Person, c.AsOf, schedule).Explanation.Steps;
            var backward = Explained(c.Person, c.AsOf, schedule).Explanation.Steps;
            var alone = Explained(c.Person, c.AsOf, schedule).Explanation.Steps;
            string[] inOrder = [.. forward.Select(Text)];
            string[] reversed = [.. Enumerable.Range(0, backward.Count).Reverse().Select(i => Text(backward[i]))];
            var k = pick % alone.Count;
            return (inOrder.SequenceEqual(reversed.Reverse()) && Text(alone[k]) == inOrder[k])
                .Label($"{inOrder.Length} steps; step {k + 1} alone: {Text(alone[k])}");
        });

    [Property(MaxTest = 200)]
    public Property Each_step_names_the_figures_of_the_outcome_it_explains() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (c, schedule) =>
        {
            var result = Explained(c.Person, c.AsOf, schedule);
            var outcome = result.GetOutcomeOrThrow();
            var steps = result.Explanation.Steps;
            var benefits = outcome.Benefits;
            string Value(ExplanationStep s, string name) => s.Values.Single(v => v.Name == name).Value;
            string Invariant(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (steps.Count == 1 + benefits.Count + 1 + (outcome.Schedule.Count > 0 ? 1 : 0)
                    && steps[0].RuleId == "elderly.age.completed-years" && Value(steps[0], "age") == outcome.Age.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && benefits.Select((b, i) => (b, s: steps[i + 1])).All(x =>
                        x.s.RuleId == "elderly.benefit." + x.b.Benefit.Code()
                        && Value(x.s, "amount_per_period") == Invariant(x.b.AmountPerPeriod)
                        && Value(x.s, "due") == Invariant(x.b.DueInAsOfMonth))
                    && steps[benefits.Count + 1].RuleId == "elderly.totals"
                    && Value(steps[benefits.Count + 1], "month_total") == Invariant(outcome.MonthTotal)
                    && Value(steps[benefits.Count + 1], "year_total") == Invariant(outcome.YearTotal)
                    && (outcome.Schedule.Count == 0 || (steps[^1].RuleId == "elderly.schedule" && Value(steps[^1], "schedule_total") == Invariant(outcome.ScheduleTotal))))
                .Label(string.Join(" / ", steps.Select(s => s.RuleId)));
        });

    [Fact]
    public void Steps_read_from_many_threads_at_once_are_one_and_the_same()
    {
        var person = Person("1931-05-20") with { EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, new LocalDate(2020, 1, 1))] };
        for (var round = 0; round < 20; round++)
        {
            // Eight threads read the same fresh result's steps at once, each starting at another step; seen[t][i] is step i as thread t got it.
            var steps = Explained(person, new LocalDate(2026, 10, 9)).Explanation.Steps;
            var seen = new ExplanationStep[8][];
            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
            {
                seen[t] = new ExplanationStep[steps.Count];
                for (var j = 0; j < steps.Count; j++)
                {
                    var i = (j + t) % steps.Count;
                    seen[t][i] = steps[i];
                }
            });
            Assert.All(seen, got => Assert.Equal(seen[0], got, ReferenceEqualityComparer.Instance));
            Assert.Equal(seen[0], steps, ReferenceEqualityComparer.Instance);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void A_step_past_either_end_is_refused_as_out_of_range(int offset)
    {
        var steps = Explained(Person("1931-05-20"), new LocalDate(2026, 10, 9)).Explanation.Steps;
        var index = offset < 0 ? offset : steps.Count;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => steps[index]);
        Assert.Equal("index", e.ParamName);
        Assert.Equal(index, e.ActualValue);
        Assert.StartsWith($"An explanation of {steps.Count} steps has no step {index}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_without_explanation_has_no_steps()
    {
        var result = Suzhou.Evaluate(ElderlyCareRequest.For(Person("1931-05-20")), EvaluationOptions.On(new LocalDate(2026, 10, 9), explain: false));
        Assert.Same(Explanation.None, result.Explanation);
        Assert.Empty(result.Explanation.Steps);
    }
}
