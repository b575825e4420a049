using Governance.Rules.Localization;

namespace Governance.Rules.Tool;

/// <summary>The tool's own messages in zh-Hans and en.</summary>
internal static class Text
{
    public static string Get(Language language, string zh, string en) => language == Language.En ? en : zh;

    /// <summary>The language of the help texts, chosen once at start-up (see <see cref="ChooseHelpLanguage"/>).</summary>
    public static Language HelpLanguage { get; private set; } = Language.ZhHans;

    /// <summary>A help text in <see cref="HelpLanguage"/>.</summary>
    public static string Help(string zh, string en) => Get(HelpLanguage, zh, en);

    /// <summary>
    /// Chooses the language of the help texts before the commands are built: the value of <c>--lang</c> when given,
    /// otherwise the system's UI culture (Chinese → zh-Hans, another named culture → en, the invariant culture → zh-Hans,
    /// the tool's default). Sets the UI culture so System.CommandLine's own words (Usage, Options) follow.
    /// </summary>
    public static void ChooseHelpLanguage(IReadOnlyList<string> args)
    {
        string? lang = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                lang = args[i + 1];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                lang = args[i][7..];
            }
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        HelpLanguage = lang is not null && TryParseLanguage(lang, out var chosen) ? chosen
            : culture.Name.Length == 0 || culture.TwoLetterISOLanguageName == "zh" ? Language.ZhHans
            : Language.En;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(HelpLanguage == Language.En ? "en-US" : "zh-Hans");
    }

    public static bool TryParseLanguage(string? value, out Language language)
    {
        (language, var ok) = value switch
        {
            null or "zh-Hans" or "zh" or "zh-CN" => (Language.ZhHans, true),
            "en" or "en-US" => (Language.En, true),
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
