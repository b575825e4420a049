using System.Text;
using System.Text.Json;

namespace Governance.Rules.Tool.Tests;

public sealed class BatchTests
{
    private const string Population = "src/Governance.Rules.Tool/samples/elderly-population.jsonl";

    [Fact]
    public void Batch_of_100000_records_with_malformed_lines_keeps_count_and_order_and_exits_1()
    {
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".jsonl");
        var expectedBad = new HashSet<long>();
        using (var writer = new StreamWriter(input, false, new UTF8Encoding(true)))
        {
            for (var i = 1; i <= 100_000; i++)
            {
                if (i % 997 == 0)
                {
                    writer.WriteLine("{\"areas\": [ {\"id\": \"broken\"");
                    expectedBad.Add(i);
                }
                else if (i % 1_009 == 0)
                {
                    writer.WriteLine($$"""{"areas":[{"id":"c{{i}}","urbanPermanentPopulation":-{{i}}}]}""");
                    expectedBad.Add(i);
                }
                else
                {
                    writer.WriteLine($$"""{"areas":[{"id":"c{{i}}","urbanPermanentPopulation":{{i % 30_000}}}]}""");
                }
            }
        }

        var (code, _, error) = Govrules.Run("batch", "staffing", "--input", input, "--output", output, "--as-of", "2025-06-30", "--quiet", "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains($"100000 records, {100_000 - expectedBad.Count} valid, {expectedBad.Count} failed", error);
        var lines = File.ReadAllLines(output);
        Assert.Equal(100_001, lines.Length);
        Assert.Contains("\"header\":true", lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var line = doc.RootElement.GetProperty("line").GetInt64();
            Assert.Equal(i, line);
            Assert.Equal(!expectedBad.Contains(line), doc.RootElement.GetProperty("valid").GetBoolean());
        }

        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public void Elderly_care_batch_gives_the_fast_path_figures_with_names_and_units_once_and_they_match_the_full_evaluation()
    {
        var fast = Govrules.TempFile(".jsonl");
        var full = Govrules.TempFile(".jsonl");
        Assert.Equal(0, Govrules.Run("batch", "elderly-care", "--input", Population, "--output", fast, "--as-of", "2026-11-26", "--quiet").ExitCode);
        Assert.Equal(0, Govrules.Run("batch", "elderly-care", "--input", Population, "--output", full, "--as-of", "2026-11-26", "--quiet", "--explain").ExitCode);
        var fastLines = File.ReadAllLines(fast);
        var fullLines = File.ReadAllLines(full);
        Assert.Equal(301, fastLines.Length);
        Assert.Equal(301, fullLines.Length);
        using var header = JsonDocument.Parse(fastLines[0]);
        Assert.Equal("fast", header.RootElement.GetProperty("mode").GetString());
        var columns = header.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        Assert.Equal("monthTotal", columns[0]);
        Assert.Equal("eligibleBenefits", columns[1]);
        Assert.Contains("due.age-90-99", columns);
        Assert.Equal("元", header.RootElement.GetProperty("columns")[0].GetProperty("unit").GetString());
        var paid = 0;
        for (var i = 1; i < fastLines.Length; i++)
        {
            Assert.DoesNotContain("尊老金", fastLines[i]);
            using var f = JsonDocument.Parse(fastLines[i]);
            using var e = JsonDocument.Parse(fullLines[i]);
            var figures = f.RootElement.GetProperty("figures");
            var outcome = e.RootElement.GetProperty("outcome");
            Assert.Equal(outcome.GetProperty("monthTotal").GetDecimal(), figures[0].GetDecimal());
            Assert.Equal(outcome.GetProperty("benefits").EnumerateArray().Count(b => b.GetProperty("eligible").GetBoolean()), figures[1].GetInt32());
            foreach (var benefit in outcome.GetProperty("benefits").EnumerateArray())
            {
                var at = columns.IndexOf("due." + benefit.GetProperty("code").GetString());
                Assert.Equal(benefit.GetProperty("dueInAsOfMonth").GetDecimal(), figures[at].GetDecimal());
            }

            paid += figures[0].GetDecimal() > 0 ? 1 : 0;
        }

        Assert.True(paid > 50, $"only {paid} of 300 sample persons are paid something");
    }

    [Fact]
    public void The_fast_path_and_the_full_evaluation_agree_on_every_figure_of_2000_generated_persons_of_every_shape()
    {
        var random = new Random(20261126);
        string[] districts = ["gusu", "huqiu", "wuzhong", "kunshan", "taicang", "nowhere"];
        string Date(int from, int to) => new DateOnly(from, 1, 1).AddDays(random.Next(0, (to - from) * 365)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string Pick(params string[] options) => options[random.Next(options.Length)];
        var input = Govrules.TempFile(".jsonl");
        using (var writer = new StreamWriter(input))
        {
            for (var i = 0; i < 2_000; i++)
            {
                var members = new List<string> { $"\"{Pick("birthDate", "birthDate", "birthDate", "BirthDate")}\":\"{Date(1915, 1967)}\"" };
                if (random.Next(10) > 0)
                {
                    members.Add($"\"hukouDistrict\":{(random.Next(20) == 0 ? "null" : $"\"{Pick(districts)}\"")}");
                }

                if (random.Next(4) == 0)
                {
                    members.Add($"\"hukouSince\":\"{Date(1990, 2026)}\"");
                }

                if (random.Next(5) == 0)
                {
                    members.Add($"\"residesInJurisdiction\":{Pick("true", "false")}");
                }

                if (random.Next(3) == 0)
                {
                    var to = random.Next(3) == 0 ? $",\"to\":\"{Date(2024, 2027)}\"" : Pick(string.Empty, ",\"to\":null");
                    members.Add($"\"economicStatuses\":[{{\"status\":\"{Pick("dibao", "low-income", "extreme-poverty", "none")}\",\"from\":\"{Date(2010, 2026)}\"{to}}}]");
                }

                if (random.Next(2) == 0)
                {
                    var level = random.Next(4) == 0 ? $"\"legacyLevel\":\"{Pick("self-care", "semi-disabled", "disabled")}\"" : $"\"level\":\"{Pick("capable", "mild", "moderate", "severe")}\"";
                    var until = random.Next(3) == 0 ? $",\"validUntil\":\"{Date(2025, 2028)}\"" : string.Empty;
                    members.Add($"\"assessments\":[{{{level},\"assessedOn\":\"{Date(2023, 2026)}\"{until}}}]");
                }

                members.Add($"\"livingArrangement\":\"{Pick("with-others", "empty-nest", "alone")}\"");
                if (random.Next(8) == 0)
                {
                    members.Add($"\"specialFamily\":\"{Pick("lost-only-child", "disabled-only-child")}\"");
                }

                if (random.Next(20) == 0)
                {
                    members.Add($"\"deathDate\":\"{Date(2025, 2027)}\"");
                }

                if (random.Next(15) == 0)
                {
                    members.Add($"\"institutionalCareFrom\":\"{Date(2020, 2026)}\"");
                }

                if (random.Next(4) == 0)
                {
                    members.Add($"\"applicationDate\":\"{Date(2025, 2027)}\",\"mealsPerMonth\":{random.Next(0, 40)}");
                }

                if (random.Next(6) == 0)
                {
                    members.Add($"\"adaptationAlreadyGranted\":{Pick("true", "false")},\"adaptationCost\":{random.Next(0, 9000)}.5");
                }

                var person = string.Join(",", members.OrderBy(_ => random.Next()));
                writer.WriteLine($"{{\"person\":{{{person}}}}}");
            }
        }

        var fast = Govrules.TempFile(".jsonl");
        var full = Govrules.TempFile(".jsonl");
        Govrules.Run("batch", "elderly-care", "--input", input, "--output", fast, "--as-of", "2026-10-15", "--quiet");
        Govrules.Run("batch", "elderly-care", "--input", input, "--output", full, "--as-of", "2026-10-15", "--quiet", "--explain");
        var fastLines = File.ReadAllLines(fast);
        var fullLines = File.ReadAllLines(full);
        Assert.Equal(2_001, fastLines.Length);
        using var header = JsonDocument.Parse(fastLines[0]);
        var columns = header.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        var compared = 0;
        for (var i = 1; i < fastLines.Length; i++)
        {
            using var f = JsonDocument.Parse(fastLines[i]);
            using var e = JsonDocument.Parse(fullLines[i]);
            Assert.Equal(e.RootElement.GetProperty("valid").GetBoolean(), f.RootElement.GetProperty("valid").GetBoolean());
            if (!f.RootElement.TryGetProperty("figures", out var figures))
            {
                continue;
            }

            var outcome = e.RootElement.GetProperty("outcome");
            Assert.Equal(outcome.GetProperty("monthTotal").GetDecimal(), figures[0].GetDecimal());
            foreach (var benefit in outcome.GetProperty("benefits").EnumerateArray())
            {
                var code = benefit.GetProperty("code").GetString();
                Assert.Equal(benefit.GetProperty("dueInAsOfMonth").GetDecimal(), figures[columns.IndexOf("due." + code)].GetDecimal());
                Assert.Equal(benefit.GetProperty("eligible").GetBoolean() ? benefit.GetProperty("amountPerPeriod").GetDecimal() : 0m, figures[columns.IndexOf("perPeriod." + code)].GetDecimal());
            }

            compared++;
        }

        Assert.True(compared > 1_500, $"only {compared} records were summarised on the fast path");
    }

    [Fact]
    public void Batch_reads_csv_with_member_paths_in_the_header()
    {
        var input = Govrules.TempFile(".csv");
        var output = Govrules.TempFile(".jsonl");
        File.WriteAllText(input, "areas[0].id,areas[0].urbanPermanentPopulation,areas[0].workers.community-full-time\nc-1,12345,20\n\"c,2\",10000,18\n0512,100,\n");
        var (code, _, _) = Govrules.Run("batch", "staffing", "--input", input, "--output", output, "--as-of", "2025-06-30", "--quiet");
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"required\":23", lines[1]);
        Assert.Contains("\"id\":\"c,2\"", lines[2]);
        Assert.Contains("\"id\":\"0512\"", lines[3]);
    }

