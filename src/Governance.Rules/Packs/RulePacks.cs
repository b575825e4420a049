using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Governance.Rules.Packs;

/// <summary>
/// The rule packs embedded in the library (national <c>cn</c>, Jiangsu <c>cn.js</c>, Suzhou <c>cn.js.suzhou</c>
/// and labelled example packs of other cities), and the entry point for loading a caller's own layers.
/// </summary>
/// <remarks>
/// Loading is strict and all-or-nothing: a pack with any error does not load, and every error names its
/// file and JSON path. Embedded packs are read once per process and shared; they are immutable.
/// </remarks>
public static class RulePacks
{
    /// <summary>The national layer (全国).</summary>
    public const string NationalId = "cn";

    /// <summary>The Jiangsu provincial layer (江苏省).</summary>
    public const string JiangsuId = "cn.js";

    /// <summary>The Suzhou city layer (苏州市), the default pack.</summary>
    public const string SuzhouId = "cn.js.suzhou";

    private const string ResourcePrefix = "RulePacks/";

    private static readonly Lazy<FrozenDictionary<string, RawLayer>> EmbeddedLayers = new(() => ReadEmbedded(out _));
    private static readonly ConcurrentDictionary<string, RulePack> Cache = new(StringComparer.Ordinal);

    /// <summary>The ids of the embedded pack layers.</summary>
    public static IReadOnlyList<string> EmbeddedIds => [.. EmbeddedLayers.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The embedded Suzhou pack (<c>cn.js.suzhou</c> with its ancestors).</summary>
    public static RulePack Suzhou => Load(SuzhouId);

    /// <summary>Loads an embedded pack by id; cached, so later calls return the same instance.</summary>
    /// <param name="id">The leaf layer's id.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="RulePackLoadException">No such pack, or it does not validate.</exception>
    public static RulePack Load(string id)
    {
        Guard.NotNull(id);
        if (Cache.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var pack = TryLoad(id, []).GetPackOrThrow();
        return Cache.GetOrAdd(id, pack);
    }

    /// <summary>Loads the pack whose leaf is <paramref name="id"/>, from the embedded layers and <paramref name="layers"/>.</summary>
    /// <param name="id">The leaf layer's id (embedded, or one of <paramref name="layers"/>).</param>
    /// <param name="layers">Extra layers: district layers, overrides, reforms. Their ids must not repeat an embedded id.</param>
    /// <returns>The pack, or every load error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RulePackLoadResult TryLoad(string id, params IEnumerable<RulePackSource> layers)
    {
        Guard.NotNull(id);
        var errors = new List<PackLoadError>();
        var all = Combine(EmbeddedLayers.Value, Guard.NotNull(layers), errors, out _);
        return RulePackLoader.Resolve(id, all, errors);
    }

    /// <summary>Loads a caller's layer as the leaf: its parent chain comes from the embedded layers and <paramref name="otherLayers"/>.</summary>
    /// <param name="leaf">The caller's leaf layer, for example a district pack or a reform.</param>
    /// <param name="otherLayers">Further caller layers between the leaf and the embedded ones.</param>
    /// <returns>The pack, or every load error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RulePackLoadResult TryLoad(RulePackSource leaf, params IEnumerable<RulePackSource> otherLayers)
    {
        Guard.NotNull(leaf);
        var errors = new List<PackLoadError>();
        var all = Combine(EmbeddedLayers.Value, [leaf, .. Guard.NotNull(otherLayers)], errors, out var ids);
        // Reading errors do not stop here: the leaf still resolves so that every independent error is reported at once.
        return ids.Count == 0 || all[ids[0]].Source != leaf.Name
            ? new RulePackLoadResult(null, ErrorOrder.InDocumentOrder(errors, all.Values))
            : RulePackLoader.Resolve(ids[0], all, errors);
    }

    /// <summary>
    /// Loads the pack to evaluate with when a caller supplies layer files: the deepest of <paramref name="layers"/>
    /// (the one no other layer names as its parent), or the pack named by <paramref name="packId"/>.
    /// </summary>
    /// <remarks>
    /// This is how <see cref="GovernanceRulesOptions.LayerFiles"/> and the tool's <c>--layer</c> choose the pack, so a
    /// district layer that is loaded is also used. The caller's layers must form one chain (each names the next as its
    /// parent, the last an embedded layer); layers that branch, loop or stand apart are a load error
    /// (<c>PACK_LAYERS_NOT_ONE_CHAIN</c>), never silently ignored. With no layers and no id the pack is Suzhou's.
    /// </remarks>
    /// <param name="packId">The pack to evaluate with, or null for the deepest layer loaded (Suzhou when there is none).</param>
    /// <param name="layers">The caller's layers.</param>
    /// <returns>The pack, or every load error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layers"/> is null.</exception>
    public static RulePackLoadResult TryLoadSelected(string? packId, IEnumerable<RulePackSource> layers)
    {
        var sources = Guard.NotNull(layers).ToArray();
        var errors = new List<PackLoadError>();
        var all = Combine(EmbeddedLayers.Value, sources, errors, out var ids);

        // A layer that could not be read at all (no id) or repeats an id leaves the chain unknown: choosing among the others
        // would only add errors that are consequences. Reading errors inside layers do not stop here: the chain still
        // resolves, so that every independent error is reported at once.
        if (ids.Count < sources.Length)
        {
            return new RulePackLoadResult(null, ErrorOrder.InDocumentOrder(errors, all.Values));
        }

        var before = errors.Count;
        var deepest = LayerChain.Deepest(all, ids, errors);
        if (errors.Count > before)
        {
            if (before > 0)
            {
                // After a reading error (a parent that did not read, say) the chain's shape is most likely its consequence.
                errors.RemoveRange(before, errors.Count - before);
            }

            return new RulePackLoadResult(null, ErrorOrder.InDocumentOrder(errors, all.Values));
        }

        return RulePackLoader.Resolve(packId ?? deepest ?? SuzhouId, all, errors);
    }

    /// <summary>Reads and resolves an embedded pack without any cache (what a cold start costs).</summary>
    internal static RulePackLoadResult LoadUncached(string id)
    {
        var layers = ReadEmbedded(out var errors);
        return RulePackLoader.Resolve(id, layers, errors);
    }

    private static Dictionary<string, RawLayer> Combine(
        IReadOnlyDictionary<string, RawLayer> embedded, IEnumerable<RulePackSource>? layers, List<PackLoadError> errors, out List<string> ids)
    {
        var all = new Dictionary<string, RawLayer>(embedded, StringComparer.Ordinal);
        ids = [];
        foreach (var source in layers ?? [])
        {
            if (source is null)
            {
                throw new ArgumentException("A layer source is null.", nameof(layers));
            }

            if (!source.TryRead(out var bytes, out var readError))
            {
                errors.Add(new PackLoadError("PACK_UNREADABLE", source.Name, "$", readError!));
                continue;
            }

            var layer = RulePackLoader.ReadLayer([(source.Name, bytes)], folder: false, errors);
            if (layer?.Id is null)
            {
                continue;
            }

            if (!all.TryAdd(layer.Id, layer))
            {
                errors.Add(new PackLoadError("PACK_DUPLICATE_LAYER", source.Name, "$.id", $"a layer with id '{layer.Id}' is already loaded; give an override its own id and name the original as its parent"));
                continue;
            }

            ids.Add(layer.Id);
        }

        return all;
    }

    private static FrozenDictionary<string, RawLayer> ReadEmbedded(out List<PackLoadError> errors)
    {
        errors = [];
        var assembly = typeof(RulePacks).Assembly;
        var layers = ReadFolders(assembly.GetManifestResourceNames().Select(n => (n, (Func<byte[]>)(() => ReadResource(assembly, n)))), errors);
        if (errors.Count > 0)
        {
            // An embedded pack that does not validate is a defect of the library itself.
            throw new RulePackLoadException(errors);
        }

        return layers;
    }

    private static byte[] ReadResource(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads the pack folders among <paramref name="resources"/>: each <c>RulePacks/FOLDER/*.json</c> group is one layer whose
    /// id must be its folder's name; other names are not packs and are not read.
    /// </summary>
    internal static FrozenDictionary<string, RawLayer> ReadFolders(IEnumerable<(string Name, Func<byte[]> Read)> resources, List<PackLoadError> errors)
    {
        var folders = resources
            .Where(r => r.Name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.Name.EndsWith(".json", StringComparison.Ordinal)
                && r.Name.LastIndexOf('/') > ResourcePrefix.Length)
            .GroupBy(r => r.Name[ResourcePrefix.Length..r.Name.LastIndexOf('/')], StringComparer.Ordinal);
        var layers = new Dictionary<string, RawLayer>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var layer = RulePackLoader.ReadLayer([.. folder.Select(r => (r.Name, r.Read()))], folder: true, errors);
            if (layer is null)
            {
                continue;
            }

            if (layer.Id != folder.Key)
            {
                errors.Add(new PackLoadError("PACK_ID_FOLDER_MISMATCH", layer.Source, "$.id", $"the layer id '{layer.Id}' differs from its folder '{folder.Key}'"));
                continue;
            }

            layers.Add(layer.Id, layer);
        }

        return layers.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
