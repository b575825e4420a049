using System.Text.Json;
using Governance.Rules.ElderlyCare;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// The elderly-care tables as a pack value reads them: every refusal word for word, the edges of each check (an age at,
/// below and above 0 and 150; an amount at zero and a cent below it; back-pay months at 1 and 120), each side of a
/// combined check failing alone, and what a consumer reads back from a table that loads (a benefit or a district the
/// pack does not define among them).
/// </summary>
/// <remarks>
/// The age-band chain across the 尊老金 bands is checked in <c>AgeBandChainTests</c>; here only one band is read.
/// </remarks>
public sealed partial class ElderlyTableReadingTests
{
    private const string BandShape = "a band is {minAge 0..150, maxAge?, amount >= 0, period: month|year}";
    private const string MaxAge = "maxAge is a whole number from minAge to 150";
    private const string Period = "period is month or year";
    private const string RuleShape = "a rule is {start: condition-month|next-month|application-month|month-after-application, backPay: none|months|current-year|unlimited, backPayMonths?, stop: through-death-month|day-before-death, requires: hukou|residence}";
    private const string BackPayMonths = "backPayMonths is a whole number from 1 to 120";
    private const string MonthsExactly = "backPayMonths is given exactly when backPay is 'months'";
    private const string Plain = """{ "start": "condition-month", "backPay": "none", "stop": "through-death-month", "requires": "hukou" }""";
    private const string DistrictShape = "each district is exactly {code, zh-Hans, en}";
    private const string MappingShape = "expected {self-care, semi-disabled, disabled} each capable|mild|moderate|severe";
    private const string HomeCareShape = "expected {hourlyValue, tiers: [...]}";
    private const string TierNeeds = "a tier needs statuses (extreme-poverty|dibao|low-income|none), levels (capable|mild|moderate|severe) and minAge";
    private const string Arrangements = "livingArrangements is an array of alone|empty-nest|with-others";
    private const string AmountOrHours = "a tier has exactly one of amount (元/月) and hours (小时/月), not negative";
    private const string NursingShape = "expected {minAge, statuses, amounts: {level: 元/月}}";
    private const string NursingAmounts = "amounts maps capable|mild|moderate|severe to a non-negative 元/月";
    private const string MealShape = "expected {minAge, perMeal, maxMealsPerMonth 0..200}";
    private const string AdaptationShape = "expected {minAge, statuses, cap}";
    private const string StackingRuleShape = "a rule is {benefits: [a, b], rule}";
    private const string StackingBenefits = "benefits names two different benefit codes; institutional-care may only come first";
    private const string StackingKinds = "rule is exclusive, higher or compatible (institutional-care only exclusive)";

    /// <summary>Each table's reader, giving the refusal of a value it does not read.</summary>
    private static readonly Dictionary<string, Func<string, string?>> Refusals = new(StringComparer.Ordinal)
    {
        ["band"] = text => Refused<AgeBand>(AgeBand.TryRead, text),
        ["rules"] = text => Refused<BenefitRuleTable>(BenefitRuleTable.TryRead, text),
        ["districts"] = text => Refused<DistrictTable>(DistrictTable.TryRead, text),
        ["mapping"] = text => Refused<CareLevelMapping>(CareLevelMapping.TryRead, text),
        ["home-care"] = text => Refused<HomeCareTable>(HomeCareTable.TryRead, text),
        ["nursing"] = text => Refused<NursingTable>(NursingTable.TryRead, text),
        ["meal"] = text => Refused<MealTable>(MealTable.TryRead, text),
        ["adaptation"] = text => Refused<AdaptationTable>(AdaptationTable.TryRead, text),
        ["stacking"] = text => Refused<StackingTable>(StackingTable.TryRead, text),
    };

    private delegate bool Reader<T>(JsonElement json, out T value, out string? error);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static string? Refused<T>(Reader<T> read, string text)
        where T : class
    {
        Assert.False(read(Json(text), out var value, out var error));
        Assert.Null(value);
        return error;
    }

    private static T Read<T>(Reader<T> read, string text)
    {
        Assert.True(read(Json(text), out var value, out var error), error);
        Assert.Null(error);
        return value;
    }

