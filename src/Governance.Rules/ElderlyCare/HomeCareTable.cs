using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>One tier of the home-care service subsidy: who qualifies and the monthly amount or service hours.</summary>
/// <param name="Statuses">The economic statuses of the tier.</param>
/// <param name="Levels">The care levels of the tier.</param>
/// <param name="MinAge">The lowest age (周岁).</param>
/// <param name="LivingArrangements">The living arrangements required, or null for any.</param>
/// <param name="SpecialFamilyRequired">True when the tier needs a 计生特殊家庭 flag.</param>
/// <param name="MonthlyAmount">The monthly amount (元/月), or null when the tier is in hours.</param>
/// <param name="MonthlyHours">The monthly service hours, valued at the table's hourly value, or null.</param>
public sealed record HomeCareTier(
    IReadOnlyList<EconomicStatus> Statuses, IReadOnlyList<CareLevel> Levels, int MinAge, IReadOnlyList<LivingArrangement>? LivingArrangements,
    bool SpecialFamilyRequired, decimal? MonthlyAmount, decimal? MonthlyHours)
{
    internal int StatusMask { get; } = Statuses.Aggregate(0, (m, s) => m | (1 << (int)s));

    internal int LevelMask { get; } = Levels.Aggregate(0, (m, s) => m | (1 << (int)s));

    internal int ArrangementMask { get; } = LivingArrangements is null ? -1 : LivingArrangements.Aggregate(0, (m, s) => m | (1 << (int)s));
}

/// <summary>The home-care service subsidy (居家养老服务补贴) tiers; the highest-valued tier that matches applies.</summary>
public sealed class HomeCareTable
{
    private HomeCareTable(decimal hourlyValue, HomeCareTier[] tiers)
    {
        HourlyValue = hourlyValue;
        TierArray = tiers;
    }

    /// <summary>The value of one service hour (元/小时).</summary>
    public decimal HourlyValue { get; }

    /// <summary>The tiers in pack order.</summary>
    public IReadOnlyList<HomeCareTier> Tiers => TierArray;

    internal HomeCareTier[] TierArray { get; }

    internal static bool TryRead(JsonElement json, out HomeCareTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "hourlyValue", "tiers") || !PackJson.Money(json, "hourlyValue", out var hourly)
            || !json.TryGetProperty("tiers", out var tiers) || tiers.ValueKind != JsonValueKind.Array)
        {
            error ??= "expected {hourlyValue, tiers: [...]}";
            return false;
        }

        var list = new List<HomeCareTier>();
        foreach (var t in tiers.EnumerateArray())
        {
            if (!PackJson.Fields(t, out error, "statuses", "levels", "minAge", "livingArrangements", "specialFamily", "amount", "hours"))
            {
                return false;
            }

            if (!PackJson.Statuses(t, "statuses", out var statuses) || !PackJson.Levels(t, "levels", out var levels) || !PackJson.Int(t, "minAge", 0, 150, out var minAge))
            {
                error = "a tier needs statuses (extreme-poverty|dibao|low-income|none), levels (capable|mild|moderate|severe) and minAge";
                return false;
            }

            List<LivingArrangement>? arrangements = null;
            if (t.TryGetProperty("livingArrangements", out var la))
            {
                arrangements = [];
                if (la.ValueKind != JsonValueKind.Array)
                {
                    error = "livingArrangements is an array of alone|empty-nest|with-others";
                    return false;
                }

                foreach (var a in la.EnumerateArray())
                {
                    LivingArrangement? x = a.ValueKind == JsonValueKind.String ? a.GetString() switch
                    {
                        "alone" => LivingArrangement.Alone,
                        "empty-nest" => LivingArrangement.EmptyNest,
                        "with-others" => LivingArrangement.WithOthers,
                        _ => null,
                    } : null;
                    if (x is null)
                    {
                        error = "livingArrangements is an array of alone|empty-nest|with-others";
                        return false;
                    }

                    arrangements.Add(x.Value);
                }
            }

            var special = t.TryGetProperty("specialFamily", out var sf) && sf.ValueKind == JsonValueKind.True;
            if (t.TryGetProperty("specialFamily", out sf) && sf.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                error = "specialFamily is true or false";
                return false;
            }

            var hasAmount = t.TryGetProperty("amount", out _);
            var hasHours = t.TryGetProperty("hours", out _);
            decimal amount = 0, hours = 0;
            if (hasAmount == hasHours || (hasAmount && !PackJson.Money(t, "amount", out amount)) || (hasHours && !PackJson.Money(t, "hours", out hours)))
            {
                error = "a tier has exactly one of amount (元/月) and hours (小时/月), not negative";
                return false;
            }

            list.Add(new HomeCareTier(statuses, levels, minAge, arrangements, special, hasAmount ? amount : null, hasHours ? hours : null));
        }

        value = new HomeCareTable(hourly, [.. list]);
        return true;
    }
}
