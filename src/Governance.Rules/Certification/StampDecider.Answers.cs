using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Results;

namespace Governance.Rules.Certification;

// What the decider answers for a matched item (decision, message, what is unconfirmed, warnings), made once per item version.
public sealed partial class StampDecider
{
    private static void StepItem(ExplanationBuilder x, ItemAnswer answer, CatalogueItem item) =>
        x.Step(
            "certification." + KindWord(answer.Kind),
            () => answer.Message,
            null,
            ExplanationBuilder.Value("item", item.Code),
            ExplanationBuilder.Value("list", answer.List.Code),
            ExplanationBuilder.Value("layer", item.Layer));

    /// <summary>What the decider answers for an item, whatever the request and date: made once per item version.</summary>
    private ItemAnswer Answer(CatalogueItem item)
    {
        var kind = KindOf(item);
        var list = ListOf(item);
        var redirect = item.Detail(CatalogueKinds.RedirectDetail);
        var evidence = item.Detail(CatalogueKinds.EvidenceDetail);
        var unconfirmed = Unconfirmed(item, list, redirect, evidence);
        var warnings = new ExplanationBuilder(explain: false);
        Warn(warnings, item, redirect, evidence);
        return new ItemAnswer(kind, list, redirect, evidence, [.. unconfirmed], Message(kind, item, list, redirect, evidence, unconfirmed), warnings.Warnings);
    }

    /// <summary>The answer for one item version (shared between results: every member is immutable).</summary>
    private sealed record ItemAnswer(
        StampDecisionKind Kind, CatalogueList List, CatalogueDetail? Redirect, CatalogueDetail? Evidence, IReadOnlyList<LocalizedText> Unconfirmed, LocalizedText Message, IReadOnlyList<RuleWarning> Warnings);

    /// <summary>What in the answer rests on a placeholder: the item (its wording or list) and where to go.</summary>
    private static List<LocalizedText> Unconfirmed(CatalogueItem item, CatalogueList list, CatalogueDetail? redirect, CatalogueDetail? evidence)
    {
        var list1 = new List<LocalizedText>(2);
        if (item.Provenance == Provenance.Placeholder)
        {
            list1.Add(new LocalizedText(
                $"“{item.Name.ZhHans}”列入“{list.Name.ZhHans}”系占位内容，尚未取得正式文本，是否出具待核实。",
                $"'{item.Name.En}' ({item.Name.ZhHans}) is on the list '{list.Name.En}' only as a placeholder: no official text is held yet, so whether to issue it needs confirmation."));
        }

        if (redirect is { Provenance: Provenance.Placeholder } || evidence is { Provenance: Provenance.Placeholder })
        {
            list1.Add(new LocalizedText(
                $"“{item.Name.ZhHans}”的办理去向和所需材料系占位内容，尚无正式文本依据，待核实。",
                $"Where to send the applicant for '{item.Name.En}' ({item.Name.ZhHans}) and what to bring are placeholders, not yet from an official text: they need confirmation."));
        }

        return list1;
    }

