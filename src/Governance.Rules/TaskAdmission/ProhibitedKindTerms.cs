using System.Collections.Frozen;

namespace Governance.Rules.TaskAdmission;

/// <summary>
/// The trigger terms of the prohibited kinds in force, indexed by first character, so that finding which kinds a title
/// names costs one pass over the title instead of a search per term.
/// </summary>
internal sealed class ProhibitedKindTerms
{
    private readonly ProhibitedKindTable _table;
    private readonly FrozenDictionary<char, (int Kind, int Term, string Text)[]> _byFirst;
    private readonly ulong[] _firsts = new ulong[(char.MaxValue + 1) / 64];

    public ProhibitedKindTerms(ProhibitedKindTable table)
    {
        _table = table;
        // The reader refuses a term shorter than two characters once normalised, so no term is empty.
        var terms = new List<(int Kind, int Term, string Text)>();
        for (var k = 0; k < table.Kinds.Count; k++)
        {
            var kindTerms = table.Kinds[k].Terms;
            for (var t = 0; t < kindTerms.Count; t++)
            {
                terms.Add((k, t, kindTerms[t]));
                _firsts[kindTerms[t][0] >> 6] |= 1UL << kindTerms[t][0];
            }
        }

        _byFirst = terms.GroupBy(t => t.Text[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>
    /// For each kind, in pack order, the first of its terms (in the kind's order) that <paramref name="title"/> contains,
    /// unless the kind is tagged already or stated not to apply.
    /// </summary>
    public IReadOnlyList<ProhibitedKindFound> Find(string title, IReadOnlyList<string> tagged, IReadOnlyList<string> notApplicable)
    {
        var kinds = _table.Kinds;
        Span<int> first = kinds.Count <= 64 ? stackalloc int[kinds.Count] : new int[kinds.Count];
        first.Fill(int.MaxValue);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if ((_firsts[c >> 6] & (1UL << c)) == 0)
            {
                continue;
            }

            if (!_byFirst.TryGetValue(c, out var starting))
            {
                continue;
            }

            var rest = title.AsSpan(i);
            foreach (var (kind, term, text) in starting)
            {
                if (term < first[kind] && rest.StartsWith(text, StringComparison.Ordinal))
                {
                    first[kind] = term;
                }
            }
        }

        List<ProhibitedKindFound>? found = null;
        for (var k = 0; k < kinds.Count; k++)
        {
            var term = first[k];
            if (term != int.MaxValue && !Has(tagged, kinds[k].Code) && !Has(notApplicable, kinds[k].Code))
            {
                (found ??= []).Add(new ProhibitedKindFound(kinds[k].Code, kinds[k].Terms[term]));
            }
        }

        return found is null ? [] : found;
    }

    private static bool Has(IReadOnlyList<string> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i], code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
