using System.CommandLine;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Json;
using Governance.Rules.Tool.Views;
using NodaTime;

namespace Governance.Rules.Tool;

/// <summary><c>govrules eval AREA --input case.json</c>: evaluates one request; prints a summary, the steps, warnings and stamp.</summary>
internal static class EvalCommand
{
    private static readonly Option<FileInfo> Input = new("--input") { Description = Text.Help("请求文件（JSON）", "The request (JSON)"), Required = true };

    private static readonly Option<string> Format = new("--format")
    {
        Description = Text.Help("输出格式：table（表格与文字）或 json", "Output format: table (tables and text) or json"),
        DefaultValueFactory = _ => "table",
    };

    private static readonly Option<bool> Brief = new("--brief") { Description = Text.Help("只输出结果摘要、提示与戳记", "Only the summary, the warnings and the stamp") };

    private static readonly Option<string> Explain = new("--explain")
    {
        Description = Text.Help(
            "计算过程详略：concise（每步一句，每个参数只列一次）或 full（全部步骤、参数完整取值与出处、逐条提示）",
            "How much of the working: concise (a sentence a step, each parameter once) or full (every step, parameters in full with sources, every warning)"),
        DefaultValueFactory = _ => "concise",
    };

    public static Command Create()
    {
        var command = new Command("eval", Text.Help("按所选规则包测算一个请求", "Evaluate one request on the chosen pack"))
        {
            Common.Area, Input, Common.AsOf, Common.Pack, Common.Layers, Common.Lang, Format, Brief, Explain,
        };
        command.SetAction(result => Common.Guarded(result, language =>
        {
            var adapter = Common.Adapter(result);
            var json = result.GetValue(Format) switch
            {
                "json" => true,
                "table" => false,
                var other => throw new ToolException(2, $"未知输出格式“{other}”（可用：table、json）。", $"Unknown format '{other}' (table or json)."),
            };
            var detail = (result.GetValue(Brief), result.GetValue(Explain)) switch
            {
                (true, "full") => throw new ToolException(2, "--brief 与 --explain full 不能同时使用。", "--brief and --explain full cannot be used together."),
                (true, _) => Detail.Brief,
                (false, "concise") => Detail.Concise,
                (false, "full") => Detail.Full,
                var (_, other) => throw new ToolException(2, $"未知详略“{other}”（可用：concise、full）。", $"Unknown --explain level '{other}' (concise or full)."),
            };
            var asOf = Common.ParseDate(result.GetValue(Common.AsOf));
            var pack = Common.LoadPack(result);
            using var document = Common.ReadJsonFile(result.GetValue(Input)!);
            var run = adapter.Run(document.RootElement, pack, SystemClock.Instance, new EvaluationOptions { AsOf = asOf, Explain = true }, language);
            if (json)
            {
                Console.Out.WriteLine(run.Document.ToJsonString(RulesJson.Indented));
                return run.Valid ? 0 : 1;
            }

            if (!run.Valid)
            {
                Common.WriteFailures(run.Document, language);
                return 1;
            }

            var paramsCommand = EvalView.ParamsCommand(
                result.GetValue(Common.Pack),
                (result.GetValue(Common.Layers) ?? []).Select(f => f.ToString()),
                run.Document["stamp"]!["asOf"]!.GetValue<string>(),
                language);
            EvalView.Write(Console.Out, run, language, detail, paramsCommand, TextTables.ConsoleWidth(), pack);
            return 0;
        }));
        return command;
    }
}
