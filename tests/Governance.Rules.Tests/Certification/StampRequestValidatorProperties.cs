using FluentValidation;
using Governance.Rules.Catalogues;
using Governance.Rules.Certification;
using Governance.Rules.Packs;
using Governance.Rules.Results;

namespace Governance.Rules.Tests.Certification;

public sealed class StampRequestValidatorProperties
{
    private static readonly StampDecider Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);
    private static readonly HashSet<string> Codes = ["kinship", "no-criminal-record", "stamp-humanitarian-relief"];

    private static readonly Gen<string?> Texts = Gen.Elements<string?>(
        null, null, "开个亲属关系证明", "無犯罪記錄證明", "亲属关系证明和无犯罪记录证明", "在外地务工收入证明", "", "   ", "！！。", new string('证', 200), new string('证', 201), "亲属\n证明");

    private static readonly Gen<StampRequest> Requests =
        from text in Texts
        from code in Gen.Elements<string?>(null, null, "kinship", "no-criminal-record", "ghost", "", " ", "kin\u0001", new string('k', 65))
        from requester in Gen.Elements(Requester.Unspecified, Requester.Bank, Requester.Court, (Requester)99)
        from purpose in Gen.Elements<string?>(null, "办理贷款", "", new string('用', 201), "用\u0002途")
        select new StampRequest { Text = text, Code = code, Requester = requester, Purpose = purpose };

    /// <summary>The decider trusts the hand-written check to decide validity; it must agree with the full validator on every request.</summary>
    [Property(MaxTest = 3_000)]
    public Property Fast_check_agrees_with_the_full_validator() =>
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            var context = new ValidationContext<StampRequest>(request);
            context.RootContextData[StampRequestValidator.CodesKey] = Codes;
            var full = new StampRequestValidator().Validate(context).IsValid;
            var length = request.Text is { Length: <= StampLimits.MaxTextLength } t ? CatalogueText.Normalize(t).Length : 0;
            return StampRequestValidator.Passes(request, Codes, length) == full;
        });

    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 5000).Select(d => new LocalDate(2018, 1, 1).PlusDays(d));

    /// <summary>The full result decides as the fast paths do: free text as <see cref="StampDecider.Match"/>, a code as <see cref="StampDecider.Decide"/>.</summary>
    [Property(MaxTest = 1_000)]
    public Property Evaluate_decides_as_the_fast_paths_do() =>
        Prop.ForAll(Requests.ToArbitrary(), Dates.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (request, date, explain) =>
        {
            var result = Suzhou.Evaluate(request, EvaluationOptions.On(date, explain));
            var fast = request.Code is { } code ? Suzhou.Decide(code, date) : Suzhou.Match(request.Text ?? string.Empty, date);
            if (!result.IsValid)
            {
                // An invalid request, or one the fast path can answer but the full result refuses (an unknown code, a purpose, a requester).
                return fast.Status != StampStatus.Decided || (request.Text is not null && request.Code is not null)
                    || result.Failures.Any(f => f.PropertyPath is "Code" or "Purpose" or "Requester");
            }

            return fast.Status == StampStatus.Decided && fast.Kind == result.Outcome!.Kind && fast.Item == result.Outcome.Item;
        });
}
