namespace Governance.Rules.Packs;

/// <summary>
/// A check over several parameters of a resolved pack that no single value can make alone, for example that the
/// 尊老金 age bands meet without overlap or gap on every date. Registered in <see cref="KnownPackContent.Checks"/>.
/// </summary>
/// <param name="parameters">The parameters whose every value read; a parameter with an error is left out.</param>
/// <param name="errors">Where to report problems, each with the file and JSON path of the entry in force.</param>
internal delegate void PackCheck(ResolvedParameters parameters, List<PackLoadError> errors);

/// <summary>The timelines of a pack being resolved, with where each entry was written, for cross-parameter checks.</summary>
internal sealed class ResolvedParameters
{
    private readonly Dictionary<string, (ParameterTimeline Timeline, (string Source, string Path)[] Entries)> _sound = new(StringComparer.Ordinal);

    /// <summary>Adds a timeline whose every value read, with the file and JSON path of each entry.</summary>
    public void Add(ParameterTimeline timeline, (string Source, string Path)[] entries) => _sound[timeline.Key] = (timeline, entries);

    /// <summary>The timeline of <paramref name="definition"/>, or null when the pack has none or one of its values is wrong.</summary>
    public ParameterTimeline<T>? Timeline<T>(ParameterDefinition<T> definition) =>
        _sound.TryGetValue(definition.Key, out var found) ? found.Timeline as ParameterTimeline<T> : null;

    /// <summary>An error at entry <paramref name="index"/> of <paramref name="definition"/>'s timeline, <paramref name="below"/> its value.</summary>
    public PackLoadError Error(string code, ParameterDefinition definition, int index, string below, string message)
    {
        var (source, path) = _sound[definition.Key].Entries[index];
        return new PackLoadError(code, source, path + ".value" + below, message);
    }
}
