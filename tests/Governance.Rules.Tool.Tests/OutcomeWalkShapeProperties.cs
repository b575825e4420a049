using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Governance.Rules.Tool.Streaming;
using NodaTime;

namespace Governance.Rules.Tool.Tests;

/// <summary>Colours of a generated outcome (an enum member is written as kebab-case text).</summary>
public enum WalkShade
{
    /// <summary>Light.</summary>
    Light,

    /// <summary>Dark grey (two words).</summary>
    DarkGrey,
}

/// <summary>A value type written as an object: the walk reads its members through the serializer's getter.</summary>
public readonly record struct WalkPair(int Left, decimal Right);

/// <summary>A nested part of a generated outcome, with a public field written as a member.</summary>
public sealed record WalkPart(string? Label, decimal? Rate, IReadOnlyList<decimal> Amounts)
{
    /// <summary>A field the serializer includes.</summary>
    [JsonInclude]
    public decimal Weight;
}

/// <summary>
/// An outcome of every shape the walk follows member by member: each scalar type the outcomes use (a decimal by its scale),
/// nullable scalars left out when null, lists of scalars, of objects and of structs, a list only enumerable, a struct, a part that may be
/// left out, and itself one level down.
/// </summary>
public sealed record WalkSample(
    decimal Amount,
    decimal? Maybe,
    int Count,
    long Big,
    bool Flag,
    WalkShade Shade,
    WalkShade? MaybeShade,
    LocalDate Day,
    YearMonth? Month,
    string? Note,
    IReadOnlyList<int?> Counts,
    IReadOnlyList<WalkPart> Parts,
    WalkPart? Part,
    WalkPair Pair,
    IReadOnlyList<WalkPair> Ends,
    IEnumerable<string> Tags,
    WalkSample? Child);

/// <summary>
/// Walking two outcomes member by member finds exactly the fields, paths and texts that comparing their JSON finds, for every
/// shape of member the walk reads (typed getters, fields, structs, lists read in place or enumerated, members left out on one
/// side); and it gives up exactly where a list holds a null, which the JSON writes as a null leaf.
/// </summary>
public sealed class OutcomeWalkShapeProperties
{
    private static readonly Gen<decimal> Decimals = Gen.Elements(0m, 1m, 1.0m, 1.00m, 1200m, 1200.00m, -3.5m);

    private static readonly Gen<string?> Texts = Gen.Elements<string?>("a", "b", "引号\"内", "é\\", null);

    private static Gen<IReadOnlyList<T>> ListOf<T>(Gen<T> item) =>
        from n in Gen.Choose(0, 3)
        from items in Gen.ArrayOf(item, n)
        select (IReadOnlyList<T>)items;

    private static readonly Gen<WalkPart> Parts =
        from label in Texts
        from rate in Gen.OneOf(Decimals.Select(d => (decimal?)d), Gen.Constant<decimal?>(null))
        from amounts in ListOf(Decimals)
        from weight in Decimals
        from asList in Gen.Elements(true, false)
        select new WalkPart(label, rate, asList ? amounts.ToList() : amounts) { Weight = weight };

    private static readonly Gen<WalkPair> Pairs = Gen.Elements(new WalkPair(1, 1m), new WalkPair(1, 1.0m), new WalkPair(2, 1m));

    private static Gen<WalkSample> Samples(bool withNullItems, int depth) =>
        from amount in Decimals
        from maybe in Gen.OneOf(Decimals.Select(d => (decimal?)d), Gen.Constant<decimal?>(null))
        from count in Gen.Choose(0, 2)
        from big in Gen.Elements(0L, 5_000_000_000L)
        from flag in Gen.Elements(true, false)
        from shade in Gen.Elements(WalkShade.Light, WalkShade.DarkGrey)
        from maybeShade in Gen.Elements<WalkShade?>(WalkShade.Light, WalkShade.DarkGrey, null)
        from day in Gen.Choose(0, 2).Select(d => new LocalDate(2026, 2, 27).PlusDays(d))
        from month in Gen.Elements<YearMonth?>(new YearMonth(2026, 1), new YearMonth(2026, 12), null)
        from note in Texts
        from counts in ListOf(withNullItems ? Gen.Elements<int?>(1, 2, null) : Gen.Elements<int?>(1, 2))
        from parts in ListOf(Parts)
        from part in Gen.OneOf(Parts.Select(p => (WalkPart?)p), Gen.Constant<WalkPart?>(null))
        from pair in Pairs
        from ends in ListOf(Pairs)
        from tags in ListOf(Gen.Elements("x", "y"))
        from child in depth == 0 ? Gen.Constant<WalkSample?>(null) : Gen.OneOf(Samples(withNullItems, depth - 1).Select(s => (WalkSample?)s), Gen.Constant<WalkSample?>(null))
        select new WalkSample(amount, maybe, count, big, flag, shade, maybeShade, day, month, note, counts, parts, part, pair, ends, new Queue<string>(tags), child);

