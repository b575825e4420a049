using System.Text.Json;
using Governance.Rules.Json;
using Governance.Rules.Packs;
using Governance.Rules.Time;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NodaTime;

namespace Governance.Rules.AspNetCore;

/// <summary>What every endpoint shares: the pack, the clock, the limits. Immutable after start-up; nothing is kept between requests.</summary>
internal sealed class GovernanceRulesApi
{
    private readonly Lazy<IReadOnlyList<RulePackSource>> _callerLayers;

    public GovernanceRulesApi(RulePack pack, IClock clock, IOptions<GovernanceRulesApiOptions> options)
    {
        Pack = pack;
        Clock = clock;
        Options = options.Value;
        PackTag = $"{pack.Id}@{pack.Version}";
        DocumentOptions = new JsonDocumentOptions { MaxDepth = Options.MaxJsonDepth };
        ReadsBodyDirectly = Options.MaxJsonDepth >= RulesJson.MaxDepth;
        PackHeaderValue = new StringValues(PackTag);
        PackHashHeaderValue = new StringValues(pack.ContentHash);
        _callerLayers = new(ReadCallerLayers);
    }

    public RulePack Pack { get; }

    public IClock Clock { get; }

    public GovernanceRulesApiOptions Options { get; }

    /// <summary>The pack as <c>id@version</c>, sent in the <c>X-Rules-Pack</c> header.</summary>
    public string PackTag { get; }

    public JsonDocumentOptions DocumentOptions { get; }

    /// <summary>
    /// True when a request body may go straight from its bytes to the area's request type: the configured depth limit
    /// is no lower than the strict reader's own, so the reader refuses everything the limit would. A body the reader
    /// refuses is then parsed again to say where and why, as before.
    /// </summary>
    public bool ReadsBodyDirectly { get; }

    /// <summary>The <c>X-Rules-Pack</c> header value, made once.</summary>
    public StringValues PackHeaderValue { get; }

    /// <summary>The <c>X-Rules-Pack-Hash</c> header value, made once.</summary>
    public StringValues PackHashHeaderValue { get; }

    /// <summary>
    /// The stamp of the pack on <paramref name="asOf"/> as compact UTF-8 JSON. The last date asked for is kept (almost
    /// every request asks for today or the same date), so the stamp is written once a date, not once a request.
    /// </summary>
    public byte[] StampJson(LocalDate asOf)
    {
        var last = _lastStamp;
        if (last is not null && last.AsOf == asOf)
        {
            return last.Json;
        }

        var made = new StampBytes(asOf, JsonSerializer.SerializeToUtf8Bytes(Pack.Stamp(asOf), RulesJson.Compact));
        _lastStamp = made;
        return made.Json;
    }

    private volatile StampBytes? _lastStamp;

    private sealed record StampBytes(LocalDate AsOf, byte[] Json);

    /// <summary>Today in China time (Asia/Shanghai).</summary>
    public LocalDate Today => ChinaTime.Today(Clock);

    /// <summary>
    /// The layers of the pack that are not embedded in the library (a district layer from configuration), read once
    /// into memory so a reform in a diff request can name them as its parent.
    /// </summary>
    public IReadOnlyList<RulePackSource> CallerLayers => _callerLayers.Value;

    private IReadOnlyList<RulePackSource> ReadCallerLayers()
    {
        var embedded = RulePacks.EmbeddedIds.ToHashSet(StringComparer.Ordinal);
        var sources = new List<RulePackSource>();
        foreach (var layer in Pack.Layers.Where(l => !embedded.Contains(l.Id)))
        {
            if (File.Exists(layer.Source))
            {
                using var stream = File.OpenRead(layer.Source);
                sources.Add(RulePackSource.FromStream(stream, layer.Id));
            }
        }

        return sources;
    }
}
