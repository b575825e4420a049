using System.Text.Json;

namespace Governance.Rules.Compensation;

/// <summary>Strict JSON reading helpers for the pay tables.</summary>
internal static class PayJson
{
    public static bool Exactly(JsonElement item, params string[] names)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var count = 0;
        foreach (var p in item.EnumerateObject())
        {
            if (!names.Contains(p.Name, StringComparer.Ordinal))
            {
                return false;
            }

            count++;
        }

        return count == names.Length;
    }

    public static bool String(JsonElement item, string name, out string value)
    {
        if (item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            value = v.GetString()!;
            return true;
        }

        value = string.Empty;
        return false;
    }
}
