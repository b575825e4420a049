using System.Diagnostics;
using System.Text;

namespace Governance.Rules.Tool.Tests;

/// <summary>Runs the built govrules tool in its own process.</summary>
internal static class Govrules
{
    public static string RepoRoot { get; } = FindRoot();

    private static string Dll => Path.Combine(
        RepoRoot, "src", "Governance.Rules.Tool", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug",
        "net10.0", "govrules.dll");

    public static (int ExitCode, string Out, string Err) Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs govrules with extra environment variables (for example <c>LANG</c>).</summary>
    public static (int ExitCode, string Out, string Err) RunWith(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepoRoot,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("govrules did not finish: " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), $"govrules-test-{Guid.NewGuid():N}{extension}");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Governance.Rules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
