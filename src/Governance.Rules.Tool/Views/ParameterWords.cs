using System.Globalization;
using System.Text.Json;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Results;

namespace Governance.Rules.Tool.Views;

/// <summary>
/// A parameter's value in words for people: numbers with their unit in the reader's language, yes/no, the rule codes
/// the library reads ("ceiling", "march-1") in words, and tables summarised by their size.
/// </summary>
internal static class ParameterWords
{
    /// <summary>Units as the packs write them, in zh-Hans and en. Units that only say what kind of value it is ("rule", "list") print nothing.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> Units = new(StringComparer.Ordinal)
    {
        ["人/万人"] = ("人/万人", "per 10,000 residents"),
        ["人"] = ("人", "people"),
        ["元"] = ("元", "yuan"),
        ["元/年"] = ("元/年", "yuan a year"),
        ["元/月"] = ("元/月", "yuan a month"),
        ["元/餐"] = ("元/餐", "yuan a meal"),
        ["元/月 或 小时/月"] = ("元/月或小时/月", "yuan or hours a month"),
        ["年"] = ("年", "years"),
        ["月"] = ("个月", "months"),
        ["项"] = ("项", "items"),
        ["级"] = ("级", "grades"),
        ["系数"] = (string.Empty, string.Empty),
        ["rule"] = (string.Empty, string.Empty),
        ["list"] = (string.Empty, string.Empty),
        ["map"] = (string.Empty, string.Empty),
        ["share"] = (string.Empty, string.Empty),
        ["body"] = (string.Empty, string.Empty),
        ["MM-dd"] = (string.Empty, string.Empty),
    };

    /// <summary>The rule codes the library reads from packs, in words.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> Codes = new(StringComparer.Ordinal)
    {
        ["ceiling"] = ("向上取整", "round up"),
        ["floor"] = ("向下取整", "round down"),
        ["half-up"] = ("四舍五入", "round half up"),
        ["down"] = ("舍去", "round down"),
        ["up"] = ("进位", "round up"),
        ["march-1"] = ("3月1日", "1 March"),
        ["february-28"] = ("2月28日", "28 February"),
        ["keep-grade-within-range"] = ("保留原等级（限新岗位等级区间内）", "keep the grade, within the new post's range"),
        ["re-place"] = ("按新岗位起始等级重新确定", "re-placed at the new post's entry grade"),
        ["urban-non-private-in-service"] = ("城镇非私营单位在岗职工年平均工资", "average wage of in-service staff of urban non-private units"),
        ["urban-non-private-employed"] = ("城镇非私营单位就业人员年平均工资", "average wage of persons employed in urban non-private units"),
        ["all-urban-units-employed"] = ("全口径城镇单位就业人员年平均工资", "average wage of persons employed in all urban units"),
    };

