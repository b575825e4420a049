using FluentValidation;
using Governance.Rules.Validation;
using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>Validates an elderly-care request: dates against birth and the as-of date, status periods, assessments, district and schedule range.</summary>
/// <remarks>
/// The evaluator passes the as-of date as <see cref="AsOfKey"/> and the pack's <see cref="DistrictTable"/> as
/// <see cref="DistrictsKey"/> in the context's root data; without them, those checks are skipped.
/// </remarks>
public sealed class ElderlyCareRequestValidator : AbstractValidator<ElderlyCareRequest>
{
    /// <summary>The root-data key of the as-of <see cref="LocalDate"/>.</summary>
    public const string AsOfKey = "elderly.as_of";

    /// <summary>The root-data key of the <see cref="DistrictTable"/> in force.</summary>
    public const string DistrictsKey = "elderly.districts";

    /// <summary>Creates the validator.</summary>
    public ElderlyCareRequestValidator()
    {
        RuleFor(r => r.Person).NotNull().WithError(ElderlyErrors.PersonMissing).SetValidator(new PersonValidator());
        RuleFor(r => r).Must(r => r.ScheduleFrom is null == r.ScheduleTo is null && (r.ScheduleFrom is null || r.ScheduleFrom <= r.ScheduleTo))
            .WithError(ElderlyErrors.ScheduleRange).OverridePropertyName(nameof(ElderlyCareRequest.ScheduleTo));
        RuleFor(r => r.ScheduleFrom!.Value).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange)
            .OverridePropertyName(nameof(ElderlyCareRequest.ScheduleFrom)).When(r => r.ScheduleFrom is not null);
        RuleFor(r => r.ScheduleTo!.Value).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange)
            .OverridePropertyName(nameof(ElderlyCareRequest.ScheduleTo)).When(r => r.ScheduleTo is not null);
        RuleFor(r => r).Must(r => Months(r.ScheduleFrom!.Value, r.ScheduleTo!.Value) <= ElderlyLimits.MaxScheduleMonths)
            .WithError(ElderlyErrors.ScheduleTooLong).OverridePropertyName(nameof(ElderlyCareRequest.ScheduleTo))
            .When(r => r.ScheduleFrom is { } f && r.ScheduleTo is { } t && f <= t);
    }

    private static long Months(YearMonth from, YearMonth to) => ((long)to.Year * 12 + to.Month) - ((long)from.Year * 12 + from.Month) + 1;

    private static bool TryAsOf(IValidationContext context, out LocalDate asOf)
    {
        if (context.RootContextData.TryGetValue(AsOfKey, out var v) && v is LocalDate d)
        {
            asOf = d;
            return true;
        }

        asOf = default;
        return false;
    }

    private sealed class PersonValidator : AbstractValidator<ElderlyPerson>
    {
        public PersonValidator()
        {
            RuleFor(p => p.BirthDate).GreaterThanOrEqualTo(ElderlyLimits.EarliestBirth).WithError(ElderlyErrors.BirthTooEarly);
            RuleFor(p => p.BirthDate).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange).When(p => p.BirthDate >= ElderlyLimits.EarliestBirth);
            Window(p => p.DeathDate, nameof(ElderlyPerson.DeathDate));
            Window(p => p.HukouSince, nameof(ElderlyPerson.HukouSince));
            Window(p => p.InstitutionalCareFrom, nameof(ElderlyPerson.InstitutionalCareFrom));
            Window(p => p.InstitutionalCareUntil, nameof(ElderlyPerson.InstitutionalCareUntil));
            Window(p => p.ApplicationDate, nameof(ElderlyPerson.ApplicationDate));
            RuleFor(p => p.BirthDate).Must((p, b, ctx) => !TryAsOf(ctx, out var asOf) || b <= asOf).WithError(ElderlyErrors.BirthInFuture);
            RuleFor(p => p.DeathDate!.Value).Must((p, d) => d >= p.BirthDate).WithError(ElderlyErrors.DeathBeforeBirth)
                .OverridePropertyName(nameof(ElderlyPerson.DeathDate)).When(p => p.DeathDate is not null);
            RuleFor(p => p.HukouSince!.Value).Must((p, d) => d >= p.BirthDate).WithError(ElderlyErrors.HukouBeforeBirth)
                .OverridePropertyName(nameof(ElderlyPerson.HukouSince)).When(p => p.HukouSince is not null);
            RuleFor(p => p.HukouDistrict).Custom((code, ctx) =>
            {
                if (code is not null && ctx.RootContextData.TryGetValue(DistrictsKey, out var t) && t is DistrictTable table && !table.ByCode.ContainsKey(code))
                {
                    var f = new FluentValidation.Results.ValidationFailure(ctx.PropertyPath, ElderlyErrors.DistrictUnknown.ZhHans, code)
                    {
                        ErrorCode = ElderlyErrors.DistrictUnknown.Code,
                        CustomState = ElderlyErrors.DistrictUnknown,
                        FormattedMessagePlaceholderValues = new Dictionary<string, object?> { ["Known"] = string.Join(", ", table.Districts.Select(d => d.Code)) },
                    };
                    ctx.AddFailure(f);
                }
            });
            RuleFor(p => p.LivingArrangement).IsInEnum().WithError(ElderlyErrors.ArrangementUnknown);
            RuleFor(p => p.SpecialFamily).Must(s => (s & ~(SpecialFamily.LostOnlyChild | SpecialFamily.DisabledOnlyChild)) == 0).WithError(ElderlyErrors.ArrangementUnknown);
            RuleFor(p => p.EconomicStatuses).Cascade(CascadeMode.Stop).NotNull().WithError(ElderlyErrors.ListMissing)
                .Must(s => s.Count <= ElderlyLimits.MaxPeriods).WithError(ElderlyErrors.TooMany);
            RuleForEach(p => p.EconomicStatuses).NotNull().WithError(ElderlyErrors.EntryMissing).When(p => p.EconomicStatuses is not null);
            RuleForEach(p => p.EconomicStatuses).ChildRules(s =>
            {
                s.RuleFor(x => x.Status).IsInEnum().WithError(ElderlyErrors.StatusUnknown);
                s.RuleFor(x => x.From).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange);
                s.RuleFor(x => x.To!.Value).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange).OverridePropertyName("To").When(x => x.To is not null);
                s.RuleFor(x => x).Must(x => x.To is null || x.To >= x.From).WithError(ElderlyErrors.StatusPeriodReversed).OverridePropertyName("To");
            }).When(p => p.EconomicStatuses is not null);
            RuleForEach(p => p.EconomicStatuses).Must((p, s) => s is null || s.From >= p.BirthDate).WithError(ElderlyErrors.StatusBeforeBirth).When(p => p.EconomicStatuses is not null);
            RuleFor(p => p.EconomicStatuses).Must(NoOverlap).WithError(ElderlyErrors.StatusOverlap)
                .When(p => p.EconomicStatuses is not null && p.EconomicStatuses.All(s => s is not null && (s.To is null || s.To >= s.From)));
            RuleFor(p => p.Assessments).Cascade(CascadeMode.Stop).NotNull().WithError(ElderlyErrors.ListMissing)
                .Must(s => s.Count <= ElderlyLimits.MaxPeriods).WithError(ElderlyErrors.TooMany);
            RuleForEach(p => p.Assessments).NotNull().WithError(ElderlyErrors.EntryMissing).When(p => p.Assessments is not null);
            RuleForEach(p => p.Assessments).ChildRules(a =>
            {
                a.RuleFor(x => x.AssessedOn).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange);
                a.RuleFor(x => x.ValidUntil!.Value).Must(InputLimits.Contains).WithError(InputLimits.DateOutOfRange).OverridePropertyName("ValidUntil").When(x => x.ValidUntil is not null);
                a.RuleFor(x => x).Must(x => (x.Level is null) != (x.LegacyLevel is null)
                        && (x.Level is null || Enum.IsDefined(x.Level.Value)) && (x.LegacyLevel is null || Enum.IsDefined(x.LegacyLevel.Value)))
                    .WithError(ElderlyErrors.LevelUnknown).OverridePropertyName("Level");
                a.RuleFor(x => x).Must(x => x.ValidUntil is null || x.ValidUntil >= x.AssessedOn).WithError(ElderlyErrors.AssessmentValidity).OverridePropertyName("ValidUntil");
                a.RuleFor(x => x.AssessedOn).Must((x, d, ctx) => !TryAsOf(ctx, out var asOf) || d <= asOf).WithError(ElderlyErrors.AssessmentAfterAsOf);
            }).When(p => p.Assessments is not null);
            RuleFor(p => p.Assessments).Custom(AssessedAfterBirth).When(p => p.Assessments is not null);
            RuleFor(p => p.Assessments).Must(a => Enumerable.Range(1, Math.Max(0, a.Count - 1)).All(i => a[i] is null || a[i - 1] is null || a[i].AssessedOn > a[i - 1].AssessedOn))
                .WithError(ElderlyErrors.AssessmentOrder).When(p => p.Assessments is not null);
            RuleFor(p => p).Must(p => p.InstitutionalCareFrom is { } f && f >= p.BirthDate && (p.InstitutionalCareUntil is null || p.InstitutionalCareUntil >= f))
                .WithError(ElderlyErrors.CarePeriod).OverridePropertyName(nameof(ElderlyPerson.InstitutionalCareFrom))
                .When(p => p.InstitutionalCareFrom is not null || p.InstitutionalCareUntil is not null);
            RuleFor(p => p.ApplicationDate!.Value).Must((p, d, ctx) => d >= p.BirthDate && (!TryAsOf(ctx, out var asOf) || d <= asOf)).WithError(ElderlyErrors.ApplicationDate)
                .OverridePropertyName(nameof(ElderlyPerson.ApplicationDate)).When(p => p.ApplicationDate is not null);
            RuleFor(p => p.MealsPerMonth!.Value).Cascade(CascadeMode.Stop).GreaterThanOrEqualTo(0).WithError(ElderlyErrors.Negative)
                .LessThanOrEqualTo(ElderlyLimits.MaxMealsPerMonth).WithError(ElderlyErrors.TooLarge)
                .OverridePropertyName(nameof(ElderlyPerson.MealsPerMonth)).When(p => p.MealsPerMonth is not null);
            RuleFor(p => p.AdaptationCost!.Value).Cascade(CascadeMode.Stop).GreaterThanOrEqualTo(0).WithError(ElderlyErrors.Negative)
                .LessThanOrEqualTo(ElderlyLimits.MaxAdaptationCost).WithError(ElderlyErrors.TooLarge)
                .OverridePropertyName(nameof(ElderlyPerson.AdaptationCost)).When(p => p.AdaptationCost is not null);
        }

        private void Window(System.Linq.Expressions.Expression<Func<ElderlyPerson, LocalDate?>> date, string name) =>
            RuleFor(date).Must(d => d is not { } v || InputLimits.Contains(v)).WithError(InputLimits.DateOutOfRange).OverridePropertyName(name);

        /// <summary>An assessment dated before the birth date, named at its date with the date as given.</summary>
        private static void AssessedAfterBirth(IReadOnlyList<CareAssessment> assessments, ValidationContext<ElderlyPerson> context)
        {
            var birth = context.InstanceToValidate.BirthDate;
            for (var i = 0; i < assessments.Count; i++)
            {
                if (assessments[i] is { } a && a.AssessedOn < birth)
                {
                    var error = ElderlyErrors.AssessmentBeforeBirth;
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(
                        $"{context.PropertyPath}[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}].{nameof(CareAssessment.AssessedOn)}", error.ZhHans, a.AssessedOn)
                    {
                        ErrorCode = error.Code,
                        CustomState = error,
                    });
                }
            }
        }

        private static bool NoOverlap(IReadOnlyList<EconomicStatusPeriod> periods)
        {
            var sorted = periods.OrderBy(p => p.From).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i - 1].To is not { } end || end >= sorted[i].From)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
