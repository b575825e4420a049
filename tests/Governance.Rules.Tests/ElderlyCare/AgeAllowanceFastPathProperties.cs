using Governance.Rules.ElderlyCare;
using Governance.Rules.Time;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>The dedicated 尊老金 path (a table by age compiled per month) gives the general month evaluation's figures.</summary>
public sealed class AgeAllowanceFastPathProperties
{
    /// <summary>The 29 February rule and the condition-month start rule changed: the table must follow the pack, not Suzhou's choices.</summary>
    private static readonly ElderlyCareCalculator ConditionMonthFebruary28 = WithLayer(DateRules("condition-month") + """
        , "elderly.leap_day_rule": { "unit": "rule", "values": [ { "from": "2000-01-01", "value": "february-28", "provenance": "placeholder", "citation": "what-if" } ] }
        """);

    /// <summary>A stacking rule that names a band: the bands are no longer independent, so every person takes the general path.</summary>
    private static readonly ElderlyCareCalculator BandsStacked = WithLayer("""
        "elderly.stacking": { "unit": "list", "values": [ { "from": "2000-01-01", "provenance": "placeholder", "citation": "what-if",
          "value": [ { "benefits": [ "institutional-care", "age-90-99" ], "rule": "exclusive" } ] } ] }
        """);

    /// <summary>
    /// Bands that ask only that the person live in the jurisdiction (not a hukou), and a 重阳节 lump sum that stops at 104:
    /// the table must read residence, and the festival's upper age, from the pack.
    /// </summary>
    private static readonly ElderlyCareCalculator ResidenceOnlyFestivalTo104 = WithLayer(BenefitRules(ConditionMonthRule("residence")) + ", " + FestivalBandUpTo(104));

    private static readonly string?[] Districts = ["gusu", "kunshan", null, "nowhere"];

    /// <summary>
    /// Persons a few months either side of a band's birthday (80, 90 or 100; one in four born on 29 February with the as-of date
    /// in February or March), hukou moved in around the as-of date, on the day before or of 重阳节, or from elsewhere; some who
    /// died around the as-of date or the festival; some living outside; as-of dates 2007–2045, one in three in the festival's month.
    /// </summary>
    private static readonly Gen<(ElderlyPerson Person, LocalDate AsOf)> Persons = PersonsAround(80, 90, 100);

    /// <summary>As <see cref="Persons"/>, a few months either side of one of <paramref name="thresholds"/>.</summary>
    private static Gen<(ElderlyPerson Person, LocalDate AsOf)> PersonsAround(params int[] thresholds) =>
        from asOfDays in Gen.Choose(0, 38 * 365)
        from threshold in Gen.Elements(thresholds)
        from yearsOff in Gen.Choose(-1, 0)
        from monthsOff in Gen.Choose(-3, 3)
        from day in Gen.Choose(0, 30)
        from leap in Gen.Choose(0, 3)
        from inFestivalMonth in Gen.Choose(0, 2)
        from district in Gen.Elements(Districts)
        from since in Gen.Frequency((1, Gen.Choose(-3, -1)), (3, Gen.Choose(0, 200)))
        from dies in Gen.Frequency((1, Gen.Choose(-3, -2)), (2, Gen.Constant(-1)), (2, Gen.Choose(0, 160)))
        from resides in Gen.Elements(true, false)
        from lists in Gen.Choose(0, 5)
        select Build(asOfDays, threshold + yearsOff, monthsOff, day, leap, inFestivalMonth == 0, district, since, dies, resides, lists);

