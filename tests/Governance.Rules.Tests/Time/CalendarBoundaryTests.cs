using Governance.Rules.Time;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Time;

/// <summary>Today in China, 周岁 anniversaries at their edges, and the Elders' Festival (重阳节) through leap months.</summary>
public sealed class CalendarBoundaryTests
{
    [Theory]
    [InlineData(2026, 6, 30, 15, 59, "2026-06-30")] // 23:59 in Suzhou
    [InlineData(2026, 6, 30, 16, 0, "2026-07-01")] // midnight in Suzhou: already the 1st
    [InlineData(2025, 12, 31, 16, 0, "2026-01-01")]
    public void Today_is_the_date_in_Asia_Shanghai_not_in_UTC(int y, int m, int d, int h, int min, string today)
    {
        Assert.Equal(Date(today), ChinaTime.Today(new FakeClock(Instant.FromUtc(y, m, d, h, min))));
    }

    [Fact]
    public void Today_without_a_clock_is_a_programmer_error()
    {
        Assert.Throws<ArgumentNullException>(() => ChinaTime.Today(null!));
    }

    [Theory]
    [InlineData("1944-02-29", 80, "2024-02-29")] // a leap year keeps the leap day
    [InlineData("1944-02-29", 81, "2025-03-01")]
    [InlineData("1945-02-28", 80, "2025-02-28")] // 28 February is an ordinary birthday
    [InlineData("1945-03-29", 80, "2025-03-29")] // the 29th of another month is an ordinary birthday
    [InlineData("1943-01-29", 81, "2024-01-29")]
    [InlineData("1945-05-14", 0, "1945-05-14")]
    public void Anniversary_moves_only_a_29_February_birthday_in_a_common_year(string birth, int years, string expected)
    {
        Assert.Equal(Date(expected), Ages.Anniversary(Date(birth), years));
        Assert.Equal(Date(expected), Ages.Anniversary(Date(birth), years, LeapDayRule.March1));
    }

    [Fact]
    public void The_February_28_rule_changes_only_common_years()
    {
        Assert.Equal(Date("2024-02-29"), Ages.Anniversary(Date("1944-02-29"), 80, LeapDayRule.February28));
        Assert.Equal(Date("2025-02-28"), Ages.Anniversary(Date("1944-02-29"), 81, LeapDayRule.February28));
        Assert.Equal(Date("2025-03-29"), Ages.Anniversary(Date("1945-03-29"), 80, LeapDayRule.February28));
    }

    [Fact]
    public void A_negative_age_has_no_anniversary()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ages.Anniversary(Date("1945-05-14"), -1));
    }

    [Theory]
    [InlineData("1945-05-14", "1945-05-13", -1)] // the day before birth
    [InlineData("1945-05-14", "1945-05-14", 0)] // the day of birth
    [InlineData("1945-05-14", "1946-05-13", 0)]
    [InlineData("1945-05-14", "1946-05-14", 1)]
    [InlineData("1945-12-31", "1946-01-01", 0)] // a new calendar year is not a birthday
    public void Completed_years_on_the_day_before_of_and_after_birth_and_the_first_birthday(string birth, string on, int age)
    {
        Assert.Equal(age, Ages.CompletedYears(Date(birth), Date(on)));
    }

    [Theory]
    [InlineData(2022, "2022-10-04")]
    [InlineData(2023, "2023-10-23")] // 闰二月
    [InlineData(2024, "2024-10-11")] // no leap month
    [InlineData(2025, "2025-10-29")] // 闰六月: the 9th month is the calendar's 10th
    [InlineData(2026, "2026-10-18")]
    [InlineData(1995, "1995-11-01")] // 闰八月: the last leap month that still comes before the 9th
    [InlineData(2014, "2014-10-02")] // 闰九月 comes after the 9th month itself
    public void The_Elders_Festival_is_the_ninth_day_of_the_ninth_lunar_month(int year, string expected)
    {
        Assert.Equal(Date(expected), LunarFestivals.DoubleNinth(year));

        // Worked out afresh, not only read from the table kept since the type was first used.
        Assert.Equal(Date(expected), LunarFestivals.Compute(year));
    }

    /// <summary>
    /// Every year the calendar covers: the date kept is the one worked out, and it is the 9th day of the lunar year's 9th
    /// ordinary month — a leap month (闰月) at or before it shifts it one month along the calendar's numbering.
    /// </summary>
    [Fact]
    public void Every_kept_festival_is_the_ninth_day_of_the_ninth_ordinary_month()
    {
        var calendar = new System.Globalization.ChineseLunisolarCalendar();
        var leapYears = 0;
        for (var year = LunarFestivals.FirstYear; year <= LunarFestivals.LastYear; year++)
        {
            var day = LunarFestivals.Compute(year);
            Assert.Equal(day, LunarFestivals.DoubleNinth(year));
            var dt = new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Unspecified);
            Assert.Equal(9, calendar.GetDayOfMonth(dt));
            var month = calendar.GetMonth(dt);
            var leap = calendar.GetLeapMonth(calendar.GetYear(dt));
            Assert.NotEqual(leap, month);
            var ordinary = month - (leap > 0 && leap < month ? 1 : 0);
            Assert.Equal(9, ordinary);
            Assert.Equal(year, calendar.GetYear(dt));
            leapYears += leap is > 0 and < 10 ? 1 : 0;
        }

        // Both kinds of year occur in the range, so both branches were checked.
        Assert.InRange(leapYears, 1, 199);
    }

    [Theory]
    [InlineData(1900, false)]
    [InlineData(1901, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void The_Elders_Festival_is_known_from_1901_to_2100_and_null_outside(int year, bool known)
    {
        Assert.Equal(1901, LunarFestivals.FirstYear);
        Assert.Equal(2100, LunarFestivals.LastYear);
        var day = LunarFestivals.DoubleNinth(year);
        Assert.Equal(known, day.HasValue);
        if (day is { } d)
        {
            Assert.Equal(year, d.Year);
            Assert.InRange(d.Month, 9, 11);
        }
    }
}
