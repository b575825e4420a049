using System.Globalization;
using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.TaskAdmission;

// The admission rules in force on a date, compiled from the pack's timelines, and how they decide and explain.
public sealed partial class AdmissionReviewer
{
    private sealed class Timelines(RulePack pack)
    {
        public ParameterTimeline<bool>? LegalBasis { get; } = pack.Timeline(AdmissionParameters.LegalBasisRequired);

        public ParameterTimeline<bool>? Resources { get; } = pack.Timeline(AdmissionParameters.ResourcesMustFollow);

        public ParameterTimeline<bool>? Ratings { get; } = pack.Timeline(AdmissionParameters.SeparateRatingsBanned);

        public ParameterTimeline<bool>? Veto { get; } = pack.Timeline(AdmissionParameters.OneVoteVetoBanned);

        public ParameterTimeline<bool>? Plaques { get; } = pack.Timeline(AdmissionParameters.PlaquesBanned);

        public ParameterTimeline<bool>? Ledgers { get; } = pack.Timeline(AdmissionParameters.LedgersBanned);

        public ParameterTimeline<bool>? Repeated { get; } = pack.Timeline(AdmissionParameters.RepeatedReportingBanned);

        public ParameterTimeline<bool>? Apps { get; } = pack.Timeline(AdmissionParameters.AppCheckInsBanned);

        public ParameterTimeline<bool>? Unlisted { get; } = pack.Timeline(AdmissionParameters.UnlistedMayBeRefused);

        public ParameterTimeline<ProhibitedKindTable>? Kinds { get; } = pack.Timeline(AdmissionParameters.ProhibitedKinds);

        public ParameterTimeline<LocalizedText>? Body { get; } = pack.Timeline(AdmissionParameters.ApprovingBody);

        public ParameterTimeline<int>? Cycle { get; } = pack.Timeline(AdmissionParameters.AdjustmentCycleMonths);

        public ParameterTimeline<AnnualDate>? Anchor { get; } = pack.Timeline(AdmissionParameters.AdjustmentAnchor);

        public ParameterTimeline<CatalogueCounts>? Counts { get; } = pack.Timeline(AdmissionParameters.CatalogueCounts);

        public IEnumerable<ParameterTimeline?> All => [LegalBasis, Resources, Ratings, Veto, Plaques, Ledgers, Repeated, Apps, Unlisted, Kinds, Body, Cycle, Anchor, Counts];
    }

    /// <summary>The admission rules in force over one stretch of time.</summary>
    private sealed partial class Policy
    {
        public ParameterValue<bool> LegalBasis { get; private init; }

        public ParameterValue<bool> Resources { get; private init; }

        public ParameterValue<bool> Ratings { get; private init; }

        public ParameterValue<bool> Veto { get; private init; }

        public ParameterValue<bool> Plaques { get; private init; }

        public ParameterValue<bool> Ledgers { get; private init; }

        public ParameterValue<bool> Repeated { get; private init; }

        public ParameterValue<bool> Apps { get; private init; }

        public ParameterValue<bool> Unlisted { get; private init; }

        public ParameterValue<ProhibitedKindTable> Kinds { get; private init; }

        public ParameterValue<LocalizedText> Body { get; private init; }

        public ParameterValue<int> Cycle { get; private init; }

        public ParameterValue<AnnualDate> Anchor { get; private init; }

        public ParameterValue<CatalogueCounts> Counts { get; private init; }

        /// <summary>The number of catalogue items in force (the same on every day of the stretch: the catalogue's change dates start stretches).</summary>
        public int Held { get; private init; }

        /// <summary>The warning that the pack's catalogue holds fewer items than the cited one, made once for the stretch; null when it holds enough.</summary>
        public RuleWarning? Incomplete { get; private init; }

        /// <summary>
        /// The reasons whose rule the pack holds only as a placeholder on this stretch. A refusal given for these reasons
        /// alone rests on no sourced rule, so it is not a refusal but 待核实 (<see cref="AdmissionDecision.NeedsConfirmation"/>).
        /// </summary>
        public AdmissionReasons PlaceholderReasons { get; private set; }

