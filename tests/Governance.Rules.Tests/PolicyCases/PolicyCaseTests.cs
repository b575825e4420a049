using Governance.Rules.Testing.Cases;

namespace Governance.Rules.Tests.PolicyCases;

public sealed class PolicyCaseTests
{
    /// <summary>Every policy case shipped under tests/cases holds (the same files `govrules test tests/cases` runs).</summary>
    [Theory]
    [PolicyCases("cases")]
    public void Policy_case_holds(PolicyCase policyCase) => PolicyAssert.Holds(policyCase);

    [Fact]
    public void A_case_with_a_wrong_expectation_fails_and_says_why()
    {
        var json = """
            { "name": "Wrong on purpose", "area": "staffing", "asOf": "2025-06-30",
              "input": { "areas": [ { "id": "c", "urbanPermanentPopulation": 10000 } ] },
              "expect": { "outcome": { "areas[0].required": 19 } } }
            """;
        var result = PolicyCaseRunner.Run(new PolicyCase(json, "inline.case.json", 0));
        Assert.False(result.Passed);
        Assert.Contains(result.Problems, p => p.Contains("areas[0].required expected 19, got 18", StringComparison.Ordinal));
    }

    [Fact]
    public void A_badly_written_case_reports_its_problems_without_throwing()
    {
        var result = PolicyCaseRunner.Run(new PolicyCase("""{ "area": "weather", "asOf": "soon", "colour": 1 }""", "inline.case.json", 0));
        Assert.False(result.Passed);
        Assert.Contains(result.Problems, p => p.Contains("'name'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("'area'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("'asOf'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("unknown field 'colour'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reform_with_the_wrong_change_fails()
    {
        var json = """
            { "name": "Wrong change", "area": "staffing", "asOf": "2026-03-01",
              "input": { "areas": [ { "id": "c", "urbanPermanentPopulation": 10000 } ] },
              "expect": { "outcome": { "areas[0].required": 18 } },
              "reform": { "layers": [ "staffing/reform-20-per-10k.json" ], "change": { "areas[0].required": 5 } } }
            """;
        var source = Path.Combine(AppContext.BaseDirectory, "cases", "inline.case.json");
        var result = PolicyCaseRunner.Run(new PolicyCase(json, source, 0));
        Assert.Contains(result.Problems, p => p.Contains("expected +5, got +2", StringComparison.Ordinal));
    }
}
