using FluentValidation;
using Governance.Rules.Catalogues;
using Governance.Rules.Validation;

namespace Governance.Rules.TaskAdmission;

/// <summary>Validates admission requests: texts, list type, demands, prohibited kinds and item codes.</summary>
/// <remarks>
/// Prohibited-kind codes and item codes are checked against the pack when the evaluator passes them as
/// <see cref="KindsKey"/> and <see cref="CatalogueKey"/> in the validation context's root data.
/// </remarks>
public sealed class AdmissionRequestValidator : AbstractValidator<WorkItemRequest>
{
    /// <summary>The root-data key of the <see cref="ProhibitedKindTable"/> in force.</summary>
    public const string KindsKey = "admission.prohibited_kinds";

    /// <summary>The root-data key of the admission <see cref="Catalogue"/>.</summary>
    public const string CatalogueKey = "admission.catalogue";

    private const WorkItemDemands AllDemands = WorkItemDemands.Plaques | WorkItemDemands.Ledgers | WorkItemDemands.AppCheckIns
        | WorkItemDemands.RepeatedReporting | WorkItemDemands.SeparateRating | WorkItemDemands.OneVoteVeto;

    /// <summary>Creates the validator.</summary>
    public AdmissionRequestValidator()
    {
        RuleFor(r => r.Title).Text();
        RuleFor(r => r.RequestingDepartment).Text();
        RuleFor(r => r.ListType).IsInEnum().WithError(AdmissionErrors.ListTypeUnknown);
        RuleFor(r => r.Demands).Must(d => (d & ~AllDemands) == 0).WithError(AdmissionErrors.DemandsUnknown);
        RuleFor(r => r.LegalBasis).Cascade(CascadeMode.Stop)
            .NotNull().WithError(AdmissionErrors.ListMissing)
            .Must(l => l.Count <= AdmissionLimits.MaxEntries).WithError(AdmissionErrors.TooMany);
        RuleForEach(r => r.LegalBasis).Text().When(r => r.LegalBasis is { Count: <= AdmissionLimits.MaxEntries });
        KindCodes(r => r.ProhibitedKinds);
        KindCodes(r => r.KindsNotApplicable);
        RuleFor(r => r.RequestedStart!.Value).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange)
            .OverridePropertyName(nameof(WorkItemRequest.RequestedStart)).When(r => r.RequestedStart is not null);
        RuleFor(r => r.ItemCode!)
            .Must((_, code, ctx) => !ctx.RootContextData.TryGetValue(CatalogueKey, out var c) || c is not Catalogue catalogue || catalogue.Versions(code).Count > 0)
            .WithError(AdmissionErrors.ItemUnknown)
            .When(r => r.ItemCode is not null);
    }

    /// <summary>
    /// A hand-written check that accepts exactly the requests the rules above accept (with the same kinds and
    /// catalogue), and gives the normalised title; the evaluator runs the full validator only when this check fails,
    /// to say why.
    /// </summary>
    internal static bool Passes(WorkItemRequest request, ProhibitedKindTable? kinds, Catalogue? catalogue, out string title)
    {
        title = string.Empty;
        if (!TextPasses(request.Title) || !TextPasses(request.RequestingDepartment) || !CatalogueText.HasText(request.RequestingDepartment)
            || !Enum.IsDefined(request.ListType) || (request.Demands & ~AllDemands) != 0
            || request.LegalBasis is not { Count: <= AdmissionLimits.MaxEntries } basis
            || (request.RequestedStart is { } start && !InputLimits.Contains(start))
            || (request.ItemCode is { } code && catalogue is not null && catalogue.Versions(code).Count == 0)
            || !KindCodesPass(request.ProhibitedKinds, kinds) || !KindCodesPass(request.KindsNotApplicable, kinds))
        {
            return false;
        }

        for (var i = 0; i < basis.Count; i++)
        {
            if (!TextPasses(basis[i]))
            {
                return false;
            }
        }

        title = CatalogueText.Normalize(request.Title);
        return title.Length > 0;
    }

    /// <summary>Not empty or blank, not too long, no control character (the rules of <see cref="AdmissionTextRules"/>).</summary>
    private static bool TextPasses(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= AdmissionLimits.MaxTextLength && !CatalogueText.HasControlCharacter(text);

    private static bool KindCodesPass(IReadOnlyList<string>? codes, ProhibitedKindTable? kinds)
    {
        if (codes is not { Count: <= AdmissionLimits.MaxEntries })
        {
            return false;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(codes[i]) || (kinds is not null && !kinds.ByCode.ContainsKey(codes[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A list of prohibited-kind codes: present, not too long, each a non-empty kind the pack defines.</summary>
    private void KindCodes(System.Linq.Expressions.Expression<Func<WorkItemRequest, IEnumerable<string>>> list)
    {
        var get = list.Compile();
        RuleFor(list).Cascade(CascadeMode.Stop)
            .NotNull().WithError(AdmissionErrors.ListMissing)
            .Must(l => l.Count() <= AdmissionLimits.MaxEntries).WithError(AdmissionErrors.TooMany);
        // No rule-level cascade: on a collection it would stop at the first bad element. Each check instead passes
        // an element an earlier check already refused, so every element gets its one failure.
        RuleForEach(list)
            .NotEmpty().WithError(AdmissionErrors.TextEmpty)
            .Must((_, code, ctx) => string.IsNullOrWhiteSpace(code) || !ctx.RootContextData.TryGetValue(KindsKey, out var t) || t is not ProhibitedKindTable kinds || kinds.ByCode.ContainsKey(code))
            .WithError(AdmissionErrors.KindUnknown)
            .When(r => get(r) is { } codes && codes.Count() <= AdmissionLimits.MaxEntries);
    }
}

/// <summary>Validates a community worker's list check.</summary>
public sealed class ListCheckRequestValidator : AbstractValidator<ListCheckRequest>
{
    /// <summary>Creates the validator.</summary>
    public ListCheckRequestValidator()
    {
        RuleFor(r => r).Must(r => r.Text is not null || r.ItemCode is not null).WithError(AdmissionErrors.NothingAsked).OverridePropertyName(nameof(ListCheckRequest.Text));
        RuleFor(r => r.Text!).Text().When(r => r.Text is not null);
        RuleFor(r => r.ItemCode!).Text().When(r => r.ItemCode is not null);
    }
}

internal static class AdmissionTextRules
{
    public static IRuleBuilderOptions<T, string> Text<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithError(AdmissionErrors.TextEmpty)
            .MaximumLength(AdmissionLimits.MaxTextLength).WithError(AdmissionErrors.TextTooLong)
            .Must(t => t is null || !CatalogueText.HasControlCharacter(t)).WithError(AdmissionErrors.TextControl)
            .Must(t => t is null || CatalogueText.Normalize(t).Length > 0).WithError(AdmissionErrors.TextEmpty);

    /// <summary>Each element of a list of texts: no rule-level cascade (it would stop at the first bad element); a
    /// later check passes an element an earlier one refused, so every element gets at most one failure.</summary>
    public static IRuleBuilderOptions<T, string> Text<T>(this IRuleBuilderInitialCollection<T, string> rule) =>
        rule.NotEmpty().WithError(AdmissionErrors.TextEmpty)
            .MaximumLength(AdmissionLimits.MaxTextLength).WithError(AdmissionErrors.TextTooLong)
            .Must(t => string.IsNullOrWhiteSpace(t) || t.Length > AdmissionLimits.MaxTextLength || !CatalogueText.HasControlCharacter(t))
            .WithError(AdmissionErrors.TextControl);
}