    private static (ElderlyPerson, LocalDate) Build(int asOfDays, int age, int monthsOff, int day, int leap, bool inFestivalMonth, string? district, int since, int dies, bool resides, int lists)
    {
        var asOf = Date("2007-09-01").PlusDays(asOfDays);
        if (inFestivalMonth && LunarFestivals.DoubleNinth(asOf.Year) is { } f)
        {
            asOf = new LocalDate(f.Year, f.Month, 1).PlusDays(asOfDays % 28);
        }

        LocalDate birth;
        if (leap == 0)
        {
            var year = asOf.Year - age - (((asOf.Year - age) % 4) + 4) % 4;
            birth = new LocalDate(year == 1900 ? 1904 : year, 2, 29);
            asOf = new LocalDate(birth.Year + age + (monthsOff > 0 ? 1 : 0), 2 + (day % 2), 1).PlusDays(day % 28);
        }
        else
        {
            birth = new LocalDate(asOf.Year, asOf.Month, 1).PlusYears(-age).PlusMonths(monthsOff).PlusDays(day);
        }

        var festival = LunarFestivals.DoubleNinth(asOf.Year) ?? asOf;
        var person = new ElderlyPerson
        {
            BirthDate = birth,
            HukouDistrict = district,
            HukouSince = since switch { -1 => null, -2 => festival, -3 => festival.PlusDays(1), _ => asOf.PlusDays(100 - since) },
            DeathDate = dies switch { -1 => null, -2 => festival, -3 => festival.PlusDays(-1), _ => asOf.PlusDays(80 - dies) },
            ResidesInJurisdiction = resides,

            // Facts the 尊老金 does not read, some of them faulty.
            EconomicStatuses = lists == 0 ? [null!] : [],
            MealsPerMonth = lists == 1 ? -3 : null,
            InstitutionalCareFrom = lists == 2 ? asOf.PlusDays(-40) : null,
        };
        return (person, asOf);
    }

    private static bool SameAsGeneral(ElderlyCareCalculator calc, ElderlyPerson person, LocalDate asOf)
    {
        var fast = calc.SummarizeAgeAllowance(person, asOf);
        var general = calc.Summarize(person, asOf, ElderlyBenefits.AgeAllowanceMask);
        if (general.Status == ElderlySummaryStatus.Computed)
        {
            return fast.Status == ElderlySummaryStatus.Computed && fast.Due == general.MonthTotal
                && fast.EligibleMask == (general.EligibleMask & ElderlyBenefits.AgeAllowanceMask) && fast.UsesPlaceholder == general.UsesPlaceholder;
        }

        // The general path refuses the whole record; the dedicated path refuses only a fault in what the 尊老金 reads,
        // and then it is the same refusal as the general path on that record with its other facts cleared.
        var cleared = person with { EconomicStatuses = [], Assessments = [], MealsPerMonth = null, AdaptationCost = null, ApplicationDate = null, InstitutionalCareFrom = null, InstitutionalCareUntil = null };
        var clearedGeneral = calc.Summarize(cleared, asOf, ElderlyBenefits.AgeAllowanceMask);
        return fast.Status == clearedGeneral.Status && fast.Due == clearedGeneral.MonthTotal
            && fast.EligibleMask == (clearedGeneral.EligibleMask & ElderlyBenefits.AgeAllowanceMask) && fast.UsesPlaceholder == clearedGeneral.UsesPlaceholder;
    }

    [Property(MaxTest = 2000)]
    public Property The_dedicated_age_allowance_path_gives_the_general_figures_in_the_Suzhou_pack() =>
        Prop.ForAll(Persons.ToArbitrary(), c => SameAsGeneral(Suzhou, c.Person, c.AsOf));

    [Property(MaxTest = 1000)]
    public Property The_dedicated_age_allowance_path_follows_a_pack_with_other_date_rules() =>
        Prop.ForAll(Persons.ToArbitrary(), c => SameAsGeneral(ConditionMonthFebruary28, c.Person, c.AsOf));

    [Property(MaxTest = 1000)]
    public Property The_dedicated_age_allowance_path_follows_a_pack_whose_bands_ask_residence_only_and_whose_festival_sum_stops_at_104() =>
        Prop.ForAll(PersonsAround(80, 100, 105).ToArbitrary(), c => SameAsGeneral(ResidenceOnlyFestivalTo104, c.Person, c.AsOf));

