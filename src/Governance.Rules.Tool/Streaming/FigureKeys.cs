namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// The figures a changed record lists, from either side, in ordinal order. One area gives every record the same figures, so
/// the last answer is given again when both sides have exactly its keys; otherwise their union is sorted afresh. One instance
/// per worker (not thread-safe).
/// </summary>
internal sealed class FigureKeys
{
    private string[] _last = [];

    /// <summary>The union of both sides' keys in ordinal order (the array is shared with later calls: read it, do not keep it).</summary>
    public string[] Of(IReadOnlyDictionary<string, decimal> before, IReadOnlyDictionary<string, decimal> after)
    {
        var keys = _last;
        var same = before.Count == keys.Length && after.Count == keys.Length;
        for (var i = 0; same && i < keys.Length; i++)
        {
            same = before.ContainsKey(keys[i]) && after.ContainsKey(keys[i]);
        }

        return same ? keys : _last = [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)];
    }
}
