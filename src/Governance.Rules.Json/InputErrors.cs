using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.Json;

/// <summary>One problem reading an input: a stable code, the member path as the user wrote it, and a message.</summary>
/// <param name="Code">The code, for example <c>INPUT_WRONG_TYPE</c>.</param>
/// <param name="Path">The member path as written in the input (<c>person.economicStatuses[0].from</c>); empty for the whole input.</param>
/// <param name="Message">The message in zh-Hans and en, with the line and column.</param>
public sealed record InputProblem(string Code, string Path, LocalizedText Message);

/// <summary>
/// Turns a JSON reading error into the user's terms: the 1-based line and column, the member path as written, the
/// expected type in words — never a .NET type name or a reader option.
/// </summary>
public static class InputErrors
{
    /// <summary>Describes a JSON error met while reading <paramref name="requestType"/> from <paramref name="utf8"/>.</summary>
    /// <param name="error">The error.</param>
    /// <param name="requestType">The type being read.</param>
    /// <param name="utf8">The input bytes (for the column in characters), or empty.</param>
    /// <param name="firstLine">The file line of the input's first line (1 for a whole file; the record's line in a batch file).</param>
    /// <returns>The problem.</returns>
    public static InputProblem Describe(JsonException error, Type requestType, ReadOnlySpan<byte> utf8, long firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(requestType);
        var line = firstLine + (error.LineNumber ?? 0);
        var column = Column(utf8, error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
        var at = (zh: $"第 {line} 行第 {column} 列", en: $"line {line}, column {column}");
        var path = UserPath(error.Path);
        var message = error.Message;
        const string Unmapped = "The JSON property '";
        const string Missing = "missing required properties including: ";
        if (error is InputValueException value)
        {
            var type = MemberType(requestType, path);
            return value.Problem == InputValueException.Kind.DateDoesNotExist
                ? new(
                    "INPUT_DATE_INVALID",
                    path,
                    new($"{at.zh}：{Show(path)}的值“{value.Text}”不是存在的日期，应为{Words(type, false)}。", $"{at.en}: {Show(path, true)}'{value.Text}' is not a date that exists; expected {Words(type, true)}."))
                : WrongType(path, type, at);
        }

        var syntax = error.GetType() != typeof(JsonException) ? error
            : error.InnerException is JsonException inner && inner.GetType() != typeof(JsonException) ? inner
            : null;
        if (syntax is not null)
        {
            // The reader's own errors: the text is not JSON at that point.
            message = syntax.Message;
            var deep = message.Contains("maximum configured depth", StringComparison.Ordinal);
            return new(
                deep ? "INPUT_TOO_DEEP" : "INPUT_NOT_JSON",
                path,
                deep
                    ? new($"{at.zh}：JSON 嵌套超过 {RulesJson.MaxDepth} 层。", $"{at.en}: the JSON is nested deeper than {RulesJson.MaxDepth} levels.")
                    : new($"{at.zh}：不是有效的 JSON（{SyntaxZh(message)}）。", $"{at.en}: not valid JSON ({SyntaxEn(message)})."));
        }

        if (message.StartsWith(Unmapped, StringComparison.Ordinal))
        {
            var name = message[Unmapped.Length..message.IndexOf('\'', Unmapped.Length)];
            var full = path.EndsWith(name, StringComparison.Ordinal) ? path : Join(path, name);
            return new("INPUT_UNKNOWN_MEMBER", full, new($"{at.zh}：未知字段 {full}（请对照 schema 命令给出的字段名）。", $"{at.en}: unknown member {full} (see the member names printed by the schema command)."));
        }

        var missing = message.IndexOf(Missing, StringComparison.Ordinal);
        if (missing >= 0)
        {
            var names = message[(missing + Missing.Length)..].Split(',').Select(n => n.Trim().Trim('.').Trim('\'')).Where(n => n.Length > 0).ToArray();
            var full = string.Join(", ", names.Select(n => Join(path, n)));
            return new("INPUT_MISSING_MEMBER", names.Length > 0 ? Join(path, names[0]) : path, new($"{at.zh}：缺少必填字段 {full}。", $"{at.en}: the required member {full} is missing."));
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("allow", StringComparison.Ordinal))
        {
            return new("INPUT_NULL", path, new($"{at.zh}：{Show(path)}不能为 null，应为{Words(MemberType(requestType, path), false)}。", $"{at.en}: {Show(path, true)}must not be null; expected {Words(MemberType(requestType, path), true)}."));
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return WrongType(path, MemberType(requestType, path), at);
        }

        return new("INPUT_UNREADABLE", path, new($"{at.zh}：{Show(path)}的值无法读取。", $"{at.en}: {Show(path, true)}the value cannot be read."));
    }

    /// <summary>
    /// A validation failure's property path in the request's JSON spelling: <c>Person.EconomicStatuses[0].To</c> becomes
    /// <c>person.economicStatuses[0].to</c> (camelCase, as the schema and the samples write it); keys in brackets are kept.
    /// </summary>
    /// <param name="propertyPath">The path, or null.</param>
    /// <returns>The path as written in JSON.</returns>
    public static string JsonPath(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return string.Empty;
        }

        var text = propertyPath.ToCharArray();
        var bracket = 0;
        for (var i = 0; i < text.Length; i++)
        {
            bracket += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
            if (bracket == 0 && (i == 0 || text[i - 1] == '.') && char.IsAsciiLetterUpper(text[i]))
            {
                text[i] = char.ToLowerInvariant(text[i]);
            }
        }

        return new string(text);
    }

