using System.Globalization;
using FluentValidation;
using Governance.Rules.Validation;
using NodaTime;

namespace Governance.Rules.Compensation;

/// <summary>Validates a community worker: id, service periods, posts, degree, qualifications and appraisal years.</summary>
/// <remarks>
/// Codes are checked against the pack in force, passed in the validation context's root data under
/// <see cref="PostsKey"/>, <see cref="DegreesKey"/> and <see cref="QualificationsKey"/>; a code is unknown when
/// its table is absent. Without <see cref="PostsKey"/>, codes are not checked. The as-of date, when passed under
/// <see cref="AsOfKey"/>, must not precede the hire date.
/// </remarks>
public sealed class CommunityWorkerValidator : AbstractValidator<CommunityWorker>
{
    /// <summary>The root-data key of the <see cref="PayPostTable"/> in force.</summary>
    public const string PostsKey = "pay.posts";

    /// <summary>The root-data key of the <see cref="DegreeCreditTable"/> in force (may be absent).</summary>
    public const string DegreesKey = "pay.degree_credit_years";

    /// <summary>The root-data key of the <see cref="QualificationTable"/> in force (may be absent).</summary>
    public const string QualificationsKey = "pay.qualification_uplift";

    /// <summary>The root-data key of the as-of <see cref="LocalDate"/> the hire date must not follow.</summary>
    public const string AsOfKey = "pay.as_of";

    /// <summary>Creates the validator.</summary>
    public CommunityWorkerValidator()
    {
        RuleFor(w => w.Id).NotEmpty().WithError(PayErrors.IdMissing).MaximumLength(64).WithError(PayErrors.IdMissing);
        RuleFor(w => w.Service).NotEmpty().WithError(PayErrors.ServiceMissing);
        RuleFor(w => w.Posts).NotEmpty().WithError(PayErrors.PostsMissing);
        RuleFor(w => w.Qualifications).NotNull().WithError(PayErrors.ListMissing);
        RuleFor(w => w.FailedAppraisalYears).NotNull().WithError(PayErrors.ListMissing);
        RuleFor(w => w.BirthDate!.Value).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange)
            .OverridePropertyName(nameof(CommunityWorker.BirthDate)).When(w => w.BirthDate is not null);
        RuleFor(w => w).Custom(CheckSizes);
        RuleFor(w => w).Custom(Check).When(w => Within(w.Service) && Within(w.Posts) && Within(w.Qualifications) && Within(w.FailedAppraisalYears));
    }

    private static bool Within<TItem>(IReadOnlyList<TItem>? list) => list is null || list.Count <= PayLimits.MaxHistoryEntries;

    private static void CheckSizes(CommunityWorker w, ValidationContext<CommunityWorker> context)
    {
        Size(nameof(CommunityWorker.Service), w.Service);
        Size(nameof(CommunityWorker.Posts), w.Posts);
        Size(nameof(CommunityWorker.Qualifications), w.Qualifications);
        Size(nameof(CommunityWorker.FailedAppraisalYears), w.FailedAppraisalYears);

        void Size<TItem>(string path, IReadOnlyList<TItem>? list)
        {
            if (!Within(list))
            {
                context.AddFailure(Failure(path, list!.Count.ToString(CultureInfo.InvariantCulture), PayErrors.TooManyEntries));
            }
        }
    }

    private static void Dates(ValidationContext<CommunityWorker> context, string path, LocalDate date)
    {
        if (!InputLimits.Contains(date))
        {
            context.AddFailure(InputLimits.DateFailure(path, date));
        }
    }

    private static void Check(CommunityWorker w, ValidationContext<CommunityWorker> context)
    {
        var data = context.RootContextData;
        var service = w.Service ?? [];
        for (var i = 0; i < service.Count; i++)
        {
            var p = service[i];
            Dates(context, $"Service[{i}].Start", p.Start);
            if (p.End is { } e)
            {
                Dates(context, $"Service[{i}].End", e);
            }

            if (p.End is { } end && end < p.Start)
            {
                context.AddFailure(Failure($"Service[{i}].End", Text(end), PayErrors.ServicePeriodNegative));
            }

            if (i > 0 && (service[i - 1].End is not { } previous || p.Start <= previous))
            {
                context.AddFailure(Failure($"Service[{i}].Start", Text(p.Start), PayErrors.ServicePeriodsOverlap));
            }
        }

        if (service.Count > 0 && data.TryGetValue(AsOfKey, out var asOfData) && asOfData is LocalDate asOf && service[0].Start > asOf)
        {
            var f = Failure("Service[0].Start", Text(service[0].Start), PayErrors.HireAfterAsOf);
            f.FormattedMessagePlaceholderValues = new Dictionary<string, object?> { ["AsOf"] = Text(asOf) };
            context.AddFailure(f);
        }

        var posts = w.Posts ?? [];
        var table = data.TryGetValue(PostsKey, out var t) ? t as PayPostTable : null;
        for (var i = 0; i < posts.Count; i++)
        {
            Dates(context, $"Posts[{i}].From", posts[i].From);
            if (table is not null && !table.TryGet(posts[i].Post, out _))
            {
                context.AddFailure(WithKnown(Failure($"Posts[{i}].Post", posts[i].Post, PayErrors.PostUnknown), table.Posts.Select(p => p.Code)));
            }

            if (i > 0 && posts[i].From <= posts[i - 1].From)
            {
                context.AddFailure(Failure($"Posts[{i}].From", Text(posts[i].From), PayErrors.PostHistoryOrder));
            }
        }

        if (posts.Count > 0 && service.Count > 0 && posts[0].From > service[0].Start)
        {
            context.AddFailure(Failure("Posts[0].From", Text(posts[0].From), PayErrors.PostStartsAfterHire));
        }

        if (table is not null && w.Degree is { } degree)
        {
            var degrees = data.TryGetValue(DegreesKey, out var d) ? d as DegreeCreditTable : null;
            if (degrees is null || !degrees.TryGet(degree, out _))
            {
                context.AddFailure(WithKnown(Failure("Degree", degree, PayErrors.DegreeUnknown), degrees?.Degrees.Select(x => x.Code) ?? []));
            }
        }

        var quals = w.Qualifications ?? [];
        var qualTable = data.TryGetValue(QualificationsKey, out var q) ? q as QualificationTable : null;
        for (var i = 0; i < quals.Count; i++)
        {
            Dates(context, $"Qualifications[{i}].Obtained", quals[i].Obtained);
            if (table is not null && (qualTable is null || !qualTable.TryGet(quals[i].Qualification, out _)))
            {
                context.AddFailure(WithKnown(Failure($"Qualifications[{i}].Qualification", quals[i].Qualification, PayErrors.QualificationUnknown), qualTable?.Qualifications.Select(x => x.Code) ?? []));
            }

            if (w.BirthDate is { } birth && quals[i].Obtained < birth)
            {
                context.AddFailure(Failure($"Qualifications[{i}].Obtained", Text(quals[i].Obtained), PayErrors.QualificationBeforeBirth));
            }
        }

        var failed = w.FailedAppraisalYears ?? [];
        for (var i = 0; i < failed.Count; i++)
        {
            if (failed[i] is < PayLimits.MinYear or > PayLimits.MaxYear || failed.Take(i).Contains(failed[i]))
            {
                context.AddFailure(Failure($"FailedAppraisalYears[{i}]", failed[i].ToString(CultureInfo.InvariantCulture), PayErrors.FailedYearInvalid));
            }
        }
    }

    internal static string Text(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static FluentValidation.Results.ValidationFailure Failure(string path, string? value, ErrorDescriptor error) =>
        new(path, error.ZhHans, value) { ErrorCode = error.Code, CustomState = error };

    private static FluentValidation.Results.ValidationFailure WithKnown(FluentValidation.Results.ValidationFailure failure, IEnumerable<string> known)
    {
        failure.FormattedMessagePlaceholderValues = new Dictionary<string, object?> { ["Known"] = string.Join(", ", known) };
        return failure;
    }
}

