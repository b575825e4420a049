using System.Globalization;
using Governance.Rules.Localization;
using Governance.Rules.Time;
using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// The explanation texts of the elderly-care calculator. zh-Hans in the register of a civil-affairs office (dates 2025年10月1日,
/// no spaces between figures and Chinese, no codes or English words); en without untranslated Chinese.
/// </summary>
internal static class ElderlyTexts
{
    /// <summary>What a benefit's text needs beyond its outcome: the lowest age, the payment month of yearly amounts.</summary>
    internal readonly record struct Context(BenefitRule Rule, int? MinAge, int? LumpSumMonth);

    /// <summary>One benefit's step text, composed on first reading of each language (a batch that writes one language, or a
    /// diff that stops at the first differing step, composes no more).</summary>
    internal static LocalizedText Message(ElderlyBenefitOutcome o, Context c) => new(new BenefitMessage(o, c));

    /// <summary>The age step's text, composed on first reading of each language.</summary>
    internal static LocalizedText AgeMessage(LocalDate birth, LocalDate asOf, int age, LeapDayRule leap) =>
        new(new AgeText(birth, asOf, age, leap));

    /// <summary>The totals step's text, composed on first reading of each language.</summary>
    internal static LocalizedText TotalsMessage(YearMonth month, decimal monthTotal, int year, decimal yearTotal) =>
        new(new TotalsText(month, monthTotal, year, yearTotal));

    /// <summary>The schedule step's text, composed on first reading of each language.</summary>
    internal static LocalizedText ScheduleMessage(int months, YearMonth first, YearMonth last, decimal total, decimal arrears) =>
        new(new ScheduleText(months, first, last, total, arrears));

    private sealed record AgeText(LocalDate Birth, LocalDate AsOf, int Age, LeapDayRule Leap) : IComposedText
    {
        public string Compose(Language language) => language == Language.En
            ? $"Born {EnDate(Birth)}: {Number(Age)} completed years of age on {EnDate(AsOf)} (reached on the birthday; a 29 February birthday is reached on {LeapEn(Leap)} in common years)."
            : $"出生日期{ZhDate(Birth)}，至{ZhDate(AsOf)}年满{Number(Age)}周岁（周岁于生日当天达到；2月29日出生者平年按{LeapZh(Leap)}计）。";

        /// <summary>Equal figures, each written alike whatever its scale (amounts to the fen, whole numbers, dates): the same words.</summary>
        public bool ComposesSameAs(IComposedText other) => Equals(other);
    }

    private sealed record TotalsText(YearMonth Month, decimal MonthTotal, int Year, decimal YearTotal) : IComposedText
    {
        public string Compose(Language language) => language == Language.En
            ? $"Owed for {EnMonth(Month)}: {Yuan(MonthTotal)} yuan; for {Number(Year)} (January to December, by the month owed, arrears included): {Yuan(YearTotal)} yuan. Amounts are rounded half-up to the fen."
            : $"{ZhMonth(Month)}应发合计{Yuan(MonthTotal)}元；{Number(Year)}年（1至12月，按所属月份计，含补发）合计{Yuan(YearTotal)}元。金额四舍五入保留到分。";

        /// <summary>Equal figures, each written alike whatever its scale (amounts to the fen, whole numbers, dates): the same words.</summary>
        public bool ComposesSameAs(IComposedText other) => Equals(other);
    }

    private sealed record ScheduleText(int Months, YearMonth First, YearMonth Last, decimal Total, decimal Arrears) : IComposedText
    {
        public string Compose(Language language) => language == Language.En
            ? $"Schedule of {Number(Months)} months ({EnMonth(First)} to {EnMonth(Last)}): {Yuan(Total)} yuan, of which {Yuan(Arrears)} yuan arrears (paid in the first paid month)."
            : $"逐月测算{Number(Months)}个月（{ZhMonth(First)}至{ZhMonth(Last)}），合计{Yuan(Total)}元，其中补发{Yuan(Arrears)}元（在首个发放月支付）。";

        /// <summary>Equal figures, each written alike whatever its scale (amounts to the fen, whole numbers, dates): the same words.</summary>
        public bool ComposesSameAs(IComposedText other) => Equals(other);
    }

    /// <summary>What a benefit's text is composed from; the outcome is immutable.</summary>
    private sealed record BenefitMessage(ElderlyBenefitOutcome Outcome, Context Context) : IComposedText
    {
        public string Compose(Language language) => language == Language.En ? MessageEn(this) : MessageZh(this);

