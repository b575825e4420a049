namespace Governance.Rules.Tests.Catalogues;

/// <summary>Caller layers with catalogue content, for load-error and property tests.</summary>
internal static class CatalogueTestLayers
{
    /// <summary>A layer over <paramref name="parent"/> whose certificate catalogue holds <paramref name="items"/> (JSON array elements).</summary>
    public static string Layer(string items, string parent = "cn.js.suzhou", string id = "test.catalogue", string extra = "") => $$"""
        {
          "id": "{{id}}",
          "version": "1.0.0",
          "parent": "{{parent}}",
          "name": { "zh-Hans": "测试名录", "en": "Test catalogue" },
          "citations": { "t": { "title": "测试依据", "published": "2026" }, "r": { "title": "测试文件", "jurisdiction": "cn.js.suzhou", "published": "2026" } },
          "catalogues": {
            "certification": {
              {{extra}}
              "items": [ {{items}} ]
            }
          }
        }
        """;

    /// <summary>One item in JSON.</summary>
    public static string Item(string code, string zh, string list = "not-issued", string from = "2026-01-01", string? until = null, string citation = "t", string aliases = "", string provenance = "placeholder") =>
        $$"""{ "code": "{{code}}", "list": "{{list}}", "name": { "zh-Hans": "{{zh}}", "en": "{{code}}" }, {{(aliases.Length > 0 ? "\"aliases\": { \"zh-Hans\": [" + aliases + "] }," : "")}} "from": "{{from}}", {{(until is null ? "" : "\"until\": \"" + until + "\",")}} "citation": "{{citation}}", "provenance": "{{provenance}}" }""";
}
