using System.Collections.Frozen;
using Governance.Rules.Compensation;
using Governance.Rules.Staffing;

namespace Governance.Rules.Packs;

/// <summary>The parameter keys and sections a pack may hold; each rule area contributes its own.</summary>
internal static class KnownPackContent
{
    public static readonly FrozenDictionary<string, ParameterDefinition> Parameters = Build(
        StaffingParameters.All,
        ElderlyCare.ElderlyParameters.All,
        TaskAdmission.AdmissionParameters.All,
        Certification.CertificationParameters.All,
        PayParameters.All);

    public static readonly IReadOnlyList<PackSection> Sections = [new Catalogues.CatalogueSection()];

    /// <summary>Checks across parameters, run once every value has read.</summary>
    public static readonly IReadOnlyList<PackCheck> Checks = [ElderlyCare.AgeBandChain.Check];

    private static FrozenDictionary<string, ParameterDefinition> Build(params IEnumerable<ParameterDefinition>[] areas)
    {
        var all = new Dictionary<string, ParameterDefinition>(StringComparer.Ordinal);
        foreach (var definition in areas.SelectMany(a => a))
        {
            all.Add(definition.Key, definition);
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
