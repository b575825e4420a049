using System.CommandLine;
using System.Globalization;
using Governance.Rules.Json;
using Governance.Rules.Localization;
using Governance.Rules.Time;
using Governance.Rules.Tool.Streaming;
using NodaTime;

namespace Governance.Rules.Tool;

/// <summary>
/// <c>govrules diff AREA --baseline PACK --reform PACK-OR-FILE --input FILE</c>: runs both packs over the same
/// records and reports per changed record what changed and which parameter caused it (the first differing explanation
/// step), with totals: how many gain, lose or are unchanged, and the cost change per month and year where the
/// area has money figures. Exit 0 all records valid, 1 some invalid, 2 the run could not proceed.
/// </summary>
internal static class DiffCommand
{
    private static readonly Option<string> Baseline = new("--baseline") { Description = Text.Help("基准规则包标识或层文件", "Baseline pack id or layer file"), DefaultValueFactory = _ => Packs.RulePacks.SuzhouId };
    private static readonly Option<string> Reform = new("--reform") { Description = Text.Help("改革方案规则包标识或层文件（上级层取自内置包与 --layer）", "Reform pack id or layer file (its parent chain comes from the embedded packs and --layer)"), Required = true };
    private static readonly Option<FileInfo> Input = new("--input") { Description = Text.Help("记录文件：.jsonl、.csv 或 .parquet", "Records: .jsonl, .csv or .parquet"), Required = true };
    private static readonly Option<FileInfo?> Output = new("--output") { Description = Text.Help("把每条有变化（及无效）的记录和合计写入此文件：.json，或 .parquet（每条记录一行，合计在文件元数据中）", "Write every changed (and invalid) record and the totals to this file: .json, or .parquet (a row per record, the totals in the file's metadata)") };
    private static readonly Option<bool> Quiet = new("--quiet") { Description = Text.Help("不显示进度条", "No progress bar") };

    public static Command Create()
    {
        var command = new Command("diff", Text.Help("用同一批记录对比基准与改革方案", "Compare a baseline and a reform pack over the same records"))
        {
            Common.Area, Baseline, Reform, Input, Output, Common.AsOf, Common.Layers, Common.Lang, Quiet,
        };
        command.SetAction(result => Common.Guarded(result, language => Run(result, language)));
        return command;
    }

    private static int Run(ParseResult result, Language language)
    {
        var adapter = Common.Adapter(result);
        var asOf = Common.ParseDate(result.GetValue(Common.AsOf)) ?? ChinaTime.Today(SystemClock.Instance);
        var layers = result.GetValue(Common.Layers) ?? [];
        var baseline = Common.LoadPack(result.GetValue(Baseline)!, layers);
        var reform = Common.LoadPack(result.GetValue(Reform)!, layers);
        var settings = new DiffSettings(new BatchSettings(adapter, baseline, asOf, false, language, Environment.ProcessorCount), reform);
        var input = result.GetValue(Input)!;
        var outputFile = result.GetValue(Output);
        var shown = new List<string>();
        using var source = RecordSources.Open(input, adapter, RecordSources.DiffMaxRecords);
        using var output = outputFile is null ? null : OutputFile.Open(outputFile, input);
        ReformTotals totals;
        using (var sink = DiffSinks.Open(output, settings))
        {
            totals = BatchCommand.WithProgress(result.GetValue(Quiet), language, progress => DiffEngine.Run(
                source,
                sink,
                settings,
                line =>
                {
                    if (shown.Count < DiffBlockResult.Shown)
                    {
                        shown.Add(line);
                    }
                },
                progress,
                Interrupt.Token));
        }

        output?.Commit();
        WriteSummary(settings, totals, shown, outputFile, language);
        return totals.Invalid == 0 ? 0 : 1;
    }

    private static void WriteSummary(DiffSettings settings, ReformTotals t, List<string> shown, FileInfo? output, Language language)
    {
        var (adapter, baseline, reform) = (settings.Batch.Adapter, settings.Batch.Pack, settings.Reform);
        var o = Console.Out;
        o.WriteLine($"{adapter.Title.Get(language)}: {baseline.Id}@{baseline.Version} → {reform.Id}@{reform.Version} · {BatchSettings.Date(settings.Batch.AsOf)}");
        o.WriteLine(Text.Get(language,
            $"记录 {t.Records}：受益 {t.Gain}，受损 {t.Lose}，其他变化 {t.OtherChange}，不变 {t.Unchanged}，无效 {t.Invalid}",
            $"Records {t.Records}: gain {t.Gain}, lose {t.Lose}, other change {t.OtherChange}, unchanged {t.Unchanged}, invalid {t.Invalid}"));
        foreach (var (key, sum) in t.FigureChanges.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  Δ {key} = {sum.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture)}");
        }

        if (adapter.CostFigures is { } cost)
        {
            var month = t.FigureChanges.GetValueOrDefault(cost.Monthly).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
            var year = t.FigureChanges.GetValueOrDefault(cost.Yearly).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
            o.WriteLine(Text.Get(language, $"  成本变化：每月 {month} 元，每年 {year} 元", $"  Cost change: {month} yuan a month, {year} yuan a year"));
        }

        foreach (var line in shown)
        {
            o.WriteLine("  " + line);
        }

        var more = t.Changed - shown.Count;
        if (more > 0)
        {
            o.WriteLine(output is null
                ? Text.Get(language, $"  ……另有 {more} 条变化记录未显示。加 --output 文件名.json 可写出全部变化记录。", $"  … and {more} more changed records not shown. Add --output FILE.json to write every changed record.")
                : Text.Get(language, $"  ……另有 {more} 条变化记录未显示，全部见 {output}。", $"  … and {more} more changed records not shown; all of them are in {output}."));
        }
        else if (output is not null)
        {
            o.WriteLine(Text.Get(language, $"  全部变化记录与合计已写入 {output}。", $"  Every changed record and the totals are in {output}."));
        }
    }
}
