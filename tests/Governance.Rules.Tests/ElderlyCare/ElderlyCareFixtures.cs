using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>Shared persons, packs and layers for the elderly-care tests.</summary>
internal static class ElderlyCareFixtures
{
    public static readonly ElderlyCareCalculator Suzhou = new(RulePacks.Suzhou, new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0)));

    public static ElderlyPerson Person(string birth, string? death = null, string? district = "gusu") => new()
    {
        BirthDate = Date(birth),
        DeathDate = death is null ? null : Date(death),
        HukouDistrict = district,
    };

    public static ElderlyOutcome Outcome(ElderlyCareCalculator calc, ElderlyPerson person, string asOf, string? from = null, string? to = null)
    {
        var request = new ElderlyCareRequest
        {
            Person = person,
            ScheduleFrom = from is null ? null : YearMonth(from),
            ScheduleTo = to is null ? null : YearMonth(to),
        };
        return calc.Evaluate(request, EvaluationOptions.On(Date(asOf))).GetOutcomeOrThrow();
    }

    public static YearMonth YearMonth(string text) => new(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(text[5..7], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A caller layer over Suzhou that replaces the benefit rules (and optionally other parameters) from 2000-01-01.</summary>
    public static ElderlyCareCalculator WithLayer(string parametersJson)
    {
        var json = $$"""
            {
              "id": "test.elderly",
              "version": "1.0.0",
              "parent": "cn.js.suzhou",
              "name": { "zh-Hans": "测试层", "en": "Test layer" },
              "citations": { "what-if": { "title": "测算方案", "published": "2025" } },
              "parameters": { {{parametersJson}} }
            }
            """;
        return new ElderlyCareCalculator(LoadLayer(json).GetPackOrThrow(), SystemClock.Instance);
    }

    public static string DateRules(string start, string backPay = "none", string stop = "through-death-month", int? backPayMonths = null, string mealStart = "application-month")
    {
        var months = backPayMonths is { } n ? $"\"backPayMonths\": {n}," : string.Empty;
        return BenefitRules(
            $$"""{ "start": "{{start}}", "backPay": "{{backPay}}", {{months}} "stop": "{{stop}}", "requires": "hukou" }""",
            $$""" "meal": { "start": "{{mealStart}}", "backPay": "{{backPay}}", {{months}} "stop": "{{stop}}", "requires": "residence" } """);
    }

    /// <summary>The benefit rules from 2000-01-01: <paramref name="defaultRule"/> (a rule object) and <paramref name="overrides"/> (JSON members by benefit code).</summary>
    public static string BenefitRules(string defaultRule, string overrides = "") => $$"""
        "elderly.benefit_rules": { "unit": "rule", "values": [ { "from": "2000-01-01", "provenance": "placeholder", "citation": "what-if", "value": {
          "default": {{defaultRule}},
          "overrides": { {{overrides}} } } } ] }
        """;

    /// <summary>A rule from the month the condition is met, without back pay, through the month of death, on <paramref name="requires"/> (hukou or residence).</summary>
    public static string ConditionMonthRule(string requires = "hukou") =>
        $$"""{ "start": "condition-month", "backPay": "none", "stop": "through-death-month", "requires": "{{requires}}" }""";

    /// <summary>The centenarians' 重阳节 lump sum from 2000-01-01, 1,000 元 a year from 100 up to <paramref name="maxAge"/>.</summary>
    public static string FestivalBandUpTo(int maxAge) => $$"""
        "elderly.age_allowance.festival": { "unit": "元", "values": [ { "from": "2000-01-01", "provenance": "placeholder", "citation": "what-if",
          "value": { "minAge": 100, "maxAge": {{maxAge}}, "amount": 1000, "period": "year" } } ] }
        """;
}