    [Fact]
    public void The_residence_only_pack_is_compiled_for_the_dedicated_path_with_the_festivals_upper_age()
    {
        // The property above compares the two paths; it tests the dedicated one only while this pack takes it.
        var october2025 = (2025 * 12) + 9;
        var october = ResidenceOnlyFestivalTo104.PolicyFor(october2025)!.CompileAgeAllowance(october2025);
        Assert.True(october.Independent);
        Assert.False(october.RequiresHukou);
        Assert.True(october.HasFestival);
        Assert.Equal(DayKeys.Of(new LocalDate(1920, 10, 29)), october.FestivalMaxCut);
    }

    /// <summary>重阳节 2025 is 29 October: born on 29 October 1920 the person is 105 that day, past the lump sum's 104; a day later, 104.</summary>
    [Theory]
    [InlineData("1920-10-29", false)]
    [InlineData("1920-10-30", true)]
    [InlineData("1925-10-29", true)]
    [InlineData("1925-10-30", false)]
    public void The_festival_sum_with_an_upper_age_is_owed_from_the_lower_birthday_to_the_day_before_the_one_past_it(string birth, bool owed)
    {
        var person = new ElderlyPerson { BirthDate = Date(birth), ResidesInJurisdiction = true };
        var fast = ResidenceOnlyFestivalTo104.SummarizeAgeAllowance(person, Date("2025-10-15"));
        Assert.Equal(owed, (fast.EligibleMask & (1 << (int)ElderlyBenefit.CentenarianFestival)) != 0);
        Assert.True(SameAsGeneral(ResidenceOnlyFestivalTo104, person, Date("2025-10-15")));
    }

    [Property(MaxTest = 300)]
    public Property When_a_stacking_rule_names_a_band_the_dedicated_path_is_the_general_path() =>
        Prop.ForAll(Persons.ToArbitrary(), c =>
        {
            var person = c.Person with { EconomicStatuses = [], MealsPerMonth = null };
            var fast = BandsStacked.SummarizeAgeAllowance(person, c.AsOf);
            var general = BandsStacked.Summarize(person, c.AsOf, ElderlyBenefits.AgeAllowanceMask);
            return fast.Status == general.Status && fast.Due == general.MonthTotal && fast.EligibleMask == (general.EligibleMask & ElderlyBenefits.AgeAllowanceMask);
        });

    [Property(MaxTest = 500)]
    public Property Every_sampled_as_of_date_of_one_person_gives_the_general_figures_as_the_month_table_is_replaced() =>
        Prop.ForAll(Persons.ToArbitrary(), Gen.Choose(-400, 400).ToArbitrary(), (c, days) =>
            SameAsGeneral(Suzhou, c.Person, c.AsOf) && SameAsGeneral(Suzhou, c.Person, c.AsOf.PlusDays(days)));

    /// <summary>
    /// A summary that could not be computed holds nothing and names no placeholder, as the general path's does: an as-of
    /// date outside the dates a request may hold or before any elderly-care policy, a district the pack does not know, a
    /// date of death before the birth date or after the last date a request may hold.
    /// </summary>
    [Theory]
    [InlineData("1935-05-14", null, "gusu", "1879-12-31", ElderlySummaryStatus.InvalidInput)]
    [InlineData("1935-05-14", null, "gusu", "2201-01-01", ElderlySummaryStatus.InvalidInput)]
    [InlineData("1885-05-14", null, "gusu", "1960-06-15", ElderlySummaryStatus.NoPolicyInForce)]
    [InlineData("1880-01-01", null, "gusu", "1880-01-15", ElderlySummaryStatus.NoPolicyInForce)]
    [InlineData("1935-05-14", null, "nowhere", "2025-10-15", ElderlySummaryStatus.InvalidInput)]
    [InlineData("1935-05-14", "1935-05-13", "gusu", "2025-10-15", ElderlySummaryStatus.InvalidInput)]
    [InlineData("1935-05-14", "2201-01-01", "gusu", "2025-10-15", ElderlySummaryStatus.InvalidInput)]
    public void A_summary_not_computed_holds_nothing_and_names_no_placeholder(string birth, string? death, string district, string asOf, ElderlySummaryStatus status)
    {
        var person = Person(birth, death, district);
        var fast = Suzhou.SummarizeAgeAllowance(person, Date(asOf));
        var general = Suzhou.Summarize(person, Date(asOf), ElderlyBenefits.AgeAllowanceMask);
        Assert.Equal(status, general.Status);
        Assert.Equal(status, fast.Status);
        Assert.Equal(0m, fast.Due);
        Assert.Equal(0, fast.EligibleMask);
        Assert.False(fast.UsesPlaceholder);
        Assert.False(general.UsesPlaceholder);
    }

