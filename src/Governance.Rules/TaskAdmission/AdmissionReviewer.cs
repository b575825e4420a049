using System.Numerics;
using FluentValidation;
using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using Governance.Rules.Validation;
using NodaTime;

namespace Governance.Rules.TaskAdmission;

/// <summary>
/// Admission review of work items pushed down to villages and communities (社区工作事项准入审查), and the community
/// worker's check "is this request on a list on this date? may I refuse it?".
/// </summary>
/// <remarks>
/// <para>
/// An item is admitted when it is on a list in force (Suzhou's four lists: 依法履职, 协助政府工作, 达标评比/创建示范,
/// 盖章/出具证明). Otherwise it may be admitted only with a legal basis, when it is not a prohibited kind, when funds
/// and authority follow it (费随事转、权随责转), when it carries no rating outside the ratings list or one-vote veto,
/// no burden the rules ban (plaques, ledgers, app check-ins, repeated reporting), and when it is filed for the next
/// adjustment of the catalogue (Suzhou: annual, by the city joint meeting) unless a legal change requires it sooner.
/// Each rule is a dated, cited parameter (民发〔2015〕136号; the 2025 burden rules; the 2026 app rules).
/// </para>
/// <para>Dates: the next adjustment is the first anniversary of <c>admission.adjustment_anchor</c>, stepped by the
/// cycle, on or after the review date (AnnualDate rule: 29 February falls on 28 February in other years).</para>
/// <para>Thread-safe and pure.</para>
/// </remarks>
public sealed partial class AdmissionReviewer
{
    private static readonly AdmissionRequestValidator Validator = new();
    private static readonly ListCheckRequestValidator CheckValidator = new();

    /// <summary>Every reason flag in the order the reasons are given (ascending, as the enumeration declares them).</summary>
    private static readonly AdmissionReasons[] ReasonFlags = [.. Enum.GetValues<AdmissionReasons>().Where(f => f != AdmissionReasons.None)];

    private const WorkItemDemands AllDemands = WorkItemDemands.Plaques | WorkItemDemands.Ledgers | WorkItemDemands.AppCheckIns
        | WorkItemDemands.RepeatedReporting | WorkItemDemands.SeparateRating | WorkItemDemands.OneVoteVeto;

    private readonly RulePack _pack;
    private readonly IClock _clock;
    private readonly Catalogue? _catalogue;
    private readonly CatalogueMatcher _matcher;
    private readonly PolicyTimeline<Policy> _policies;

    /// <summary>Creates a reviewer over <paramref name="pack"/>.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock that says what "today" is when no as-of date is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AdmissionReviewer(RulePack pack, IClock clock)
    {
        _pack = Guard.NotNull(pack);
        _clock = Guard.NotNull(clock);
        _catalogue = pack.Catalogues[CatalogueKinds.Admission];
        _matcher = new CatalogueMatcher(_catalogue?.Items ?? []);
        var t = new Timelines(pack);
        _policies = new PolicyTimeline<Policy>(t.All, _catalogue?.ChangeDates ?? [], date => Policy.Compile(t, _catalogue, date));
    }

    /// <summary>The pack the reviewer reads.</summary>
    public RulePack Pack => _pack;

    /// <summary>The admission catalogue of the pack (the four lists), or null when the pack has none.</summary>
    public Catalogue? Catalogue => _catalogue;

    /// <summary>Reviews a work item, allocation-free and without explanation, for batch work.</summary>
    /// <remarks>
    /// The facts carry no title, so this review reads none: the caller names the catalogue item
    /// (<see cref="AdmissionFacts.ItemCode"/>) and the prohibited kinds the item falls under. <see cref="Evaluate"/> also
    /// matches the title against the catalogue and flags a prohibited kind the title names by a trigger term; with the
    /// same item code and kinds both give the same decision.
    /// </remarks>
    /// <param name="facts">The item's facts.</param>
    /// <param name="asOf">The review date.</param>
    /// <param name="prohibitedKinds">Codes of prohibited kinds the item falls under; unknown codes make the input invalid.</param>
    /// <returns>The verdict, or a status saying why there is none.</returns>
    public AdmissionVerdict Review(AdmissionFacts facts, LocalDate asOf, ReadOnlySpan<string> prohibitedKinds = default)
    {
        if (!Enum.IsDefined(facts.ListType) || (facts.Demands & ~AllDemands) != 0 || !InputLimits.Contains(asOf)
            || (facts.RequestedStart is { } start && !InputLimits.Contains(start)))
        {
            return new AdmissionVerdict(AdmissionStatus.InvalidInput, default, default, null, null);
        }

        var policy = _policies.At(asOf);
        if (policy is null)
        {
            return new AdmissionVerdict(AdmissionStatus.NoPolicyInForce, default, default, null, null);
        }

        var prohibited = false;
        foreach (var code in prohibitedKinds)
        {
            if (code is null || !policy.Kinds.HasValue || !policy.Kinds.Value.ByCode.ContainsKey(code))
            {
                return new AdmissionVerdict(AdmissionStatus.InvalidInput, default, default, null, null);
            }

            prohibited = true;
        }

        var item = facts.ItemCode is { } c ? _catalogue?.Find(c, asOf) : null;
        var (decision, reasons, next) = policy.Decide(facts, prohibited, item, asOf);
        return new AdmissionVerdict(AdmissionStatus.Reviewed, decision, reasons, item, next);
    }

