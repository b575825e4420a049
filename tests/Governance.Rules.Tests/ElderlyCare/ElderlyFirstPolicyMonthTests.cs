using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// A one-off grant is owed in the first month its conditions are met. In the first month any elderly-care policy is in
/// force (October 2007 in the Suzhou pack), the month before has no policy, so its conditions count as unmet there and a
/// person who already met them is owed the grant in that first month, on the fast path and in the full evaluation alike.
/// </summary>
public sealed class ElderlyFirstPolicyMonthTests
{
    /// <summary>The adaptation grant (Suzhou's placeholder figures) in force from 2000, before any other elderly-care rule of the pack.</summary>
    private static readonly ElderlyCareCalculator AdaptationFrom2000 = WithLayer("""
        "elderly.adaptation": { "unit": "元", "values": [ { "from": "2000-01-01", "provenance": "placeholder", "citation": "what-if",
          "value": { "minAge": 60, "statuses": [ "extreme-poverty", "dibao", "low-income" ], "cap": 3000 } } ] }
        """);

    /// <summary>70 in 2007, on 低保 since 2005, applied in May 2007, the adaptation cost 2,000 元.</summary>
    private static readonly ElderlyPerson Applied = Person("1937-04-02") with
    {
        EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2005-01-01"))],
        ApplicationDate = Date("2007-05-10"),
        AdaptationCost = 2000m,
    };

    [Theory]
    [InlineData("2007-10-15", 2000)]
    [InlineData("2007-11-15", 0)]
    [InlineData("2008-10-15", 0)]
    public void The_grant_is_owed_in_the_first_month_of_any_policy_and_only_then(string asOf, int owed)
    {
        var date = Date(asOf);
        var fast = AdaptationFrom2000.Summarize(Applied, date);
        var o = AdaptationFrom2000.Evaluate(ElderlyCareRequest.For(Applied), EvaluationOptions.On(date, explain: false)).GetOutcomeOrThrow()[ElderlyBenefit.Adaptation];
        Assert.Equal(ElderlySummaryStatus.Computed, fast.Status);
        Assert.True(o.Eligible);
        Assert.True(fast.IsEligible(ElderlyBenefit.Adaptation));
        Assert.Equal(owed, o.DueInAsOfMonth);
        Assert.Equal(owed, fast.Due(ElderlyBenefit.Adaptation));
    }

    [Fact]
    public void Before_the_first_month_of_any_policy_nothing_is_in_force()
    {
        Assert.Equal(ElderlySummaryStatus.NoPolicyInForce, AdaptationFrom2000.Summarize(Applied, Date("2007-09-15")).Status);
    }
}
