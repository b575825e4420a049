using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>How the legacy levels map onto the national scale.</summary>
/// <param name="SelfCare">The level for 自理.</param>
/// <param name="SemiDisabled">The level for 半失能.</param>
/// <param name="Disabled">The level for 失能.</param>
public sealed record CareLevelMapping(CareLevel SelfCare, CareLevel SemiDisabled, CareLevel Disabled)
{
    /// <summary>The national level of a legacy level.</summary>
    /// <param name="legacy">The legacy level.</param>
    /// <returns>The mapped level.</returns>
    public CareLevel Map(LegacyCareLevel legacy) => legacy switch
    {
        LegacyCareLevel.SemiDisabled => SemiDisabled,
        LegacyCareLevel.Disabled => Disabled,
        _ => SelfCare,
    };

    internal static bool TryRead(JsonElement json, out CareLevelMapping value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "self-care", "semi-disabled", "disabled")
            || !PackJson.TryLevel(PackJson.Word(json, "self-care"), out var a)
            || !PackJson.TryLevel(PackJson.Word(json, "semi-disabled"), out var b)
            || !PackJson.TryLevel(PackJson.Word(json, "disabled"), out var c))
        {
            error ??= "expected {self-care, semi-disabled, disabled} each capable|mild|moderate|severe";
            return false;
        }

        value = new CareLevelMapping(a, b, c);
        return true;
    }
}
