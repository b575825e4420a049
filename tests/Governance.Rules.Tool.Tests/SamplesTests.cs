namespace Governance.Rules.Tool.Tests;

public sealed class SamplesTests
{
    [Fact]
    public void Samples_writes_every_bundled_sample_and_schema_and_they_evaluate()
    {
        var folder = Govrules.TempFile(string.Empty);
        var (code, output, error) = Govrules.Run("samples", "--output", folder, "--lang", "en");
        Assert.True(code == 0, error);
        Assert.Contains("Wrote", output);
        var bundled = Directory.GetFiles(Path.Combine(Govrules.RepoRoot, "src", "Governance.Rules.Tool", "samples")).Select(Path.GetFileName).Order();
        Assert.Equal(bundled, Directory.GetFiles(Path.Combine(folder, "samples")).Select(Path.GetFileName).Order());
        Assert.Equal(8, Directory.GetFiles(Path.Combine(folder, "schemas"), "*.request.schema.json").Length);

        var (eval, table, _) = Govrules.Run("eval", "elderly-care", "--input", Path.Combine(folder, "samples", "elderly-person.json"), "--as-of", "2026-11-26", "--brief");
        Assert.Equal(0, eval);
        Assert.Contains("本月应发合计 1260.00 元", table);
    }

    [Fact]
    public void Samples_refuses_to_overwrite_a_changed_file_and_writes_nothing()
    {
        var folder = Govrules.TempFile(string.Empty);
        Directory.CreateDirectory(Path.Combine(folder, "samples"));
        File.WriteAllText(Path.Combine(folder, "samples", "elderly-person.json"), "{}");
        var (code, _, error) = Govrules.Run("samples", "--output", folder);
        Assert.Equal(2, code);
        Assert.Contains("samples/elderly-person.json", error);
        Assert.False(File.Exists(Path.Combine(folder, "samples", "staffing-street.json")));
    }
}
