using Governance.Rules.Localization;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.AspNetCore;

/// <summary>Reads the query parameters shared by the endpoints (<c>asOf</c>/<c>at</c> and <c>explain</c>), refusing what they cannot mean.</summary>
internal static class QueryOptions
{
    public static bool TryDate(HttpContext http, string name, LocalDate today, out LocalDate date, out ApiError? error)
    {
        var text = http.Request.Query[name];
        error = null;
        date = today;
        if (text.Count == 0 || string.IsNullOrEmpty(text[0]))
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text[0]!);
        if (text.Count == 1 && parsed.Success)
        {
            date = parsed.Value;
            return true;
        }

        error = new ApiError("QUERY_DATE_INVALID", name, new LocalizedText(
            $"参数 {name} 应为一个存在的日期，写作 yyyy-MM-dd。",
            $"The parameter {name} must be one date that exists, written yyyy-MM-dd."), text.ToString());
        return false;
    }

    public static bool TryFlag(HttpContext http, string name, out bool value, out ApiError? error)
    {
        var text = http.Request.Query[name];
        error = null;
        value = false;
        if (text.Count == 0)
        {
            return true;
        }

        if (text.Count == 1 && (text[0] is "" or "true" or "1"))
        {
            value = true;
            return true;
        }

        if (text.Count == 1 && text[0] is "false" or "0")
        {
            return true;
        }

        error = new ApiError("QUERY_FLAG_INVALID", name, new LocalizedText(
            $"参数 {name} 只能是 true 或 false。",
            $"The parameter {name} must be true or false."), text.ToString());
        return false;
    }
}
