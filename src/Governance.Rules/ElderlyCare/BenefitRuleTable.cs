using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>The named start rules (起始规则).</summary>
public enum StartRule
{
    /// <summary><c>condition-month</c> (当月起): from the month in which the condition is met.</summary>
    ConditionMonth = 0,

    /// <summary><c>next-month</c> (次月起): from the month after the condition is met.</summary>
    NextMonth = 1,

    /// <summary><c>application-month</c> (申请当月起): from the month of application, once the condition is met.</summary>
    ApplicationMonth = 2,

    /// <summary><c>month-after-application</c> (申请次月起): from the month after application, once the condition is met.</summary>
    MonthAfterApplication = 3,
}

/// <summary>How far back months before an application are paid (补发).</summary>
public enum BackPay
{
    /// <summary><c>none</c>: no back-pay.</summary>
    None = 0,

    /// <summary><c>months</c>: up to a number of months before the first paid month.</summary>
    Months = 1,

    /// <summary><c>current-year</c>: back to January of the application's year.</summary>
    CurrentYear = 2,

    /// <summary><c>unlimited</c>: back to the month the conditions were met.</summary>
    Unlimited = 3,
}

/// <summary>The named stop rules at death (终止规则).</summary>
public enum StopRule
{
    /// <summary><c>through-death-month</c> (发放至死亡当月): paid in full for the month of death (the default).</summary>
    ThroughDeathMonth = 0,

    /// <summary><c>day-before-death</c> (发放至死亡前一日): the month of death is paid pro rata for the days before the death.</summary>
    DayBeforeDeath = 1,
}

/// <summary>The date rules and residence requirement of one benefit.</summary>
/// <param name="Start">The start rule; status changes (a 低保 period ending, a reassessment, a new age band) take effect by it too.</param>
/// <param name="BackPay">The back-pay rule for application-based starts.</param>
/// <param name="BackPayMonths">The months of back-pay under <see cref="ElderlyCare.BackPay.Months"/>.</param>
/// <param name="Stop">The stop rule at death.</param>
/// <param name="RequiresHukou">True when a hukou in the jurisdiction is needed; otherwise residence suffices.</param>
public sealed record BenefitRule(StartRule Start, BackPay BackPay, int BackPayMonths, StopRule Stop, bool RequiresHukou)
{
    /// <summary>True when the benefit runs from an application.</summary>
    public bool FromApplication => Start is StartRule.ApplicationMonth or StartRule.MonthAfterApplication;
}

/// <summary>The benefit rules of a pack: a default and per-benefit overrides.</summary>
public sealed class BenefitRuleTable
{
    private readonly BenefitRule[] _rules;

    private BenefitRuleTable(BenefitRule[] rules) => _rules = rules;

    /// <summary>The rule of <paramref name="benefit"/>.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>Its rule.</returns>
    public BenefitRule For(ElderlyBenefit benefit) => _rules[(int)benefit];

    internal static bool TryRead(JsonElement json, out BenefitRuleTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "default", "overrides") || !json.TryGetProperty("default", out var d))
        {
            error ??= "expected {default: rule, overrides?: {benefit-code: rule}}";
            return false;
        }

        if (!TryReadRule(d, out var def, out error))
        {
            return false;
        }

        var rules = new BenefitRule[ElderlyBenefits.Count];
        Array.Fill(rules, def);
        if (json.TryGetProperty("overrides", out var o))
        {
            if (o.ValueKind != JsonValueKind.Object)
            {
                error = "overrides is an object keyed by benefit code";
                return false;
            }

            foreach (var p in o.EnumerateObject())
            {
                if (!ElderlyBenefits.TryParse(p.Name, out var b))
                {
                    error = $"unknown benefit '{p.Name}'";
                    return false;
                }

                if (!TryReadRule(p.Value, out var r, out error))
                {
                    return false;
                }

                rules[(int)b] = r;
            }
        }

        value = new BenefitRuleTable(rules);
        return true;
    }

    private static bool TryReadRule(JsonElement json, out BenefitRule rule, out string? error)
    {
        rule = null!;
        if (!PackJson.Fields(json, out error, "start", "backPay", "backPayMonths", "stop", "requires"))
        {
            return false;
        }

        StartRule? start = PackJson.Word(json, "start") switch
        {
            "condition-month" => StartRule.ConditionMonth,
            "next-month" => StartRule.NextMonth,
            "application-month" => StartRule.ApplicationMonth,
            "month-after-application" => StartRule.MonthAfterApplication,
            _ => null,
        };
        BackPay? back = PackJson.Word(json, "backPay") switch
        {
            "none" => BackPay.None,
            "months" => BackPay.Months,
            "current-year" => BackPay.CurrentYear,
            "unlimited" => BackPay.Unlimited,
            _ => null,
        };
        StopRule? stop = PackJson.Word(json, "stop") switch
        {
            "through-death-month" => StopRule.ThroughDeathMonth,
            "day-before-death" => StopRule.DayBeforeDeath,
            _ => null,
        };
        bool? hukou = PackJson.Word(json, "requires") switch
        {
            "hukou" => true,
            "residence" => false,
            _ => null,
        };
        var months = 0;
        if (json.TryGetProperty("backPayMonths", out var m) && (!m.TryInt32(out months) || months < 1 || months > 120))
        {
            error = "backPayMonths is a whole number from 1 to 120";
            return false;
        }

        if (start is null || back is null || stop is null || hukou is null)
        {
            error = "a rule is {start: condition-month|next-month|application-month|month-after-application, backPay: none|months|current-year|unlimited, backPayMonths?, stop: through-death-month|day-before-death, requires: hukou|residence}";
            return false;
        }

        if ((back == BackPay.Months) != (months > 0))
        {
            error = "backPayMonths is given exactly when backPay is 'months'";
            return false;
        }

        rule = new BenefitRule(start.Value, back.Value, months, stop.Value, hukou.Value);
        return true;
    }
}
