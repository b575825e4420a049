using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>The nursing subsidy (护理补贴): for the listed statuses, a monthly amount per care level.</summary>
/// <param name="MinAge">The lowest age.</param>
/// <param name="Statuses">The economic statuses that qualify.</param>
/// <param name="Amounts">The monthly amount per care level; a level not listed does not qualify.</param>
public sealed record NursingTable(int MinAge, IReadOnlyList<EconomicStatus> Statuses, IReadOnlyDictionary<CareLevel, decimal> Amounts)
{
    internal int StatusMask { get; } = Statuses.Aggregate(0, (m, s) => m | (1 << (int)s));

    internal decimal[] ByLevel { get; } = [.. Enumerable.Range(0, 4).Select(l => Amounts.TryGetValue((CareLevel)l, out var a) ? a : -1m)];

    internal static bool TryRead(JsonElement json, out NursingTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "minAge", "statuses", "amounts") || !PackJson.Int(json, "minAge", 0, 150, out var min)
            || !PackJson.Statuses(json, "statuses", out var statuses) || !json.TryGetProperty("amounts", out var a) || a.ValueKind != JsonValueKind.Object)
        {
            error ??= "expected {minAge, statuses, amounts: {level: 元/月}}";
            return false;
        }

        var amounts = new Dictionary<CareLevel, decimal>();
        foreach (var p in a.EnumerateObject())
        {
            if (!PackJson.TryLevel(p.Name, out var level) || p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDecimal(out var v) || v < 0)
            {
                error = "amounts maps capable|mild|moderate|severe to a non-negative 元/月";
                return false;
            }

            amounts[level] = v;
        }

        value = new NursingTable(min, statuses, amounts.ToFrozenDictionary());
        return true;
    }
}
