namespace Governance.Rules.Packs;

/// <summary>
/// The places where reading already found an error: a parameter, citation or catalogue written there is left out of
/// later checks, so one mistake is reported once rather than again as each check that depends on it.
/// </summary>
internal sealed class DamagedParts
{
    private readonly (string Source, string Path)[] _errors;

    /// <summary>Takes the errors found so far (a snapshot: later errors do not count).</summary>
    public DamagedParts(IEnumerable<PackLoadError> errors) => _errors = [.. errors.Select(e => (e.Source, e.Path))];

    /// <summary>True when an error was found at <paramref name="path"/> of <paramref name="source"/>, or below it.</summary>
    public bool Contains(string source, string path)
    {
        foreach (var (s, p) in _errors)
        {
            if (s == source && p.StartsWith(path, StringComparison.Ordinal) && (p.Length == path.Length || p[path.Length] is '.' or '['))
            {
                return true;
            }
        }

        return false;
    }
}
