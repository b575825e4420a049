using FluentValidation;
using Governance.Rules.Catalogues;
using Governance.Rules.Validation;

namespace Governance.Rules.Certification;

/// <summary>Validates certificate requests: text or code, lengths, control characters and requester.</summary>
/// <remarks>Codes are checked against the catalogues passed as <see cref="CodesKey"/> in the root data (a set of known codes).</remarks>
public sealed class StampRequestValidator : AbstractValidator<StampRequest>
{
    /// <summary>The root-data key of the known item codes (an <c>ISet&lt;string&gt;</c>).</summary>
    public const string CodesKey = "certification.codes";

    /// <summary>Creates the validator.</summary>
    public StampRequestValidator()
    {
        RuleFor(r => r).Must(r => r.Text is not null || r.Code is not null).WithError(StampErrors.Empty).OverridePropertyName(nameof(StampRequest.Text));
        RuleFor(r => r).Must(r => r.Text is null || r.Code is null).WithError(StampErrors.Both).OverridePropertyName(nameof(StampRequest.Code));
        RuleFor(r => r.Text!).Cascade(CascadeMode.Stop)
            .MaximumLength(StampLimits.MaxTextLength).WithError(StampErrors.TooLong)
            .Must(t => !CatalogueText.HasControlCharacter(t)).WithError(StampErrors.Control)
            .Must(t => CatalogueText.Normalize(t).Length > 0).WithError(StampErrors.Empty)
            .When(r => r.Text is not null);
        RuleFor(r => r.Code!).Cascade(CascadeMode.Stop)
            .NotEmpty().WithError(StampErrors.Empty)
            .MaximumLength(StampLimits.MaxCodeLength).WithError(StampErrors.TooLong)
            .Must(t => !CatalogueText.HasControlCharacter(t)).WithError(StampErrors.Control)
            .Must((_, code, ctx) => !ctx.RootContextData.TryGetValue(CodesKey, out var c) || c is not ISet<string> codes || codes.Contains(code)).WithError(StampErrors.CodeUnknown)
            .When(r => r.Code is not null);
        RuleFor(r => r.Requester).IsInEnum().WithError(StampErrors.RequesterUnknown);
        RuleFor(r => r.Purpose!).Cascade(CascadeMode.Stop)
            .MaximumLength(StampLimits.MaxTextLength).WithError(StampErrors.TooLong)
            .Must(t => !CatalogueText.HasControlCharacter(t)).WithError(StampErrors.Control)
            .When(r => r.Purpose is not null);
    }

    /// <summary>
    /// A hand-written check that accepts exactly the requests the rules above accept with <paramref name="codes"/> as
    /// the known codes; the decider runs the full validator only when this check fails, to say why.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="codes">The known item codes.</param>
    /// <param name="normalisedLength">The length of the request's text once normalised (0 when there is none).</param>
    internal static bool Passes(StampRequest request, ISet<string> codes, int normalisedLength) =>
        (request.Text is null) != (request.Code is null)
        && (request.Text is not { } text || (text.Length <= StampLimits.MaxTextLength && !CatalogueText.HasControlCharacter(text) && normalisedLength > 0))
        && (request.Code is not { } code
            || (!string.IsNullOrWhiteSpace(code) && code.Length <= StampLimits.MaxCodeLength && !CatalogueText.HasControlCharacter(code) && codes.Contains(code)))
        && Enum.IsDefined(request.Requester)
        && (request.Purpose is not { } purpose || (purpose.Length <= StampLimits.MaxTextLength && !CatalogueText.HasControlCharacter(purpose)));
}
