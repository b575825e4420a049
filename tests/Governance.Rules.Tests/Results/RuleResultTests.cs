using Governance.Rules.Localization;
using Governance.Rules.Results;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Results;

/// <summary>A result is a whole outcome or the failures, never half of each; options say the date and whether to explain.</summary>
public sealed class RuleResultTests
{
    private static readonly ReproducibilityStamp Stamp = new("cn.js.suzhou", "1.0.0", "abc", "1.0.0", Date("2026-06-30"), "cn@1.0.0 > cn.js.suzhou@1.0.0");

    private static readonly ValidationFailure Negative = new("STAFFING_POPULATION_NEGATIVE", "Areas[2].UrbanPermanentPopulation", new LocalizedText("常住人口不能为负数。", "The population cannot be negative."), "-1");

    [Fact]
    public void A_rejected_input_has_no_outcome_no_explanation_and_says_why_when_the_outcome_is_demanded()
    {
        var r = RuleResult<string>.Invalid([Negative], Stamp);
        Assert.False(r.IsValid);
        Assert.Null(r.Outcome);
        Assert.Empty(r.Warnings);
        Assert.Same(Explanation.None, r.Explanation);
        Assert.Equal(Date("2026-06-30"), r.AsOf);
        var e = Assert.Throws<InvalidOperationException>(r.GetOutcomeOrThrow);
        Assert.Equal("The input was rejected: STAFFING_POPULATION_NEGATIVE Areas[2].UrbanPermanentPopulation: 常住人口不能为负数。", e.Message);
        var two = RuleResult<string>.Invalid([Negative, Negative with { PropertyPath = "Areas[3].UrbanPermanentPopulation" }], Stamp);
        Assert.Equal(
            "The input was rejected: STAFFING_POPULATION_NEGATIVE Areas[2].UrbanPermanentPopulation: 常住人口不能为负数。; STAFFING_POPULATION_NEGATIVE Areas[3].UrbanPermanentPopulation: 常住人口不能为负数。",
            Assert.Throws<InvalidOperationException>(two.GetOutcomeOrThrow).Message);
    }

    [Fact]
    public void A_rejection_without_a_reason_is_a_programmer_error()
    {
        var e = Assert.Throws<ArgumentException>(() => RuleResult<string>.Invalid([], Stamp));
        Assert.Equal("failures", e.ParamName);
        Assert.StartsWith("At least one failure is needed.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_result_gives_its_outcome_and_no_failures()
    {
        var r = RuleResult<string>.Valid("18", Stamp, [], Explanation.None);
        Assert.True(r.IsValid);
        Assert.Empty(r.Failures);
        Assert.Equal("18", r.GetOutcomeOrThrow());
        Assert.Throws<ArgumentNullException>(() => RuleResult<string>.Valid(null!, Stamp, [], Explanation.None));
    }

    [Fact]
    public void Options_default_to_today_with_an_explanation_and_on_names_the_date()
    {
        Assert.Null(EvaluationOptions.Default.AsOf);
        Assert.True(EvaluationOptions.Default.Explain);
        Assert.Equal(new EvaluationOptions { AsOf = Date("2025-01-01"), Explain = true }, EvaluationOptions.On(Date("2025-01-01")));
        Assert.False(EvaluationOptions.On(Date("2025-01-01"), explain: false).Explain);
    }
}
