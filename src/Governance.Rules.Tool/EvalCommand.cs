using System.CommandLine;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Testing;
using NodaTime;

namespace Governance.Rules.Tool;

/// <summary><c>govrules eval AREA --input case.json</c>: evaluates one request with its explanation, warnings and stamp.</summary>
internal static class EvalCommand
{
    private static readonly Option<FileInfo> Input = new("--input") { Description = "The request (JSON)", Required = true };
    private static readonly Option<string> Format = new("--format") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };

    public static Command Create()
    {
        var command = new Command("eval", "Evaluate one request on the chosen pack")
        {
            Common.Area, Input, Common.AsOf, Common.Pack, Common.Layers, Common.Lang, Format,
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
            var asOf = Common.ParseDate(result.GetValue(Common.AsOf));
            var pack = Common.LoadPack(result);
            using var input = Common.ReadJsonFile(result.GetValue(Input)!);
            var run = adapter.Run(input.RootElement, pack, SystemClock.Instance, new EvaluationOptions { AsOf = asOf, Explain = true }, language);
            if (json)
            {
                Console.Out.WriteLine(run.Document.ToJsonString(RulesJson.Indented));
                return run.Valid ? 0 : 1;
            }

            Write(run, language);
            return run.Valid ? 0 : 1;
        }));
        return command;
    }

    private static void Write(Testing.Areas.AreaRun run, Language language)
    {
        var doc = run.Document;
        if (!run.Valid)
        {
            Console.Error.WriteLine(Text.Get(language, "输入有误：", "Invalid input:"));
            foreach (var f in doc["failures"]!.AsArray())
            {
                Console.Error.WriteLine($"  {f!["code"]} {f["path"]}: {f["message"]}");
            }

            return;
        }

        Console.Out.Write(run.Table);
        Console.Out.WriteLine();
        var explanation = new Explanation(run.Steps);
        Console.Out.Write(explanation.Render(language));
        if (doc["warnings"] is { } warnings)
        {
            foreach (var w in warnings.AsArray())
            {
                Console.Out.WriteLine(Text.Get(language, "注意：", "Warning: ") + w!["message"]);
            }
        }

        var s = doc["stamp"]!;
        Console.Out.WriteLine($"[{s["packId"]}@{s["packVersion"]} {s["packHash"]!.GetValue<string>()[..12]} · Governance.Rules {s["libraryVersion"]} · {s["asOf"]}]");
    }
}
