using System.Text.Json;
using Governance.Rules.Packs;

namespace Governance.Rules.Compensation;

/// <summary>The pay-floor rule: community workers' annual average pay is not below the reference wage of the given caliber, <see cref="ReferenceYearLag"/> years before the pay year.</summary>
/// <param name="Caliber">The caliber the rule names (see <see cref="WageCalibers"/>).</param>
/// <param name="ReferenceYearLag">How many years before the pay year the reference wage is taken (1 = the previous year, 上一年度).</param>
public sealed record PayFloorRule(string Caliber, int ReferenceYearLag)
{
    internal static bool TryRead(JsonElement json, out PayFloorRule value, out string? error)
    {
        value = null!;
        if (!PayJson.Exactly(json, "caliber", "referenceYearLag")
            || !PayJson.String(json, "caliber", out var caliber)
            || !json.GetProperty("referenceYearLag").TryInt32(out var lag) || lag < 0)
        {
            error = "expected exactly {caliber, referenceYearLag (0 or more)}";
            return false;
        }

        if (!WageCalibers.All.Contains(caliber, StringComparer.Ordinal))
        {
            error = $"unknown caliber '{caliber}'; expected one of: {string.Join(", ", WageCalibers.All)}";
            return false;
        }

        value = new PayFloorRule(caliber, lag);
        error = null;
        return true;
    }
}
