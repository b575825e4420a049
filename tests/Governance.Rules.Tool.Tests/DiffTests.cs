using System.Text.Json;

namespace Governance.Rules.Tool.Tests;

public sealed class DiffTests
{
    private const string Population = "src/Governance.Rules.Tool/samples/elderly-population.jsonl";
    private const string Reform = "tests/cases/elderly-care/reform-90-99-1500.json";

    [Fact]
    public void Diff_writes_only_changed_records_with_their_cause_and_counts_the_unchanged()
    {
        var output = Govrules.TempFile(".json");
        var (code, summary, _) = Govrules.Run("diff", "elderly-care", "--reform", Reform, "--input", Population, "--as-of", "2026-11-26", "--output", output, "--quiet", "--lang", "en");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var totals = doc.RootElement.GetProperty("totals");
        var records = doc.RootElement.GetProperty("records").EnumerateArray().ToList();
        var gain = totals.GetProperty("gain").GetInt64();
        Assert.Equal(300, totals.GetProperty("records").GetInt64());
        Assert.True(gain > 0);
        Assert.Equal(300, gain + totals.GetProperty("lose").GetInt64() + totals.GetProperty("otherChange").GetInt64() + totals.GetProperty("unchanged").GetInt64() + totals.GetProperty("invalid").GetInt64());
        Assert.Equal(gain, records.Count);
        Assert.All(records, r =>
        {
            Assert.True(r.GetProperty("changed").GetBoolean());
            Assert.Equal("elderly.age_allowance.90_99", r.GetProperty("cause").GetProperty("parameters")[0].GetProperty("key").GetString());
        });
        Assert.Equal(records.Select(r => r.GetProperty("line").GetInt64()).Order(), records.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Contains($"gain {gain}", summary);
        Assert.Contains($"all of them are in {output}", summary);
    }

    [Fact]
    public void Diff_on_the_console_shows_every_change_or_says_how_many_more_and_how_to_get_them()
    {
        var (code, summary, _) = Govrules.Run("diff", "elderly-care", "--reform", Reform, "--input", Population, "--as-of", "2026-11-26", "--quiet", "--lang", "en");
        Assert.Equal(0, code);
        var gain = long.Parse(System.Text.RegularExpressions.Regex.Match(summary, "gain ([0-9]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var shown = summary.Split('\n').Count(l => l.TrimStart().StartsWith("line ", StringComparison.Ordinal));
        Assert.Equal(Math.Min(gain, 20), shown);
        if (gain > 20)
        {
            Assert.Contains($"and {gain - 20} more changed records not shown. Add --output FILE.json", summary);
        }
    }
}
