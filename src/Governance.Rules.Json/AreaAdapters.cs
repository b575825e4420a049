using System.Collections.Frozen;
using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Localization;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;

namespace Governance.Rules.Json;

/// <summary>The adapters of every rule area, by name.</summary>
public static class AreaAdapters
{
    /// <summary>The staffing quota (社区工作者配备).</summary>
    public static AreaAdapter Staffing { get; } = new AreaAdapter<StaffingRequest, StaffingOutcome, StaffingQuotaCalculator>(
        "staffing",
        new LocalizedText("社区工作者配备标准", "Community-worker staffing quota"),
        "required",
        (pack, clock) => new StaffingQuotaCalculator(pack, clock),
        (calculator, request, options) => calculator.Evaluate(request, options),
        outcome =>
        [
            KeyValuePair.Create("required", (decimal)outcome.RootIds.Sum(id => outcome[id].Required)),
            KeyValuePair.Create("counted", (decimal)outcome.RootIds.Sum(id => outcome[id].Counted)),
            KeyValuePair.Create("shortfall", (decimal)outcome.Areas.Where(a => a.ChildIds.Count == 0).Sum(a => a.Shortfall)),
        ]);

    /// <summary>The elderly-care benefit calculator (苏颐养方程式).</summary>
    public static AreaAdapter ElderlyCare { get; } = new AreaAdapter<ElderlyCareRequest, ElderlyOutcome, ElderlyCareCalculator>(
        "elderly-care",
        new LocalizedText("养老服务待遇计算（苏颐养方程式）", "Elderly-care benefits (苏颐养方程式)"),
        "yearTotal",
        (pack, clock) => new ElderlyCareCalculator(pack, clock),
        (calculator, request, options) => calculator.Evaluate(request, options),
        outcome =>
        [
            KeyValuePair.Create("monthTotal", outcome.MonthTotal),
            KeyValuePair.Create("yearTotal", outcome.YearTotal),
            KeyValuePair.Create("eligibleBenefits", (decimal)outcome.Benefits.Count(b => b.Eligible)),
        ],
        ("monthTotal", "yearTotal"),
        new ElderlyFastPath());

    /// <summary>The admission review of a work item pushed down to villages/communities (社区工作事项准入审查).</summary>
    public static AreaAdapter Admission { get; } = new AreaAdapter<WorkItemRequest, AdmissionOutcome, AdmissionReviewer>(
        "admission",
        new LocalizedText("社区工作事项准入审查", "Work-item admission review"),
        "admissible",
        (pack, clock) => new AdmissionReviewer(pack, clock),
        (reviewer, request, options) => reviewer.Evaluate(request, options),
        outcome =>
        [
            KeyValuePair.Create("admissible", outcome.Decision is AdmissionDecision.AlreadyAdmitted or AdmissionDecision.AdmissibleSubjectToApproval ? 1m : 0m),
            KeyValuePair.Create("needsConfirmation", outcome.Decision == AdmissionDecision.NeedsConfirmation ? 1m : 0m),
            KeyValuePair.Create("reasons", (decimal)outcome.Reasons.Count),
        ]);

    /// <summary>The community worker's question: is this request on a list on this date, may I refuse it?</summary>
    public static AreaAdapter AdmissionCheck { get; } = new AreaAdapter<ListCheckRequest, ListCheckOutcome, AdmissionReviewer>(
        "admission-check",
        new LocalizedText("社区工作事项是否在清单内", "Is a work request on a list"),
        "onList",
        (pack, clock) => new AdmissionReviewer(pack, clock),
        (reviewer, request, options) => reviewer.Check(request, options),
        outcome =>
        [
            KeyValuePair.Create("onList", outcome.OnList ? 1m : 0m),
            KeyValuePair.Create("mayRefuse", outcome.MayRefuse ? 1m : 0m),
            KeyValuePair.Create("needsConfirmation", outcome.NeedsConfirmation ? 1m : 0m),
        ]);

