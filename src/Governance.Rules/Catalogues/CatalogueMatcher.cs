using System.Collections.Frozen;
using NodaTime;

namespace Governance.Rules.Catalogues;

/// <summary>How a free-text request matched a catalogue.</summary>
public enum MatchStatus
{
    /// <summary>Exactly one item's name or alias occurs in the text (longer names win over names they contain).</summary>
    Matched = 0,

    /// <summary>No name or alias of an item in force occurs in the text.</summary>
    NoMatch = 1,

    /// <summary>The text names two or more different items; the matcher does not guess which.</summary>
    Ambiguous = 2,
}

/// <summary>
/// Finds catalogue items named in free text: the normalised text must contain an item's normalised name or
/// alias. Indexed by first character, so matching costs a few comparisons per character of the request.
/// </summary>
internal sealed class CatalogueMatcher
{
    private readonly FrozenDictionary<char, Term[]> _byFirst;
    private readonly Term[] _all;

    /// <summary>A bit per UTF-16 code unit: set for the first characters of terms, so most characters of a request cost one test.</summary>
    private readonly ulong[] _firsts = new ulong[(char.MaxValue + 1) / 64];

    public CatalogueMatcher(IEnumerable<CatalogueItem> items)
    {
        var terms = new List<Term>();
        foreach (var item in items)
        {
            foreach (var t in CatalogueSection.Terms(item).Where(t => t.Length >= 2).Distinct(StringComparer.Ordinal))
            {
                terms.Add(new Term(t, item));
            }
        }

        _all = [.. terms];
        foreach (var t in terms)
        {
            _firsts[t.Text[0] >> 6] |= 1UL << t.Text[0];
        }

        _byFirst = terms.GroupBy(t => t.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Text.Length).ToArray());
    }

    /// <summary>The terms that start with <paramref name="c"/>, longest first; null when none does (most characters: one bit test).</summary>
    /// <remarks>Two tests apart, so that no variable's definite assignment depends on the other (mutation testing can mutate each).</remarks>
    private Term[]? TermsStartingWith(char c)
    {
        if ((_firsts[c >> 6] & (1UL << c)) == 0)
        {
            return null;
        }

        return _byFirst.TryGetValue(c, out var terms) ? terms : null;
    }

    /// <summary>Matches already-normalised text on <paramref name="date"/>; allocation-free.</summary>
    public (MatchStatus Status, CatalogueItem? Item) Match(ReadOnlySpan<char> text, LocalDate date)
    {
        int bestStart = -1, bestLength = 0;
        CatalogueItem? best = null;
        for (var i = 0; i < text.Length; i++)
        {
            var terms = TermsStartingWith(text[i]);
            if (terms is null)
            {
                continue;
            }

            var rest = text[i..];
            foreach (var term in terms)
            {
                if (term.Text.Length > bestLength && rest.StartsWith(term.Text, StringComparison.Ordinal) && term.Item.IsInForce(date))
                {
                    best = term.Item;
                    bestStart = i;
                    bestLength = term.Text.Length;
                    break; // terms are ordered longest first
                }
            }
        }

        if (best is null)
        {
            return (MatchStatus.NoMatch, null);
        }

        // A match of another item that is not inside the best match means the text names two items.
        for (var i = 0; i < text.Length; i++)
        {
            var terms = TermsStartingWith(text[i]);
            if (terms is null)
            {
                continue;
            }

            var rest = text[i..];
            foreach (var term in terms)
            {
                if (!ReferenceEquals(term.Item, best) && (term.Item.Code != best.Code || term.Item.CatalogueId != best.CatalogueId)
                    && rest.StartsWith(term.Text, StringComparison.Ordinal) && term.Item.IsInForce(date)
                    && (i < bestStart || i + term.Text.Length > bestStart + bestLength))
                {
                    return (MatchStatus.Ambiguous, null);
                }
            }
        }

        return (MatchStatus.Matched, best);
    }

    /// <summary>
    /// Words every certificate name shares (证明, 居民, 情况 …): alone they make no match, so they are cut out before
    /// terms are compared. Matching vocabulary, not policy.
    /// </summary>
    internal static readonly string[] GenericWords = ["证明书", "证明", "居民", "村民", "社区", "申请", "出具", "开具", "盖章", "情况", "状况", "材料", "人员", "个人"];

    /// <summary>
    /// The items in force that share a meaningful term (a two-character run left after cutting out
    /// <see cref="GenericWords"/>) with the text, ranked by the number of shared terms, then by similarity; empty when
    /// no item shares one ("no close item").
    /// </summary>
    public IReadOnlyList<CatalogueItem> Nearest(string text, LocalDate date, int count)
    {
        var grams = MeaningfulGrams(text);
        if (grams.Count == 0)
        {
            return [];
        }

        return [.. _all.Where(t => t.Item.IsInForce(date))
            .Select(t =>
            {
                var other = MeaningfulGrams(t.Text);
                var shared = grams.Count(other.Contains);
                return (t.Item, Shared: shared, Score: shared == 0 ? 0 : 2.0 * shared / (grams.Count + other.Count));
            })
            .Where(s => s.Shared > 0)
            .GroupBy(s => (s.Item.CatalogueId, s.Item.Code))
            .Select(g => g.MaxBy(s => (s.Shared, s.Score)))
            .OrderByDescending(s => s.Shared)
            .ThenByDescending(s => s.Score)
            .ThenBy(s => s.Item.Code, StringComparer.Ordinal)
            .Take(count)
            .Select(s => s.Item)];
    }

    /// <summary>The two-character runs of <paramref name="text"/> within the pieces left after cutting out generic words.</summary>
    internal static HashSet<string> MeaningfulGrams(string text)
    {
        var cut = text;
        foreach (var word in GenericWords)
        {
            cut = cut.Replace(word, "\0", StringComparison.Ordinal);
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in cut.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            for (var i = 0; i + 1 < piece.Length; i++)
            {
                set.Add(piece.Substring(i, 2));
            }
        }

        return set;
    }

    /// <summary>The items in force that <paramref name="text"/> names, with overlapping matches reduced to the longest.</summary>
    public IReadOnlyList<CatalogueItem> AllNamed(ReadOnlySpan<char> text, LocalDate date)
    {
        var found = new List<CatalogueItem>();
        for (var i = 0; i < text.Length; i++)
        {
            if (_byFirst.TryGetValue(text[i], out var terms))
            {
                foreach (var term in terms)
                {
                    if (text[i..].StartsWith(term.Text, StringComparison.Ordinal) && term.Item.IsInForce(date) && !found.Contains(term.Item))
                    {
                        found.Add(term.Item);
                    }
                }
            }
        }

        return found;
    }

    private readonly record struct Term(string Text, CatalogueItem Item);
}
