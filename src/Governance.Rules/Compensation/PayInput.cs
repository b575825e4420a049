using NodaTime;

namespace Governance.Rules.Compensation;

/// <summary>A stretch of community service (社区工作经历), both ends included.</summary>
/// <remarks>
/// Gaps between periods (unpaid leave, a secondment that does not count, a break) neither count toward
/// service years nor earn pay. <see cref="End"/> null means the service continues.
/// </remarks>
/// <param name="Start">The first day of service (inclusive).</param>
/// <param name="End">The last day of service (inclusive), or null when ongoing.</param>
public readonly record struct ServicePeriod(LocalDate Start, LocalDate? End = null)
{
    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when Start ≤ date ≤ End (or End is null).</returns>
    public bool Contains(LocalDate date) => Start <= date && (End is not { } end || date <= end);
}

/// <summary>A post (岗位) held from a date until the next assignment.</summary>
/// <param name="Post">The post code in the pack's <c>pay.posts</c>, for example <c>staff</c>.</param>
/// <param name="From">The first day in the post (inclusive).</param>
public readonly record struct PostAssignment(string Post, LocalDate From);

/// <summary>A social-work qualification (社会工作者职业资格) held from the date it was obtained.</summary>
/// <param name="Qualification">The qualification code in the pack's <c>pay.qualification_uplift</c>.</param>
/// <param name="Obtained">The date the qualification was obtained (取得资格日期).</param>
public readonly record struct QualificationHeld(string Qualification, LocalDate Obtained);

/// <summary>A community worker (社区工作者): service history, posts, degree, qualifications and appraisal results.</summary>
/// <remarks>
/// Service periods are listed in date order and must not overlap; the first post assignment starts no later
/// than the first service day (the hire date, 入职日期). Degree credit applies from the hire date.
/// </remarks>
public sealed record CommunityWorker
{
    /// <summary>The worker's id, unique within a payroll.</summary>
    public required string Id { get; init; }

    /// <summary>The worker's name, for people.</summary>
    public string? Name { get; init; }

    /// <summary>The birth date, used to check qualification dates.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>The highest degree's code in the pack's <c>pay.degree_credit_years</c> (for example <c>bachelor</c>), or null for none.</summary>
    public string? Degree { get; init; }

    /// <summary>The periods of community service, in date order.</summary>
    public required IReadOnlyList<ServicePeriod> Service { get; init; }

    /// <summary>The posts held, in date order (the first is the post on hiring).</summary>
    public required IReadOnlyList<PostAssignment> Posts { get; init; }

    /// <summary>The qualifications obtained; only the highest held on a date counts.</summary>
    public IReadOnlyList<QualificationHeld> Qualifications { get; init; } = [];

    /// <summary>The calendar years whose annual appraisal was 不合格 (unqualified).</summary>
    public IReadOnlyList<int> FailedAppraisalYears { get; init; } = [];

    /// <summary>The hire date: the first day of the first service period, or null when none is given.</summary>
    public LocalDate? HireDate => Service is { Count: > 0 } s ? s[0].Start : null;

    /// <summary>A worker in one post with one ongoing service period.</summary>
    /// <param name="id">The worker's id.</param>
    /// <param name="post">The post code.</param>
    /// <param name="hired">The hire date.</param>
    /// <returns>The worker.</returns>
    public static CommunityWorker Hired(string id, string post, LocalDate hired) => new()
    {
        Id = id,
        Service = [new ServicePeriod(hired)],
        Posts = [new PostAssignment(post, hired)],
    };
}

/// <summary>A request for a worker's annual pay (年度报酬) over one calendar year.</summary>
/// <param name="Worker">The worker.</param>
/// <param name="Year">The calendar year.</param>
public sealed record AnnualPayRequest(CommunityWorker Worker, int Year);

/// <summary>One worker's line in a payroll for the pay-floor check.</summary>
/// <remarks>
/// <see cref="FullTimeEquivalentMonths"/> is the worker's months of full-time service in the year (12 for the
/// whole year; a worker hired on 1 July counts 6; half-time for a whole year counts 6).
/// </remarks>
public sealed record PayrollWorker
{
    /// <summary>The worker's id, unique within the payroll.</summary>
    public required string Id { get; init; }

    /// <summary>The worker's name, for people.</summary>
    public string? Name { get; init; }

    /// <summary>The pay received for the year (应发年度报酬), in 元.</summary>
    public required decimal AnnualPay { get; init; }

    /// <summary>Full-time-equivalent months in the year, more than 0 and at most 12.</summary>
    public decimal FullTimeEquivalentMonths { get; init; } = 12m;

    /// <summary>Whether the worker counts as a community worker for the floor (false for part-time or non-community staff listed for completeness).</summary>
    public bool Counted { get; init; } = true;
}

/// <summary>A unit's payroll for one year, to check against the pay floor (待遇保障底线).</summary>
/// <param name="UnitId">The unit (a community, street or district).</param>
/// <param name="Year">The pay year.</param>
/// <param name="Workers">The workers on the payroll.</param>
public sealed record PayrollRequest(string UnitId, int Year, IReadOnlyList<PayrollWorker> Workers)
{
    /// <summary>
    /// The place whose published average wage is the floor, as a jurisdiction code: the city
    /// (<c>cn.js.suzhou</c>, the default) or one of its county-level cities where the pack holds its wage.
    /// </summary>
    public string Jurisdiction { get; init; } = ReferenceWage.DefaultJurisdiction;
}
