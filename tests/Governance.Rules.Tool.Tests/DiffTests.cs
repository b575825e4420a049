using System.Text.Json;

namespace Governance.Rules.Tool.Tests;

public sealed class DiffTests
{
    private const string Population = "src/Governance.Rules.Tool/samples/elderly-population.jsonl";
    private const string Reform = "tests/cases/elderly-care/reform-90-99-1500.json";

    [Fact]
    public void A_diff_in_which_every_record_changes_writes_each_once_in_order_across_blocks()
    {
        // More records than two of the diff's blocks hold, every one a 90–99-year-old with Suzhou hukou whom the reform
        // raises, each with a different birth date: every record is written once, in input order, with its own figures.
        var count = (2 * Streaming.RecordSources.DiffMaxRecords) + 904;
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".json");
        var first = new NodaTime.LocalDate(1927, 12, 1);
        File.WriteAllLines(input, Enumerable.Range(0, count).Select(i =>
            $"{{\"person\":{{\"birthDate\":\"{first.PlusDays(i % 3000).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}\",\"hukouDistrict\":\"gusu\"}}}}"));
        var (code, _, _) = Govrules.Run("diff", "elderly-care", "--reform", Reform, "--input", input, "--as-of", "2026-11-26", "--output", output, "--quiet", "--lang", "en");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var totals = doc.RootElement.GetProperty("totals");
        Assert.Equal(count, totals.GetProperty("records").GetInt64());
        Assert.Equal(count, totals.GetProperty("gain").GetInt64());
        var records = doc.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), records.Select(r => r.GetProperty("line").GetInt64()));
        Assert.All(records, r => Assert.Equal(300, r.GetProperty("figures").GetProperty("yearTotal").GetProperty("change").GetDecimal()));
        Assert.Equal(300m * count, totals.GetProperty("figureChanges").GetProperty("yearTotal").GetDecimal());
    }

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

    [Fact]
    public void Diff_names_exactly_the_outcome_fields_that_differ_between_the_two_packs_in_path_order()
    {
        var output = Govrules.TempFile(".json");
        var (code, _, _) = Govrules.Run("diff", "elderly-care", "--reform", Reform, "--input", Population, "--as-of", "2026-11-26", "--output", output, "--quiet", "--lang", "en");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var lines = File.ReadAllLines(Path.Combine(Govrules.RepoRoot, Population));
        foreach (var record in doc.RootElement.GetProperty("records").EnumerateArray().Take(2))
        {
            var input = Govrules.TempFile(".json");
            File.WriteAllText(input, lines[record.GetProperty("line").GetInt32() - 1]);
            var expected = Differences(Outcome(input, "cn.js.suzhou"), Outcome(input, Path.Combine(Govrules.RepoRoot, Reform)));
            var fields = record.GetProperty("fields").EnumerateArray()
                .Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("baseline").GetString(), f.GetProperty("reform").GetString())).ToList();
            Assert.NotEmpty(fields);
            Assert.Equal(expected, fields);
        }
    }

    private static JsonElement Outcome(string input, string pack)
    {
        var (code, json, _) = Govrules.Run("eval", "elderly-care", "--input", input, "--pack", pack, "--as-of", "2026-11-26", "--format", "json", "--lang", "en");
        Assert.Equal(0, code);
        return JsonDocument.Parse(json).RootElement.GetProperty("outcome").Clone();
    }

    /// <summary>The leaves that differ, by flattened path in ordinal order, each as its JSON text (the reference the diff must match).</summary>
    private static List<(string, string?, string?)> Differences(JsonElement before, JsonElement after)
    {
        var (b, a) = (Flatten(before), Flatten(after));
        return [.. b.Keys.Union(a.Keys).Order(StringComparer.Ordinal)
            .Where(k => b.GetValueOrDefault(k) != a.GetValueOrDefault(k))
            .Select(k => (k, b.GetValueOrDefault(k), a.GetValueOrDefault(k)))];
    }

    private static Dictionary<string, string> Flatten(JsonElement element)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item, $"{path}[{i++}]");
                    }

                    break;
                default:
                    flat[path] = e.ValueKind == JsonValueKind.String ? JsonSerializer.Serialize(e.GetString()) : e.GetRawText();
                    break;
            }
        }

        Walk(element, string.Empty);
        return flat;
    }
}
