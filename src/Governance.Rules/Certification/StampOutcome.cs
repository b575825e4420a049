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
    /// A printable refusal notice (不予出具证明告知书) in plain text with the basis, where to go and what to bring,
    /// or null unless the decision is <see cref="StampDecisionKind.MayRefuse"/>.
    /// </summary>
    /// <param name="language">The language (zh-Hans by default; en on request).</param>
    /// <returns>The notice, or null.</returns>
    public string? RefusalNotice(Language language = Language.ZhHans)
    {
        if (Kind != StampDecisionKind.MayRefuse || Item is null)
        {
            return null;
        }

        var en = language == Language.En;
        var t = new StringBuilder();
        t.AppendLine(en ? "NOTICE OF REFUSAL TO ISSUE A CERTIFICATE" : "不予出具证明告知书").AppendLine();
        t.Append(en ? "Date: " : "日期：").AppendLine(ExplanationBuilder.Date(AsOf));
        t.Append(en ? "Certificate asked for: " : "申请事项：").Append(Item.Name.Get(language)).Append(" (").Append(Item.Code).AppendLine(")");
        if (Category is not null)
        {
            t.Append(en ? "Category: " : "所属类别：").Append(Category.Name.Get(language));
            if (Category.Provenance == Provenance.Placeholder)
            {
                t.Append(en ? " (placeholder grouping, not an official list)" : "（占位分类，非正式清单）");
            }

            t.AppendLine();
        }

        if (Requester != Requester.Unspecified)
        {
            t.Append(en ? "Requested by: " : "索取单位：").AppendLine(RequesterName(Requester, language));
        }

        if (Purpose is not null)
        {
            t.Append(en ? "Purpose: " : "用途：").AppendLine(Purpose);
        }

        t.AppendLine();
        t.AppendLine(en
            ? $"Under {Basis}, villagers' and residents' committees no longer issue this certificate. The committee declines to issue or stamp it."
            : $"根据{Basis}，该证明事项已不再由村（居）民委员会出具，本委员会不予出具、不予盖章。");
        if (Redirect is not null)
        {
            t.Append(en ? "Where to go instead: " : "请前往：").Append(Redirect.Text.Get(language)).Append(' ').AppendLine(Mark(Redirect.Provenance, language));
        }

        if (Evidence is not null)
        {
            t.Append(en ? "Evidence you can bring instead: " : "可提供的替代材料：").Append(Evidence.Text.Get(language)).Append(' ').AppendLine(Mark(Evidence.Provenance, language));
        }

        t.AppendLine();
        t.Append(en ? "Decided under rule pack " : "依据规则包：").Append(Pack).Append(en ? ", item from layer " : "，事项来自 ").Append(Item.Layer).AppendLine(en ? "." : " 层。");
        return t.ToString();
    }

    private static string Mark(Provenance provenance, Language language) => provenance switch
    {
        Provenance.Official => string.Empty,
        Provenance.Reported => language == Language.En ? "(as reported; confirm with the local authority)" : "（据报道整理，请以当地部门公布为准）",
        _ => language == Language.En ? "(placeholder; to be confirmed by the local authority)" : "（占位内容，待当地部门确认）",
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
