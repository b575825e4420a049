using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Governance.Rules.Tool;

/// <summary>The JSON conventions of the tool: camelCase names, enums as camelCase words, ISO dates, strict input.</summary>
internal static class ToolJson
{
    public const int MaxDepth = 32;

    public static readonly JsonSerializerOptions Input = Create(strict: true, indented: false);

    public static readonly JsonSerializerOptions Output = Create(strict: false, indented: true);

    public static readonly JsonSerializerOptions OutputLine = Create(strict: false, indented: false);

    private static JsonSerializerOptions Create(bool strict, bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            MaxDepth = MaxDepth,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = strict ? JsonUnmappedMemberHandling.Disallow : JsonUnmappedMemberHandling.Skip,
            RespectRequiredConstructorParameters = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
