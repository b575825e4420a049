using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Testing.Areas;
using NodaTime;

namespace Governance.Rules.Tool;

/// <summary>
/// <c>govrules diff AREA --baseline PACK --reform PACK-OR-FILE --input FILE</c>: runs both packs over the same
/// records and reports per record what changed and which parameter caused it (the first differing explanation
/// step), with totals: how many gain, lose or are unchanged, and the cost change per month and year where the
/// area has money figures.
/// </summary>
internal static class DiffCommand
{
    private static readonly Option<string> Baseline = new("--baseline") { Description = Text.Help("基准规则包标识或层文件", "Baseline pack id or layer file"), DefaultValueFactory = _ => Packs.RulePacks.SuzhouId };
    private static readonly Option<string> Reform = new("--reform") { Description = Text.Help("改革方案规则包标识或层文件（上级层取自内置包与 --layer）", "Reform pack id or layer file (its parent chain comes from the embedded packs and --layer)"), Required = true };
    private static readonly Option<FileInfo> Input = new("--input") { Description = Text.Help("记录文件：.jsonl 或 .csv", "Records: .jsonl or .csv"), Required = true };
    private static readonly Option<FileInfo?> Output = new("--output") { Description = Text.Help("把完整对比结果（JSON）写入此文件", "Write the full diff as JSON to this file") };

    public static Command Create()
    {
        var command = new Command("diff", Text.Help("用同一批记录对比基准与改革方案", "Compare a baseline and a reform pack over the same records"))
        {
            Common.Area, Baseline, Reform, Input, Output, Common.AsOf, Common.Layers, Common.Lang,
        };
        command.SetAction(result => Common.Guarded(result, language => Run(result, language)));
        return command;
    }

