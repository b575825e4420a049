using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Governance.Rules.Localization;

namespace Governance.Rules.Compensation;

/// <summary>One post (岗位) of the pay scale and its grade range.</summary>
/// <param name="Code">The stable code used in inputs, for example <c>head</c> (社区正职).</param>
/// <param name="Name">The post's name.</param>
/// <param name="MinGrade">The post's entry and lowest grade (inclusive).</param>
/// <param name="MaxGrade">The post's highest grade (inclusive).</param>
public sealed record PayPost(string Code, LocalizedText Name, int MinGrade, int MaxGrade)
{
    /// <summary>Clamps <paramref name="grade"/> into the post's range.</summary>
    /// <param name="grade">A grade.</param>
    /// <returns>The grade raised to <see cref="MinGrade"/> or cut to <see cref="MaxGrade"/>.</returns>
    public int Clamp(int grade) => Math.Clamp(grade, MinGrade, MaxGrade);
}

/// <summary>The posts of a pay scale (三岗 in the default pack), by code.</summary>
/// <remarks>
/// Post ranges may overlap (正职 7–18 and 副职 4–15 share grades 7–15), but no range may be empty, start below
/// grade 1, or leave a grade between 1 and the highest grade outside every post.
/// </remarks>
public sealed class PayPostTable
{
    private readonly PayPost[] _posts;

    private PayPostTable(IReadOnlyList<PayPost> posts)
    {
        Posts = posts;
        _posts = [.. posts];
        HighestGrade = posts.Max(p => p.MaxGrade);
    }

    /// <summary>The posts in pack order.</summary>
    public IReadOnlyList<PayPost> Posts { get; }

    /// <summary>The highest grade of any post.</summary>
    public int HighestGrade { get; }

    /// <summary>Finds a post by code.</summary>
    /// <param name="code">The post code (ordinal).</param>
    /// <param name="post">The post when found.</param>
    /// <returns>True when the pack defines the post.</returns>
    public bool TryGet(string code, out PayPost post)
    {
        // A scale has a handful of posts: an ordinal scan beats hashing the code.
        foreach (var p in _posts)
        {
            if (string.Equals(p.Code, code, StringComparison.Ordinal))
            {
                post = p;
                return true;
            }
        }

        post = null!;
        return false;
    }

    internal static bool TryRead(JsonElement json, out PayPostTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {code, zh-Hans, en, minGrade, maxGrade}";
            return false;
        }

        var list = new List<PayPost>();
        foreach (var item in json.EnumerateArray())
        {
            if (!PayJson.Exactly(item, "code", "zh-Hans", "en", "minGrade", "maxGrade")
                || !PayJson.String(item, "code", out var code) || !PayJson.String(item, "zh-Hans", out var zh) || !PayJson.String(item, "en", out var en)
                || !item.GetProperty("minGrade").TryGetInt32(out var min) || !item.GetProperty("maxGrade").TryGetInt32(out var max))
            {
                error = "each post is exactly {code, zh-Hans, en, minGrade, maxGrade} with whole-number grades";
                return false;
            }

            if (min < 1 || max < min)
            {
                error = $"post '{code}' has an empty or invalid grade range {min}–{max} (grades start at 1 and the range must not be empty)";
                return false;
            }

            if (list.Any(p => p.Code == code))
            {
                error = $"post '{code}' appears twice";
                return false;
            }

            list.Add(new PayPost(code, new LocalizedText(zh, en), min, max));
        }

        if (list.Count == 0)
        {
            error = "at least one post is needed";
            return false;
        }

        var highest = list.Max(p => p.MaxGrade);
        for (var g = 1; g <= highest; g++)
        {
            if (!list.Any(p => p.MinGrade <= g && g <= p.MaxGrade))
            {
                error = $"grade {g} lies in no post's range (a gap in the scale)";
                return false;
            }
        }

        value = new PayPostTable(list);
        error = null;
        return true;
    }
}

/// <summary>The pay coefficient of every grade from 1 to <see cref="HighestGrade"/> (等级系数表).</summary>
/// <remarks>The table lists each grade once, without gaps, and coefficients rise strictly with the grade.</remarks>
public sealed class GradeCoefficientTable
{
    private readonly decimal[] _coefficients;

