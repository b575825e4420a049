using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// The elderly-care calculator: the warnings owed for the parameter entries an evaluation read (placeholders, stale figures), each
/// entry numbered once per calculator so that an evaluation notes it once, in the order the explanation steps name it.
/// </summary>
public sealed partial class ElderlyCareCalculator
{
    /// <summary>The entries of one policy: those its explanation steps name (age, then each benefit) and all it holds, with their numbers.</summary>
    private sealed record PolicyEntries(ParameterValueInfo[] Steps, int[] StepIds, ParameterValueInfo[] All, int[] AllIds);

    private PolicyEntries[] _entries = [];
    private int _entryCount;

    /// <summary>Numbers every entry of every policy by key and start date.</summary>
    private void NumberEntries()
    {
        var ids = new Dictionary<(string, LocalDate), int>();
        _entries = [.. _policies.Select(p =>
        {
            ParameterValueInfo[] steps = [.. new[] { p.LeapDay.Info }.Concat(ElderlyBenefits.All.SelectMany(p.InfosFor)).OfType<ParameterValueInfo>()];
            return new PolicyEntries(steps, [.. steps.Select(Id)], p.Infos, [.. p.Infos.Select(Id)]);
        })];
        _entryCount = ids.Count;

        int Id(ParameterValueInfo info)
        {
            if (!ids.TryGetValue((info.Key, info.From), out var id))
            {
                id = ids.Count;
                ids.Add((info.Key, info.From), id);
            }

            return id;
        }
    }

    /// <summary>
    /// Notes the entries read on a builder that makes no steps: first those the explanation steps name for the policy of
    /// month <paramref name="m0"/> (the leap-day rule, then each benefit's), then every entry of each policy read, in the
    /// order the policies start.
    /// </summary>
    private void NoteEntries(ExplanationBuilder x, int m0, bool[] used)
    {
        Span<bool> seen = _entryCount <= 512 ? stackalloc bool[_entryCount] : new bool[_entryCount];
        if (PolicyIndex(m0) is var k and >= 0)
        {
            Note(x, _entries[k].Steps, _entries[k].StepIds, seen);
        }

        for (var i = 0; i < used.Length; i++)
        {
            if (used[i])
            {
                Note(x, _entries[i].All, _entries[i].AllIds, seen);
            }
        }
    }

    private static void Note(ExplanationBuilder x, ParameterValueInfo[] infos, int[] ids, Span<bool> seen)
    {
        for (var i = 0; i < infos.Length; i++)
        {
            if (!seen[ids[i]])
            {
                seen[ids[i]] = true;
                x.NoteFirst(infos[i]);
            }
        }
    }

    /// <summary>
    /// The warnings of an evaluation, explained or not: they depend only on the policy of the as-of month, the policies read and
    /// the stale-before date, so the last few such lists are kept (read-only, shared between results) and a list is noted
    /// afresh only when none of them fits.
    /// </summary>
    private IReadOnlyList<RuleWarning> WarningsOf(int m0, bool[] used, LocalDate? staleBefore)
    {
        if (used.Length > 64)
        {
            return Noted().Warnings;
        }

        var k = PolicyIndex(m0);
        var mask = 0UL;
        for (var i = 0; i < used.Length; i++)
        {
            mask |= used[i] ? 1UL << i : 0UL;
        }

        var stale = staleBefore is { } before ? DayNumber(before) : int.MinValue;
        var slot = (int)(((mask * 0x9E3779B1UL) ^ (uint)k ^ ((uint)stale * 0x85EBCA6BUL)) % (ulong)_quietWarnings.Length);
        var kept = Volatile.Read(ref _quietWarnings[slot]);
        if (kept is not null && kept.Policy == k && kept.Used == mask && kept.StaleBefore == stale)
        {
            return kept.Warnings;
        }

        kept = new QuietWarnings(k, mask, stale, Noted().SharedWarnings);
        Volatile.Write(ref _quietWarnings[slot], kept);
        return kept.Warnings;

        ExplanationBuilder Noted()
        {
            var x = new ExplanationBuilder(explain: false, staleBefore);
            NoteEntries(x, m0, used);
            return x;
        }
    }

    /// <summary>The warnings of evaluations that read the same policies with the same stale-before day.</summary>
    private sealed record QuietWarnings(int Policy, ulong Used, int StaleBefore, IReadOnlyList<RuleWarning> Warnings);

    /// <remarks>64 slots: with 8, lists in common use fell in one slot and evicted each other (in a diff of 2,000,000
    /// generated persons, 244,766 of 800,642 explained evaluations noted their warnings afresh; with 64, 8 did).</remarks>
    private readonly QuietWarnings?[] _quietWarnings = new QuietWarnings?[64];

    /// <summary>The index in <see cref="_policies"/> of the policy of month <paramref name="m"/>, or −1.</summary>
    private int PolicyIndex(int m)
    {
        var i = m - _firstMonth;
        return i < 0 ? -1 : _policyIndex[Math.Min(i, _policyIndex.Length - 1)];
    }
}
