using System.Globalization;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Validation;

/// <summary>
/// The plausible range of every date a request may carry, the as-of date included (sanity limits, not policy figures).
/// </summary>
/// <remarks>
/// Every validator refuses a date outside <see cref="EarliestDate"/>–<see cref="LatestDate"/> with
/// <see cref="DateOutOfRange"/> (or <see cref="AsOfOutOfRange"/> for the as-of date), so that date arithmetic after
/// validation (ages, months, review cycles, schedules) cannot leave the calendar. Both ends are included.
/// </remarks>
public static class InputLimits
{
    /// <summary>The earliest date accepted: 1880-01-01 (before the birth of anyone alive).</summary>
    public static LocalDate EarliestDate { get; } = new(1880, 1, 1);

    /// <summary>The latest date accepted: 2200-12-31.</summary>
    public static LocalDate LatestDate { get; } = new(2200, 12, 31);

    private static readonly string Window = string.Create(
        CultureInfo.InvariantCulture, $"{EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {LatestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    /// <summary>A date of the request outside the accepted range.</summary>
    public static readonly ErrorDescriptor DateOutOfRange = new(
        "DATE_OUT_OF_RANGE",
        "{PropertyName} {PropertyValue} 不在可受理的范围内（" + Window + "）。",
        "{PropertyName} ({PropertyValue}) is outside the accepted dates (" + Window + ").");

    /// <summary>An as-of date outside the accepted range.</summary>
    public static readonly ErrorDescriptor AsOfOutOfRange = new(
        "AS_OF_OUT_OF_RANGE",
        "测算日期 {PropertyValue} 不在可受理的范围内（" + Window + "）。",
        "The as-of date {PropertyValue} is outside the accepted dates (" + Window + ").");

    /// <summary>Whether <paramref name="date"/> lies in the accepted range.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when accepted.</returns>
    public static bool Contains(LocalDate date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Whether every day of <paramref name="month"/> lies in the accepted range.</summary>
    internal static bool Contains(YearMonth month) => Contains(month.ToDateInterval().Start) && Contains(month.ToDateInterval().End);

    /// <summary>The failure for an as-of date outside the range, or null.</summary>
    internal static ValidationFailure? AsOfFailure(LocalDate asOf) => Contains(asOf) ? null : AsOfOutOfRange.ForAsOf(asOf);

    /// <summary>A FluentValidation failure for <paramref name="date"/> at <paramref name="path"/>.</summary>
    internal static FluentValidation.Results.ValidationFailure DateFailure(string path, LocalDate date) =>
        new(path, DateOutOfRange.ZhHans, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) { ErrorCode = DateOutOfRange.Code, CustomState = DateOutOfRange };
}
