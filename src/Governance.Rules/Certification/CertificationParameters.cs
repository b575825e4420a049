using Governance.Rules.Packs;

namespace Governance.Rules.Certification;

/// <summary>The certificate-list parameters a pack may hold.</summary>
public static class CertificationParameters
{
    /// <summary>
    /// How many certificates the published list counts (national first batch 20; Hubei 21; Zhejiang 28), so a
    /// result can say when the pack holds fewer items than the document lists.
    /// </summary>
    public static readonly ParameterDefinition<int> PublishedListSize = ParameterDefinition.Integer("certification.published_list_size", minimum: 0, maximum: 10_000);

    /// <summary>
    /// How many categories the locality's negative list counts (Suzhou: 12类, reported by 陈正峰's 2022 article), so a
    /// result can say when the pack's grouping does not match the published count.
    /// </summary>
    public static readonly ParameterDefinition<int> NegativeListCategories = ParameterDefinition.Integer("certification.negative_list_categories", minimum: 1);

    /// <summary>All certification definitions.</summary>
    public static IReadOnlyList<ParameterDefinition> All { get; } = [PublishedListSize, NegativeListCategories];
}