    /// <summary>
    /// Each date the dedicated path compares, on the day of its limit and the day after: born on the as-of day or the
    /// next, on the earliest birth date a request may hold or the day before, hukou from the birth day or the latest
    /// date, dying on the birth day, the latest date, the month's last day or the next, 100 on 重阳节 or the day after,
    /// hukou from the festival or the day after, from the month's first or last day or the next month.
    /// </summary>
    [Theory]
    [InlineData("2025-06-15", null, null, "2025-06-15")]
    [InlineData("2025-06-16", null, null, "2025-06-15")]
    [InlineData("1880-01-01", null, null, "2025-06-15")]
    [InlineData("1879-12-31", null, null, "2025-06-15")]
    [InlineData("1935-05-14", "1935-05-14", null, "2025-10-15")]
    [InlineData("1935-05-14", "1935-05-13", null, "2025-10-15")]
    [InlineData("1935-05-14", "2200-12-31", null, "2025-10-15")]
    [InlineData("1935-05-14", "2201-01-01", null, "2025-10-15")]
    [InlineData("1935-05-14", null, "1935-05-14", "2025-10-15")]
    [InlineData("1935-05-14", null, "2200-12-31", "2025-10-15")]
    [InlineData("1935-05-14", null, "2201-01-01", "2025-10-15")]
    [InlineData("1935-05-14", null, "2025-10-31", "2025-10-15")]
    [InlineData("1935-05-14", null, "2025-11-01", "2025-10-15")]
    [InlineData("1925-10-29", null, null, "2025-10-15")]
    [InlineData("1925-10-30", null, null, "2025-10-15")]
    [InlineData("1925-10-28", "2025-10-29", null, "2025-10-15")]
    [InlineData("1925-10-28", "2025-10-30", null, "2025-10-15")]
    [InlineData("1935-05-14", "2025-10-01", null, "2025-10-15")]
    [InlineData("1935-05-14", "2025-10-31", null, "2025-10-15")]
    [InlineData("1935-05-14", "2025-11-01", null, "2025-10-15")]
    [InlineData("1945-10-15", "2025-10-15", null, "2025-10-15")]
    [InlineData("1945-10-16", "2025-09-30", null, "2025-10-15")]
    [InlineData("2100-05-14", null, null, "2200-12-15")]
    [InlineData("2100-05-14", null, null, "2200-12-31")]
    public void On_each_limit_and_the_day_after_the_dedicated_path_gives_the_general_figures(string birth, string? since, string? death, string asOf)
    {
        var person = new ElderlyPerson
        {
            BirthDate = Date(birth),
            HukouDistrict = "gusu",
            HukouSince = since is null ? null : Date(since),
            DeathDate = death is null ? null : Date(death),
            ResidesInJurisdiction = true,
        };
        Assert.True(SameAsGeneral(Suzhou, person, Date(asOf)));
        var outside = person with { HukouDistrict = null, HukouSince = null };
        Assert.True(SameAsGeneral(Suzhou, outside, Date(asOf)));
        Assert.True(SameAsGeneral(Suzhou, outside with { ResidesInJurisdiction = false }, Date(asOf)));
    }

