using Governance.Rules.ElderlyCare;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>The subsidy tables (home care, nursing, meals, adaptation) and the stacking rules between benefits.</summary>
public sealed partial class ElderlyTableReadingTests
{
    // --- Home care (居家养老服务补贴) ---

    private static string HomeCare(string tier) => $$"""{ "hourlyValue": 30, "tiers": [ {{tier}} ] }""";

    [Theory]
    [InlineData("""{ "hourlyValue": -0.01, "tiers": [] }""", HomeCareShape)]
    [InlineData("""{ "hourlyValue": "30", "tiers": [] }""", HomeCareShape)]
    [InlineData("""{ "tiers": [] }""", HomeCareShape)]
    [InlineData("""{ "hourlyValue": 30 }""", HomeCareShape)]
    [InlineData("""{ "hourlyValue": 30, "tiers": {} }""", HomeCareShape)]
    public void A_home_care_table_out_of_shape_is_refused(string text, string message) =>
        Assert.Equal(message, Refused<HomeCareTable>(HomeCareTable.TryRead, text));

    [Theory]
    [InlineData("""{ "levels": ["severe"], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": [], "levels": ["severe"], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": "dibao", "levels": ["severe"], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao", "poor"], "levels": ["severe"], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": [2], "levels": ["severe"], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": [], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": "severe", "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe", "light"], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": [3], "minAge": 60, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": -1, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 151, "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": "60", "amount": 300 }""", TierNeeds)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "livingArrangements": "alone", "amount": 300 }""", Arrangements)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "livingArrangements": ["alone", "together"], "amount": 300 }""", Arrangements)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "livingArrangements": [2], "amount": 300 }""", Arrangements)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "specialFamily": "yes", "amount": 300 }""", "specialFamily is true or false")]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "specialFamily": 1, "amount": 300 }""", "specialFamily is true or false")]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "specialFamily": null, "amount": 300 }""", "specialFamily is true or false")]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "amount": 300, "hours": 10 }""", AmountOrHours)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60 }""", AmountOrHours)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "amount": -0.01 }""", AmountOrHours)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "amount": "300" }""", AmountOrHours)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "hours": -0.01 }""", AmountOrHours)]
    [InlineData("""{ "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "hours": null }""", AmountOrHours)]
    public void A_malformed_home_care_tier_is_refused(string tier, string message) =>
        Assert.Equal(message, Refused<HomeCareTable>(HomeCareTable.TryRead, HomeCare(tier)));

    [Fact]
    public void A_malformed_tier_after_a_good_one_is_refused()
    {
        Assert.Equal(AmountOrHours, Refused<HomeCareTable>(HomeCareTable.TryRead, HomeCare("""
            { "statuses": ["dibao"], "levels": ["severe"], "minAge": 60, "amount": 300 },
            { "statuses": ["dibao"], "levels": ["mild"], "minAge": 60 }
            """)));
    }

    [Fact]
    public void Home_care_tiers_are_read_field_by_field_at_the_edges_of_their_ages_and_amounts()
    {
        var table = Read<HomeCareTable>(HomeCareTable.TryRead, """
            { "hourlyValue": 30.5, "tiers": [
              { "statuses": ["extreme-poverty", "dibao"], "levels": ["moderate", "severe"], "minAge": 60, "livingArrangements": ["alone", "empty-nest"], "specialFamily": true, "amount": 0 },
              { "statuses": ["low-income", "none"], "levels": ["capable", "mild"], "minAge": 150, "specialFamily": false, "hours": 0 },
              { "statuses": ["none"], "levels": ["mild"], "minAge": 0, "livingArrangements": ["with-others"], "hours": 12.5 },
              { "statuses": ["dibao"], "levels": ["severe"], "minAge": 80, "livingArrangements": [], "amount": 200 } ] }
            """);
        Assert.Equal(30.5m, table.HourlyValue);
        Assert.Equal(4, table.Tiers.Count);
        Assert.Same(table.TierArray, table.Tiers);

        var (first, second, third, fourth) = (table.Tiers[0], table.Tiers[1], table.Tiers[2], table.Tiers[3]);
        Assert.Equal([EconomicStatus.ExtremePoverty, EconomicStatus.Dibao], first.Statuses);
        Assert.Equal([CareLevel.Moderate, CareLevel.Severe], first.Levels);
        Assert.Equal([LivingArrangement.Alone, LivingArrangement.EmptyNest], first.LivingArrangements!);
        Assert.Equal((60, true, (decimal?)0m, (decimal?)null), (first.MinAge, first.SpecialFamilyRequired, first.MonthlyAmount, first.MonthlyHours));
        Assert.Equal((0b1100, 0b1100, 0b110), (first.StatusMask, first.LevelMask, first.ArrangementMask));

        Assert.Equal([EconomicStatus.LowIncome, EconomicStatus.None], second.Statuses);
        Assert.Equal([CareLevel.Capable, CareLevel.Mild], second.Levels);
        Assert.Null(second.LivingArrangements);
        Assert.Equal((150, false, (decimal?)null, (decimal?)0m), (second.MinAge, second.SpecialFamilyRequired, second.MonthlyAmount, second.MonthlyHours));
        Assert.Equal((0b11, 0b11, -1), (second.StatusMask, second.LevelMask, second.ArrangementMask));

        Assert.Equal([LivingArrangement.WithOthers], third.LivingArrangements!);
        Assert.Equal((0, false, (decimal?)null, (decimal?)12.5m), (third.MinAge, third.SpecialFamilyRequired, third.MonthlyAmount, third.MonthlyHours));
        Assert.Equal(0b1, third.ArrangementMask);

        // An empty list of arrangements is kept as written (no arrangement qualifies), not read as "any".
        Assert.Empty(fourth.LivingArrangements!);
        Assert.Equal((0, (decimal?)200m, (decimal?)null), (fourth.ArrangementMask, fourth.MonthlyAmount, fourth.MonthlyHours));
    }

    [Fact]
    public void A_home_care_table_without_tiers_and_with_an_hour_worth_nothing_is_read()
    {
        var table = Read<HomeCareTable>(HomeCareTable.TryRead, """{ "hourlyValue": 0, "tiers": [] }""");
        Assert.Equal(0m, table.HourlyValue);
        Assert.Empty(table.Tiers);
    }

    // --- Nursing (护理补贴) ---

    [Theory]
    [InlineData("""{ "minAge": -1, "statuses": ["dibao"], "amounts": {} }""", NursingShape)]
    [InlineData("""{ "minAge": 151, "statuses": ["dibao"], "amounts": {} }""", NursingShape)]
    [InlineData("""{ "statuses": ["dibao"], "amounts": {} }""", NursingShape)]
    [InlineData("""{ "minAge": 60, "statuses": [], "amounts": {} }""", NursingShape)]
    [InlineData("""{ "minAge": 60, "statuses": ["poor"], "amounts": {} }""", NursingShape)]
    [InlineData("""{ "minAge": 60, "amounts": {} }""", NursingShape)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"] }""", NursingShape)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"], "amounts": [ 300 ] }""", NursingShape)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"], "amounts": { "light": 100 } }""", NursingAmounts)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"], "amounts": { "severe": 300, "Mild": 100 } }""", NursingAmounts)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"], "amounts": { "severe": -0.01 } }""", NursingAmounts)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"], "amounts": { "severe": "300" } }""", NursingAmounts)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"], "amounts": { "severe": 1e400 } }""", NursingAmounts)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"], "amounts": { "severe": null } }""", NursingAmounts)]
    public void A_malformed_nursing_table_is_refused(string text, string message) =>
        Assert.Equal(message, Refused<NursingTable>(NursingTable.TryRead, text));

    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    public void A_nursing_table_is_read_with_its_amounts_and_a_level_it_does_not_list_does_not_qualify(int minAge)
    {
        var table = Read<NursingTable>(NursingTable.TryRead, $$"""{ "minAge": {{minAge}}, "statuses": ["dibao", "extreme-poverty"], "amounts": { "severe": 300.5, "capable": 0 } }""");
        Assert.Equal(minAge, table.MinAge);
        Assert.Equal([EconomicStatus.Dibao, EconomicStatus.ExtremePoverty], table.Statuses);
        Assert.Equal(0b1100, table.StatusMask);
        Assert.Equal([(CareLevel.Capable, 0m), (CareLevel.Severe, 300.5m)], table.Amounts.OrderBy(a => a.Key).Select(a => (a.Key, a.Value)));
        Assert.False(table.Amounts.ContainsKey(CareLevel.Mild));
        Assert.Equal([0m, -1m, -1m, 300.5m], table.ByLevel);
    }

    [Fact]
    public void A_nursing_table_listing_no_level_is_read_and_pays_no_level()
    {
        var table = Read<NursingTable>(NursingTable.TryRead, """{ "minAge": 60, "statuses": ["none"], "amounts": {} }""");
        Assert.Empty(table.Amounts);
        Assert.Equal([-1m, -1m, -1m, -1m], table.ByLevel);
        Assert.Equal(0b1, table.StatusMask);
    }

    // --- Meals (助餐) ---

    [Theory]
    [InlineData("""{ "minAge": -1, "perMeal": 3, "maxMealsPerMonth": 30 }""", MealShape)]
    [InlineData("""{ "minAge": 151, "perMeal": 3, "maxMealsPerMonth": 30 }""", MealShape)]
    [InlineData("""{ "perMeal": 3, "maxMealsPerMonth": 30 }""", MealShape)]
    [InlineData("""{ "minAge": 60, "perMeal": -0.01, "maxMealsPerMonth": 30 }""", MealShape)]
    [InlineData("""{ "minAge": 60, "perMeal": "3", "maxMealsPerMonth": 30 }""", MealShape)]
    [InlineData("""{ "minAge": 60, "maxMealsPerMonth": 30 }""", MealShape)]
    [InlineData("""{ "minAge": 60, "perMeal": 3, "maxMealsPerMonth": -1 }""", MealShape)]
    [InlineData("""{ "minAge": 60, "perMeal": 3, "maxMealsPerMonth": 201 }""", MealShape)]
    [InlineData("""{ "minAge": 60, "perMeal": 3, "maxMealsPerMonth": 30.5 }""", MealShape)]
    [InlineData("""{ "minAge": 60, "perMeal": 3 }""", MealShape)]
    public void A_malformed_meal_table_is_refused(string text, string message) =>
        Assert.Equal(message, Refused<MealTable>(MealTable.TryRead, text));

    [Theory]
    [InlineData(0, "0", 0)]
    [InlineData(150, "3.5", 200)]
    [InlineData(60, "0.01", 1)]
    public void A_meal_table_at_the_edges_of_its_ranges_is_read_as_written(int minAge, string perMeal, int maxMeals) =>
        Assert.Equal(
            new MealTable(minAge, decimal.Parse(perMeal, System.Globalization.CultureInfo.InvariantCulture), maxMeals),
            Read<MealTable>(MealTable.TryRead, $$"""{ "minAge": {{minAge}}, "perMeal": {{perMeal}}, "maxMealsPerMonth": {{maxMeals}} }"""));

    // --- Adaptation (适老化改造) ---

    [Theory]
    [InlineData("""{ "minAge": -1, "statuses": ["dibao"], "cap": 3000 }""", AdaptationShape)]
    [InlineData("""{ "minAge": 151, "statuses": ["dibao"], "cap": 3000 }""", AdaptationShape)]
    [InlineData("""{ "minAge": 60, "statuses": [], "cap": 3000 }""", AdaptationShape)]
    [InlineData("""{ "minAge": 60, "statuses": [null], "cap": 3000 }""", AdaptationShape)]
    [InlineData("""{ "minAge": 60, "cap": 3000 }""", AdaptationShape)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"], "cap": -0.01 }""", AdaptationShape)]
    [InlineData("""{ "minAge": 60, "statuses": ["dibao"] }""", AdaptationShape)]
    public void A_malformed_adaptation_table_is_refused(string text, string message) =>
        Assert.Equal(message, Refused<AdaptationTable>(AdaptationTable.TryRead, text));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(150, "3000.5")]
    public void An_adaptation_table_is_read_with_every_status_in_order(int minAge, string cap)
    {
        var table = Read<AdaptationTable>(AdaptationTable.TryRead, $$"""{ "minAge": {{minAge}}, "statuses": ["extreme-poverty", "low-income", "none"], "cap": {{cap}} }""");
        Assert.Equal((minAge, decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture)), (table.MinAge, table.Cap));
        Assert.Equal([EconomicStatus.ExtremePoverty, EconomicStatus.LowIncome, EconomicStatus.None], table.Statuses);
        Assert.Equal(0b1011, table.StatusMask);
    }

    // --- Stacking (叠加规则) ---

    [Theory]
    [InlineData("""{ "benefits": ["nursing", "home-care"], "rule": "higher" }""", "expected [{benefits: [a, b], rule: exclusive|higher|compatible}]")]
    [InlineData("""[ { "rule": "higher" } ]""", StackingRuleShape)]
    [InlineData("""[ { "benefits": "nursing", "rule": "higher" } ]""", StackingRuleShape)]
    [InlineData("""[ { "benefits": ["nursing"], "rule": "higher" } ]""", StackingRuleShape)]
    [InlineData("""[ { "benefits": ["nursing", "home-care", "meal"], "rule": "higher" } ]""", StackingRuleShape)]
    [InlineData("""[ { "benefits": ["nurse", "home-care"], "rule": "higher" } ]""", StackingBenefits)]
    [InlineData("""[ { "benefits": ["nursing", "home"], "rule": "higher" } ]""", StackingBenefits)]
    [InlineData("""[ { "benefits": [5, "home-care"], "rule": "higher" } ]""", StackingBenefits)]
    [InlineData("""[ { "benefits": ["nursing", null], "rule": "higher" } ]""", StackingBenefits)]
    [InlineData("""[ { "benefits": ["nursing", "nursing"], "rule": "higher" } ]""", StackingBenefits)]
    [InlineData("""[ { "benefits": ["nursing", "institutional-care"], "rule": "exclusive" } ]""", StackingBenefits)]
    [InlineData("""[ { "benefits": ["institutional-care", "institutional-care"], "rule": "exclusive" } ]""", StackingBenefits)]
    [InlineData("""[ { "benefits": ["nursing", "home-care"], "rule": "either" } ]""", StackingKinds)]
    [InlineData("""[ { "benefits": ["nursing", "home-care"], "rule": 1 } ]""", StackingKinds)]
    [InlineData("""[ { "benefits": ["nursing", "home-care"] } ]""", StackingKinds)]
    [InlineData("""[ { "benefits": ["institutional-care", "nursing"], "rule": "higher" } ]""", StackingKinds)]
    [InlineData("""[ { "benefits": ["institutional-care", "nursing"], "rule": "compatible" } ]""", StackingKinds)]
    [InlineData("""[ { "benefits": ["nursing", "home-care"], "rule": "higher" }, { "benefits": ["meal", "home-care"], "rule": "either" } ]""", StackingKinds)]
    public void A_malformed_stacking_list_is_refused(string text, string message) =>
        Assert.Equal(message, Refused<StackingTable>(StackingTable.TryRead, text));

    [Fact]
    public void Stacking_rules_are_read_in_order_with_each_kind()
    {
        var table = Read<StackingTable>(StackingTable.TryRead, """
            [ { "benefits": ["institutional-care", "home-care"], "rule": "exclusive" },
              { "benefits": ["nursing", "home-care"], "rule": "higher" },
              { "rule": "compatible", "benefits": ["age-80-89", "meal"] },
              { "benefits": ["meal", "age-80-89"], "rule": "exclusive" } ]
            """);
        Assert.Equal(
            [
                new StackingRule(StackingTable.InstitutionalCare, "home-care", StackingKind.Exclusive),
                new StackingRule("nursing", "home-care", StackingKind.Higher),
                new StackingRule("age-80-89", "meal", StackingKind.Compatible),
                new StackingRule("meal", "age-80-89", StackingKind.Exclusive),
            ],
            table.Rules);
        Assert.Same(table.RuleArray, table.Rules);
        Assert.Empty(Read<StackingTable>(StackingTable.TryRead, "[]").Rules);
    }
}