    /// <summary>The member path as the user wrote it: <c>$.person['birth-date'][0]</c> becomes <c>person.birth-date[0]</c>.</summary>
    /// <param name="path">A reader path starting with <c>$</c>, or null.</param>
    /// <returns>The path without <c>$</c>; empty for the whole input.</returns>
    public static string UserPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var text = new StringBuilder(path.Length);
        for (var i = path[0] == '$' ? 1 : 0; i < path.Length; i++)
        {
            if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                text.Append(text.Length > 0 ? "." : string.Empty).Append(path, i + 2, end - i - 2);
                i = end + 1;
            }
            else if (path[i] == '.' && text.Length == 0)
            {
                continue;
            }
            else
            {
                text.Append(path[i]);
            }
        }

        return text.ToString();
    }

    private static InputProblem WrongType(string path, Type? type, (string zh, string en) at) => new(
        "INPUT_WRONG_TYPE",
        path,
        new($"{at.zh}：{Show(path)}的类型不对，应为{Words(type, false)}。", $"{at.en}: {Show(path, true)}has the wrong type; expected {Words(type, true)}."));

    private static string Show(string path, bool en = false) => (path.Length, en) switch
    {
        (0, true) => "the input ",
        (0, false) => "输入",
        (_, true) => path + ": ",
        _ => path + " ",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>The 1-based column in characters of a byte position in a line of <paramref name="utf8"/>.</summary>
    private static long Column(ReadOnlySpan<byte> utf8, long lineIndex, long bytePosition)
    {
        var start = 0;
        for (var l = 0L; l < lineIndex && start < utf8.Length; l++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            start = next < 0 ? utf8.Length : start + next + 1;
        }

        var end = (int)Math.Min(utf8.Length, start + bytePosition);
        if (end <= start)
        {
            return bytePosition + 1;
        }

        var characters = 0;
        foreach (var b in utf8[start..end])
        {
            characters += (b & 0xC0) == 0x80 ? 0 : 1;
        }

        return characters + 1;
    }

    /// <summary>The type of the member at <paramref name="path"/> (<c>person.assessments[0].level</c>) in <paramref name="root"/>, or null when the path leaves the shape.</summary>
    /// <param name="root">The request type.</param>
    /// <param name="path">The member path.</param>
    /// <returns>The member's type, or null.</returns>
    public static Type? MemberType(Type root, string path)
    {
        Type? type = root;
        foreach (var segment in Segments(path))
        {
            if (type is null)
            {
                return null;
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
            var info = RulesJson.Input.GetTypeInfo(type);
            if (segment.Index)
            {
                type = info.ElementType;
            }
            else if (info.Kind == JsonTypeInfoKind.Object)
            {
                type = info.Properties.FirstOrDefault(p => string.Equals(p.Name, segment.Name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            }
            else
            {
                type = info.Kind == JsonTypeInfoKind.Dictionary ? info.ElementType : null;
            }
        }

        return type;
    }

    private static IEnumerable<(bool Index, string Name)> Segments(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket != 0)
            {
                yield return (false, bracket < 0 ? part : part[..bracket]);
            }

            for (var i = bracket; i >= 0; i = part.IndexOf('[', i + 1))
            {
                yield return (true, string.Empty);
            }
        }
    }

    /// <summary>The expected type in words.</summary>
    internal static string Words(Type? type, bool en)
    {
        if (type is null)
        {
            return en ? "a value of the documented type" : "文档规定的类型";
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(LocalDate))
        {
            return en ? "a date yyyy-MM-dd (in quotes)" : "日期 yyyy-MM-dd（带引号）";
        }

        if (type == typeof(YearMonth))
        {
            return en ? "a month yyyy-MM (in quotes)" : "年月 yyyy-MM（带引号）";
        }

        if (type == typeof(bool))
        {
            return en ? "true or false" : "true 或 false";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return en ? "a whole number" : "整数";
        }

        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return en ? "a number" : "数字";
        }

        if (type == typeof(string))
        {
            return en ? "text (in quotes)" : "文本（带引号）";
        }

        if (type.IsEnum)
        {
            var words = string.Join(en ? ", " : "、", Enum.GetNames(type).Select(n => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)));
            return en ? "one of: " + words : "以下之一：" + words;
        }

        var info = RulesJson.Input.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Dictionary => en ? "an object of name: value pairs" : "“名称: 值”形式的对象",
            JsonTypeInfoKind.Enumerable => en ? "a list [ … ]" : "数组 [ … ]",
            JsonTypeInfoKind.Object => en ? "an object { … }" : "对象 { … }",
            _ => en ? "a value of the documented type" : "文档规定的类型",
        };
    }

    private static string SyntaxEn(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut < 0 ? message : message[..cut]).Trim();
        if (text.Contains("Expected end of data", StringComparison.Ordinal))
        {
            return "something follows the end of the record";
        }

        if (text.Contains("end of data", StringComparison.Ordinal) || text.Contains("should be closed", StringComparison.Ordinal))
        {
            return "the record ends before it is complete";
        }

        if (text.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "a comma before a closing bracket";
        }

        if (text.Contains("comment", StringComparison.OrdinalIgnoreCase))
        {
            return "comments are not allowed";
        }

        // Keep the first sentence only: later ones speak of reader settings the user cannot change.
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        return (stop < 0 ? text : text[..stop]).TrimEnd('.');
    }

    private static string SyntaxZh(string message)
    {
        var en = SyntaxEn(message);
        return en switch
        {
            "the record ends before it is complete" => "记录未完整结束",
            "something follows the end of the record" => "记录结束后还有多余内容",
            "a comma before a closing bracket" => "右括号前多了逗号",
            "comments are not allowed" => "不允许注释",
            _ => "此处语法错误：" + en,
        };
    }

    /// <summary>The message of a byte sequence that is not UTF-8, naming the line and column.</summary>
    /// <param name="line">The file line.</param>
    /// <param name="utf8">The line's bytes.</param>
    /// <returns>The problem.</returns>
    public static InputProblem NotUtf8(long line, ReadOnlySpan<byte> utf8)
    {
        var valid = 0;
        while (valid < utf8.Length && Rune.DecodeFromUtf8(utf8[valid..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            valid += consumed;
        }

        var column = Column(utf8, 0, valid);
        return new(
            "INPUT_NOT_UTF8",
            string.Empty,
            new($"第 {line} 行第 {column} 列：不是有效的 UTF-8 字节（请将文件另存为 UTF-8）。", $"line {line}, column {column}: bytes that are not UTF-8 (save the file as UTF-8)."));
    }
}
