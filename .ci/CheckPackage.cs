// Checks that the built packages hold what a consumer needs: the DLL, its XML docs, the README,
// the rule packs embedded in the DLL, and a symbols package beside it. Usage: dotnet run .ci/CheckPackage.cs -- DIR VERSION
using System.IO.Compression;

var dir = args[0];
var version = args[1];
var failures = new List<string>();
var nupkg = Path.Combine(dir, $"Governance.Rules.{version}.nupkg");
var snupkg = Path.Combine(dir, $"Governance.Rules.{version}.snupkg");
var tool = Path.Combine(dir, $"Governance.Rules.Tool.{version}.nupkg");
var testing = Path.Combine(dir, $"Governance.Rules.Testing.{version}.nupkg");
var aspnetcore = Path.Combine(dir, $"Governance.Rules.AspNetCore.{version}.nupkg");
var json = Path.Combine(dir, $"Governance.Rules.Json.{version}.nupkg");
foreach (var file in new[] { nupkg, snupkg, tool, testing, aspnetcore, json })
{
    if (!File.Exists(file))
    {
        failures.Add("missing " + file);
    }
}

if (File.Exists(nupkg))
{
    using var zip = ZipFile.OpenRead(nupkg);
    var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    foreach (var expected in new[] { "README.md", "lib/net10.0/Governance.Rules.dll", "lib/net10.0/Governance.Rules.xml" })
    {
        if (!names.Contains(expected))
        {
            failures.Add($"{Path.GetFileName(nupkg)} lacks {expected}");
        }
    }
}

if (File.Exists(tool))
{
    using var zip = ZipFile.OpenRead(tool);
    if (!zip.Entries.Any(e => e.FullName.EndsWith("/govrules.dll", StringComparison.Ordinal)) || !zip.Entries.Any(e => e.FullName == "tools/net10.0/any/DotnetToolSettings.xml"))
    {
        failures.Add($"{Path.GetFileName(tool)} is not a dotnet tool package with govrules.dll");
    }
}

if (File.Exists(aspnetcore))
{
    using var zip = ZipFile.OpenRead(aspnetcore);
    var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    foreach (var expected in new[] { "README.md", "lib/net10.0/Governance.Rules.AspNetCore.dll", "lib/net10.0/Governance.Rules.AspNetCore.xml" })
    {
        if (!names.Contains(expected))
        {
            failures.Add($"{Path.GetFileName(aspnetcore)} lacks {expected}");
        }
    }
}

if (File.Exists(json))
{
    using var zip = ZipFile.OpenRead(json);
    var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    foreach (var expected in new[] { "README.md", "lib/net10.0/Governance.Rules.Json.dll", "lib/net10.0/Governance.Rules.Json.xml" })
    {
        if (!names.Contains(expected))
        {
            failures.Add($"{Path.GetFileName(json)} lacks {expected}");
        }
    }
}

// A web service must not pull in the test framework: the endpoints depend on the JSON package, not on the policy-case package.
foreach (var package in new[] { aspnetcore, json })
{
    if (!File.Exists(package))
    {
        continue;
    }

    using var zip = ZipFile.OpenRead(package);
    var nuspec = zip.Entries.First(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var reader = new StreamReader(nuspec.Open());
    var text = reader.ReadToEnd();
    foreach (var forbidden in new[] { "\"Governance.Rules.Testing\"", "\"xunit" })
    {
        if (text.Contains(forbidden, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{Path.GetFileName(package)} depends on {forbidden.Trim('"')}");
        }
    }
}

if (File.Exists(snupkg))
{
    using var zip = ZipFile.OpenRead(snupkg);
    if (!zip.Entries.Any(e => e.FullName == "lib/net10.0/Governance.Rules.pdb"))
    {
        failures.Add($"{Path.GetFileName(snupkg)} lacks the PDB");
    }
}

foreach (var f in failures)
{
    Console.Error.WriteLine("package check: " + f);
}

Console.WriteLine(failures.Count == 0 ? "package check: ok" : $"package check: {failures.Count} problem(s)");
return failures.Count == 0 ? 0 : 1;
