using System.Globalization;
using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Certification;

// The catalogue in force on the date as the explanation states it, with the warnings it owes made once per stretch.
public sealed partial class StampDecider
{
    private static void ExplainCatalogue(ExplanationBuilder x, Segment segment, LocalDate asOf)
    {
        if (segment.PublishedCategories.HasValue)
        {
            if (x.Explaining)
            {
                StepCategories(x, segment);
            }
            else
            {
                x.NoteEach(segment.PublishedCategories.Info);
            }

            if (segment.CategoryMismatch is not null)
            {
                x.Warn(segment.CategoryMismatch);
            }
        }

        if (x.Explaining)
        {
            StepCatalogue(x, segment, asOf);
        }
        else
        {
            x.NoteEach(segment.PublishedSize.Info);
        }

        if (segment.Incomplete is not null)
        {
            x.Warn(segment.Incomplete);
        }
    }

    private static void StepCatalogue(ExplanationBuilder x, Segment segment, LocalDate asOf)
    {
        var size = segment.PublishedSize;
        x.Step(
            "certification.catalogue",
            () => new LocalizedText(
                $"{ExplanationBuilder.DateZh(asOf)}有效的不予出具（不予盖章）证明事项{segment.NegativeItems.ToString(CultureInfo.InvariantCulture)}项{(size.HasValue ? "；所引清单公布" + size.Value.ToString(CultureInfo.InvariantCulture) + "项" : string.Empty)}。",
                $"{segment.NegativeItems.ToString(CultureInfo.InvariantCulture)} {(segment.NegativeItems == 1 ? "certificate" : "certificates")} no longer issued {(segment.NegativeItems == 1 ? "is" : "are")} in force on {ExplanationBuilder.Date(asOf)}{(size.HasValue ? "; the cited list publishes " + size.Value.ToString(CultureInfo.InvariantCulture) : string.Empty)}."),
            [size.Info]);
    }

    /// <summary>The pack's grouping of the negative list against the published count of categories.</summary>
    private static void StepCategories(ExplanationBuilder x, Segment segment)
    {
        var published = segment.PublishedCategories;
        var held = segment.Categories.Count;
        var placeholder = segment.Categories.Any(c => c.Provenance == Provenance.Placeholder);
        var n = published.Value.ToString(CultureInfo.InvariantCulture);
        var h = held.ToString(CultureInfo.InvariantCulture);
        x.Step(
            "certification.categories",
            () => new LocalizedText(
                $"可不予盖章负面清单公布{n}类；规则包分为{h}类{(placeholder ? "（占位分类，非正式清单）" : string.Empty)}{(held == published.Value ? "，类数相符" : "，类数不符")}。",
                $"The negative list is published with {n} {(published.Value == 1 ? "category" : "categories")}; the pack groups its items into {h}{(placeholder ? " (a placeholder grouping, not the official list)" : string.Empty)}{(held == published.Value ? ": the counts agree" : ": the counts differ")}."),
            [published.Info]);
    }

    /// <summary>The certificate rules in force over one stretch, with the warnings they owe made once.</summary>
    private sealed record Segment(ParameterValue<int> PublishedSize, int NegativeItems, ParameterValue<int> PublishedCategories, IReadOnlyList<CatalogueCategory> Categories)
    {
        /// <summary>The warning that the pack holds fewer items than the cited list publishes, or null.</summary>
        public RuleWarning? Incomplete { get; } = PublishedSize.HasValue && NegativeItems < PublishedSize.Value
            ? new RuleWarning(
                "CATALOGUE_INCOMPLETE",
                new LocalizedText(
                    $"规则包只收录了所引清单{PublishedSize.Value.ToString(CultureInfo.InvariantCulture)}项中的{NegativeItems.ToString(CultureInfo.InvariantCulture)}项；“目录未涵盖”不等于可以出具或拒绝。",
                    $"The pack holds {NegativeItems.ToString(CultureInfo.InvariantCulture)} of the {PublishedSize.Value.ToString(CultureInfo.InvariantCulture)} items of the cited list; 'not covered' means neither issue nor refuse."),
                CertificationParameters.PublishedListSize.Key)
            : null;

        /// <summary>The warning that the pack's grouping has another number of categories than published, or null.</summary>
        public RuleWarning? CategoryMismatch { get; } = PublishedCategories.HasValue && Categories.Count != PublishedCategories.Value
            ? new RuleWarning(
                "CATEGORY_COUNT_MISMATCH",
                new LocalizedText(
                    $"规则包的分类为{Categories.Count.ToString(CultureInfo.InvariantCulture)}类，与公布的{PublishedCategories.Value.ToString(CultureInfo.InvariantCulture)}类不符，分类须经当地民政部门核实。",
                    $"The pack's grouping has {Categories.Count.ToString(CultureInfo.InvariantCulture)} categories where {PublishedCategories.Value.ToString(CultureInfo.InvariantCulture)} are published: the grouping needs local confirmation."),
                CertificationParameters.NegativeListCategories.Key)
            : null;
    }
}