    private GradeCoefficientTable(decimal[] coefficients) => _coefficients = coefficients;

    /// <summary>The highest grade the table covers.</summary>
    public int HighestGrade => _coefficients.Length;

    /// <summary>The coefficient of <paramref name="grade"/>.</summary>
    /// <param name="grade">A grade from 1 to <see cref="HighestGrade"/>.</param>
    /// <returns>The coefficient.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The grade is outside the table.</exception>
    public decimal CoefficientOf(int grade)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grade, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(grade, HighestGrade);
        return _coefficients[grade - 1];
    }

    internal decimal UncheckedCoefficient(int grade) => _coefficients[grade - 1];

    internal static bool TryRead(JsonElement json, out GradeCoefficientTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {grade, coefficient} from grade 1 upward";
            return false;
        }

        var list = new List<decimal>();
        foreach (var item in json.EnumerateArray())
        {
            if (!PayJson.Exactly(item, "grade", "coefficient")
                || !item.GetProperty("grade").TryGetInt32(out var grade)
                || item.GetProperty("coefficient").ValueKind != JsonValueKind.Number || !item.GetProperty("coefficient").TryGetDecimal(out var c))
            {
                error = "each entry is exactly {grade, coefficient} with a whole-number grade and a decimal coefficient";
                return false;
            }

            var expected = list.Count + 1;
            if (grade < expected)
            {
                error = $"grade {grade} is listed twice or out of order (overlapping entries)";
                return false;
            }

            if (grade > expected)
            {
                error = $"grade {expected} is missing (a gap before grade {grade})";
                return false;
            }

            if (c <= 0m)
            {
                error = $"grade {grade} needs a positive coefficient";
                return false;
            }

            if (list.Count > 0 && c <= list[^1])
            {
                error = string.Create(CultureInfo.InvariantCulture, $"coefficients must rise strictly with the grade: grade {grade} has {c}, grade {grade - 1} has {list[^1]}");
                return false;
            }

            list.Add(c);
        }

        if (list.Count == 0)
        {
            error = "at least one grade is needed";
            return false;
        }

        value = new GradeCoefficientTable([.. list]);
        error = null;
        return true;
    }
}

/// <summary>One degree (学历) and the years of service it is counted as.</summary>
/// <param name="Code">The stable code, for example <c>bachelor</c>.</param>
/// <param name="Name">The degree's name.</param>
/// <param name="Years">The years counted as community service (0 or more).</param>
public sealed record DegreeCredit(string Code, LocalizedText Name, int Years);

/// <summary>The degree credit table (学历折算工龄), by degree code.</summary>
public sealed class DegreeCreditTable
{
    private readonly DegreeCredit[] _degrees;

    private DegreeCreditTable(IReadOnlyList<DegreeCredit> degrees)
    {
        Degrees = degrees;
        _degrees = [.. degrees];
    }

    /// <summary>The degrees in pack order.</summary>
    public IReadOnlyList<DegreeCredit> Degrees { get; }

    /// <summary>Finds a degree by code.</summary>
    /// <param name="code">The degree code (ordinal).</param>
    /// <param name="degree">The degree when found.</param>
    /// <returns>True when the pack defines the degree.</returns>
    public bool TryGet(string code, out DegreeCredit degree)
    {
        foreach (var d in _degrees)
        {
            if (string.Equals(d.Code, code, StringComparison.Ordinal))
            {
                degree = d;
                return true;
            }
        }

        degree = null!;
        return false;
    }

    internal static bool TryRead(JsonElement json, out DegreeCreditTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {code, zh-Hans, en, years}";
            return false;
        }

        var list = new List<DegreeCredit>();
        foreach (var item in json.EnumerateArray())
        {
            if (!PayJson.Exactly(item, "code", "zh-Hans", "en", "years")
                || !PayJson.String(item, "code", out var code) || !PayJson.String(item, "zh-Hans", out var zh) || !PayJson.String(item, "en", out var en)
                || !item.GetProperty("years").TryGetInt32(out var years) || years < 0)
            {
                error = "each degree is exactly {code, zh-Hans, en, years} with whole, non-negative years";
                return false;
            }

            if (list.Any(d => d.Code == code))
            {
                error = $"degree '{code}' appears twice";
                return false;
            }

            list.Add(new DegreeCredit(code, new LocalizedText(zh, en), years));
        }

