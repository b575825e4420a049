using System.Collections.Concurrent;
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
public sealed partial class StampDecider
{
    private static readonly StampRequestValidator Validator = new();

    private readonly RulePack _pack;
    private readonly IClock _clock;
    private readonly Catalogue? _certificates;
    private readonly Catalogue? _admission;
    private readonly CatalogueMatcher _matcher;
    private readonly HashSet<string> _codes;
    private readonly PolicyTimeline<Segment> _segments;
    private readonly string _packLabel;
    private readonly ConcurrentDictionary<CatalogueItem, ItemAnswer> _answers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a decider over <paramref name="pack"/>.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock that says what "today" is when no as-of date is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StampDecider(RulePack pack, IClock clock)
    {
        _pack = Guard.NotNull(pack);
        _clock = Guard.NotNull(clock);
        _packLabel = pack.Id + "@" + pack.Version;
        _certificates = pack.Catalogues[CatalogueKinds.Certification];
        _admission = pack.Catalogues[CatalogueKinds.Admission];
        var retained = _admission?.Items.Where(i => _admission.List(i.ListCode)!.Kind == CatalogueKinds.Stamping).ToArray() ?? [];
        _matcher = new CatalogueMatcher((_certificates?.Items ?? []).Concat(retained));
        _codes = [.. (_certificates?.Items ?? []).Concat(retained).Select(i => i.Code)];
        var size = pack.Timeline(CertificationParameters.PublishedListSize);
        var categoryCount = pack.Timeline(CertificationParameters.NegativeListCategories);
        var certificates = _certificates;
        _segments = new PolicyTimeline<Segment>(
            [size, categoryCount],
            certificates?.ChangeDates ?? [],
            date => certificates is not null && certificates.Items.Any(i => i.IsInForce(date))
                ? new Segment(
                    size?.At(date) ?? default,
                    // The published lists are of certificates no longer issued: an item the committee only may refuse is not one of them.
                    certificates.Items.Count(i => i.IsInForce(date) && certificates.List(i.ListCode)!.Kind == CatalogueKinds.ShouldNotIssue),
                    categoryCount?.At(date) ?? default,
                    certificates.Categories)
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

        Span<char> buffer = stackalloc char[StampLimits.MaxTextLength];
        var length = request.Text is { Length: <= StampLimits.MaxTextLength } text ? CatalogueText.Normalize(text, buffer) : 0;
        if (!StampRequestValidator.Passes(request, _codes, length))
        {
            var context = new ValidationContext<StampRequest>(request);
            context.RootContextData[StampRequestValidator.CodesKey] = _codes;
            var failures = Validator.Validate(context).ToFailures<StampRequest>();
            if (failures.Count > 0)
            {
                return RuleResult<StampOutcome>.Invalid(failures, stamp);
            }
        }

        var x = new ExplanationBuilder(options.Explain);
        CatalogueItem? item;
        var status = MatchStatus.Matched;
        if (request.Code is { } code)
        {
            item = FindByCode(code, asOf);
            status = item is null ? MatchStatus.NoMatch : MatchStatus.Matched;
        }
        else
        {
            (status, item) = _matcher.Match(buffer[..length], asOf);
        }

        ExplainCatalogue(x, segment, asOf);
        StampOutcome outcome;
        if (item is null)
        {
            outcome = NotCovered(request, status, request.Code is null ? new string(buffer[..length]) : string.Empty, asOf, x);
        }
        else
        {
            var answer = _answers.GetOrAdd(item, static (i, self) => self.Answer(i), this);
            if (x.Explaining)
            {
                StepItem(x, answer, item);
            }

            foreach (var warning in answer.Warnings)
            {
                x.Warn(warning);
            }

            outcome = new StampOutcome
            {
                Kind = answer.Kind,
                Item = item,
                List = answer.List,
                Category = item.Category,
                Basis = item.Citation,
                Redirect = answer.Redirect,
                Evidence = answer.Evidence,
                Unconfirmed = answer.Unconfirmed,
                Requester = request.Requester,
                Purpose = request.Purpose,
                AskedText = request.Text,
                AsOf = asOf,
                Pack = _packLabel,
                Message = answer.Message,
            };
        }

        return RuleResult<StampOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    /// <summary>No single item named: the nearest items (or, for a text naming several, every one named), and what to do.</summary>
    private StampOutcome NotCovered(StampRequest request, MatchStatus status, string normalised, LocalDate asOf, ExplanationBuilder x)
    {
        var candidates = status == MatchStatus.Ambiguous
            ? _matcher.AllNamed(normalised, asOf)
            : normalised.Length > 0 ? _matcher.Nearest(normalised, asOf, StampLimits.Candidates) : [];
        var names = string.Join("、", candidates.Select(c => c.Name.ZhHans));
        var namesEn = string.Join("; ", candidates.Select(c => c.Name.En));
        var message = status == MatchStatus.Ambiguous
            ? new LocalizedText($"申请同时涉及多个证明事项（{names}），无法确定所指事项，请逐项申请。", $"The request names several certificates ({namesEn}); it cannot be told which is meant. Ask for each separately.")
            : new LocalizedText(
                $"清单未列明该证明事项。{(candidates.Count > 0 ? "相近事项：" + names + "。" : "清单中没有相近事项。")}有法律法规依据、属于本委员会职责范围且能够核实的，据实出具；否则不予出具。",
                $"The lists do not name this certificate.{(candidates.Count > 0 ? " Close items: " + namesEn + "." : " No item on the lists is close to it.")} Where a legal basis exists, the matter is within the committee's duties and can be verified, issue on the facts; otherwise do not.");
        x.Step("certification.not-covered", () => message, null, ExplanationBuilder.Value("text", normalised));
        return new StampOutcome
        {
            Kind = StampDecisionKind.NotCovered,
            Candidates = candidates,
            Requester = request.Requester,
            Purpose = request.Purpose,
            AskedText = request.Text,
            AsOf = asOf,
            Pack = _packLabel,
            Message = message,
        };
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

    private StampDecisionKind KindOf(CatalogueItem item) => item.Provenance == Provenance.Placeholder
        ? StampDecisionKind.NeedsConfirmation
        : ListOf(item).Kind switch
        {
            CatalogueKinds.ShouldNotIssue => StampDecisionKind.ShouldNotIssue,
            CatalogueKinds.MayRefuse => StampDecisionKind.MayRefuse,
            CatalogueKinds.NeedsDeliberation => StampDecisionKind.NeedsDeliberation,
            _ => StampDecisionKind.MustIssue,
        };

    private static string KindWord(StampDecisionKind kind) => kind switch
    {
        StampDecisionKind.MustIssue => "must-issue",
        StampDecisionKind.MayRefuse => "may-refuse",
        StampDecisionKind.ShouldNotIssue => "should-not-issue",
        StampDecisionKind.NeedsDeliberation => "needs-deliberation",
        StampDecisionKind.NeedsConfirmation => "needs-confirmation",
        _ => "not-covered",
    };

}
