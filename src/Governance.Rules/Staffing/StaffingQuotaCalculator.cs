using System.Globalization;
using FluentValidation;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
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
public sealed class StaffingQuotaCalculator
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
        return new StaffingQuota(StaffingQuotaStatus.Computed, q.Exact, q.PopulationQuota, q.BandQuota, q.Required, policy.UsesPlaceholder);
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
            var failures = Validator.Validate(context).ToFailures();
            if (failures.Count > 0)
            {
                return RuleResult<StaffingOutcome>.Invalid(failures, stamp);
            }
        }

        var x = new ExplanationBuilder(options.Explain);
        policy.Explain(x);
        var outcome = Compute(request, index, policy, x);
        return RuleResult<StaffingOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    private static StaffingOutcome Compute(StaffingRequest request, Dictionary<string, int> index, Policy policy, ExplanationBuilder x)
    {
        var areas = request.Areas;
        var n = areas.Count;

        // Children in compressed form: childCount, then start offsets, then the child indexes in request order.
        var parent = new int[n];
        var childCount = new int[n + 1];
        var roots = new List<string>();
        for (var i = 0; i < n; i++)
        {
            if (areas[i].ParentId is { } parentId)
            {
                parent[i] = index[parentId];
                childCount[parent[i]]++;
            }
            else
            {
                parent[i] = -1;
                roots.Add(areas[i].Id);
            }
        }

        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            start[i + 1] = start[i] + childCount[i];
        }

        var fill = (int[])start.Clone();
        var children = new int[n];
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
                if (x.Explaining)
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

    private readonly record struct Computation(decimal Exact, int PopulationQuota, int? BandQuota, int Required, bool RaisedToMinimum, bool CutToMaximum);

    /// <summary>The staffing policy in force over one stretch of time.</summary>
    private sealed class Policy
    {
        public Policy(
            ParameterValue<decimal> rate,
            ParameterValue<string> rounding,
            ParameterValue<WorkerCategoryTable> categories,
            ParameterValue<HouseholdBands> bands,
            ParameterValue<int> minimum,
            ParameterValue<int> maximum)
        {
            Rate = rate;
            Rounding = rounding;
            Categories = categories;
            Bands = bands;
            Minimum = minimum;
            Maximum = maximum;
            UsesPlaceholder = new[] { rate.Info, rounding.Info, categories.Info }.Any(i => i?.Provenance == Provenance.Placeholder);

            // The rate as an integer over a power of ten (18 → 18 / 10^0; 18.5 → 185 / 10^1), so that the exact
            // requirement population × rate ÷ 10,000 is integer arithmetic; rates too fine for it use decimal division.
            var r = rate.Value;
            if (r.Scale + 4 < Pow10.Length && r * Pow10[r.Scale] is var units && units <= long.MaxValue / StaffingLimits.MaxPopulation)
            {
                _rateUnits = (long)units;
                _denominatorDigits = r.Scale + 4;
            }
            else
            {
                _denominatorDigits = -1;
            }
        }

        private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

        private readonly long _rateUnits;
        private readonly int _denominatorDigits;

        public ParameterValue<decimal> Rate { get; }

        public ParameterValue<string> Rounding { get; }

        public ParameterValue<WorkerCategoryTable> Categories { get; }

        public ParameterValue<HouseholdBands> Bands { get; }

        public ParameterValue<int> Minimum { get; }

        public ParameterValue<int> Maximum { get; }

        public bool UsesPlaceholder { get; }

        public Computation Compute(long population, long? households, AreaLevel level)
        {
            decimal exact;
            int quota;
            if (_denominatorDigits >= 0)
            {
                // numerator / 10^digits, exactly; the rounding rules on the integer quotient and remainder.
                var numerator = population * _rateUnits;
                var denominator = Pow10[_denominatorDigits];
                var whole = numerator / denominator;
                var remainder = numerator - (whole * denominator);
                quota = (int)(Rounding.Value switch
                {
                    StaffingRounding.Floor => whole,
                    StaffingRounding.HalfUp => remainder * 2 >= denominator ? whole + 1 : whole,
                    _ => remainder > 0 ? whole + 1 : whole,
                });

                // The decimal with trailing zeros dropped (22.2210 is written 22.221).
                var digits = _denominatorDigits;
                while (digits > 0 && numerator % 10 == 0)
                {
                    numerator /= 10;
                    digits--;
                }

                exact = new decimal((int)numerator, (int)(numerator >> 32), 0, false, (byte)digits);
            }
            else
            {
                exact = population * Rate.Value / TenThousand;
                quota = Rounding.Value switch
                {
                    StaffingRounding.Floor => (int)decimal.Floor(exact),
                    StaffingRounding.HalfUp => (int)decimal.Round(exact, 0, MidpointRounding.AwayFromZero),
                    _ => (int)decimal.Ceiling(exact),
                };
            }

            var required = quota;
            int? band = null;
            bool raised = false, cut = false;
            if (level == AreaLevel.Community)
            {
                if (Bands.HasValue && households is { } h)
                {
                    band = Bands.Value.WorkersFor(h);
                    required = Math.Max(required, band.Value);
                }

                if (Minimum.HasValue && required < Minimum.Value)
                {
                    required = Minimum.Value;
                    raised = true;
                }

                if (Maximum.HasValue && required > Maximum.Value)
                {
                    required = Maximum.Value;
                    cut = true;
                }
            }

            return new Computation(exact, quota, band, required, raised, cut);
        }

        public void Explain(ExplanationBuilder x)
        {
            x.Step(
                "staffing.rate",
                () => new LocalizedText(
                    $"配备标准：每万名城镇常住人口配备社区工作者 {Rate.Value.ToString(CultureInfo.InvariantCulture)} 人；按“{RoundingZh(Rounding.Value)}”取整。",
                    $"Standard: {Rate.Value.ToString(CultureInfo.InvariantCulture)} community workers per 10,000 urban permanent residents; rounded by '{Rounding.Value}'."),
                [Rate.Info, Rounding.Info]);
            x.Step(
                "staffing.counted-categories",
                () =>
                {
                    var counted = Categories.Value.Categories.Where(c => c.Counted).ToArray();
                    var other = Categories.Value.Categories.Where(c => !c.Counted).ToArray();
                    return new LocalizedText(
                        $"计入配备的人员：{string.Join("、", counted.Select(c => c.Name.ZhHans))}；不计入：{string.Join("、", other.Select(c => c.Name.ZhHans))}。",
                        $"Counted: {string.Join(", ", counted.Select(c => c.Name.En))}; not counted: {string.Join(", ", other.Select(c => c.Name.En))}.");
                },
                [Categories.Info]);
            if (Bands.HasValue || Minimum.HasValue || Maximum.HasValue)
            {
                x.Step(
                    "staffing.community-rules",
                    () => new LocalizedText(
                        "社区另适用按户数配备及每社区人数上下限：应配人数取人口标准与户数标准中较大者，再按下限提高、按上限截断。",
                        "Communities also follow household bands and per-community limits: the larger of the population and household quotas, raised to the minimum and cut to the maximum."),
                    [Bands.Info, Minimum.Info, Maximum.Info]);
            }
        }

        public void ExplainArea(ExplanationBuilder x, StaffingAreaOutcome r, Computation q)
        {
            var exact = q.Exact.ToString(CultureInfo.InvariantCulture);
            var rate = Rate.Value.ToString(CultureInfo.InvariantCulture);
            var pop = r.UrbanPermanentPopulation.ToString(CultureInfo.InvariantCulture);
            x.Step(
                "staffing.quota",
                () =>
                {
                    var zh = $"{Label(r)}：{pop} × {rate} ÷ 10000 = {exact} 人，按“{RoundingZh(Rounding.Value)}”得 {q.PopulationQuota} 人";
                    var en = $"{Label(r)}: {pop} × {rate} ÷ 10000 = {exact}, rounded by '{Rounding.Value}' to {q.PopulationQuota}";
                    if (q.BandQuota is { } b)
                    {
                        zh += $"；按户数 {r.Households} 户配 {b} 人";
                        en += $"; household bands give {b} for {r.Households} households";
                    }

                    if (q.RaisedToMinimum)
                    {
                        zh += $"；提高至下限 {Minimum.Value} 人";
                        en += $"; raised to the minimum {Minimum.Value}";
                    }

                    if (q.CutToMaximum)
                    {
                        zh += $"；截至上限 {Maximum.Value} 人";
                        en += $"; cut to the maximum {Maximum.Value}";
                    }

                    zh += $"；应配 {r.Required} 人，实配（计入）{r.Counted} 人，{(r.Gap < 0 ? "缺口 " + (-r.Gap) : "富余 " + r.Gap)} 人。";
                    en += $"; required {r.Required}, counted {r.Counted}, {(r.Gap < 0 ? "shortfall " + (-r.Gap) : "surplus " + r.Gap)}.";
                    if (r.SumOfPartsRequired is { } s)
                    {
                        zh += $" 下级应配人数之和为 {s} 人（与整体测算差 {s - r.Required} 人，源于逐级取整）。";
                        en += $" The parts' quotas sum to {s} ({s - r.Required} more than the whole, from rounding each part).";
                    }

                    return new LocalizedText(zh, en);
                },
                null,
                ExplanationBuilder.Value("population", r.UrbanPermanentPopulation),
                ExplanationBuilder.Value("exact", q.Exact),
                ExplanationBuilder.Value("required", r.Required),
                ExplanationBuilder.Value("counted", r.Counted),
                ExplanationBuilder.Value("gap", r.Gap));
        }

        private static string Label(StaffingAreaOutcome r) => r.Name is null ? r.Id : $"{r.Name}（{r.Id}）";

        private static string RoundingZh(string rule) => rule switch
        {
            StaffingRounding.Floor => "向下取整",
            StaffingRounding.HalfUp => "四舍五入",
            _ => "向上取整",
        };
    }
}
