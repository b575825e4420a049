using Governance.Rules.Catalogues;

namespace Governance.Rules.Tests.Catalogues;

public sealed class CatalogueTextProperties
{
    /// <summary>Texts mixing ideographs, traditional forms, full-width and ASCII letters, spacing, punctuation and symbols.</summary>
    private static readonly Gen<string> Texts =
        Gen.Elements("證", "证", "明", "Ａ", "a", "B", " ", "\u3000", "·", "。", "！", "-", "+", "\u200B", "\u0001", "〇", "鿿", "龥", "가", "é")
            .ArrayOf().Where(a => a.Length <= 12).Select(string.Concat);

    [Property(MaxTest = 2_000)]
    public Property Has_text_exactly_when_normalising_leaves_something() =>
        Prop.ForAll(Texts.ToArbitrary(), text => CatalogueText.HasText(text) == (CatalogueText.Normalize(text).Length > 0));

    [Property(MaxTest = 2_000)]
    public Property Normalising_an_ideograph_keeps_it_or_gives_its_simplified_form_in_place() =>
        Prop.ForAll(Gen.Choose(0x4E00, 0x9FFF).Select(c => (char)c).ToArbitrary(), c =>
        {
            var normalised = CatalogueText.Normalize("a" + c + "b");
            return normalised.Length == 3 && normalised[0] == 'a' && normalised[2] == 'b' && CatalogueText.Normalize(normalised) == normalised;
        });
}
