using System.Text;
using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Certification;

/// <summary>What the committee does with a certificate request.</summary>
public enum StampDecisionKind
{
    /// <summary>Issue it: it has a legal basis or is on the retained (or positive) list (应予出具).</summary>
    MustIssue = 0,

    /// <summary>It is on the negative list: the committee may refuse and send the applicant elsewhere (可不予盖章).</summary>
    MayRefuse = 1,

    /// <summary>Issue only after residents' deliberation and with the committee head's signature (须经议事并由负责人签字).</summary>
    NeedsDeliberation = 2,

    /// <summary>No confident match: the catalogue does not cover the request (the nearest items are listed; nothing is guessed).</summary>
    NotCovered = 3,

    /// <summary>
    /// It is on the national list of certificates committees should not issue (不应出具, 民发〔2020〕20号): the
    /// committee does not issue it and sends the applicant elsewhere.
    /// </summary>
    ShouldNotIssue = 4,

    /// <summary>
    /// The matched item is a placeholder (its wording or list is not from an official text): no confident answer can
    /// be given; the decision needs local confirmation (待核实). <see cref="StampOutcome.Unconfirmed"/> says why.
    /// </summary>
    NeedsConfirmation = 5,
}

/// <summary>Whether a fast-path decision could be made.</summary>
public enum StampStatus
{
    /// <summary>Decided.</summary>
    Decided = 0,

    /// <summary>The text or code was empty, too long or held control characters.</summary>
    InvalidInput = 1,

    /// <summary>The pack has no certificate catalogue in force on the date.</summary>
    NoCatalogueInForce = 2,
}

/// <summary>The fast-path decision (no explanation; see <see cref="StampDecider.Evaluate"/> for one).</summary>
public readonly record struct StampDecision
{
    internal StampDecision(StampStatus status, StampDecisionKind kind, CatalogueItem? item)
    {
        Status = status;
        Kind = kind;
        Item = item;
    }

    /// <summary>Whether a decision was made.</summary>
    public StampStatus Status { get; }

    /// <summary>The decision.</summary>
    public StampDecisionKind Kind { get; }

    /// <summary>The matched item (null when not covered).</summary>
    public CatalogueItem? Item { get; }
}

/// <summary>The decision on a certificate request, with basis, redirect and alternative evidence.</summary>
public sealed record StampOutcome
{
    /// <summary>The decision.</summary>
    public required StampDecisionKind Kind { get; init; }

    /// <summary>The matched item, when covered.</summary>
    public CatalogueItem? Item { get; init; }

    /// <summary>The item's list.</summary>
    public CatalogueList? List { get; init; }

    /// <summary>The item's category (for example one of the 12 categories), when the pack groups items.</summary>
    public CatalogueCategory? Category { get; init; }

    /// <summary>The basis of the decision (the item's citation).</summary>
    public Citation? Basis { get; init; }

    /// <summary>Where to send the applicant instead, with its provenance.</summary>
    public CatalogueDetail? Redirect { get; init; }

    /// <summary>What evidence the applicant can bring instead, with its provenance.</summary>
    public CatalogueDetail? Evidence { get; init; }

    /// <summary>
    /// What in the answer rests on a placeholder and needs local confirmation (待核实): the item itself, or where to
    /// send the applicant; each entry names the item and why. Empty when the whole answer rests on cited sources.
    /// </summary>
    public IReadOnlyList<LocalizedText> Unconfirmed { get; init; } = [];

    /// <summary>The nearest items when not covered (best first; empty otherwise).</summary>
    public IReadOnlyList<CatalogueItem> Candidates { get; init; } = [];

    /// <summary>Who asks for the certificate.</summary>
    public Requester Requester { get; init; }

    /// <summary>The purpose stated.</summary>
    public string? Purpose { get; init; }

    /// <summary>The text as asked, when the request was free text.</summary>
    public string? AskedText { get; init; }

    /// <summary>The decision date.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>The pack that decided, as <c>id@version</c>.</summary>
    public required string Pack { get; init; }

