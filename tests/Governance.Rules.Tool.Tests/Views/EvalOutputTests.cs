using System.Text.RegularExpressions;

namespace Governance.Rules.Tool.Tests.Views;

/// <summary>
/// The text of <c>govrules eval</c>, one sample per rule area in zh-Hans and en, compared with golden files under
/// <c>Golden/</c>. After an intended change of the output or of a pack, regenerate them with
/// <c>GOVRULES_UPDATE_GOLDEN=1 dotnet test --project tests/Governance.Rules.Tool.Tests</c> and read the diff before committing.
/// </summary>
public sealed partial class EvalOutputTests
{
    private const string Samples = "src/Governance.Rules.Tool/samples/";

    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var lang in new[] { "zh-Hans", "en" })
        {
            data.Add("staffing", "staffing-street.json", "2025-06-30", lang, "concise");
            data.Add("pay", "pay-worker.json", "2025-06-30", lang, "concise");
            data.Add("admission", "admission-work-item.json", "2025-06-30", lang, "concise");
            data.Add("certificate", "certificate-request.json", "2025-06-30", lang, "concise");
            data.Add("elderly-care", "elderly-person.json", "2026-11-26", lang, "concise");
            data.Add("elderly-care", "elderly-person.json", "2026-11-26", lang, "brief");
            data.Add("elderly-care", "elderly-person.json", "2026-11-26", lang, "full");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Eval_output_matches_its_golden_file(string area, string sample, string asOf, string lang, string level)
    {
        var output = Eval(area, sample, asOf, lang, level);
        var golden = Path.Combine(Govrules.RepoRoot, "tests", "Governance.Rules.Tool.Tests", "Golden", $"eval.{area}.{level}.{lang}.txt");
        if (Environment.GetEnvironmentVariable("GOVRULES_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, output);
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}; run with GOVRULES_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), output);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Chinese_output_has_no_English_words_and_English_output_no_Chinese_units(string area, string sample, string asOf, string lang, string level)
    {
        var output = Eval(area, sample, asOf, lang, level);
        if (lang == "zh-Hans" && level != "full")
        {
            // Enum names and the packs' unit kinds the earlier output leaked into Chinese text (full prints the packs' raw values).
            Assert.DoesNotMatch(EnglishWords(), output);
        }
        else if (lang == "en")
        {
            // The summary table and the parameter lines (not citations, which are titles in their own language).
            var lines = output.Split('\n').Where(l => l.StartsWith('|') || l.StartsWith("   · ", StringComparison.Ordinal));
            Assert.All(lines, l => Assert.DoesNotMatch(ChineseUnits(), l));
        }
    }

    [Fact]
    public void Brief_prints_the_summary_and_warnings_without_steps_and_default_prints_each_parameter_once()
    {
        var brief = Eval("elderly-care", "elderly-person.json", "2026-11-26", "zh-Hans", "brief");
        Assert.DoesNotContain("计算过程", brief);
        Assert.Contains("待核实", brief);
        Assert.Contains("| 居家养老服务补贴", brief);

        var concise = Eval("elderly-care", "elderly-person.json", "2026-11-26", "zh-Hans", "concise");
        Assert.Single(Regex.Matches(concise, "· 补贴叠加规则："));
        Assert.DoesNotContain("{\"", concise);
        Assert.Contains("govrules params --at 2026-11-26", concise);
        Assert.True(concise.Split('\n').Length < 50, "the default output of one person stays short");

        var full = Eval("elderly-care", "elderly-person.json", "2026-11-26", "zh-Hans", "full");
        Assert.Contains("[elderly.benefit.home-care]", full);
        Assert.Contains("{\"", full);
    }

    [Fact]
    public void Admission_labels_the_decision_the_approving_body_and_the_next_adjustment_date()
    {
        var zh = Eval("admission", "admission-work-item.json", "2025-06-30", "zh-Hans", "brief");
        Assert.Matches(@"\| 结论 +\| 不予准入", zh);
        Assert.Matches(@"\| 审批机构 +\| \S", zh);
        Assert.Matches(@"\| 下次调整日 +\| 2026-01-01", zh);
        var en = Eval("admission", "admission-work-item.json", "2025-06-30", "en", "brief");
        Assert.Matches(@"\| Next adjustment date +\| 2026-01-01", en);
    }

    [Fact]
    public void An_admission_check_on_a_placeholder_item_labels_may_refuse_to_be_confirmed()
    {
        // Every item of Suzhou's representative lists is a placeholder: neither "may refuse" nor "may not" is known.
        var zh = Eval("admission-check", "admission-check-request.json", "2025-06-30", "zh-Hans", "brief");
        Assert.Matches(@"\| 可否拒绝 +\| 待核实 ", zh);
        var en = Eval("admission-check", "admission-check-request.json", "2025-06-30", "en", "brief");
        Assert.Matches(@"\| May refuse +\| to be confirmed ", en);
    }

    [Fact]
    public void The_pay_month_table_has_a_header_row()
    {
        var zh = Eval("pay", "pay-worker.json", "2025-06-30", "zh-Hans", "brief");
        Assert.Matches(@"\| 月份 +\| +在岗天数 \| +基本报酬 \| +绩效报酬 \| +津贴 \| +合计 \|", zh);
    }

    [Fact]
    public void Brief_together_with_full_explanation_is_refused()
    {
        var (code, _, error) = Govrules.Run("eval", "staffing", "--input", Samples + "staffing-street.json", "--brief", "--explain", "full");
        Assert.Equal(2, code);
        Assert.Contains("--brief", error);
    }

    private static string Eval(string area, string sample, string asOf, string lang, string level)
    {
        string[] detail = level switch { "brief" => ["--brief"], "full" => ["--explain", "full"], _ => [] };
        var (code, output, error) = Govrules.Run(["eval", area, "--input", Samples + sample, "--as-of", asOf, "--lang", lang, .. detail]);
        Assert.True(code == 0, error);
        // The library version carries the commit and the pack hash changes with any edit of any pack (a citation's
        // wording too): both are masked; the pack id and version, the figures and the texts are compared.
        var text = LibraryVersion().Replace(output.ReplaceLineEndings("\n"), "Governance.Rules VERSION ·");
        return PackHash().Replace(text, "SHA-256 HASH");
    }

    [GeneratedRegex("SHA-256 [0-9a-f]{12}")]
    private static partial Regex PackHash();

    [GeneratedRegex(@"Governance\.Rules \S+ ·")]
    private static partial Regex LibraryVersion();

    [GeneratedRegex(@"\b(Age|CareLevel|EconomicStatus|Hukou|rule|list|map|share|body|yes|no|placeholder)\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex("元|人/万人|个月|[0-9]项|[0-9]级")]
    private static partial Regex ChineseUnits();
}
