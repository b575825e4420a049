using Governance.Rules.Localization;

namespace Governance.Rules.Tool;

/// <summary>The tool's own messages in zh-Hans and en.</summary>
internal static class Text
{
    public static string Get(Language language, string zh, string en) => language == Language.En ? en : zh;

    public static bool TryParseLanguage(string? value, out Language language)
    {
        (language, var ok) = value?.Trim().ToUpperInvariant() switch
        {
            null or "ZH-HANS" or "ZH" or "ZH-CN" => (Language.ZhHans, true),
            "EN" or "EN-US" or "EN-GB" => (Language.En, true),
            _ => (Language.ZhHans, false),
        };
        return ok;
    }
}

/// <summary>An expected failure of a command: a bilingual message and an exit code; never a stack trace.</summary>
internal sealed class ToolException : Exception
{
    public ToolException(int exitCode, string zh, string en)
        : base(en)
    {
        ExitCode = exitCode;
        Message2 = new LocalizedText(zh, en);
    }

    public ToolException()
        : this(2, string.Empty, string.Empty)
    {
    }

    public ToolException(string message)
        : this(2, message, message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
        Message2 = new LocalizedText(message, message);
    }

    public int ExitCode { get; } = 2;

    public LocalizedText Message2 { get; }
}
