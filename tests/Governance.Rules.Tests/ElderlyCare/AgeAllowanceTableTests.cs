using Governance.Rules.ElderlyCare;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// The 尊老金 month table as compiled from a pack, read directly (each call compiles afresh, so no table kept from an
/// earlier call hides a fault): when the bands may take the dedicated path, and the 重阳节 figures of the festival's month.
/// </summary>
public sealed class AgeAllowanceTableTests
{
    private static readonly int June2025 = (2025 * 12) + 5;
    private static readonly int October2025 = (2025 * 12) + 9;

    private static AgeAllowanceMonth Compile(ElderlyCareCalculator calc, int m) => calc.PolicyFor(m)!.CompileAgeAllowance(m);

    private static string Rules(string overrides) => BenefitRules(ConditionMonthRule(), overrides);

    private static string Stacking(string first, string second) => $$"""
        "elderly.stacking": { "unit": "list", "values": [ { "from": "2000-01-01", "provenance": "placeholder", "citation": "what-if",
          "value": [ { "benefits": [ "{{first}}", "{{second}}" ], "rule": "compatible" } ] } ] }
        """;

    [Fact]
    public void Suzhou_bands_take_the_dedicated_path_and_the_festival_figures_belong_to_the_festivals_month_only()
    {
        var june = Compile(Suzhou, June2025);
        Assert.True(june.Independent);
        Assert.True(june.RequiresHukou);
        Assert.True(june.LeapMarch1);
        Assert.False(june.HasFestival);
        Assert.Equal((DayKeys.Always, DayKeys.Always, DayKeys.Always), (june.FestivalDay, june.FestivalMinCut, june.FestivalMaxCut));

        // 2025: 重阳节 is 29 October; 100 on that day means born on or before 29 October 1925, and the lump sum has no upper age.
        var october = Compile(Suzhou, October2025);
        Assert.True(october.Independent);
        Assert.True(october.HasFestival);
        Assert.Equal(DayKeys.Of(new LocalDate(2025, 10, 29)), october.FestivalDay);
        Assert.Equal(DayKeys.Of(new LocalDate(1925, 10, 29)), october.FestivalMinCut);
        Assert.Equal(DayKeys.Always, october.FestivalMaxCut);
    }

    [Fact]
    public void The_dates_a_request_may_hold_are_whole_months_so_the_dedicated_path_checks_no_day_of_the_as_of_month()
    {
        Assert.Equal(1, Governance.Rules.Validation.InputLimits.EarliestDate.Day);
        Assert.Equal(1, Governance.Rules.Validation.InputLimits.LatestDate.PlusDays(1).Day);
    }

    [Fact]
    public void The_earliest_birth_the_dedicated_path_accepts_is_the_elderly_limit_and_inside_the_dates_any_request_may_hold()
    {
        Assert.True(ElderlyLimits.EarliestBirth >= Governance.Rules.Validation.InputLimits.EarliestDate);
        Assert.Equal(DayKeys.Of(ElderlyLimits.EarliestBirth), AgeAllowanceMonth.EarliestBirth);
    }

    [Fact]
    public void A_festival_lump_sum_with_an_upper_age_ends_at_the_birthday_past_it()
    {
        // Up to 104: 105 on 29 October 2025 means born on or before 29 October 1920, past the band.
        var calc = WithLayer(FestivalBandUpTo(104));
        var october = Compile(calc, October2025);
        Assert.Equal(DayKeys.Of(new LocalDate(1925, 10, 29)), october.FestivalMinCut);
        Assert.Equal(DayKeys.Of(new LocalDate(1920, 10, 29)), october.FestivalMaxCut);
    }

    [Fact]
    public void A_pack_that_takes_29_February_birthdays_on_28_February_is_compiled_so()
    {
        var calc = WithLayer(""" "elderly.leap_day_rule": { "unit": "rule", "values": [ { "from": "2000-01-01", "value": "february-28", "provenance": "placeholder", "citation": "what-if" } ] } """);
        Assert.False(Compile(calc, June2025).LeapMarch1);
    }

    [Theory]
    // The bands alike (condition-month, hukou): the dedicated path.
    [InlineData("", true)]
    // The lump sum from an application, or from another start month, or on residence: each person takes the general path.
    [InlineData(""" "centenarian-festival": { "start": "application-month", "backPay": "none", "stop": "through-death-month", "requires": "hukou" } """, false)]
    [InlineData(""" "centenarian-festival": { "start": "next-month", "backPay": "none", "stop": "through-death-month", "requires": "hukou" } """, false)]
    [InlineData(""" "age-100-plus": { "start": "condition-month", "backPay": "none", "stop": "through-death-month", "requires": "residence" } """, false)]
    public void The_bands_take_the_dedicated_path_only_when_their_date_rules_agree_and_none_runs_from_an_application(string overrides, bool independent)
    {
        var calc = WithLayer(Rules(overrides));
        Assert.Equal(independent, Compile(calc, June2025).Independent);
        Assert.Equal(independent, Compile(calc, October2025).Independent);
    }

    [Theory]
    [InlineData("home-care", "meal", true)]
    [InlineData("centenarian-festival", "meal", false)]
    [InlineData("meal", "centenarian-festival", false)]
    [InlineData("age-80-89", "home-care", false)]
    public void A_stacking_rule_that_names_a_band_sends_every_person_to_the_general_path(string first, string second, bool independent)
    {
        var calc = WithLayer(Stacking(first, second));
        Assert.Equal(independent, Compile(calc, June2025).Independent);
    }
}
