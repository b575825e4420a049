using Governance.Rules.Catalogues;
using Governance.Rules.Packs;
using static Governance.Rules.Tests.Catalogues.CatalogueTestLayers;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Catalogues;

/// <summary>The matcher at its edges: a name inside a longer one, the ranking of near items, and what the generic words cut.</summary>
public sealed class CatalogueMatcherBoundaryTests
{
    private static readonly LocalDate Day = Date("2026-06-01");

    /// <summary>A matcher over only the items of a test layer (not the pack's own).</summary>
    private static CatalogueMatcher Matcher(params string[] items)
    {
        var catalogue = LoadLayer(Layer(string.Join(",", items))).GetPackOrThrow().Catalogues["certification"]!;
        return new CatalogueMatcher(catalogue.Items.Where(i => i.Layer == "test.catalogue"));
    }

    [Fact]
    public void A_name_at_the_start_of_a_longer_matched_name_is_inside_it_and_not_a_second_item()
    {
        var matcher = Matcher(Item("long-cert", "甲乙丙丁"), Item("short-cert", "甲乙"));
        var (status, item) = matcher.Match("甲乙丙丁", Day);
        Assert.Equal((MatchStatus.Matched, "long-cert"), (status, item?.Code));
        Assert.Equal((MatchStatus.Ambiguous, (CatalogueItem?)null), matcher.Match("甲乙戊甲乙丙丁", Day));
    }

    [Fact]
    public void Near_items_sharing_more_terms_come_first_even_when_their_code_sorts_later()
    {
        var matcher = Matcher(Item("a-cert", "甲乙戊己"), Item("b-cert", "甲乙丙庚"));
        Assert.Equal(["b-cert", "a-cert"], matcher.Nearest("甲乙丙", Day, 5).Select(i => i.Code));
    }

    [Fact]
    public void Near_items_sharing_as_many_terms_are_ranked_by_similarity_before_code()
    {
        // Both share 甲乙; b-cert is the closer (2·1/(1+2) against 2·1/(1+4)).
        var matcher = Matcher(Item("a-cert", "甲乙丙丁戊"), Item("b-cert", "甲乙丙"));
        Assert.Equal(["b-cert", "a-cert"], matcher.Nearest("甲乙", Day, 5).Select(i => i.Code));
        Assert.Equal(["b-cert"], matcher.Nearest("甲乙", Day, 1).Select(i => i.Code));
    }

    [Fact]
    public void Near_items_alike_in_terms_and_similarity_are_ranked_by_code()
    {
        var matcher = Matcher(Item("b-cert", "甲乙丁"), Item("a-cert", "甲乙丙"));
        Assert.Equal(["a-cert", "b-cert"], matcher.Nearest("甲乙", Day, 5).Select(i => i.Code));
    }

    [Fact]
    public void An_item_is_ranked_by_its_best_name_or_alias()
    {
        // b-cert's name shares two terms, its alias one; a-cert shares one as closely as the alias does.
        var matcher = Matcher(Item("a-cert", "乙丙子癸"), Item("b-cert", "甲乙丙辛", aliases: "\"甲乙壬癸\""));
        Assert.Equal(["b-cert", "a-cert"], matcher.Nearest("甲乙丙", Day, 5).Select(i => i.Code));
    }

    [Fact]
    public void Generic_words_split_the_text_so_no_term_spans_where_one_was_cut()
    {
        Assert.Equal(["丙丁", "甲乙"], CatalogueMatcher.MeaningfulGrams("甲乙证明丙丁").Order(StringComparer.Ordinal));
        var matcher = Matcher(Item("x-cert", "乙丙戊己"));
        Assert.Empty(matcher.Nearest("甲乙证明丙丁", Day, 5));
    }

    [Fact]
    public void Changes_between_a_date_and_itself_are_none_and_a_reversed_range_is_refused()
    {
        var certificates = RulePacks.Suzhou.Catalogues["certification"]!;
        var none = certificates.Changes(Day, Day);
        Assert.Equal((0, 0, 0), (none.Added.Count, none.Retired.Count, none.Changed.Count));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => certificates.Changes(Day, Day.PlusDays(-1)));
        Assert.Equal("to", ex.ParamName);
        Assert.StartsWith("The later date is before the earlier one.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_retired_on_one_date_are_listed_by_code()
    {
        var json = Layer(
            """{ "code": "kinship", "retire": "2026-01-01", "citation": "t", "provenance": "placeholder" },"""
            + """{ "code": "alive", "retire": "2026-01-01", "citation": "t", "provenance": "placeholder" }""");
        var changes = LoadLayer(json).GetPackOrThrow().Catalogues["certification"]!.Changes(Date("2025-12-31"), Date("2026-01-01"));
        Assert.Equal(["alive", "kinship"], changes.Retired.Select(i => i.Code));
        Assert.Empty(changes.Added);
    }
}
