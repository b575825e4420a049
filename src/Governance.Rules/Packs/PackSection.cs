using Governance.Rules.Citations;

namespace Governance.Rules.Packs;

/// <summary>
/// A top-level section of pack documents beside <c>citations</c> and <c>parameters</c> that a rule area
/// reads itself (for example the dated catalogues of the lists). Registered in <see cref="KnownPackContent"/>.
/// </summary>
internal abstract class PackSection
{
    /// <summary>The JSON property name of the section.</summary>
    public abstract string Name { get; }

    /// <summary>A fresh, mutable holder for one layer's content of the section.</summary>
    public abstract object CreateLayerState();

    /// <summary>Reads one document's section into the layer's state, reporting errors with paths.</summary>
    public abstract void Read(object layerState, JsonValueContext section, List<PackLoadError> errors);

    /// <summary>Merges the layers (root first) into the typed section stored in the pack, or null on errors.</summary>
    public abstract object? Resolve(IReadOnlyList<SectionLayer> chain, List<PackLoadError> errors);
}

/// <summary>One layer's content of a section, with its citations.</summary>
/// <param name="Layer">The layer.</param>
/// <param name="State">The state made by <see cref="PackSection.CreateLayerState"/>.</param>
/// <param name="FindCitation">Finds a citation visible from the layer.</param>
/// <param name="IsDamaged">True when reading found an error at a (file, JSON path) or below it: leave that part out of the checks.</param>
internal sealed record SectionLayer(RulePackLayer Layer, object State, Func<string, Citation?> FindCitation, Func<string, string, bool> IsDamaged);

/// <summary>A JSON element with the document it comes from and its JSON path, for error reports.</summary>
/// <param name="Element">The element.</param>
/// <param name="Source">The document's name.</param>
/// <param name="Path">The element's JSON path.</param>
internal readonly record struct JsonValueContext(System.Text.Json.JsonElement Element, string Source, string Path)
{
    public JsonValueContext Property(string name, System.Text.Json.JsonElement value) =>
        new(value, Source, JsonPaths.Property(Path, name));

    public JsonValueContext Item(int index, System.Text.Json.JsonElement value) =>
        new(value, Source, Path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");

    public PackLoadError Error(string code, string message) => new(code, Source, Path, message);
}

internal static class JsonPaths
{
    public static string Property(string path, string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return path + "." + name;
    }
}
