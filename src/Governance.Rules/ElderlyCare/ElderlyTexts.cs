using System.Globalization;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Time;
using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>The explanation texts of the elderly-care calculator, in zh-Hans and en.</summary>
internal static class ElderlyTexts
{
    internal static LocalizedText Message(ElderlyBenefitOutcome o, BenefitRule rule)
    {
        var rules = $"start={BenefitRule.StartName(rule.Start)}, backPay={BenefitRule.BackPayName(rule.BackPay)}{(rule.BackPay == BackPay.Months ? "(" + rule.BackPayMonths.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)}, stop={BenefitRule.StopName(rule.Stop)}, requires={(rule.RequiresHukou ? "hukou" : "residence")}";
        string zh, en;
        if (o.Eligible)
        {
            var per = PeriodZh(o.Period);
            zh = $"{o.Name.ZhHans}：符合条件，{Yuan(o.AmountPerPeriod)} 元/{per}"
                + (o.ServiceHours is { } h ? $"（{h.ToString(CultureInfo.InvariantCulture)} 小时/月 × 单价，四舍五入到分）" : string.Empty)
                + $"，本月应发 {Yuan(o.DueInAsOfMonth)} 元；起始月 {Ym(o.StartMonth)}，终止月 {Ym(o.EndMonth) ?? "未定"}"
                + (o.Stacking == StackingOutcome.Paid ? "；叠加规则：照发" : $"；叠加规则：因“{o.StackedWith}”{(o.Stacking == StackingOutcome.Excluded ? "互斥" : "就高")}不发")
                + (o.Arrears > 0 ? $"；补发 {Yuan(o.Arrears)} 元" : string.Empty) + $"。日期规则：{rules}。";
            en = $"{o.Name.En}: eligible, {Yuan(o.AmountPerPeriod)} yuan per {o.Period.ToString().ToLowerInvariant()}"
                + (o.ServiceHours is { } h2 ? $" ({h2.ToString(CultureInfo.InvariantCulture)} hours a month × hourly value, rounded half-up to the fen)" : string.Empty)
                + $", {Yuan(o.DueInAsOfMonth)} yuan owed this month; from {Ym(o.StartMonth)} to {Ym(o.EndMonth) ?? "open"}"
                + (o.Stacking == StackingOutcome.Paid ? "; stacking: paid" : $"; stacking: withheld ({(o.Stacking == StackingOutcome.Excluded ? "exclusive with" : "lower than")} '{o.StackedWith}')")
                + (o.Arrears > 0 ? $"; arrears {Yuan(o.Arrears)} yuan" : string.Empty) + $". Date rules: {rules}.";
        }
        else
        {
            zh = $"{o.Name.ZhHans}：不符合条件（{UnmetZh(o.Unmet)}）"
                + (o.QualifiesOn is { } q ? $"；将于 {ExplanationBuilder.Date(q)} 达到年龄，自 {Ym(o.QualifiesFromMonth)} 起发放" : string.Empty)
                + (o.Arrears > 0 ? $"；申请后可补发 {Yuan(o.Arrears)} 元" : string.Empty) + $"。日期规则：{rules}。";
            en = $"{o.Name.En}: not eligible ({o.Unmet})"
                + (o.QualifiesOn is { } q2 ? $"; reaches the age on {ExplanationBuilder.Date(q2)}, paid from {Ym(o.QualifiesFromMonth)}" : string.Empty)
                + (o.Arrears > 0 ? $"; arrears of {Yuan(o.Arrears)} yuan once applied" : string.Empty) + $". Date rules: {rules}.";
        }

        return new LocalizedText(zh, en);
    }

    internal static string UnmetZh(UnmetCondition u)
    {
        var parts = new List<string>();
        void Add(UnmetCondition c, string text)
        {
            if ((u & c) != 0)
            {
                parts.Add(text);
            }
        }

        Add(UnmetCondition.NotInForce, "规则包无现行标准");
        Add(UnmetCondition.Deceased, "已身故");
        Add(UnmetCondition.Age, "年龄不在范围内");
        Add(UnmetCondition.Hukou, "无本地户籍");
        Add(UnmetCondition.Residence, "非本地常住");
        Add(UnmetCondition.EconomicStatus, "经济状况不符");
        Add(UnmetCondition.CareLevel, "失能等级不符或无有效评估");
        Add(UnmetCondition.LivingArrangement, "居住状况不符");
        Add(UnmetCondition.SpecialFamily, "非计生特殊家庭");
        Add(UnmetCondition.Application, "未申请或早于可补发期间");
        Add(UnmetCondition.AlreadyGranted, "已享受过");
        return string.Join("、", parts);
    }

    internal static string PeriodZh(BenefitPeriod p) => p switch { BenefitPeriod.Year => "年", BenefitPeriod.OneOff => "次", _ => "月" };

    internal static string LeapZh(LeapDayRule r) => r == LeapDayRule.February28 ? "2月28日" : "3月1日";

    internal static string LeapEn(LeapDayRule r) => r == LeapDayRule.February28 ? "28 February" : "1 March";

    internal static string Yuan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string? Ym(YearMonth? m) => m?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
