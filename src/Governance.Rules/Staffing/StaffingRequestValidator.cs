using FluentValidation;
using Governance.Rules.Validation;

namespace Governance.Rules.Staffing;

/// <summary>Validates a staffing request: ids, hierarchy, populations, households and worker counts.</summary>
/// <remarks>
/// Category codes are checked against the pack in force, passed as <see cref="CategoriesKey"/> in the
/// validation context's root data; without it, codes are not checked.
/// </remarks>
public sealed class StaffingRequestValidator : AbstractValidator<StaffingRequest>
{
    /// <summary>The root-data key under which the evaluator passes the <see cref="WorkerCategoryTable"/> in force.</summary>
    public const string CategoriesKey = "staffing.worker_categories";

    /// <summary>Creates the validator.</summary>
    public StaffingRequestValidator()
    {
        RuleFor(r => r.Areas).NotNull().WithError(StaffingErrors.NoAreas);
        RuleFor(r => r.Areas).NotEmpty().WithError(StaffingErrors.NoAreas)
            .Must(a => a.Count <= StaffingLimits.MaxAreas).WithError(StaffingErrors.TooManyAreas)
            .When(r => r.Areas is not null);
        // A request over the limit is refused for that alone: its areas are not read one by one.
        RuleForEach(r => r.Areas).NotNull().WithError(StaffingErrors.AreaMissing).SetValidator(new AreaValidator())
            .When(r => r.Areas is not { Count: > StaffingLimits.MaxAreas });
        RuleFor(r => r).Custom(CheckHierarchy).When(r => r.Areas is { Count: <= StaffingLimits.MaxAreas } && r.Areas.All(a => a is not null));
    }

    /// <summary>
    /// A hand-written check that accepts exactly the requests the rules above accept, without allocating
    /// per area; the evaluator runs the full validator only when this check fails, to explain why.
    /// </summary>
    internal static bool Passes(StaffingRequest request, WorkerCategoryTable categories, out Dictionary<string, int>? index)
    {
        var areas = request.Areas;
        index = null;
        if (areas is null || areas.Count == 0 || areas.Count > StaffingLimits.MaxAreas)
        {
            return false;
        }

        // One area has no other id to clash with and no parent to find (a parent id names no area): no index is built.
        index = areas.Count > 1 ? new Dictionary<string, int>(areas.Count, StringComparer.Ordinal) : null;
        for (var i = 0; i < areas.Count; i++)
        {
            var a = areas[i];
            if (a is null || string.IsNullOrWhiteSpace(a.Id) || a.Id.Length > 64 || (uint)a.Level > (uint)AreaLevel.City || (index is not null && !index.TryAdd(a.Id, i)))
            {
                return false;
            }

            if (a.UrbanPermanentPopulation is < 0 or > StaffingLimits.MaxPopulation || a.Households is < 0)
            {
                return false;
            }

            if (a.Households is { } h && a.UrbanPermanentPopulation is { } p0 && h > p0)
            {
                return false;
            }

            if (a.Workers is not null && !WorkersPass(a.Workers, categories, a.UrbanPermanentPopulation))
            {
                return false;
            }
        }

        // With every parent strictly above its child in level, parent chains cannot loop.
        Span<long> childPopulation = areas.Count <= 64 ? stackalloc long[areas.Count] : new long[areas.Count];
        Span<bool> hasChildren = areas.Count <= 64 ? stackalloc bool[areas.Count] : new bool[areas.Count];
        Span<int> parentOf = areas.Count <= 64 ? stackalloc int[areas.Count] : new int[areas.Count];
        parentOf.Fill(-1);
        var anyParent = false;
        for (var i = 0; i < areas.Count; i++)
        {
            // Tests kept apart, so that no variable's definite assignment depends on another test (mutation testing can
            // then mutate each).
            var parentId = areas[i].ParentId;
            if (parentId is null)
            {
                continue;
            }

            if (index is null)
            {
                return false;
            }

            if (!index.TryGetValue(parentId, out var p))
            {
                return false;
            }

            if (areas[p].Level <= areas[i].Level)
            {
                return false;
            }

            hasChildren[p] = true;
            parentOf[i] = p;
            anyParent = true;
        }

        // Populations from the communities up: a parent's is its children's sum, whether it states it or not. Without
        // parents one pass over the areas, in any order, does.
        var lastLevel = anyParent ? (int)AreaLevel.City : (int)AreaLevel.Community;
        for (var level = (int)AreaLevel.Community; level <= lastLevel; level++)
        {
            for (var i = 0; i < areas.Count; i++)
            {
                if (anyParent && (int)areas[i].Level != level)
                {
                    continue;
                }

                var stated = areas[i].UrbanPermanentPopulation;
                if (hasChildren[i] ? stated is { } s && s != childPopulation[i] : stated is null)
                {
                    return false;
                }

                var population = hasChildren[i] ? childPopulation[i] : stated!.Value;
                if (population > StaffingLimits.MaxPopulation)
                {
                    return false;
                }

                if (parentOf[i] >= 0)
                {
                    childPopulation[parentOf[i]] += population;
                }
            }
        }

        return true;
    }

