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
    /// <summary>The smallest number a value may hold unless its definition states another: 0.</summary>
    public const decimal DefaultMinimum = 0m;

    /// <summary>The largest number a value may hold unless its definition states another: 100,000,000.</summary>
    public const decimal DefaultMaximum = 100_000_000m;

    private protected ParameterDefinition(string key, ParameterKind kind, decimal minimum, decimal maximum)
    {
        Key = Guard.NotNullOrWhiteSpace(key);
        Kind = kind;
        Minimum = minimum;
        Maximum = maximum >= minimum ? maximum : throw new ArgumentOutOfRangeException(nameof(maximum), "The maximum is below the minimum.");
    }

    /// <summary>The smallest number allowed anywhere in a value (inclusive); a pack with a smaller one does not load.</summary>
    public decimal Minimum { get; }

    /// <summary>The largest number allowed anywhere in a value (inclusive); a pack with a larger one does not load.</summary>
    public decimal Maximum { get; }

    /// <summary>The stable key.</summary>
    public string Key { get; }

    /// <summary>The JSON shape of the values.</summary>
    public ParameterKind Kind { get; }

    internal abstract ParameterTimeline CreateTimeline(
        ParameterValueInfo[] infos, JsonElement?[] values, List<(int Index, string Path, string Error)> errors);

    /// <summary>Defines a decimal parameter.</summary>
    /// <param name="key">The key.</param>
    /// <param name="minimum">The smallest value allowed (inclusive); <see cref="DefaultMinimum"/> when null.</param>
    /// <param name="maximum">The largest value allowed (inclusive); <see cref="DefaultMaximum"/> when null.</param>
    /// <returns>The definition.</returns>
    public static ParameterDefinition<decimal> Decimal(string key, decimal? minimum = null, decimal? maximum = null) =>
        new(key, ParameterKind.Decimal, minimum ?? DefaultMinimum, maximum ?? DefaultMaximum, (JsonElement json, out decimal value, out string? error) =>
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
    /// <param name="minimum">The smallest value allowed (inclusive); <see cref="DefaultMinimum"/> when null.</param>
    /// <param name="maximum">The largest value allowed (inclusive); <see cref="DefaultMaximum"/> when null.</param>
    /// <returns>The definition.</returns>
    public static ParameterDefinition<int> Integer(string key, int? minimum = null, int? maximum = null) =>
        new(key, ParameterKind.Integer, minimum ?? DefaultMinimum, maximum ?? DefaultMaximum, (JsonElement json, out int value, out string? error) =>
        {
            error = null;
            if (!json.TryInt32(out value))
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
        new(key, ParameterKind.Boolean, DefaultMinimum, DefaultMaximum, (JsonElement json, out bool value, out string? error) =>
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
        return new(key, ParameterKind.Choice, DefaultMinimum, DefaultMaximum, (JsonElement json, out string value, out string? error) =>
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
    /// <param name="minimum">The smallest number allowed anywhere in the value (inclusive).</param>
    /// <param name="maximum">The largest number allowed anywhere in the value (inclusive).</param>
    /// <returns>The definition.</returns>
    /// <remarks>
    /// Beyond what <paramref name="reader"/> checks, the loader refuses a value with a number outside the range, an empty
    /// list, or a list holding an entry (or a <c>code</c>) twice; a reader that meets a wrong type is reported with the path.
    /// </remarks>
    public static ParameterDefinition<T> Table<T>(string key, ParameterValueReader<T> reader, decimal minimum = DefaultMinimum, decimal maximum = DefaultMaximum) =>
        new(key, ParameterKind.Table, minimum, maximum, reader);
}

/// <summary>A parameter definition whose values read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The typed value.</typeparam>
public sealed class ParameterDefinition<T> : ParameterDefinition
{
    private readonly ParameterValueReader<T> _reader;

    internal ParameterDefinition(string key, ParameterKind kind, decimal minimum, decimal maximum, ParameterValueReader<T> reader)
        : base(key, kind, minimum, maximum) => _reader = Guard.NotNull(reader);

    /// <summary>Reads a value; a reader that meets a JSON type it did not expect is a wrong value, never an exception.</summary>
    internal bool TryRead(JsonElement json, out T value, out string? error)
    {
        try
        {
            return _reader(json, out value, out error);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            value = default!;
            error = WrongType;
            return false;
        }
    }

    private const string WrongType = "a field of this value is missing or has the wrong type (a number, a text, true/false or a list where the parameter expects another)";

    internal override ParameterTimeline CreateTimeline(
        ParameterValueInfo[] infos, JsonElement?[] values, List<(int Index, string Path, string Error)> errors)
    {
        var typed = new T[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } json)
            {
                // The reader's own reason is the most specific; the range and set checks apply to what it accepts. With its
                // reason, the path goes down to a field whose kind differs from the same field in the list's other entries.
                if (!TryRead(json, out var value, out var error))
                {
                    errors.Add((i, ValueShape.Locate(json, amongSiblingsOnly: error is not (null or WrongType)), error ?? "invalid value"));
                    continue;
                }

                var shape = ValueShape.Check(json, Minimum, Maximum);
                if (shape.Count > 0)
                {
                    errors.AddRange(shape.Select(p => (i, p.Path, p.Error)));
                    continue;
                }

                typed[i] = value;
            }
        }

        return new ParameterTimeline<T>(this, infos, typed);
    }
}
