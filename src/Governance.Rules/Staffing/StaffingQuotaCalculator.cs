using FluentValidation;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using Governance.Rules.Validation;
using NodaTime;

namespace Governance.Rules.Staffing;

/// <summary>
/// The community-worker staffing quota (社区工作者配备标准): the required headcount of an area from its urban
/// permanent population, the counted workers, and the gap — for one area or a hierarchy of areas.
/// </summary>
/// <remarks>
/// Suzhou staffs 18 community workers per 10,000 urban permanent residents (每万名城镇常住人口配备社区工作者18人),
/// the national 十四五 planning indicator (国办发〔2021〕56号). The rate, the rounding rule, the counted worker
/// categories and any per-community rules are pack data. Thread-safe and pure: the same pack, request and
/// as-of date always give the same result.
/// </remarks>
public sealed partial class StaffingQuotaCalculator
{
    private const decimal TenThousand = 10_000m;
    private static readonly StaffingRequestValidator Validator = new();

    private readonly RulePack _pack;
    private readonly IClock _clock;
    private readonly PolicyTimeline<Policy> _policies;

    /// <summary>Creates a calculator over <paramref name="pack"/>.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock that says what "today" is when no as-of date is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StaffingQuotaCalculator(RulePack pack, IClock clock)
    {
        _pack = Guard.NotNull(pack);
        _clock = Guard.NotNull(clock);
        var rate = pack.Timeline(StaffingParameters.WorkersPer10kUrbanResidents);
        var rounding = pack.Timeline(StaffingParameters.Rounding);
        var categories = pack.Timeline(StaffingParameters.WorkerCategories);
        var bands = pack.Timeline(StaffingParameters.HouseholdBandsRule);
        var min = pack.Timeline(StaffingParameters.PerCommunityMinimum);
        var max = pack.Timeline(StaffingParameters.PerCommunityMaximum);
        _policies = new PolicyTimeline<Policy>([rate, rounding, categories, bands, min, max], date =>
        {
            var r = rate?.At(date) ?? default;
            var rd = rounding?.At(date) ?? default;
            var c = categories?.At(date) ?? default;
            if (!r.HasValue || !rd.HasValue || !c.HasValue)
            {
                return null;
            }

            var b = bands?.At(date) ?? default;
            var mn = min?.At(date) ?? default;
            var mx = max?.At(date) ?? default;
            return new Policy(r, rd, c, b, mn, mx);
        });
    }

    /// <summary>The pack the calculator reads.</summary>
    public RulePack Pack => _pack;

    /// <summary>
    /// The quota of one area, allocation-free and without explanation, for batch work.
    /// </summary>
    /// <param name="urbanPermanentPopulation">Urban permanent residents (0 to <see cref="StaffingLimits.MaxPopulation"/>).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="households">Households, used by household bands for a community.</param>
    /// <param name="level">The area's level; per-community rules apply only to <see cref="AreaLevel.Community"/>.</param>
    /// <returns>The quota, or a status saying why there is none (never a partial figure).</returns>
    public StaffingQuota Quota(long urbanPermanentPopulation, LocalDate asOf, long? households = null, AreaLevel level = AreaLevel.Community)
    {
        if (urbanPermanentPopulation is < 0 or > StaffingLimits.MaxPopulation || households is < 0 || households > urbanPermanentPopulation)
        {
            return new StaffingQuota(StaffingQuotaStatus.InvalidInput, 0m, 0, null, 0, false);
        }

        var policy = _policies.At(asOf);
        if (policy is null)
        {
            return new StaffingQuota(StaffingQuotaStatus.NoPolicyInForce, 0m, 0, null, 0, false);
        }

        var q = policy.Compute(urbanPermanentPopulation, households, level);
        var placeholder = policy.UsesPlaceholder || (level == AreaLevel.Community && policy.CommunityRulesUsePlaceholder(households is not null));
        return new StaffingQuota(StaffingQuotaStatus.Computed, q.Exact, q.PopulationQuota, q.BandQuota, q.Required, placeholder);
    }

    /// <summary>Evaluates a request: every area's quota, counted workers and gap, with explanation, warnings and stamp.</summary>
    /// <param name="request">The areas.</param>
    /// <param name="options">The as-of date and whether to explain; defaults to today with an explanation.</param>
    /// <returns>The outcome, or the validation failures of the request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RuleResult<StaffingOutcome> Evaluate(StaffingRequest request, EvaluationOptions? options = null)
    {
        Guard.NotNull(request);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<StaffingOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var policy = _policies.At(asOf);
        if (policy is null)
        {
            return RuleResult<StaffingOutcome>.Invalid([StaffingErrors.NoPolicy.ForAsOf(asOf)], stamp);
        }

        if (!StaffingRequestValidator.Passes(request, policy.Categories.Value, out var index))
        {
            var context = new ValidationContext<StaffingRequest>(request);
            context.RootContextData[StaffingRequestValidator.CategoriesKey] = policy.Categories.Value;
            var failures = Validator.Validate(context).ToFailures<StaffingRequest>();
            if (failures.Count > 0)
            {
                return RuleResult<StaffingOutcome>.Invalid(failures, stamp);
            }
        }

        if (options.Explain)
        {
            var x = new ExplanationBuilder(explain: true);
            policy.Explain(x);
            var explained = Compute(request, index, policy, x);
            return RuleResult<StaffingOutcome>.Valid(explained, stamp, x.Warnings, x.Build());
        }

        // Without explanation the warnings are those of the policy's entries alone: made once per policy and shared.
        var outcome = Compute(request, index, policy, x: null);
        return RuleResult<StaffingOutcome>.Valid(outcome, stamp, policy.QuietWarnings, Explanation.None);
    }