    private static bool WorkersPass(IReadOnlyDictionary<string, int> workers, WorkerCategoryTable categories, long? population)
    {
        long total = 0;
        if (workers is Dictionary<string, int> dictionary)
        {
            // The concrete type's struct enumerator avoids boxing on the hot path.
            foreach (var (code, count) in dictionary)
            {
                if (count < 0 || !categories.ByCode.ContainsKey(code))
                {
                    return false;
                }

                total += count;
            }
        }
        else
        {
            foreach (var (code, count) in workers)
            {
                if (count < 0 || !categories.ByCode.ContainsKey(code))
                {
                    return false;
                }

                total += count;
            }
        }

        return population is not { } p || total <= p;
    }

    private static void CheckHierarchy(StaffingRequest request, ValidationContext<StaffingRequest> context)
    {
        var areas = request.Areas;
        var index = new Dictionary<string, int>(areas.Count, StringComparer.Ordinal);
        for (var i = 0; i < areas.Count; i++)
        {
            if (areas[i].Id is { } id && !index.TryAdd(id, i))
            {
                context.AddFailure(Failure($"Areas[{i}].Id", id, StaffingErrors.IdDuplicate));
            }
        }

        var children = new int[areas.Count];
        var parentOf = new int[areas.Count];
        Array.Fill(parentOf, -1);
        for (var i = 0; i < areas.Count; i++)
        {
            var parentId = areas[i].ParentId;
            if (parentId is null)
            {
                continue;
            }

            if (!index.TryGetValue(parentId, out var p))
            {
                context.AddFailure(Failure($"Areas[{i}].ParentId", parentId, StaffingErrors.ParentUnknown));
                continue;
            }

            if (p == i)
            {
                continue; // an area its own parent: refused as a loop below, and not its own child
            }

            children[p]++;
            parentOf[i] = p;
            if (areas[p].Level <= areas[i].Level)
            {
                context.AddFailure(Failure($"Areas[{i}].Level", areas[i].Level.ToString(), StaffingErrors.LevelOrder));
            }
        }

        // Cycles: walking up from any area must reach a top-level area within areas.Count steps.
        var state = new byte[areas.Count]; // 0 unknown, 1 reaches a root, 2 in a loop
        for (var i = 0; i < areas.Count; i++)
        {
            var path = new List<int>();
            var current = i;
            var outcome = (byte)1;
            while (true)
            {
                if (state[current] != 0)
                {
                    outcome = state[current];
                    break;
                }

                if (path.Contains(current))
                {
                    outcome = 2;
                    break;
                }

                path.Add(current);
                var parentId = areas[current].ParentId;
                if (parentId is null)
                {
                    break;
                }

                if (!index.TryGetValue(parentId, out var next))
                {
                    break;
                }

                current = next;
            }

            foreach (var p in path)
            {
                state[p] = outcome;
            }

            if (outcome == 2)
            {
                context.AddFailure(Failure($"Areas[{i}].ParentId", areas[i].Id, StaffingErrors.Cycle));
            }
        }

        var childPopulation = ChildPopulations(areas, children, parentOf);
        for (var i = 0; i < areas.Count; i++)
        {
            var a = areas[i];
            var path = $"Areas[{i}].UrbanPermanentPopulation";
            if (children[i] == 0 && a.UrbanPermanentPopulation is null)
            {
                context.AddFailure(Failure(path, null, StaffingErrors.PopulationMissing));
            }
            else if (children[i] > 0 && a.UrbanPermanentPopulation is { } stated && stated != childPopulation[i])
            {
                var failure = Failure(path, stated.ToString(System.Globalization.CultureInfo.InvariantCulture), StaffingErrors.PopulationMismatch);
                failure.FormattedMessagePlaceholderValues = new Dictionary<string, object?> { ["ChildrenSum"] = childPopulation[i] };
                context.AddFailure(failure);
            }
            else if (children[i] > 0 && a.UrbanPermanentPopulation is null && childPopulation[i] > StaffingLimits.MaxPopulation)
            {
                var failure = Failure(path, childPopulation[i].ToString(System.Globalization.CultureInfo.InvariantCulture), StaffingErrors.PopulationAbsurd);
                failure.FormattedMessagePlaceholderValues = new Dictionary<string, object?> { ["ComparisonValue"] = StaffingLimits.MaxPopulation };
                context.AddFailure(failure);
            }
        }

        if (context.RootContextData.TryGetValue(CategoriesKey, out var data) && data is WorkerCategoryTable categories)
        {
            var known = string.Join(", ", categories.Categories.Select(c => c.Code));
            for (var i = 0; i < areas.Count; i++)
            {
                var workers = areas[i].Workers;
                if (workers is null)
                {
                    continue;
                }

                foreach (var code in workers.Keys.Order(StringComparer.Ordinal))
                {
                    if (!categories.ByCode.ContainsKey(code))
                    {
                        var failure = Failure($"Areas[{i}].Workers[{code}]", code, StaffingErrors.CategoryUnknown);
                        failure.FormattedMessagePlaceholderValues = new Dictionary<string, object?> { ["Known"] = known };
                        context.AddFailure(failure);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Each area's children's population summed from the communities up (lower levels first): a child counts with its
    /// children's sum, whether it states it or not, or with its own figure when it has none (a negative one as 0). Where
    /// levels are out of order (refused for that), a sum may reach its grandparent late; the parent's own sum is whole.
    /// </summary>
    private static long[] ChildPopulations(IReadOnlyList<StaffingArea> areas, int[] children, int[] parentOf)
    {
        var sums = new long[areas.Count];
        foreach (var i in Enumerable.Range(0, areas.Count).OrderBy(i => (int)areas[i].Level))
        {
            if (parentOf[i] >= 0)
            {
                sums[parentOf[i]] += children[i] > 0 ? sums[i] : Math.Max(0, areas[i].UrbanPermanentPopulation ?? 0);
            }
        }

        return sums;
    }

    private static FluentValidation.Results.ValidationFailure Failure(string path, string? value, ErrorDescriptor error) =>
        new(path, error.ZhHans, value) { ErrorCode = error.Code, CustomState = error };

    private sealed class AreaValidator : AbstractValidator<StaffingArea>
    {
        public AreaValidator()
        {
            RuleFor(a => a.Id).NotEmpty().WithError(StaffingErrors.IdMissing)
                .MaximumLength(64).WithError(StaffingErrors.IdMissing);
            RuleFor(a => a.Level).IsInEnum().WithError(StaffingErrors.LevelUnknown);
            RuleFor(a => a.UrbanPermanentPopulation!.Value)
                .GreaterThanOrEqualTo(0).WithError(StaffingErrors.PopulationNegative)
                .LessThanOrEqualTo(StaffingLimits.MaxPopulation).WithError(StaffingErrors.PopulationAbsurd)
                .OverridePropertyName(nameof(StaffingArea.UrbanPermanentPopulation))
                .When(a => a.UrbanPermanentPopulation is not null);
            RuleFor(a => a.Households!.Value)
                .GreaterThanOrEqualTo(0).WithError(StaffingErrors.HouseholdsNegative)
                .OverridePropertyName(nameof(StaffingArea.Households))
                .When(a => a.Households is not null);
            RuleFor(a => a)
                .Must(a => a.Households!.Value <= a.UrbanPermanentPopulation!.Value).WithError(StaffingErrors.HouseholdsExceedPopulation)
                .OverridePropertyName(nameof(StaffingArea.Households))
                .When(a => a.Households is >= 0 && a.UrbanPermanentPopulation is >= 0);
            RuleFor(a => a.Workers).Custom(NoNegativeCount).When(a => a.Workers is not null);
            RuleFor(a => a)
                .Must(a => a.Workers!.Values.Sum(v => (long)Math.Max(0, v)) <= a.UrbanPermanentPopulation!.Value).WithError(StaffingErrors.WorkersExceedPopulation)
                .OverridePropertyName(nameof(StaffingArea.Workers))
                .When(a => a.Workers is not null && a.UrbanPermanentPopulation is >= 0);
        }

        /// <summary>A negative count, named at its category (in ordinal order of the codes) with the count as given.</summary>
        private static void NoNegativeCount(IReadOnlyDictionary<string, int>? workers, ValidationContext<StaffingArea> context)
        {
            foreach (var (code, count) in workers!.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                if (count < 0)
                {
                    var failure = Failure($"{context.PropertyPath}[{code}]", null, StaffingErrors.WorkersNegative);
                    failure.AttemptedValue = count;
                    context.AddFailure(failure);
                }
            }
        }
    }
}
