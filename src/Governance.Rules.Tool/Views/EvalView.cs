using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Views;

/// <summary>
/// The text of one <c>govrules eval</c> result: a summary table first, then (unless brief) the steps, then the warnings
/// and the reproducibility stamp.
/// </summary>
internal static class EvalView
{
    /// <summary>Writes a valid run.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="run">The run (valid).</param>
    /// <param name="language">The language.</param>
    /// <param name="detail">How much to print.</param>
    /// <param name="paramsCommand">The command that prints the parameters in full, for tables summarised by their size.</param>
    /// <param name="width">The width tables are laid out in.</param>
    /// <param name="pack">The pack evaluated on (the names of parameters that warnings mention).</param>
    public static void Write(TextWriter writer, AreaRun run, Language language, Detail detail, string paramsCommand, int width, Packs.RulePack pack)
    {
        var tables = new TextTables(writer, width);
        var en = language == Language.En;
        if (run.Outcome is { } outcome)
        {
            OutcomeSummary.Write(tables, writer, outcome, language);
            if (detail != Detail.Brief && OutcomeSummary.Notice(outcome, language) is { } notice)
            {
                writer.WriteLine();
                writer.Write(notice);
            }
        }

        var doc = run.Document;
        if (detail != Detail.Brief && run.Steps.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(en ? "How it was worked out:" : "计算过程：");
            if (detail == Detail.Full)
            {
                Full(writer, run.Steps, language);
            }
            else
            {
                Concise(writer, run.Steps, language, paramsCommand);
            }
        }

        writer.WriteLine();
        var s = doc["stamp"]!;
        var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(s["asOf"]!.GetValue<string>()).Value;
        var names = pack.InForce(asOf).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        Warnings(writer, doc["warnings"]?.AsArray(), names, language, detail);
        writer.WriteLine(en
            ? $"Pack {s["packId"]}@{s["packVersion"]} (SHA-256 {s["packHash"]!.GetValue<string>()[..12]}) · Governance.Rules {s["libraryVersion"]} · as of {s["asOf"]}"
            : $"规则包 {s["packId"]}@{s["packVersion"]}（SHA-256 {s["packHash"]!.GetValue<string>()[..12]}）· Governance.Rules {s["libraryVersion"]} · 测算日 {s["asOf"]}");
    }

    /// <summary>Each step in a sentence; each parameter once, at its first use, in words; tables by their size.</summary>
    private static void Concise(TextWriter writer, IReadOnlyList<ExplanationStep> steps, Language language, string paramsCommand)
    {
        var en = language == Language.En;
        var seen = new HashSet<(string, NodaTime.LocalDate)>();
        var summarised = false;
        var n = 1;
        foreach (var step in steps)
        {
            writer.WriteLine($"{n++}. {step.Message.Get(language)}");
            foreach (var p in step.Parameters)
            {
                if (!seen.Add((p.Key, p.EffectiveFrom)))
                {
                    continue;
                }

                var (value, table) = ParameterWords.Value(p, language);
                summarised |= table;
                writer.WriteLine(en
                    ? $"   · {p.Name.En}: {value}{(table ? " *" : string.Empty)} (from {ParameterWords.Date(p.EffectiveFrom)}, {p.Layer}, {ParameterWords.Provenance(p.Provenance, language)})"
                    : $"   · {p.Name.ZhHans}：{value}{(table ? " *" : string.Empty)}（{ParameterWords.InForceFrom(p.EffectiveFrom, language)}，{p.Layer} 层，{ParameterWords.Provenance(p.Provenance, language)}）");
            }
        }

        if (summarised)
        {
            writer.WriteLine(en
                ? $"* Tables in full, with their sources: {paramsCommand} (or --explain full)"
                : $"* 表的完整内容及出处：{paramsCommand}（或加 --explain full）");
        }
    }

