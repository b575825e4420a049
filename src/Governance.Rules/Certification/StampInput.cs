namespace Governance.Rules.Certification;

/// <summary>Who asks the resident for the certificate (索取证明的单位).</summary>
public enum Requester
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>A bank or other financial institution.</summary>
    Bank = 1,

    /// <summary>A school or kindergarten.</summary>
    School = 2,

    /// <summary>A court.</summary>
    Court = 3,

    /// <summary>An employer.</summary>
    Employer = 4,

    /// <summary>A government department.</summary>
    GovernmentDepartment = 5,

    /// <summary>A hospital or other medical institution.</summary>
    Hospital = 6,

    /// <summary>Another body.</summary>
    Other = 7,
}

/// <summary>A resident's request to a village or residents' committee for a certificate or a stamp.</summary>
public sealed record StampRequest
{
    /// <summary>What is asked, as free text (for example "开个亲属关系证明", "無犯罪記錄證明"); or null when <see cref="Code"/> is given.</summary>
    public string? Text { get; init; }

    /// <summary>A catalogue item code (for example <c>kinship</c>), when known.</summary>
    public string? Code { get; init; }

    /// <summary>Who asks the resident for it.</summary>
    public Requester Requester { get; init; }

    /// <summary>What it is for, in the resident's words.</summary>
    public string? Purpose { get; init; }
}

/// <summary>Sanity limits on certificate requests (not policy figures).</summary>
public static class StampLimits
{
    /// <summary>The longest text or purpose accepted, in characters.</summary>
    public const int MaxTextLength = Catalogues.CatalogueText.MaxLength;

    /// <summary>The longest item code accepted.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>How many nearest candidates a not-covered answer lists.</summary>
    public const int Candidates = 3;
}