/// <summary>Validates a payroll for the pay-floor check: lines, ids, amounts and full-time-equivalent months.</summary>
/// <remarks>One pass over the lines, so that a payroll of tens of thousands of workers validates in about a millisecond.</remarks>
public sealed class PayrollRequestValidator : AbstractValidator<PayrollRequest>
{
    /// <summary>Creates the validator.</summary>
    public PayrollRequestValidator()
    {
        RuleFor(r => r.UnitId).NotEmpty().WithError(PayErrors.UnitIdMissing).MaximumLength(64).WithError(PayErrors.UnitIdMissing);
        RuleFor(r => r.Year).InclusiveBetween(PayLimits.MinYear, PayLimits.MaxYear).WithError(PayErrors.YearInvalid);
        RuleFor(r => r.Workers).Cascade(CascadeMode.Stop).NotEmpty().WithError(PayErrors.PayrollEmpty)
            .Must(l => l.Count <= PayLimits.MaxPayrollWorkers).WithError(PayErrors.PayrollTooLarge);
        RuleFor(r => r).Custom(Check).When(r => r.Workers is { Count: > 0 and <= PayLimits.MaxPayrollWorkers });
    }

    private static void Check(PayrollRequest request, ValidationContext<PayrollRequest> context)
    {
        var workers = request.Workers;
        var ids = new HashSet<string>(workers.Count, StringComparer.Ordinal);
        var counted = 0;
        for (var i = 0; i < workers.Count; i++)
        {
            var w = workers[i];
            if (w is null)
            {
                context.AddFailure(CommunityWorkerValidator.Failure($"Workers[{i}]", null, PayErrors.WorkerMissing));
                continue;
            }

            if (string.IsNullOrEmpty(w.Id) || w.Id.Length > 64)
            {
                context.AddFailure(CommunityWorkerValidator.Failure($"Workers[{i}].Id", w.Id, PayErrors.IdMissing));
            }
            else if (!ids.Add(w.Id))
            {
                context.AddFailure(CommunityWorkerValidator.Failure($"Workers[{i}].Id", w.Id, PayErrors.IdDuplicate));
            }

            if (w.AnnualPay is < 0m or > PayLimits.MaxAnnualPay)
            {
                context.AddFailure(CommunityWorkerValidator.Failure($"Workers[{i}].AnnualPay", w.AnnualPay.ToString(CultureInfo.InvariantCulture), PayErrors.AnnualPayOutOfRange));
            }

            if (w.FullTimeEquivalentMonths is < PayLimits.MinFullTimeEquivalentMonths or > 12m)
            {
                context.AddFailure(CommunityWorkerValidator.Failure($"Workers[{i}].FullTimeEquivalentMonths", w.FullTimeEquivalentMonths.ToString(CultureInfo.InvariantCulture), PayErrors.FteMonthsOutOfRange));
            }

            if (w.Counted)
            {
                counted++;
            }
        }

        if (counted == 0)
        {
            context.AddFailure(CommunityWorkerValidator.Failure("Workers", null, PayErrors.PayrollNoCounted));
        }
    }
}
