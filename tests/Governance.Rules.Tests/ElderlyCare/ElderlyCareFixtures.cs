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

    public static string DateRules(string start, string backPay = "none", string stop = "through-death-month", int? backPayMonths = null, string mealStart = "application-month") => $$"""
        "elderly.benefit_rules": { "unit": "rule", "values": [ { "from": "2000-01-01", "provenance": "placeholder", "citation": "what-if", "value": {
          "default": { "start": "{{start}}", "backPay": "{{backPay}}", {{(backPayMonths is { } n ? $"\"backPayMonths\": {n}," : string.Empty)}} "stop": "{{stop}}", "requires": "hukou" },
          "overrides": { "meal": { "start": "{{mealStart}}", "backPay": "{{backPay}}", {{(backPayMonths is { } k ? $"\"backPayMonths\": {k}," : string.Empty)}} "stop": "{{stop}}", "requires": "residence" } } } } ] }
        """;
}