    // --- Every table: an object where one is needed, and only the fields it names ---

    [Theory]
    [InlineData("band", """[ 80 ]""", "expected an object with fields minAge, maxAge, amount, period")]
    [InlineData("band", """{ "minAge": 80, "amount": 50, "period": "month", "max": 89 }""", "unknown field 'max'")]
    [InlineData("rules", """[]""", "expected an object with fields default, overrides")]
    [InlineData("rules", """{ "default": {}, "note": "x" }""", "unknown field 'note'")]
    [InlineData("rules", """{ "default": "condition-month" }""", "expected an object with fields start, backPay, backPayMonths, stop, requires")]
    [InlineData("rules", """{ "default": { "start": "condition-month", "backPay": "none", "stop": "through-death-month", "requires": "hukou", "note": "x" } }""", "unknown field 'note'")]
    [InlineData("districts", """[ "gusu" ]""", "expected an object with fields code, zh-Hans, en")]
    [InlineData("districts", """[ { "code": "gusu", "zh-Hans": "姑苏区", "en": "Gusu", "level": 2 } ]""", "unknown field 'level'")]
    [InlineData("mapping", """[ "capable", "moderate", "severe" ]""", "expected an object with fields self-care, semi-disabled, disabled")]
    [InlineData("mapping", """{ "self-care": "capable", "semi-disabled": "moderate", "disabled": "severe", "semi": "mild" }""", "unknown field 'semi'")]
    [InlineData("home-care", """[ 30 ]""", "expected an object with fields hourlyValue, tiers")]
    [InlineData("home-care", """{ "hourlyValue": 30, "tiers": [], "note": "x" }""", "unknown field 'note'")]
    [InlineData("home-care", """{ "hourlyValue": 30, "tiers": [ 1 ] }""", "expected an object with fields statuses, levels, minAge, livingArrangements, specialFamily, amount, hours")]
    [InlineData("home-care", """{ "hourlyValue": 30, "tiers": [ { "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "amount": 300, "maxAge": 99 } ] }""", "unknown field 'maxAge'")]
    [InlineData("nursing", """[ 60 ]""", "expected an object with fields minAge, statuses, amounts")]
    [InlineData("nursing", """{ "minAge": 60, "statuses": ["dibao"], "amounts": {}, "maxAge": 99 }""", "unknown field 'maxAge'")]
    [InlineData("meal", """[ 60 ]""", "expected an object with fields minAge, perMeal, maxMealsPerMonth")]
    [InlineData("meal", """{ "minAge": 60, "perMeal": 3, "maxMealsPerMonth": 30, "maxMealsPerDay": 2 }""", "unknown field 'maxMealsPerDay'")]
    [InlineData("adaptation", """[ 60 ]""", "expected an object with fields minAge, statuses, cap")]
    [InlineData("adaptation", """{ "minAge": 60, "statuses": ["dibao"], "cap": 3000, "floor": 0 }""", "unknown field 'floor'")]
    [InlineData("stacking", """[ "nursing" ]""", "expected an object with fields benefits, rule")]
    [InlineData("stacking", """[ { "benefits": ["nursing", "home-care"], "rule": "higher", "note": "x" } ]""", "unknown field 'note'")]
    public void A_table_or_entry_that_is_not_an_object_or_holds_a_field_it_does_not_name_is_refused(string table, string text, string message) =>
        Assert.Equal(message, Refusals[table](text));

    // --- 尊老金 bands ---

