using Governance.Rules.Localization;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Texts;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Text = new("每万城镇常住人口配备{0}名社区工作者", "{0} community workers per 10,000 urban residents");

    [Fact]
    public void Chinese_is_the_default_and_English_is_given_when_asked()
    {
        Assert.Equal("每万城镇常住人口配备{0}名社区工作者", Text.Get(Language.ZhHans));
        Assert.Equal("{0} community workers per 10,000 urban residents", Text.Get(Language.En));
        Assert.Equal(Text.ZhHans, Text.ToString());
        Assert.Equal(Text.ZhHans, Text.Get((Language)7));
    }

    [Fact]
    public void Formatting_fills_both_languages_with_the_invariant_culture_in_every_culture()
    {
        foreach (var culture in Cultures)
        {
            var filled = InCulture(culture, () => Text.Format(18.5m));
            Assert.Equal("每万城镇常住人口配备18.5名社区工作者", filled.ZhHans);
            Assert.Equal("18.5 community workers per 10,000 urban residents", filled.En);
        }
    }

    [Fact]
    public void A_missing_language_is_a_programmer_error()
    {
        Assert.Throws<ArgumentNullException>(() => new LocalizedText(null!, "en"));
        Assert.Throws<ArgumentNullException>(() => new LocalizedText("中文", null!));
    }

    [Fact]
    public void A_text_composed_on_reading_equals_one_made_at_once_and_composes_only_the_language_read()
    {
        var calls = new int[2];
        var composed = new LocalizedText(new Counted(calls));
        Assert.Equal(new[] { 0, 0 }, calls);
        Assert.Equal("18 per 10,000", composed.Get(Language.En));
        Assert.Equal(new[] { 0, 1 }, calls);
        var eager = new LocalizedText("每万人18名", "18 per 10,000");
        Assert.Equal(eager, composed);
        Assert.Equal(composed, eager);
        Assert.True(eager == composed);
        Assert.Equal(eager.GetHashCode(), composed.GetHashCode());
        Assert.NotEqual(new LocalizedText("每万人18名", "18 per 10000"), composed);
        Assert.NotEqual(new LocalizedText("每万人19名", "18 per 10,000"), composed);
        Assert.Equal("每万人18名", composed.ToString());
        _ = composed.ZhHans + composed.En + composed.ZhHans;
        Assert.Equal(new[] { 1, 1 }, calls);
    }

    [Fact]
    public void A_composed_text_read_from_many_threads_at_once_gives_every_thread_the_same_words()
    {
        for (var round = 0; round < 200; round++)
        {
            var composed = new LocalizedText(new Labelled(round));
            var seen = new string[8];
            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => seen[i] = i % 2 == 0 ? composed.ZhHans : composed.En);
            Assert.All(seen.Where((_, i) => i % 2 == 0), s => Assert.Equal($"ZhHans:{round}", s));
            Assert.All(seen.Where((_, i) => i % 2 == 1), s => Assert.Equal($"En:{round}", s));
        }
    }

    /// <summary>Composes a fixed text, counting the calls per language.</summary>
    private sealed class Counted(int[] calls) : IComposedText
    {
        public string Compose(Language language)
        {
            Interlocked.Increment(ref calls[(int)language]);
            return language == Language.En ? "18 per 10,000" : "每万人18名";
        }

        public bool ComposesSameAs(IComposedText other) => false;
    }

    /// <summary>Composes the language's name and a number.</summary>
    private sealed record Labelled(int Round) : IComposedText
    {
        public string Compose(Language language) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{language}:{Round}");

        public bool ComposesSameAs(IComposedText other) => Equals(other);
    }
}
