using System.CommandLine;
using System.Globalization;
using Governance.Rules.Citations;
using Governance.Rules.Packs;
using NodaTime;

namespace Governance.Rules.Tool;

/// <summary><c>govrules params</c>: every parameter in force on a date, with layer, citation and provenance.</summary>
internal static class ParamsCommand
{
    private static readonly Option<string?> At = new("--at") { Description = "Date yyyy-MM-dd (default: today in China)" };

    public static Command Create()
    {
        var command = new Command("params", "List every parameter in force with value, layer, citation and provenance")
        {
            At, PackOptions.Pack, PackOptions.Layers, PackOptions.Lang,
        };
        command.SetAction(result => Run.Guarded(result, () =>
        {
            var language = ToolText.ParseLanguage(result.GetValue(PackOptions.Lang));
            var pack = PackOptions.Load(result);
            var date = EvalCommand.ParseDate(result.GetValue(At), language) ?? Time.ChinaTime.Today(SystemClock.Instance);
            Console.Out.WriteLine($"{pack.Id}@{pack.Version} {pack.ContentHash} — {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            foreach (var e in pack.InForce(date))
            {
                var flag = e.Provenance == Provenance.Placeholder ? " [PLACEHOLDER]" : string.Empty;
                Console.Out.WriteLine($"{e.Key} = {(e.HasValue ? e.DisplayValue : "(ended)")} {e.Unit}{flag}");
                Console.Out.WriteLine($"    {e.Name.Get(language)} · {ToolText.Get(language, "自", "from")} {e.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {e.Layer} · {e.Provenance.ToString().ToLowerInvariant()} · {e.Citation}");
            }

            return 0;
        }));
        return command;
    }
}
