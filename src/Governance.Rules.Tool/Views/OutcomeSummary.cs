using System.Globalization;
using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Localization;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using NodaTime;
using static Governance.Rules.Tool.Views.TextTables;

namespace Governance.Rules.Tool.Views;

/// <summary>The outcome of each rule area in a few lines: a table with a header row, or labelled lines.</summary>
internal static class OutcomeSummary
{
    public static void Write(TextTables tables, TextWriter writer, object outcome, Language language)
    {
        var en = language == Language.En;
        string T(string zh, string english) => en ? english : zh;
        switch (outcome)
        {
            case StaffingOutcome staffing:
                var st = Create(T("区域", "Area"), T(">常住人口", ">Population"), T(">精确需求", ">Exact"), T(">应配", ">Required"), T(">下级合计", ">Sum of parts"), T(">实配", ">Counted"), T(">缺口(-)/富余(+)", ">Gap"));
                foreach (var a in staffing.Areas)
                {
                    Add(st, a.Name ?? a.Id, N(a.UrbanPermanentPopulation), N(a.ExactRequirement), N(a.Required), a.SumOfPartsRequired is { } s ? N(s) : "-", N(a.Counted), a.Gap.ToString("+0;-0;0", CultureInfo.InvariantCulture));
                }

                tables.Write(st);
                break;

            case ElderlyOutcome elderly:
                writer.WriteLine(en
                    ? $"Age {elderly.Age} (completed years) · month {Month(elderly.Month)}"
                    : $"{elderly.Age} 周岁 · {Month(elderly.Month)}");
                var et = Create(T("待遇", "Benefit"), T("符合", "Eligible"), T(">标准", ">Amount"), T(">本月应发", ">Due this month"), T("起止月", "Months"), T("说明", "Note"));
                foreach (var b in elderly.Benefits)
                {
                    var amount = !b.Eligible ? "-" : b.AmountDependsOn is not null ? T("金额待定", "to be set") : Amount(b, language);
                    Add(et, b.Name.Get(language), b.Eligible ? T("是", "yes") : T("否", "no"), amount, Money(b.DueInAsOfMonth), Months(b, language), Note(b, elderly, language));
                }

                tables.Write(et);
                writer.WriteLine(en
                    ? $"Due this month: {Money(elderly.MonthTotal)} yuan · this year: {Money(elderly.YearTotal)} yuan"
                    : $"本月应发合计 {Money(elderly.MonthTotal)} 元 · 本年合计 {Money(elderly.YearTotal)} 元");
                break;

            case AnnualPayOutcome pay:
                var pt = Create(T("月份", "Month"), T(">在岗天数", ">Days paid"), T(">基本报酬", ">Basic"), T(">绩效报酬", ">Performance"), T(">津贴", ">Allowance"), T(">合计", ">Total"));
                foreach (var m in pay.Months)
                {
                    Add(pt, Month(m.Month), $"{m.DaysPaid}/{m.DaysInMonth}", Money(m.Basic), Money(m.Performance), Money(m.Allowance), Money(m.Total));
                }

                Add(pt, T($"{pay.Year} 年", $"{pay.Year}"), string.Empty, Money(pay.Basic), Money(pay.Performance), Money(pay.Allowance), Money(pay.Total));
                tables.Write(pt);
                if (pay.PerformanceForfeited > 0)
                {
                    writer.WriteLine(T($"因年度考核不合格扣发绩效报酬 {Money(pay.PerformanceForfeited)} 元。", $"Performance pay forfeited for a failed appraisal: {Money(pay.PerformanceForfeited)} yuan."));
                }

                break;

            case MonthlyPayOutcome monthly:
                var g = monthly.Grade;
                tables.Write(Labelled(T("项目", "Item"), T("结果", "Result"),
                [
                    (T("岗位", "Post"), g.Post.Name.Get(language)),
                    (T("等级", "Grade"), T($"{g.Grade} 级", $"{g.Grade}")),
                    (T("月标准", "Monthly standard"), $"{Money(monthly.BaseAmount)} × {N(monthly.Coefficient)} = {Money(monthly.Standard)}"),
                    (T("基本报酬", "Basic"), Money(monthly.Basic)),
                    (T("绩效报酬", "Performance"), Money(monthly.Performance)),
                    (T("津贴", "Allowance"), Money(monthly.Allowance)),
                    (T("每月合计", "Monthly total"), Money(monthly.Total)),
                    (T("下次晋档", "Next step"), g.NextStepDate is { } next ? Date(next) : T("无", "none")),
                ]));
                break;

            case PayFloorOutcome floor:
                tables.Write(Labelled(T("项目", "Item"), T("结果", "Result"),
                [
                    (T("单位", "Unit"), floor.UnitId),
                    (T("年度", "Year"), N(floor.Year)),
                    (T("结论", "Decision"), floor.Compliant ? T("达标", "meets the floor") : T("未达标", "below the floor")),
                    (T("人均报酬", "Average pay"), Money(floor.AveragePay)),
                    (T("保底线", "Floor"), T($"{Money(floor.Floor)}（{floor.ReferenceWage.Year} 年{ParameterWords.Code(floor.ReferenceWage.Caliber, language)}）", $"{Money(floor.Floor)} ({floor.ReferenceWage.Year}, {ParameterWords.Code(floor.ReferenceWage.Caliber, language)})")),
                    (T("缺口合计", "Total shortfall"), Money(floor.TotalShortfall)),
                    (T("人均需增", "Raise per worker"), Money(floor.RaisePerWorker)),
                    (T("低于保底线人数", "Workers below the floor"), N(floor.BelowFloor.Count)),
                ]));
                break;

            case AdmissionOutcome admission:
                tables.Write(Labelled(T("项目", "Item"), T("结果", "Result"),
                [
                    (T("结论", "Decision"), Decision(admission.Decision, language)),
                    (T("名录事项", "Catalogue item"), admission.Item is { } item ? $"{item.Name.Get(language)}（{item.Code}）" : null),
                    (T("审批机构", "Approving body"), admission.ApprovingBody?.Get(language)),
                    (T("下次调整日", "Next adjustment date"), admission.NextAdjustment is { } d ? Date(d) : null),
                ]));
                if (admission.Reasons.Count > 0)
                {
                    writer.WriteLine(T("理由：", "Reasons:"));
                    foreach (var r in admission.Reasons)
                    {
                        writer.WriteLine("  - " + r.Message.Get(language));
                    }
                }

                break;

            case ListCheckOutcome check:
                tables.Write(Labelled(T("项目", "Item"), T("结果", "Result"),
                [
                    (T("是否在清单内", "On a list"), check.OnList ? T("是", "yes") : T("否", "no")),
                    (T("可否拒绝", "May refuse"), check.NeedsConfirmation ? T("待核实", "to be confirmed") : check.MayRefuse ? T("可以", "yes") : T("不可", "no")),
                    (T("清单", "List"), check.List?.Name.Get(language)),
                    (T("事项", "Item"), check.Item?.Name.Get(language)),
                ]));
                writer.WriteLine(check.Message.Get(language));
                break;

            case StampOutcome stamp:
                tables.Write(Labelled(T("项目", "Item"), T("结果", "Result"),
                [
                    (T("结论", "Decision"), Kind(stamp.Kind, language)),
                    (T("事项", "Item"), stamp.Item?.Name.Get(language)),
                    (T("类别", "Category"), stamp.Category?.Name.Get(language)),
                    (T("请前往", "Where to go"), stamp.Redirect?.Text.Get(language)),
                    (T("可提供的材料", "What to bring"), stamp.Evidence?.Text.Get(language)),
                    (T("依据", "Basis"), stamp.Basis?.ToString()),
                    (T("相近事项", "Nearest items"), stamp.Candidates.Count > 0 ? string.Join(T("、", ", "), stamp.Candidates.Select(c => c.Name.Get(language))) : null),
                ]));
                if (stamp.Kind is StampDecisionKind.NotCovered or StampDecisionKind.NeedsDeliberation or StampDecisionKind.NeedsConfirmation)
                {
                    writer.WriteLine(stamp.Message.Get(language));
                }

                break;
        }
    }

