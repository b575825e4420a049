using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

public sealed class AdmissionProperties
{
    private static readonly AdmissionReviewer Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);
    private static readonly string[] Kinds = ["investment-attraction", "tax-collection", "demolition"];
    private static readonly string[] Items = ["people-mediation", "safe-community", "stamp-humanitarian-relief", "assist-elderly-disabled"];

    private static readonly Gen<WorkItemRequest> Requests =
        from list in Gen.Elements(Enum.GetValues<AdmissionListType>())
        from basis in Gen.Elements(true, false)
        from funds in Gen.Elements(true, false)
        from authority in Gen.Elements(true, false)
        from demands in Gen.Choose(0, 63)
        from kind in Gen.Choose(-1, Kinds.Length - 1)
        from item in Gen.Choose(-1, Items.Length - 1)
        from start in Gen.Choose(-400, 400)
        from legalChange in Gen.Elements(true, false)
        select new WorkItemRequest
        {
            Title = "某项工作",
            RequestingDepartment = "某局",
            ListType = list,
            LegalBasis = basis ? ["某条例"] : [],
            Resources = new ResourcesCommitted(funds, true, authority, true),
            Demands = (WorkItemDemands)demands,
            ProhibitedKinds = kind < 0 ? [] : [Kinds[kind]],
            ItemCode = item < 0 ? null : Items[item],
            RequestedStart = new LocalDate(2025, 6, 30).PlusDays(start),
            ArisesFromLegalChange = legalChange,
        };

    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 4000).Select(d => new LocalDate(2015, 7, 13).PlusDays(d));

    [Property]
    public Property Fast_path_agrees_with_the_full_result() =>
        Prop.ForAll(Requests.ToArbitrary(), Dates.ToArbitrary(), (r, date) =>
        {
            var full = Suzhou.Evaluate(r, EvaluationOptions.On(date, explain: false)).GetOutcomeOrThrow();
            var fast = Suzhou.Review(new AdmissionFacts(r.ListType, r.LegalBasis.Count > 0, r.Resources, r.Demands, r.ItemCode, r.RequestedStart, r.ArisesFromLegalChange), date, r.ProhibitedKinds.ToArray());
            return fast.Status == AdmissionStatus.Reviewed && fast.Decision == full.Decision && fast.Reasons == full.ReasonFlags && fast.Item == full.Item;
        });

    [Property]
    public Property Refused_exactly_when_a_reason_is_found_for_an_unlisted_item() =>
        Prop.ForAll(Requests.ToArbitrary(), Dates.ToArbitrary(), (r, date) =>
        {
            var o = Suzhou.Evaluate(r, EvaluationOptions.On(date, explain: false)).GetOutcomeOrThrow();
            // A placeholder list item never gives a confident answer: 待核实, with the item named as a reason.
            return o.Decision switch
            {
                AdmissionDecision.AlreadyAdmitted => o.Item is { Provenance: not Citations.Provenance.Placeholder },
                AdmissionDecision.NeedsConfirmation => o.Item is { Provenance: Citations.Provenance.Placeholder } && o.Reasons.Any(x => x.Reason == AdmissionReasons.PlaceholderItem),
                _ => (o.Decision == AdmissionDecision.Refused) == (o.Reasons.Count > 0),
            };
        });

    [Property]
    public Property Asking_for_more_burdens_never_removes_a_reason() =>
        Prop.ForAll(Requests.ToArbitrary(), Gen.Choose(0, 63).ToArbitrary(), Dates.ToArbitrary(), (r, extra, date) =>
        {
            var a = Suzhou.Review(new AdmissionFacts(r.ListType, r.LegalBasis.Count > 0, r.Resources, r.Demands, r.ItemCode, r.RequestedStart), date);
            var b = Suzhou.Review(new AdmissionFacts(r.ListType, r.LegalBasis.Count > 0, r.Resources, r.Demands | (WorkItemDemands)extra, r.ItemCode, r.RequestedStart), date);
            return (a.Reasons & b.Reasons) == a.Reasons;
        });

    [Property(MaxTest = 30)]
    public Property Results_are_identical_across_cultures_and_threads() =>
        Prop.ForAll(Requests.ToArbitrary(), r =>
        {
            string Render() => Render1(Suzhou.Evaluate(r, EvaluationOptions.On(new LocalDate(2026, 2, 1))));
            var texts = Cultures.Select(c => InCulture(c, Render)).ToList();
            texts.AddRange(Enumerable.Range(0, 4).AsParallel().Select(_ => Render()));
            return texts.Distinct().Count() == 1;
        });

    private static string Render1(RuleResult<AdmissionOutcome> r) =>
        r.Explanation.Render() + r.Explanation.Render(Language.En) + r.Outcome!.Decision + string.Join("|", r.Outcome.Reasons.Select(x => x.Message.ZhHans + x.Message.En))
        + string.Join("|", r.Warnings.Select(w => w.Message.En));
}
