using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>A district (区/县级市) of the jurisdiction.</summary>
/// <param name="Code">The code used in inputs.</param>
/// <param name="Name">The district's name.</param>
public sealed record District(string Code, LocalizedText Name);

/// <summary>The districts of a pack, by code.</summary>
public sealed class DistrictTable
{
    private DistrictTable(District[] districts)
    {
        Districts = districts;
        ByCode = districts.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>The districts in pack order.</summary>
    public IReadOnlyList<District> Districts { get; }

    /// <summary>The districts by code.</summary>
    public IReadOnlyDictionary<string, District> ByCode { get; }

    internal static bool TryRead(JsonElement json, out DistrictTable value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected [{code, zh-Hans, en}]";
            return false;
        }

        var list = new List<District>();
        foreach (var d in json.EnumerateArray())
        {
            if (!PackJson.Fields(d, out error, "code", "zh-Hans", "en") || PackJson.Word(d, "code") is not { Length: > 0 } code
                || PackJson.Word(d, "zh-Hans") is not { } zh || PackJson.Word(d, "en") is not { } en)
            {
                error ??= "each district is exactly {code, zh-Hans, en}";
                return false;
            }

            if (string.IsNullOrWhiteSpace(zh) || string.IsNullOrWhiteSpace(en))
            {
                error = $"district '{code}' needs a name in both zh-Hans and en";
                return false;
            }

            if (list.Any(x => x.Code == code))
            {
                error = $"district '{code}' appears twice";
                return false;
            }

            list.Add(new District(code, new LocalizedText(zh, en)));
        }

        if (list.Count == 0)
        {
            error = "at least one district is needed";
            return false;
        }

        value = new DistrictTable([.. list]);
        return true;
    }
}
