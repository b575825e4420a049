using System.Globalization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Staffing;

/// <summary>
/// Test layers over the Suzhou pack for the staffing edge tests, and the figures they share: "t" is a what-if citation (no
/// source), "r" a neutral test document of Suzhou's place; every layer's values run from 2026-01-01.
/// </summary>
internal static class StaffingTestLayers
{
    internal static readonly LocalDate AsOf = Date("2025-06-30");

    /// <summary>A day on which the test layers below (all from 2026-01-01) are in force.</summary>
    internal static readonly LocalDate LayerDay = Date("2026-06-30");

    internal static readonly StaffingQuotaCalculator Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    internal const string RateKey = "staffing.workers_per_10k_urban_residents";
    internal const string RoundingKey = "staffing.rounding";
    internal const string CategoriesKey = "staffing.worker_categories";
    internal const string BandsKey = "staffing.household_bands";
    internal const string MinimumKey = "staffing.per_community_minimum";
    internal const string MaximumKey = "staffing.per_community_maximum";

    // ----- Test layers over Suzhou: "t" is a what-if citation (no source), "r" a neutral test document of Suzhou's place. -----

    internal static string Layer(params string[] parameters) => $$"""
        {
          "id": "test.staffing-edges",
          "version": "1.0.0",
          "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "配备测试层", "en": "Staffing test layer" },
          "citations": {
            "t": { "title": "测算方案", "published": "2026" },
            "r": { "title": "测试文件", "jurisdiction": "cn.js.suzhou", "published": "2026" }
          },
          "parameters": { {{string.Join(",\n", parameters)}} }
        }
        """;

    internal static string Param(string key, string unit, string value, bool placeholder, string? nameZh = null, string? nameEn = null)
    {
        var name = nameZh is null ? "" : "\"name\": { \"zh-Hans\": \"" + nameZh + "\", \"en\": \"" + nameEn + "\" },";
        var provenance = placeholder ? "placeholder" : "reported";
        var citation = placeholder ? "t" : "r";
        return $$"""
            "{{key}}": {
              {{name}}
              "unit": "{{unit}}",
              "values": [ { "from": "2026-01-01", "value": {{value}}, "provenance": "{{provenance}}", "citation": "{{citation}}" } ]
            }
            """;
    }

    internal static string Rate(bool placeholder, string value = "18") => Param(RateKey, "人/万人", value, placeholder);

    internal static string Rounding(bool placeholder, string rule = StaffingRounding.Ceiling) => Param(RoundingKey, "rule", $"\"{rule}\"", placeholder);

    internal static string Categories(bool placeholder) => Param(
        CategoriesKey,
        "list",
        """
        [
          { "code": "two-committees-full-time", "zh-Hans": "社区“两委”专职成员", "en": "Full-time committee members", "counted": true },
          { "code": "community-full-time", "zh-Hans": "社区专职工作人员", "en": "Full-time community staff", "counted": true },
          { "code": "part-time", "zh-Hans": "兼职人员", "en": "Part-time staff", "counted": false }
        ]
        """,
        placeholder);

    // Bands: fewer than 2,000 households 3; fewer than 3,000 4; from 3,000 each started 1,000 adds 2 to 4.
    internal static string Bands(bool placeholder = true) => Param(
        BandsKey,
        "人",
        """{ "bands": [ { "below": 2000, "workers": 3 }, { "below": 3000, "workers": 4 } ], "beyond": { "everyHouseholds": 1000, "addWorkers": 2 } }""",
        placeholder,
        "按户数配备",
        "Household bands");

    internal static string Minimum(int value = 3, bool placeholder = true) =>
        Param(MinimumKey, "人", value.ToString(CultureInfo.InvariantCulture), placeholder, "每个社区最少人数", "Minimum workers per community");

    internal static string Maximum(int value = 30, bool placeholder = true) =>
        Param(MaximumKey, "人", value.ToString(CultureInfo.InvariantCulture), placeholder, "每个社区最多人数", "Maximum workers per community");

    internal static StaffingQuotaCalculator Calculator(params string[] parameters) =>
        new(LoadLayer(Layer(parameters)).GetPackOrThrow(), SystemClock.Instance);

    /// <summary>Bands, a minimum of 3 and a maximum of 30, all placeholders, over Suzhou's 18 per 10,000 rounded up.</summary>
    internal static readonly StaffingQuotaCalculator CommunityRules = Calculator(Bands(), Minimum(), Maximum());

    /// <summary>Ceiling of population × 18 ÷ 10,000 in whole numbers: Suzhou's rate with the pack's rounding (ceiling).</summary>
    internal static int Ceil18(long population) => (int)(((population * 18) + 9_999) / 10_000);

    internal static string[] WarningKeys(RuleResult<StaffingOutcome> result)
    {
        Assert.All(result.Warnings, w => Assert.Equal(RuleWarning.PlaceholderUsed, w.Code));
        return [.. result.Warnings.Select(w => w.ParameterKey!)];
    }

    /// <summary>Every figure of an area's outcome, to compare two outcomes whole.</summary>
    internal static (long, long?, decimal, int, int?, int, int?, int, int, string) Figures(StaffingAreaOutcome a) =>
        (a.UrbanPermanentPopulation, a.Households, a.ExactRequirement, a.PopulationQuota, a.HouseholdBandQuota, a.Required, a.SumOfPartsRequired, a.Counted, a.NotCounted, string.Join(",", a.ChildIds));
}
