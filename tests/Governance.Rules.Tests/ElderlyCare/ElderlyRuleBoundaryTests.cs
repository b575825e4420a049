using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>Boundaries of the elderly-care pack rules the loader checks: the value at, below and above each limit.</summary>
public sealed class ElderlyRuleBoundaryTests
{
    [Theory]
    // Back-pay of a number of months is a whole number from 1 to 120: 0 and 121 are refused, 1 and 120 accepted.
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(119, true)]
    [InlineData(120, true)]
    [InlineData(121, false)]
    public void Back_pay_months_are_accepted_from_1_to_120(int months, bool accepted)
    {
        var result = LoadLayer(RulesLayer($$"""{ "start": "application-month", "backPay": "months", "backPayMonths": {{months}}, "stop": "through-death-month", "requires": "hukou" }"""));
        Assert.Equal(accepted, result.Success);
        if (!accepted)
        {
            var error = Assert.Single(result.Errors);
            Assert.Contains("elderly.benefit_rules", error.Path, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{ "start": "application-month", "backPay": "months", "stop": "through-death-month", "requires": "hukou" }""")]
    [InlineData("""{ "start": "application-month", "backPay": "none", "backPayMonths": 6, "stop": "through-death-month", "requires": "hukou" }""")]
    public void Back_pay_months_are_given_exactly_when_back_pay_is_by_months(string rule)
    {
        var result = LoadLayer(RulesLayer(rule));
        Assert.False(result.Success);
        Assert.Contains("elderly.benefit_rules", Assert.Single(result.Errors).Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"6\"")]
    [InlineData("null")]
    [InlineData("true")]
    public void Back_pay_months_that_are_not_a_number_are_refused_with_the_rule_s_own_message(string months)
    {
        // Before, the reader threw on a value that is not a number and the author read only the loader's generic
        // "missing or has the wrong type" message.
        var result = LoadLayer(RulesLayer($$"""{ "start": "application-month", "backPay": "months", "backPayMonths": {{months}}, "stop": "through-death-month", "requires": "hukou" }"""));
        var error = Assert.Single(result.Errors);
        Assert.Equal("PACK_INVALID_VALUE", error.Code);
        Assert.EndsWith("backPayMonths is a whole number from 1 to 120", error.Message, StringComparison.Ordinal);
    }

    private static string RulesLayer(string rule) => $$"""
        {
          "id": "test.rules",
          "version": "1.0.0",
          "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "测试起止规则", "en": "Test start rules" },
          "citations": { "what-if": { "title": "测算方案", "published": "2026" } },
          "parameters": {
            "elderly.benefit_rules": {
              "unit": "rule",
              "values": [ { "from": "2026-01-01", "value": { "default": {{rule}} }, "provenance": "placeholder", "citation": "what-if" } ]
            }
          }
        }
        """;
}
