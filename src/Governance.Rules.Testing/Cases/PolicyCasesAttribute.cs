using System.Reflection;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace Governance.Rules.Testing.Cases;

/// <summary>
/// Supplies every policy case under a path to an xunit v3 theory, one data row per case named after it:
/// <c>[Theory, PolicyCases("cases")] public void Case_holds(PolicyCase c) => PolicyAssert.Holds(c);</c>
/// </summary>
/// <remarks>A relative path is taken from the test assembly's folder (copy the case files to the output).</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PolicyCasesAttribute : DataAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">A case file, or a folder searched recursively for <c>*.case.json</c>.</param>
    public PolicyCasesAttribute(string path) => Path = path;

    /// <summary>The case file or folder.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var folder = System.IO.Path.GetDirectoryName(testMethod.DeclaringType!.Assembly.Location) ?? AppContext.BaseDirectory;
        var path = System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(folder, Path);
        var rows = PolicyCaseFiles.Read(path)
            .Select(c => (ITheoryDataRow)new TheoryDataRow<PolicyCase>(c) { TestDisplayName = c.Name })
            .ToArray();
        return new ValueTask<IReadOnlyCollection<ITheoryDataRow>>(rows);
    }

    /// <inheritdoc />
    public override bool SupportsDiscoveryEnumeration() => true;
}
