using Governance.Rules.Compensation;
using Governance.Rules.Packs;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

/// <summary>Calculators and workers shared by the pay tests.</summary>
internal static class PayFixtures
{
    public static readonly LocalDate AsOf = Date("2025-06-30");

    public static readonly IClock Clock = new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0));

    public static readonly CommunityWorkerPayCalculator Suzhou = new(RulePacks.Suzhou, Clock);

    public static readonly PayFloorChecker SuzhouFloor = new(RulePacks.Suzhou, Clock);

    public static CommunityWorker Worker(string post, string hired, string? degree = null, string id = "w1") =>
        CommunityWorker.Hired(id, post, Date(hired)) with { Degree = degree };

    /// <summary>A caller layer over Suzhou holding the given pay parameters (JSON object members).</summary>
    public static string PayLayer(string parameters, string id = "pay.test", string parent = "cn.js.suzhou") => $$"""
        {
          "id": "{{id}}",
          "version": "1.0.0",
          "parent": "{{parent}}",
          "name": { "zh-Hans": "报酬测试", "en": "Pay test" },
          "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
          "parameters": { {{parameters}} }
        }
        """;

    /// <summary>One pay parameter with one placeholder entry from 2019-01-01.</summary>
    public static string Parameter(string key, string value, string from = "2019-01-01", string unit = "rule") =>
        $$"""
        "{{key}}": { "name": { "zh-Hans": "测试参数", "en": "Test parameter" }, "unit": "{{unit}}", "values": [ { "from": "{{from}}", "value": {{value}}, "provenance": "placeholder", "citation": "what-if" } ] }
        """;
}
