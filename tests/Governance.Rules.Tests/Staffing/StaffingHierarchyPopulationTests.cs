using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// A parent's population is its children's sum whether or not each child states it: a district over a street that
/// states no figure is checked against the street's communities, on the fast check and in the full validation alike;
/// a sum above the population limit is refused at each parent that would hold it.
/// </summary>
public sealed class StaffingHierarchyPopulationTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly StaffingQuotaCalculator Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static StaffingRequest ThreeLevels(long? district, long? street, long first, long second) => new()
    {
        Areas =
        [
            new StaffingArea { Id = "d", Level = AreaLevel.District, UrbanPermanentPopulation = district },
            new StaffingArea { Id = "s", ParentId = "d", Level = AreaLevel.Street, UrbanPermanentPopulation = street },
            new StaffingArea { Id = "c1", ParentId = "s", Level = AreaLevel.Community, UrbanPermanentPopulation = first },
            new StaffingArea { Id = "c2", ParentId = "s", Level = AreaLevel.Community, UrbanPermanentPopulation = second },
        ],
    };

    private static IReadOnlyList<ValidationFailure> FullValidation(StaffingRequest request)
    {
        // The full validator on its own (the calculator runs it only when its fast check fails).
        var context = new FluentValidation.ValidationContext<StaffingRequest>(request);
        return new StaffingRequestValidator().Validate(context).Errors
            .Select(e => new ValidationFailure(e.ErrorCode, e.PropertyName, new Localization.LocalizedText(e.ErrorMessage, e.ErrorMessage), e.AttemptedValue?.ToString()))
            .ToArray();
    }

    [Theory]
    [InlineData(300L, null)] // the district states the sum, the street states nothing
    [InlineData(300L, 300L)]
    [InlineData(null, null)]
    public void A_district_over_a_street_that_states_no_figure_is_checked_against_the_communities(long? district, long? street)
    {
        var request = ThreeLevels(district, street, 100, 200);
        Assert.Empty(FullValidation(request));
        var result = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf, explain: false));
        Assert.True(result.IsValid, string.Join("; ", result.Failures));
        var byId = result.Outcome!.Areas.ToDictionary(a => a.Id);
        Assert.Equal(300, byId["d"].UrbanPermanentPopulation);
        Assert.Equal(300, byId["s"].UrbanPermanentPopulation);
    }

    [Fact]
    public void A_district_that_states_other_than_its_streets_communities_is_refused_with_both_figures()
    {
        var request = ThreeLevels(301, null, 100, 200);
        Assert.Equal([("STAFFING_POPULATION_MISMATCH", "Areas[0].UrbanPermanentPopulation")], FullValidation(request).Select(f => (f.Code, f.PropertyPath)));
        var f = Assert.Single(Suzhou.Evaluate(request, EvaluationOptions.On(AsOf)).Failures);
        Assert.Equal(("STAFFING_POPULATION_MISMATCH", "Areas[0].UrbanPermanentPopulation", "301"), (f.Code, f.PropertyPath, f.AttemptedValue));
        Assert.Equal("上级区域填写的城镇常住人口 301 与下级之和 300 不符。", f.Message.ZhHans);
        Assert.Equal("A parent's stated urban permanent population 301 differs from the sum of its children's, 300.", f.Message.En);
    }

    [Fact]
    public void A_street_whose_communities_sum_above_the_population_limit_is_refused_there_and_above()
    {
        var max = StaffingLimits.MaxPopulation;
        var request = ThreeLevels(null, null, max, 1);
        // Refused at the street, and at the district above it, whose sum holds the street's.
        var failures = Suzhou.Evaluate(request, EvaluationOptions.On(AsOf)).Failures;
        Assert.Equal(["Areas[0].UrbanPermanentPopulation", "Areas[1].UrbanPermanentPopulation"], failures.Select(x => x.PropertyPath));
        var f = failures[1];
        var sum = (max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var limit = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(("STAFFING_POPULATION_ABSURD", "Areas[1].UrbanPermanentPopulation", sum), (f.Code, f.PropertyPath, f.AttemptedValue));
        Assert.Equal($"城镇常住人口 {sum} 超过上限 {limit}。", f.Message.ZhHans);
        Assert.Equal($"The urban permanent population {sum} exceeds the limit {limit}.", f.Message.En);

        // At the limit itself the street and the district are answered.
        var atLimit = Suzhou.Evaluate(ThreeLevels(null, null, max - 1, 1), EvaluationOptions.On(AsOf, explain: false));
        Assert.True(atLimit.IsValid, string.Join("; ", atLimit.Failures));
        Assert.Equal(max, atLimit.Outcome!.Areas.Single(a => a.Id == "d").UrbanPermanentPopulation);
    }
}
