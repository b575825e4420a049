using Governance.Rules.ElderlyCare;
using Governance.Rules.Time;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// A pack that withdraws the month in which yearly amounts are paid (a what-if layer ends it from 2026). A yearly band then
/// has no month to be paid in and is not in force; the centenarians' 重阳节 lump sum, paid on the festival day itself, still is.
/// </summary>
public sealed class ElderlyWithoutLumpSumMonthTests
{
    private static readonly ElderlyCareCalculator WithoutLumpSumMonth = WithLayer("""
        "elderly.lump_sum_month": { "unit": "月", "values": [ { "from": "2026-01-01", "value": null, "provenance": "placeholder", "citation": "what-if" } ] }
        """);

    private const int Band90To99 = 1 << (int)ElderlyBenefit.AgeAllowance90To99;
    private const int Festival = 1 << (int)ElderlyBenefit.CentenarianFestival;

    /// <summary>The last day of the month of 重阳节 in <paramref name="year"/>: the festival has passed, so its lump sum is due.</summary>
    private static LocalDate FestivalMonthEnd(int year)
    {
        var day = LunarFestivals.DoubleNinth(year)!.Value;
        return new LocalDate(year, day.Month, 1).PlusMonths(1).PlusDays(-1);
    }

    [Fact]
    public void A_yearly_band_is_paid_in_the_packs_month_while_the_pack_has_one()
    {
        // 2025: Suzhou's month (October) still stands, and the 90–99 band's yearly amount is paid in it.
        var s = WithoutLumpSumMonth.Summarize(Person("1930-03-01"), Date("2025-10-31"));
        Assert.Equal(ElderlySummaryStatus.Computed, s.Status);
        Assert.NotEqual(0, s.EligibleMask & Band90To99);
        Assert.True(s.MonthTotal > 0m);
    }

    [Fact]
    public void Without_a_month_to_pay_in_a_yearly_band_is_not_in_force_in_any_month()
    {
        var person = Person("1930-03-01");
        for (var month = 1; month <= 12; month++)
        {
            var asOf = new LocalDate(2026, month, 1).PlusMonths(1).PlusDays(-1);
            var s = WithoutLumpSumMonth.Summarize(person, asOf);
            Assert.Equal(ElderlySummaryStatus.Computed, s.Status);
            Assert.Equal(0, s.EligibleMask & Band90To99);
            Assert.Equal(0m, s.MonthTotal);
        }
    }

    [Fact]
    public void Without_a_month_to_pay_in_the_festival_lump_sum_is_still_paid_for_the_festival_day()
    {
        var asOf = FestivalMonthEnd(2026);
        var centenarian = Person("1920-01-15");
        var withLayer = WithoutLumpSumMonth.Summarize(centenarian, asOf);
        var suzhou = Suzhou.Summarize(centenarian, asOf);
        Assert.NotEqual(0, withLayer.EligibleMask & Festival);

        // The same figures as under Suzhou's pack, whose October month is also the festival's month in 2026.
        Assert.Equal(suzhou.EligibleMask, withLayer.EligibleMask);
        Assert.Equal(suzhou.MonthTotal, withLayer.MonthTotal);
    }
}
