using FluentValidation;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

public sealed class StaffingRequestValidatorProperties
{
    private static readonly WorkerCategoryTable Categories =
        RulePacks.Suzhou.Timeline(StaffingParameters.WorkerCategories)!.At(Date("2025-06-30")).Value;

    /// <summary>Requests built from a small vocabulary so that valid ones and every kind of defect both occur often.</summary>
    private static readonly Gen<StaffingRequest> Requests =
        from count in Gen.Choose(0, 6)
        from areas in Gen.ArrayOf(
            from id in Gen.Elements("a", "b", "c", "d", "", " ")
            from parent in Gen.Elements<string?>(null, null, "a", "b", "c", "x")
            from level in Gen.Elements(AreaLevel.Community, AreaLevel.Community, AreaLevel.Street, AreaLevel.District, (AreaLevel)7)
            from population in Gen.Elements<long?>(null, 0, 3, 500, 5_000, -1, StaffingLimits.MaxPopulation + 1)
            from households in Gen.Elements<long?>(null, null, 2, 400, 6_000, -3)
            from workers in Gen.Elements<IReadOnlyDictionary<string, int>?>(
                null,
                new Dictionary<string, int> { ["community-full-time"] = 4 },
                new Dictionary<string, int> { ["part-time"] = 1, ["two-committees-full-time"] = 2 },
                new Dictionary<string, int> { ["community-full-time"] = -1 },
                new Dictionary<string, int> { ["wizard"] = 1 })
            select new StaffingArea { Id = id, ParentId = parent, Level = level, UrbanPermanentPopulation = population, Households = households, Workers = workers },
            count)
        select new StaffingRequest { Areas = areas };

    /// <summary>The evaluator trusts the fast check to decide validity; it must agree with the full validator on every request.</summary>
    [Property(MaxTest = 2_000)]
    public Property Fast_check_agrees_with_the_full_validator() =>
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            var context = new ValidationContext<StaffingRequest>(request);
            context.RootContextData[StaffingRequestValidator.CategoriesKey] = Categories;
            var full = new StaffingRequestValidator().Validate(context).IsValid;
            return StaffingRequestValidator.Passes(request, Categories, out _) == full;
        });
}
