using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.TaskAdmission;

/// <summary>The decision of an admission review.</summary>
public enum AdmissionDecision
{
    /// <summary>The item is already on a list in force (已准入): the community does it.</summary>
    AlreadyAdmitted = 0,

    /// <summary>No reason to refuse: the item may be admitted, subject to the approving body's decision in the adjustment cycle.</summary>
    AdmissibleSubjectToApproval = 1,

    /// <summary>The item may not be pushed down; every reason is given.</summary>
    Refused = 2,

    /// <summary>
    /// 待核实: no confident answer can be given. Either the item matched is on a list only as a placeholder (its wording
    /// is not from an official text; the reason <see cref="AdmissionReasons.PlaceholderItem"/> names the item), or every
    /// reason to refuse rests on a rule the pack holds only as a placeholder (the reasons are listed as for a refusal,
    /// each with its placeholder provenance).
    /// </summary>
    NeedsConfirmation = 3,
}

/// <summary>The reasons an admission review gives, as flags (each with its source in the full result).</summary>
[Flags]
public enum AdmissionReasons
{
    /// <summary>No reason.</summary>
    None = 0,

    /// <summary>No legal basis offered (无法律法规依据).</summary>
    NoLegalBasis = 1,

    /// <summary>A prohibited kind of task (招商引资、协税护税、创收、执法、拆迁…).</summary>
    ProhibitedKind = 2,

    /// <summary>Funds do not follow the task (费随事转).</summary>
    FundsNotFollowing = 4,

    /// <summary>Authority does not follow the task (权随责转).</summary>
    AuthorityNotFollowing = 8,

    /// <summary>A rating or assessment not on the ratings list (未经审批的评比考核).</summary>
    RatingNotOnList = 16,

    /// <summary>A one-vote veto (一票否决).</summary>
    OneVoteVeto = 32,

    /// <summary>A plaque demanded (挂牌).</summary>
    PlaqueBan = 64,

    /// <summary>Ledgers or paper trails demanded (台账、留痕).</summary>
    LedgerBan = 128,

    /// <summary>App check-ins demanded (APP打卡).</summary>
    AppCheckInBan = 256,

    /// <summary>Repeated data reporting demanded (重复报送).</summary>
    RepeatedReportingBan = 512,

    /// <summary>Outside the adjustment cycle (不在名录调整周期内).</summary>
    OutsideCycle = 1024,

    /// <summary>The matched list item is a placeholder: the answer needs local confirmation (待核实).</summary>
    PlaceholderItem = 2048,
}

/// <summary>
/// The one spelling of each admission reason, used alike in outcome codes and explanation rule ids
/// (<c>admission.reason.&lt;code&gt;</c>): lower-case words joined by hyphens, for example <c>no-legal-basis</c>.
/// </summary>
public static class AdmissionReasonCodes
{
    /// <summary>The code of a single reason.</summary>
    /// <param name="reason">One flag of <see cref="AdmissionReasons"/>.</param>
    /// <returns>The code, for example <c>prohibited-kind</c>.</returns>
    public static string Of(AdmissionReasons reason)
    {
        var name = reason.ToString();
        var b = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                b.Append('-');
            }

            b.Append(char.ToLowerInvariant(name[i]));
        }

        return b.ToString();
    }
}

/// <summary>Whether a fast-path review could be made.</summary>
public enum AdmissionStatus
{
    /// <summary>Reviewed.</summary>
    Reviewed = 0,

    /// <summary>The list type or demand flags were not valid.</summary>
    InvalidInput = 1,

    /// <summary>The pack has no admission rules or catalogue in force on the date.</summary>
    NoPolicyInForce = 2,
}

/// <summary>The facts of a work item for the allocation-free fast path.</summary>
/// <param name="ListType">The list sought.</param>
/// <param name="HasLegalBasis">Whether a legal basis is offered.</param>
/// <param name="Resources">The resources committed.</param>
/// <param name="Demands">The burdens asked of the community.</param>
/// <param name="ItemCode">The catalogue item named, if any.</param>
/// <param name="RequestedStart">The requested start; null means the review date.</param>
/// <param name="ArisesFromLegalChange">Whether the item arises from a legal change.</param>
public readonly record struct AdmissionFacts(
    AdmissionListType ListType,
    bool HasLegalBasis,
    ResourcesCommitted Resources,
    WorkItemDemands Demands = WorkItemDemands.None,
    string? ItemCode = null,
    LocalDate? RequestedStart = null,
    bool ArisesFromLegalChange = false);

