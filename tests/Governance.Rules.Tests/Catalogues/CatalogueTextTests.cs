using Governance.Rules.Catalogues;

namespace Governance.Rules.Tests.Catalogues;

public sealed class CatalogueTextTests
{
    [Theory]
    [InlineData("無犯罪記錄證明", "无犯罪记录证明")]
    [InlineData("亲属 关系　证明", "亲属关系证明")]
    [InlineData("“亲属关系”证明！", "亲属关系证明")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("Death Certificate", "deathcertificate")]
    [InlineData(" ，。、 ", "")]
    public void Normalisation_folds_width_spacing_punctuation_case_and_traditional_forms(string text, string expected)
    {
        Assert.Equal(expected, CatalogueText.Normalize(text));
    }

    [Fact]
    public void Normalisation_refuses_a_short_buffer_and_null()
    {
        Assert.Throws<ArgumentException>(() => CatalogueText.Normalize("abc", new char[2]));
        Assert.Throws<ArgumentNullException>(() => CatalogueText.Normalize(null!));
    }
}
