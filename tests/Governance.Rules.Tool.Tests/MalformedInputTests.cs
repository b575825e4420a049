using System.Text;
using System.Text.Json;

namespace Governance.Rules.Tool.Tests;

/// <summary>Bad input and bad arguments: a clear answer in the user's terms and a documented exit code, never a stack trace or a half-written output.</summary>
public sealed class MalformedInputTests
{
    private const string Population = "src/Governance.Rules.Tool/samples/elderly-population.jsonl";
    private const string Valid = """{"person":{"birthDate":"1935-03-14","hukouDistrict":"gusu"}}""";

    [Fact]
    public void A_batch_file_mixing_every_malformed_kind_keeps_count_in_equal_to_count_out_and_names_each_failed_line()
    {
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".jsonl");
        var bytes = new List<byte>();
        void Line(string text, string end = "\n") => bytes.AddRange(Encoding.UTF8.GetBytes(text + end));
        Line(Valid, "\r\n");                                                          // 1 valid, CRLF
        Line("""{"person":{"birthDate":"1935-03-14","hukouDi""");                    // 2 truncated JSON
        Line("""{"person":{"birthDate":19350314}}""");                               // 3 wrong type
        bytes.AddRange(Encoding.UTF8.GetBytes("""{"person":{"birthDate":"1935-03-14","hukouDistrict":"gu"""));
        bytes.AddRange([0xFF, 0xFE, 0xC3]);
        Line("""su"}}""");                                                           // 4 bytes that are not UTF-8
        Line("""{"person":{"birthDate":"1935-03-14","note":" """ + new string('x', 2 << 20) + "\"}}"); // 5 a 2 MiB line
        bytes.AddRange([0xEF, 0xBB, 0xBF]);
        Line(Valid);                                                                  // 6 a BOM in the middle of the file
        Line("\t\t");                                                                 // 7 tabs only: not a record
        Line("   ");                                                                  // 8 spaces only: not a record
        Line(Valid, "\r\n");                                                          // 9 valid, CRLF
        Line("""{"person":{"birthDate":"1935-03-14","hukouDistrict":"姑苏区"}}""");     // 10 UTF-8 Chinese, not a district code
        Line("[1,2]");                                                                // 11 not an object
        Line("""{"person":{"birthDate":"1935-02-30"}}""");                           // 12 a date that does not exist
        Line(Valid, string.Empty);                                                    // 13 valid, no final newline
        File.WriteAllBytes(input, [.. bytes]);

        var (code, _, error) = Govrules.Run("batch", "elderly-care", "--input", input, "--output", output, "--as-of", "2026-11-26", "--quiet", "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains("11 records, 4 valid, 7 failed", error);
        var records = File.ReadAllLines(output).Skip(1).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13], records.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal([true, false, false, false, false, true, true, false, false, false, true], records.Select(r => r.GetProperty("valid").GetBoolean()));
        foreach (var failed in records.Where(r => !r.GetProperty("valid").GetBoolean() && r.GetProperty("failures")[0].GetProperty("code").GetString()!.StartsWith("INPUT_", StringComparison.Ordinal)))
        {
            var message = failed.GetProperty("failures")[0].GetProperty("message").GetString()!;
            Assert.StartsWith($"line {failed.GetProperty("line").GetInt64()}", message);
        }