    [Theory]
    [InlineData("""{ "minAge": -1, "amount": 50, "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": 151, "amount": 50, "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": 80.5, "amount": 50, "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": "80", "amount": 50, "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": 4294967376, "amount": 50, "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": 80, "amount": 1e400, "period": "month" }""", BandShape)]
    [InlineData("""{ "amount": 50, "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": 80, "amount": -0.01, "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": 80, "amount": "50", "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": 80, "period": "month" }""", BandShape)]
    [InlineData("""{ "minAge": -1, "amount": 50, "period": "week" }""", BandShape)]
    [InlineData("""{ "minAge": 80, "maxAge": 79, "amount": 50, "period": "month" }""", MaxAge)]
    [InlineData("""{ "minAge": 80, "maxAge": 151, "amount": 50, "period": "month" }""", MaxAge)]
    [InlineData("""{ "minAge": 80, "maxAge": 89.5, "amount": 50, "period": "month" }""", MaxAge)]
    [InlineData("""{ "minAge": 80, "maxAge": "89", "amount": 50, "period": "month" }""", MaxAge)]
    [InlineData("""{ "minAge": 80, "maxAge": null, "amount": 50, "period": "month" }""", MaxAge)]
    [InlineData("""{ "minAge": 80, "maxAge": 79, "amount": 50, "period": "week" }""", MaxAge)]
    [InlineData("""{ "minAge": 80, "maxAge": 89, "amount": 50, "period": "one-off" }""", Period)]
    [InlineData("""{ "minAge": 80, "maxAge": 89, "amount": 50, "period": "Month" }""", Period)]
    [InlineData("""{ "minAge": 80, "maxAge": 89, "amount": 50, "period": 1 }""", Period)]
    [InlineData("""{ "minAge": 80, "maxAge": 89, "amount": 50 }""", Period)]
    public void A_band_out_of_shape_or_range_is_refused(string text, string message) =>
        Assert.Equal(message, Refused<AgeBand>(AgeBand.TryRead, text));

