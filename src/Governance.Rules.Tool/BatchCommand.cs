using System.CommandLine;
using Governance.Rules.Localization;
using Governance.Rules.Time;
using Governance.Rules.Tool.Streaming;
using NodaTime;
using Spectre.Console;

namespace Governance.Rules.Tool;

/// <summary>
/// <c>govrules batch AREA --input FILE --output FILE</c>: a header line, then exactly one output line per input record,
/// in order — its figures (fast path), its result (<c>--explain</c> or areas without a fast path) or its failure naming
/// the line. Exit 0 all valid, 1 some records failed, 2 the run could not proceed (nothing is left under the output's name).
/// </summary>
internal static class BatchCommand
{
    private static readonly Option<FileInfo> Input = new("--input") { Description = Text.Help("记录文件：.jsonl（每行一个 JSON 请求）、.csv 或 .parquet（列名为字段路径）", "Records: .jsonl (one JSON request per line), .csv or .parquet (columns named by member paths)"), Required = true };
    private static readonly Option<FileInfo> Output = new("--output") { Description = Text.Help("结果文件：.jsonl（一行表头，然后每条记录一行）或 .parquet", "Results: .jsonl (a header line, then one line per record) or .parquet"), Required = true };
    private static readonly Option<bool> Explain = new("--explain") { Description = Text.Help("逐条完整计算并输出计算过程（较慢，文件较大）", "Full evaluation with each record's explanation (slower, larger output)") };
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
            var asOf = Common.ParseDate(result.GetValue(Common.AsOf)) ?? ChinaTime.Today(SystemClock.Instance);
            var pack = Common.LoadPack(result);
            var settings = new BatchSettings(adapter, pack, asOf, result.GetValue(Explain), language, Environment.ProcessorCount);
            var input = result.GetValue(Input)!;
            using var source = RecordSources.Open(input, adapter, settings.Explain ? RecordSources.ExplainedMaxRecords : RecordSources.DefaultMaxRecords);
            using var output = OutputFile.Open(result.GetValue(Output)!, input);
            var summary = WithProgress(result.GetValue(Quiet), language, progress => BatchOutputs.Run(source, output, settings, progress, Interrupt.Token));
            output.Commit();
            var (records, failed) = (summary.Records, summary.Failed);
            Console.Error.WriteLine(Text.Get(language, $"{records} 条记录，{records - failed} 条有效，{failed} 条有误。", $"{records} records, {records - failed} valid, {failed} failed."));
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }

    /// <summary>Runs <paramref name="body"/> with a progress bar on the error stream unless quiet or redirected.</summary>
    public static T WithProgress<T>(bool quiet, Language language, Func<Action<long, long>?, T> body)
    {
        if (quiet || Console.IsErrorRedirected)
        {
            return body(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask(Text.Get(language, "计算中", "Evaluating"));
            var value = body((position, length) =>
            {
                task.MaxValue = Math.Max(1, length);
                task.Value = Math.Min(position, task.MaxValue);
            });
            task.Value = task.MaxValue;
            return value;
        });
    }
}