    /// <summary>The value in words, and whether it is a table summarised by its size (printed in full by <c>params</c>).</summary>
    public static (string Text, bool Summarised) Value(ParameterUse p, Language language)
    {
        var en = language == Language.En;
        using var doc = JsonDocument.Parse(p.Value);
        var v = doc.RootElement;
        var unit = Units.TryGetValue(p.Unit, out var u) ? (en ? u.En : u.Zh) : p.Unit;
        switch (v.ValueKind)
        {
            case JsonValueKind.Number when p.Unit == "月" && p.Name.ZhHans.EndsWith("月份", StringComparison.Ordinal) && v.TryGetInt32(out var m) && m is >= 1 and <= 12:
                // A month of the year (发放月份), not a number of months.
                return (en ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} each year" : $"每年{m}月", false);
            case JsonValueKind.Number:
                var number = v.GetDecimal().ToString(CultureInfo.InvariantCulture);
                return (unit.Length == 0 ? number : en ? $"{number} {unit}" : number + unit, false);
            case JsonValueKind.True:
                return (en ? "yes" : "是", false);
            case JsonValueKind.False:
                return (en ? "no" : "否", false);
            case JsonValueKind.String:
                var s = v.GetString()!;
                if (p.Unit == "MM-dd" && s.Length == 5 && int.TryParse(s.AsSpan(0, 2), CultureInfo.InvariantCulture, out var month) && int.TryParse(s.AsSpan(3, 2), CultureInfo.InvariantCulture, out var day))
                {
                    return (en ? $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} each year" : $"每年{month}月{day}日", false);
                }

                if (s.Length == 11 && s.StartsWith("lunar-", StringComparison.Ordinal)
                    && int.TryParse(s.AsSpan(6, 2), CultureInfo.InvariantCulture, out var lunarMonth) && lunarMonth is >= 1 and <= 12
                    && int.TryParse(s.AsSpan(9, 2), CultureInfo.InvariantCulture, out var lunarDay) && lunarDay is >= 1 and <= 30)
                {
                    // A day of the Chinese lunisolar calendar (lunar-09-09: 农历九月初九, 重阳节).
                    return (en ? $"day {lunarDay} of lunar month {lunarMonth} each year" : $"每年农历{LunarMonthZh(lunarMonth)}{LunarDayZh(lunarDay)}", false);
                }

                return (Code(s, language), false);
            case JsonValueKind.Array:
                var rows = v.GetArrayLength();
                return (en ? $"a table of {rows} rows" : $"表，{rows} 项", true);
            case JsonValueKind.Object:
                if (TryLocalizedName(v, language, out var name))
                {
                    return (name, false);
                }

                var entries = v.EnumerateObject().Count();
                return (en ? $"a table of {entries} entries" : $"表，{entries} 项", true);
            default:
                return (en ? "ended" : "已终止", false);
        }
    }

    private static string LunarMonthZh(int month) => month switch
    {
        1 => "正月",
        11 => "冬月",
        12 => "腊月",
        _ => Numeral(month) + "月",
    };

    private static string LunarDayZh(int day) => day switch
    {
        <= 10 => "初" + Numeral(day),
        < 20 => "十" + Numeral(day - 10),
        20 => "二十",
        < 30 => "廿" + Numeral(day - 20),
        _ => "三十",
    };

    private static string Numeral(int n) => "〇一二三四五六七八九十"[n].ToString();

    /// <summary>A rule code the library reads from packs, in words; an unknown code as it is.</summary>
    public static string Code(string code, Language language) =>
        Codes.TryGetValue(code, out var words) ? (language == Language.En ? words.En : words.Zh) : code;

    /// <summary>A value that is only a name in zh-Hans and en (an approving body, for example).</summary>
    private static bool TryLocalizedName(JsonElement v, Language language, out string name)
    {
        name = string.Empty;
        if (v.EnumerateObject().Count() == 2
            && v.TryGetProperty("zh-Hans", out var zh) && zh.ValueKind == JsonValueKind.String
            && v.TryGetProperty("en", out var en) && en.ValueKind == JsonValueKind.String)
        {
            name = (language == Language.En ? en : zh).GetString()!;
            return true;
        }

        return false;
    }

    public static string Provenance(Provenance provenance, Language language) => (provenance, language) switch
    {
        (Citations.Provenance.Official, Language.En) => "official",
        (Citations.Provenance.Reported, Language.En) => "reported",
        (_, Language.En) => "placeholder, to be confirmed",
        (Citations.Provenance.Official, _) => "正式文本",
        (Citations.Provenance.Reported, _) => "报道转载",
        _ => "占位值，待核实",
    };

    public static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A citation as an office writes it in Chinese (发文机关《题名》（文号）), or its English form; nothing when there is none.</summary>
    public static string Citation(Citations.Citation? citation, Language language) =>
        citation is null ? string.Empty : language == Language.En ? citation.ToString() : citation.ToChinese();

    /// <summary>"自2007年10月1日起" in Chinese, as an office writes an effective date; "from 2007-10-01" in English.</summary>
    public static string InForceFrom(NodaTime.LocalDate date, Language language) => language == Language.En
        ? "from " + Date(date)
        : string.Create(CultureInfo.InvariantCulture, $"自{date.Year}年{date.Month}月{date.Day}日起");
}