    private static int Run(ParseResult result, Language language)
    {
        var adapter = Common.Adapter(result);
        var asOf = Common.ParseDate(result.GetValue(Common.AsOf));
        var layers = result.GetValue(Common.Layers) ?? [];
        var baseline = Common.LoadPack(result.GetValue(Baseline)!, layers);
        var reform = Common.LoadPack(result.GetValue(Reform)!, layers);
        var options = new EvaluationOptions { AsOf = asOf, Explain = true };
        var totals = new Totals();
        var shown = new List<string>();
        var outputFile = result.GetValue(Output);
        var temp = outputFile is null ? null : Path.Combine(outputFile.DirectoryName ?? ".", "." + outputFile.Name + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        try
        {
            using (var stream = temp is null ? Stream.Null : new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            using (var reader = new RecordReader(result.GetValue(Input)!))
            {
                writer.WriteStartObject();
                writer.WriteString("area", adapter.Area);
                writer.WriteString("baseline", $"{baseline.Id}@{baseline.Version}#{baseline.ContentHash}");
                writer.WriteString("reform", $"{reform.Id}@{reform.Version}#{reform.ContentHash}");
                writer.WritePropertyName("records");
                writer.WriteStartArray();
                foreach (var record in reader.Read())
                {
                    using (record)
                    {
                        var node = Compare(adapter, record, baseline, reform, options, language, totals);
                        node.WriteTo(writer);
                        if (node["changed"]?.GetValue<bool>() == true && shown.Count < 20)
                        {
                            shown.Add(Describe(node, language));
                        }
                    }
                }

                writer.WriteEndArray();
                writer.WritePropertyName("totals");
                totals.ToJson(adapter).WriteTo(writer);
                writer.WriteEndObject();
            }

            if (temp is not null)
            {
                File.Move(temp, outputFile!.FullName, overwrite: true);
            }
        }
        catch
        {
            if (temp is not null)
            {
                File.Delete(temp);
            }

            throw;
        }

        WriteSummary(adapter, baseline, reform, totals, shown, language);
        return 0;
    }

    private static JsonObject Compare(AreaAdapter adapter, InputRecord record, Packs.RulePack baseline, Packs.RulePack reform, EvaluationOptions options, Language language, Totals totals)
    {
        totals.Records++;
        if (record.Json is null)
        {
            totals.Invalid++;
            return new JsonObject { ["line"] = record.Line, ["changed"] = false, ["error"] = record.Error };
        }

        var before = adapter.Run(record.Json.RootElement, baseline, SystemClock.Instance, options, language);
        var after = adapter.Run(record.Json.RootElement, reform, SystemClock.Instance, options, language);
        var node = new JsonObject { ["line"] = record.Line };
        if (!before.Valid || !after.Valid)
        {
            totals.Invalid++;
            node["changed"] = before.Valid != after.Valid;
            node["baselineValid"] = before.Valid;
            node["reformValid"] = after.Valid;
            node["failures"] = (after.Valid ? before : after).Document["failures"]?.DeepClone();
            return node;
        }

        var fields = new JsonArray();
        var flatBefore = Flatten(before.Document["outcome"]);
        var flatAfter = Flatten(after.Document["outcome"]);
        foreach (var key in flatBefore.Keys.Union(flatAfter.Keys).Order(StringComparer.Ordinal))
        {
            var b = flatBefore.GetValueOrDefault(key);
            var a = flatAfter.GetValueOrDefault(key);
            if (b != a && fields.Count < 50)
            {
                fields.Add(new JsonObject { ["path"] = key, ["baseline"] = b, ["reform"] = a });
            }
        }

        var figures = new JsonObject();
        foreach (var key in before.Figures.Keys.Union(after.Figures.Keys).Order(StringComparer.Ordinal))
        {
            var b = before.Figures.GetValueOrDefault(key);
            var a = after.Figures.GetValueOrDefault(key);
            figures[key] = new JsonObject { ["baseline"] = b, ["reform"] = a, ["change"] = a - b };
            totals.Add(key, a - b);
        }

        var changed = fields.Count > 0;
        node["changed"] = changed;
        node["figures"] = figures;
        if (!changed)
        {
            totals.Unchanged++;
            return node;
        }

        var primary = after.Figures.GetValueOrDefault(adapter.PrimaryFigure) - before.Figures.GetValueOrDefault(adapter.PrimaryFigure);
        if (primary > 0)
        {
            totals.Gain++;
        }
        else if (primary < 0)
        {
            totals.Lose++;
        }
        else
        {
            totals.OtherChange++;
        }

        node["fields"] = fields;
        node["cause"] = Cause(before.Steps, after.Steps, language);
        return node;
    }

    /// <summary>The first explanation step that differs, with the parameters whose value or layer differs there.</summary>
    private static JsonObject? Cause(IReadOnlyList<ExplanationStep> before, IReadOnlyList<ExplanationStep> after, Language language)
    {
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var b = i < before.Count ? before[i] : null;
            var a = i < after.Count ? after[i] : null;
            if (b is not null && a is not null && b.RuleId == a.RuleId && b.Message == a.Message
                && b.Parameters.SequenceEqual(a.Parameters) && b.Values.SequenceEqual(a.Values))
            {
                continue;
            }

            var parameters = new JsonArray();
            var keys = (b?.Parameters.Select(p => p.Key) ?? []).Union(a?.Parameters.Select(p => p.Key) ?? []);
            foreach (var key in keys)
            {
                var pb = b?.Parameters.FirstOrDefault(p => p.Key == key);
                var pa = a?.Parameters.FirstOrDefault(p => p.Key == key);
                if (pb?.Value != pa?.Value || pb?.Layer != pa?.Layer)
                {
                    parameters.Add(new JsonObject
                    {
                        ["key"] = key,
                        ["baseline"] = pb?.Value,
                        ["reform"] = pa?.Value,
                        ["reformLayer"] = pa?.Layer,
                        ["citation"] = pa?.Citation?.ToString(),
                    });
                }
            }

            return new JsonObject
            {
                ["step"] = i + 1,
                ["rule"] = (a ?? b)!.RuleId,
                ["baseline"] = b?.Message.Get(language),
                ["reform"] = a?.Message.Get(language),
                ["parameters"] = parameters,
            };
        }

        return null;
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (k, v) in o)
                    {
                        Walk(v, path.Length == 0 ? k : path + "." + k);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    }

                    break;
                default:
                    flat[path] = n?.ToJsonString() ?? "null";
                    break;
            }
        }

        Walk(node, string.Empty);
        return flat;
    }

    private static string Describe(JsonObject node, Language language)
    {
        var cause = node["cause"];
        var parameters = cause?["parameters"]?.AsArray().Select(p => $"{p!["key"]}: {p["baseline"]} → {p["reform"]}") ?? [];
        var fields = node["fields"]?.AsArray().Take(3).Select(f => $"{f!["path"]} {f["baseline"]} → {f["reform"]}") ?? [];
        return $"{Text.Get(language, "第", "line ")}{node["line"]}{Text.Get(language, " 行", string.Empty)}: {string.Join("; ", fields)}  ⇐ [{cause?["rule"]}] {string.Join(", ", parameters)}";
    }

    private static void WriteSummary(AreaAdapter adapter, Packs.RulePack baseline, Packs.RulePack reform, Totals t, List<string> shown, Language language)
    {
        var o = Console.Out;
        o.WriteLine($"{adapter.Title.Get(language)}: {baseline.Id}@{baseline.Version} → {reform.Id}@{reform.Version}");
        o.WriteLine(Text.Get(language,
            $"记录 {t.Records}：受益 {t.Gain}，受损 {t.Lose}，其他变化 {t.OtherChange}，不变 {t.Unchanged}，无效 {t.Invalid}",
            $"Records {t.Records}: gain {t.Gain}, lose {t.Lose}, other change {t.OtherChange}, unchanged {t.Unchanged}, invalid {t.Invalid}"));
        foreach (var (key, sum) in t.FigureChanges.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  Δ {key} = {sum.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture)}");
        }

        if (adapter.CostFigures is { } cost)
        {
            o.WriteLine(Text.Get(language,
                $"  成本变化：每月 {t.FigureChanges.GetValueOrDefault(cost.Monthly).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)} 元，每年 {t.FigureChanges.GetValueOrDefault(cost.Yearly).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)} 元",
                $"  Cost change: {t.FigureChanges.GetValueOrDefault(cost.Monthly).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)} yuan a month, {t.FigureChanges.GetValueOrDefault(cost.Yearly).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)} yuan a year"));
        }

        foreach (var line in shown)
        {
            o.WriteLine("  " + line);
        }
    }

    private sealed class Totals
    {
        public long Records { get; set; }

        public long Gain { get; set; }

        public long Lose { get; set; }

        public long OtherChange { get; set; }

        public long Unchanged { get; set; }

        public long Invalid { get; set; }

        public Dictionary<string, decimal> FigureChanges { get; } = new(StringComparer.Ordinal);

        public void Add(string key, decimal change) => FigureChanges[key] = FigureChanges.GetValueOrDefault(key) + change;

        public JsonObject ToJson(AreaAdapter adapter)
        {
            var json = new JsonObject
            {
                ["records"] = Records,
                ["gain"] = Gain,
                ["lose"] = Lose,
                ["otherChange"] = OtherChange,
                ["unchanged"] = Unchanged,
                ["invalid"] = Invalid,
                ["figureChanges"] = new JsonObject([.. FigureChanges.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => KeyValuePair.Create(k.Key, (JsonNode?)k.Value))]),
            };
            if (adapter.CostFigures is { } cost)
            {
                json["costChangePerMonth"] = FigureChanges.GetValueOrDefault(cost.Monthly);
                json["costChangePerYear"] = FigureChanges.GetValueOrDefault(cost.Yearly);
            }

            return json;
        }
    }
}
