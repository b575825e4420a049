using Governance.Rules.Packs;

namespace Governance.Rules;

/// <summary>Options for <see cref="GovernanceRulesServiceCollectionExtensions.AddGovernanceRules"/>.</summary>
public sealed class GovernanceRulesOptions
{
    /// <summary>
    /// The pack to evaluate with: an embedded id or the id of one of <see cref="LayerFiles"/>. Null (the default)
    /// means the deepest of <see cref="LayerFiles"/>, or <see cref="RulePacks.SuzhouId"/> when there are none.
    /// </summary>
    public string? PackId { get; set; }

    /// <summary>
    /// Extra pack layers read from files (a district layer, local overrides); validated at registration. They must form
    /// one chain (each names the next as its parent); unless <see cref="PackId"/> names another pack, the deepest is used.
    /// </summary>
    public IList<string> LayerFiles { get; } = [];
}
