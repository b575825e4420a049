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
            && (from > to || ((long)to.Year * 12) + to.Month - (((long)from.Year * 12) + from.Month) + 1 > ElderlyLimits.MaxScheduleMonths))
        {
            return false;
        }

        return QuickValid(request.Person, asOf, policy);
    }

    /// <summary>True only when the person validator would accept <paramref name="p"/> on <paramref name="asOf"/>.</summary>
    internal static bool QuickValid(ElderlyPerson p, LocalDate asOf, ElderlyPolicy policy)
    {
        if (p.BirthDate < ElderlyLimits.EarliestBirth || p.BirthDate > asOf || p.DeathDate < p.BirthDate || p.HukouSince < p.BirthDate
            || (p.HukouDistrict is { } d && !policy.Districts.Value.ByCode.ContainsKey(d))
            || p.EconomicStatuses is null || p.Assessments is null || p.EconomicStatuses.Count > ElderlyLimits.MaxPeriods || p.Assessments.Count > ElderlyLimits.MaxPeriods
            || (uint)p.LivingArrangement > 2u || (p.SpecialFamily & ~(SpecialFamily.LostOnlyChild | SpecialFamily.DisabledOnlyChild)) != 0
            || p.MealsPerMonth < 0 || p.AdaptationCost < 0 || p.ApplicationDate > asOf || p.ApplicationDate < p.BirthDate
            || !ElderlyCareRequestValidator.WithinLimits(p))
        {
            return false;
        }

        var statuses = p.EconomicStatuses;
        for (var i = 0; i < statuses.Count; i++)
        {
            var s = statuses[i];
            if (s is null || (uint)s.Status > 3u || s.To < s.From || s.From < p.BirthDate)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                var o = statuses[j];
                if (s.From <= (o.To ?? LocalDate.MaxIsoValue) && o.From <= (s.To ?? LocalDate.MaxIsoValue))
                {
                    return false;
                }
            }
        }

        var assessments = p.Assessments;
        for (var i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            if (a is null || (a.Level is null) == (a.LegacyLevel is null) || (uint?)a.Level > 3u || (uint?)a.LegacyLevel > 2u
                || a.AssessedOn < p.BirthDate || a.AssessedOn > asOf || a.ValidUntil < a.AssessedOn || (i > 0 && assessments[i - 1] is { } prev && prev.AssessedOn >= a.AssessedOn))
            {
                return false;
            }
        }

        return p.InstitutionalCareFrom is null
            ? p.InstitutionalCareUntil is null
            : p.InstitutionalCareFrom >= p.BirthDate && !(p.InstitutionalCareUntil < p.InstitutionalCareFrom);
    }
}
