using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.Staffing;

/// <summary>The staffing-quota parameters (社区工作者配备标准) a pack may hold.</summary>
public static class StaffingParameters
{
    /// <summary>Community workers per 10,000 urban permanent residents (每万名城镇常住人口配备社区工作者数), unit 人/万人.</summary>
    public static readonly ParameterDefinition<decimal> WorkersPer10kUrbanResidents =
        ParameterDefinition.Decimal("staffing.workers_per_10k_urban_residents", minimum: 0m, maximum: 10_000m);

    /// <summary>How the exact requirement is rounded to whole workers: <c>ceiling</c> (向上取整), <c>floor</c> (向下取整) or <c>half-up</c> (四舍五入).</summary>
    public static readonly ParameterDefinition<string> Rounding =
        ParameterDefinition.Choice("staffing.rounding", StaffingRounding.Ceiling, StaffingRounding.Floor, StaffingRounding.HalfUp);

    /// <summary>The worker categories an input may name, and which of them count toward the quota (计入配备的人员类别).</summary>
    public static readonly ParameterDefinition<WorkerCategoryTable> WorkerCategories =
        ParameterDefinition.Table<WorkerCategoryTable>("staffing.worker_categories", WorkerCategoryTable.TryRead);

    /// <summary>Optional per-community household bands (按户数配备), off unless a layer defines them.</summary>
    public static readonly ParameterDefinition<HouseholdBands> HouseholdBandsRule =
        ParameterDefinition.Table<HouseholdBands>("staffing.household_bands", HouseholdBands.TryRead);

    /// <summary>Optional minimum workers per community (每个社区最少人数), off unless a layer defines it.</summary>
    public static readonly ParameterDefinition<int> PerCommunityMinimum =
        ParameterDefinition.Integer("staffing.per_community_minimum", minimum: 0, maximum: 10_000);

    /// <summary>Optional maximum workers per community (每个社区最多人数), off unless a layer defines it.</summary>
    public static readonly ParameterDefinition<int> PerCommunityMaximum =
        ParameterDefinition.Integer("staffing.per_community_maximum", minimum: 0, maximum: 10_000);

    /// <summary>All staffing definitions.</summary>
    public static IReadOnlyList<ParameterDefinition> All { get; } =
        [WorkersPer10kUrbanResidents, Rounding, WorkerCategories, HouseholdBandsRule, PerCommunityMinimum, PerCommunityMaximum];
}

/// <summary>The names of the staffing rounding rules.</summary>
public static class StaffingRounding
{
    /// <summary>向上取整: any fraction of a worker adds a worker.</summary>
    public const string Ceiling = "ceiling";

    /// <summary>向下取整: fractions are dropped.</summary>
    public const string Floor = "floor";

    /// <summary>四舍五入: half a worker or more adds a worker.</summary>
    public const string HalfUp = "half-up";
}

/// <summary>One worker category (人员类别) and whether it counts toward the quota.</summary>
/// <param name="Code">The stable code used in inputs, for example <c>community-full-time</c>.</param>
/// <param name="Name">The category's name.</param>
/// <param name="Counted">True when workers of this category count toward the quota.</param>
public sealed record WorkerCategory(string Code, LocalizedText Name, bool Counted);

/// <summary>The worker categories of a pack, by code.</summary>
public sealed class WorkerCategoryTable
{
    private WorkerCategoryTable(IReadOnlyList<WorkerCategory> categories)
    {
        Categories = categories;
        ByCode = categories.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The categories in pack order.</summary>
    public IReadOnlyList<WorkerCategory> Categories { get; }

    /// <summary>The categories by code.</summary>
    public IReadOnlyDictionary<string, WorkerCategory> ByCode { get; }

    internal static bool TryRead(JsonElement json, out WorkerCategoryTable value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {code, zh-Hans, en, counted}";
            return false;
        }

        var list = new List<WorkerCategory>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in json.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("zh-Hans", out var zh) || zh.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("en", out var en) || en.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("counted", out var counted) || counted.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
                || item.EnumerateObject().Count() != 4)
            {
                error = "each category is exactly {code, zh-Hans, en, counted}";
                return false;
            }

