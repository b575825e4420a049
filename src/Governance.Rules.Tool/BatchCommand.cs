using System.CommandLine;
using Governance.Rules.Results;
using Spectre.Console;

namespace Governance.Rules.Tool;

/// <summary>
/// <c>govrules batch AREA --input FILE --output FILE</c>: every input record yields exactly one output line, in
/// order — its result or its failure naming the line. Exit 0 all valid, 1 some records failed, 2 the run could not proceed.
/// </summary>
internal static class BatchCommand
{
    private static readonly Option<FileInfo> Input = new("--input") { Description = Text.Help("记录文件：.jsonl（每行一个 JSON 请求）或 .csv", "Records: .jsonl (one JSON request per line) or .csv"), Required = true };
    private static readonly Option<FileInfo> Output = new("--output") { Description = Text.Help("结果文件：每条输入记录一行 JSON", "Results: one JSON line per input record"), Required = true };
    private static readonly Option<bool> Explain = new("--explain") { Description = Text.Help("输出每条记录的计算过程（较慢，文件较大）", "Include each record's explanation (slower, larger output)") };
    private static readonly Option<bool> Quiet = new("--quiet") { Description = Text.Help("不显示进度条", "No progress bar") };

    public static Command Create()
    {
        var command = new Command("batch", Text.Help("批量测算记录文件，每条记录输出一行结果", "Evaluate a file of records, one result line per record"))
        {
            Common.Area, Input, Output, Common.AsOf, Common.Pack, Common.Layers, Common.Lang, Explain, Quiet,
        };
        command.SetAction(result => Common.Guarded(result, language =>
        {
            var adapter = Common.Adapter(result);
            var asOf = Common.ParseDate(result.GetValue(Common.AsOf));
            var pack = Common.LoadPack(result);
            var options = new EvaluationOptions { AsOf = asOf, Explain = result.GetValue(Explain) };
            var input = result.GetValue(Input)!;
            var output = result.GetValue(Output)!;
            BatchSummary summary;
            if (!result.GetValue(Quiet) && !Console.IsErrorRedirected)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                summary = console.Progress().Start(ctx =>
                {
                    var task = ctx.AddTask(Text.Get(language, "计算中", "Evaluating"));
                    var s = BatchRunner.Run(adapter, pack, options, language, input, output, (position, length) =>
                    {
                        task.MaxValue = Math.Max(1, length);
                        task.Value = position;
                    });
                    task.Value = task.MaxValue;
                    return s;
                });
            }
            else
            {
                summary = BatchRunner.Run(adapter, pack, options, language, input, output, null);
            }

            var (records, failed) = (summary.Records, summary.Failed);
            Console.Error.WriteLine(Text.Get(language, $"{records} 条记录，{records - failed} 条有效，{failed} 条有误。", $"{records} records, {records - failed} valid, {failed} failed."));
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }
}
