using System.Text.Json;
using Governance.Rules.Packs;
using Governance.Rules.Time;
using Microsoft.Extensions.Options;
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
        _callerLayers = new(ReadCallerLayers);
    }

    public RulePack Pack { get; }

    public IClock Clock { get; }

    public GovernanceRulesApiOptions Options { get; }

    /// <summary>The pack as <c>id@version</c>, sent in the <c>X-Rules-Pack</c> header.</summary>
    public string PackTag { get; }

    public JsonDocumentOptions DocumentOptions { get; }

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
