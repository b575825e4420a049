using Governance.Rules.Citations;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;
using static Governance.Rules.Tests.TaskAdmission.AdmissionParameterReadingTests;

namespace Governance.Rules.Tests.TaskAdmission;

/// <summary>
/// A refusal that rests on a rule the pack holds only as a placeholder is warned of, with and without explanation, and
/// the reason carries the rule's placeholder provenance: the answer is not given with an authority the pack lacks.
/// </summary>
public sealed class AdmissionPlaceholderRuleTests
{
    private static readonly LocalDate AsOf = Date("2026-02-01");

    public static TheoryData<string, int, int> Rules => new()
    {
        { "admission.plaques_banned", (int)WorkItemDemands.Plaques, (int)AdmissionReasons.PlaqueBan },
        { "admission.ledgers_banned", (int)WorkItemDemands.Ledgers, (int)AdmissionReasons.LedgerBan },
        { "admission.app_check_ins_banned", (int)WorkItemDemands.AppCheckIns, (int)AdmissionReasons.AppCheckInBan },
        { "admission.repeated_reporting_banned", (int)WorkItemDemands.RepeatedReporting, (int)AdmissionReasons.RepeatedReportingBan },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_ban_held_as_a_placeholder_is_warned_of_when_it_refuses_explained_or_not(string key, int demand, int reason)
    {
        var reviewer = new AdmissionReviewer(LoadLayer(Layer(key, "rule", "true")).GetPackOrThrow(), SystemClock.Instance);
        var request = AdmissionReviewerTests.Good() with { Demands = (WorkItemDemands)demand, RequestedStart = Date("2027-01-01") };
        foreach (var explain in new[] { false, true })
        {
            var result = reviewer.Evaluate(request, EvaluationOptions.On(AsOf, explain));
            var outcome = result.GetOutcomeOrThrow();
            Assert.Equal((AdmissionReasons)reason, outcome.ReasonFlags);
            Assert.Contains(result.Warnings, w => w.Code == RuleWarning.PlaceholderUsed && w.ParameterKey == key);
            Assert.Equal(Provenance.Placeholder, Assert.Single(outcome.Reasons).Provenance);
        }

        // Without the demand the ban is not used, and not warned of.
        var clean = reviewer.Evaluate(request with { Demands = WorkItemDemands.None }, EvaluationOptions.On(AsOf, explain: false));
        Assert.DoesNotContain(clean.Warnings, w => w.ParameterKey == key);
    }
}
