using NodaTime;

namespace Governance.Rules.ElderlyCare;

/// <summary>The allocation-free validity check of the fast path: true only when the full validator would accept the person.</summary>
internal static class ElderlyQuickCheck
{
    /// <summary>True only when the request validator would accept <paramref name="request"/> on <paramref name="asOf"/>.</summary>
    internal static bool QuickValid(ElderlyCareRequest request, LocalDate asOf, ElderlyPolicy policy)
    {
        if (request.Person is null || (request.ScheduleFrom is null) != (request.ScheduleTo is null))
        {
            return false;
        }

        if (request.ScheduleFrom is { } from && request.ScheduleTo is { } to
            && (from > to || ((long)to.Year * 12) + to.Month - (((long)from.Year * 12) + from.Month) + 1 > ElderlyLimits.MaxScheduleMonths
                || !Validation.InputLimits.Contains(from) || !Validation.InputLimits.Contains(to)))
        {
            return false;
        }

        return QuickValid(request.Person, asOf, policy);
    }

    /// <summary>The earliest and latest day keys a request may hold, and the earliest birth.</summary>
    private static readonly int Earliest = DayKeys.Of(Validation.InputLimits.EarliestDate);
    private static readonly int Latest = DayKeys.Of(Validation.InputLimits.LatestDate);
    private static readonly int EarliestBirth = DayKeys.Of(ElderlyLimits.EarliestBirth);

    /// <summary>True only when the person validator would accept <paramref name="p"/> on <paramref name="asOf"/>.</summary>
    /// <remarks>Dates are compared as day keys (<see cref="DayKeys"/>), which order as the dates do; an absent date is a key no check refuses.</remarks>
    internal static bool QuickValid(ElderlyPerson p, LocalDate asOf, ElderlyPolicy policy)
    {
        var birth = DayKeys.Of(p.BirthDate);
        var death = Key(p.DeathDate, DayKeys.Never);
        var since = Key(p.HukouSince, DayKeys.Never);
        var application = Key(p.ApplicationDate, DayKeys.Never);
        var careFrom = Key(p.InstitutionalCareFrom, DayKeys.Never);
        var careUntil = Key(p.InstitutionalCareUntil, DayKeys.Never);
        var today = DayKeys.Of(asOf);
        var statuses = p.EconomicStatuses;
        var assessments = p.Assessments;
        if (birth < EarliestBirth || birth > today || death < birth || since < birth
            || (p.HukouDistrict is { } d && !policy.Districts.Value.ByCode.ContainsKey(d))
            || statuses is null || assessments is null || statuses.Count > ElderlyLimits.MaxPeriods || assessments.Count > ElderlyLimits.MaxPeriods
            || (uint)p.LivingArrangement > 2u || (p.SpecialFamily & ~(SpecialFamily.LostOnlyChild | SpecialFamily.DisabledOnlyChild)) != 0
            || p.MealsPerMonth < 0 || p.MealsPerMonth > ElderlyLimits.MaxMealsPerMonth || application < birth || (p.ApplicationDate is not null && application > today)
            || (p.AdaptationCost is { } cost && (cost < 0m || cost > ElderlyLimits.MaxAdaptationCost))
            || !In(birth) || !InOrAbsent(death) || !InOrAbsent(since) || !InOrAbsent(application) || !InOrAbsent(careFrom) || !InOrAbsent(careUntil))
        {
            return false;
        }

        for (var i = 0; i < statuses.Count; i++)
        {
            var s = statuses[i];
            if (s is null || (uint)s.Status > 3u)
            {
                return false;
            }

            var from = DayKeys.Of(s.From);
            var to = Key(s.To, DayKeys.Never);
            if (to < from || from < birth || !In(from) || !InOrAbsent(to))
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                var o = statuses[j];
                if (from <= Key(o.To, DayKeys.Never) && DayKeys.Of(o.From) <= to)
                {
                    return false;
                }
            }
        }

        var previous = DayKeys.Always;
        for (var i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            if (a is null || (a.Level is null) == (a.LegacyLevel is null) || (uint?)a.Level > 3u || (uint?)a.LegacyLevel > 2u)
            {
                return false;
            }

            var assessed = DayKeys.Of(a.AssessedOn);
            var until = Key(a.ValidUntil, DayKeys.Never);
            if (assessed < birth || assessed > today || until < assessed || (i > 0 && previous >= assessed) || !In(assessed) || !InOrAbsent(until))
            {
                return false;
            }

            previous = assessed;
        }

        return p.InstitutionalCareFrom is null
            ? p.InstitutionalCareUntil is null
            : careFrom >= birth && !(careUntil < careFrom);
    }

    private static int Key(LocalDate? date, int absent) => date is { } d ? DayKeys.Of(d) : absent;

    private static bool In(int key) => key >= Earliest && key <= Latest;

    private static bool InOrAbsent(int key) => key == DayKeys.Never || In(key);
}
