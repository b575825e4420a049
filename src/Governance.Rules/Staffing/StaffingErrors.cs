using Governance.Rules.Validation;

namespace Governance.Rules.Staffing;

/// <summary>The validation errors of staffing requests, with stable codes.</summary>
public static class StaffingErrors
{
    /// <summary>The request has no areas.</summary>
    public static readonly ErrorDescriptor NoAreas = new("STAFFING_NO_AREAS", "请求中没有任何区域。", "The request has no areas.");

    /// <summary>Too many areas in one request.</summary>
    public static readonly ErrorDescriptor TooManyAreas = new("STAFFING_TOO_MANY_AREAS", "一次请求的区域数超过上限 " + StaffingLimits.MaxAreas.ToString(System.Globalization.CultureInfo.InvariantCulture) + "。", "A request holds at most " + StaffingLimits.MaxAreas.ToString(System.Globalization.CultureInfo.InvariantCulture) + " areas.");

    /// <summary>An area is null.</summary>
    public static readonly ErrorDescriptor AreaMissing = new("STAFFING_AREA_NULL", "{PropertyName}为空。", "{PropertyName} is empty.");

    /// <summary>An area id is missing or too long.</summary>
    public static readonly ErrorDescriptor IdMissing = new("STAFFING_AREA_ID_MISSING", "{PropertyName}不能为空，且不超过 64 个字符。", "{PropertyName} must be 1 to 64 characters.");

    /// <summary>Two areas share an id.</summary>
    public static readonly ErrorDescriptor IdDuplicate = new("STAFFING_AREA_ID_DUPLICATE", "区域编号“{PropertyValue}”重复。", "Area id '{PropertyValue}' appears more than once.");

    /// <summary>A parent id names no area in the request.</summary>
    public static readonly ErrorDescriptor ParentUnknown = new("STAFFING_PARENT_UNKNOWN", "上级区域“{PropertyValue}”不在请求中（孤立区域）。", "Parent area '{PropertyValue}' is not in the request (orphan area).");

    /// <summary>The parent chain loops.</summary>
    public static readonly ErrorDescriptor Cycle = new("STAFFING_HIERARCHY_CYCLE", "区域“{PropertyValue}”的上级链条构成循环。", "The parent chain of area '{PropertyValue}' loops.");

    /// <summary>A parent is not of a higher level than its child.</summary>
    public static readonly ErrorDescriptor LevelOrder = new("STAFFING_LEVEL_ORDER", "上级区域的层级必须高于下级（社区 < 街道/镇 < 区 < 市）。", "A parent must be of a higher level than its child (community < street < district < city).");

    /// <summary>The level is not a known level.</summary>
    public static readonly ErrorDescriptor LevelUnknown = new("STAFFING_LEVEL_UNKNOWN", "未知的区域层级“{PropertyValue}”。", "Unknown area level '{PropertyValue}'.");

    /// <summary>A leaf area has no population.</summary>
    public static readonly ErrorDescriptor PopulationMissing = new("STAFFING_POPULATION_MISSING", "无下级的区域须填写城镇常住人口。", "An area without children needs its urban permanent population.");

    /// <summary>A population is negative.</summary>
    public static readonly ErrorDescriptor PopulationNegative = new("STAFFING_POPULATION_NEGATIVE", "城镇常住人口不能为负数（{PropertyValue}）。", "The urban permanent population cannot be negative ({PropertyValue}).");

    /// <summary>A population is beyond any real area.</summary>
    public static readonly ErrorDescriptor PopulationAbsurd = new("STAFFING_POPULATION_ABSURD", "城镇常住人口 {PropertyValue} 超过上限 {ComparisonValue}。", "The urban permanent population {PropertyValue} exceeds the limit {ComparisonValue}.");

    /// <summary>A parent's stated population differs from its children's sum.</summary>
    public static readonly ErrorDescriptor PopulationMismatch = new("STAFFING_POPULATION_MISMATCH", "上级区域填写的城镇常住人口 {PropertyValue} 与下级之和 {ChildrenSum} 不符。", "A parent's stated urban permanent population {PropertyValue} differs from the sum of its children's, {ChildrenSum}.");

    /// <summary>Households negative.</summary>
    public static readonly ErrorDescriptor HouseholdsNegative = new("STAFFING_HOUSEHOLDS_NEGATIVE", "户数不能为负数（{PropertyValue}）。", "Households cannot be negative ({PropertyValue}).");

    /// <summary>More households than people.</summary>
    public static readonly ErrorDescriptor HouseholdsExceedPopulation = new("STAFFING_HOUSEHOLDS_EXCEED_POPULATION", "户数不能多于人口。", "Households cannot exceed the population.");

    /// <summary>A worker count is negative.</summary>
    public static readonly ErrorDescriptor WorkersNegative = new("STAFFING_WORKERS_NEGATIVE", "人员数不能为负数（{PropertyValue}）。", "A worker count cannot be negative ({PropertyValue}).");

    /// <summary>More workers than residents.</summary>
    public static readonly ErrorDescriptor WorkersExceedPopulation = new("STAFFING_WORKERS_EXCEED_POPULATION", "社区工作者人数不能多于城镇常住人口。", "Workers cannot outnumber the urban permanent population.");

    /// <summary>An unknown worker category.</summary>
    public static readonly ErrorDescriptor CategoryUnknown = new("STAFFING_CATEGORY_UNKNOWN", "未知的人员类别“{PropertyValue}”；可用类别：{Known}。", "Unknown worker category '{PropertyValue}'; known: {Known}.");

    /// <summary>No quota in force on the date.</summary>
    public static readonly ErrorDescriptor NoPolicy = new("STAFFING_NO_POLICY_ON_DATE", "规则包在 {PropertyValue} 没有有效的社区工作者配备标准。", "The pack has no staffing quota in force on {PropertyValue}.");
}

/// <summary>Sanity limits on staffing inputs (not policy figures).</summary>
public static class StaffingLimits
{
    /// <summary>The largest population accepted for one area: above any real Chinese city.</summary>
    public const long MaxPopulation = 100_000_000;

    /// <summary>The most areas in one request.</summary>
    public const int MaxAreas = 1_000_000;
}