    [Theory]
    [InlineData("""{ "minAge": 0, "amount": 0, "period": "month" }""", 0, null, "0", BenefitPeriod.Month)]
    [InlineData("""{ "minAge": 150, "maxAge": 150, "amount": 0.01, "period": "year" }""", 150, 150, "0.01", BenefitPeriod.Year)]
    [InlineData("""{ "minAge": 80, "maxAge": 80, "amount": 50, "period": "month" }""", 80, 80, "50", BenefitPeriod.Month)]
    [InlineData("""{ "minAge": 90, "maxAge": 150, "amount": 1200.5, "period": "year" }""", 90, 150, "1200.5", BenefitPeriod.Year)]
    [InlineData("""{ "period": "month", "amount": 300, "minAge": 100 }""", 100, null, "300", BenefitPeriod.Month)]
    public void A_band_at_the_edges_of_its_ages_and_amount_is_read_as_written(string text, int minAge, int? maxAge, string amount, BenefitPeriod period) =>
        Assert.Equal(new AgeBand(minAge, maxAge, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), period), Read<AgeBand>(AgeBand.TryRead, text));

    // --- Benefit rules (起止规则) ---

    private static string? RulesError(string text) => Refused<BenefitRuleTable>(BenefitRuleTable.TryRead, text);

    private static string Default(string rule) => $$"""{ "default": {{rule}} }""";

    [Theory]
    [InlineData("""{}""", "expected {default: rule, overrides?: {benefit-code: rule}}")]
    [InlineData("""{ "overrides": {} }""", "expected {default: rule, overrides?: {benefit-code: rule}}")]
    public void A_rule_table_out_of_shape_is_refused(string text, string message) => Assert.Equal(message, RulesError(text));

    [Theory]
    [InlineData("""{ "start": "from-birth", "backPay": "none", "stop": "through-death-month", "requires": "hukou" }""")]
    [InlineData("""{ "backPay": "none", "stop": "through-death-month", "requires": "hukou" }""")]
    [InlineData("""{ "start": "condition-month", "backPay": "some", "stop": "through-death-month", "requires": "hukou" }""")]
    [InlineData("""{ "start": "condition-month", "stop": "through-death-month", "requires": "hukou" }""")]
    [InlineData("""{ "start": "condition-month", "backPay": "none", "stop": "at-death", "requires": "hukou" }""")]
    [InlineData("""{ "start": "condition-month", "backPay": "none", "requires": "hukou" }""")]
    [InlineData("""{ "start": "condition-month", "backPay": "none", "stop": "through-death-month", "requires": "citizenship" }""")]
    [InlineData("""{ "start": "condition-month", "backPay": "none", "stop": "through-death-month", "requires": true }""")]
    [InlineData("""{ "start": "condition-month", "backPay": "none", "stop": "through-death-month" }""")]
    public void A_rule_with_a_word_missing_or_unknown_is_refused_with_every_word_it_may_use(string rule) =>
        Assert.Equal(RuleShape, RulesError(Default(rule)));

    [Theory]
    [InlineData("""{ "start": "application-month", "backPay": "months", "backPayMonths": 0, "stop": "through-death-month", "requires": "hukou" }""", BackPayMonths)]
    [InlineData("""{ "start": "application-month", "backPay": "months", "backPayMonths": 121, "stop": "through-death-month", "requires": "hukou" }""", BackPayMonths)]
    [InlineData("""{ "start": "application-month", "backPay": "months", "backPayMonths": 6.5, "stop": "through-death-month", "requires": "hukou" }""", BackPayMonths)]
    [InlineData("""{ "start": "from-birth", "backPay": "months", "backPayMonths": 121, "stop": "through-death-month", "requires": "hukou" }""", BackPayMonths)]
    [InlineData("""{ "start": "application-month", "backPay": "months", "backPayMonths": "6", "stop": "through-death-month", "requires": "hukou" }""", BackPayMonths)]
    [InlineData("""{ "start": "application-month", "backPay": "months", "backPayMonths": null, "stop": "through-death-month", "requires": "hukou" }""", BackPayMonths)]
    [InlineData("""{ "start": "application-month", "backPay": "months", "backPayMonths": true, "stop": "through-death-month", "requires": "hukou" }""", BackPayMonths)]
    [InlineData("""{ "start": "application-month", "backPay": "months", "backPayMonths": [6], "stop": "through-death-month", "requires": "hukou" }""", BackPayMonths)]
    [InlineData("""{ "start": "application-month", "backPay": "months", "stop": "through-death-month", "requires": "hukou" }""", MonthsExactly)]
    [InlineData("""{ "start": "application-month", "backPay": "none", "backPayMonths": 6, "stop": "through-death-month", "requires": "hukou" }""", MonthsExactly)]
    [InlineData("""{ "start": "application-month", "backPay": "current-year", "backPayMonths": 1, "stop": "through-death-month", "requires": "hukou" }""", MonthsExactly)]
    public void Back_pay_months_outside_1_to_120_or_without_back_pay_by_months_are_refused(string rule, string message) =>
        Assert.Equal(message, RulesError(Default(rule)));

    [Theory]
    [InlineData(1)]
    [InlineData(120)]
    public void The_first_and_last_numbers_of_back_pay_months_are_read(int months)
    {
        var rule = Read<BenefitRuleTable>(BenefitRuleTable.TryRead, Default($$"""{ "start": "application-month", "backPay": "months", "backPayMonths": {{months}}, "stop": "through-death-month", "requires": "hukou" }""")).For(ElderlyBenefit.Meal);
        Assert.Equal(new BenefitRule(StartRule.ApplicationMonth, BackPay.Months, months, StopRule.ThroughDeathMonth, true), rule);
    }

    [Theory]
    [InlineData("""{ "default": {{Plain}}, "overrides": [] }""", "overrides is an object keyed by benefit code")]
    [InlineData("""{ "default": {{Plain}}, "overrides": "nursing" }""", "overrides is an object keyed by benefit code")]
    [InlineData("""{ "default": {{Plain}}, "overrides": { "age-80-90": {{Plain}} } }""", "unknown benefit 'age-80-90'")]
    [InlineData("""{ "default": {{Plain}}, "overrides": { "Nursing": {{Plain}} } }""", "unknown benefit 'Nursing'")]
    [InlineData("""{ "default": {{Plain}}, "overrides": { "institutional-care": {{Plain}} } }""", "unknown benefit 'institutional-care'")]
    [InlineData("""{ "default": {{Plain}}, "overrides": { "nursing": { "start": "next-month" } } }""", RuleShape)]
    [InlineData("""{ "default": {{Plain}}, "overrides": { "nursing": {{Plain}}, "meal": { "start": "next-month", "backPay": "months", "backPayMonths": 121, "stop": "through-death-month", "requires": "hukou" } } }""", BackPayMonths)]
    [InlineData("""{ "default": {{Plain}}, "overrides": { "nursing": 1 } }""", "expected an object with fields start, backPay, backPayMonths, stop, requires")]
    public void A_malformed_override_is_refused(string template, string message) =>
        Assert.Equal(message, RulesError(template.Replace("{{Plain}}", Plain, StringComparison.Ordinal)));

    [Fact]
    public void Every_benefit_without_an_override_follows_the_default_and_each_override_is_read_word_by_word()
    {
        var table = Read<BenefitRuleTable>(BenefitRuleTable.TryRead, """
            { "default": { "start": "condition-month", "backPay": "none", "stop": "through-death-month", "requires": "hukou" },
              "overrides": {
                "age-90-99": { "start": "next-month", "backPay": "current-year", "stop": "day-before-death", "requires": "residence" },
                "home-care": { "start": "application-month", "backPay": "months", "backPayMonths": 3, "stop": "through-death-month", "requires": "residence" },
                "meal": { "start": "month-after-application", "backPay": "unlimited", "stop": "day-before-death", "requires": "hukou" } } }
            """);
        var byDefault = new BenefitRule(StartRule.ConditionMonth, BackPay.None, 0, StopRule.ThroughDeathMonth, true);
        Assert.Equal(
            [
                byDefault,
                new BenefitRule(StartRule.NextMonth, BackPay.CurrentYear, 0, StopRule.DayBeforeDeath, false),
                byDefault,
                byDefault,
                new BenefitRule(StartRule.ApplicationMonth, BackPay.Months, 3, StopRule.ThroughDeathMonth, false),
                byDefault,
                byDefault,
                new BenefitRule(StartRule.MonthAfterApplication, BackPay.Unlimited, 0, StopRule.DayBeforeDeath, true),
            ],
            ElderlyBenefits.All.Select(table.For));
        Assert.Equal([false, false, false, false, true, false, false, true], ElderlyBenefits.All.Select(b => table.For(b).FromApplication));
    }

    [Fact]
    public void An_empty_override_object_leaves_every_benefit_on_the_default()
    {
        var table = Read<BenefitRuleTable>(BenefitRuleTable.TryRead, """{ "default": { "start": "next-month", "backPay": "unlimited", "stop": "day-before-death", "requires": "residence" }, "overrides": {} }""");
        Assert.All(ElderlyBenefits.All, b => Assert.Equal(new BenefitRule(StartRule.NextMonth, BackPay.Unlimited, 0, StopRule.DayBeforeDeath, false), table.For(b)));
    }

    // --- Districts ---

    [Theory]
    [InlineData("""{ "code": "gusu", "zh-Hans": "姑苏区", "en": "Gusu" }""", "expected [{code, zh-Hans, en}]")]
    [InlineData("""[]""", "at least one district is needed")]
    [InlineData("""[ { "code": "", "zh-Hans": "姑苏区", "en": "Gusu" } ]""", DistrictShape)]
    [InlineData("""[ { "code": 1, "zh-Hans": "姑苏区", "en": "Gusu" } ]""", DistrictShape)]
    [InlineData("""[ { "zh-Hans": "姑苏区", "en": "Gusu" } ]""", DistrictShape)]
    [InlineData("""[ { "code": "gusu", "zh-Hans": null, "en": "Gusu" } ]""", DistrictShape)]
    [InlineData("""[ { "code": "gusu", "en": "Gusu" } ]""", DistrictShape)]
    [InlineData("""[ { "code": "gusu", "zh-Hans": "姑苏区", "en": 5 } ]""", DistrictShape)]
    [InlineData("""[ { "code": "gusu", "zh-Hans": "姑苏区" } ]""", DistrictShape)]
    [InlineData("""[ { "code": "gusu", "zh-Hans": "姑苏区", "en": "Gusu" }, { "code": "wuzhong", "en": "Wuzhong" } ]""", DistrictShape)]
    [InlineData("""[ { "code": "gusu", "zh-Hans": "姑苏区", "en": "Gusu" }, { "code": "gusu", "zh-Hans": "苏州古城", "en": "Old town" } ]""", "district 'gusu' appears twice")]
    [InlineData("""[ { "code": "gusu", "zh-Hans": "", "en": "Gusu" } ]""", "district 'gusu' needs a name in both zh-Hans and en")]
    [InlineData("""[ { "code": "gusu", "zh-Hans": "姑苏区", "en": " " } ]""", "district 'gusu' needs a name in both zh-Hans and en")]
    [InlineData("""[ { "code": "gusu", "zh-Hans": "姑苏区", "en": "Gusu" }, { "code": "gusu", "zh-Hans": "", "en": "Old town" } ]""", "district 'gusu' needs a name in both zh-Hans and en")]
    public void A_malformed_district_list_is_refused(string text, string message) =>
        Assert.Equal(message, Refused<DistrictTable>(DistrictTable.TryRead, text));

    [Fact]
    public void Districts_are_read_in_order_and_found_only_by_their_exact_code()
    {
        var table = Read<DistrictTable>(DistrictTable.TryRead, """
            [ { "code": "gusu", "zh-Hans": "姑苏区", "en": "Gusu" },
              { "code": "Gusu", "zh-Hans": "姑苏（旧码）", "en": "Gusu (old code)" },
              { "code": "k", "zh-Hans": "昆山市", "en": "Kunshan" } ]
            """);
        Assert.Equal([("gusu", "姑苏区", "Gusu"), ("Gusu", "姑苏（旧码）", "Gusu (old code)"), ("k", "昆山市", "Kunshan")], table.Districts.Select(d => (d.Code, d.Name.ZhHans, d.Name.En)));
        Assert.Equal(3, table.ByCode.Count);
        Assert.Same(table.Districts[0], table.ByCode["gusu"]);
        Assert.Same(table.Districts[1], table.ByCode["Gusu"]);
        Assert.Equal("昆山市", table.ByCode["k"].Name.ZhHans);
        Assert.False(table.ByCode.TryGetValue("wuzhong", out var none));
        Assert.Null(none);
        Assert.False(table.ByCode.ContainsKey("GUSU"));
    }

    // --- Legacy care levels (自理/半失能/失能) ---

    [Theory]
    [InlineData("""{ "self-care": "able", "semi-disabled": "moderate", "disabled": "severe" }""", MappingShape)]
    [InlineData("""{ "semi-disabled": "moderate", "disabled": "severe" }""", MappingShape)]
    [InlineData("""{ "self-care": "capable", "semi-disabled": "Moderate", "disabled": "severe" }""", MappingShape)]
    [InlineData("""{ "self-care": "capable", "disabled": "severe" }""", MappingShape)]
    [InlineData("""{ "self-care": "capable", "semi-disabled": "moderate", "disabled": 3 }""", MappingShape)]
    [InlineData("""{ "self-care": "capable", "semi-disabled": "moderate" }""", MappingShape)]
    public void A_malformed_care_level_mapping_is_refused(string text, string message) =>
        Assert.Equal(message, Refused<CareLevelMapping>(CareLevelMapping.TryRead, text));

    [Theory]
    [InlineData("capable", "moderate", "severe", CareLevel.Capable, CareLevel.Moderate, CareLevel.Severe)]
    [InlineData("mild", "severe", "moderate", CareLevel.Mild, CareLevel.Severe, CareLevel.Moderate)]
    public void Each_legacy_level_maps_to_the_level_written_and_an_unnamed_one_as_self_care(
        string selfCare, string semiDisabled, string disabled, CareLevel a, CareLevel b, CareLevel c)
    {
        var mapping = Read<CareLevelMapping>(CareLevelMapping.TryRead, $$"""{ "disabled": "{{disabled}}", "self-care": "{{selfCare}}", "semi-disabled": "{{semiDisabled}}" }""");
        Assert.Equal(new CareLevelMapping(a, b, c), mapping);
        Assert.Equal([a, b, c, a], new[] { LegacyCareLevel.SelfCare, LegacyCareLevel.SemiDisabled, LegacyCareLevel.Disabled, (LegacyCareLevel)7 }.Select(mapping.Map));
    }
}