    /// <summary>A stamp/certificate request against the negative list (村(社区)可不予盖章).</summary>
    public static AreaAdapter Certificate { get; } = new AreaAdapter<StampRequest, StampOutcome, StampDecider>(
        "certificate",
        new LocalizedText("村(社区)出具证明/盖章事项判断", "Stamp and certificate requests"),
        "mustIssue",
        (pack, clock) => new StampDecider(pack, clock),
        (decider, request, options) => decider.Evaluate(request, options),
        outcome =>
        [
            KeyValuePair.Create("mustIssue", outcome.Kind == StampDecisionKind.MustIssue ? 1m : 0m),
            KeyValuePair.Create("mayRefuse", outcome.Kind == StampDecisionKind.MayRefuse ? 1m : 0m),
            KeyValuePair.Create("shouldNotIssue", outcome.Kind == StampDecisionKind.ShouldNotIssue ? 1m : 0m),
            KeyValuePair.Create("needsConfirmation", outcome.Kind == StampDecisionKind.NeedsConfirmation ? 1m : 0m),
            KeyValuePair.Create("notCovered", outcome.Kind == StampDecisionKind.NotCovered ? 1m : 0m),
        ],
        texts: (outcome, language) => outcome.RefusalNotice(language) is { } notice ? [KeyValuePair.Create("refusalNotice", notice)] : []);

    /// <summary>A community worker's pay for a calendar year, month by month (三岗十八级).</summary>
    public static AreaAdapter Pay { get; } = new AreaAdapter<AnnualPayRequest, AnnualPayOutcome, CommunityWorkerPayCalculator>(
        "pay",
        new LocalizedText("社区工作者年度薪酬（三岗十八级）", "Community-worker annual pay (三岗十八级)"),
        "yearTotal",
        (pack, clock) => new CommunityWorkerPayCalculator(pack, clock),
        (calculator, request, options) => calculator.EvaluateAnnualPay(request, options),
        outcome =>
        [
            KeyValuePair.Create("yearTotal", outcome.Total),
            KeyValuePair.Create("monthAverage", outcome.Total / 12m),
            KeyValuePair.Create("performanceForfeited", outcome.PerformanceForfeited),
        ],
        ("monthAverage", "yearTotal"));

    /// <summary>A community worker's grade and monthly pay on a date (岗位等级与月薪酬).</summary>
    public static AreaAdapter PayMonthly { get; } = new AreaAdapter<CommunityWorker, MonthlyPayOutcome, CommunityWorkerPayCalculator>(
        "pay-monthly",
        new LocalizedText("社区工作者岗位等级与月薪酬", "Community-worker grade and monthly pay"),
        "monthTotal",
        (pack, clock) => new CommunityWorkerPayCalculator(pack, clock),
        (calculator, worker, options) => calculator.EvaluateMonthlyPay(worker, options),
        outcome =>
        [
            KeyValuePair.Create("monthTotal", outcome.Total),
            KeyValuePair.Create("grade", (decimal)outcome.Grade.Grade),
            KeyValuePair.Create("yearEquivalent", outcome.Total * 12m),
        ],
        ("monthTotal", "yearEquivalent"));

    /// <summary>A unit's payroll checked against the pay floor (年平均待遇不低于上一年度城镇非私营单位在岗职工平均工资).</summary>
    public static AreaAdapter PayFloor { get; } = new AreaAdapter<PayrollRequest, PayFloorOutcome, PayFloorChecker>(
        "pay-floor",
        new LocalizedText("社区工作者薪酬保底检查", "Community-worker pay-floor check"),
        "compliant",
        (pack, clock) => new PayFloorChecker(pack, clock),
        (checker, request, options) => checker.Evaluate(request, options),
        outcome =>
        [
            KeyValuePair.Create("compliant", outcome.Compliant ? 1m : 0m),
            KeyValuePair.Create("averagePay", outcome.AveragePay),
            KeyValuePair.Create("totalShortfall", outcome.TotalShortfall),
            KeyValuePair.Create("workersBelowFloor", (decimal)outcome.BelowFloor.Count),
        ]);

    /// <summary>All adapters by area name.</summary>
    public static IReadOnlyDictionary<string, AreaAdapter> All { get; } = new[]
    {
        Staffing,
        Pay,
        PayMonthly,
        PayFloor,
        Admission,
        AdmissionCheck,
        Certificate,
        ElderlyCare,
    }.ToFrozenDictionary(a => a.Area, StringComparer.Ordinal);

    /// <summary>The names of the areas, for messages.</summary>
    public static string Names => string.Join(", ", All.Keys.Order(StringComparer.Ordinal));
}
