using System.Text.Json;
using Governance.Rules.Packs;

namespace Governance.Rules.Compensation;

/// <summary>One published average wage (社会平均工资): its statistical year, caliber, amount and source.</summary>
/// <param name="Year">The statistical year the average describes.</param>
/// <param name="Caliber">The caliber code (see <see cref="WageCalibers"/>).</param>
/// <param name="AnnualAverage">The annual average wage in 元/年.</param>
/// <param name="Source">Where the figure was published, when recorded.</param>
public sealed record ReferenceWage(int Year, string Caliber, decimal AnnualAverage, string? Source)
{
    /// <summary>The jurisdiction a wage belongs to when its entry names none: Suzhou (<c>cn.js.suzhou</c>).</summary>
    public const string DefaultJurisdiction = "cn.js.suzhou";

    /// <summary>The place the average describes (a city or a county-level city), as a jurisdiction code.</summary>
    public string Jurisdiction { get; init; } = DefaultJurisdiction;
}

/// <summary>The published average wages known to a pack, by year and caliber.</summary>
public sealed class ReferenceWageTable
{
    private ReferenceWageTable(IReadOnlyList<ReferenceWage> wages) => Wages = wages;

    /// <summary>The wages in pack order.</summary>
    public IReadOnlyList<ReferenceWage> Wages { get; }

    /// <summary>The wage of <paramref name="year"/> in <paramref name="caliber"/>, or null.</summary>
    /// <param name="year">The statistical year.</param>
    /// <param name="caliber">The caliber code.</param>
    /// <returns>The wage or null.</returns>
    public ReferenceWage? Find(int year, string caliber) => Find(year, caliber, ReferenceWage.DefaultJurisdiction);

    /// <summary>The wage of <paramref name="jurisdiction"/> for <paramref name="year"/> in <paramref name="caliber"/>, or null (never another place's or caliber's).</summary>
    /// <param name="year">The statistical year.</param>
    /// <param name="caliber">The caliber code.</param>
    /// <param name="jurisdiction">The place, for example <c>cn.js.suzhou</c>.</param>
    /// <returns>The wage or null.</returns>
    public ReferenceWage? Find(int year, string caliber, string jurisdiction) =>
        Wages.FirstOrDefault(w => w.Year == year && string.Equals(w.Caliber, caliber, StringComparison.Ordinal) && string.Equals(w.Jurisdiction, jurisdiction, StringComparison.Ordinal));


    internal static bool TryRead(JsonElement json, out ReferenceWageTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {year, caliber, annualAverage, source?}";
            return false;
        }

        var list = new List<ReferenceWage>();
        foreach (var item in json.EnumerateArray())
        {
            var hasSource = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("source", out _);
            var hasPlace = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("jurisdiction", out _);
            string[] fields = hasSource && hasPlace ? ["year", "caliber", "annualAverage", "source", "jurisdiction"]
                : hasSource ? ["year", "caliber", "annualAverage", "source"]
                : hasPlace ? ["year", "caliber", "annualAverage", "jurisdiction"]
                : ["year", "caliber", "annualAverage"];
            if (!PayJson.Exactly(item, fields)
                || !item.GetProperty("year").TryInt32(out var year) || year is < PayLimits.MinYear or > PayLimits.MaxYear
                || !PayJson.String(item, "caliber", out var caliber)
                || item.GetProperty("annualAverage").ValueKind != JsonValueKind.Number || !item.GetProperty("annualAverage").TryGetDecimal(out var amount) || amount <= 0m)
            {
                error = "each wage is exactly {year (1949–2200), caliber, annualAverage (positive), source?, jurisdiction?}";
                return false;
            }

            if (!WageCalibers.All.Contains(caliber, StringComparer.Ordinal))
            {
                error = $"unknown caliber '{caliber}'; expected one of: {string.Join(", ", WageCalibers.All)}";
                return false;
            }

            string? source = null;
            if (hasSource && !PayJson.String(item, "source", out source))
            {
                error = "source must be a string";
                return false;
            }

            var place = ReferenceWage.DefaultJurisdiction;
            if (hasPlace && !PayJson.String(item, "jurisdiction", out place))
            {
                error = "jurisdiction must be a string such as cn.js.suzhou";
                return false;
            }

            if (list.Any(w => w.Year == year && w.Caliber == caliber && w.Jurisdiction == place))
            {
                error = $"the {caliber} wage of {place} for {year} appears twice";
                return false;
            }

            list.Add(new ReferenceWage(year, caliber, amount, source) { Jurisdiction = place });
        }

        value = new ReferenceWageTable(list);
        error = null;
        return true;
    }
}
