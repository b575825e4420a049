using FluentValidation;
using Governance.Rules.Catalogues;
using Governance.Rules.Packs;
using Governance.Rules.TaskAdmission;

namespace Governance.Rules.Tests.TaskAdmission;

public sealed class AdmissionRequestValidatorProperties
{
    private static readonly LocalDate AsOf = new(2026, 2, 1);
    private static readonly Catalogue Catalogue = RulePacks.Suzhou.Catalogues[CatalogueKinds.Admission]!;
    private static readonly ProhibitedKindTable Kinds = RulePacks.Suzhou.Timeline(AdmissionParameters.ProhibitedKinds)!.At(AsOf).Value;

    /// <summary>Texts of every kind the rules tell apart: ordinary, blank, punctuation only, too long, with a control character, null.</summary>
    private static readonly Gen<string> Texts = Gen.Elements(
        "协助开展老年人能力评估入户登记", "市民政局", "某条例", "招商引资任务", "", "   ", "！！。", "\u3000", new string('事', 200), new string('事', 201), "民政\n局", "\u0001", null!);

    private static readonly Gen<IReadOnlyList<string>> Codes = Gen.Elements<IReadOnlyList<string>>(
        [], ["investment-attraction"], ["investment-attraction", "demolition"], ["lottery"], [""], [" "], [null!], null!,
        Enumerable.Repeat("demolition", AdmissionLimits.MaxEntries).ToArray(), Enumerable.Repeat("demolition", AdmissionLimits.MaxEntries + 1).ToArray());

    private static readonly Gen<WorkItemRequest> Requests =
        from title in Texts
        from department in Texts
        from list in Gen.Elements(AdmissionListType.StatutoryDuty, AdmissionListType.Assisting, AdmissionListType.Rating, AdmissionListType.Stamping, (AdmissionListType)9)
        from basis in Gen.Elements<IReadOnlyList<string>>([], ["某条例"], [""], ["民政\n局"], [new string('法', 201)], null!, Enumerable.Repeat("某法", AdmissionLimits.MaxEntries + 1).ToArray())
        from demands in Gen.Elements(0, 5, 63, 64, 1024)
        from prohibited in Codes
        from notApplicable in Codes
        from item in Gen.Elements<string?>(null, null, "people-mediation", "ghost", "")
        from start in Gen.Elements<LocalDate?>(null, new LocalDate(2026, 3, 1), new LocalDate(1800, 1, 1))
        select new WorkItemRequest
        {
            Title = title,
            RequestingDepartment = department,
            ListType = list,
            LegalBasis = basis,
            Demands = (WorkItemDemands)demands,
            ProhibitedKinds = prohibited,
            KindsNotApplicable = notApplicable,
            ItemCode = item,
            RequestedStart = start,
        };

    /// <summary>The reviewer trusts the hand-written check to decide validity; it must agree with the full validator on every request.</summary>
    [Property(MaxTest = 3_000)]
    public Property Fast_check_agrees_with_the_full_validator() =>
        Prop.ForAll(Requests.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (request, withPack) =>
        {
            var context = new ValidationContext<WorkItemRequest>(request);
            if (withPack)
            {
                context.RootContextData[AdmissionRequestValidator.KindsKey] = Kinds;
                context.RootContextData[AdmissionRequestValidator.CatalogueKey] = Catalogue;
            }

            var full = new AdmissionRequestValidator().Validate(context).IsValid;
            var fast = AdmissionRequestValidator.Passes(request, withPack ? Kinds : null, withPack ? Catalogue : null, out var title);
            return fast == full && (!fast || title == CatalogueText.Normalize(request.Title));
        });
}