    [Fact]
    public void Batch_reads_elderly_csv_and_names_the_line_of_a_row_with_a_wrong_field_count_or_type()
    {
        var input = Govrules.TempFile(".csv");
        var output = Govrules.TempFile(".jsonl");
        File.WriteAllText(input, """
            person.birthDate,person.hukouDistrict,person.economicStatuses[0].status,person.economicStatuses[0].from,person.mealsPerMonth
            1935-03-14,gusu,dibao,2020-01-01,20
            1940-01-01,gusu,,,
            1940-01-01,gusu
            1940-01-01,gusu,,,many

            """.ReplaceLineEndings("\n"));
        var (code, _, _) = Govrules.Run("batch", "elderly-care", "--input", input, "--output", output, "--as-of", "2026-11-26", "--quiet", "--lang", "en");
        Assert.Equal(1, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(5, lines.Length);
        Assert.Contains("\"line\":2,\"valid\":true", lines[1]);
        Assert.Contains("\"line\":3,\"valid\":true", lines[2]);
        Assert.Contains("line 4 has 2 fields where the header has 5", lines[3]);
        Assert.Contains("person.mealsPerMonth", lines[4]);
        Assert.Contains("expected a whole number", lines[4]);
    }

    [Fact]
    public void Batch_refuses_GB18030_input_and_leaves_no_output_file()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".jsonl");
        File.WriteAllBytes(input, Encoding.GetEncoding("GB18030").GetBytes("{\"areas\":[{\"id\":\"社区\",\"urbanPermanentPopulation\":100}]}\n{\"areas\":[{\"id\":\"a\",\"urbanPermanentPopulation\":100}]}\n"));
        var (code, _, error) = Govrules.Run("batch", "staffing", "--input", input, "--output", output, "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("GB18030", error);
        Assert.Contains("iconv", error);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public void Batch_fails_only_the_csv_row_that_is_not_UTF8_naming_its_line_and_goes_on()
    {
        var input = Govrules.TempFile(".csv");
        var output = Govrules.TempFile(".jsonl");
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("areas[0].id,areas[0].urbanPermanentPopulation\n社区-1,12345\nc-"));
        bytes.AddRange([0xFF, 0xFE, 0xC3]);
        bytes.AddRange(Encoding.UTF8.GetBytes(",10000\nc-3,100\n"));
        File.WriteAllBytes(input, [.. bytes]);
        var (code, _, _) = Govrules.Run("batch", "staffing", "--input", input, "--output", output, "--as-of", "2025-06-30", "--quiet", "--lang", "en");
        Assert.Equal(1, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"line\":2,\"valid\":true", lines[1]);
        Assert.Contains("\"line\":3,\"valid\":false", lines[2]);
        Assert.Contains("INPUT_NOT_UTF8", lines[2]);
        Assert.Contains("line 3, field 1 (areas[0].id): bytes that are not UTF-8", lines[2]);
        Assert.Contains("\"line\":4,\"valid\":true", lines[3]);
    }

