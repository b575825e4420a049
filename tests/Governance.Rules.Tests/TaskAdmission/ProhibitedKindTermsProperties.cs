using Governance.Rules.Catalogues;
using Governance.Rules.Packs;
using Governance.Rules.TaskAdmission;

namespace Governance.Rules.Tests.TaskAdmission;

public sealed class ProhibitedKindTermsProperties
{
    private static readonly ProhibitedKindTable Kinds = RulePacks.Suzhou.Timeline(AdmissionParameters.ProhibitedKinds)!.At(new LocalDate(2026, 2, 1)).Value;
    private static readonly ProhibitedKindTerms Terms = new(Kinds);
    private static readonly string[] Codes = [.. Kinds.Kinds.Select(k => k.Code)];

    /// <summary>Titles made of trigger terms (whole, cut short, or overlapping), catalogue words and filler.</summary>
    private static readonly Gen<string> Titles =
        Gen.Elements(Kinds.Kinds.SelectMany(k => k.Terms).SelectMany(t => new[] { t, t[..^1], t[1..] }).Concat(["协助", "开展", "社区", "工作", "拆", "征地"]).ToArray())
            .ArrayOf().Where(a => a.Length <= 6).Select(a => CatalogueText.Normalize(string.Concat(a) + "工作"));

    private static readonly Gen<string[]> Tags = Gen.SubListOf(Codes).Select(l => l.ToArray());

    /// <summary>The indexed search finds, kind by kind, the first of the kind's terms the title contains: what a search term by term finds.</summary>
    [Property(MaxTest = 2_000)]
    public Property Indexed_search_finds_what_a_search_term_by_term_finds() =>
        Prop.ForAll(Titles.ToArbitrary(), Tags.ToArbitrary(), Tags.ToArbitrary(), (title, tagged, notApplicable) =>
        {
            var expected = Kinds.Kinds
                .Where(k => !tagged.Contains(k.Code) && !notApplicable.Contains(k.Code))
                .Select(k => (k.Code, Term: k.Terms.FirstOrDefault(t => title.Contains(t, StringComparison.Ordinal))))
                .Where(f => f.Term is not null)
                .Select(f => new ProhibitedKindFound(f.Code, f.Term!));
            return Terms.Find(title, tagged, notApplicable).SequenceEqual(expected);
        });

    /// <summary>
    /// A title keeps a full-width currency sign (￥, U+FFE5) or another character from the top of the UTF-16 range once
    /// normalised, and the first-character index covers every character up to U+FFFF: such a character is passed over,
    /// and the term beside it is found.
    /// </summary>
    [Fact]
    public void Characters_at_the_top_of_the_UTF16_range_are_passed_over_and_the_term_beside_them_is_found()
    {
        Assert.Equal("代收费用￥500", CatalogueText.Normalize("代收费用：￥500"));
        var kind = Kinds.Kinds[0];
        var term = kind.Terms[0];
        for (var c = '\uFF00'; ; c++)
        {
            var title = $"{c}{term}{c}";
            var found = Assert.Single(Terms.Find(title, [], []));
            Assert.Equal(new ProhibitedKindFound(kind.Code, term), found);
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }
}
