using Governance.Rules.Testing.Cases;
using Xunit;

namespace Suzhou.District.PolicyCases;

/// <summary>Every case under cases/ must hold: a policy change that breaks one fails this project's CI.</summary>
public sealed class DistrictPolicyCases
{
    [Theory]
    [PolicyCases("cases")]
    public void Case_holds(PolicyCase policyCase) => PolicyAssert.Holds(policyCase);
}
