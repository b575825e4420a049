using NodaTime;

namespace Governance.Rules.TaskAdmission;

/// <summary>The list a department seeks for a work item (the four lists, 四份清单).</summary>
public enum AdmissionListType
{
    /// <summary>依法履职事项: a duty of the committee under the organic laws.</summary>
    StatutoryDuty = 0,

    /// <summary>协助政府工作事项: work the committee assists government with.</summary>
    Assisting = 1,

    /// <summary>达标评比/创建示范事项: a rating or creation campaign.</summary>
    Rating = 2,

    /// <summary>盖章/出具证明事项: stamping or certification.</summary>
    Stamping = 3,
}

/// <summary>Burdens a work item asks of the community (减负 concerns), as flags.</summary>
[Flags]
public enum WorkItemDemands
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Hanging a plaque (挂牌子).</summary>
    Plaques = 1,

    /// <summary>Keeping ledgers or paper trails (台账、留痕).</summary>
    Ledgers = 2,

    /// <summary>Check-ins, rankings or online-time counts in an app (APP打卡).</summary>
    AppCheckIns = 4,

    /// <summary>Reporting the same data again (重复报送).</summary>
    RepeatedReporting = 8,

    /// <summary>A separate rating, assessment or inspection of the community (单独评比考核).</summary>
    SeparateRating = 16,

    /// <summary>A one-vote veto (一票否决).</summary>
    OneVoteVeto = 32,
}

/// <summary>What the requesting department commits with the task (费随事转、权随责转、人随事转).</summary>
/// <param name="Funds">Funding is transferred.</param>
/// <param name="StaffOrEquipment">Staff or equipment are provided.</param>
/// <param name="Authority">The authority needed is delegated.</param>
/// <param name="TimeLimit">A time limit is stated.</param>
public readonly record struct ResourcesCommitted(bool Funds, bool StaffOrEquipment, bool Authority, bool TimeLimit);

/// <summary>
/// A work item that a department wants to push down to villages or communities, for admission review (准入审查).
/// </summary>
public sealed record WorkItemRequest
{
    /// <summary>The item's title (1 to <see cref="AdmissionLimits.MaxTextLength"/> characters, no control characters).</summary>
    public required string Title { get; init; }

    /// <summary>The requesting department.</summary>
    public required string RequestingDepartment { get; init; }

    /// <summary>The list sought.</summary>
    public AdmissionListType ListType { get; init; }

    /// <summary>The legal-basis citations offered (laws, regulations, party rules); empty when none.</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>The resources committed with the task.</summary>
    public ResourcesCommitted Resources { get; init; }

    /// <summary>The burdens the item asks of the community.</summary>
    public WorkItemDemands Demands { get; init; }

    /// <summary>Codes of prohibited kinds the item falls under (see the pack's <c>admission.prohibited_kinds</c>).</summary>
    public IReadOnlyList<string> ProhibitedKinds { get; init; } = [];

    /// <summary>
    /// Codes of prohibited kinds the caller states do not apply although the title names one of their trigger terms
    /// (for example a title that mentions 招商引资 only to exclude it).
    /// </summary>
    public IReadOnlyList<string> KindsNotApplicable { get; init; } = [];

    /// <summary>The catalogue item the department says the task is, when it names one.</summary>
    public string? ItemCode { get; init; }

    /// <summary>The day the task should start; null means the review date.</summary>
    public LocalDate? RequestedStart { get; init; }

    /// <summary>True when the item arises from a change in law or policy (an adjustment outside the annual cycle is then allowed).</summary>
    public bool ArisesFromLegalChange { get; init; }
}

/// <summary>A community worker's question: is this request on a list on this date, and may I refuse it?</summary>
public sealed record ListCheckRequest
{
    /// <summary>What is asked, as free text (for example "开具生育服务登记") — or null when <see cref="ItemCode"/> is given.</summary>
    public string? Text { get; init; }

    /// <summary>A catalogue item code, when known.</summary>
    public string? ItemCode { get; init; }
}

/// <summary>Sanity limits on admission inputs (not policy figures).</summary>
public static class AdmissionLimits
{
    /// <summary>The longest title, department or legal-basis text accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The most legal-basis citations or prohibited kinds in one request.</summary>
    public const int MaxEntries = 50;
}
