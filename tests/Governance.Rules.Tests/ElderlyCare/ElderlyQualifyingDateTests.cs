using Governance.Rules.ElderlyCare;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// A person too young for a benefit is told the date the age condition is met, for every benefit with a minimum age in
/// the pack: the nursing subsidy and the adaptation grant as well as the age allowances (Suzhou pack: both from 60, a
/// placeholder; both run from the application month).
/// </summary>
public sealed class ElderlyQualifyingDateTests
{
    /// <summary>58 on the as-of date, 60 on 2028-03-10; on 低保, assessed severely dependent, applied, the adaptation cost known.</summary>
    private static ElderlyPerson FiftyEight() => Person("1968-03-10") with
    {
        EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2020-01-01"))],
        Assessments = [new CareAssessment { Level = CareLevel.Severe, AssessedOn = Date("2025-11-02") }],
        ApplicationDate = Date("2025-12-01"),
        AdaptationCost = 2000m,
    };

    [Theory]
    [InlineData(ElderlyBenefit.Nursing)]
    [InlineData(ElderlyBenefit.Adaptation)]
    public void A_person_too_young_is_told_the_day_of_the_sixtieth_birthday_and_the_month_from_which_it_is_paid(ElderlyBenefit benefit)
    {
        var o = Outcome(Suzhou, FiftyEight(), "2026-01-15")[benefit];
        Assert.False(o.Eligible);
        Assert.Equal(UnmetCondition.Age, o.Unmet);
        Assert.Equal(Date("2028-03-10"), o.QualifiesOn);
        Assert.Equal(new YearMonth(2028, 3), o.QualifiesFromMonth);
    }

    [Theory]
    [InlineData(ElderlyBenefit.Nursing)]
    [InlineData(ElderlyBenefit.Adaptation)]
    public void On_the_sixtieth_birthday_the_benefit_is_met(ElderlyBenefit benefit)
    {
        // Assessed again in 2027: the 2025 assessment may have run out by then.
        var person = FiftyEight() with { Assessments = [new CareAssessment { Level = CareLevel.Severe, AssessedOn = Date("2027-11-02") }] };
        var o = Outcome(Suzhou, person, "2028-03-10")[benefit];
        Assert.Equal(UnmetCondition.None, o.Unmet);
        Assert.True(o.Eligible);
        Assert.Null(o.QualifiesOn);
    }
}