        string Failure(int line, string member) => records.Single(r => r.GetProperty("line").GetInt64() == line).GetProperty("failures")[0].GetProperty(member).GetString()!;
        Assert.Equal("INPUT_NOT_JSON", Failure(2, "code"));
        Assert.Equal("INPUT_WRONG_TYPE", Failure(3, "code"));
        Assert.Equal("person.birthDate", Failure(3, "path"));
        Assert.Contains("expected a date yyyy-MM-dd", Failure(3, "message"));
        Assert.Equal("INPUT_NOT_UTF8", Failure(4, "code"));
        Assert.Equal("line 4, column 56: bytes that are not UTF-8 (save the file as UTF-8).", Failure(4, "message"));
        Assert.Equal("INPUT_LINE_TOO_LONG", Failure(5, "code"));
        Assert.NotEqual("INPUT_NOT_UTF8", Failure(10, "code"));
        Assert.Equal("INPUT_DATE_INVALID", Failure(12, "code"));
        var all = File.ReadAllText(output);
        foreach (var internals in new[] { "System.", "NodaTime.", "LineNumber", "BytePositionInLine", "reader options", "$.", "Governance.Rules." })
        {
            Assert.DoesNotContain(internals, all);
        }
    }

    [Fact]
    public void Two_records_on_one_line_and_a_truncated_record_are_told_apart_in_words()
    {
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".jsonl");
        File.WriteAllLines(input, [Valid + " " + Valid, """{"person":{"birthDate":"1935-03-14" """]);
        Assert.Equal(1, Govrules.Run("batch", "elderly-care", "--input", input, "--output", output, "--as-of", "2026-11-26", "--quiet", "--lang", "en").ExitCode);
        var messages = File.ReadAllLines(output).Skip(1).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("failures")[0].GetProperty("message").GetString()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("line 1, column ", messages[0]);
        Assert.EndsWith(": not valid JSON (something follows the end of the record).", messages[0]);
        Assert.StartsWith("line 2", messages[1]);
        Assert.EndsWith(": not valid JSON (the record ends before it is complete).", messages[1]);
    }

    [Fact]
    public void A_validation_failure_names_the_member_path_as_written_in_json()
    {
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".jsonl");
        File.WriteAllText(input, """{"person":{"birthDate":"1935-03-14","economicStatuses":[{"status":"dibao","from":"2020-01-01","to":"2019-01-01"}]}}""" + "\n");
        Assert.Equal(1, Govrules.Run("batch", "elderly-care", "--input", input, "--output", output, "--as-of", "2026-11-26", "--quiet").ExitCode);
        Assert.Contains("\"path\":\"person.economicStatuses[0].to\"", File.ReadAllLines(output)[1]);
    }

    [Fact]
    public void A_killed_batch_leaves_nothing_under_the_final_name_and_sigterm_removes_the_temporary_file()
    {
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".jsonl");
        var sample = File.ReadAllLines(Path.Combine(Govrules.RepoRoot, Population));
        using (var writer = new StreamWriter(input))
        {
            for (var i = 0; i < 1_000; i++)
            {
                foreach (var line in sample)
                {
                    writer.WriteLine(line);
                }
            }
        }

        string[] args = ["batch", "elderly-care", "--input", input, "--output", output, "--as-of", "2026-11-26", "--quiet", "--explain", "--lang", "en"];
        var since = DateTime.UtcNow;
        using (var killed = GovrulesProcess.Start(args))
        {
            Assert.True(GovrulesProcess.WaitForBytes(killed, output + ".partial", since), "the run wrote no temporary output");
            killed.Kill();
            killed.WaitForExit();
        }

        Assert.False(File.Exists(output));
        Assert.True(File.Exists(output + ".partial"));

        // The next run writes under the same temporary name (replacing the killed run's), and SIGTERM removes it.
        since = File.GetLastWriteTimeUtc(output + ".partial");
        using var stopped = GovrulesProcess.Start(args);
        Assert.True(GovrulesProcess.WaitForBytes(stopped, output + ".partial", since), "the run wrote no temporary output");
        GovrulesProcess.Signal(stopped, "TERM");
        Assert.True(stopped.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Equal(2, stopped.ExitCode);
        Assert.Contains("Interrupted", stopped.StandardError.ReadToEnd());
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, Path.GetFileName(output) + "*"));
    }

    [Theory]
    [InlineData("missing-folder", "does not exist")]
    [InlineData("folder", "is a folder")]
    public void An_output_that_cannot_be_written_is_one_line_and_exit_2(string kind, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("govrules-test-").FullName;
        var output = kind == "folder" ? folder : Path.Combine(folder, "no", "such", "results.jsonl");
        foreach (var command in new[] { "batch", "diff" })
        {
            string[] args = command == "batch"
                ? ["batch", "elderly-care", "--input", Population, "--output", output, "--quiet", "--lang", "en"]
                : ["diff", "elderly-care", "--reform", "tests/cases/elderly-care/reform-90-99-1500.json", "--input", Population, "--output", output, "--quiet", "--lang", "en"];
            var (code, stdout, error) = Govrules.Run(args);
            Assert.Equal(2, code);
            Assert.Contains(expected, error);
            Assert.Single(error.Trim().Split('\n'));
            Assert.DoesNotContain("   at ", stdout + error);
            Assert.DoesNotContain("Exception", stdout + error);
        }
    }

    [Fact]
    public void An_as_of_date_that_does_not_exist_says_so()
    {
        var (code, _, error) = Govrules.Run("batch", "elderly-care", "--input", Population, "--output", Govrules.TempFile(".jsonl"), "--as-of", "2026-02-30", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("2026-02-30 does not exist: 2026-02 has 28 days", error);
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("En")]
    [InlineData("en-us")]
    public void The_language_is_case_insensitive(string lang)
    {
        var (code, _, error) = Govrules.Run("batch", "elderly-care", "--input", Population, "--output", Govrules.TempFile(".jsonl"), "--as-of", "2026-11-26", "--quiet", "--lang", lang);
        Assert.Equal(0, code);
        Assert.Contains("300 records, 300 valid, 0 failed", error);
    }

    [Fact]
    public void Exit_codes_are_0_all_valid_1_some_invalid_2_could_not_proceed()
    {
        var bad = Govrules.TempFile(".jsonl");
        File.WriteAllText(bad, Valid + "\n{\"person\":{}}\n");
        Assert.Equal(0, Govrules.Run("batch", "elderly-care", "--input", Population, "--output", Govrules.TempFile(".jsonl"), "--quiet").ExitCode);
        Assert.Equal(1, Govrules.Run("batch", "elderly-care", "--input", bad, "--output", Govrules.TempFile(".jsonl"), "--quiet").ExitCode);
        Assert.Equal(2, Govrules.Run("batch", "elderly-care", "--input", "/no/such/input.jsonl", "--output", Govrules.TempFile(".jsonl"), "--quiet").ExitCode);
        Assert.Equal(2, Govrules.Run("batch", "elderly-care", "--input", Population, "--output", Population, "--quiet").ExitCode);
        Assert.Equal(0, Govrules.Run("diff", "elderly-care", "--reform", "tests/cases/elderly-care/reform-90-99-1500.json", "--input", Population, "--quiet").ExitCode);
        Assert.Equal(1, Govrules.Run("diff", "elderly-care", "--reform", "tests/cases/elderly-care/reform-90-99-1500.json", "--input", bad, "--quiet").ExitCode);
        Assert.Equal(2, Govrules.Run("diff", "elderly-care", "--reform", "no-such-reform.json", "--input", Population, "--quiet").ExitCode);
    }
}
