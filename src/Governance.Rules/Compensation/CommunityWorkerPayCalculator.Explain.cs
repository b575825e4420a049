using System.Globalization;
using FluentValidation;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Compensation;

// How a grade, a month's pay and the policy in force are explained, step by step with citations.
public sealed partial class CommunityWorkerPayCalculator
{
    private static PayGradeOutcome ExplainGrade(CommunityWorker worker, LocalDate date, PayPolicy policy, ExplanationBuilder x, out PayGrade placed)
    {
        var changes = new List<PostChange>();
        var g = policy.Grade(worker, date, changes);
        placed = g;
        var post = g.Post!;
        var step = policy.YearsPerStep.Value;
        x.Step(
            "pay.post",
            () => new LocalizedText(
                $"{ExplanationBuilder.DateZh(date)}所在岗位：{post.Name.ZhHans}，等级区间{post.MinGrade}至{post.MaxGrade}级。",
                $"Post on {ExplanationBuilder.Date(date)}: {post.Name.En}, grades {post.MinGrade}–{post.MaxGrade}."),
            [policy.Posts.Info]);
        var served = g.CountedServiceDays > 0
            ? Period.Between(date.PlusDays(1 - g.CountedServiceDays), date.PlusDays(1), PeriodUnits.Years | PeriodUnits.Months)
            : Period.Zero;
        var excluded = policy.FailedYearCounts.Value
            ? []
            : worker.FailedAppraisalYears.Where(y => y <= date.Year && worker.Service.Any(p => p.Start.Year <= y && (p.End?.Year ?? int.MaxValue) >= y)).Order().ToList();
        var excludedZh = excluded.Count == 0
            ? (policy.FailedYearCounts.Value ? string.Empty : "，考核不合格年度不计")
            : "，" + string.Join("、", excluded.Select(y => y.ToString(CultureInfo.InvariantCulture) + "年")) + "年度考核不合格，不计入";
        var excludedEn = excluded.Count == 0
            ? (policy.FailedYearCounts.Value ? string.Empty : ", nor do years appraised 不合格 (unqualified)")
            : "; " + string.Join(", ", excluded) + (excluded.Count == 1 ? " was" : " were") + " appraised 不合格 (unqualified) and not counted";
        x.Step(
            "pay.service-years",
            () => new LocalizedText(
                $"计入的社区工作年限共{served.Years}年{served.Months}个月，按周年计满{g.CountedServiceYears}年（不满一年不计；各段经历首尾相接按周年计算，间断期间不计{excludedZh}）；学历折算{g.DegreeCreditYears}年；每{step}年一档，共（{g.CountedServiceYears}+{g.DegreeCreditYears}）÷{step}={g.Steps}档（向下取整）。",
                $"Counted service: {served.Years} years {served.Months} months, {g.CountedServiceYears} completed years by anniversary (incomplete years do not count; periods are laid end to end, gaps do not count{excludedEn}); degree credit {g.DegreeCreditYears} years; one step per {step} years: ({g.CountedServiceYears} + {g.DegreeCreditYears}) ÷ {step} = {g.Steps} steps (rounded down)."),
            [policy.YearsPerStep.Info, policy.FailedYearCounts.Info, policy.Degrees.Info],
            ExplanationBuilder.Value("countedDays", g.CountedServiceDays),
            ExplanationBuilder.Value("serviceYears", g.CountedServiceYears),
            ExplanationBuilder.Value("degreeCreditYears", g.DegreeCreditYears),
            ExplanationBuilder.Value("steps", g.Steps));
        foreach (var c in changes)
        {
            x.Step(
                "pay.post-change",
                () => new LocalizedText(
                    c.Rule == PostChangeRules.KeepGradeWithinRange
                        ? $"{ExplanationBuilder.DateZh(c.Date)}由{c.From.Name.ZhHans}调整为{c.To.Name.ZhHans}：保留原等级{c.GradeBefore}级{(c.RaisedToMinimum ? $"，提高至新岗位起点{c.To.MinGrade}级" : c.CutToMaximum ? $"，截至新岗位上限{c.To.MaxGrade}级" : "")}，此后按满档年限继续晋档。"
                        : $"{ExplanationBuilder.DateZh(c.Date)}由{c.From.Name.ZhHans}调整为{c.To.Name.ZhHans}：按新岗位重新定级，以新岗位起点{c.To.MinGrade}级加全部计入年限的档数定级。",
                    c.Rule == PostChangeRules.KeepGradeWithinRange
                        ? $"{ExplanationBuilder.Date(c.Date)} {c.From.Name.En} → {c.To.Name.En}: the grade {c.GradeBefore} is kept{(c.RaisedToMinimum ? $", raised to the new post's minimum {c.To.MinGrade}" : c.CutToMaximum ? $", cut to the new post's maximum {c.To.MaxGrade}" : "")}; later steps count from this date."
                        : $"{ExplanationBuilder.Date(c.Date)} {c.From.Name.En} → {c.To.Name.En}: placed afresh from the new post's entry grade {c.To.MinGrade} plus the steps of all counted service."),
                [policy.PostChangeRule.Info],
                ExplanationBuilder.Value("gradeBefore", c.GradeBefore),
                ExplanationBuilder.Value("gradeAfter", c.GradeAfter));
        }

        x.Step(
            "pay.qualification-uplift",
            () => g.Qualification is { } q
                ? new LocalizedText($"持有的最高职业资格：{q.Name.ZhHans}，在岗位区间内上浮{q.Uplift}级（只取最高一项，不累加）。", $"Highest qualification held: {q.Name.En}, +{q.Uplift} grades within the post's range (highest only, never cumulative).")
                : new LocalizedText("未持有可上浮等级的职业资格。", "No qualification that raises the grade is held."),
            [policy.Qualifications.Info],
            ExplanationBuilder.Value("uplift", g.QualificationUplift));
        x.Step(
            "pay.grade",
            () =>
            {
                var zh = $"等级={g.AnchorGrade}（{(changes.Count == 0 ? "岗位起点" : "调岗后等级")}）+{g.StepsSinceAnchor}档+{g.QualificationUplift}（资格上浮）={g.UnclampedGrade}";
                var en = $"Grade = {g.AnchorGrade} ({(changes.Count == 0 ? "the post's entry grade" : "grade after the post change")}) + {g.StepsSinceAnchor} steps + {g.QualificationUplift} (qualification) = {g.UnclampedGrade}";
                if (g.CutToMaximum)
                {
                    zh += $"，截至岗位上限{post.MaxGrade}级";
                    en += $", cut to the post's maximum {post.MaxGrade}";
                }
                else if (g.RaisedToMinimum)
                {
                    zh += $"，提高至岗位起点{post.MinGrade}级";
                    en += $", raised to the post's minimum {post.MinGrade}";
                }

                zh += $"；定为{g.Grade}级。" + (g.NextStepDate is { } n ? $"如连续计入工作年限，{ExplanationBuilder.DateZh(n)}晋升下一档。" : "无可预期的下一次晋档（已达岗位上限或不在岗）。");
                en += $"; grade {g.Grade}. " + (g.NextStepDate is { } m ? $"With continued counted service the next step falls on {ExplanationBuilder.Date(m)}." : "No next step is due (at the post's ceiling or not in service).");
                return new LocalizedText(zh, en);
            },
            null,
            ExplanationBuilder.Value("grade", g.Grade),
            ExplanationBuilder.Value("unclamped", g.UnclampedGrade),
            ExplanationBuilder.Value("nextStep", g.NextStepDate is { } ns ? ExplanationBuilder.Date(ns) : "none"));
        return new PayGradeOutcome
        {
            WorkerId = worker.Id,
            Date = date,
            Post = post,
            Grade = g.Grade,
            AnchorGrade = g.AnchorGrade,
            CountedServiceDays = g.CountedServiceDays,
            CountedServiceYears = g.CountedServiceYears,
            DegreeCreditYears = g.DegreeCreditYears,
            YearsPerStep = step,
            Steps = g.Steps,
            StepsSinceAnchor = g.StepsSinceAnchor,
            Qualification = g.Qualification,
            QualificationUplift = g.QualificationUplift,
            UnclampedGrade = g.UnclampedGrade,
            CutToMaximum = g.CutToMaximum,
            RaisedToMinimum = g.RaisedToMinimum,
            NextStepDate = g.NextStepDate,
            PostChanges = changes,
        };
    }

