using System.Text.Json;

namespace Governance.Rules.Packs;

/// <summary>
/// Whole numbers read from a pack value. <see cref="JsonElement.TryGetInt32(out int)"/> throws on a value that is not a
/// number (a string "6", null, true); these answer false, so that the table's reader refuses the value with its own message.
/// </summary>
internal static class JsonWhole
{
    /// <summary>The value as a 32-bit whole number, when it is a JSON number that is one.</summary>
    public static bool TryInt32(this JsonElement json, out int value)
    {
        value = 0;
        return json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out value);
    }

    /// <summary>The value as a 64-bit whole number, when it is a JSON number that is one.</summary>
    public static bool TryInt64(this JsonElement json, out long value)
    {
        value = 0;
        return json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out value);
    }
}
