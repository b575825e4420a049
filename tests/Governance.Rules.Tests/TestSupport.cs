using System.Globalization;
using Governance.Rules.Packs;

namespace Governance.Rules.Tests;

/// <summary>Helpers shared by the tests.</summary>
internal static class TestSupport
{
    public static readonly string[] Cultures = ["zh-CN", "en-US", "tr-TR", "ar-SA", "de-DE"];

    public static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>Runs <paramref name="action"/> under <paramref name="culture"/> and restores the previous cultures.</summary>
    public static T InCulture<T>(string culture, Func<T> action)
    {
        var (c, u) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = c;
            CultureInfo.CurrentUICulture = u;
        }
    }

    /// <summary>Loads a caller layer given as JSON (its parent comes from the embedded packs).</summary>
    public static RulePackLoadResult LoadLayer(string json, string name = "test.json", params RulePackSource[] others) =>
        RulePacks.TryLoad(RulePackSource.FromJson(json, name), others);

    /// <summary>A caller layer over Suzhou with a "what-if" citation and the given parameters (JSON members, without braces).</summary>
    public static string WhatIfLayer(string parametersJson, string id = "test.what-if") => $$"""
        {
          "id": "{{id}}",
          "version": "1.0.0",
          "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "测算层", "en": "What-if layer" },
          "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
          "parameters": { {{parametersJson}} }
        }
        """;

    /// <summary>A minimal valid caller layer over Suzhou that overrides the staffing rate.</summary>
    public static string ReformLayer(string id = "reform.test", string rate = "20", string from = "2026-01-01", string parent = "cn.js.suzhou") => $$"""
        {
          "id": "{{id}}",
          "version": "1.0.0",
          "parent": "{{parent}}",
          "name": { "zh-Hans": "测试改革", "en": "Test reform" },
          "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
          "parameters": {
            "staffing.workers_per_10k_urban_residents": {
              "unit": "人/万人",
              "values": [ { "from": "{{from}}", "value": {{rate}}, "provenance": "placeholder", "citation": "what-if" } ]
            }
          }
        }
        """;
}
