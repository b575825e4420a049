using System.CommandLine;
using System.Text;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Json;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.Tool;

/// <summary>Options and plumbing shared by the commands.</summary>
internal static class Common
{
    public static readonly Option<string?> Pack = new("--pack")
    {
        Description = Text.Help(
            "规则包：内置包的标识，或 --layer 文件中的包标识（默认：最下一层 --layer，没有时为 cn.js.suzhou）",
            "Pack id: embedded, or the id of a --layer file (default: the deepest --layer, else cn.js.suzhou)"),
    };

    public static readonly Option<FileInfo[]> Layers = new("--layer")
    {
        Description = Text.Help("追加的规则包层文件（区县层、本地调整、改革方案），可多个", "Extra pack layer files (district layers, overrides, reforms); more than one allowed"),
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string> Lang = new("--lang")
    {
        Description = Text.Help("结果、说明与帮助的语言：zh-Hans 或 en（不指定时，帮助随系统区域设置）", "Language of results, explanations and help: zh-Hans or en (without it, help follows the system's culture)"),
        DefaultValueFactory = _ => "zh-Hans",
    };

    public static readonly Option<string?> AsOf = new("--as-of")
    {
        Description = Text.Help("测算日 yyyy-MM-dd（默认：北京时间今天）", "As-of date yyyy-MM-dd (default: today in China time)"),
    };

    public static readonly Argument<string> Area = new("area")
    {
        Description = Text.Help("规则领域：", "Rule area: ") + AreaAdapters.Names,
    };

    /// <summary>The largest input line or case file accepted, in bytes.</summary>
    public const int MaxLineBytes = 1 << 20;

    public static Language Language(ParseResult result) =>
        Text.TryParseLanguage(result.GetValue(Lang), out var language) ? language : Localization.Language.ZhHans;

    /// <summary>Runs a command body: expected failures print a message in the chosen language and return their exit code.</summary>
    public static int Guarded(ParseResult result, Func<Language, int> body)
    {
        if (!Text.TryParseLanguage(result.GetValue(Lang), out var language))
        {
            Console.Error.WriteLine($"未知语言“{result.GetValue(Lang)}”（可用：zh-Hans、en）。 Unknown language (zh-Hans or en).");
            return 2;
        }

        try
        {
            return body(language);
        }
        catch (ToolException ex)
        {
            Console.Error.WriteLine(ex.Message2.Get(language));
            return ex.ExitCode;
        }
        catch (RulePackLoadException ex)
        {
            Console.Error.WriteLine(Text.Get(language, "规则包无法加载：", "The rule pack could not be loaded:"));
            foreach (var e in ex.Errors)
            {
                Console.Error.WriteLine("  " + e);
            }

            return 2;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine(Text.Get(language, "已中断：未写出结果，临时文件已删除。", "Interrupted: no output was written and the temporary file was deleted."));
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(Text.Get(language, $"读写文件失败：{Streaming.OutputFile.Reason(ex, language)}。请检查路径、权限和剩余空间。", $"A file could not be read or written: {Streaming.OutputFile.Reason(ex, language)}. Check the path, the permissions and the free space."));
            return 2;
        }
#pragma warning disable CA1031 // The last line of defence: one line, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine(Text.Get(language, $"内部错误，运行未完成（{ex.GetType().Name}）。请将命令和输入报告给维护者。", $"Internal error; the run did not complete ({ex.GetType().Name}). Please report the command and its input."));
            return 2;
        }
    }

    /// <summary>Prints the coded failures of an invalid request to standard error.</summary>
    public static void WriteFailures(System.Text.Json.Nodes.JsonObject document, Language language)
    {
        Console.Error.WriteLine(Text.Get(language, "输入有误：", "Invalid input:"));
        foreach (var f in document["failures"]!.AsArray())
        {
            Console.Error.WriteLine($"  {f!["code"]} {f["path"]}: {f["message"]}");
        }
    }

    public static AreaAdapter Adapter(ParseResult result)
    {
        var name = result.GetValue(Area);
        return name is not null && AreaAdapters.All.TryGetValue(name, out var adapter)
            ? adapter
            : throw new ToolException(2, $"未知规则领域“{name}”（可用：{AreaAdapters.Names}）。", $"Unknown rule area '{name}' (one of: {AreaAdapters.Names}).");
    }

    /// <summary>The pack <paramref name="idOrFile"/> names, else the deepest of <paramref name="layers"/>, else Suzhou's.</summary>
    public static RulePack LoadPack(string? idOrFile, IEnumerable<FileInfo> layers)
    {
        var sources = layers.Select(f => RulePackSource.FromFile(f.FullName)).ToList();
        var loaded = idOrFile is not null && File.Exists(idOrFile) && idOrFile.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? RulePacks.TryLoad(RulePackSource.FromFile(idOrFile), sources)
            : RulePacks.TryLoadSelected(idOrFile, sources);
        return loaded.GetPackOrThrow();
    }

    public static RulePack LoadPack(ParseResult result) =>
        LoadPack(result.GetValue(Pack), result.GetValue(Layers) ?? []);

    public static LocalDate? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        // The right shape but no such day (2026-02-30, 2026-13-01): say the date does not exist.
        if (System.Text.RegularExpressions.Regex.IsMatch(text, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            var year = int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(text[5..7], System.Globalization.CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && year >= 1)
            {
                var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
                throw new ToolException(2, $"日期 {text} 不存在：{year} 年 {month} 月只有 {days} 天。", $"The date {text} does not exist: {year}-{month:00} has {days} days.");
            }

            throw new ToolException(2, $"日期 {text} 不存在：月份应为 01–12（格式 yyyy-MM-dd）。", $"The date {text} does not exist: the month must be 01–12 (yyyy-MM-dd).");
        }

        throw new ToolException(2, $"日期“{text}”格式不对，应为 yyyy-MM-dd。", $"'{text}' is not a date in the form yyyy-MM-dd.");
    }

    /// <summary>Reads a whole JSON file (UTF-8 with or without BOM; GB18030/GBK refused with a message).</summary>
    public static JsonDocument ReadJsonFile(FileInfo file)
    {
        byte[] bytes;
        try
        {
            if (file.Exists && file.Length > 64L * MaxLineBytes)
            {
                throw new ToolException(2, $"文件 {file.FullName} 过大。", $"{file.FullName} is too large.");
            }

            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(2, $"无法读取文件 {file.FullName}：{ex.Message}", $"Cannot read {file.FullName}: {ex.Message}");
        }

        var text = Decode(bytes, file.FullName);
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = RulesJson.MaxDepth });
        }
        catch (JsonException ex)
        {
            var problem = InputErrors.Describe(ex, typeof(object), Encoding.UTF8.GetBytes(text));
            throw new ToolException(2, $"{file.Name}：{problem.Message.ZhHans}", $"{file.Name}: {problem.Message.En}");
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 (BOM optional). Bytes that are not UTF-8 are refused, naming GB18030/GBK when they look like it.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8(name);
        }
    }

    public static ToolException NotUtf8(string name) => Streaming.JsonLinesSource.NotUtf8(name);
}