    /// <summary>The answer for people.</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>
    /// A printable refusal notice (不予出具证明告知书) in plain text: the committee does not issue the certificate,
    /// on what basis, where to go and what to bring. Null unless the decision is
    /// <see cref="StampDecisionKind.ShouldNotIssue"/> or <see cref="StampDecisionKind.MayRefuse"/>.
    /// </summary>
    /// <param name="language">The language (zh-Hans by default; en on request).</param>
    /// <returns>The notice, or null.</returns>
    public string? RefusalNotice(Language language = Language.ZhHans)
    {
        if (Kind is not (StampDecisionKind.ShouldNotIssue or StampDecisionKind.MayRefuse) || Item is null)
        {
            return null;
        }

        var en = language == Language.En;
        var t = new StringBuilder();
        t.AppendLine(en ? "NOTICE: CERTIFICATE NOT ISSUED" : "不予出具证明告知书").AppendLine();
        t.Append(en ? "Date: " : "日期：").AppendLine(en ? ExplanationBuilder.Date(AsOf) : ExplanationBuilder.DateZh(AsOf));
        t.Append(en ? "Certificate asked for: " : "申请事项：").AppendLine(en ? $"{Item.Name.En} ({Item.Name.ZhHans})" : Item.Name.ZhHans);
        if (Requester != Requester.Unspecified)
        {
            t.Append(en ? "Requested by: " : "索取单位：").AppendLine(RequesterName(Requester, language));
        }

        if (Purpose is not null)
        {
            t.Append(en ? "Purpose: " : "用途：").AppendLine(Purpose);
        }

        t.AppendLine();
        var basis = Basis is null ? null : en ? Basis.ToString() : Basis.ToChinese();
        var listName = List is null ? string.Empty : en ? List.Name.En : List.Name.ZhHans;
        t.AppendLine(en
            ? $"This certificate is on the list \"{listName}\"{(basis is null ? string.Empty : " (basis: " + basis + ")")}. This committee does not issue it."
            : $"经核，该证明事项列入{Quoted(listName)}{(basis is null ? string.Empty : "，依据为" + basis)}。本委员会不予出具。");
        if (Redirect is not null)
        {
            t.Append(en ? "Where to go: " : "办理去向：").Append(Redirect.Text.Get(language)).AppendLine(Mark(Redirect.Provenance, language));
        }

        if (Evidence is not null)
        {
            t.Append(en ? "What to bring: " : "所需材料：").Append(Evidence.Text.Get(language)).AppendLine(Mark(Evidence.Provenance, language));
        }

        t.AppendLine();
        t.AppendLine(en ? "Village (residents') committee" : "村（居）民委员会（盖章）");
        return t.ToString();
    }

    private static string Quoted(string name) => name.StartsWith('《') ? name : "《" + name + "》";

    private static string Mark(Provenance provenance, Language language) => provenance switch
    {
        Provenance.Official => string.Empty,
        Provenance.Reported => language == Language.En ? " (as reported; confirm with the local authority)" : "（据报道整理，请以当地部门公布为准）",
        _ => language == Language.En ? " (to be confirmed: not yet from an official text; ask the local civil-affairs office first)" : "（待核实：尚无正式文本依据，请先向当地民政部门确认）",
    };

    internal static string RequesterName(Requester requester, Language language) => (requester, language == Language.En) switch
    {
        (Requester.Bank, false) => "银行等金融机构",
        (Requester.School, false) => "学校",
        (Requester.Court, false) => "法院",
        (Requester.Employer, false) => "用人单位",
        (Requester.GovernmentDepartment, false) => "政府部门",
        (Requester.Hospital, false) => "医疗机构",
        (Requester.Other, false) => "其他单位",
        (Requester.Unspecified, false) => "未说明",
        (Requester.Bank, true) => "a bank or financial institution",
        (Requester.School, true) => "a school",
        (Requester.Court, true) => "a court",
        (Requester.Employer, true) => "an employer",
        (Requester.GovernmentDepartment, true) => "a government department",
        (Requester.Hospital, true) => "a medical institution",
        (Requester.Other, true) => "another body",
        _ => "not stated",
    };
}
