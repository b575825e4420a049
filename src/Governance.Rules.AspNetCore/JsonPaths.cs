using System.Text;

namespace Governance.Rules.AspNetCore;

/// <summary>Turns the library's property paths (<c>Person.EconomicStatuses[0].To</c>) into JSON member paths as the caller wrote them (<c>person.economicStatuses[0].to</c>).</summary>
internal static class JsonPaths
{
    public static string FromProperty(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath) || propertyPath == "$")
        {
            return "$";
        }

        var text = new StringBuilder(propertyPath.Length);
        var start = true;
        foreach (var c in propertyPath)
        {
            text.Append(start && char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
            start = c is '.' or ']';
        }

        return text.ToString();
    }

    /// <summary>A System.Text.Json path (<c>$.person.birthDate</c>, <c>$['x']</c>) without its root marker.</summary>
    public static string FromReader(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
