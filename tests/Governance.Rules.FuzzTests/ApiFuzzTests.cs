using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using NodaTime.Testing;
using static Governance.Rules.FuzzTests.Evaluators;
using static Governance.Rules.FuzzTests.Requests;

namespace Governance.Rules.FuzzTests;

/// <summary>The evaluators over the embedded Suzhou pack, shared by the fuzz tests.</summary>
internal static class Evaluators
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 6, 30, 2, 0));
    private static readonly RulePack Pack = RulePacks.Suzhou;

    public static StaffingQuotaCalculator StaffingCalculator { get; } = new(Pack, Clock);

    public static AdmissionReviewer Admission { get; } = new(Pack, Clock);

    public static StampDecider Stamps { get; } = new(Pack, Clock);

    public static CommunityWorkerPayCalculator Pay { get; } = new(Pack, Clock);

    public static PayFloorChecker Floor { get; } = new(Pack, Clock);

    public static ElderlyCareCalculator ElderlyCalculator { get; } = new(Pack, Clock);

    public static Gen<(T Request, Results.EvaluationOptions Options)> With<T>(Gen<T> request) =>
        from r in request from o in Options select (r, o);
}

/// <summary>Generated bad input to the staffing APIs keeps the invariant of <see cref="Fuzz"/>.</summary>
public sealed class StaffingFuzzTests
{
    [Fact]
    public void Staffing_evaluate() => Fuzz.Run(With(StaffingRequests), c => Fuzz.Evaluate(() => StaffingCalculator.Evaluate(c.Request, c.Options)));

    [Fact]
    public void Staffing_quota_fast_path() => Fuzz.Run(StaffingFast, c => Fuzz.Call(() => StaffingCalculator.Quota(c.Population, c.AsOf, c.Households, c.Level)));
}

/// <summary>Generated bad input to the admission APIs keeps the invariant of <see cref="Fuzz"/>.</summary>
public sealed class AdmissionFuzzTests
{
    [Fact]
    public void Admission_evaluate() => Fuzz.Run(With(WorkItem), c => Fuzz.Evaluate(() => Admission.Evaluate(c.Request, c.Options)));

    [Fact]
    public void Admission_review_fast_path() => Fuzz.Run(With(WorkItem), c => Fuzz.Call(() =>
    {
        var r = c.Request;
        var facts = new AdmissionFacts(r.ListType, r.LegalBasis is { Count: > 0 }, r.Resources, r.Demands, r.ItemCode, r.RequestedStart, r.ArisesFromLegalChange);
        return Admission.Review(facts, c.Options.AsOf!.Value, r.ProhibitedKinds is null ? default : r.ProhibitedKinds.ToArray().AsSpan());
    }));

    [Fact]
    public void Admission_list_check() => Fuzz.Run(With(ListCheck), c => Fuzz.Evaluate(() => Admission.Check(c.Request, c.Options)));
}

/// <summary>Generated bad input to the stamp APIs keeps the invariant of <see cref="Fuzz"/>.</summary>
public sealed class StampFuzzTests
{
    [Fact]
    public void Stamp_evaluate() => Fuzz.Run(With(Stamp), c => Fuzz.Evaluate(() => Stamps.Evaluate(c.Request, c.Options)));

    [Fact]
    public void Stamp_decide_and_match_fast_paths() => Fuzz.Run(With(Stamp), c =>
    {
        var asOf = c.Options.AsOf!.Value;
        if (c.Request.Code is { } code)
        {
            Fuzz.Call(() => Stamps.Decide(code, asOf));
        }

        Fuzz.Call(() => Stamps.Match((c.Request.Text ?? string.Empty).AsSpan(), asOf));
    });
}

/// <summary>Generated bad input to the pay APIs keeps the invariant of <see cref="Fuzz"/>.</summary>
public sealed class PayFuzzTests
{
    [Fact]
    public void Pay_grade_evaluate_and_fast_path() => Fuzz.Run(With(Worker), c =>
    {
        Fuzz.Evaluate(() => Pay.EvaluateGrade(c.Request, c.Options));
        Fuzz.Call(() => Pay.Grade(c.Request, c.Options.AsOf!.Value));
    });

    [Fact]
    public void Pay_monthly_evaluate_and_fast_path() => Fuzz.Run(With(Worker), c =>
    {
        Fuzz.Evaluate(() => Pay.EvaluateMonthlyPay(c.Request, c.Options));
        Fuzz.Call(() => Pay.MonthlyPay(c.Request, c.Options.AsOf!.Value));
    });

    [Fact]
    public void Pay_annual_evaluate() => Fuzz.Run(With(AnnualPay), c => Fuzz.Evaluate(() => Pay.EvaluateAnnualPay(c.Request, c.Options)));

    [Fact]
    public void Pay_floor_evaluate() => Fuzz.Run(With(Payroll), c => Fuzz.Evaluate(() => Floor.Evaluate(c.Request, c.Options)));
}

/// <summary>Generated bad input to the elderly APIs keeps the invariant of <see cref="Fuzz"/>.</summary>
public sealed class ElderlyFuzzTests
{
    [Fact]
    public void Elderly_evaluate() => Fuzz.Run(With(ElderlyRequests), c => Fuzz.Evaluate(() => ElderlyCalculator.Evaluate(c.Request, c.Options)));

    [Fact]
    public void Elderly_summarize_fast_path() => Fuzz.Run(With(Person), c => Fuzz.Call(() =>
    {
        var s = ElderlyCalculator.Summarize(c.Request, c.Options.AsOf!.Value);
        return (s.Status, s.MonthTotal, ElderlyBenefits.All.Select(b => (s.AmountPerPeriod(b), s.Due(b))).ToArray());
    }));

    [Fact]
    public void Elderly_age_allowance_fast_path() => Fuzz.Run(With(Person), c => Fuzz.Call(() =>
    {
        var s = ElderlyCalculator.SummarizeAgeAllowance(c.Request, c.Options.AsOf!.Value);
        return (s.Status, s.Due, s.EligibleMask, s.UsesPlaceholder);
    }));
}

/// <summary>A null argument is the only exception, and it is ArgumentNullException.</summary>
public sealed class NullArgumentTests
{
    [Fact]
    public void A_null_argument_is_the_only_exception_and_it_is_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => StaffingCalculator.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Admission.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Admission.Check(null!));
        Assert.Throws<ArgumentNullException>(() => Stamps.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Pay.EvaluateGrade(null!));
        Assert.Throws<ArgumentNullException>(() => Pay.EvaluateMonthlyPay(null!));
        Assert.Throws<ArgumentNullException>(() => Pay.EvaluateAnnualPay(null!));
        Assert.Throws<ArgumentNullException>(() => Pay.Grade(null!, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => Pay.MonthlyPay(null!, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => Floor.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => ElderlyCalculator.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => ElderlyCalculator.Summarize(null!, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => ElderlyCalculator.SummarizeAgeAllowance(null!, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => RulePacks.TryLoad((string)null!));
        Assert.Throws<ArgumentNullException>(() => RulePacks.TryLoadSelected(null, null!));
    }
}