        /// <summary>An equal outcome and rule give the same words; service hours are written with their scale (10 and 10.0 differ), so those must be written alike too.</summary>
        public bool ComposesSameAs(IComposedText other) =>
            other is BenefitMessage m && Equals(m) && Outcome.ServiceHours?.Scale == m.Outcome.ServiceHours?.Scale;
    }

    private static string MessageZh(BenefitMessage m)
    {
        var (o, c) = (m.Outcome, m.Context);
        var rule = c.Rule;
        string zh;
        if (o.Eligible && o.AmountDependsOn is { } fact)
        {
            zh = $"{o.Name.ZhHans}：符合条件，金额取决于{FactZh(fact)}，申请材料中未提供，暂不计入合计";
        }
        else if (o.Eligible)
        {
            zh = $"{o.Name.ZhHans}：符合条件，{Yuan(o.AmountPerPeriod)}元/{PeriodZh(o.Period)}"
                + (o.ServiceHours is { } h ? $"（每月{Number(h)}小时×服务单价，四舍五入到分）" : string.Empty)
                + $"，{PayZh(o, c)}，本月应发{Yuan(o.DueInAsOfMonth)}元"
                + (o.Period == BenefitPeriod.Month ? $"；自{ZhMonth(o.StartMonth)}起发放" + (o.EndMonth is { } e ? $"，至{ZhMonth(e)}止" : string.Empty) : string.Empty)
                + (o.Stacking == StackingOutcome.Paid ? string.Empty : $"；因同时享受{StackedZh(o.StackedWith)}，按{(o.Stacking == StackingOutcome.Excluded ? "不得同时享受" : "就高享受")}的规定本项不发")
                + (o.Arrears > 0 ? $"；补发{Yuan(o.Arrears)}元" : string.Empty);
        }
        else
        {
            zh = $"{o.Name.ZhHans}：" + ((o.Unmet & UnmetCondition.Deferred) != 0 && o.Unmet == UnmetCondition.Deferred ? "条件已满足" : $"不符合条件（{UnmetZh(o.Unmet)}）");
            if (o.QualifiesOn is { } q && c.MinAge is { } min && o.QualifiesFromMonth is { } from)
            {
                var reached = o.Unmet == UnmetCondition.Deferred;
                zh += (reached ? $"，已于{ZhDate(q)}年满{min}周岁，按{StartZh(rule.Start)}的规定，" : $"；将于{ZhDate(q)}年满{min}周岁，") + FirstPaidZh(o, c, from);
            }

            zh += o.Arrears > 0 ? $"；申请后可补发{Yuan(o.Arrears)}元" : string.Empty;
        }

        return zh + $"。适用规则：{StartZh(rule.Start)}，{BackPayZh(rule)}，{(rule.Stop == StopRule.DayBeforeDeath ? "发放至死亡前一日（死亡当月按日折算）" : "发放至死亡当月")}，{(rule.RequiresHukou ? "须本地户籍" : "须在本地常住")}。";
    }

    private static string MessageEn(BenefitMessage m)
    {
        var (o, c) = (m.Outcome, m.Context);
        var rule = c.Rule;
        string en;
        if (o.Eligible && o.AmountDependsOn is { } fact)
        {
            en = $"{o.Name.En}: eligible; the amount depends on {FactEn(fact)}, which the request does not give, so it is not counted in the totals";
        }
        else if (o.Eligible)
        {
            en = $"{o.Name.En}: eligible, {Yuan(o.AmountPerPeriod)} yuan per {PeriodEn(o.Period)}"
                + (o.ServiceHours is { } h2 ? $" ({Number(h2)} hours a month × the hourly value, rounded half-up to the fen)" : string.Empty)
                + $", {PayEn(o, c)}; {Yuan(o.DueInAsOfMonth)} yuan owed this month"
                + (o.Period == BenefitPeriod.Month ? $"; paid from {EnMonth(o.StartMonth)}" + (o.EndMonth is { } e2 ? $" to {EnMonth(e2)}" : string.Empty) : string.Empty)
                + (o.Stacking == StackingOutcome.Paid ? string.Empty : $"; withheld: {(o.Stacking == StackingOutcome.Excluded ? "not paid together with" : "lower than")} {StackedEn(o.StackedWith)}")
                + (o.Arrears > 0 ? $"; arrears {Yuan(o.Arrears)} yuan" : string.Empty);
        }
        else
        {
            en = $"{o.Name.En}: " + (o.Unmet == UnmetCondition.Deferred ? "the conditions are met" : $"not eligible ({UnmetEn(o.Unmet)})");
            if (o.QualifiesOn is { } q && c.MinAge is { } min && o.QualifiesFromMonth is { } from)
            {
                var reached = o.Unmet == UnmetCondition.Deferred;
                en += (reached ? $"; reached {min} on {EnDate(q)}; by the rule '{StartEn(rule.Start)}', " : $"; reaches {min} on {EnDate(q)}; ") + FirstPaidEn(o, c, from);
            }

            en += o.Arrears > 0 ? $"; arrears of {Yuan(o.Arrears)} yuan once applied" : string.Empty;
        }

        return en + $". Rules: {StartEn(rule.Start)}; {BackPayEn(rule)}; {(rule.Stop == StopRule.DayBeforeDeath ? "paid until the day before death (the month of death pro rata)" : "paid through the month of death")}; {(rule.RequiresHukou ? "local hukou required" : "residence required")}.";
    }

