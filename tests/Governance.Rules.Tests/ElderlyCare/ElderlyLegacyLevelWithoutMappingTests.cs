using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// An assessment on the legacy three-level scale (自理/半失能/失能) counts only through the pack's mapping onto the national
/// scale. Where a pack holds no mapping (a what-if layer withdraws it), such an assessment gives no care level: the benefits
/// that need one are not met for want of it, on the fast path and in the full evaluation alike, while the same person is
/// paid them under the Suzhou pack's mapping.
/// </summary>
public sealed class ElderlyLegacyLevelWithoutMappingTests
{
    /// <summary>The Suzhou pack with its legacy-level mapping withdrawn from 2026.</summary>
    private static readonly ElderlyCareCalculator WithoutMapping = WithLayer("""
        "elderly.care_level_mapping": { "unit": "map", "values": [ { "from": "2026-01-01", "value": null, "provenance": "placeholder", "citation": "what-if" } ] }
        """);

    /// <summary>75 on 低保 since 2020, assessed 失能 on the legacy scale in March 2026, applied in April.</summary>
    private static readonly ElderlyPerson Disabled = Person("1951-05-20") with
    {
        EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2020-01-01"))],
        Assessments = [new CareAssessment { LegacyLevel = LegacyCareLevel.Disabled, AssessedOn = Date("2026-03-15") }],
        ApplicationDate = Date("2026-04-01"),
    };

    [Theory]
    [InlineData(ElderlyBenefit.HomeCare)]
    [InlineData(ElderlyBenefit.Nursing)]
    public void Without_a_mapping_a_legacy_level_meets_no_care_level_condition_on_either_path(ElderlyBenefit benefit)
    {
        var asOf = Date("2026-10-15");
        var options = EvaluationOptions.On(asOf, explain: false);
        var suzhou = Suzhou.Evaluate(ElderlyCareRequest.For(Disabled), options).GetOutcomeOrThrow()[benefit];
        var fastSuzhou = Suzhou.Summarize(Disabled, asOf);
        Assert.True(suzhou.Eligible, suzhou.Unmet.ToString());
        Assert.True(fastSuzhou.IsEligible(benefit));
        Assert.True(suzhou.AmountPerPeriod > 0);

        var without = WithoutMapping.Evaluate(ElderlyCareRequest.For(Disabled), options).GetOutcomeOrThrow()[benefit];
        var fast = WithoutMapping.Summarize(Disabled, asOf);
        Assert.Equal(ElderlySummaryStatus.Computed, fast.Status);
        Assert.False(without.Eligible);
        Assert.True(without.Unmet.HasFlag(UnmetCondition.CareLevel));
        Assert.False(fast.IsEligible(benefit));
        Assert.Equal(0m, fast.Due(benefit));
        Assert.Equal(without.DueInAsOfMonth, fast.Due(benefit));
    }
}
