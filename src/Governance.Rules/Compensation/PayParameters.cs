using Governance.Rules.Packs;

namespace Governance.Rules.Compensation;

/// <summary>The community-worker pay parameters (三岗十八级 pay scale and pay floor) a pack may hold.</summary>
/// <remarks>
/// Every figure is pack data: the posts and their grade ranges, the years per grade step, the degree credit,
/// the qualification uplift and allowance, the appraisal rule, the base amount and grade coefficients, the
/// basic/performance split, the post-change rule, the fen rounding rule, the reference wages and the floor rule.
/// </remarks>
public static class PayParameters
{
    /// <summary>The posts (岗位) with their grade ranges (等级区间), for example 社区正职 7–18.</summary>
    public static readonly ParameterDefinition<PayPostTable> Posts =
        ParameterDefinition.Table<PayPostTable>("pay.posts", PayPostTable.TryRead);

    /// <summary>The pay coefficient of each grade (等级系数), rising strictly with the grade.</summary>
    public static readonly ParameterDefinition<GradeCoefficientTable> GradeCoefficients =
        ParameterDefinition.Table<GradeCoefficientTable>("pay.grade_coefficients", GradeCoefficientTable.TryRead);

    /// <summary>The monthly base amount (基数) multiplied by the grade coefficient, unit 元/月.</summary>
    public static readonly ParameterDefinition<decimal> BaseAmount =
        ParameterDefinition.Decimal("pay.base_amount", minimum: 0m, maximum: 1_000_000m);

    /// <summary>Years of counted community service per grade step (每N年一档).</summary>
    public static readonly ParameterDefinition<int> YearsPerGradeStep =
        ParameterDefinition.Integer("pay.years_per_grade_step", minimum: 1, maximum: 50);

    /// <summary>The degree credit counted as years of service (学历折算工龄), by degree code.</summary>
    public static readonly ParameterDefinition<DegreeCreditTable> DegreeCreditYears =
        ParameterDefinition.Table<DegreeCreditTable>("pay.degree_credit_years", DegreeCreditTable.TryRead);

    /// <summary>The social-work qualifications (社会工作者职业资格) and the grades each adds within the post's range.</summary>
    public static readonly ParameterDefinition<QualificationTable> QualificationUplift =
        ParameterDefinition.Table<QualificationTable>("pay.qualification_uplift", QualificationTable.TryRead);

    /// <summary>Optional monthly qualification allowance (职业资格津贴, 元/月) by qualification code; none unless a layer defines it.</summary>
    public static readonly ParameterDefinition<QualificationAllowanceTable> QualificationAllowance =
        ParameterDefinition.Table<QualificationAllowanceTable>("pay.qualification_allowance", QualificationAllowanceTable.TryRead);

    /// <summary>Whether a year whose annual appraisal was 不合格 counts toward service years.</summary>
    public static readonly ParameterDefinition<bool> FailedAppraisalYearCounts =
        ParameterDefinition.Boolean("pay.failed_appraisal_year_counts");

    /// <summary>Whether a 不合格 appraisal year forfeits that year's performance pay (绩效报酬).</summary>
    public static readonly ParameterDefinition<bool> FailedAppraisalForfeitsPerformance =
        ParameterDefinition.Boolean("pay.failed_appraisal_forfeits_performance");

    /// <summary>The split of monthly pay into basic pay (基本报酬) and performance pay (绩效报酬).</summary>
    public static readonly ParameterDefinition<PaySplit> Split =
        ParameterDefinition.Table<PaySplit>("pay.split", PaySplit.TryRead);

    /// <summary>How the grade maps when a worker changes post (岗位变动定级): see <see cref="PostChangeRules"/>.</summary>
    public static readonly ParameterDefinition<string> PostChangeRule =
        ParameterDefinition.Choice("pay.post_change_rule", PostChangeRules.KeepGradeWithinRange, PostChangeRules.RePlace);

