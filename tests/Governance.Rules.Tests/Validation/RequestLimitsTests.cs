using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Validation;

/// <summary>Inputs that used to throw are answered with a coded failure at the path the caller wrote.</summary>
public sealed class RequestLimitsTests
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 6, 30, 2, 0));
    private static readonly AdmissionReviewer Admission = new(RulePacks.Suzhou, Clock);
    private static readonly PayFloorChecker Floor = new(RulePacks.Suzhou, Clock);
    private static readonly CommunityWorkerPayCalculator Pay = new(RulePacks.Suzhou, Clock);
    private static readonly ElderlyCareCalculator Elderly = new(RulePacks.Suzhou, Clock);

    private static WorkItemRequest Item => new() { Title = "社区人口信息采集", RequestingDepartment = "区民政局" };

    private static void Fails<T>(RuleResult<T> result, string code, string path)
        where T : class
    {
        Assert.False(result.IsValid);
        Assert.Contains(result.Failures, f => f.Code == code && f.PropertyPath == path);
    }

    [Fact]
    public void Null_lists_and_null_entries_are_failures_not_exceptions()
    {
        Fails(Admission.Evaluate(Item with { LegalBasis = null! }), "ADMISSION_LIST_MISSING", "LegalBasis");
        Fails(Admission.Evaluate(Item with { ProhibitedKinds = null! }), "ADMISSION_LIST_MISSING", "ProhibitedKinds");
        Fails(Admission.Evaluate(Item with { ProhibitedKinds = [null!] }), "ADMISSION_TEXT_EMPTY", "ProhibitedKinds[0]");
        Fails(Floor.Evaluate(new PayrollRequest("u", 2025, null!)), "PAY_PAYROLL_EMPTY", "Workers");
        Fails(Floor.Evaluate(new PayrollRequest("u", 2025, [null!])), "PAY_WORKER_NULL", "Workers[0]");
        Fails(Pay.EvaluateAnnualPay(new AnnualPayRequest(null!, 2025)), "PAY_WORKER_NULL", "Worker");
        var person = new ElderlyPerson { BirthDate = Date("1930-05-01") };
        Fails(Elderly.Evaluate(ElderlyCareRequest.For(person with { EconomicStatuses = null! })), "ELDERLY_LIST_MISSING", "Person.EconomicStatuses");
        Fails(Elderly.Evaluate(ElderlyCareRequest.For(person with { EconomicStatuses = [null!] })), "ELDERLY_ENTRY_MISSING", "Person.EconomicStatuses[0]");
        Fails(Elderly.Evaluate(ElderlyCareRequest.For(person with { Assessments = [null!] })), "ELDERLY_ENTRY_MISSING", "Person.Assessments[0]");
        Assert.Equal(ElderlySummaryStatus.InvalidInput, Elderly.Summarize(person with { Assessments = [null!] }, Date("2026-06-30")).Status);
    }

    [Fact]
    public void Dates_near_the_calendars_limits_are_failures_not_overflows()
    {
        Fails(Admission.Evaluate(Item, EvaluationOptions.On(Date("9999-12-31"))), "AS_OF_OUT_OF_RANGE", "AsOf");
        Fails(Admission.Evaluate(Item with { RequestedStart = Date("9999-12-31") }), "DATE_OUT_OF_RANGE", "RequestedStart");
        var worker = CommunityWorker.Hired("w", "staff", Date("2020-01-01")) with { Service = [new ServicePeriod(Date("2020-01-01"), Date("9999-12-31"))] };
        Fails(Pay.EvaluateMonthlyPay(worker), "DATE_OUT_OF_RANGE", "Service[0].End");
        Assert.Equal(PayStatus.InvalidInput, Pay.MonthlyPay(worker, Date("2026-06-30")).Status);
        var person = new ElderlyPerson { BirthDate = Date("1930-05-01"), EconomicStatuses = [new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2000-01-01"), Date("9999-12-31"))] };
        Fails(Elderly.Evaluate(ElderlyCareRequest.For(person)), "DATE_OUT_OF_RANGE", "Person.EconomicStatuses[0].To");
        Assert.Equal(ElderlySummaryStatus.InvalidInput, Elderly.Summarize(person, LocalDate.MaxIsoValue).Status);
    }

    [Fact]
    public void Tiny_full_time_equivalent_months_are_refused_before_they_overflow()
    {
        var line = new PayrollWorker { Id = "w", AnnualPay = 100_000m, FullTimeEquivalentMonths = 0.0000000000000000000000000001m };
        var result = Floor.Evaluate(new PayrollRequest("u", 2025, [line]));
        Fails(result, "PAY_FTE_MONTHS_OUT_OF_RANGE", "Workers[0].FullTimeEquivalentMonths");
        Assert.Equal("0.0000000000000000000000000001", result.Failures[0].AttemptedValue);
    }
}
