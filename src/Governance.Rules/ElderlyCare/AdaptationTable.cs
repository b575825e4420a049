using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>The one-off 适老化改造 grant: the lesser of the declared cost and the cap.</summary>
/// <param name="MinAge">The lowest age.</param>
/// <param name="Statuses">The economic statuses that qualify.</param>
/// <param name="Cap">The most granted per household (元, one-off).</param>
public sealed record AdaptationTable(int MinAge, IReadOnlyList<EconomicStatus> Statuses, decimal Cap)
{
    internal int StatusMask { get; } = Statuses.Aggregate(0, (m, s) => m | (1 << (int)s));

    internal static bool TryRead(JsonElement json, out AdaptationTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "minAge", "statuses", "cap") || !PackJson.Int(json, "minAge", 0, 150, out var min)
            || !PackJson.Statuses(json, "statuses", out var statuses) || !PackJson.Money(json, "cap", out var cap))
        {
            error ??= "expected {minAge, statuses, cap}";
            return false;
        }

        value = new AdaptationTable(min, statuses, cap);
        return true;
    }
}
