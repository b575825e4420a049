using Governance.Rules.Validation;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Validation;

/// <summary>The accepted dates include both ends, and a date outside them is answered by code in both languages.</summary>
public sealed class InputLimitsTests
{
    [Theory]
    [InlineData("1879-12-31", false)]
    [InlineData("1880-01-01", true)]
    [InlineData("1880-01-02", true)]
    [InlineData("2200-12-30", true)]
    [InlineData("2200-12-31", true)]
    [InlineData("2201-01-01", false)]
    public void Both_ends_of_the_accepted_dates_are_included(string date, bool accepted)
    {
        Assert.Equal(accepted, InputLimits.Contains(Date(date)));
        Assert.Equal(accepted, InputLimits.AsOfFailure(Date(date)) is null);
    }

    [Theory]
    [InlineData(1879, 12, false)]
    [InlineData(1880, 1, true)]
    [InlineData(2200, 12, true)]
    [InlineData(2201, 1, false)]
    public void A_month_is_accepted_only_when_every_day_of_it_is(int year, int month, bool accepted)
    {
        Assert.Equal(accepted, InputLimits.Contains(new YearMonth(year, month)));
    }

    [Fact]
    public void An_as_of_date_outside_is_refused_by_code_at_AsOf_with_the_date_and_the_window_in_both_languages()
    {
        var f = InputLimits.AsOfFailure(Date("2201-01-01"))!;
        Assert.Equal(("AS_OF_OUT_OF_RANGE", "AsOf", "2201-01-01"), (f.Code, f.PropertyPath, f.AttemptedValue));
        Assert.Equal("测算日期 2201-01-01 不在可受理的范围内（1880-01-01 – 2200-12-31）。", f.Message.ZhHans);
        Assert.Equal("The as-of date 2201-01-01 is outside the accepted dates (1880-01-01 – 2200-12-31).", f.Message.En);
    }

    [Fact]
    public void A_request_date_outside_is_refused_at_the_path_given_with_the_date()
    {
        var f = InputLimits.DateFailure("Person.BirthDate", Date("1879-12-31"));
        Assert.Equal(("DATE_OUT_OF_RANGE", "Person.BirthDate", "1879-12-31"), (f.ErrorCode, f.PropertyName, f.AttemptedValue));
        Assert.Same(InputLimits.DateOutOfRange, f.CustomState);
        var filled = InputLimits.DateOutOfRange.For("Person.BirthDate", "1879-12-31");
        Assert.Equal("Person.BirthDate", filled.PropertyPath);
        Assert.Equal("出生日期 1879-12-31 不在可受理的范围内（1880-01-01 – 2200-12-31）。", filled.Message.ZhHans);
        Assert.Equal("The birth date (1879-12-31) is outside the accepted dates (1880-01-01 – 2200-12-31).", filled.Message.En);
    }

    [Fact]
    public void A_failure_without_a_value_leaves_the_value_empty_and_a_failure_without_a_path_is_a_programmer_error()
    {
        var f = InputLimits.DateOutOfRange.For("RequestedStart", null);
        Assert.Null(f.AttemptedValue);
        Assert.Equal("拟开始日期  不在可受理的范围内（1880-01-01 – 2200-12-31）。", f.Message.ZhHans);
        Assert.Throws<ArgumentNullException>(() => InputLimits.DateOutOfRange.For(null!, "x"));
        Assert.Equal(InputLimits.DateOutOfRange.ZhHans, InputLimits.DateOutOfRange.Text.ZhHans);
        Assert.Equal(InputLimits.DateOutOfRange.En, InputLimits.DateOutOfRange.Text.En);
    }
}