    /// <summary>The most areas whose hierarchy is worked out on the stack.</summary>
    private const int StackAreas = 64;

    private static StaffingOutcome Compute(StaffingRequest request, Dictionary<string, int>? index, Policy policy, ExplanationBuilder? x)
    {
        var areas = request.Areas;
        var n = areas.Count;

        // Children in compressed form: childCount, then start offsets, then the child indexes in request order. A request
        // that passed the checks names a parent only among several areas, so then the index is there.
        // Sized to the request (a fixed 64-area buffer cost more to clear than one area's work); zeroed either way.
        var scratch = n <= StackAreas ? stackalloc int[(5 * n) + 3] : new int[(5 * n) + 3];
        var parent = scratch[..n];
        var childCount = scratch.Slice(n, n + 1);
        var start = scratch.Slice((2 * n) + 1, n + 1);
        var fill = scratch.Slice((3 * n) + 2, n + 1);
        var children = scratch.Slice((4 * n) + 3, n);
        var rootCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (areas[i].ParentId is { } parentId)
            {
                parent[i] = index![parentId];
                childCount[parent[i]]++;
            }
            else
            {
                parent[i] = -1;
                rootCount++;
            }
        }

        var roots = new string[rootCount];
        for (int i = 0, r = 0; i < n; i++)
        {
            if (parent[i] < 0)
            {
                roots[r++] = areas[i].Id;
            }
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] = start[i] + childCount[i];
        }

        start.CopyTo(fill);
        for (var i = 0; i < n; i++)
        {
            if (parent[i] >= 0)
            {
                children[fill[parent[i]]++] = i;
            }
        }

        // Children before parents: a parent's level is strictly higher, so evaluating level by level is a valid order.
        var results = new StaffingAreaOutcome[n];
        var categories = policy.Categories.Value.ByCode;
        for (var level = AreaLevel.Community; level <= AreaLevel.City; level++)
        {
            for (var i = 0; i < n; i++)
            {
                var a = areas[i];
                if (a.Level != level)
                {
                    continue;
                }

                long population = 0;
                long? households;
                int counted = 0, notCounted = 0;
                int? sumOfParts = null;
                string[] childIds = [];
                if (start[i] == start[i + 1])
                {
                    population = a.UrbanPermanentPopulation!.Value;
                    households = a.Households;
                }
                else
                {
                    long hh = 0;
                    var allHouseholds = true;
                    var sum = 0;
                    childIds = new string[start[i + 1] - start[i]];
                    for (var c = start[i]; c < start[i + 1]; c++)
                    {
                        var r = results[children[c]];
                        childIds[c - start[i]] = r.Id;
                        population += r.UrbanPermanentPopulation;
                        if (r.Households is { } h)
                        {
                            hh += h;
                        }
                        else
                        {
                            allHouseholds = false;
                        }

                        counted += r.Counted;
                        notCounted += r.NotCounted;
                        sum += r.Required;
                    }

                    households = a.Households ?? (allHouseholds ? hh : null);
                    sumOfParts = sum;
                }

                if (a.Workers is { } workers)
                {
                    CountWorkers(workers, categories, ref counted, ref notCounted);
                }

                var q = policy.Compute(population, households, a.Level);
                var result = new StaffingAreaOutcome
                {
                    Id = a.Id,
                    Name = a.Name,
                    ParentId = a.ParentId,
                    Level = a.Level,
                    ChildIds = childIds,
                    UrbanPermanentPopulation = population,
                    Households = households,
                    ExactRequirement = q.Exact,
                    PopulationQuota = q.PopulationQuota,
                    HouseholdBandQuota = q.BandQuota,
                    Required = q.Required,
                    SumOfPartsRequired = sumOfParts,
                    Counted = counted,
                    NotCounted = notCounted,
                };
                results[i] = result;
                if (x is { Explaining: true })
                {
                    policy.ExplainArea(x, result, q);
                }
            }
        }

        return new StaffingOutcome(results, roots);
    }

    private static void CountWorkers(IReadOnlyDictionary<string, int> workers, IReadOnlyDictionary<string, WorkerCategory> categories, ref int counted, ref int notCounted)
    {
        if (workers is Dictionary<string, int> dictionary)
        {
            foreach (var (code, count) in dictionary)
            {
                if (categories[code].Counted)
                {
                    counted += count;
                }
                else
                {
                    notCounted += count;
                }
            }

            return;
        }

        foreach (var (code, count) in workers)
        {
            if (categories[code].Counted)
            {
                counted += count;
            }
            else
            {
                notCounted += count;
            }
        }
    }
}
