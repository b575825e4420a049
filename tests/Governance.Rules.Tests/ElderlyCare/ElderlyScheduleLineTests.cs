using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>What a schedule month lists, and the warnings owed for the policies a schedule reads.</summary>
public sealed class ElderlyScheduleLineTests
{
    [Fact]
    public void A_schedule_month_lists_only_the_benefits_owed_in_it_not_those_merely_eligible()
    {
        // Born 1935-05-14, 90–99 from 2025-06: the 1,200 a year is owed in October only.
        var o = Outcome(Suzhou, Person("1935-05-14"), "2025-10-31", "2025-06", "2025-10");
        Assert.True(o[ElderlyBenefit.AgeAllowance90To99].Eligible);
        Assert.All(o.Schedule.Take(4), month => Assert.Empty(month.Lines));
        var october = o.Schedule[4];
        Assert.Equal(new YearMonth(2025, 10), october.Month);
        var line = Assert.Single(october.Lines);
        Assert.Equal(ElderlyBenefit.AgeAllowance90To99, line.Benefit);
        Assert.Equal(1200m, line.Amount);
    }

    [Fact]
    public void A_schedule_reaching_back_under_an_earlier_policy_warns_of_that_policys_placeholders()
    {
        // A layer whose 80–89 band is a placeholder from 2000-01-01 and another from 2020-01-01. A person aged 71 at the
        // as-of date has no benefit run reaching back, so only a schedule over 2008 reads the entry of 2000 (the pack has no elderly-care policy before 2007-10).
        var calc = WithLayer("""
            "elderly.age_allowance.80_89": { "unit": "元", "values": [
              { "from": "2000-01-01", "value": { "minAge": 80, "maxAge": 89, "amount": 30, "period": "month" }, "provenance": "placeholder", "citation": "what-if" },
              { "from": "2020-01-01", "value": { "minAge": 80, "maxAge": 89, "amount": 40, "period": "month" }, "provenance": "placeholder", "citation": "what-if" } ] }
            """);
        var person = Person("1955-03-10");
        var asOf = Date("2026-06-15");
        bool WarnsOfThe2000Band(RuleResult<ElderlyOutcome> r) => r.Warnings.Any(w =>
            w.Code == RuleWarning.PlaceholderUsed && w.ParameterKey == "elderly.age_allowance.80_89" && w.Message.En.Contains("from 2000-01-01", StringComparison.Ordinal));
        foreach (var explain in new[] { true, false })
        {
            var withSchedule = calc.Evaluate(new ElderlyCareRequest { Person = person, ScheduleFrom = new YearMonth(2008, 1), ScheduleTo = new YearMonth(2008, 2) }, EvaluationOptions.On(asOf, explain));
            var without = calc.Evaluate(ElderlyCareRequest.For(person), EvaluationOptions.On(asOf, explain));
            Assert.True(WarnsOfThe2000Band(withSchedule), string.Join(" | ", withSchedule.Warnings.Select(w => w.Message.En)));
            Assert.False(WarnsOfThe2000Band(without));
        }
    }
}
