using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Governance.Rules.Localization;
using Governance.Rules.Staffing;

namespace Governance.Rules.Testing.Areas;

/// <summary>The adapters of every rule area, by name.</summary>
public static class AreaAdapters
{
    /// <summary>The staffing quota (社区工作者配备).</summary>
    public static AreaAdapter Staffing { get; } = new AreaAdapter<StaffingRequest, StaffingOutcome, StaffingQuotaCalculator>(
        "staffing",
        new LocalizedText("社区工作者配备标准", "Community-worker staffing quota"),
        "required",
        (pack, clock) => new StaffingQuotaCalculator(pack, clock),
        (calculator, request, options) => calculator.Evaluate(request, options),
        outcome =>
        [
            KeyValuePair.Create("required", (decimal)outcome.RootIds.Sum(id => outcome[id].Required)),
            KeyValuePair.Create("counted", (decimal)outcome.RootIds.Sum(id => outcome[id].Counted)),
            KeyValuePair.Create("shortfall", (decimal)outcome.Areas.Where(a => a.ChildIds.Count == 0).Sum(a => a.Shortfall)),
        ],
        StaffingTable);

    /// <summary>All adapters by area name.</summary>
    public static IReadOnlyDictionary<string, AreaAdapter> All { get; } = new[]
    {
        Staffing,
    }.ToFrozenDictionary(a => a.Area, StringComparer.Ordinal);

    /// <summary>The names of the areas, for messages.</summary>
    public static string Names => string.Join(", ", All.Keys.Order(StringComparer.Ordinal));

    private static string StaffingTable(StaffingOutcome outcome, Language language)
    {
        var text = new StringBuilder();
        text.AppendLine(language == Language.En
            ? "Area\tPopulation\tExact\tRequired\tSum of parts\tCounted\tGap"
            : "区域\t人口\t精确需求\t应配\t下级合计\t实配\t缺口(-)/富余(+)");
        foreach (var a in outcome.Areas)
        {
            text.Append(CultureInfo.InvariantCulture, $"{a.Name ?? a.Id}\t{a.UrbanPermanentPopulation}\t{a.ExactRequirement}\t{a.Required}\t{(a.SumOfPartsRequired?.ToString(CultureInfo.InvariantCulture) ?? "-")}\t{a.Counted}\t{a.Gap:+0;-0;0}").AppendLine();
        }

        return text.ToString();
    }
}
