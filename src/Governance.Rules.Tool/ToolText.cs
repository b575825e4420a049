using Governance.Rules.Localization;

namespace Governance.Rules.Tool;

/// <summary>The tool's own messages in zh-Hans and en.</summary>
internal static class ToolText
{
    public static string Get(Language language, string zh, string en) => language == Language.En ? en : zh;

    public static Language ParseLanguage(string? value) => value switch
    {
        null or "zh-Hans" or "zh" or "zh-CN" => Language.ZhHans,
        "en" or "en-US" => Language.En,
        _ => throw new ToolException(2, $"未知语言“{value}”（可用：zh-Hans、en）。", $"Unknown language '{value}' (zh-Hans or en)."),
    };
}

/// <summary>An expected failure of a command: a bilingual message and an exit code; never a stack trace.</summary>
internal sealed class ToolException : Exception
{
    public ToolException(int exitCode, string zh, string en)
        : base(en)
    {
        ExitCode = exitCode;
        Text = new LocalizedText(zh, en);
    }

    public ToolException()
    {
        Text = new LocalizedText(string.Empty, string.Empty);
    }

    public ToolException(string message)
        : base(message)
    {
        Text = new LocalizedText(message, message);
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = new LocalizedText(message, message);
    }

    public int ExitCode { get; } = 2;

    public LocalizedText Text { get; }
}