    private static string PayZh(ElderlyBenefitOutcome o, Context c) => o.Period switch
    {
        BenefitPeriod.Year when o.DueOn is { } d => $"每年重阳节（农历九月初九）发放，{d.Year.ToString(CultureInfo.InvariantCulture)}年重阳节为{ZhDate(d)}，须当日健在、年龄及户籍符合条件",
        BenefitPeriod.Year => $"每年{Number(c.LumpSumMonth ?? 0)}月发放",
        BenefitPeriod.OneOff => "一次性发放",
        _ => "按月发放",
    };

    private static string PayEn(ElderlyBenefitOutcome o, Context c) => o.Period switch
    {
        BenefitPeriod.Year when o.DueOn is { } d => $"paid each year on the Elders' Festival (9th day of the 9th lunar month), in {d.Year.ToString(CultureInfo.InvariantCulture)} on {EnDate(d)}, if alive, of age and with the hukou on that day",
        BenefitPeriod.Year => $"paid each year in {MonthName(c.LumpSumMonth ?? 1)}",
        BenefitPeriod.OneOff => "paid once",
        _ => "paid monthly",
    };

    private static string FirstPaidZh(ElderlyBenefitOutcome o, Context c, YearMonth from) => o.Period switch
    {
        BenefitPeriod.Year => $"自{ZhMonth(from)}起符合条件，{(o.DueOn is not null ? "每年重阳节（农历九月初九）发放" : $"每年{Number(c.LumpSumMonth ?? 0)}月发放")}",
        BenefitPeriod.OneOff => $"自{ZhMonth(from)}起可一次性发放",
        _ => $"自{ZhMonth(from)}起发放",
    };

    private static string FirstPaidEn(ElderlyBenefitOutcome o, Context c, YearMonth from) => o.Period switch
    {
        BenefitPeriod.Year => $"qualifies from {EnMonth(from)}, {(o.DueOn is not null ? "paid each year on the Elders' Festival" : $"paid each year in {MonthName(c.LumpSumMonth ?? 1)}")}",
        BenefitPeriod.OneOff => $"the one-off grant can be paid from {EnMonth(from)}",
        _ => $"paid from {EnMonth(from)}",
    };

    internal static string UnmetZh(UnmetCondition u) => Join(u, "、", UnmetTextsZh);

    internal static string UnmetEn(UnmetCondition u) => Join(u, ", ", UnmetTextsEn);

    private static readonly (UnmetCondition Flag, string Text)[] UnmetTextsZh = [
        (UnmetCondition.NotInForce, "无现行发放标准"), (UnmetCondition.Deceased, "已身故"), (UnmetCondition.Age, "年龄不在发放范围内"),
        (UnmetCondition.Hukou, "无本地户籍"), (UnmetCondition.Residence, "不在本地常住"), (UnmetCondition.EconomicStatus, "经济状况不符"),
        (UnmetCondition.CareLevel, "失能等级不符或无有效评估"), (UnmetCondition.LivingArrangement, "居住状况不符"), (UnmetCondition.SpecialFamily, "非计划生育特殊家庭"),
        (UnmetCondition.Application, "未申请或早于可补发期间"), (UnmetCondition.AlreadyGranted, "已享受过"), (UnmetCondition.Deferred, "按起始规则尚未到发放月份")];

    private static readonly (UnmetCondition Flag, string Text)[] UnmetTextsEn = [
        (UnmetCondition.NotInForce, "no figure in force"), (UnmetCondition.Deceased, "deceased"), (UnmetCondition.Age, "age outside the band"),
        (UnmetCondition.Hukou, "no local hukou"), (UnmetCondition.Residence, "not resident"), (UnmetCondition.EconomicStatus, "economic status does not qualify"),
        (UnmetCondition.CareLevel, "care level does not qualify or no valid assessment"), (UnmetCondition.LivingArrangement, "living arrangement does not qualify"),
        (UnmetCondition.SpecialFamily, "not a family-planning special family"), (UnmetCondition.Application, "no application, or before the back-pay period"),
        (UnmetCondition.AlreadyGranted, "already received"), (UnmetCondition.Deferred, "the start rule defers payment to a later month")];