        public static Policy? Compile(Timelines t, Catalogue? catalogue, LocalDate date)
        {
            var legal = t.LegalBasis?.At(date) ?? default;
            if (!legal.HasValue)
            {
                return null;
            }

            var held = catalogue?.Items.Count(i => i.IsInForce(date)) ?? 0;
            var counts = t.Counts?.At(date) ?? default;
            var kinds = t.Kinds?.At(date) ?? default;
            var policy = new Policy
            {
                Terms = kinds.HasValue ? new ProhibitedKindTerms(kinds.Value) : null,
                Held = held,
                Incomplete = counts.HasValue && held < counts.Value.TotalRetained ? IncompleteWarning(held, counts.Value) : null,
                LegalBasis = legal,
                Resources = t.Resources?.At(date) ?? default,
                Ratings = t.Ratings?.At(date) ?? default,
                Veto = t.Veto?.At(date) ?? default,
                Plaques = t.Plaques?.At(date) ?? default,
                Ledgers = t.Ledgers?.At(date) ?? default,
                Repeated = t.Repeated?.At(date) ?? default,
                Apps = t.Apps?.At(date) ?? default,
                Unlisted = t.Unlisted?.At(date) ?? default,
                Kinds = kinds,
                Body = t.Body?.At(date) ?? default,
                Cycle = t.Cycle?.At(date) ?? default,
                Anchor = t.Anchor?.At(date) ?? default,
                Counts = t.Counts?.At(date) ?? default,
            };
            policy.PlaceholderReasons = policy.ReasonsOnPlaceholders();
            return policy;
        }

        /// <summary>The reasons given by a rule of the pack (every reason but the placeholder item).</summary>
        private static readonly AdmissionReasons[] RuleReasons =
            [.. Enum.GetValues<AdmissionReasons>().Where(f => f is not AdmissionReasons.None and not AdmissionReasons.PlaceholderItem)];

        private AdmissionReasons ReasonsOnPlaceholders()
        {
            var placeholder = AdmissionReasons.None;
            foreach (var flag in RuleReasons)
            {
                if (Rule(flag)?.Provenance == Provenance.Placeholder)
                {
                    placeholder |= flag;
                }
            }

            return placeholder;
        }

        private static bool On(ParameterValue<bool> rule) => rule.HasValue && rule.Value;

        public LocalDate? NextAdjustment(LocalDate asOf)
        {
            if (!Cycle.HasValue || !Anchor.HasValue)
            {
                return null;
            }

            var d = Anchor.Value.InYear(asOf.Year - 1);
            while (d < asOf)
            {
                d = d.PlusMonths(Cycle.Value);
            }

            return d;
        }

        /// <summary>The prohibited kinds' trigger terms, indexed; null when no kinds are in force.</summary>
        public ProhibitedKindTerms? Terms { get; private init; }

        /// <summary>
        /// Prohibited kinds the normalised title names by a trigger term (the first of the kind's terms it contains),
        /// unless tagged already or stated not to apply.
        /// </summary>
        public IReadOnlyList<ProhibitedKindFound> KindsInTitle(WorkItemRequest request, string title) =>
            Terms is null ? [] : Terms.Find(title, request.ProhibitedKinds, request.KindsNotApplicable);

