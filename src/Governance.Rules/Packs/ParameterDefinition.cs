using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Governance.Rules.Packs;

/// <summary>Reads one JSON value of a parameter into its typed form.</summary>
/// <typeparam name="T">The typed value.</typeparam>
/// <param name="json">The JSON value (never JSON null: null ends a timeline and is handled by the loader).</param>
/// <param name="value">The typed value when reading succeeds.</param>
/// <param name="error">Why the value is wrong, when reading fails.</param>
/// <returns>True when the value was read.</returns>
public delegate bool ParameterValueReader<T>(JsonElement json, out T value, out string? error);

/// <summary>What the library knows about a parameter key: its kind and how to read its values.</summary>
/// <remarks>
/// Definitions carry no policy figures; the figures live in the rule packs. A pack may only hold keys the
/// library defines, so a misspelt key is a load error rather than a silently ignored value.
/// </remarks>
public abstract class ParameterDefinition
{
    private protected ParameterDefinition(string key, ParameterKind kind)
    {
        Key = Guard.NotNullOrWhiteSpace(key);
        Kind = kind;
    }

    /// <summary>The stable key.</summary>
    public string Key { get; }

    /// <summary>The JSON shape of the values.</summary>
    public ParameterKind Kind { get; }

    internal abstract ParameterTimeline CreateTimeline(
        ParameterValueInfo[] infos, JsonElement?[] values, List<(int Index, string Error)> errors);

    /// <summary>Defines a decimal parameter.</summary>
    /// <param name="key">The key.</param>
    /// <param name="minimum">The smallest value allowed (inclusive), if any.</param>
    /// <returns>The definition.</returns>
    public static ParameterDefinition<decimal> Decimal(string key, decimal? minimum = null) =>
        new(key, ParameterKind.Decimal, (JsonElement json, out decimal value, out string? error) =>
        {
            error = null;
            if (json.ValueKind != JsonValueKind.Number || !json.TryGetDecimal(out value))
            {
                value = default;
                error = "expected a decimal number";
                return false;
            }

            if (minimum is { } min && value < min)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"must be at least {min}");
                return false;
            }

            return true;
        });

    /// <summary>Defines a whole-number parameter.</summary>
    /// <param name="key">The key.</param>
    /// <param name="minimum">The smallest value allowed (inclusive), if any.</param>
    /// <returns>The definition.</returns>
    public static ParameterDefinition<int> Integer(string key, int? minimum = null) =>
        new(key, ParameterKind.Integer, (JsonElement json, out int value, out string? error) =>
        {
            error = null;
            if (json.ValueKind != JsonValueKind.Number || !json.TryGetInt32(out value))
            {
                value = default;
                error = "expected a whole number";
                return false;
            }

            if (minimum is { } min && value < min)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"must be at least {min}");
                return false;
            }

            return true;
        });

    /// <summary>Defines a true/false parameter.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The definition.</returns>
    public static ParameterDefinition<bool> Boolean(string key) =>
        new(key, ParameterKind.Boolean, (JsonElement json, out bool value, out string? error) =>
        {
            error = null;
            if (json.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                value = json.GetBoolean();
                return true;
            }

            value = default;
            error = "expected true or false";
            return false;
        });

    /// <summary>Defines a parameter whose value is one word out of <paramref name="allowed"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="allowed">The allowed words.</param>
    /// <returns>The definition.</returns>
    public static ParameterDefinition<string> Choice(string key, params string[] allowed)
    {
        var set = allowed.ToFrozenSet(StringComparer.Ordinal);
        var list = string.Join(", ", allowed);
        return new(key, ParameterKind.Choice, (JsonElement json, out string value, out string? error) =>
        {
            error = null;
            value = string.Empty;
            if (json.ValueKind == JsonValueKind.String && set.TryGetValue(json.GetString()!, out var word))
            {
                value = word;
                return true;
            }

            error = "expected one of: " + list;
            return false;
        });
    }

    /// <summary>Defines a structured parameter read by <paramref name="reader"/>.</summary>
    /// <typeparam name="T">The typed value (immutable).</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="reader">Reads and checks one JSON value.</param>
    /// <returns>The definition.</returns>
    public static ParameterDefinition<T> Table<T>(string key, ParameterValueReader<T> reader) =>
        new(key, ParameterKind.Table, reader);
}

/// <summary>A parameter definition whose values read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The typed value.</typeparam>
public sealed class ParameterDefinition<T> : ParameterDefinition
{
    private readonly ParameterValueReader<T> _reader;

    internal ParameterDefinition(string key, ParameterKind kind, ParameterValueReader<T> reader)
        : base(key, kind) => _reader = Guard.NotNull(reader);

    internal bool TryRead(JsonElement json, out T value, out string? error) => _reader(json, out value, out error);

    internal override ParameterTimeline CreateTimeline(
        ParameterValueInfo[] infos, JsonElement?[] values, List<(int Index, string Error)> errors)
    {
        var typed = new T[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } json)
            {
                if (TryRead(json, out var value, out var error))
                {
                    typed[i] = value;
                }
                else
                {
                    errors.Add((i, error ?? "invalid value"));
                }
            }
        }

        return new ParameterTimeline<T>(this, infos, typed);
    }
}
