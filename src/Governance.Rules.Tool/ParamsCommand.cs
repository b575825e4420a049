using System.CommandLine;
using System.Globalization;
using Governance.Rules.Citations;
using Governance.Rules.Tool.Views;
using NodaTime;

namespace Governance.Rules.Tool;

/// <summary><c>govrules params</c>: every parameter in force on a date, with value, layer, citation and provenance.</summary>
internal static class ParamsCommand
{
    private static readonly Option<string?> At = new("--at") { Description = Text.Help("日期 yyyy-MM-dd（默认：北京时间今天）", "Date yyyy-MM-dd (default: today in China time)") };

    public static Command Create()
    {
        var command = new Command("params", Text.Help("列出当日有效的全部参数与清单事项：取值、所在层、出处、来源性质（标出占位值）", "List every parameter and list item in force with value, layer, citation and provenance (placeholders flagged)"))
        {
            At, Common.Pack, Common.Layers, Common.Lang,
        };
        command.SetAction(result => Common.Guarded(result, language =>
        {
            var date = Common.ParseDate(result.GetValue(At)) ?? Time.ChinaTime.Today(SystemClock.Instance);
            var pack = Common.LoadPack(result);
            Console.Out.WriteLine($"{pack.Id}@{pack.Version} {pack.ContentHash} — {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            foreach (var e in pack.InForce(date))
            {
                var flag = e.Provenance == Provenance.Placeholder ? Text.Get(language, "  [占位值，待核实]", "  [PLACEHOLDER]") : string.Empty;
                Console.Out.WriteLine($"{e.Key} = {(e.HasValue ? e.DisplayValue : Text.Get(language, "(已终止)", "(ended)"))} {e.Unit}{flag}");
                Console.Out.WriteLine($"    {e.Name.Get(language)} · {ParameterWords.InForceFrom(e.From, language)} · {e.Layer} · {ParameterWords.Provenance(e.Provenance, language)} · {ParameterWords.Citation(e.Citation, language)}");
            }

            foreach (var catalogue in pack.Catalogues.ById.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                Console.Out.WriteLine();
                Console.Out.WriteLine($"[{catalogue.Id}] {catalogue.Name.Get(language)}");
                foreach (var list in catalogue.Lists)
                {
                    var items = catalogue.InForce(date, list.Code);
                    Console.Out.WriteLine($"  {list.Code} — {list.Name.Get(language)} ({items.Count})");
                    foreach (var item in items)
                    {
                        var flag = item.Provenance == Provenance.Placeholder ? Text.Get(language, "  [占位值，待核实]", "  [PLACEHOLDER]") : string.Empty;
                        Console.Out.WriteLine($"    {item.Code}: {item.Name.Get(language)} · {ParameterWords.InForceFrom(item.EffectiveFrom, language)} · {item.Layer} · {ParameterWords.Provenance(item.Provenance, language)} · {ParameterWords.Citation(item.Citation, language)}{flag}");
                    }
                }
            }

            return 0;
        }));
        return command;
    }
}
