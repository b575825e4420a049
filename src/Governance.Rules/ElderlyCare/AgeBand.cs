using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>An age band of 尊老金 (or the festival lump sum): ages <see cref="MinAge"/> to <see cref="MaxAge"/> 周岁 inclusive.</summary>
/// <param name="MinAge">The lowest age (inclusive, 含).</param>
/// <param name="MaxAge">The highest age (inclusive), or null for no upper bound.</param>
/// <param name="Amount">The amount per period, in 元 (a "不低于" minimum that a district layer may raise).</param>
/// <param name="Period">Monthly or yearly.</param>
public sealed record AgeBand(int MinAge, int? MaxAge, decimal Amount, BenefitPeriod Period)
{
    internal static bool TryRead(JsonElement json, out AgeBand value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "minAge", "maxAge", "amount", "period"))
        {
            return false;
        }

        int? max = null;
        if (!PackJson.Int(json, "minAge", 0, 150, out var min) || !PackJson.Money(json, "amount", out var amount))
        {
            error = "a band is {minAge 0..150, maxAge?, amount >= 0, period: month|year}";
            return false;
        }

        if (json.TryGetProperty("maxAge", out _))
        {
            if (!PackJson.Int(json, "maxAge", min, 150, out var mx))
            {
                error = "maxAge is a whole number from minAge to 150";
                return false;
            }

            max = mx;
        }

        BenefitPeriod? period = PackJson.Word(json, "period") switch { "month" => BenefitPeriod.Month, "year" => BenefitPeriod.Year, _ => null };
        if (period is null)
        {
            error = "period is month or year";
            return false;
        }

        value = new AgeBand(min, max, amount, period.Value);
        return true;
    }
}

/// <summary>
/// The 尊老金 bands (80–89, 90–99, 100 and over) must meet: on every date, each band in force ends (<c>maxAge</c>) the year
/// before the next band in force starts (<c>minAge</c>). A band without <c>maxAge</c> below another, or one reaching into
/// the next, overlaps it (a person would be paid both); one ending below the next band's start leaves the ages between
/// without an allowance. Both are load errors, reported once at the entry in force with the first date they occur on.
/// The centenarians' 重阳节 lump sum is paid on top of the 100+ band and is not part of the chain.
/// </summary>
internal static class AgeBandChain
{
    private static readonly ParameterDefinition<AgeBand>[] Chain =
        [ElderlyParameters.AgeBand80To89, ElderlyParameters.AgeBand90To99, ElderlyParameters.AgeBand100Plus];

    public static void Check(ResolvedParameters parameters, List<PackLoadError> errors)
    {
        var timelines = Array.ConvertAll(Chain, parameters.Timeline);
        if (timelines.Count(t => t is not null) < 2)
        {
            return;
        }

        var found = new List<PackLoadError>();
        var dates = timelines.Where(t => t is not null).SelectMany(t => t!.ChangeDates).Distinct().Order();
        foreach (var date in dates)
        {
            (int Band, int Entry, AgeBand Value)? lower = null;
            for (var b = 0; b < Chain.Length; b++)
            {
                var timeline = timelines[b];
                var i = timeline?.IndexAt(date) ?? -1;
                if (i < 0)
                {
                    continue;
                }

                // Read apart from the test above, so that the band's definite assignment never depends on it (mutation
                // testing can then mutate each test).
                var entry = timeline!.At(date);
                var band = entry.HasValue ? entry.Value : null;
                if (band is null)
                {
                    continue;
                }

                if (lower is { } low && Meet(parameters, low, (b, i, band), date) is { } error
                    && !found.Exists(f => f.Code == error.Code && f.Path == error.Path && f.Source == error.Source))
                {
                    found.Add(error);
                }

                lower = (b, i, band);
            }
        }

        errors.AddRange(found);
    }

    private static PackLoadError? Meet(
        ResolvedParameters parameters, (int Band, int Entry, AgeBand Value) lower, (int Band, int Entry, AgeBand Value) upper, NodaTime.LocalDate date)
    {
        var on = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (lowKey, upKey) = (Chain[lower.Band].Key, Chain[upper.Band].Key);
        if (lower.Value.MaxAge is not { } max)
        {
            return parameters.Error("PACK_AGE_BANDS_OVERLAP", Chain[lower.Band], lower.Entry, string.Empty, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"the band has no 'maxAge', so from {on} it overlaps '{upKey}', which starts at {upper.Value.MinAge}: give 'maxAge' {upper.Value.MinAge - 1}"));
        }
        else if (upper.Value.MinAge <= max)
        {
            return parameters.Error("PACK_AGE_BANDS_OVERLAP", Chain[upper.Band], upper.Entry, ".minAge", string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"from {on} this band starts at {upper.Value.MinAge}, but '{lowKey}' runs to {max}: ages {upper.Value.MinAge}–{max} would be in both bands"));
        }
        else if (upper.Value.MinAge > max + 1)
        {
            return parameters.Error("PACK_AGE_BANDS_GAP", Chain[upper.Band], upper.Entry, ".minAge", string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"from {on} this band starts at {upper.Value.MinAge}, but '{lowKey}' ends at {max}: ages {max + 1}–{upper.Value.MinAge - 1} would have no band"));
        }

        return null;
    }
}
