using System.Text;
using System.Text.Json;

namespace Governance.Rules.Tool.Tests;

public sealed class CommandTests
{
    private const string Sample = "src/Governance.Rules.Tool/samples/staffing-street.json";

    [Fact]
    public void Eval_prints_the_table_explanation_warning_and_stamp()
    {
        var (code, output, _) = Govrules.Run("eval", "staffing", "--input", Sample, "--as-of", "2025-06-30");
        Assert.Equal(0, code);
        Assert.Matches(@"\| 示例街道 +\| +25546 \| +45\.9828 \| +46 \| +48 \| +46 \| +0 \|", output);
        Assert.Contains("占位值", output);
        Assert.Contains("规则包 cn.js.suzhou@", output);
    }

    [Fact]
    public void Eval_as_json_carries_outcome_explanation_warnings_and_stamp()
    {
        var (code, output, _) = Govrules.Run("eval", "staffing", "--input", Sample, "--as-of", "2025-06-30", "--format", "json", "--lang", "en");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(46, root.GetProperty("outcome").GetProperty("areas")[0].GetProperty("required").GetInt32());
        Assert.Equal("2025-06-30", root.GetProperty("stamp").GetProperty("asOf").GetString());
        Assert.Equal("PLACEHOLDER_USED", root.GetProperty("warnings")[0].GetProperty("code").GetString());
        Assert.Contains("per 10,000", root.GetProperty("explanation")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("weather", "--input", Sample, "未知规则领域")]
    [InlineData("staffing", "--input", "/no/such/file.json", "无法读取文件")]
    [InlineData("staffing", "--input", Sample, "yyyy-MM-dd", "--as-of", "2025-13-01")]
    [InlineData("staffing", "--input", Sample, "cn.js.atlantis", "--pack", "cn.js.atlantis")]
    public void Eval_answers_bad_arguments_with_a_message_and_exit_2_without_a_stack_trace(string area, string opt, string file, string expected, params string[] more)
    {
        var (code, output, error) = Govrules.Run(["eval", area, opt, file, .. more]);
        Assert.Equal(2, code);
        Assert.Contains(expected, output + error);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void Eval_in_English_speaks_English()
    {
        var (code, _, error) = Govrules.Run("eval", "weather", "--input", Sample, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("Unknown rule area 'weather'", error);
    }

    [Fact]
    public void Eval_of_invalid_input_exits_1_with_coded_failures()
    {
        var file = Govrules.TempFile(".json");
        File.WriteAllText(file, """{ "areas": [ { "id": "c", "urbanPermanentPopulation": -5 } ] }""");
        var (code, _, error) = Govrules.Run("eval", "staffing", "--input", file, "--as-of", "2025-06-30");
        Assert.Equal(1, code);
        Assert.Contains("STAFFING_POPULATION_NEGATIVE", error);
    }

    [Fact]
    public void Eval_refuses_json_nested_beyond_the_limit()
    {
        var file = Govrules.TempFile(".json");
        File.WriteAllText(file, new string('[', 100) + new string(']', 100));
        var (code, _, error) = Govrules.Run("eval", "staffing", "--input", file, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("nested deeper than 32", error);
    }

    [Fact]
    public void Diff_reports_the_change_and_the_parameter_that_caused_it()
    {
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".json");
        File.WriteAllText(input, """
            {"areas":[{"id":"a","urbanPermanentPopulation":10000}]}
            {"areas":[{"id":"b","urbanPermanentPopulation":0}]}
            """);
        var (code, summary, _) = Govrules.Run(
            "diff", "staffing", "--baseline", "cn.js.suzhou", "--reform", "tests/cases/staffing/reform-20-per-10k.json",
            "--input", input, "--as-of", "2026-03-01", "--output", output, "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("gain 1", summary);
        Assert.Contains("unchanged 1", summary);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var first = doc.RootElement.GetProperty("records")[0];
        Assert.Equal(2m, first.GetProperty("figures").GetProperty("required").GetProperty("change").GetDecimal());
        var cause = first.GetProperty("cause");
        Assert.Equal("staffing.rate", cause.GetProperty("rule").GetString());
        Assert.Equal("staffing.workers_per_10k_urban_residents", cause.GetProperty("parameters")[0].GetProperty("key").GetString());
        Assert.Equal("reform.staffing-20", cause.GetProperty("parameters")[0].GetProperty("reformLayer").GetString());
        Assert.Equal(2m, doc.RootElement.GetProperty("totals").GetProperty("figureChanges").GetProperty("required").GetDecimal());
    }

    [Fact]
    public void Lint_prints_every_error_with_its_json_path()
    {
        var file = Govrules.TempFile(".json");
        File.WriteAllText(file, """
            { "id": "gusu", "version": "1.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "姑苏区", "en": "Gusu" },
              "parameters": { "staffing.workers_per_10k_urban_residents": { "unit": "人/万人", "values": [ { "from": "2026-02-30", "value": 19 } ] } } }
            """);
        var (code, output, _) = Govrules.Run("lint", file, "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("$.version: PACK_INVALID_VERSION", output);
        Assert.Contains("$.parameters['staffing.workers_per_10k_urban_residents'].values[0].from: PACK_INVALID_DATE", output);
    }

    [Fact]
    public void Lint_reports_three_independent_errors_of_a_file_in_one_run_in_document_order_in_chinese()
    {
        var file = Govrules.TempFile(".json");
        File.WriteAllText(file, """
            { "id": "reform.three", "version": "1.0.0", "parent": "cn.js.suzhou", "name": { "zh-Hans": "测试", "en": "Test" },
              "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
              "parameters": {
                "elderly.age_allowance.90_99": { "unit": "元", "values": [ { "from": "2026-01-01", "value": { "minAge": 90, "amount": 600, "period": "year" }, "provenance": "placeholder", "citation": "what-if" } ] },
                "pay.grade_coefficients": { "unit": "系数", "values": [ { "from": "2026-01-01", "value": [ { "grade": 1, "coefficient": 1.0 }, { "grade": true, "coefficient": 1.05 } ], "provenance": "placeholder", "citation": "what-if" } ] },
                "staffing.roundin": { "unit": "规则", "values": [ { "from": "2026-01-01", "value": "ceiling", "provenance": "placeholder", "citation": "what-if" } ] } } }
            """);
        var (code, output, _) = Govrules.Run("lint", file, "--lang", "ZH-hans");
        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains("$.parameters['elderly.age_allowance.90_99'].values[0].value：PACK_AGE_BANDS_OVERLAP：尊老金年龄段相互重叠", lines[0]);
        Assert.Contains("$.parameters['pay.grade_coefficients'].values[0].value[1].grade：PACK_INVALID_VALUE：取值不符合该参数的要求", lines[1]);
        Assert.Contains("$.parameters['staffing.roundin']：PACK_UNKNOWN_PARAMETER：本库没有定义该参数", lines[2]);
        Assert.Equal("3 处错误。", lines[3]);
    }

    [Fact]
    public void Lint_accepts_a_good_layer()
    {
        var (code, output, _) = Govrules.Run("lint", "tests/cases/staffing/reform-20-per-10k.json", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("OK: reform.staffing-20@1.0.0", output);
    }

    [Fact]
    public void Params_lists_parameters_in_force_with_placeholders_flagged()
    {
        var (code, output, _) = Govrules.Run("params", "--at", "2025-06-30", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("staffing.workers_per_10k_urban_residents = 18 人/万人", output);
        Assert.Contains("staffing.rounding = \"ceiling\" rule  [PLACEHOLDER]", output);
    }

    [Fact]
    public void Params_in_Chinese_write_the_effective_date_provenance_and_citation_as_an_office_does()
    {
        const string key = "staffing.workers_per_10k_urban_residents";
        static string Detail(string output) => output.Split('\n').SkipWhile(l => !l.StartsWith(key + " = ", StringComparison.Ordinal)).ElementAt(1);

        // The English listing gives the date in ISO form and the provenance as a word: the Chinese one must say the same.
        var english = Detail(Govrules.Run("params", "--at", "2025-06-30", "--lang", "en").Out);
        var iso = System.Text.RegularExpressions.Regex.Match(english, @"from (\d{4})-(\d{2})-(\d{2})");
        Assert.True(iso.Success, english);
        var (code, output, _) = Govrules.Run("params", "--at", "2025-06-30");
        Assert.Equal(0, code);
        var detail = Detail(output);
        Assert.Contains($"自{int.Parse(iso.Groups[1].Value)}年{int.Parse(iso.Groups[2].Value)}月{int.Parse(iso.Groups[3].Value)}日起", detail);
        Assert.DoesNotContain(iso.Value[5..], detail);
        Assert.Contains(english.Contains(" · official · ", StringComparison.Ordinal) ? "正式文本" : "报道转载", detail);
        Assert.DoesNotContain("official", detail);
        Assert.DoesNotContain("reported", detail);
        Assert.Matches("《.+》|署名文章：", detail);
    }

    [Fact]
    public void Test_runs_the_shipped_policy_cases_and_prints_the_counts()
    {
        var (code, output, _) = Govrules.Run("test", "tests/cases");
        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^[1-9][0-9]* passed, 0 failed$", output);
    }
}

public sealed class SchemaTests
{
    public static TheoryData<string> Areas() => new(Directory.GetFiles(Path.Combine(Govrules.RepoRoot, "src", "Governance.Rules.Tool", "schemas"), "*.request.schema.json")
        .Select(f => Path.GetFileName(f).Split('.')[0]));

    [Theory]
    [MemberData(nameof(Areas))]
    public void The_committed_request_schema_matches_the_request_type(string area)
    {
        var (code, output, _) = Govrules.Run("schema", area);
        Assert.Equal(0, code);
        var committed = File.ReadAllText(Path.Combine(Govrules.RepoRoot, "src", "Governance.Rules.Tool", "schemas", area + ".request.schema.json"));
        Assert.Equal(committed.ReplaceLineEndings().Trim(), output.ReplaceLineEndings().Trim());
    }
}