        value = new DegreeCreditTable(list);
        error = null;
        return true;
    }
}

/// <summary>One social-work qualification (社会工作者职业资格) and the grades it adds within the post's range.</summary>
/// <param name="Code">The stable code, for example <c>social-worker</c> (社会工作师).</param>
/// <param name="Name">The qualification's name.</param>
/// <param name="Level">Its level: 1 for the lowest listed, rising in pack order.</param>
/// <param name="Uplift">The grades added (0 or more).</param>
public sealed record Qualification(string Code, LocalizedText Name, int Level, int Uplift);

/// <summary>
/// The qualifications a worker may hold, lowest first. Only the highest held counts (不累加): uplifts rise
/// strictly with the level.
/// </summary>
public sealed class QualificationTable
{
    private readonly Qualification[] _qualifications;

    private QualificationTable(IReadOnlyList<Qualification> qualifications)
    {
        Qualifications = qualifications;
        _qualifications = [.. qualifications];
    }

    /// <summary>The qualifications, lowest first.</summary>
    public IReadOnlyList<Qualification> Qualifications { get; }

    /// <summary>Finds a qualification by code.</summary>
    /// <param name="code">The qualification code (ordinal).</param>
    /// <param name="qualification">The qualification when found.</param>
    /// <returns>True when the pack defines it.</returns>
    public bool TryGet(string code, out Qualification qualification)
    {
        foreach (var q in _qualifications)
        {
            if (string.Equals(q.Code, code, StringComparison.Ordinal))
            {
                qualification = q;
                return true;
            }
        }

        qualification = null!;
        return false;
    }

    internal static bool TryRead(JsonElement json, out QualificationTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {code, zh-Hans, en, uplift}, lowest qualification first";
            return false;
        }

        var list = new List<Qualification>();
        foreach (var item in json.EnumerateArray())
        {
            if (!PayJson.Exactly(item, "code", "zh-Hans", "en", "uplift")
                || !PayJson.String(item, "code", out var code) || !PayJson.String(item, "zh-Hans", out var zh) || !PayJson.String(item, "en", out var en)
                || !item.GetProperty("uplift").TryGetInt32(out var uplift) || uplift < 0)
            {
                error = "each qualification is exactly {code, zh-Hans, en, uplift} with a whole, non-negative uplift";
                return false;
            }

            if (list.Any(q => q.Code == code))
            {
                error = $"qualification '{code}' appears twice";
                return false;
            }

            if (list.Count > 0 && uplift <= list[^1].Uplift)
            {
                error = $"qualifications are listed lowest first with strictly rising uplift: '{code}' does not rise above '{list[^1].Code}'";
                return false;
            }

            list.Add(new Qualification(code, new LocalizedText(zh, en), list.Count + 1, uplift));
        }

        value = new QualificationTable(list);
        error = null;
        return true;
    }
}

/// <summary>The monthly qualification allowance (职业资格津贴, 元/月) by qualification code; only the highest qualification held is paid.</summary>
/// <remarks>Codes that <c>pay.qualification_uplift</c> does not list are never matched.</remarks>
public sealed class QualificationAllowanceTable
{
    private readonly FrozenDictionary<string, decimal> _byCode;

    private QualificationAllowanceTable(FrozenDictionary<string, decimal> byCode) => _byCode = byCode;

    /// <summary>The allowances by qualification code.</summary>
    public IReadOnlyDictionary<string, decimal> Amounts => _byCode;

    /// <summary>The monthly allowance of a qualification, 0 when none is listed.</summary>
    /// <param name="code">The qualification code.</param>
    /// <returns>The allowance in 元/月.</returns>
    public decimal AmountFor(string code) => code is not null && _byCode.TryGetValue(code, out var a) ? a : 0m;

