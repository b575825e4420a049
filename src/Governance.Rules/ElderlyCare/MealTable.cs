using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>The 助餐 subsidy: an amount per meal, for at most a number of meals a month.</summary>
/// <param name="MinAge">The lowest age.</param>
/// <param name="PerMeal">The subsidy per meal (元/餐).</param>
/// <param name="MaxMealsPerMonth">The most meals subsidised a month.</param>
public sealed record MealTable(int MinAge, decimal PerMeal, int MaxMealsPerMonth)
{
    internal static bool TryRead(JsonElement json, out MealTable value, out string? error)
    {
        value = null!;
        if (!PackJson.Fields(json, out error, "minAge", "perMeal", "maxMealsPerMonth") || !PackJson.Int(json, "minAge", 0, 150, out var min)
            || !PackJson.Money(json, "perMeal", out var per) || !PackJson.Int(json, "maxMealsPerMonth", 0, 200, out var max))
        {
            error ??= "expected {minAge, perMeal, maxMealsPerMonth 0..200}";
            return false;
        }

        value = new MealTable(min, per, max);
        return true;
    }
}
