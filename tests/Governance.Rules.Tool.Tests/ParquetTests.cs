using Parquet;
using Parquet.Schema;

namespace Governance.Rules.Tool.Tests;

public sealed class ParquetTests
{
    [Fact]
    public async Task Batch_reads_parquet_row_groups_and_writes_parquet_with_the_same_figures_as_json_lines()
    {
        var input = Govrules.TempFile(".parquet");
        var birth = new DataField<string>("person.birthDate");
        var district = new DataField<string>("person.hukouDistrict");
        var meals = new DataField<int?>("person.mealsPerMonth");
        var level = new DataField<string>("person.assessments[0].level");
        var assessed = new DataField<DateOnly?>("person.assessments[0].assessedOn");
        await using (var file = File.Create(input))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(birth, district, meals, level, assessed), file, cancellationToken: TestContext.Current.CancellationToken))
        {
            // Two row groups: 3 records, then 2 (one with a date that does not exist).
            foreach (var (births, levels) in new[]
            {
                (new[] { "1935-03-14", "1944-06-01", "1920-10-10" }, new[] { "moderate", null, "severe" }),
                (new[] { "1930-02-30", "1950-01-01" }, new string?[] { null, null }),
            })
            {
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(birth, births, null);
                await group.WriteAsync(district, [.. births.Select(_ => "gusu")], null);
                await group.WriteAsync<int>(meals, births.Select((_, i) => i == 0 ? 20 : (int?)null).ToArray().AsMemory(), null, null, TestContext.Current.CancellationToken);
                await group.WriteAsync(level, levels, null);
                await group.WriteAsync<DateOnly>(assessed, levels.Select(l => l is null ? (DateOnly?)null : new DateOnly(2025, 9, 1)).ToArray().AsMemory(), null, null, TestContext.Current.CancellationToken);
            }
        }

        var parquet = Govrules.TempFile(".parquet");
        var jsonl = Govrules.TempFile(".jsonl");
        var (code, _, error) = Govrules.Run("batch", "elderly-care", "--input", input, "--output", parquet, "--as-of", "2026-11-26", "--quiet", "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("5 records, 4 valid, 1 failed", error);
        Assert.Equal(1, Govrules.Run("batch", "elderly-care", "--input", input, "--output", jsonl, "--as-of", "2026-11-26", "--quiet", "--lang", "en").ExitCode);
        var lines = File.ReadAllLines(jsonl);
        Assert.Contains("\"line\":4,\"valid\":false", lines[4]);
        Assert.Contains("person.birthDate", lines[4]);

        await using var read = File.OpenRead(parquet);
        await using var reader = await ParquetReader.CreateAsync(read, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("monthTotal", reader.CustomMetadata["govrules.columns"]);
        var fields = reader.Schema.GetDataFields();
        using var rows = reader.OpenRowGroupReader(0);
        var lineNumbers = new long[5];
        var totals = new decimal?[5];
        await rows.ReadAsync<long>(fields.Single(f => f.Name == "line"), lineNumbers.AsMemory(), null, TestContext.Current.CancellationToken);
        await rows.ReadAsync<decimal>(fields.Single(f => f.Name == "monthTotal"), totals.AsMemory(), null, TestContext.Current.CancellationToken);
        Assert.Equal([1L, 2, 3, 4, 5], lineNumbers);
        for (var i = 0; i < 5; i++)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(lines[i + 1]);
            decimal? expected = doc.RootElement.TryGetProperty("figures", out var f) ? f[0].GetDecimal() : null;
            Assert.Equal(expected, totals[i]);
        }

        Assert.Null(totals[3]);
        Assert.True(totals[2] > 0);
    }

    [Fact]
    public async Task A_parquet_row_whose_text_is_not_UTF8_fails_naming_its_row_and_column_and_the_run_goes_on()
    {
        var input = Govrules.TempFile(".parquet");
        var id = new DataField<string>("areas[0].id");
        var population = new DataField<int>("areas[0].urbanPermanentPopulation");
        await using (var file = File.Create(input))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, population), file, new ParquetOptions { CompressionMethod = CompressionMethod.None }, cancellationToken: TestContext.Current.CancellationToken))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(id, ["c-1", "c-QQQQ", "c-3"], null);
            await group.WriteAsync<int>(population, new[] { 100, 200, 300 }.AsMemory(), null, null, TestContext.Current.CancellationToken);
        }

        // Put bytes that are not UTF-8 wherever the writer put QQQQ (uncompressed, so the text is there as written: in the
        // values and in the statistics).
        var bytes = await File.ReadAllBytesAsync(input, TestContext.Current.CancellationToken);
        var patched = 0;
        for (var at = bytes.AsSpan().IndexOf("QQQQ"u8); at >= 0; at = bytes.AsSpan().IndexOf("QQQQ"u8))
        {
            bytes[at] = 0xFF;
            bytes[at + 1] = 0xFE;
            bytes[at + 2] = 0xC3;
            patched++;
        }

        Assert.True(patched > 0);
        await File.WriteAllBytesAsync(input, bytes, TestContext.Current.CancellationToken);

        var output = Govrules.TempFile(".jsonl");
        var (code, _, _) = Govrules.Run("batch", "staffing", "--input", input, "--output", output, "--as-of", "2025-06-30", "--quiet", "--lang", "en");
        Assert.Equal(1, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"line\":1,\"valid\":true", lines[1]);
        Assert.Contains("INPUT_NOT_UTF8", lines[2]);
        Assert.Contains("row 2, column areas[0].id: bytes that are not UTF-8", lines[2]);
        Assert.Contains("\"line\":3,\"valid\":true", lines[3]);
    }

    [Fact]
    public async Task Diff_writes_parquet_with_the_same_records_and_totals_as_its_json_document()
    {
        // The sample population plus one line that cannot be read, so the output holds changed and invalid records.
        var input = Govrules.TempFile(".jsonl");
        File.WriteAllLines(input, [.. File.ReadAllLines(Path.Combine(Govrules.RepoRoot, "src/Governance.Rules.Tool/samples/elderly-population.jsonl")), "{\"person\":{\"birthDate\":"]);
        var json = Govrules.TempFile(".json");
        var parquet = Govrules.TempFile(".parquet");
        string[] diff = ["diff", "elderly-care", "--reform", "tests/cases/elderly-care/reform-90-99-1500.json", "--input", input, "--as-of", "2026-11-26", "--quiet", "--lang", "en", "--output"];
        Assert.Equal(1, Govrules.Run([.. diff, json]).ExitCode);
        Assert.Equal(1, Govrules.Run([.. diff, parquet]).ExitCode);

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var expected = document.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.Contains(expected, r => !r.GetProperty("changed").GetBoolean());
        Assert.Contains(expected, r => r.GetProperty("changed").GetBoolean());

        await using var read = File.OpenRead(parquet);
        await using var reader = await ParquetReader.CreateAsync(read, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("elderly-care", reader.CustomMetadata["govrules.area"]);
        Assert.Equal(document.RootElement.GetProperty("reform").GetString(), reader.CustomMetadata["govrules.reform"]);
        using (var totals = System.Text.Json.JsonDocument.Parse(reader.CustomMetadata["govrules.totals"]))
        {
            Assert.Equal(document.RootElement.GetProperty("totals").GetRawText(), totals.RootElement.GetRawText());
        }

        var fields = reader.Schema.GetDataFields();
        var n = expected.Count;
        var lines = new long[n];
        var changed = new bool[n];
        var reformValid = new bool[n];
        var primary = new decimal?[n];
        var texts = new Dictionary<string, string?[]>();
        using (var rows = reader.OpenRowGroupReader(0))
        {
            Assert.Equal(n, rows.RowCount);
            await rows.ReadAsync<long>(fields.Single(f => f.Name == "line"), lines.AsMemory(), null, TestContext.Current.CancellationToken);
            await rows.ReadAsync<bool>(fields.Single(f => f.Name == "changed"), changed.AsMemory(), null, TestContext.Current.CancellationToken);
            await rows.ReadAsync<bool>(fields.Single(f => f.Name == "reformValid"), reformValid.AsMemory(), null, TestContext.Current.CancellationToken);
            await rows.ReadAsync<decimal>(fields.Single(f => f.Name == "primaryChange"), primary.AsMemory(), null, TestContext.Current.CancellationToken);
            foreach (var name in new[] { "figures", "fields", "cause", "failures" })
            {
                texts[name] = new string?[n];
                await rows.ReadAsync(fields.Single(f => f.Name == name), texts[name].AsMemory(), null, TestContext.Current.CancellationToken);
            }
        }

        for (var i = 0; i < n; i++)
        {
            var record = expected[i];
            Assert.Equal(record.GetProperty("line").GetInt64(), lines[i]);
            Assert.Equal(record.GetProperty("changed").GetBoolean(), changed[i]);
            Assert.Equal(!record.TryGetProperty("reformValid", out var valid) || valid.GetBoolean(), reformValid[i]);
            Assert.Equal(record.TryGetProperty("figures", out var figures) ? figures.GetProperty("yearTotal").GetProperty("change").GetDecimal() : null, primary[i]);
            foreach (var (name, values) in texts)
            {
                Assert.Equal(record.TryGetProperty(name, out var member) && member.ValueKind != System.Text.Json.JsonValueKind.Null ? member.GetRawText() : null, values[i]);
            }
        }
    }
}
