namespace Governance.Rules.Packs;

/// <summary>Checks that a caller's layers form one parent chain and finds its deepest layer.</summary>
internal static class LayerChain
{
    /// <summary>
    /// The id of the caller layer no other caller layer names as parent, or null when <paramref name="callerIds"/> is
    /// empty. Adds <c>PACK_LAYERS_NOT_ONE_CHAIN</c> when the caller layers branch, loop or stand apart.
    /// </summary>
    public static string? Deepest(IReadOnlyDictionary<string, RawLayer> all, IReadOnlyList<string> callerIds, List<PackLoadError> errors)
    {
        if (callerIds.Count == 0)
        {
            return null;
        }

        var callers = new HashSet<string>(callerIds, StringComparer.Ordinal);
        var parents = new HashSet<string>(callerIds.Select(id => all[id].Parent).OfType<string>(), StringComparer.Ordinal);
        var leaves = callerIds.Where(id => !parents.Contains(id)).ToList();
        if (leaves.Count != 1)
        {
            errors.Add(NotOneChain(all, callerIds, leaves.Count == 0
                ? "their parents loop"
                : "more than one of them is a leaf (" + string.Join(", ", leaves) + ")"));
            return null;
        }

        // Walk up from the leaf: every caller layer must be on the way, and the walk must leave them for an embedded layer.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = leaves[0];
        while (current is not null && callers.Contains(current) && visited.Add(current))
        {
            current = all[current].Parent;
        }

        var apart = callerIds.Where(id => !visited.Contains(id)).ToList();
        if (apart.Count > 0)
        {
            errors.Add(NotOneChain(all, callerIds, "not on the chain of " + leaves[0] + ": " + string.Join(", ", apart)));
            return null;
        }

        return leaves[0];
    }

    private static PackLoadError NotOneChain(IReadOnlyDictionary<string, RawLayer> all, IReadOnlyList<string> callerIds, string why) =>
        new(
            "PACK_LAYERS_NOT_ONE_CHAIN",
            string.Join(", ", callerIds.Select(id => all[id].Source)),
            "$.parent",
            "the layer files must form one chain, each naming the next as its parent (" + string.Join("; ", callerIds.Select(id => id + " → " + (all[id].Parent ?? "none"))) + "); " + why);
}