    [Fact]
    public void The_last_month_a_request_may_hold_is_summarized_on_the_dedicated_path()
    {
        // December 2200 is inside the dates a request may hold: a 100-year-old is owed the 100+ band there, as the general path says.
        var last = Suzhou.SummarizeAgeAllowance(Person("2100-05-14"), Date("2200-12-31"));
        Assert.Equal(ElderlySummaryStatus.Computed, last.Status);
        Assert.True(last.IsEligible(ElderlyBenefit.AgeAllowance100Plus));
        Assert.Equal(Suzhou.Summarize(Person("2100-05-14"), Date("2200-12-31"), ElderlyBenefits.AgeAllowanceMask).MonthTotal, last.Due);

        // January 1880, the first month, has no policy: a row of A_summary_not_computed_holds_nothing_and_names_no_placeholder.
    }

    [Theory]
    [InlineData("1940-06-01", ElderlyBenefit.AgeAllowance80To89)]
    [InlineData("1930-06-01", ElderlyBenefit.AgeAllowance90To99)]
    [InlineData("1920-06-01", ElderlyBenefit.AgeAllowance100Plus)]
    public void The_age_allowance_summary_says_eligible_for_the_band_met_and_no_other(string birth, ElderlyBenefit band)
    {
        var summary = Suzhou.SummarizeAgeAllowance(Person(birth), Date("2025-06-30"));
        Assert.Equal(ElderlySummaryStatus.Computed, summary.Status);
        foreach (var b in new[] { ElderlyBenefit.AgeAllowance80To89, ElderlyBenefit.AgeAllowance90To99, ElderlyBenefit.AgeAllowance100Plus })
        {
            Assert.Equal(b == band, summary.IsEligible(b));
        }
    }

    [Fact]
    public void The_generated_persons_hold_every_band_and_the_festival_lump_sum()
    {
        var seen = 0;
        foreach (var (person, asOf) in Persons.Sample(5000, 3))
        {
            seen |= Suzhou.SummarizeAgeAllowance(person, asOf) is { Status: ElderlySummaryStatus.Computed, Due: > 0 } s ? s.EligibleMask : 0;
        }

        Assert.Equal(ElderlyBenefits.AgeAllowanceMask, seen);
    }

    [Fact]
    public void A_worked_example_a_centenarian_on_the_festival_day_month_and_a_nonagenarian_in_the_payment_month()
    {
        // 2025: 重阳节 is 29 October; the 90–99 band's yearly 1,200 and the centenarians' lump sum fall due in October.
        var centenarian = Suzhou.SummarizeAgeAllowance(Person("1925-10-20"), Date("2025-10-15"));
        var general = Suzhou.Summarize(Person("1925-10-20"), Date("2025-10-15"), ElderlyBenefits.AgeAllowanceMask);
        Assert.Equal(ElderlySummaryStatus.Computed, centenarian.Status);
        Assert.True(centenarian.IsEligible(ElderlyBenefit.CentenarianFestival));
        Assert.Equal(general.MonthTotal, centenarian.Due);
        Assert.True(centenarian.Due > 0);

        var refused = Suzhou.SummarizeAgeAllowance(Person("2026-01-01"), Date("2025-10-15"));
        Assert.Equal(ElderlySummaryStatus.InvalidInput, refused.Status);
        Assert.Equal(ElderlySummaryStatus.InvalidInput, Suzhou.SummarizeAgeAllowance(Person("1930-01-01", district: "nowhere"), Date("2025-10-15")).Status);
        Assert.Equal(ElderlySummaryStatus.NoPolicyInForce, Suzhou.SummarizeAgeAllowance(Person("1905-01-01"), Date("2006-01-01")).Status);
    }
}
