using System.Buffers;
using System.Text.Json;
using Governance.Rules.Citations;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Json;
using Governance.Rules.Localization;
using Governance.Rules.Results;

namespace Governance.Rules.Tests.Areas;

/// <summary>
/// A streaming diff copies a cause it has written before instead of writing it again. Over runs of generated explanation pairs
/// whose steps share parameter lists by reference (as a calculator's steps do) and differ in texts, rules and position, every
/// cause written through one cache is byte for byte the cause written without it, the first time and each time again, and
/// the one-line descriptions are the same.
/// </summary>
public sealed class CauseCacheProperties
{
    private static ParameterUse Use(string key, string value, string layer) =>
        new(key, new LocalizedText("参数", "parameter"), value, "元", new LocalDate(2026, 1, 1), layer, null, Provenance.Placeholder);

    /// <summary>Parameter lists made once and shared, as a policy's lists are; two hold the same parameters but are different lists.</summary>
    private static readonly IReadOnlyList<ParameterUse>[] Lists =
    [
        [Use("elderly.a", "1200", "cn.js.suzhou")],
        [Use("elderly.a", "1500", "reform")],
        [Use("elderly.a", "1200", "cn.js.suzhou"), Use("elderly.b", "30", "cn.js.suzhou")],
        [Use("elderly.a", "1200", "cn.js.suzhou")],
        [],
    ];

    private static LocalizedText Totals(decimal month, decimal year) => ElderlyTexts.TotalsMessage(new YearMonth(2026, 10), month, 2026, year);

    /// <summary>
    /// Texts made at once, and texts composed on reading (each made afresh, so never the same object): from equal figures
    /// written alike whatever their scale, from different figures, and a text made at once with a composed text's words.
    /// </summary>
    private static readonly Func<LocalizedText>[] Messages =
    [
        () => new LocalizedText("甲", "a"),
        () => new LocalizedText("乙", "b"),
        () => new LocalizedText("甲", "c"),
        () => Totals(0m, 1200m),
        () => Totals(0.00m, 1200.00m),
        () => Totals(0m, 1500m),
        () => Totals(100m, 1200m),
        () => Totals(0m, 1200m) is var t ? new LocalizedText(t.ZhHans, t.En) : null!,
    ];

    private static readonly Gen<ExplanationStep> Steps =
        from rule in Gen.Elements("elderly.age", "elderly.benefit")
        from message in Gen.Elements(Messages).Select(make => make())
        from list in Gen.Choose(0, Lists.Length - 1)
        from value in Gen.Elements<NamedValue[]>([], [new("due", "0")], [new("due", "100")])
        select new ExplanationStep(rule, message, Lists[list], value);

    private static readonly Gen<(ExplanationStep[] Before, ExplanationStep[] After)> Pairs =
        from n in Gen.Choose(1, 3)
        from before in Gen.ArrayOf(Steps, n)
        from after in Gen.ArrayOf(Steps, n)
        from same in Gen.Choose(0, n - 1)
        select (before, after.Select((s, i) => i < same ? before[i] : s).ToArray());

    private static (string Json, string? Described) Write(ExplanationStep[] before, ExplanationStep[] after, Language language, CauseCache? cache)
    {
        var buffer = new ArrayBufferWriter<byte>();
        (string Rule, IReadOnlyList<string> Parameters)? cause;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("cause");
            cause = ReformTotals.WriteCause(writer, before, after, language, describe: true, cache);
            writer.WriteEndObject();
        }

