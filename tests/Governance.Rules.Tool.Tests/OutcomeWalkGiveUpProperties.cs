using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Governance.Rules.Tool.Streaming;

namespace Governance.Rules.Tool.Tests;

/// <summary>A part holding a dictionary, which the walk does not follow.</summary>
public sealed record WalkMap(Dictionary<string, int> Counts);

/// <summary>A polymorphic part, which the walk does not follow.</summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(WalkCircle), "circle")]
public record WalkShape;

/// <summary>The one kind of <see cref="WalkShape"/>.</summary>
public sealed record WalkCircle(decimal Radius) : WalkShape;

/// <summary>Writes an amount as text: a member with its own converter, which the walk does not follow.</summary>
public sealed class WalkAmountAsText : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        decimal.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}

/// <summary>A part with a member written by its own converter.</summary>
public sealed record WalkConverted([property: JsonConverter(typeof(WalkAmountAsText))] decimal Amount);

/// <summary>A part with extension data (which may be empty: the part is still one the walk does not follow).</summary>
public sealed record WalkExtended(int Count)
{
    /// <summary>Members beyond the known ones.</summary>
    [JsonExtensionData]
    public Dictionary<string, object>? Extra { get; init; }
}

/// <summary>An outcome whose parts, each left out or present on either side, are of kinds the walk gives up on.</summary>
public sealed record WalkOdd(int Count, WalkMap? Map, WalkShape? Shape, WalkConverted? Converted, WalkExtended? Extended);

/// <summary>
/// The walk gives up, and the caller compares the JSON, exactly when it reaches a dictionary, a polymorphic value, an object
/// with a member written by its own converter or an object with extension data on either side; parts left out on both sides
/// are no reason to give up, and then the walk lists what the JSON lists.
/// </summary>
public sealed class OutcomeWalkGiveUpProperties
{
    private static Gen<T?> Maybe<T>(T value)
        where T : class => Gen.Elements<T?>(null, null, value);

    private static readonly Gen<WalkOdd> Odds =
        from count in Gen.Choose(0, 1)
        from map in Maybe(new WalkMap(new Dictionary<string, int> { ["a"] = 1 }))
        from shape in Maybe<WalkShape>(new WalkCircle(1m))
        from converted in Maybe(new WalkConverted(2m))
        from extra in Gen.Elements(true, false)
        from extended in Maybe(new WalkExtended(3) { Extra = extra ? new Dictionary<string, object> { ["x"] = 1 } : null })
        select new WalkOdd(count, map, shape, converted, extended);

    private static bool Reached(WalkOdd b, WalkOdd a) =>
        b.Map is not null || a.Map is not null || b.Shape is not null || a.Shape is not null
        || b.Converted is not null || a.Converted is not null || b.Extended is not null || a.Extended is not null;

    [Property(MaxTest = 300)]
    public Property The_walk_gives_up_exactly_where_it_reaches_a_part_it_does_not_follow() =>
        Prop.ForAll(Odds.ToArbitrary(), Odds.ToArbitrary(), (b, a) =>
        {
            var walked = new List<(string Path, string? Baseline, string? Reform)>();
            var followed = new OutcomeWalk().TryCompare(b, a, walked);
            var json = new OutcomeFields(walk: false);
            var changed = json.Compare(b, a);
            walked.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
            return followed == !Reached(b, a) && (!followed || ((walked.Count > 0) == changed && walked.SequenceEqual(json.Differences)));
        });
}
