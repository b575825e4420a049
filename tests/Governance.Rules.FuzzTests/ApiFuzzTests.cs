using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using NodaTime.Testing;
using static Governance.Rules.FuzzTests.Requests;

namespace Governance.Rules.FuzzTests;

/// <summary>Every public evaluate and fast-path API under generated bad input keeps the invariant of <see cref="Fuzz"/>.</summary>
public sealed class ApiFuzzTests
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 6, 30, 2, 0));
    private static readonly RulePack Pack = RulePacks.Suzhou;
    private static readonly StaffingQuotaCalculator Staffing = new(Pack, Clock);
    private static readonly AdmissionReviewer Admission = new(Pack, Clock);
    private static readonly StampDecider Stamps = new(Pack, Clock);
    private static readonly CommunityWorkerPayCalculator Pay = new(Pack, Clock);
    private static readonly PayFloorChecker Floor = new(Pack, Clock);
    private static readonly ElderlyCareCalculator Elderly = new(Pack, Clock);

    private static Gen<(T Request, Results.EvaluationOptions Options)> With<T>(Gen<T> request) =>
        from r in request from o in Options select (r, o);

    [Fact]
    public void Staffing_evaluate() => Fuzz.Run(With(Requests.Staffing), c => Fuzz.Evaluate(() => Staffing.Evaluate(c.Request, c.Options)));

    [Fact]
    public void Staffing_quota_fast_path() => Fuzz.Run(StaffingFast, c => Fuzz.Call(() => Staffing.Quota(c.Population, c.AsOf, c.Households, c.Level)));

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

    [Fact]
    public void Elderly_evaluate() => Fuzz.Run(With(Requests.Elderly), c => Fuzz.Evaluate(() => Elderly.Evaluate(c.Request, c.Options)));

    [Fact]
    public void Elderly_summarize_fast_path() => Fuzz.Run(With(Person), c => Fuzz.Call(() =>
    {
        var s = Elderly.Summarize(c.Request, c.Options.AsOf!.Value);
        return (s.Status, s.MonthTotal, ElderlyBenefits.All.Select(b => (s.AmountPerPeriod(b), s.Due(b))).ToArray());
    }));

    [Fact]
    public void A_null_argument_is_the_only_exception_and_it_is_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Staffing.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Admission.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Admission.Check(null!));
        Assert.Throws<ArgumentNullException>(() => Stamps.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Pay.EvaluateGrade(null!));
        Assert.Throws<ArgumentNullException>(() => Pay.EvaluateMonthlyPay(null!));
        Assert.Throws<ArgumentNullException>(() => Pay.EvaluateAnnualPay(null!));
        Assert.Throws<ArgumentNullException>(() => Pay.Grade(null!, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => Pay.MonthlyPay(null!, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => Floor.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Elderly.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Elderly.Summarize(null!, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => RulePacks.TryLoad((string)null!));
        Assert.Throws<ArgumentNullException>(() => RulePacks.TryLoadSelected(null, null!));
    }
}
