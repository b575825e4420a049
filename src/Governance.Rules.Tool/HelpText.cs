using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;

namespace Governance.Rules.Tool;

/// <summary>
/// The help of every command in the help language (<see cref="Text.HelpLanguage"/>): zh-Hans or en throughout,
/// with each option's default printed once, from the option's own default value.
/// </summary>
internal sealed class HelpText : SynchronousCommandLineAction
{
    /// <summary>Replaces the built-in help (and the version option's description) of <paramref name="root"/>.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Action = new HelpText();
                help.Description = Text.Help("显示帮助", "Show this help");
            }
            else if (option is VersionOption version)
            {
                version.Description = Text.Help("显示版本", "Show the version");
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        Console.Out.Write(Render(parseResult.CommandResult.Command));
        return 0;
    }

    /// <summary>The help text of <paramref name="command"/>.</summary>
    public static string Render(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = new StringBuilder();
        text.AppendLine(command.Description).AppendLine();
        var path = string.Join(' ', Path(command));
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = Options(command).ToList();
        var commands = command.Subcommands.Where(c => !c.Hidden).ToList();
        text.AppendLine(Text.Help("用法：", "Usage:"));
        text.Append("  ").Append(path);
        foreach (var a in arguments)
        {
            text.Append(" <").Append(a.Name).Append('>');
        }

        if (commands.Count > 0)
        {
            text.Append(Text.Help(" [命令]", " [command]"));
        }

        text.AppendLine(Text.Help(" [选项]", " [options]"));
        Section(text, Text.Help("参数：", "Arguments:"), arguments.Select(a => ($"<{a.Name}>", a.Description ?? string.Empty)));
        Section(text, Text.Help("选项：", "Options:"), options.Select(o => (Usage(o), Describe(o))));
        Section(text, Text.Help("命令：", "Commands:"), commands.Select(c => (c.Name + string.Concat(c.Arguments.Select(a => $" <{a.Name}>")), c.Description ?? string.Empty)));
        if (commands.Count > 0)
        {
            text.AppendLine().AppendLine(Text.Help(
                "每个命令的说明：govrules 命令 --help；英文帮助：--lang en。",
                "Help on a command: govrules COMMAND --help; Chinese help: --lang zh-Hans."));
        }

        return text.ToString();
    }

    private static IEnumerable<string> Path(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
        {
            names.Add(s is RootCommand ? "govrules" : s.Name);
        }

        names.Reverse();
        return names;
    }

    /// <summary>The command's own options, then the recursive ones of its parents (help, version on the root).</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
        {
            foreach (var o in c.Options.Where(o => !o.Hidden && (c == command || o.Recursive)))
            {
                if (seen.Add(o.Name))
                {
                    yield return o;
                }
            }
        }
    }

    private static string Usage(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
        return option.ValueType == typeof(bool) || option is HelpOption or VersionOption
            ? names
            : $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    private static string Describe(Option option)
    {
        var description = option.Description ?? string.Empty;
        if (option.Required)
        {
            description += Text.Help("（必填）", " (required)");
        }

        if (option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value)
        {
            var shown = value is Array { Length: 0 } ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(shown))
            {
                description += Text.Help($"（默认：{shown}）", $" (default: {shown})");
            }
        }

        return description;
    }

    private static void Section(StringBuilder text, string title, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(title);
        var width = list.Max(r => r.Name.Length) + 2;
        foreach (var (name, description) in list)
        {
            text.Append("  ").Append(name.PadRight(width)).AppendLine(description);
        }
    }
}