    private static string Join(UnmetCondition u, string separator, (UnmetCondition Flag, string Text)[] texts)
    {
        string? joined = null;
        foreach (var (flag, text) in texts)
        {
            if ((u & flag) != 0)
            {
                joined = joined is null ? text : joined + separator + text;
            }
        }

        return joined ?? string.Empty;
    }

    private static string StartZh(StartRule r) => r switch
    {
        StartRule.NextMonth => "符合条件次月起发放",
        StartRule.ApplicationMonth => "申请当月起发放",
        StartRule.MonthAfterApplication => "申请次月起发放",
        _ => "符合条件当月起发放",
    };

    private static string StartEn(StartRule r) => r switch
    {
        StartRule.NextMonth => "paid from the month after the conditions are met",
        StartRule.ApplicationMonth => "paid from the month of application",
        StartRule.MonthAfterApplication => "paid from the month after the application",
        _ => "paid from the month the conditions are met",
    };

    private static string BackPayZh(BenefitRule r) => r.BackPay switch
    {
        BackPay.Months => $"最多补发{Number(r.BackPayMonths)}个月",
        BackPay.CurrentYear => "可补发至申请当年1月",
        BackPay.Unlimited => "可补发至符合条件之月",
        _ => "不予补发",
    };

    private static string BackPayEn(BenefitRule r) => r.BackPay switch
    {
        BackPay.Months => $"back-pay of up to {Number(r.BackPayMonths)} months",
        BackPay.CurrentYear => "back-pay to January of the year of application",
        BackPay.Unlimited => "back-pay to the month the conditions were met",
        _ => "no back-pay",
    };

    private static string FactZh(string fact) => fact switch
    {
        nameof(ElderlyPerson.MealsPerMonth) => "每月助餐次数",
        nameof(ElderlyPerson.AdaptationCost) => "适老化改造费用",
        _ => fact,
    };

    private static string FactEn(string fact) => fact switch
    {
        nameof(ElderlyPerson.MealsPerMonth) => "the number of assisted meals a month (MealsPerMonth)",
        nameof(ElderlyPerson.AdaptationCost) => "the cost of the adaptation (AdaptationCost)",
        _ => fact,
    };

    private static string StackedZh(string? code) => code == StackingTable.InstitutionalCare ? "入住养老机构" : ElderlyBenefits.TryParse(code, out var b) ? "“" + b.Name().ZhHans + "”" : "其他补贴";

    private static string StackedEn(string? code) => code == StackingTable.InstitutionalCare ? "institutional care" : ElderlyBenefits.TryParse(code, out var b) ? "'" + b.Name().En + "'" : "another benefit";

    internal static string PeriodZh(BenefitPeriod p) => p switch { BenefitPeriod.Year => "年", BenefitPeriod.OneOff => "次", _ => "月" };

    private static string PeriodEn(BenefitPeriod p) => p switch { BenefitPeriod.Year => "year", BenefitPeriod.OneOff => "grant (one-off)", _ => "month" };

    internal static string LeapZh(LeapDayRule r) => r == LeapDayRule.February28 ? "2月28日" : "3月1日";

    internal static string LeapEn(LeapDayRule r) => r == LeapDayRule.February28 ? "28 February" : "1 March";

    internal static string Yuan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Number(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    internal static string Number(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as an official writes it: 2025年10月1日.</summary>
    internal static string ZhDate(LocalDate d) => $"{Number(d.Year)}年{Number(d.Month)}月{Number(d.Day)}日";

    /// <summary>A month as an official writes it: 2025年10月.</summary>
    internal static string ZhMonth(YearMonth? m) => m is { } v ? $"{Number(v.Year)}年{Number(v.Month)}月" : string.Empty;

    /// <summary>A date in English: 1 October 2025 (the pattern "d MMMM yyyy" of the invariant culture).</summary>
    internal static string EnDate(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {MonthNames[d.Month - 1]} {d.Year:D4}");

    /// <summary>A month in English: October 2025 (the pattern "MMMM yyyy" of the invariant culture).</summary>
    internal static string EnMonth(YearMonth? m) => m is { } v ? string.Create(CultureInfo.InvariantCulture, $"{MonthNames[v.Month - 1]} {v.Year:D4}") : string.Empty;

    private static string MonthName(int month) => MonthNames[Math.Clamp(month, 1, 12) - 1];

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
}
