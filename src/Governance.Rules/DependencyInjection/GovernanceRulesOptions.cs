using Governance.Rules.Packs;

namespace Governance.Rules;

/// <summary>Options for <see cref="GovernanceRulesServiceCollectionExtensions.AddGovernanceRules"/>.</summary>
public sealed class GovernanceRulesOptions
{
    /// <summary>The pack to evaluate with: an embedded id (default <see cref="RulePacks.SuzhouId"/>) or the id of one of <see cref="LayerFiles"/>.</summary>
    public string PackId { get; set; } = RulePacks.SuzhouId;

    /// <summary>Extra pack layers read from files (a district layer, local overrides); validated at registration.</summary>
    public IList<string> LayerFiles { get; } = [];
}
