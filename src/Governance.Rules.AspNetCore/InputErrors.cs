using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Rules.Localization;
using NodaTime.Text;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// Turns a failure to read JSON into an <see cref="ApiError"/> in the caller's terms: the member path and what is wrong,
/// in zh-Hans and en, never the reader's message (which names .NET types).
/// </summary>
internal static partial class InputErrors
{
    public static ApiError NotJson(JsonException ex, int maxDepth, long? recordLine = null)
    {
        var line = recordLine ?? (ex.LineNumber ?? 0) + 1;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        return ex.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
            ? new ApiError(Problems.InputUnreadable, JsonPaths.FromReader(ex.Path), new LocalizedText(
                $"JSON 嵌套超过 {maxDepth} 层（第 {line} 行）。",
                $"The JSON is nested deeper than {maxDepth} levels (line {line})."))
            : new ApiError(Problems.InputUnreadable, "$", new LocalizedText(
                $"请求不是有效的 JSON（第 {line} 行第 {position} 个字节附近）。请检查引号、逗号和括号，且不要使用注释。",
                $"The request is not valid JSON (near line {line}, byte {position}). Check quotes, commas and brackets; comments are not allowed."));
    }

    /// <summary>A JSON document that does not map onto the area's request.</summary>
    public static ApiError Unmapped(JsonException ex, JsonElement input)
    {
        var path = JsonPaths.FromReader(ex.Path);
        var message = ex.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal) && Quoted().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups[1].Value;
            return new ApiError(Problems.InputUnreadable, Join(path, name), new LocalizedText(
                $"不认识的字段“{name}”。请对照接口文档检查字段名（区分大小写）。",
                $"Unknown member '{name}'. Check the member name against the API document (names are case-sensitive)."));
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = string.Join(", ", Quoted().Matches(message).Skip(1).Select(m => m.Groups[1].Value));
            return new ApiError(Problems.InputUnreadable, path, new LocalizedText(
                $"缺少必填字段：{names}。",
                $"Required member(s) missing: {names}."));
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("allow", StringComparison.OrdinalIgnoreCase))
        {
            return new ApiError(Problems.InputUnreadable, path, new LocalizedText("此处不能为 null。", "This value cannot be null."));
        }

        if (FindBadDate(input, "$") is not null)
        {
            return BadDate(input);
        }

        return new ApiError(Problems.InputUnreadable, path, new LocalizedText(
            "此处的值类型或写法不对：数字不加引号，日期写作 yyyy-MM-dd，月份写作 yyyy-MM，选项须是接口文档列出的值之一。",
            "This value has the wrong type or form: numbers without quotes, dates as yyyy-MM-dd, months as yyyy-MM, and choices from the values the API document lists."));
    }

    /// <summary>A date or month that is well formed but does not exist (for example 1950-02-30): the first such value's path.</summary>
    public static ApiError BadDate(JsonElement input)
    {
        var (path, value) = FindBadDate(input, "$") ?? ("$", string.Empty);
        return new ApiError(Problems.InputUnreadable, JsonPaths.FromReader(path), new LocalizedText(
            $"日期“{value}”不存在或写法不对，应为 yyyy-MM-dd（月份为 yyyy-MM）。",
            $"The date '{value}' does not exist or is not in the form yyyy-MM-dd (months: yyyy-MM)."), value);
    }

    private static (string Path, string Value)? FindBadDate(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (FindBadDate(p.Value, path + "." + p.Name) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindBadDate(item, $"{path}[{i++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (DateLike().IsMatch(text) && !LocalDatePattern.Iso.Parse(text).Success && !YearMonthPattern.Iso.Parse(text).Success)
                {
                    return (path, text);
                }

                return null;
            default:
                return null;
        }
    }

    private static string Join(string path, string name) => path == "$" ? name : path.EndsWith("." + name, StringComparison.Ordinal) ? path : path + "." + name;

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*[+-]?\d{1,6}-\d{1,2}(-\d{1,2})?")]
    private static partial Regex DateLike();
}
