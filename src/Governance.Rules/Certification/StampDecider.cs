using System.Globalization;
using FluentValidation;
using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using Governance.Rules.Validation;
using NodaTime;

namespace Governance.Rules.Certification;

/// <summary>
/// Decides a resident's request for a certificate or stamp from a village or residents' committee against the
/// negative list (村(社区)可不予盖章): must issue, may refuse (with category, basis, where to go and what to bring),
/// needs residents' deliberation, or not covered.
/// </summary>
/// <remarks>
/// <para>
/// Under 民发〔2020〕20号 a committee issues a certificate only with an explicit legal basis or on the retained list,
/// within its duties; the first batch of 20 certificates it no longer issues is the national layer of the
/// certificate catalogue. Items of the admission catalogue's stamping list (盖章/出具证明事项) are must-issue.
/// A pack may define matters needing residents' deliberation and the head's signature (甘民发〔2020〕99号).
/// </para>
/// <para>
/// Free text is matched through the items' names and aliases after normalising width, spacing, punctuation, case
/// and traditional/simplified forms (<see cref="CatalogueText"/>). A text naming no item, or two different items,
/// is not covered: the nearest items are listed and nothing is guessed.
/// </para>
/// <para>Thread-safe and pure.</para>
/// </remarks>
public sealed class StampDecider
{
    private static readonly StampRequestValidator Validator = new();

    private readonly RulePack _pack;
    private readonly IClock _clock;
    private readonly Catalogue? _certificates;
    private readonly Catalogue? _admission;
    private readonly CatalogueMatcher _matcher;
    private readonly HashSet<string> _codes;
    private readonly PolicyTimeline<Segment> _segments;

    /// <summary>Creates a decider over <paramref name="pack"/>.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock that says what "today" is when no as-of date is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StampDecider(RulePack pack, IClock clock)
    {
        _pack = Guard.NotNull(pack);
        _clock = Guard.NotNull(clock);
        _certificates = pack.Catalogues[CatalogueKinds.Certification];
        _admission = pack.Catalogues[CatalogueKinds.Admission];
        var retained = _admission?.Items.Where(i => _admission.List(i.ListCode)!.Kind == CatalogueKinds.Stamping).ToArray() ?? [];
        _matcher = new CatalogueMatcher((_certificates?.Items ?? []).Concat(retained));
        _codes = [.. (_certificates?.Items ?? []).Concat(retained).Select(i => i.Code)];
        var size = pack.Timeline(CertificationParameters.PublishedListSize);
        var certificates = _certificates;
        _segments = new PolicyTimeline<Segment>(
            [size],
            certificates?.ChangeDates ?? [],
            date => certificates is not null && certificates.Items.Any(i => i.IsInForce(date))
                ? new Segment(size?.At(date) ?? default, certificates.Items.Count(i => i.IsInForce(date) && certificates.List(i.ListCode)!.Kind == CatalogueKinds.MayRefuse))
                : null);
    }

    /// <summary>The pack the decider reads.</summary>
    public RulePack Pack => _pack;

    /// <summary>The certificate catalogue, or null when the pack has none.</summary>
    public Catalogue? Catalogue => _certificates;

    /// <summary>Decides a request given by item code, allocation-free and without explanation.</summary>
    /// <param name="code">The item code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The decision, or a status saying why there is none.</returns>
    public StampDecision Decide(string code, LocalDate asOf)
    {
        if (string.IsNullOrEmpty(code) || code.Length > StampLimits.MaxCodeLength)
        {
            return new StampDecision(StampStatus.InvalidInput, default, null);
        }

        if (_segments.At(asOf) is null)
        {
            return new StampDecision(StampStatus.NoCatalogueInForce, default, null);
        }

        var item = FindByCode(code, asOf);
        return item is null ? new StampDecision(StampStatus.Decided, StampDecisionKind.NotCovered, null) : new StampDecision(StampStatus.Decided, KindOf(item), item);
    }

    /// <summary>Decides a request given as free text, allocation-free and without explanation.</summary>
    /// <param name="text">The text (at most <see cref="StampLimits.MaxTextLength"/> characters, no control characters).</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The decision (<see cref="StampDecisionKind.NotCovered"/> when no single item is named), or a status.</returns>
    public StampDecision Match(ReadOnlySpan<char> text, LocalDate asOf)
    {
        if (text.Length == 0 || text.Length > StampLimits.MaxTextLength || text.ContainsAnyInRange('\0', '\u001F') || text.ContainsAnyInRange('\u007F', '\u009F'))
        {
            return new StampDecision(StampStatus.InvalidInput, default, null);
        }

        Span<char> buffer = stackalloc char[StampLimits.MaxTextLength];
        var n = CatalogueText.Normalize(text, buffer);
        if (n == 0)
        {
            return new StampDecision(StampStatus.InvalidInput, default, null);
        }

        if (_segments.At(asOf) is null)
        {
            return new StampDecision(StampStatus.NoCatalogueInForce, default, null);
        }

        var (status, item) = _matcher.Match(buffer[..n], asOf);
        return status == MatchStatus.Matched ? new StampDecision(StampStatus.Decided, KindOf(item!), item) : new StampDecision(StampStatus.Decided, StampDecisionKind.NotCovered, null);
    }