    internal static bool TryRead(JsonElement json, out QualificationAllowanceTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Object)
        {
            error = "expected an object {qualification code: 元/月}";
            return false;
        }

        var map = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in json.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDecimal(out var amount) || amount < 0m)
            {
                error = $"the allowance of '{p.Name}' must be a non-negative amount";
                return false;
            }

            if (!map.TryAdd(p.Name, amount))
            {
                error = $"qualification '{p.Name}' appears twice";
                return false;
            }
        }

        value = new QualificationAllowanceTable(map.ToFrozenDictionary(StringComparer.Ordinal));
        error = null;
        return true;
    }
}

/// <summary>The split of monthly pay into basic pay (基本报酬) and performance pay (绩效报酬); the shares sum to 1.</summary>
public sealed record PaySplit
{
    private PaySplit(decimal basic, decimal performance)
    {
        BasicShare = basic;
        PerformanceShare = performance;
    }

    /// <summary>The basic pay's share, for example 0.7.</summary>
    public decimal BasicShare { get; }

    /// <summary>The performance pay's share, for example 0.3.</summary>
    public decimal PerformanceShare { get; }

    internal static bool TryRead(JsonElement json, out PaySplit value, out string? error)
    {
        value = null!;
        if (!PayJson.Exactly(json, "basic", "performance")
            || json.GetProperty("basic").ValueKind != JsonValueKind.Number || !json.GetProperty("basic").TryGetDecimal(out var basic)
            || json.GetProperty("performance").ValueKind != JsonValueKind.Number || !json.GetProperty("performance").TryGetDecimal(out var performance))
        {
            error = "expected exactly {basic, performance} as decimal shares";
            return false;
        }

        if (basic < 0m || performance < 0m || basic + performance != 1m)
        {
            error = "the shares must be non-negative and sum to exactly 1";
            return false;
        }

        value = new PaySplit(basic, performance);
        error = null;
        return true;
    }
}

/// <summary>One published average wage (社会平均工资): its statistical year, caliber, amount and source.</summary>
/// <param name="Year">The statistical year the average describes.</param>
/// <param name="Caliber">The caliber code (see <see cref="WageCalibers"/>).</param>
/// <param name="AnnualAverage">The annual average wage in 元/年.</param>
/// <param name="Source">Where the figure was published, when recorded.</param>
public sealed record ReferenceWage(int Year, string Caliber, decimal AnnualAverage, string? Source)
{
    /// <summary>The jurisdiction a wage belongs to when its entry names none: Suzhou (<c>cn.js.suzhou</c>).</summary>
    public const string DefaultJurisdiction = "cn.js.suzhou";

    /// <summary>The place the average describes (a city or a county-level city), as a jurisdiction code.</summary>
    public string Jurisdiction { get; init; } = DefaultJurisdiction;
}

/// <summary>The published average wages known to a pack, by year and caliber.</summary>
public sealed class ReferenceWageTable
{
    private ReferenceWageTable(IReadOnlyList<ReferenceWage> wages) => Wages = wages;

    /// <summary>The wages in pack order.</summary>
    public IReadOnlyList<ReferenceWage> Wages { get; }

    /// <summary>The wage of <paramref name="year"/> in <paramref name="caliber"/>, or null.</summary>
    /// <param name="year">The statistical year.</param>
    /// <param name="caliber">The caliber code.</param>
    /// <returns>The wage or null.</returns>
    public ReferenceWage? Find(int year, string caliber) => Find(year, caliber, ReferenceWage.DefaultJurisdiction);

    /// <summary>The wage of <paramref name="jurisdiction"/> for <paramref name="year"/> in <paramref name="caliber"/>, or null (never another place's or caliber's).</summary>
    /// <param name="year">The statistical year.</param>
    /// <param name="caliber">The caliber code.</param>
    /// <param name="jurisdiction">The place, for example <c>cn.js.suzhou</c>.</param>
    /// <returns>The wage or null.</returns>
    public ReferenceWage? Find(int year, string caliber, string jurisdiction) =>
        Wages.FirstOrDefault(w => w.Year == year && string.Equals(w.Caliber, caliber, StringComparison.Ordinal) && string.Equals(w.Jurisdiction, jurisdiction, StringComparison.Ordinal));