    /// <summary>The printable refusal notice of a stamp answer that may be refused (printed by default and in full, not in brief).</summary>
    public static string? Notice(object outcome, Language language) =>
        outcome is StampOutcome { Kind: StampDecisionKind.MayRefuse or StampDecisionKind.ShouldNotIssue } stamp ? stamp.RefusalNotice(language) : null;

    private static string Amount(ElderlyBenefitOutcome b, Language language) => (b.Period, language) switch
    {
        (BenefitPeriod.Month, Language.En) => $"{Money(b.AmountPerPeriod)} a month",
        (BenefitPeriod.Year, Language.En) => $"{Money(b.AmountPerPeriod)} a year",
        (_, Language.En) => $"{Money(b.AmountPerPeriod)} once",
        (BenefitPeriod.Month, _) => $"{Money(b.AmountPerPeriod)} 元/月",
        (BenefitPeriod.Year, _) => $"{Money(b.AmountPerPeriod)} 元/年",
        _ => $"{Money(b.AmountPerPeriod)} 元（一次性）",
    };

    private static string Months(ElderlyBenefitOutcome b, Language language) => (b.StartMonth, b.EndMonth, language) switch
    {
        (null, _, _) => "-",
        ({ } from, { } to, Language.En) => $"{Month(from)} to {Month(to)}",
        ({ } from, null, Language.En) => $"from {Month(from)}",
        ({ } from, { } to, _) => $"{Month(from)} 至 {Month(to)}",
        ({ } from, null, _) => $"{Month(from)} 起",
    };