    /// <summary>Decides a request with basis, redirect, evidence, candidates, explanation, warnings and stamp.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">The as-of date and whether to explain; defaults to today with an explanation.</param>
    /// <returns>The outcome, or the validation failures of the request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RuleResult<StampOutcome> Evaluate(StampRequest request, EvaluationOptions? options = null)
    {
        Guard.NotNull(request);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<StampOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var segment = _segments.At(asOf);
        if (segment is null)
        {
            return RuleResult<StampOutcome>.Invalid([StampErrors.NoCatalogue.ForAsOf(asOf)], stamp);
        }

        var context = new ValidationContext<StampRequest>(request);
        context.RootContextData[StampRequestValidator.CodesKey] = _codes;
        var failures = Validator.Validate(context).ToFailures();
        if (failures.Count > 0)
        {
            return RuleResult<StampOutcome>.Invalid(failures, stamp);
        }

        var x = new ExplanationBuilder(options.Explain);
        var packLabel = _pack.Id + "@" + _pack.Version;
        CatalogueItem? item;
        var status = MatchStatus.Matched;
        var normalised = string.Empty;
        if (request.Code is { } code)
        {
            item = FindByCode(code, asOf);
            status = item is null ? MatchStatus.NoMatch : MatchStatus.Matched;
        }
        else
        {
            normalised = CatalogueText.Normalize(request.Text!);
            (status, item) = _matcher.Match(normalised, asOf);
        }

        ExplainCatalogue(x, segment, asOf);
        StampOutcome outcome;
        if (item is null)
        {
            var candidates = status == MatchStatus.Ambiguous
                ? _matcher.AllNamed(normalised, asOf)
                : normalised.Length > 0 ? _matcher.Nearest(normalised, asOf, StampLimits.Candidates) : [];
            var names = string.Join("、", candidates.Select(c => c.Name.ZhHans));
            var namesEn = string.Join("; ", candidates.Select(c => c.Name.En));
            var message = status == MatchStatus.Ambiguous
                ? new LocalizedText($"请求同时提到多个证明事项（{names}），无法确定所指事项，请逐项申请。", $"The request names several certificates ({namesEn}); it cannot be told which is meant. Ask for each separately.")
                : new LocalizedText(
                    $"目录未涵盖该请求，无法确定对应事项。{(candidates.Count > 0 ? "最接近的事项：" + names + "。" : string.Empty)}有法律法规依据且属于本委员会职责、能够核实的，据实出具；否则不予出具。",
                    $"The catalogue does not cover this request; no item matches with confidence.{(candidates.Count > 0 ? " Nearest items: " + namesEn + "." : string.Empty)} Where a legal basis exists, the matter is within the committee's duties and can be verified, issue on the facts; otherwise do not.");
            x.Step("certification.not-covered", () => message, null, ExplanationBuilder.Value("text", normalised));
            outcome = new StampOutcome
            {
                Kind = StampDecisionKind.NotCovered,
                Candidates = candidates,
                Requester = request.Requester,
                Purpose = request.Purpose,
                AskedText = request.Text,
                AsOf = asOf,
                Pack = packLabel,
                Message = message,
            };
        }
        else
        {
            var kind = KindOf(item);
            var list = ListOf(item);
            var redirect = item.Detail(CatalogueKinds.RedirectDetail);
            var evidence = item.Detail(CatalogueKinds.EvidenceDetail);
            var message = Message(kind, item, list, redirect, evidence);
            x.Step(
                "certification." + KindWord(kind),
                () => message,
                null,
                ExplanationBuilder.Value("item", item.Code),
                ExplanationBuilder.Value("list", list.Code),
                ExplanationBuilder.Value("layer", item.Layer));
            Warn(x, item, redirect, evidence);
            outcome = new StampOutcome
            {
                Kind = kind,
                Item = item,
                List = list,
                Category = item.Category,
                Basis = item.Citation,
                Redirect = redirect,
                Evidence = evidence,
                Requester = request.Requester,
                Purpose = request.Purpose,
                AskedText = request.Text,
                AsOf = asOf,
                Pack = packLabel,
                Message = message,
            };
        }

        return RuleResult<StampOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    private CatalogueItem? FindByCode(string code, LocalDate asOf)
    {
        var item = _certificates?.Find(code, asOf);
        if (item is null && _admission?.Find(code, asOf) is { } admitted && _admission.List(admitted.ListCode)!.Kind == CatalogueKinds.Stamping)
        {
            item = admitted;
        }

        return item;
    }

    private CatalogueList ListOf(CatalogueItem item) =>
        (item.CatalogueId == CatalogueKinds.Admission ? _admission : _certificates)!.List(item.ListCode)!;

    private StampDecisionKind KindOf(CatalogueItem item) => ListOf(item).Kind switch
    {
        CatalogueKinds.MayRefuse => StampDecisionKind.MayRefuse,
        CatalogueKinds.NeedsDeliberation => StampDecisionKind.NeedsDeliberation,
        _ => StampDecisionKind.MustIssue,
    };

    private static string KindWord(StampDecisionKind kind) => kind switch
    {
        StampDecisionKind.MustIssue => "must-issue",
        StampDecisionKind.MayRefuse => "may-refuse",
        StampDecisionKind.NeedsDeliberation => "needs-deliberation",
        _ => "not-covered",
    };

    private static LocalizedText Message(StampDecisionKind kind, CatalogueItem item, CatalogueList list, CatalogueDetail? redirect, CatalogueDetail? evidence)
    {
        var name = $"“{item.Name.ZhHans}”（{item.Code}，{list.Name.ZhHans}，{item.Layer} 层）";
        var nameEn = $"'{item.Name.En}' ({item.Code}, {list.Name.En}, layer {item.Layer})";
        return kind switch
        {
            StampDecisionKind.MayRefuse => new LocalizedText(
                $"{name}已不再由村（居）民委员会出具，可以不予盖章；依据：{item.Citation}。{(item.Category is { } c ? "类别：" + c.Name.ZhHans + "。" : string.Empty)}{(redirect is null ? string.Empty : "请申请人前往：" + redirect.Text.ZhHans + "。")}{(evidence is null ? string.Empty : "替代材料：" + evidence.Text.ZhHans + "。")}",
                $"{nameEn} is no longer issued by villagers' or residents' committees: the committee may refuse to stamp it; basis: {item.Citation}.{(item.Category is { } c2 ? " Category: " + c2.Name.En + "." : string.Empty)}{(redirect is null ? string.Empty : " Send the applicant to: " + redirect.Text.En + ".")}{(evidence is null ? string.Empty : " Alternative evidence: " + evidence.Text.En + ".")}"),
            StampDecisionKind.NeedsDeliberation => new LocalizedText(
                $"{name}须经居民（村民）议事、并由委员会负责人签字后方可出具；依据：{item.Citation}。",
                $"{nameEn} may be issued only after residents' deliberation and with the committee head's signature; basis: {item.Citation}."),
            _ => new LocalizedText(
                $"{name}在保留清单上，应予出具；依据：{item.Citation}。",
                $"{nameEn} is on the retained list: issue it; basis: {item.Citation}."),
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
            x.Warn(Placeholder(item.CatalogueId + "/categories/" + category.Code, $"分类“{category.Name.ZhHans}”（{category.Layer} 层）", $"the category '{category.Name.En}' (layer {category.Layer})"));
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

    private static void ExplainCatalogue(ExplanationBuilder x, Segment segment, LocalDate asOf)
    {
        var size = segment.PublishedSize;
        x.Step(
            "certification.catalogue",
            () => new LocalizedText(
                $"{ExplanationBuilder.Date(asOf)} 有效的不再出具证明事项 {segment.NegativeItems.ToString(CultureInfo.InvariantCulture)} 项{(size.HasValue ? "；所引清单公布 " + size.Value.ToString(CultureInfo.InvariantCulture) + " 项" : string.Empty)}。",
                $"{segment.NegativeItems.ToString(CultureInfo.InvariantCulture)} certificates no longer issued are in force on {ExplanationBuilder.Date(asOf)}{(size.HasValue ? "; the cited list publishes " + size.Value.ToString(CultureInfo.InvariantCulture) : string.Empty)}."),
            [size.Info]);
        if (size.HasValue && segment.NegativeItems < size.Value)
        {
            x.Warn(new RuleWarning(
                "CATALOGUE_INCOMPLETE",
                new LocalizedText(
                    $"规则包只收录了所引清单 {size.Value.ToString(CultureInfo.InvariantCulture)} 项中的 {segment.NegativeItems.ToString(CultureInfo.InvariantCulture)} 项；“目录未涵盖”不等于可以出具或拒绝。",
                    $"The pack holds {segment.NegativeItems.ToString(CultureInfo.InvariantCulture)} of the {size.Value.ToString(CultureInfo.InvariantCulture)} items of the cited list; 'not covered' means neither issue nor refuse."),
                CertificationParameters.PublishedListSize.Key));
        }
    }

    private sealed record Segment(ParameterValue<int> PublishedSize, int NegativeItems);
}
