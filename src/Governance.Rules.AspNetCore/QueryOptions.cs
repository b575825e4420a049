using Governance.Rules.Localization;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// Reads the query parameters shared by the endpoints (<c>asOf</c>/<c>at</c> and <c>explain</c>), refusing what they cannot mean.
/// The usual query (absent, or one plain value such as <c>?asOf=2026-06-01</c>) is read straight from the query string;
/// anything else (escapes, a name given twice, a value that is not a plain date) goes through the query collection, which
/// answers as it always did.
/// </summary>
internal static class QueryOptions
{
    /// <summary>Reads the date <paramref name="name"/>; absent or empty, it is today in China (the clock is asked only then).</summary>
    public static bool TryDate(HttpContext http, string name, GovernanceRulesApi api, out LocalDate date, out ApiError? error)
    {
        error = null;
        if (TryFind(http.Request.QueryString.Value, name, out _, out var plain))
        {
            if (plain.IsEmpty)
            {
                date = api.Today;
                return true;
            }

            if (TryIsoDate(plain, out date))
            {
                return true;
            }
        }

        var text = http.Request.Query[name];
        if (text.Count == 0 || string.IsNullOrEmpty(text[0]))
        {
            date = api.Today;
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text[0]!);
        if (text.Count == 1 && parsed.Success)
        {
            date = parsed.Value;
            return true;
        }

        date = default;
        error = new ApiError("QUERY_DATE_INVALID", name, new LocalizedText(
            $"参数 {name} 应为一个存在的日期，写作 yyyy-MM-dd。",
            $"The parameter {name} must be one date that exists, written yyyy-MM-dd."), text.ToString());
        return false;
    }

    public static bool TryFlag(HttpContext http, string name, out bool value, out ApiError? error)
    {
        error = null;
        value = false;
        if (TryFind(http.Request.QueryString.Value, name, out var present, out var plain))
        {
            var span = plain.Span;
            if (!present || span.SequenceEqual("false") || span.SequenceEqual("0"))
            {
                return true;
            }

            if (span.IsEmpty || span.SequenceEqual("true") || span.SequenceEqual("1"))
            {
                value = true;
                return true;
            }
        }

        var text = http.Request.Query[name];
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

    /// <summary>
    /// Finds <paramref name="name"/> in a query string that needs no decoding (no <c>%</c> or <c>+</c>) as the query
    /// collection finds it: pairs split at <c>&amp;</c>, names compared ignoring case, a name without <c>=</c> present with
    /// the empty value. False when the string needs decoding or gives the name more than once: the query collection then decides.
    /// </summary>
    internal static bool TryFind(string? query, string name, out bool present, out ReadOnlyMemory<char> value)
    {
        present = false;
        value = ReadOnlyMemory<char>.Empty;
        if (string.IsNullOrEmpty(query))
        {
            return true;
        }

        if (query.AsSpan().IndexOfAny('%', '+') >= 0)
        {
            return false;
        }

        var start = query[0] == '?' ? 1 : 0;
        while (start <= query.Length)
        {
            var end = query.IndexOf('&', start);
            if (end < 0)
            {
                end = query.Length;
            }

            var pair = query.AsMemory(start, end - start);
            var equals = pair.Span.IndexOf('=');
            var key = equals < 0 ? pair.Span : pair.Span[..equals];
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                if (present)
                {
                    return false;
                }

                present = true;
                value = equals < 0 ? ReadOnlyMemory<char>.Empty : pair[(equals + 1)..];
            }

            start = end + 1;
        }

        return true;
    }

    /// <summary>A date written exactly <c>yyyy-MM-dd</c> with a year from 0001 that exists in the ISO calendar; false for anything else.</summary>
    internal static bool TryIsoDate(ReadOnlyMemory<char> text, out LocalDate date)
    {
        date = default;
        var s = text.Span;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
