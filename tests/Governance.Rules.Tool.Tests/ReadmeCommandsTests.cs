namespace Governance.Rules.Tool.Tests;

/// <summary>The README's commands paste and run as they are (run here on the built tool instead of through <c>dotnet run</c>).</summary>
public sealed class ReadmeCommandsTests
{
    private const string Prefix = "dotnet run --project src/Governance.Rules.Tool -- ";

    public static TheoryData<string> Commands() => new(File.ReadAllLines(Path.Combine(Govrules.RepoRoot, "README.md"))
        .Where(l => l.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(l => l[Prefix.Length..]));

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_README_command_runs_and_exits_0(string command)
    {
        Directory.CreateDirectory(Path.Combine(Govrules.RepoRoot, "artifacts"));
        var (code, output, error) = Govrules.Run(command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(code == 0, $"{command}\n{output}\n{error}");
        Assert.DoesNotContain("   at ", output + error);
        foreach (var written in command.Split(' ').SkipWhile(a => a != "--output").Skip(1).Take(1))
        {
            Assert.StartsWith("artifacts/", written, StringComparison.Ordinal);
        }
    }
}