    /// <summary>Two outcomes that share most members (each of the other's members taken with odds of one in three), so that a few differ and the comparer's limit is seldom reached.</summary>
    private static Arbitrary<(WalkSample Before, WalkSample After)> Outcomes(bool withNullItems) =>
        (from before in Samples(withNullItems, 1)
         from other in Samples(withNullItems, 1)
         from take in Gen.ArrayOf(Gen.Elements(true, false, false), 17)
         select (before, Mix(before, other, take))).ToArbitrary();

    private static WalkSample Mix(WalkSample b, WalkSample o, bool[] t) => new(
        t[0] ? o.Amount : b.Amount, t[1] ? o.Maybe : b.Maybe, t[2] ? o.Count : b.Count, t[3] ? o.Big : b.Big, t[4] ? o.Flag : b.Flag,
        t[5] ? o.Shade : b.Shade, t[6] ? o.MaybeShade : b.MaybeShade, t[7] ? o.Day : b.Day, t[8] ? o.Month : b.Month, t[9] ? o.Note : b.Note,
        t[10] ? o.Counts : b.Counts, t[11] ? o.Parts : b.Parts, t[12] ? o.Part : b.Part, t[13] ? o.Pair : b.Pair, t[14] ? o.Ends : b.Ends,
        t[15] ? o.Tags : b.Tags, t[16] ? o.Child : b.Child);

    private static bool HasNullItem(IReadOnlyList<int?>? counts) => counts is not null && counts.Any(c => c is null);

    /// <summary>
    /// Whether the walk must give up: a list holds a null on either side, unless both outcomes hold that very list (or the
    /// very object around it), which is then written alike and passed over.
    /// </summary>
    private static bool MustGiveUp(WalkSample? before, WalkSample? after) =>
        !ReferenceEquals(before, after)
        && ((!ReferenceEquals(before?.Counts, after?.Counts) && (HasNullItem(before?.Counts) || HasNullItem(after?.Counts)))
            || MustGiveUp(before?.Child, after?.Child));

    [Property(MaxTest = 400)]
    public Property Outcomes_of_every_shape_walked_give_the_differences_their_JSON_gives() =>
        Prop.ForAll(Outcomes(withNullItems: false), pair =>
        {
            var walk = new OutcomeWalk();
            var walked = new List<(string Path, string? Baseline, string? Reform)>();
            var json = new OutcomeFields(walk: false);
            var changed = json.Compare(pair.Before, pair.After);
            var followed = walk.TryCompare(pair.Before, pair.After, walked);
            walked.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
            // The comparer keeps the first differences in path order; so does the walk's caller.
            return followed && (walked.Count > 0) == changed && walked.Take(OutcomeFields.Limit).SequenceEqual(json.Differences);
        });

    [Property(MaxTest = 200)]
    public Property The_walk_gives_up_exactly_where_a_list_holds_a_null_it_does_not_share() =>
        Prop.ForAll(Outcomes(withNullItems: true), pair =>
            new OutcomeWalk().TryCompare(pair.Before, pair.After, []) == !MustGiveUp(pair.Before, pair.After));

    [Fact]
    public void The_generated_pairs_share_lists_holding_a_null_and_part_over_them()
    {
        var pairs = Outcomes(withNullItems: true).Generator.Sample(300, 5);
        Assert.Contains(pairs, p => ReferenceEquals(p.Before.Counts, p.After.Counts) && HasNullItem(p.Before.Counts) && !MustGiveUp(p.Before, p.After));
        Assert.Contains(pairs, p => !ReferenceEquals(p.Before.Counts, p.After.Counts) && HasNullItem(p.Before.Counts));
    }

    [Fact]
    public void The_generated_pairs_include_scale_only_changes_members_left_out_on_one_side_and_identical_outcomes()
    {
        var found = new HashSet<string>();
        var same = 0;
        foreach (var (before, after) in Outcomes(withNullItems: false).Generator.Sample(300, 5))
        {
            var walked = new List<(string Path, string? Baseline, string? Reform)>();
            var itself = new List<(string Path, string? Baseline, string? Reform)>();
            Assert.True(new OutcomeWalk().TryCompare(before, after, walked));
            same += new OutcomeWalk().TryCompare(before, before, itself) && itself.Count == 0 ? 1 : 0;
            found.UnionWith(walked.Select(d => $"{d.Baseline}->{d.Reform}"));
        }

        Assert.Equal(300, same);
        Assert.Contains("1200->1200.00", found);
        Assert.Contains(found, d => d.StartsWith("->", StringComparison.Ordinal) || d.EndsWith("->", StringComparison.Ordinal));
    }
}