    /// <summary>Everything: rule ids, every parameter's full value with unit, layer, provenance and citation, intermediate values.</summary>
    private static void Full(TextWriter writer, IReadOnlyList<ExplanationStep> steps, Language language)
    {
        var en = language == Language.En;
        var n = 1;
        foreach (var step in steps)
        {
            writer.WriteLine($"{n++}. [{step.RuleId}] {step.Message.Get(language)}");
            foreach (var p in step.Parameters)
            {
                var (words, table) = ParameterWords.Value(p, language);
                var value = table ? p.Value : words;
                writer.WriteLine(en
                    ? $"   - {p.Name.En} ({p.Key}) = {value} · from {ParameterWords.Date(p.EffectiveFrom)} · {p.Layer} · {ParameterWords.Provenance(p.Provenance, language)}"
                    : $"   - {p.Name.ZhHans}（{p.Key}）= {value} · {ParameterWords.InForceFrom(p.EffectiveFrom, language)} · {p.Layer} 层 · {ParameterWords.Provenance(p.Provenance, language)}");
                if (p.Citation is not null)
                {
                    writer.WriteLine((en ? "     source: " : "     出处：") + p.Citation + (p.Citation.Url is { } url ? " " + url : string.Empty));
                }
            }

            if (step.Values.Count > 0)
            {
                writer.WriteLine("     " + string.Join(" · ", step.Values.Select(v => $"{v.Name} = {v.Value}")));
            }
        }
    }

    /// <summary>
    /// Brief and concise: one line naming every placeholder parameter (待核实), one naming values that may be out of date,
    /// and other warnings in full. Full: every warning in full.
    /// </summary>
    private static void Warnings(TextWriter writer, JsonArray? warnings, IReadOnlyDictionary<string, LocalizedText> names, Language language, Detail detail)
    {
        if (warnings is null || warnings.Count == 0)
        {
            return;
        }

        var en = language == Language.En;
        var prefix = en ? "Warning: " : "注意：";
        if (detail == Detail.Full)
        {
            foreach (var w in warnings)
            {
                writer.WriteLine(prefix + w!["message"]);
            }

            return;
        }

        // A warning about a named parameter is gathered into one line; any other (a catalogue item, a list) is printed whole.
        string? Key(JsonNode w) => w["parameter"]?.GetValue<string>() is { } key && names.ContainsKey(key) ? key : null;
        bool Gathered(JsonNode w, string code) => w["code"]!.GetValue<string>() == code && Key(w) is not null;
        var separator = en ? "; " : "、";
        var placeholders = warnings.Where(w => Gathered(w!, RuleWarning.PlaceholderUsed)).Select(w => names[Key(w!)!].Get(language)).Distinct().ToList();
        var stale = warnings.Where(w => Gathered(w!, RuleWarning.StaleValue)).Select(w => names[Key(w!)!].Get(language)).Distinct().ToList();
        if (placeholders.Count > 0)
        {
            writer.WriteLine(en
                ? $"To be confirmed: {placeholders.Count} parameters are placeholders (the real figure is not known yet) and need confirmation by the local civil-affairs bureau before use: {string.Join(separator, placeholders)}."
                : $"待核实：以下 {placeholders.Count} 个参数为占位值，真实数值尚未取得，使用前须经当地民政部门核实：{string.Join(separator, placeholders)}。");
        }

        if (stale.Count > 0)
        {
            writer.WriteLine(en
                ? $"May be out of date (last confirmed years ago; check the current figure with the local civil-affairs bureau): {string.Join(separator, stale)}."
                : $"可能已过时（多年前核实，请向当地民政部门核实现行标准）：{string.Join(separator, stale)}。");
        }

        foreach (var w in warnings.Where(w => !Gathered(w!, RuleWarning.PlaceholderUsed) && !Gathered(w!, RuleWarning.StaleValue)))
        {
            writer.WriteLine(prefix + w!["message"]);
        }

        if (detail == Detail.Brief && (placeholders.Count > 0 || stale.Count > 0))
        {
            writer.WriteLine(en ? "(Each warning in full: --explain full)" : "（逐条说明：加 --explain full）");
        }
    }

    /// <summary>The command that lists the parameters of this evaluation in full.</summary>
    public static string ParamsCommand(string? pack, IEnumerable<string> layers, string asOf, Language language)
    {
        var command = "govrules params --at " + asOf;
        if (pack is not null && pack != Packs.RulePacks.SuzhouId)
        {
            command += " --pack " + pack;
        }

        foreach (var layer in layers)
        {
            command += " --layer " + layer;
        }

        return language == Language.En ? command + " --lang en" : command;
    }
}
