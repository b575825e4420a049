using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.Tool;

/// <summary><c>govrules eval AREA --input FILE</c>: evaluates one case file.</summary>
internal static class EvalCommand
{
    private static readonly Argument<string> Area = new("area") { Description = "Rule area: staffing" };
    private static readonly Option<FileInfo> Input = new("--input") { Description = "The case file (JSON)", Required = true };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "As-of date yyyy-MM-dd (default: today in China)" };
    private static readonly Option<string> Format = new("--format") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };

    public static Command Create()
    {
        var command = new Command("eval", "Evaluate one case file on the chosen pack")
        {
            Area, Input, AsOf, Format, PackOptions.Pack, PackOptions.Layers, PackOptions.Lang,
        };
        command.SetAction(result => Run.Guarded(result, () => Execute(result)));
        return command;
    }

    private static int Execute(ParseResult result)
    {
        var language = ToolText.ParseLanguage(result.GetValue(PackOptions.Lang));
        var pack = PackOptions.Load(result);
        var asOf = ParseDate(result.GetValue(AsOf), language);
        var options = new EvaluationOptions { AsOf = asOf, Explain = true };
        var json = result.GetValue(Format) switch
        {
            "json" => true,
            "table" => false,
            var other => throw new ToolException(2, $"未知输出格式“{other}”（可用：table、json）。", $"Unknown format '{other}' (table or json)."),
        };
        var file = result.GetValue(Input)!;
        switch (result.GetValue(Area))
        {
            case "staffing":
                var request = Run.ReadJson<StaffingRequest>(file, language);
                var calc = new StaffingQuotaCalculator(pack, SystemClock.Instance);
                var r = calc.Evaluate(request, options);
                return Run.Write(r, json, language, outcome => StaffingTable(outcome, language));
            case var other:
                throw new ToolException(2, $"未知规则领域“{other}”（可用：staffing）。", $"Unknown rule area '{other}' (staffing).");
        }
    }

    internal static LocalDate? ParseDate(string? text, Language language)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw new ToolException(2, $"日期“{text}”格式不对，应为 yyyy-MM-dd。", $"'{text}' is not a date in the form yyyy-MM-dd.");
    }

    private static string StaffingTable(StaffingOutcome outcome, Language language)
    {
        var text = new StringBuilder();
        text.AppendLine(ToolText.Get(language, "区域\t人口\t精确需求\t应配\t下级合计\t实配\t缺口(-)/富余(+)", "Area\tPopulation\tExact\tRequired\tSum of parts\tCounted\tGap"));
        foreach (var a in outcome.Areas)
        {
            text.Append(CultureInfo.InvariantCulture, $"{a.Name ?? a.Id}\t{a.UrbanPermanentPopulation}\t{a.ExactRequirement}\t{a.Required}\t{(a.SumOfPartsRequired?.ToString(CultureInfo.InvariantCulture) ?? "-")}\t{a.Counted}\t{a.Gap:+0;-0;0}").AppendLine();
        }

        return text.ToString();
    }
}

/// <summary>Shared plumbing: reading JSON input, writing results, turning expected failures into messages and exit codes.</summary>
internal static class Run
{
    public static int Guarded(ParseResult result, Func<int> action)
    {
        var language = Language.ZhHans;
        try
        {
            language = ToolText.ParseLanguage(result.GetValue(PackOptions.Lang));
            return action();
        }
        catch (ToolException ex)
        {
            Console.Error.WriteLine(ex.Text.Get(language));
            return ex.ExitCode;
        }
    }

    public static T ReadJson<T>(FileInfo file, Language language)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(2, $"无法读取文件 {file.FullName}：{ex.Message}", $"Cannot read {file.FullName}: {ex.Message}");
        }

        try
        {
            var span = bytes.AsSpan();
            if (span.StartsWith(Encoding.UTF8.Preamble))
            {
                span = span[Encoding.UTF8.Preamble.Length..];
            }

            return JsonSerializer.Deserialize<T>(span, ToolJson.Input)
                ?? throw new ToolException(2, $"{file.Name} 内容为空（null）。", $"{file.Name} holds null.");
        }
        catch (JsonException ex)
        {
            throw new ToolException(2, $"{file.Name} 不是有效的输入 JSON（{ex.Path}，第 {ex.LineNumber + 1} 行）：{ex.Message}", $"{file.Name} is not valid input JSON ({ex.Path}, line {ex.LineNumber + 1}): {ex.Message}");
        }
    }

    public static int Write<T>(RuleResult<T> result, bool json, Language language, Func<T, string> table)
        where T : class
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(ResultDocument.From(result, language), ToolJson.Output));
            return result.IsValid ? 0 : 1;
        }

        if (!result.IsValid)
        {
            Console.Error.WriteLine(ToolText.Get(language, "输入有误：", "Invalid input:"));
            foreach (var f in result.Failures)
            {
                Console.Error.WriteLine($"  {f.Code} {f.PropertyPath}: {f.Message.Get(language)}");
            }

            return 1;
        }

        Console.Out.Write(table(result.Outcome!));
        Console.Out.WriteLine();
        Console.Out.Write(result.Explanation.Render(language));
        foreach (var w in result.Warnings)
        {
            Console.Out.WriteLine(ToolText.Get(language, "注意：", "Warning: ") + w.Message.Get(language));
        }

        var s = result.Stamp;
        Console.Out.WriteLine($"[{s.PackId}@{s.PackVersion} {s.PackHash[..12]} · Governance.Rules {s.LibraryVersion} · {s.AsOf:yyyy-MM-dd}]");
        return 0;
    }
}

/// <summary>The JSON shape of a result: outcome or failures, explanation, warnings, stamp.</summary>
internal sealed record ResultDocument(
    bool Valid,
    object? Outcome,
    IReadOnlyList<object> Failures,
    IReadOnlyList<object> Warnings,
    IReadOnlyList<object> Explanation,
    ReproducibilityStamp Stamp)
{
    public static ResultDocument From<T>(RuleResult<T> r, Language language)
        where T : class => new(
            r.IsValid,
            r.Outcome,
            [.. r.Failures.Select(f => (object)new { f.Code, Path = f.PropertyPath, Message = f.Message.Get(language), f.AttemptedValue })],
            [.. r.Warnings.Select(w => (object)new { w.Code, Message = w.Message.Get(language), Parameter = w.ParameterKey })],
            [.. r.Explanation.Steps.Select(s => (object)new
            {
                Rule = s.RuleId,
                Message = s.Message.Get(language),
                Parameters = s.Parameters.Select(p => new { p.Key, p.Value, p.Unit, p.EffectiveFrom, p.Layer, Provenance = p.Provenance.ToString().ToLowerInvariant(), Citation = p.Citation?.ToString(), p.Citation?.Url }),
                Values = s.Values.ToDictionary(v => v.Name, v => v.Value),
            })],
            r.Stamp);
}
