using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Validation;

/// <summary>An unknown flag value is written back to the caller as a plain number in every culture.</summary>
public sealed class AttemptedValueTextTests
{
    private static readonly AdmissionReviewer Reviewer = new(RulePacks.Suzhou, SystemClock.Instance);

    [Theory]
    [InlineData(-1, "-1")]
    [InlineData(1024, "1024")]
    [InlineData(1024 | 1, "1025")]
    public void Unknown_demand_flags_are_echoed_as_the_number_with_an_ascii_minus_in_every_culture(int flags, string shown)
    {
        foreach (var culture in Cultures)
        {
            var failure = InCulture(culture, () => Reviewer.Evaluate(
                new WorkItemRequest { Title = "社区人口信息采集", RequestingDepartment = "区民政局", Demands = (WorkItemDemands)flags },
                EvaluationOptions.On(Date("2025-06-30")))).Failures.Single(f => f.Code == "ADMISSION_DEMANDS_UNKNOWN");
            Assert.Equal(("Demands", shown), (failure.PropertyPath, failure.AttemptedValue));
            Assert.Equal($"未知的负担事项标记“{shown}”。", failure.Message.ZhHans);
            Assert.Equal($"Unknown demand flags '{shown}'.", failure.Message.En);
        }
    }
}