/// <summary>The fast-path verdict (no explanation; see <see cref="AdmissionReviewer.Evaluate"/> for one).</summary>
public readonly record struct AdmissionVerdict
{
    internal AdmissionVerdict(AdmissionStatus status, AdmissionDecision decision, AdmissionReasons reasons, CatalogueItem? item, LocalDate? nextAdjustment)
    {
        Status = status;
        Decision = decision;
        Reasons = reasons;
        Item = item;
        NextAdjustment = nextAdjustment;
    }

    /// <summary>Whether the review was made; when not, the other members are defaults.</summary>
    public AdmissionStatus Status { get; }

    /// <summary>The decision.</summary>
    public AdmissionDecision Decision { get; }

    /// <summary>Every reason found.</summary>
    public AdmissionReasons Reasons { get; }

    /// <summary>The admitted item, when already admitted.</summary>
    public CatalogueItem? Item { get; }

    /// <summary>The next date the catalogue is adjusted on, when the pack defines the cycle.</summary>
    public LocalDate? NextAdjustment { get; }
}

/// <summary>One reason of a review with its source.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Message">The reason for people.</param>
/// <param name="Citation">The source of the rule.</param>
/// <param name="Provenance">How far the rule's source can be trusted.</param>
/// <param name="Layer">The pack layer that supplied the rule.</param>
/// <param name="Note">The pack's note on the rule (confidence, paraphrase).</param>
public sealed record AdmissionReasonDetail(AdmissionReasons Reason, LocalizedText Message, Citation? Citation, Provenance Provenance, string Layer, string? Note)
{
    /// <summary>The reason's code, spelled as in explanation rule ids (see <see cref="AdmissionReasonCodes"/>).</summary>
    public string Code => AdmissionReasonCodes.Of(Reason);
}

/// <summary>A prohibited kind found in a work item's title by one of its trigger terms.</summary>
/// <param name="Kind">The kind's code, for example <c>investment-attraction</c>.</param>
/// <param name="Term">The term found in the title, for example 招商引资.</param>
public sealed record ProhibitedKindFound(string Kind, string Term);

/// <summary>The outcome of an admission review.</summary>
public sealed record AdmissionOutcome
{
    /// <summary>The decision.</summary>
    public required AdmissionDecision Decision { get; init; }

    /// <summary>Every reason with its source (for an admitted item: the burdens it may not impose).</summary>
    public required IReadOnlyList<AdmissionReasonDetail> Reasons { get; init; }

    /// <summary>The reasons as flags.</summary>
    public AdmissionReasons ReasonFlags => Reasons.Aggregate(AdmissionReasons.None, (a, r) => a | r.Reason);

    /// <summary>The admitted item (list, code, basis), when already admitted.</summary>
    public CatalogueItem? Item { get; init; }

    /// <summary>Prohibited kinds the title names by a trigger term (the caller's own tags are in the request).</summary>
    public IReadOnlyList<ProhibitedKindFound> KindsFoundInTitle { get; init; } = [];

    /// <summary>The list of the admitted item.</summary>
    public CatalogueList? List { get; init; }

    /// <summary>Who decides admission (for Suzhou: the city joint meeting), when the pack names it.</summary>
    public LocalizedText? ApprovingBody { get; init; }

    /// <summary>The adjustment cycle in months, when the pack defines it.</summary>
    public int? AdjustmentCycleMonths { get; init; }

    /// <summary>The next adjustment date on or after the review date, when the pack defines the cycle.</summary>
    public LocalDate? NextAdjustment { get; init; }
}

/// <summary>The answer to a community worker's question "is this request on a list? may I refuse it?".</summary>
public sealed record ListCheckOutcome
{
    /// <summary>True when the request is on a list in force: the community does it.</summary>
    public required bool OnList { get; init; }

    /// <summary>True when the community may refuse (not admitted, and the pack says unlisted items may be refused).</summary>
    public required bool MayRefuse { get; init; }

    /// <summary>True when the text named several items and no answer is given (see <see cref="Candidates"/>).</summary>
    public bool Ambiguous { get; init; }

    /// <summary>The item, when on a list.</summary>
    public CatalogueItem? Item { get; init; }

    /// <summary>
    /// True when the answer needs local confirmation (待核实); <see cref="MayRefuse"/> is then false. Either the item is
    /// on a list only as a placeholder (<see cref="OnList"/> true: whether the community must take it on is not known),
    /// or it is on no list and the rule that unlisted items may be refused is held only as a placeholder
    /// (<see cref="OnList"/> false).
    /// </summary>
    public bool NeedsConfirmation { get; init; }

    /// <summary>The item's list, when on a list.</summary>
    public CatalogueList? List { get; init; }

    /// <summary>The basis: the item's citation when on a list, or the admission rule's citation when not.</summary>
    public Citation? Basis { get; init; }

    /// <summary>The nearest items when there is no confident match.</summary>
    public IReadOnlyList<CatalogueItem> Candidates { get; init; } = [];

    /// <summary>The answer for people.</summary>
    public required LocalizedText Message { get; init; }
}