            if (!codes.Add(code.GetString()!))
            {
                error = $"category '{code.GetString()}' appears twice";
                return false;
            }

            list.Add(new WorkerCategory(code.GetString()!, new LocalizedText(zh.GetString()!, en.GetString()!), counted.GetBoolean()));
        }

        if (list.Count == 0)
        {
            error = "at least one category is needed";
            return false;
        }

        value = new WorkerCategoryTable(list);
        return true;
    }
}

/// <summary>
/// Household bands (按户数配备): a community with fewer households than a band's bound gets that band's workers;
/// at or above the last bound, each started block of <see cref="BeyondEveryHouseholds"/> households adds
/// <see cref="BeyondAddWorkers"/> workers to the last band's number.
/// </summary>
public sealed class HouseholdBands
{
    private HouseholdBands(IReadOnlyList<(long Below, int Workers)> bands, long everyHouseholds, int addWorkers)
    {
        Bands = bands;
        BeyondEveryHouseholds = everyHouseholds;
        BeyondAddWorkers = addWorkers;
    }

    /// <summary>The bands in increasing order: households below <c>Below</c> get <c>Workers</c>.</summary>
    public IReadOnlyList<(long Below, int Workers)> Bands { get; }

    /// <summary>The block size above the last bound (0 when no increment applies).</summary>
    public long BeyondEveryHouseholds { get; }

    /// <summary>The workers added per started block above the last bound.</summary>
    public int BeyondAddWorkers { get; }

    /// <summary>The workers for <paramref name="households"/> households.</summary>
    /// <param name="households">The community's households (0 or more).</param>
    /// <returns>The band's workers.</returns>
    public int WorkersFor(long households)
    {
        foreach (var (below, workers) in Bands)
        {
            if (households < below)
            {
                return workers;
            }
        }

        var last = Bands[^1];
        if (BeyondEveryHouseholds <= 0)
        {
            return last.Workers;
        }

        // Each started block at or above the last bound adds workers: [B, B+N) adds one block, [B+N, B+2N) two, …
        var blocks = ((households - last.Below) / BeyondEveryHouseholds) + 1;
        return checked(last.Workers + (int)(blocks * BeyondAddWorkers));
    }

    internal static bool TryRead(JsonElement json, out HouseholdBands value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("bands", out var bands) || bands.ValueKind != JsonValueKind.Array)
        {
            error = "expected {bands: [{below, workers}], beyond?: {everyHouseholds, addWorkers}}";
            return false;
        }

        foreach (var p in json.EnumerateObject())
        {
            if (p.Name is not ("bands" or "beyond"))
            {
                error = $"unknown field '{p.Name}'";
                return false;
            }
        }

        var list = new List<(long, int)>();
        long previous = 0;
        var previousWorkers = -1;
        foreach (var band in bands.EnumerateArray())
        {
            if (band.ValueKind != JsonValueKind.Object
                || !band.TryGetProperty("below", out var below) || !below.TryInt64(out var b)
                || !band.TryGetProperty("workers", out var workers) || !workers.TryInt32(out var w)
                || band.EnumerateObject().Count() != 2)
            {
                error = "each band is exactly {below, workers} with whole numbers";
                return false;
            }

            if (b <= previous || w < 0 || w < previousWorkers)
            {
                error = "bands must have strictly increasing bounds and non-decreasing, non-negative workers";
                return false;
            }

            previous = b;
            previousWorkers = w;
            list.Add((b, w));
        }

        if (list.Count == 0)
        {
            error = "at least one band is needed";
            return false;
        }

        long every = 0;
        var add = 0;
        if (json.TryGetProperty("beyond", out var beyond))
        {
            if (beyond.ValueKind != JsonValueKind.Object
                || !beyond.TryGetProperty("everyHouseholds", out var e) || !e.TryInt64(out every) || every <= 0
                || !beyond.TryGetProperty("addWorkers", out var a) || !a.TryInt32(out add) || add < 0
                || beyond.EnumerateObject().Count() != 2)
            {
                error = "beyond is exactly {everyHouseholds > 0, addWorkers >= 0}";
                return false;
            }
        }

        value = new HouseholdBands(list, every, add);
        return true;
    }
}