    internal static bool TryRead(JsonElement json, out ReferenceWageTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {year, caliber, annualAverage, source?}";
            return false;
        }

        var list = new List<ReferenceWage>();
        foreach (var item in json.EnumerateArray())
        {
            var hasSource = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("source", out _);
            var hasPlace = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("jurisdiction", out _);
            string[] fields = hasSource && hasPlace ? ["year", "caliber", "annualAverage", "source", "jurisdiction"]
                : hasSource ? ["year", "caliber", "annualAverage", "source"]
                : hasPlace ? ["year", "caliber", "annualAverage", "jurisdiction"]
                : ["year", "caliber", "annualAverage"];
            if (!PayJson.Exactly(item, fields)
                || !item.GetProperty("year").TryGetInt32(out var year) || year is < PayLimits.MinYear or > PayLimits.MaxYear
                || !PayJson.String(item, "caliber", out var caliber)
                || item.GetProperty("annualAverage").ValueKind != JsonValueKind.Number || !item.GetProperty("annualAverage").TryGetDecimal(out var amount) || amount <= 0m)
            {
                error = "each wage is exactly {year (1949–2200), caliber, annualAverage (positive), source?, jurisdiction?}";
                return false;
            }

            if (!WageCalibers.All.Contains(caliber, StringComparer.Ordinal))
            {
                error = $"unknown caliber '{caliber}'; expected one of: {string.Join(", ", WageCalibers.All)}";
                return false;
            }

            string? source = null;
            if (hasSource && !PayJson.String(item, "source", out source))
            {
                error = "source must be a string";
                return false;
            }

            var place = ReferenceWage.DefaultJurisdiction;
            if (hasPlace && !PayJson.String(item, "jurisdiction", out place))
            {
                error = "jurisdiction must be a string such as cn.js.suzhou";
                return false;
            }

            if (list.Any(w => w.Year == year && w.Caliber == caliber && w.Jurisdiction == place))
            {
                error = $"the {caliber} wage of {place} for {year} appears twice";
                return false;
            }

            list.Add(new ReferenceWage(year, caliber, amount, source) { Jurisdiction = place });
        }

        value = new ReferenceWageTable(list);
        error = null;
        return true;
    }
}

/// <summary>The pay-floor rule: community workers' annual average pay is not below the reference wage of the given caliber, <see cref="ReferenceYearLag"/> years before the pay year.</summary>
/// <param name="Caliber">The caliber the rule names (see <see cref="WageCalibers"/>).</param>
/// <param name="ReferenceYearLag">How many years before the pay year the reference wage is taken (1 = the previous year, 上一年度).</param>
public sealed record PayFloorRule(string Caliber, int ReferenceYearLag)
{
    internal static bool TryRead(JsonElement json, out PayFloorRule value, out string? error)
    {
        value = null!;
        if (!PayJson.Exactly(json, "caliber", "referenceYearLag")
            || !PayJson.String(json, "caliber", out var caliber)
            || !json.GetProperty("referenceYearLag").TryGetInt32(out var lag) || lag < 0)
        {
            error = "expected exactly {caliber, referenceYearLag (0 or more)}";
            return false;
        }

        if (!WageCalibers.All.Contains(caliber, StringComparer.Ordinal))
        {
            error = $"unknown caliber '{caliber}'; expected one of: {string.Join(", ", WageCalibers.All)}";
            return false;
        }

        value = new PayFloorRule(caliber, lag);
        error = null;
        return true;
    }
}

/// <summary>Strict JSON reading helpers for the pay tables.</summary>
internal static class PayJson
{
    public static bool Exactly(JsonElement item, params string[] names)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var count = 0;
        foreach (var p in item.EnumerateObject())
        {
            if (!names.Contains(p.Name, StringComparer.Ordinal))
            {
                return false;
            }

            count++;
        }

        return count == names.Length;
    }

    public static bool String(JsonElement item, string name, out string value)
    {
        if (item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            value = v.GetString()!;
            return true;
        }

        value = string.Empty;
        return false;
    }
}
