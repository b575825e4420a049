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
    /// <param name="before">The baseline's figures, each key once.</param>
    /// <param name="after">The reform's figures, each key once.</param>
    public string[] Of(KeyValuePair<string, decimal>[] before, KeyValuePair<string, decimal>[] after)
    {
        var keys = _last;
        var same = before.Length == keys.Length && after.Length == keys.Length;
        for (var i = 0; same && i < keys.Length; i++)
        {
            same = IndexOf(before, keys[i]) >= 0 && IndexOf(after, keys[i]) >= 0;
        }

        return same ? keys : _last = [.. before.Select(f => f.Key).Union(after.Select(f => f.Key)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The figure of <paramref name="key"/>, or 0 when the side has none (an area has a handful: read in turn).</summary>
    public static decimal ValueOf(KeyValuePair<string, decimal>[] figures, string key) => IndexOf(figures, key) is var i and >= 0 ? figures[i].Value : 0m;

    private static int IndexOf(KeyValuePair<string, decimal>[] figures, string key)
    {
        for (var i = 0; i < figures.Length; i++)
        {
            if (string.Equals(figures[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
