namespace Governance.Rules.Staffing;

/// <summary>The level of an area in the hierarchy community → street/town → district → city.</summary>
public enum AreaLevel
{
    /// <summary>A community (社区); household bands and per-community limits apply only here.</summary>
    Community = 0,

    /// <summary>A street or town (街道/镇).</summary>
    Street = 1,

    /// <summary>A district or county-level city (区/县级市).</summary>
    District = 2,

    /// <summary>A city (市).</summary>
    City = 3,
}

/// <summary>An area to check against the staffing quota: its population, households and current workers.</summary>
/// <remarks>
/// A leaf area (one without children in the request) must state its urban permanent population
/// (城镇常住人口). A parent area's population is the sum of its children's; if a parent states one, it
/// must equal that sum. A parent's counted workers are its own plus its children's.
/// </remarks>
public sealed record StaffingArea
{
    /// <summary>The area's id, unique within the request.</summary>
    public required string Id { get; init; }

    /// <summary>The parent area's id, or null for a top-level area.</summary>
    public string? ParentId { get; init; }

    /// <summary>The area's level; a parent must be of a higher level than its children.</summary>
    public AreaLevel Level { get; init; }

    /// <summary>The area's name, for people.</summary>
    public string? Name { get; init; }

    /// <summary>Urban permanent residents (城镇常住人口); required for leaf areas.</summary>
    public long? UrbanPermanentPopulation { get; init; }

    /// <summary>Households (户数), used by household bands where a pack defines them.</summary>
    public long? Households { get; init; }

    /// <summary>Current workers by category code (see the pack's <c>staffing.worker_categories</c>).</summary>
    public IReadOnlyDictionary<string, int>? Workers { get; init; }
}

/// <summary>A staffing-quota request: one area, or a hierarchy of areas linked by <see cref="StaffingArea.ParentId"/>.</summary>
public sealed record StaffingRequest
{
    /// <summary>The areas, in any order.</summary>
    public required IReadOnlyList<StaffingArea> Areas { get; init; }

    /// <summary>A request for one area.</summary>
    /// <param name="area">The area.</param>
    /// <returns>The request.</returns>
    public static StaffingRequest ForArea(StaffingArea area) => new() { Areas = [Guard.NotNull(area)] };
}
