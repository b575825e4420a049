using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// A 重阳节 lump sum with an upper age (a layer's 100–101 band of 1,000 元 a year, paid on the festival itself): in the
/// festival month it is paid to those aged 100 or 101 on the festival day, on the fast path as in the full evaluation.
/// 重阳节 2025 is 2025-10-29 (闰六月).
/// </summary>
public sealed class ElderlyFestivalBandMaximumTests
{
    private static readonly ElderlyCareCalculator Bounded = WithLayer(FestivalBandUpTo(101));

    [Theory]
    [InlineData("1925-10-29", 1000)] // 100 on the festival day
    [InlineData("1925-10-30", 0)] // 99 on the festival day, 100 the day after
    [InlineData("1923-10-30", 1000)] // 101 on the festival day, 102 the day after
    [InlineData("1923-10-29", 0)] // 102 on the festival day itself
    [InlineData("1923-10-28", 0)] // 102 the day before
    public void The_lump_sum_goes_to_those_of_the_band_on_the_festival_day(string birth, int due)
    {
        var person = Person(birth);
        var asOf = Date("2025-10-31");
        var summary = Bounded.Summarize(person, asOf);
        Assert.Equal(due, summary.Due(ElderlyBenefit.CentenarianFestival));

        var outcome = Outcome(Bounded, person, "2025-10-31");
        Assert.Equal(due, outcome[ElderlyBenefit.CentenarianFestival].DueInAsOfMonth);
        Assert.Equal(outcome.MonthTotal, summary.MonthTotal);
    }
}