    /// <summary>How monthly amounts are rounded to the fen: <c>half-up</c> (四舍五入), <c>down</c> (舍去) or <c>up</c> (进位).</summary>
    public static readonly ParameterDefinition<string> FenRoundingRule =
        ParameterDefinition.Choice("pay.fen_rounding", PayRounding.HalfUp, PayRounding.Down, PayRounding.Up);

    /// <summary>The published average wages (社会平均工资) by statistical year and caliber, used as pay floors.</summary>
    public static readonly ParameterDefinition<ReferenceWageTable> ReferenceWages =
        ParameterDefinition.Table<ReferenceWageTable>("pay.reference_wages", ReferenceWageTable.TryRead);

    /// <summary>The pay-floor rule (待遇保障底线): which caliber, and how many years before the pay year.</summary>
    public static readonly ParameterDefinition<PayFloorRule> FloorRule =
        ParameterDefinition.Table<PayFloorRule>("pay.floor_rule", PayFloorRule.TryRead);

    /// <summary>All pay definitions.</summary>
    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        Posts, GradeCoefficients, BaseAmount, YearsPerGradeStep, DegreeCreditYears, QualificationUplift, QualificationAllowance,
        FailedAppraisalYearCounts, FailedAppraisalForfeitsPerformance, Split, PostChangeRule, FenRoundingRule, ReferenceWages, FloorRule,
    ];
}

/// <summary>The names of the post-change grade mapping rules (岗位变动后的等级确定).</summary>
public static class PostChangeRules
{
    /// <summary>
    /// 保留原等级: the grade (without qualification uplift) held on the change date is kept, raised to the new
    /// post's minimum or cut to its maximum; later steps count from the change date.
    /// </summary>
    public const string KeepGradeWithinRange = "keep-grade-within-range";

    /// <summary>重新定级: the worker is placed afresh on the new post, from its entry grade with all counted service.</summary>
    public const string RePlace = "re-place";
}

/// <summary>The names of the fen rounding rules of monthly pay.</summary>
public static class PayRounding
{
    /// <summary>四舍五入 to the fen.</summary>
    public const string HalfUp = "half-up";

    /// <summary>舍去: fractions of a fen are dropped.</summary>
    public const string Down = "down";

    /// <summary>进位: any fraction of a fen rounds up.</summary>
    public const string Up = "up";
}

/// <summary>The statistical calibers (统计口径) of a published average wage.</summary>
public static class WageCalibers
{
    /// <summary>城镇非私营单位在岗职工年平均工资 (urban non-private units, in-service employees).</summary>
    public const string UrbanNonPrivateInService = "urban-non-private-in-service";

    /// <summary>城镇非私营单位就业人员年平均工资 (urban non-private units, all employed persons).</summary>
    public const string UrbanNonPrivateEmployed = "urban-non-private-employed";

    /// <summary>全口径城镇单位就业人员年平均工资 (all urban units, all employed persons).</summary>
    public const string AllUrbanUnitsEmployed = "all-urban-units-employed";

    /// <summary>The known calibers.</summary>
    public static IReadOnlyList<string> All { get; } = [UrbanNonPrivateInService, UrbanNonPrivateEmployed, AllUrbanUnitsEmployed];

    /// <summary>The Chinese name of a caliber.</summary>
    /// <param name="caliber">The caliber code.</param>
    /// <returns>The name, or the code when unknown.</returns>
    public static string ZhHans(string caliber) => caliber switch
    {
        UrbanNonPrivateInService => "城镇非私营单位在岗职工",
        UrbanNonPrivateEmployed => "城镇非私营单位就业人员",
        AllUrbanUnitsEmployed => "全口径城镇单位就业人员",
        _ => caliber,
    };

    /// <summary>The English name of a caliber.</summary>
    /// <param name="caliber">The caliber code.</param>
    /// <returns>The name, or the code when unknown.</returns>
    public static string En(string caliber) => caliber switch
    {
        UrbanNonPrivateInService => "urban non-private units, in-service employees",
        UrbanNonPrivateEmployed => "urban non-private units, employed persons",
        AllUrbanUnitsEmployed => "all urban units, employed persons",
        _ => caliber,
    };
}