    private static void ExplainPay(PayPolicy policy, MonthlyPayFigures f, ExplanationBuilder x)
    {
        var rule = policy.Rounding.Value;
        x.Step(
            "pay.standard",
            () => new LocalizedText(
                $"月报酬标准=基数{N(f.BaseAmount)}元×{f.Grade.Grade}级系数{N(f.Coefficient)}={N(f.Standard)}元（按“{RoundingZh(rule)}”保留到分）。",
                $"Monthly standard = base {N(f.BaseAmount)} × grade {f.Grade.Grade} coefficient {N(f.Coefficient)} = {N(f.Standard)} yuan (rounded to the fen, '{rule}')."),
            [policy.BaseAmount.Info, policy.Coefficients.Info, policy.Rounding.Info],
            ExplanationBuilder.Value("standard", f.Standard));
        x.Step(
            "pay.split",
            () => new LocalizedText(
                $"基本报酬={N(f.Standard)}×{N(policy.Split.Value.BasicShare)}={N(f.Basic)}元；绩效报酬={N(f.Standard)}−{N(f.Basic)}={N(f.Performance + f.PerformanceForfeited)}元{(f.PerformanceForfeited > 0 ? $"，因当年考核不合格全部扣除（{N(f.PerformanceForfeited)}元）" : "")}。",
                $"Basic = {N(f.Standard)} × {N(policy.Split.Value.BasicShare)} = {N(f.Basic)}; performance = {N(f.Standard)} − {N(f.Basic)} = {N(f.Performance + f.PerformanceForfeited)}{(f.PerformanceForfeited > 0 ? $", forfeited in full ({N(f.PerformanceForfeited)}) for the year's unqualified (不合格) appraisal" : "")}."),
            [policy.Split.Info, policy.Forfeits.Info],
            ExplanationBuilder.Value("basic", f.Basic),
            ExplanationBuilder.Value("performance", f.Performance));
        x.Step(
            "pay.allowance",
            () => new LocalizedText(
                policy.Allowance.HasValue ? $"职业资格津贴{N(f.Allowance)}元/月（按最高资格）；月报酬合计{N(f.Total)}元。" : $"规则包未设职业资格津贴；月报酬合计{N(f.Total)}元。",
                policy.Allowance.HasValue ? $"Qualification allowance {N(f.Allowance)} yuan a month (highest qualification); monthly pay {N(f.Total)}." : $"The pack sets no qualification allowance; monthly pay {N(f.Total)}."),
            [policy.Allowance.Info],
            ExplanationBuilder.Value("total", f.Total));
    }

    private static void ExplainPolicy(PayPolicy policy, bool changesPost, ExplanationBuilder x)
    {
        // The post-change rule is used (and warned about) only for a worker who changes post.
        var entries = policy.GradeEntries.Where(e => changesPost || e != policy.PostChangeRule.Info).Concat(policy.PayEntries).ToArray();
        x.Step(
            "pay.policy",
            () => new LocalizedText(
                $"适用规则：每{policy.YearsPerStep.Value}年一档；基数{N(policy.BaseAmount.Value)}元/月；基本报酬与绩效报酬按{Ratio(policy.Split.Value.BasicShare)}:{Ratio(policy.Split.Value.PerformanceShare)}核定；按“{RoundingZh(policy.Rounding.Value)}”保留到分；不足整月的按当月日历天数折算。",
                $"Rules applied: one step per {policy.YearsPerStep.Value} years; base {N(policy.BaseAmount.Value)} yuan a month; basic/performance {N(policy.Split.Value.BasicShare)}/{N(policy.Split.Value.PerformanceShare)}; rounded to the fen '{policy.Rounding.Value}'; partial months pro-rated by calendar days."),
            entries);
    }

    private static void ExplainMonth(MonthPay month, ExplanationBuilder x)
    {
        if (!x.Explaining)
        {
            return;
        }

        var m = month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var mZh = string.Create(CultureInfo.InvariantCulture, $"{month.Month.Year}年{month.Month.Month}月");
        var segZh = string.Join("；", month.Segments.Select(s => $"{ExplanationBuilder.DateZh(s.From)}至{ExplanationBuilder.DateZh(s.To)}{s.Post.Name.ZhHans}{s.Grade}级，月标准{N(s.MonthlyTotal)}元"));
        var segEn = string.Join("; ", month.Segments.Select(s => $"{ExplanationBuilder.Date(s.From)}–{ExplanationBuilder.Date(s.To)} {s.Post.Name.En} grade {s.Grade} at {N(s.MonthlyTotal)} a month"));
        x.Step(
            "pay.month",
            () => month.DaysPaid == 0
                ? new LocalizedText($"{mZh}：当月不在岗，无报酬。", $"{m}: not in service, no pay.")
                : new LocalizedText(
                    $"{mZh}：在岗{month.DaysPaid}天（当月{month.DaysInMonth}天；{segZh}），按日历天数折算得{N(month.Total)}元{(month.PerformanceForfeited > 0 ? $"，扣除绩效{N(month.PerformanceForfeited)}元" : "")}。",
                    $"{m}: {month.DaysPaid}/{month.DaysInMonth} days in service ({segEn}), pro-rated by calendar days to {N(month.Total)} yuan{(month.PerformanceForfeited > 0 ? $", performance forfeited {N(month.PerformanceForfeited)}" : "")}."),
            null,
            ExplanationBuilder.Value("month", m),
            ExplanationBuilder.Value("total", month.Total));
    }

    internal static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string RoundingZh(string rule) => rule switch
    {
        PayRounding.Down => "舍去",
        PayRounding.Up => "进位",
        _ => "四舍五入",
    };

    /// <summary>A share as an official writes a ratio term: 0.7 → 7, 0.75 → 7.5 (tenths).</summary>
    private static string Ratio(decimal share) => (share * 10m).ToString("0.##", CultureInfo.InvariantCulture);
}