    [Fact]
    public void Batch_refuses_a_csv_file_that_is_GB18030_as_a_whole_with_the_conversion_hint()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var input = Govrules.TempFile(".csv");
        var output = Govrules.TempFile(".jsonl");
        File.WriteAllBytes(input, Encoding.GetEncoding("GB18030").GetBytes("areas[0].id,areas[0].urbanPermanentPopulation\n社区,100\n街道,200\n"));
        var (code, _, error) = Govrules.Run("batch", "staffing", "--input", input, "--output", output, "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("GB18030", error);
        Assert.Contains("iconv", error);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public void Batch_answers_an_oversized_line_with_a_failed_record()
    {
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".jsonl");
        File.WriteAllText(input, "{\"areas\":[{\"id\":\"a\",\"urbanPermanentPopulation\":1}]}\n{\"x\":\"" + new string('x', 1_100_000) + "\"}\n{\"areas\":[{\"id\":\"b\",\"urbanPermanentPopulation\":1}]}\n");
        var (code, _, _) = Govrules.Run("batch", "staffing", "--input", input, "--output", output, "--quiet", "--lang", "en");
        Assert.Equal(1, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(4, lines.Length);
        Assert.Contains("line 2 is longer than", lines[2]);
        Assert.Contains("\"valid\":true", lines[3]);
    }
}
