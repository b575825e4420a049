using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Governance.Rules.Packs;

/// <summary>Checks on whole pack documents and their dates that the typed readers do not make.</summary>
internal static class PackDates
{
    /// <summary>Why <paramref name="date"/> cannot be a pack date, or null when it lies in <see cref="RulePackLimits"/>' window.</summary>
    public static string? OutOfRange(LocalDate date) =>
        date >= RulePackLimits.EarliestDate && date <= RulePackLimits.LatestDate
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the date {date:uuuu-MM-dd} is outside {RulePackLimits.EarliestDate:uuuu-MM-dd} to {RulePackLimits.LatestDate:uuuu-MM-dd}, the dates a pack may use");

    /// <summary>The same check for a publication date written yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public static string? PublishedOutOfRange(string published)
    {
        var year = int.Parse(published.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        return year < RulePackLimits.EarliestDate.Year || year > RulePackLimits.LatestDate.Year
            ? string.Create(CultureInfo.InvariantCulture, $"the year {year} is outside {RulePackLimits.EarliestDate.Year} to {RulePackLimits.LatestDate.Year}, the years a pack may use")
            : null;
    }

    /// <summary>Reports every member name that appears twice in one object, at any depth of <paramref name="element"/>.</summary>
    public static void DuplicateKeys(JsonElement element, string source, string path, List<PackLoadError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var at = JsonPaths.Property(path, property.Name);
                    if (!seen.Add(property.Name))
                    {
                        errors.Add(new PackLoadError("PACK_DUPLICATE_FIELD", source, at, $"field '{property.Name}' appears twice in the same object; only one may be given"));
                        continue;
                    }

                    DuplicateKeys(property.Value, source, at, errors);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    DuplicateKeys(item, source, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", errors);
                }

                break;
        }
    }
}
