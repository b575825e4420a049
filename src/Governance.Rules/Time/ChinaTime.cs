using NodaTime;

namespace Governance.Rules.Time;

/// <summary>Today's date in China (Asia/Shanghai), read only through an injected <see cref="IClock"/>.</summary>
public static class ChinaTime
{
    /// <summary>China Standard Time, from the tz database bundled with NodaTime.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Today's date in China according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>Today's date in Asia/Shanghai.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock) => Guard.NotNull(clock).GetCurrentInstant().InZone(Zone).Date;
}
