using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Governance.Rules.Json;

/// <summary>The JSON conventions for requests, outcomes and case files: camelCase names, enums as kebab-case words, ISO dates.</summary>
public static class RulesJson
{
    /// <summary>The deepest nesting accepted in any input.</summary>
    public const int MaxDepth = 32;

    /// <summary>Strict options for reading inputs: unknown members, comments and trailing commas are errors.</summary>
    public static JsonSerializerOptions Input { get; } = Create(strict: true, indented: false);

    /// <summary>Options for writing results on one line (batch output).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(strict: false, indented: false);

    /// <summary>Options for writing results for people to read.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(strict: false, indented: true);

    private static JsonSerializerOptions Create(bool strict, bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            MaxDepth = MaxDepth,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = strict ? JsonUnmappedMemberHandling.Disallow : JsonUnmappedMemberHandling.Skip,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        // Dates first, so a date that does not exist is a JSON error with its member path (NodaTime's own converters throw format errors).
        options.Converters.Add(new InputPatternConverter<LocalDate>(NodaTime.Text.LocalDatePattern.Iso));
        options.Converters.Add(new InputPatternConverter<YearMonth>(NodaTime.Text.YearMonthPattern.Iso));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