        public (AdmissionDecision Decision, AdmissionReasons Reasons, LocalDate? Next) Decide(AdmissionFacts f, bool prohibited, CatalogueItem? item, LocalDate asOf)
        {
            var r = AdmissionReasons.None;
            var d = f.Demands;
            if (On(Plaques) && (d & WorkItemDemands.Plaques) != 0)
            {
                r |= AdmissionReasons.PlaqueBan;
            }

            if (On(Ledgers) && (d & WorkItemDemands.Ledgers) != 0)
            {
                r |= AdmissionReasons.LedgerBan;
            }

            if (On(Apps) && (d & WorkItemDemands.AppCheckIns) != 0)
            {
                r |= AdmissionReasons.AppCheckInBan;
            }

            if (On(Repeated) && (d & WorkItemDemands.RepeatedReporting) != 0)
            {
                r |= AdmissionReasons.RepeatedReportingBan;
            }

            if (On(Veto) && (d & WorkItemDemands.OneVoteVeto) != 0)
            {
                r |= AdmissionReasons.OneVoteVeto;
            }

            if (On(Ratings) && (d & WorkItemDemands.SeparateRating) != 0)
            {
                r |= AdmissionReasons.RatingNotOnList;
            }

            var next = NextAdjustment(asOf);
            if (item is not null)
            {
                // A placeholder item proves nothing: the answer needs confirmation, naming the item.
                if (item.Provenance == Provenance.Placeholder)
                {
                    return (AdmissionDecision.NeedsConfirmation, r | AdmissionReasons.PlaceholderItem, next);
                }

                // Admitted: the item stands; the burdens it asks for may still be refused.
                return (AdmissionDecision.AlreadyAdmitted, r, next);
            }

            if (On(LegalBasis) && !f.HasLegalBasis)
            {
                r |= AdmissionReasons.NoLegalBasis;
            }

            if (prohibited)
            {
                r |= AdmissionReasons.ProhibitedKind;
            }

            if (On(Resources) && f.ListType != AdmissionListType.StatutoryDuty)
            {
                if (!f.Resources.Funds)
                {
                    r |= AdmissionReasons.FundsNotFollowing;
                }

                if (!f.Resources.Authority)
                {
                    r |= AdmissionReasons.AuthorityNotFollowing;
                }
            }

            if (On(Ratings) && f.ListType == AdmissionListType.Rating)
            {
                r |= AdmissionReasons.RatingNotOnList;
            }

            if (next is { } n && !f.ArisesFromLegalChange && (f.RequestedStart ?? asOf) < n)
            {
                r |= AdmissionReasons.OutsideCycle;
            }

            var decision = r == AdmissionReasons.None ? AdmissionDecision.AdmissibleSubjectToApproval
                : (r & ~PlaceholderReasons) == 0 ? AdmissionDecision.NeedsConfirmation
                : AdmissionDecision.Refused;
            return (decision, r, next);
        }

        public void ExplainCatalogue(ExplanationBuilder x, Catalogue? catalogue, CatalogueItem? item, LocalDate asOf)
        {
            if (Counts.HasValue)
            {
                if (x.Explaining)
                {
                    StepCatalogue(x, catalogue, asOf);
                }
                else
                {
                    x.NoteEach(Counts.Info);
                }

                if (Incomplete is not null)
                {
                    x.Warn(Incomplete);
                }
            }

            if (item is not null)
            {
                if (x.Explaining)
                {
                    StepOnList(x, catalogue!, item);
                }

                if (item.Provenance == Provenance.Placeholder)
                {
                    x.Warn(ItemPlaceholder(item));
                }
            }
        }

        private void StepCatalogue(ExplanationBuilder x, Catalogue? catalogue, LocalDate asOf)
        {
            var held = Held;
            var counts = Counts.Value;
            x.Step(
                "admission.catalogue",
                () => new LocalizedText(
                    $"名录：{catalogue?.Name.ZhHans ?? "（规则包无名录）"}，{ExplanationBuilder.DateZh(asOf)}有效事项{held}项；所引清理结果保留{counts.TotalRetained.ToString(CultureInfo.InvariantCulture)}项（{counts.ToChinese(code => catalogue?.List(code)?.Name.ZhHans)}）。",
                    $"Catalogue: {catalogue?.Name.En ?? "(none in the pack)"}, {held} items in force on {ExplanationBuilder.Date(asOf)}; the cited clean-up retained {counts.TotalRetained.ToString(CultureInfo.InvariantCulture)} ({counts.ToEnglish(code => catalogue?.List(code)?.Name.En)})."),
                [Counts.Info]);
        }

