using System.Globalization;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Results;

/// <summary>
/// The explanation builder's two shortcuts keep their promises: an amount's text read from the per-thread cache is the text the
/// amount writes (its scale included), and a parameter entry is warned about once by key and start date however many entry
/// objects carry them and however many entries are noted.
/// </summary>
public sealed class ExplanationBuilderProperties
{
    /// <summary>Amounts of every scale, many equal in value but written differently (1200, 1200.0, 1200.00), many colliding in the cache.</summary>
    private static readonly Gen<decimal> Amounts =
        from units in Gen.Choose(-100_000, 100_000)
        from scale in Gen.Choose(0, 6)
        from huge in Gen.Choose(0, 9)
        select huge == 0 ? decimal.MaxValue / (scale + 1) : Written(units, scale);

    /// <summary>The amount of <paramref name="cents"/> written with <paramref name="zeros"/> more zeros after its two decimals (or none).</summary>
    private static decimal Written(int cents, int zeros) => decimal.Parse(
        (cents < 0 ? "-" : "") + (Math.Abs(cents) / 100).ToString(CultureInfo.InvariantCulture)
        + (zeros == 0 ? "" : "." + (Math.Abs(cents) % 100).ToString("D2", CultureInfo.InvariantCulture) + new string('0', zeros - 1)),
        CultureInfo.InvariantCulture);

    [Property(MaxTest = 200)]
    public Property An_amounts_text_is_the_text_it_writes_cached_or_not() =>
        Prop.ForAll(Gen.ListOf(Amounts).Select(l => l.ToArray()).ToArbitrary(), amounts =>
        {
            // Twice over: the second pass reads what the first one left in the cache.
            var texts = amounts.Concat(amounts).Select(a => ExplanationBuilder.Value("amount", a).Value).ToArray();
            var expected = amounts.Concat(amounts).Select(a => a.ToString(CultureInfo.InvariantCulture)).ToArray();
            return texts.SequenceEqual(expected).Label(string.Join(", ", texts.Zip(expected).Where(p => p.First != p.Second)));
        });

    [Fact]
    public void Equal_amounts_of_different_scale_keep_their_own_text_on_every_thread()
    {
        decimal[] amounts = [1200m, 1200.0m, 1200.00m, 0m, 0.00m, -0m, 1500.5m, 1500.50m];
        var texts = new string[8][];
        Parallel.For(0, 8, t => texts[t] = [.. Enumerable.Range(0, 500).Select(i => ExplanationBuilder.Value("a", amounts[(i + t) % amounts.Length]).Value)]);
        for (var t = 0; t < 8; t++)
        {
            Assert.Equal(Enumerable.Range(0, 500).Select(i => amounts[(i + t) % amounts.Length].ToString(CultureInfo.InvariantCulture)), texts[t]);
        }

        Assert.Equal(["1200", "1200.0", "1200.00"], amounts[..3].Select(a => ExplanationBuilder.Value("a", a).Value));
    }

    [Property(MaxTest = 200)]
    public Property A_placeholder_entry_is_warned_about_once_by_key_and_start_date() =>
        Prop.ForAll(Gen.ListOf(Gen.Zip(Gen.Choose(0, 11), Gen.Choose(0, 3))).Select(l => l.ToArray()).ToArbitrary(), notes =>
        {
            // A new entry object for every note: equal entries are told apart by key and start date, not by identity.
            var x = new ExplanationBuilder(explain: false);
            foreach (var (key, day) in notes)
            {
                x.Note(Entry($"p.{key}", Date("2024-01-01").PlusDays(day)));
            }

            var expected = notes.Distinct().Select(n => $"p.{n.Item1}").ToArray();
            var warned = x.Warnings.Select(w => w.ParameterKey).ToArray();
            return warned.SequenceEqual(expected).Label($"warned {string.Join(",", warned)}; expected {string.Join(",", expected)}");
        });

    private static ParameterValueInfo Entry(string key, LocalDate from) => new(
        key, new LocalizedText("参数", "Parameter"), "元", from, null, "test", true, "1", null, Provenance.Placeholder, null, null);

    private static ParameterValueInfo Entry(string key, string from) =>
        new(key, new LocalizedText("参数", "Parameter"), "元", Date(from), null, "test", true, "1", null, Provenance.Placeholder, null, null);

    /// <summary>Entries are the same entry exactly when key and start date both agree (a different object may be the same entry).</summary>
    [Fact]
    public void Entries_are_the_same_exactly_when_key_and_start_date_agree()
    {
        var same = ExplanationBuilder.SameEntry.Instance;
        var a = Entry("a.key", "2025-01-01");
        Assert.True(same.Equals(a, a));
        Assert.True(same.Equals(a, Entry("a.key", "2025-01-01")));
        Assert.Equal(same.GetHashCode(a), same.GetHashCode(Entry("a.key", "2025-01-01")));
        Assert.False(same.Equals(a, Entry("a.key", "2025-01-02")));
        Assert.False(same.Equals(a, Entry("b.key", "2025-01-01")));
        Assert.False(same.Equals(a, null));
        Assert.False(same.Equals(null, a));
        Assert.True(same.Equals(null, null));
    }
}