    /// <summary>Reviews a work item with every reason, its source, explanation, warnings and stamp.</summary>
    /// <param name="request">The work item.</param>
    /// <param name="options">The as-of date and whether to explain; defaults to today with an explanation.</param>
    /// <returns>The outcome, or the validation failures of the request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RuleResult<AdmissionOutcome> Evaluate(WorkItemRequest request, EvaluationOptions? options = null)
    {
        Guard.NotNull(request);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<AdmissionOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var policy = _policies.At(asOf);
        if (policy is null)
        {
            return RuleResult<AdmissionOutcome>.Invalid([NoPolicyFailure(asOf)], stamp);
        }

        if (!AdmissionRequestValidator.Passes(request, policy.Kinds.HasValue ? policy.Kinds.Value : null, _catalogue, out var title))
        {
            var failures = Validate(request, policy);
            if (failures.Count > 0)
            {
                return RuleResult<AdmissionOutcome>.Invalid(failures, stamp);
            }

            title = CatalogueText.Normalize(request.Title);
        }

        var x = new ExplanationBuilder(options.Explain);
        var item = request.ItemCode is { } code ? _catalogue?.Find(code, asOf) : MatchTitle(title, asOf);
        var facts = new AdmissionFacts(request.ListType, request.LegalBasis.Count > 0, request.Resources, request.Demands, item?.Code, request.RequestedStart, request.ArisesFromLegalChange);
        var found = policy.KindsInTitle(request, title);
        var (decision, flags, next) = policy.Decide(facts, request.ProhibitedKinds.Count > 0 || found.Count > 0, item, asOf);

        policy.ExplainCatalogue(x, _catalogue, item, asOf);
        var reasons = new List<AdmissionReasonDetail>(BitOperations.PopCount((uint)flags));
        foreach (var flag in ReasonFlags)
        {
            if ((flags & flag) != 0)
            {
                reasons.Add(policy.Reason(flag, request, found, item, next, x));
            }
        }

        policy.ExplainDecision(x, decision, next, item);
        var outcome = new AdmissionOutcome
        {
            Decision = decision,
            Reasons = reasons,
            Item = item,
            List = item is null ? null : _catalogue!.List(item.ListCode),
            KindsFoundInTitle = found,
            ApprovingBody = policy.Body.HasValue ? policy.Body.Value : null,
            AdjustmentCycleMonths = policy.Cycle.HasValue ? policy.Cycle.Value : null,
            NextAdjustment = next,
        };
        return RuleResult<AdmissionOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    /// <summary>
    /// Answers a community worker: is this request on a list on the date (list, item, basis), or not admitted — may
    /// it be refused (with the basis)? Free text that names several items, or none with confidence, is not guessed:
    /// the nearest items are listed instead.
    /// </summary>
    /// <param name="request">The request's text or item code.</param>
    /// <param name="options">The as-of date and whether to explain.</param>
    /// <returns>The answer, or the validation failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RuleResult<ListCheckOutcome> Check(ListCheckRequest request, EvaluationOptions? options = null)
    {
        Guard.NotNull(request);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<ListCheckOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var policy = _policies.At(asOf);
        if (policy is null)
        {
            return RuleResult<ListCheckOutcome>.Invalid([NoPolicyFailure(asOf)], stamp);
        }

        var failures = CheckValidator.Validate(request).ToFailures<ListCheckRequest>();
        if (failures.Count > 0)
        {
            return RuleResult<ListCheckOutcome>.Invalid(failures, stamp);
        }

        var x = new ExplanationBuilder(options.Explain);
        CatalogueItem? item;
        var status = MatchStatus.NoMatch;
        var normalised = request.Text is null ? string.Empty : CatalogueText.Normalize(request.Text);
        if (request.ItemCode is { } code)
        {
            item = _catalogue?.Find(code, asOf);
            status = item is null ? MatchStatus.NoMatch : MatchStatus.Matched;
        }
        else
        {
            (status, item) = _matcher.Match(normalised, asOf);
        }

        policy.ExplainCatalogue(x, _catalogue, item, asOf);
        ListCheckOutcome outcome;
        if (item is not null)
        {
            var list = _catalogue!.List(item.ListCode)!;
            var placeholder = item.Provenance == Provenance.Placeholder;
            outcome = new ListCheckOutcome
            {
                OnList = true,
                MayRefuse = false,
                NeedsConfirmation = placeholder,
                Item = item,
                List = list,
                Basis = item.Citation,
                Message = placeholder
                    ? new LocalizedText(
                        $"待核实：“{item.Name.ZhHans}”暂列入“{list.Name.ZhHans}”，但该事项表述为占位内容，尚未取得正式名录文本，是否属于准入事项须经当地民政部门核实。",
                        $"To be confirmed: '{item.Name.En}' ({item.Name.ZhHans}) is on the list '{list.Name.En}' only as a placeholder; the official wording of the catalogue is not held, so whether it is admitted needs confirmation by the local civil-affairs bureau.")
                    : new LocalizedText(
                        $"“{item.Name.ZhHans}”列入“{list.Name.ZhHans}”（{ExplanationBuilder.DateZh(item.EffectiveFrom)}起），依据：{item.Citation?.ToChinese()}。属于准入事项，社区应予承接。",
                        $"'{item.Name.En}' ({item.Name.ZhHans}) is on the list '{list.Name.En}' (from {ExplanationBuilder.Date(item.EffectiveFrom)}); basis: {item.Citation}. An admitted item: the community takes it on."),
            };
        }
        else if (status == MatchStatus.Ambiguous)
        {
            outcome = new ListCheckOutcome
            {
                OnList = false,
                MayRefuse = false,
                Ambiguous = true,
                Candidates = _matcher.AllNamed(normalised, asOf),
                Message = new LocalizedText(
                    "申请同时涉及多个清单事项，无法确定所指事项，请逐项核对。",
                    "The request names several list items; it cannot be told which is meant. Check the candidates one by one."),
            };
        }
        else
        {
            var unlisted = policy.Unlisted;
            var may = unlisted.HasValue && unlisted.Value;
            var unsourced = may && unlisted.Info!.Provenance == Provenance.Placeholder;
            x.Step(
                "admission.unlisted",
                () => may
                    ? new LocalizedText("未纳入准入清单的事项，社区可以拒绝。", "An item not on the admission lists may be refused by the community.")
                    : new LocalizedText("规则包未规定未纳入准入清单的事项社区可以拒绝。", "The pack does not say that an item not on the admission lists may be refused."),
                [unlisted.Info]);
            outcome = new ListCheckOutcome
            {
                OnList = false,
                MayRefuse = may && !unsourced,
                NeedsConfirmation = unsourced,
                Basis = unlisted.Info?.Citation,
                Candidates = normalised.Length > 0 ? _matcher.Nearest(normalised, asOf, 3) : [],
                Message = unsourced
                    ? new LocalizedText(
                        $"待核实：截至{ExplanationBuilder.DateZh(asOf)}，该事项未纳入准入清单；规则包中“未纳入清单的事项社区可以拒绝”一条为占位内容，尚未取得正式文本，能否拒绝承接须经当地民政部门核实。",
                        $"To be confirmed: not admitted on {ExplanationBuilder.Date(asOf)}, but the pack holds the rule that unlisted items may be refused only as a placeholder, without its official text; whether you may refuse it needs confirmation by the local civil-affairs bureau.")
                    : may
                    ? new LocalizedText($"截至{ExplanationBuilder.DateZh(asOf)}，该事项未纳入准入清单，社区可以拒绝承接；依据：{unlisted.Info?.Citation?.ToChinese()}。", $"Not admitted on {ExplanationBuilder.Date(asOf)}: you may refuse it; basis: {unlisted.Info?.Citation}.")
                    : new LocalizedText("未纳入准入清单，但规则包未规定可以拒绝。", "Not on a list, but the pack does not say that unlisted items may be refused."),
            };
        }

        return RuleResult<ListCheckOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    /// <summary>The item a normalised title names, when it names exactly one.</summary>
    private CatalogueItem? MatchTitle(string title, LocalDate asOf)
    {
        var (status, item) = _matcher.Match(title, asOf);
        return status == MatchStatus.Matched ? item : null;
    }

    /// <summary>The full validator's failures, with the kinds and catalogue in force.</summary>
    private IReadOnlyList<ValidationFailure> Validate(WorkItemRequest request, Policy policy)
    {
        var context = new ValidationContext<WorkItemRequest>(request);
        if (policy.Kinds.HasValue)
        {
            context.RootContextData[AdmissionRequestValidator.KindsKey] = policy.Kinds.Value;
        }

        if (_catalogue is not null)
        {
            context.RootContextData[AdmissionRequestValidator.CatalogueKey] = _catalogue;
        }

        return Validator.Validate(context).ToFailures<WorkItemRequest>();
    }

    private static ValidationFailure NoPolicyFailure(LocalDate asOf) => AdmissionErrors.NoPolicy.ForAsOf(asOf);
}
