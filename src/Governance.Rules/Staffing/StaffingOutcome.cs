namespace Governance.Rules.Staffing;

/// <summary>The staffing quota of one area and how its workers compare to it.</summary>
public sealed record StaffingAreaOutcome
{
    /// <summary>The area's id.</summary>
    public required string Id { get; init; }

    /// <summary>The area's name, if given.</summary>
    public string? Name { get; init; }

    /// <summary>The parent's id, or null.</summary>
    public string? ParentId { get; init; }

    /// <summary>The area's level.</summary>
    public AreaLevel Level { get; init; }

    /// <summary>The ids of the area's children, in request order.</summary>
    public IReadOnlyList<string> ChildIds { get; init; } = [];

    /// <summary>Urban permanent residents (for a parent, the sum of its children's).</summary>
    public long UrbanPermanentPopulation { get; init; }

    /// <summary>Households, when known (for a parent, the sum when every child states them).</summary>
    public long? Households { get; init; }

    /// <summary>The exact requirement: population × rate ÷ 10,000, before rounding.</summary>
    public decimal ExactRequirement { get; init; }

    /// <summary>The exact requirement rounded to whole workers by the pack's rounding rule.</summary>
    public int PopulationQuota { get; init; }

    /// <summary>The household-band quota, for a community when the pack has bands in force.</summary>
    public int? HouseholdBandQuota { get; init; }

    /// <summary>The quota of the area as a whole, after any per-community rules (应配人数).</summary>
    public int Required { get; init; }

    /// <summary>For a parent: the sum of its children's <see cref="Required"/>; differs from <see cref="Required"/> through rounding.</summary>
    public int? SumOfPartsRequired { get; init; }

    /// <summary>Workers of counted categories (实配人数), including the children's.</summary>
    public int Counted { get; init; }

    /// <summary>Workers of categories that do not count (part-time, grid, public-welfare posts…), including the children's.</summary>
    public int NotCounted { get; init; }

    /// <summary>Counted minus required: negative is a shortfall (缺口), positive a surplus.</summary>
    public int Gap => Counted - Required;

    /// <summary>How many workers are missing (0 when none).</summary>
    public int Shortfall => Math.Max(0, -Gap);

    /// <summary>How many workers exceed the quota (0 when none).</summary>
    public int Surplus => Math.Max(0, Gap);

    /// <summary>True when the counted workers meet the quota.</summary>
    public bool MeetsQuota => Gap >= 0;
}

/// <summary>The staffing quotas of every area in a request.</summary>
public sealed class StaffingOutcome
{
    private Dictionary<string, StaffingAreaOutcome>? _byId;

    internal StaffingOutcome(IReadOnlyList<StaffingAreaOutcome> areas, IReadOnlyList<string> rootIds)
    {
        Areas = areas;
        RootIds = rootIds;

    }

    /// <summary>The areas in request order.</summary>
    public IReadOnlyList<StaffingAreaOutcome> Areas { get; }

    /// <summary>The ids of the top-level areas.</summary>
    public IReadOnlyList<string> RootIds { get; }

    /// <summary>The outcome of the area with <paramref name="id"/>.</summary>
    /// <param name="id">The area id.</param>
    /// <returns>The area's outcome.</returns>
    /// <exception cref="KeyNotFoundException">No such area.</exception>
    public StaffingAreaOutcome this[string id] => (_byId ?? BuildIndex())[id];

    private Dictionary<string, StaffingAreaOutcome> BuildIndex()
    {
        // Built on first lookup; a race builds two equal indexes and keeps one, which is harmless.
        var byId = new Dictionary<string, StaffingAreaOutcome>(Areas.Count, StringComparer.Ordinal);
        foreach (var a in Areas)
        {
            byId.Add(a.Id, a);
        }

        Interlocked.CompareExchange(ref _byId, byId, null);
        return _byId;
    }
}
