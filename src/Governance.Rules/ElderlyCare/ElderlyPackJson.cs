using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>Small strict readers for pack tables.</summary>
internal static class PackJson
{
    public static bool Fields(JsonElement json, out string? error, params string[] allowed)
    {
        error = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            error = "expected an object with fields " + string.Join(", ", allowed);
            return false;
        }

        foreach (var p in json.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                error = $"unknown field '{p.Name}'";
                return false;
            }
        }

        return true;
    }

    public static string? Word(JsonElement json, string name) =>
        json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool Int(JsonElement json, string name, int min, int max, out int value)
    {
        value = 0;
        return json.TryGetProperty(name, out var v) && v.TryInt32(out value) && value >= min && value <= max;
    }

    public static bool Money(JsonElement json, string name, out decimal value)
    {
        value = 0;
        return json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out value) && value >= 0;
    }

    public static bool TryLevel(string? word, out CareLevel level)
    {
        CareLevel? l = word switch
        {
            "capable" => CareLevel.Capable,
            "mild" => CareLevel.Mild,
            "moderate" => CareLevel.Moderate,
            "severe" => CareLevel.Severe,
            _ => null,
        };
        level = l ?? default;
        return l is not null;
    }

    public static bool Statuses(JsonElement json, string name, out EconomicStatus[] statuses)
    {
        statuses = [];
        if (!json.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array || a.GetArrayLength() == 0)
        {
            return false;
        }

        var list = new List<EconomicStatus>();
        foreach (var s in a.EnumerateArray())
        {
            EconomicStatus? x = s.ValueKind == JsonValueKind.String ? s.GetString() switch
            {
                "extreme-poverty" => EconomicStatus.ExtremePoverty,
                "dibao" => EconomicStatus.Dibao,
                "low-income" => EconomicStatus.LowIncome,
                "none" => EconomicStatus.None,
                _ => null,
            } : null;
            if (x is null)
            {
                return false;
            }

            list.Add(x.Value);
        }

        statuses = [.. list];
        return true;
    }

    public static bool Levels(JsonElement json, string name, out CareLevel[] levels)
    {
        levels = [];
        if (!json.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array || a.GetArrayLength() == 0)
        {
            return false;
        }

        var list = new List<CareLevel>();
        foreach (var s in a.EnumerateArray())
        {
            if (s.ValueKind != JsonValueKind.String || !TryLevel(s.GetString(), out var l))
            {
                return false;
            }

            list.Add(l);
        }

        levels = [.. list];
        return true;
    }
}