    private static LocalizedText Message(StampDecisionKind kind, CatalogueItem item, CatalogueList list, CatalogueDetail? redirect, CatalogueDetail? evidence, List<LocalizedText> unconfirmed)
    {
        var name = "“" + item.Name.ZhHans + "”";
        var nameEn = $"'{item.Name.En}' ({item.Name.ZhHans})";
        var basis = item.Citation is null ? string.Empty : "依据：" + item.Citation.ToChinese() + "。";
        var basisEn = item.Citation is null ? string.Empty : " Basis: " + item.Citation + ".";
        var listZh = list.Name.ZhHans.StartsWith('《') ? list.Name.ZhHans : "“" + list.Name.ZhHans + "”";
        var where = (redirect is null ? string.Empty : $"请申请人到{redirect.Text.ZhHans}办理{(redirect.Provenance == Provenance.Placeholder ? "（去向待核实）" : string.Empty)}。")
            + (evidence is null ? string.Empty : $"可提供{evidence.Text.ZhHans}{(evidence.Provenance == Provenance.Placeholder ? "（材料待核实）" : string.Empty)}。");
        var whereEn = (redirect is null ? string.Empty : $" Send the applicant to {redirect.Text.En}{(redirect.Provenance == Provenance.Placeholder ? " (to be confirmed)" : string.Empty)}.")
            + (evidence is null ? string.Empty : $" They can bring {evidence.Text.En}{(evidence.Provenance == Provenance.Placeholder ? " (to be confirmed)" : string.Empty)}.");
        var category = item.Category is { } c ? $"所属类别：{c.Name.ZhHans}{(c.Provenance == Provenance.Placeholder ? "（占位分类，非正式清单）" : string.Empty)}。" : string.Empty;
        var categoryEn = item.Category is { } c2 ? $" Category: {c2.Name.En}{(c2.Provenance == Provenance.Placeholder ? " (a placeholder grouping, not an official list)" : string.Empty)}." : string.Empty;
        return kind switch
        {
            StampDecisionKind.ShouldNotIssue => new LocalizedText(
                $"{name}列入{listZh}，本委员会不予出具。{basis}{category}{where}",
                $"{nameEn} is on the list '{list.Name.En}': the committee does not issue it.{basisEn}{categoryEn}{whereEn}"),
            StampDecisionKind.MayRefuse => new LocalizedText(
                $"{name}列入{listZh}，本委员会可不予盖章。{basis}{category}{where}",
                $"{nameEn} is on the list '{list.Name.En}': the committee may refuse to stamp it.{basisEn}{categoryEn}{whereEn}"),
            StampDecisionKind.NeedsDeliberation => new LocalizedText(
                $"{name}须经居民（村民）议事，并由委员会负责人签字后方可出具。{basis}",
                $"{nameEn} may be issued only after residents' deliberation and with the committee head's signature.{basisEn}"),
            StampDecisionKind.NeedsConfirmation => new LocalizedText(
                $"{name}待核实：{string.Join(string.Empty, unconfirmed.Select(u => u.ZhHans))}请向当地民政部门确认后办理。",
                $"{nameEn} needs confirmation: {string.Join(" ", unconfirmed.Select(u => u.En))} Confirm with the local civil-affairs office before acting."),
            _ => new LocalizedText(
                $"{name}列入{listZh}，应予出具。{basis}",
                $"{nameEn} is on the list '{list.Name.En}': issue it.{basisEn}"),
        };
    }

    private static void Warn(ExplanationBuilder x, CatalogueItem item, CatalogueDetail? redirect, CatalogueDetail? evidence)
    {
        if (item.Provenance == Provenance.Placeholder)
        {
            x.Warn(Placeholder(item.CatalogueId + "/" + item.Code, $"事项“{item.Name.ZhHans}”的表述", $"the wording of item '{item.Name.En}'"));
        }

        if (item.Category is { Provenance: Provenance.Placeholder } category)
        {
            x.Warn(Placeholder(item.CatalogueId + "/categories/" + category.Code, $"分类“{category.Name.ZhHans}”", $"the category '{category.Name.En}' (layer {category.Layer})"));
        }

        if (redirect is { Provenance: Provenance.Placeholder } || evidence is { Provenance: Provenance.Placeholder })
        {
            x.Warn(Placeholder(item.CatalogueId + "/" + item.Code + "/redirect", $"事项“{item.Name.ZhHans}”的去向与替代材料", $"where to send the applicant for '{item.Name.En}' and the alternative evidence"));
        }
    }

    private static RuleWarning Placeholder(string key, string zh, string en) => new(
        RuleWarning.PlaceholderUsed,
        new LocalizedText($"{zh}为占位内容，尚未取得正式文本，使用前须经当地民政部门核实。", $"{char.ToUpperInvariant(en[0])}{en[1..]} is a placeholder: the official text is not known yet and needs local confirmation."),
        key);
}
