using Governance.Rules.Tool.Streaming;
using NodaTime;

namespace Governance.Rules.Tool.Tests;

/// <summary>A record whose equality the compiler made: the walk relies on it to pass over equal objects.</summary>
/// <param name="Label">Text.</param>
/// <param name="Amount">A decimal, written with its scale.</param>
/// <param name="Month">A month.</param>
/// <param name="Parts">A nested list, compared by reference in the record's equality.</param>
public sealed record EqualityMadeRecord(string Label, decimal Amount, YearMonth Month, IReadOnlyList<EqualityMadeRecord> Parts);

/// <summary>A record with an equality of its own that calls any two equal: the walk must not rely on it.</summary>
/// <param name="Label">Text.</param>
/// <param name="Count">A number.</param>
public sealed record OwnEqualityRecord(string Label, int Count)
{
    /// <summary>Any two are equal.</summary>
    /// <param name="other">The other.</param>
    /// <returns>True for any other.</returns>
    public bool Equals(OwnEqualityRecord? other) => other is not null;

    /// <inheritdoc />
    public override int GetHashCode() => 0;
}

/// <summary>A class whose members are not all fields: its equality is reference equality.</summary>
public sealed class PlainHolder
{
    /// <summary>The record.</summary>
    public required OwnEqualityRecord Inner { get; init; }

    /// <summary>Another record.</summary>
    public required EqualityMadeRecord Made { get; init; }
}

/// <summary>
/// The walk passes over objects equal by a compiler-made record equality, yet still lists what such equality cannot see:
/// a decimal written with another scale (3 and 3.00 are equal, and written differently) and nested lists; a record with an
/// equality of its own is walked member by member. Each case is checked against the JSON comparison.
/// </summary>
public sealed class OutcomeWalkEqualityTests
{
    private static readonly YearMonth May = new(2026, 5);

    private static List<(string Path, string? Baseline, string? Reform)> Walked(object before, object after)
    {
        var walked = new List<(string Path, string? Baseline, string? Reform)>();
        Assert.True(new OutcomeWalk().TryCompare(before, after, walked));
        walked.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
        var json = new OutcomeFields(walk: false);
        json.Compare(before, after);
        Assert.Equal(json.Differences, walked);
        return walked;
    }

    [Fact]
    public void Equal_records_differing_only_in_a_decimal_scale_list_that_decimal()
    {
        var before = new EqualityMadeRecord("a", 3m, May, []);
        var after = before with { Amount = 3.00m };
        Assert.Equal(before, after);
        Assert.Equal([("amount", "3", "3.00")], Walked(before, after));
    }

    [Fact]
    public void Equal_records_with_equal_nested_lists_of_another_scale_list_the_nested_decimal()
    {
        var part = new EqualityMadeRecord("p", 1m, May, []);
        var parts = new List<EqualityMadeRecord> { part };
        var before = new EqualityMadeRecord("a", 3m, May, parts);
        var after = new EqualityMadeRecord("a", 3m, May, [part with { Amount = 1.0m }]);
        Assert.NotEqual(before, after);
        Assert.Equal([("parts[0].amount", "1", "1.0")], Walked(before, after));
        var same = before with { };
        Assert.Empty(Walked(before, same));
    }

    [Fact]
    public void A_record_with_its_own_equality_is_walked_member_by_member()
    {
        var made = new EqualityMadeRecord("a", 3m, May, []);
        var before = new PlainHolder { Inner = new OwnEqualityRecord("x", 1), Made = made };
        var after = new PlainHolder { Inner = new OwnEqualityRecord("y", 2), Made = made with { Label = "b" } };
        Assert.Equal(before.Inner, after.Inner);
        Assert.Equal(
            [("inner.count", "1", "2"), ("inner.label", "\"x\"", "\"y\""), ("made.label", "\"a\"", "\"b\"")],
            Walked(before, after));
    }
}