    private static string Note(ElderlyBenefitOutcome b, ElderlyOutcome outcome, Language language)
    {
        var en = language == Language.En;
        var parts = new List<string>();
        if (!b.Eligible)
        {
            parts.Add(Unmet(b.Unmet, language));
            if (b.QualifiesOn is { } on)
            {
                parts.Add(en ? $"qualifies on {Date(on)}" : $"{Date(on)} 起符合");
            }

            if (b.QualifiesFromMonth is { } first)
            {
                parts.Add(en ? $"paid from {Month(first)}" : $"{Month(first)} 起发放");
            }
        }
        else if (b.AmountDependsOn is { } fact)
        {
            parts.Add((fact, en) switch
            {
                ("AdaptationCost", true) => "the amount depends on the adaptation cost (adaptationCost)",
                ("MealsPerMonth", true) => "the amount depends on the meals taken a month (mealsPerMonth)",
                (_, true) => $"the amount depends on {fact}",
                ("AdaptationCost", false) => "金额取决于改造费用（adaptationCost），请补充",
                ("MealsPerMonth", false) => "金额取决于每月助餐次数（mealsPerMonth），请补充",
                _ => $"金额取决于 {fact}，请补充",
            });
        }
        else if (b.Stacking != StackingOutcome.Paid)
        {
            var other = outcome.Benefits.FirstOrDefault(o => o.Code == b.StackedWith)?.Name.Get(language) ?? b.StackedWith ?? string.Empty;
            parts.Add((b.Stacking, en) switch
            {
                (StackingOutcome.Excluded, true) => $"not paid with {other}",
                (_, true) => $"{other} is higher; not paid",
                (StackingOutcome.Excluded, false) => $"与{other}互斥，不发",
                _ => $"{other}较高，就高不发",
            });
        }

        if (b.Eligible && b.DueOn is { } due)
        {
            parts.Add(en ? $"due on {Date(due)}" : $"{Date(due)} 发放");
        }

        if (b.Arrears > 0)
        {
            parts.Add(en ? $"back pay {Money(b.Arrears)}" : $"补发 {Money(b.Arrears)} 元");
        }

        return string.Join(en ? "; " : "；", parts.Where(p => p.Length > 0));
    }

    /// <summary>The conditions not met, in words (the outcome holds them as flags).</summary>
    public static string Unmet(UnmetCondition unmet, Language language)
    {
        var words = new List<string>();
        foreach (var (flag, zh, en) in UnmetWords)
        {
            if ((unmet & flag) != 0)
            {
                words.Add(language == Language.En ? en : zh);
            }
        }

        return string.Join(language == Language.En ? ", " : "、", words);
    }

    private static readonly (UnmetCondition Flag, string Zh, string En)[] UnmetWords =
    [
        (UnmetCondition.NotInForce, "当日未实施", "not in force"),
        (UnmetCondition.Deceased, "已去世", "deceased"),
        (UnmetCondition.Age, "年龄不符", "age"),
        (UnmetCondition.Hukou, "户籍不符", "household registration"),
        (UnmetCondition.Residence, "居住地不符", "residence"),
        (UnmetCondition.EconomicStatus, "经济状况不符", "economic status"),
        (UnmetCondition.CareLevel, "能力等级不符", "care level"),
        (UnmetCondition.LivingArrangement, "居住状况不符", "living arrangement"),
        (UnmetCondition.SpecialFamily, "非特殊家庭", "not a special family"),
        (UnmetCondition.Application, "尚未申请", "no application yet"),
        (UnmetCondition.AlreadyGranted, "已享受过", "already granted"),
        (UnmetCondition.Deferred, "条件已符合，待起始月发放", "conditions met; paid from a later month"),
    ];

    private static string Decision(AdmissionDecision decision, Language language) => (decision, language) switch
    {
        (AdmissionDecision.AlreadyAdmitted, Language.En) => "already admitted",
        (AdmissionDecision.AdmissibleSubjectToApproval, Language.En) => "admissible, subject to the approving body",
        (AdmissionDecision.NeedsConfirmation, Language.En) => "to be confirmed (rests on placeholder content)",
        (_, Language.En) => "refused",
        (AdmissionDecision.AlreadyAdmitted, _) => "已准入",
        (AdmissionDecision.AdmissibleSubjectToApproval, _) => "可申请准入（须经审批机构决定）",
        (AdmissionDecision.NeedsConfirmation, _) => "待核实（依据为占位内容）",
        _ => "不予准入",
    };

    private static string Kind(StampDecisionKind kind, Language language) => (kind, language) switch
    {
        (StampDecisionKind.MustIssue, Language.En) => "must issue",
        (StampDecisionKind.MayRefuse, Language.En) => "may refuse to stamp",
        (StampDecisionKind.ShouldNotIssue, Language.En) => "not issued by the committee",
        (StampDecisionKind.NeedsConfirmation, Language.En) => "to be confirmed (placeholder item)",
        (StampDecisionKind.NeedsDeliberation, Language.En) => "needs deliberation",
        (_, Language.En) => "not covered by the catalogue",
        (StampDecisionKind.MustIssue, _) => "应予出具",
        (StampDecisionKind.MayRefuse, _) => "可不予盖章",
        (StampDecisionKind.ShouldNotIssue, _) => "不予出具",
        (StampDecisionKind.NeedsConfirmation, _) => "待核实",
        (StampDecisionKind.NeedsDeliberation, _) => "须经议事并由负责人签字",
        _ => "清单未涵盖",
    };

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Month(YearMonth month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => ParameterWords.Date(date);
}
