using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Localization;
using Governance.Rules.Staffing;

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

    /// <summary>All adapters by area name.</summary>
    public static IReadOnlyDictionary<string, AreaAdapter> All { get; } = new[]
    {
        Staffing,
        ElderlyCare,
    }.ToFrozenDictionary(a => a.Area, StringComparer.Ordinal);

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