        private static RuleWarning IncompleteWarning(int held, CatalogueCounts counts) => new(
            "CATALOGUE_INCOMPLETE",
            new LocalizedText(
                $"规则包的准入名录只有{held}项代表性事项，少于所引名录的{counts.TotalRetained.ToString(CultureInfo.InvariantCulture)}项；未找到的事项仍可能在正式名录上，请以当地民政部门公布的名录为准。",
                $"The pack's admission catalogue holds {held} representative items, fewer than the {counts.TotalRetained.ToString(CultureInfo.InvariantCulture)} of the cited catalogue; an item not found may still be on the official list. Check the list published by the local civil-affairs bureau."),
            AdmissionParameters.CatalogueCounts.Key);

        private static void StepOnList(ExplanationBuilder x, Catalogue catalogue, CatalogueItem item)
        {
            var list = catalogue.List(item.ListCode)!;
            x.Step(
                "admission.on-list",
                () => new LocalizedText(
                    $"“{item.Name.ZhHans}”列入“{list.Name.ZhHans}”（{ExplanationBuilder.DateZh(item.EffectiveFrom)}起），依据：{item.Citation?.ToChinese()}。",
                    $"Item '{item.Name.En}' ({item.Code}) is on the list '{list.Name.En}' (layer {item.Layer}, from {ExplanationBuilder.Date(item.EffectiveFrom)}); basis: {item.Citation}."),
                null,
                ExplanationBuilder.Value("item", item.Code),
                ExplanationBuilder.Value("list", list.Code));
        }

        public void ExplainDecision(ExplanationBuilder x, AdmissionDecision decision, LocalDate? next, CatalogueItem? item)
        {
            if (x.Explaining)
            {
                StepDecision(x, decision, next, item);
            }
            else if (decision == AdmissionDecision.AdmissibleSubjectToApproval)
            {
                x.NoteEach(Body.Info, Cycle.Info, Anchor.Info);
            }
        }

        private void StepDecision(ExplanationBuilder x, AdmissionDecision decision, LocalDate? next, CatalogueItem? item)
        {
            var body = Body;
            x.Step(
                "admission.decision",
                () => decision switch
                {
                    AdmissionDecision.AlreadyAdmitted => new LocalizedText("结论：已准入。", "Decision: already admitted."),
                    AdmissionDecision.NeedsConfirmation when item is null => new LocalizedText(
                        "结论：待核实。不予准入的理由所依据的规则在规则包中均为占位内容，尚未取得正式文本，须经当地民政部门核实后方能确定是否准入。",
                        "Decision: to be confirmed. Every reason to refuse rests on a rule the pack holds only as a placeholder, without its official text; the local civil-affairs bureau must confirm whether the item may be admitted."),
                    AdmissionDecision.NeedsConfirmation => new LocalizedText(
                        $"结论：待核实。“{item?.Name.ZhHans}”的名录表述为占位内容，须经当地民政部门核实后方能确定是否已准入。",
                        $"Decision: to be confirmed. The catalogue wording of '{item?.Name.En}' is a placeholder; the local civil-affairs bureau must confirm whether it is admitted."),
                    AdmissionDecision.Refused => new LocalizedText("结论：不予准入，社区可以拒绝承接。", "Decision: refused; the community may decline the task."),
                    _ => new LocalizedText(
                        $"结论：可以申请准入，由{(body.HasValue ? body.Value.ZhHans : "审批机构")}{(next is { } n ? "于" + ExplanationBuilder.DateZh(n) + "调整名录时" : string.Empty)}决定。",
                        $"Decision: admissible, subject to the decision of {(body.HasValue ? body.Value.En : "the approving body")}{(next is { } n2 ? " at the adjustment on " + ExplanationBuilder.Date(n2) : string.Empty)}."),
                },
                decision == AdmissionDecision.AdmissibleSubjectToApproval ? [body.Info, Cycle.Info, Anchor.Info] : null);
        }

        private static RuleWarning ItemPlaceholder(CatalogueItem item) => new(
            RuleWarning.PlaceholderUsed,
            new LocalizedText(
                $"名录事项“{item.Name.ZhHans}”的表述为占位内容，正式名称尚未取得，使用前须经当地民政部门核实。",
                $"Catalogue item '{item.Name.En}' ({item.Code}, layer {item.Layer}) is a placeholder: its official wording is not known yet and needs local confirmation."),
            item.CatalogueId + "/" + item.Code);
    }
}
