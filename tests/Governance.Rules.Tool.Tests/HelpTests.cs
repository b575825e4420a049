namespace Governance.Rules.Tool.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("zh-Hans", "用法：", "按所选规则包测算一个请求", "（默认：zh-Hans）", "默认", "Usage|\\[default|REQUIRED|Show help")]
    [InlineData("en", "Usage:", "Evaluate one request on the chosen pack", "(default: zh-Hans)", "default", "[\u4e00-\u9fff]")]
    public void Help_speaks_one_language_throughout_and_prints_each_default_once(string lang, string usage, string description, string packDefault, string defaultWord, string foreign)
    {
        var (code, output, _) = Govrules.Run("eval", "--help", "--lang", lang);
        Assert.Equal(0, code);
        Assert.Contains(usage, output);
        Assert.Contains(description, output);
        Assert.Contains(packDefault, output);
        Assert.DoesNotMatch(foreign, output);
        foreach (var line in output.Split('\n').Where(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal)))
        {
            Assert.True(line.Split(defaultWord).Length <= 2, "a default printed twice: " + line);
        }
    }

    [Theory]
    [InlineData("en_US.UTF-8", "Usage:")]
    [InlineData("zh_CN.UTF-8", "用法：")]
    public void Without_lang_the_help_follows_the_system_culture(string locale, string expected)
    {
        var (code, output, _) = Govrules.RunWith(new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale }, "--help");
        Assert.Equal(0, code);
        Assert.Contains(expected, output);
    }

    [Theory]
    [InlineData("zh-Hans", "命令：", "批量测算")]
    [InlineData("en", "Commands:", "Evaluate a file of records")]
    public void The_root_help_lists_every_command_in_the_chosen_language(string lang, string heading, string batch)
    {
        var (code, output, _) = Govrules.Run("--help", "--lang", lang);
        Assert.Equal(0, code);
        Assert.Contains(heading, output);
        Assert.Contains(batch, output);
        foreach (var command in new[] { "eval", "batch", "diff", "params", "lint", "test", "schema" })
        {
            Assert.Contains("  " + command, output);
        }
    }
}