        var described = cause is { } c ? $"{c.Rule} | {string.Join("; ", c.Parameters)}" : null;
        return (System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), described);
    }

    [Property(MaxTest = 300)]
    public Property Causes_copied_from_the_cache_are_the_causes_written_afresh() =>
        Prop.ForAll(Gen.ListOf(Pairs).Select(l => l.ToArray()).ToArbitrary(), Gen.Elements(Language.En, Language.ZhHans).ToArbitrary(), (pairs, language) =>
        {
            var cache = new CauseCache();
            // Each pair twice in a row, then the whole run again: the second writings come from the cache.
            var run = pairs.SelectMany(p => new[] { p, p }).Concat(pairs).ToArray();
            return run.All(p => Write(p.Before, p.After, language, cache) == Write(p.Before, p.After, language, null));
        });

    [Fact]
    public void The_generated_runs_meet_causes_again_that_share_lists_but_not_texts()
    {
        var samples = Gen.ListOf(Pairs).Sample(200, 11).Select(l => l.ToArray()).ToList();
        var hits = 0;
        foreach (var pairs in samples)
        {
            var cache = new CauseCache();
            foreach (var (before, after) in pairs.Concat(pairs))
            {
                var kept = cache.Count;
                Write(before, after, Language.En, cache);
                hits += cache.Count == kept ? 1 : 0;
            }
        }

        Assert.True(hits > 100, $"{hits} causes met again");
        var steps = Gen.ListOf(Pairs).Sample(200, 11).SelectMany(l => l).SelectMany(p => p.Before).ToList();
        Assert.Contains(steps, s => ReferenceEquals(s.Parameters, Lists[0]) && s.Message.En == "a");
        Assert.Contains(steps, s => ReferenceEquals(s.Parameters, Lists[0]) && s.Message.En == "c");
    }

    [Property(MaxTest = 300)]
    public Property Two_causes_are_alike_exactly_when_their_texts_say_the_same_in_the_language_written() =>
        Prop.ForAll(Gen.Elements(Messages).ToArbitrary(), Gen.Elements(Messages).ToArbitrary(), Gen.Elements(Language.En, Language.ZhHans).ToArbitrary(), (x, y, language) =>
        {
            // Texts as the key holds them, made afresh: composed ones are told apart by their figures, the others by their words.
            CauseCache.Key Key(LocalizedText text) => new(2, "elderly.totals", text, text, Lists[0], Lists[1], language);
            var (a, b) = (x(), y());
            var alike = CauseCache.KeyComparer.Instance.Equals(Key(a), Key(b));
            var hashes = CauseCache.KeyComparer.Instance.GetHashCode(Key(a)) == CauseCache.KeyComparer.Instance.GetHashCode(Key(b));
            return alike == (a.Get(language) == b.Get(language)) && (!alike || hashes || a.CompositionHash is null != b.CompositionHash is null);
        });

    [Fact]
    public void A_cause_whose_texts_are_composed_from_equal_figures_is_copied_without_composing_them_again()
    {
        var cache = new CauseCache();
        ExplanationStep Made(decimal year, IReadOnlyList<ParameterUse> list) => new("elderly.totals", Totals(0m, year), list, []);
        Write([Made(1200m, Lists[0])], [Made(1500m, Lists[1])], Language.En, cache);
        Assert.Equal(1, cache.Count);

        // The same figures in new texts, the baseline's with another scale: found, and the texts left uncomposed.
        var (before, after) = (Made(1200.00m, Lists[0]), Made(1500m, Lists[1]));
        var found = Write([before], [after], Language.En, cache);
        Assert.Equal(1, cache.Count);
        Assert.Equal(Write([Made(1200m, Lists[0])], [Made(1500m, Lists[1])], Language.En, null), found);
        Assert.Null(typeof(LocalizedText).GetField("_en", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(after.Message));

        // Other figures: another cause.
        Write([Made(1200m, Lists[0])], [Made(1600m, Lists[1])], Language.En, cache);
        Assert.Equal(2, cache.Count);
    }

    private static ExplanationStep[] Step(string text, IReadOnlyList<ParameterUse> parameters) =>
        [new("elderly.benefit", new LocalizedText(text, text), parameters, [])];

    [Fact]
    public void A_full_cache_that_finds_less_than_it_misses_is_set_aside_and_every_cause_is_written_alike()
    {
        var cache = new CauseCache();
        for (var i = 0; i < CauseCache.Capacity + 100; i++)
        {
            // Parameter lists made afresh for each record, as an area without shared lists makes them: never met again.
            var (before, after) = (Step($"a{i}", [.. Lists[0]]), Step($"b{i}", [.. Lists[1]]));
            Assert.Equal(Write(before, after, Language.En, null), Write(before, after, Language.En, cache));
            Assert.Equal(i < CauseCache.Capacity - 1, cache.InUse);
        }

        Assert.Equal(CauseCache.Capacity, cache.Count);
    }

    [Fact]
    public void A_full_cache_that_finds_causes_again_stays_in_use()
    {
        var cache = new CauseCache();
        for (var i = 0; i < CauseCache.Capacity; i++)
        {
            // Each cause met three times: found twice for each miss.
            var (before, after) = (Step($"a{i}", Lists[0]), Step($"b{i}", Lists[1]));
            Write(before, after, Language.En, cache);
            Write(before, after, Language.En, cache);
            Write(before, after, Language.En, cache);
        }

        Assert.Equal(CauseCache.Capacity, cache.Count);
        Assert.True(cache.InUse);
        var (lastBefore, lastAfter) = (Step("a0", Lists[0]), Step("b0", Lists[1]));
        Assert.Equal(Write(lastBefore, lastAfter, Language.En, null), Write(lastBefore, lastAfter, Language.En, cache));
    }

    [Fact]
    public void An_indented_writer_writes_the_cause_itself()
    {
        ExplanationStep[] before = [new("elderly.benefit", new LocalizedText("甲", "a"), Lists[0], [])];
        ExplanationStep[] after = [new("elderly.benefit", new LocalizedText("乙", "b"), Lists[1], [])];
        var cache = new CauseCache();
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("cause");
            ReformTotals.WriteCause(writer, before, after, Language.En, describe: false, cache);
            writer.WriteEndObject();
        }

        Assert.Equal(0, cache.Count);
        Assert.Contains("\n", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), StringComparison.Ordinal);
    }
}
