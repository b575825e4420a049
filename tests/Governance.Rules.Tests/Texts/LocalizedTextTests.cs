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
}
