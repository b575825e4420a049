using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Localization;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;

namespace Governance.Rules.Testing.Areas;

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
        ],
        StaffingTable);

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
        ElderlyTable,
        ("monthTotal", "yearTotal"));

    /// <summary>The admission review of a work item pushed down to villages/communities (社区工作事项准入审查).</summary>
    public static AreaAdapter Admission { get; } = new AreaAdapter<WorkItemRequest, AdmissionOutcome, AdmissionReviewer>(
        "admission",
        new LocalizedText("社区工作事项准入审查", "Work-item admission review"),
        "admissible",
        (pack, clock) => new AdmissionReviewer(pack, clock),
        (reviewer, request, options) => reviewer.Evaluate(request, options),
        outcome =>
        [
            KeyValuePair.Create("admissible", outcome.Decision == AdmissionDecision.Refused ? 0m : 1m),
            KeyValuePair.Create("reasons", (decimal)outcome.Reasons.Count),
        ],
        (outcome, language) => Lines(
            Word(outcome.Decision, language),
            outcome.Item is { } item ? $"{item.Code} {item.Name.Get(language)}" : null,
            outcome.ApprovingBody?.Get(language),
            outcome.NextAdjustment?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Join(Environment.NewLine, outcome.Reasons.Select(r => "  - " + r.Message.Get(language)))));

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
        ],
        (outcome, language) => Lines(outcome.Message.Get(language)));

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
            KeyValuePair.Create("notCovered", outcome.Kind == StampDecisionKind.NotCovered ? 1m : 0m),
        ],
        (outcome, language) => Lines(outcome.Message.Get(language), outcome.RefusalNotice(language)),
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
        (outcome, language) => Lines(
            string.Join(Environment.NewLine, outcome.Months.Select(m => string.Create(
                CultureInfo.InvariantCulture,
                $"{m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}\t{m.DaysPaid}/{m.DaysInMonth}\t{m.Basic}\t{m.Performance}\t{m.Allowance}\t{m.Total}"))),
            language == Language.En
                ? string.Create(CultureInfo.InvariantCulture, $"Year {outcome.Year}: basic {outcome.Basic}, performance {outcome.Performance} (forfeited {outcome.PerformanceForfeited}), allowance {outcome.Allowance}, total {outcome.Total}")
                : string.Create(CultureInfo.InvariantCulture, $"{outcome.Year} 年：基本报酬 {outcome.Basic}，绩效 {outcome.Performance}（扣除 {outcome.PerformanceForfeited}），津贴 {outcome.Allowance}，合计 {outcome.Total}")),
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
        (outcome, language) => Lines(language == Language.En
            ? string.Create(CultureInfo.InvariantCulture, $"{outcome.Grade.Post.Name.En}, grade {outcome.Grade.Grade}; {outcome.BaseAmount} × {outcome.Coefficient} = {outcome.Standard}: basic {outcome.Basic} + performance {outcome.Performance} + allowance {outcome.Allowance} = {outcome.Total} a month; next step {outcome.Grade.NextStepDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}")
            : string.Create(CultureInfo.InvariantCulture, $"{outcome.Grade.Post.Name.ZhHans}，{outcome.Grade.Grade} 档；{outcome.BaseAmount} × {outcome.Coefficient} = {outcome.Standard}：基本报酬 {outcome.Basic} + 绩效 {outcome.Performance} + 津贴 {outcome.Allowance} = 每月 {outcome.Total}；下次晋档 {outcome.Grade.NextStepDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "无"}")),
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
        ],
        (outcome, language) => Lines(language == Language.En
            ? string.Create(CultureInfo.InvariantCulture, $"{outcome.UnitId} {outcome.Year}: average {outcome.AveragePay} vs floor {outcome.Floor} ({outcome.ReferenceWage.Year}, {outcome.ReferenceWage.Caliber}) → {(outcome.Compliant ? "compliant" : "below the floor")}; shortfall {outcome.TotalShortfall}, raise per worker {outcome.RaisePerWorker}; {outcome.BelowFloor.Count} workers below the floor")
            : string.Create(CultureInfo.InvariantCulture, $"{outcome.UnitId} {outcome.Year} 年：人均 {outcome.AveragePay}，保底线 {outcome.Floor}（{outcome.ReferenceWage.Year} 年{outcome.ReferenceWage.Caliber}）→ {(outcome.Compliant ? "达标" : "未达标")}；缺口合计 {outcome.TotalShortfall}，人均需增 {outcome.RaisePerWorker}；低于保底线 {outcome.BelowFloor.Count} 人")));

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

    private static string Lines(params string?[] lines) =>
        string.Concat(lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => l + Environment.NewLine));

    private static string Word(AdmissionDecision decision, Language language) => (decision, language) switch
    {
        (AdmissionDecision.AlreadyAdmitted, Language.En) => "Already admitted",
        (AdmissionDecision.AdmissibleSubjectToApproval, Language.En) => "Admissible, subject to the approving body",
        (_, Language.En) => "Refused",
        (AdmissionDecision.AlreadyAdmitted, _) => "已准入",
        (AdmissionDecision.AdmissibleSubjectToApproval, _) => "可申请准入（须经审批机构决定）",
        _ => "不予准入",
    };

    /// <summary>The names of the areas, for messages.</summary>
    public static string Names => string.Join(", ", All.Keys.Order(StringComparer.Ordinal));

    private static string ElderlyTable(ElderlyOutcome outcome, Language language)
    {
        var text = new StringBuilder();
        var en = language == Language.En;
        text.AppendLine(CultureInfo.InvariantCulture, $"{(en ? "Age" : "周岁")} {outcome.Age} · {outcome.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        text.AppendLine(en ? "Benefit\tEligible\tAmount\tPer\tDue this month\tFrom\tUntil\tStacking\tUnmet / qualifies on"
                           : "待遇\t符合\t金额\t单位\t本月应发\t起始月\t终止月\t叠加\t不符合条件/符合日期");
        foreach (var b in outcome.Benefits)
        {
            var unmet = b.Unmet == UnmetCondition.None ? string.Empty : b.Unmet.ToString();
            if (b.QualifiesOn is { } on)
            {
                unmet += (unmet.Length > 0 ? "; " : string.Empty) + (en ? "qualifies on " : "符合日期 ") + on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            var period = (b.Period, en) switch
            {
                (BenefitPeriod.Month, true) => "a month",
                (BenefitPeriod.Year, true) => "a year",
                (_, true) => "once",
                (BenefitPeriod.Month, false) => "元/月",
                (BenefitPeriod.Year, false) => "元/年",
                _ => "元/次",
            };
            var stacking = (b.Stacking, en) switch
            {
                (StackingOutcome.Paid, true) => "paid",
                (StackingOutcome.Excluded, true) => "excluded",
                (_, true) => "the other is higher",
                (StackingOutcome.Paid, false) => "照发",
                (StackingOutcome.Excluded, false) => "互斥不发",
                _ => "就高不发",
            };
            text.Append(CultureInfo.InvariantCulture, $"{b.Name.Get(language)}\t{(b.Eligible ? (en ? "yes" : "是") : (en ? "no" : "否"))}\t{b.AmountPerPeriod}\t{period}\t{b.DueInAsOfMonth}\t{b.StartMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "-"}\t{b.EndMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "-"}\t{(b.Eligible ? stacking : "-")}\t{unmet}").AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{(en ? "Total this month" : "本月合计")}: {outcome.MonthTotal} · {(en ? "this year" : "本年合计")}: {outcome.YearTotal}");
        return text.ToString();
    }

    private static string StaffingTable(StaffingOutcome outcome, Language language)
    {
        var text = new StringBuilder();
        text.AppendLine(language == Language.En
            ? "Area\tPopulation\tExact\tRequired\tSum of parts\tCounted\tGap"
            : "区域\t人口\t精确需求\t应配\t下级合计\t实配\t缺口(-)/富余(+)");
        foreach (var a in outcome.Areas)
        {
            text.Append(CultureInfo.InvariantCulture, $"{a.Name ?? a.Id}\t{a.UrbanPermanentPopulation}\t{a.ExactRequirement}\t{a.Required}\t{(a.SumOfPartsRequired?.ToString(CultureInfo.InvariantCulture) ?? "-")}\t{a.Counted}\t{a.Gap:+0;-0;0}").AppendLine();
        }

        return text.ToString();
    }
}
