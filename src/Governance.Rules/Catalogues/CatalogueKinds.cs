using System.Collections.Frozen;

namespace Governance.Rules.Catalogues;

/// <summary>
/// The catalogues a pack may hold, the list kinds each allows and the detail keys its items may carry.
/// A kind says what membership of a list means to the rule area that reads it; it is not a policy figure.
/// </summary>
public static class CatalogueKinds
{
    /// <summary>The id of the work-item admission catalogue (社区工作事项准入名录).</summary>
    public const string Admission = "admission";

    /// <summary>The id of the certificate catalogue (村(社区)出具证明事项).</summary>
    public const string Certification = "certification";

    /// <summary>依法履职事项: duties of the committee under the organic laws.</summary>
    public const string StatutoryDuty = "statutory-duty";

    /// <summary>协助政府工作事项: work the committee assists government with.</summary>
    public const string Assisting = "assisting";

    /// <summary>达标评比/创建示范事项: ratings and creation campaigns.</summary>
    public const string Rating = "rating";

    /// <summary>盖章/出具证明事项: stamping and certification the committee keeps doing (retained).</summary>
    public const string Stamping = "stamping";

    /// <summary>The committee issues the certificate (a legal basis or a retained/positive list).</summary>
    public const string MustIssue = "must-issue";

    /// <summary>可不予盖章: the committee may refuse to stamp the certificate (a local negative list, such as Suzhou's).</summary>
    public const string MayRefuse = "may-refuse";

    /// <summary>
    /// 不应出具: the committee should not issue the certificate at all (the national list
    /// 《不应由基层群众性自治组织出具证明事项清单（第一批）》, 民发〔2020〕20号).
    /// </summary>
    public const string ShouldNotIssue = "should-not-issue";

    /// <summary>Issued only after residents' deliberation and with the committee head's signature.</summary>
    public const string NeedsDeliberation = "needs-deliberation";

    /// <summary>The detail key of where to send the applicant instead.</summary>
    public const string RedirectDetail = "redirect";

    /// <summary>The detail key of the alternative evidence to bring.</summary>
    public const string EvidenceDetail = "evidence";

    /// <summary>The detail key of a legal-basis paraphrase.</summary>
    public const string BasisDetail = "basis";

    internal static readonly FrozenDictionary<string, (FrozenSet<string> ListKinds, FrozenSet<string> DetailKeys)> Schemas =
        new Dictionary<string, (FrozenSet<string>, FrozenSet<string>)>(StringComparer.Ordinal)
        {
            [Admission] = (new[] { StatutoryDuty, Assisting, Rating, Stamping }.ToFrozenSet(StringComparer.Ordinal), new[] { BasisDetail }.ToFrozenSet(StringComparer.Ordinal)),
            [Certification] = (new[] { MustIssue, MayRefuse, ShouldNotIssue, NeedsDeliberation }.ToFrozenSet(StringComparer.Ordinal), new[] { RedirectDetail, EvidenceDetail, BasisDetail }.ToFrozenSet(StringComparer.Ordinal)),
            // 养老服务待遇申请材料: per benefit of the elderly-care calculator (item code = benefit code), what to bring; read by the service's page.
            ["elderly-care"] = (new[] { "application-materials" }.ToFrozenSet(StringComparer.Ordinal), new[] { EvidenceDetail }.ToFrozenSet(StringComparer.Ordinal)),
        }.ToFrozenDictionary(StringComparer.Ordinal);
}
