using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Governance.Rules.Tool.Streaming;

namespace Governance.Rules.Tool.Tests;

/// <summary>
/// A changed record lists the figures of either side in ordinal order. Over runs of records whose sides have the same figures,
/// figures on one side only, or other figures than the record before, each record's list is the union of its own sides' keys
/// in ordinal order, never the record before's.
/// </summary>
public sealed class FigureKeysProperties
{
    /// <summary>An area's figures in its own order, each key once, with values of their own.</summary>
    private static readonly Gen<KeyValuePair<string, decimal>[]> Figures =
        from keys in Gen.SubListOf(["yearTotal", "monthTotal", "eligibleBenefits", "Zeta"])
        from shuffled in Gen.Shuffle(keys.ToArray())
        from values in Gen.ArrayOf(Gen.Choose(-5, 5).Select(v => (decimal)v), shuffled.Length)
        select shuffled.Select((k, i) => KeyValuePair.Create(k, values[i])).ToArray();

    /// <summary>Runs of records, each record's sides often alike and often like the record before.</summary>
    private static readonly Arbitrary<(KeyValuePair<string, decimal>[] Before, KeyValuePair<string, decimal>[] After)[]> Runs =
        (from count in Gen.Choose(1, 8)
         from run in Gen.ArrayOf(
             from before in Figures
             from other in Figures
             from alike in Gen.Elements(true, true, false)
             select (before, alike ? before : other), count)
         from repeat in Gen.Elements(true, false)
         select repeat ? [.. run, .. run] : run).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Each_record_lists_the_union_of_its_own_figures_in_ordinal_order() =>
        Prop.ForAll(Runs, run =>
        {
            var keys = new FigureKeys();
            return run.All(r => keys.Of(r.Before, r.After).SequenceEqual(r.Before.Select(f => f.Key).Union(r.After.Select(f => f.Key)).Order(StringComparer.Ordinal)));
        });

    [Property(MaxTest = 300)]
    public Property A_figure_is_read_as_a_dictionary_reads_it_and_is_0_where_a_side_has_none() =>
        Prop.ForAll(Figures.ToArbitrary(), Gen.Elements("yearTotal", "monthTotal", "eligibleBenefits", "Zeta", "none").ToArbitrary(), (figures, key) =>
            FigureKeys.ValueOf(figures, key) == figures.ToDictionary(StringComparer.Ordinal).GetValueOrDefault(key));
}
