using System.Collections.Frozen;
using System.Globalization;

namespace Governance.Rules.Catalogues;

/// <summary>
/// Normalises catalogue names, aliases and free-text requests so that matching ignores how a word is typed:
/// full-width and half-width forms, spacing, punctuation, letter case, and traditional versus simplified forms
/// of the characters the catalogues use.
/// </summary>
/// <remarks>
/// The traditional → simplified map covers the characters that occur in the embedded catalogues' names and
/// aliases (for example 無→无, 記→记, 錄→录, 證→证, 關→关, 係→系); it is a spelling table, not policy. Characters
/// outside the map are kept as they are. Normalisation is culture-invariant.
/// </remarks>
public static class CatalogueText
{
    /// <summary>The longest free text accepted for matching, in characters.</summary>
    public const int MaxLength = 200;

    // Pairs: traditional (or variant) form followed by its simplified form.
    private const string Pairs =
        "無无記记錄录証证證证關关係系親亲屬属戶户戸户項项內内變变請请養养區区復复員员況况蹤踪狀状態态殘残業业個个檔档財财產产産产遺遗" +
        "繼继權权場场體体張张據据繳缴費费轉转學学訊讯資资歷历獨独與与書书醫医療疗開开單单難难貧贫齡龄為为會会務务辦办並并黨党" +
        "報报饋馈審审查查養养撫抚能能動动參参加加覽览驗验執执結结婚婚離离愛爱犬犬衛卫鄉乡鎮镇鄰邻裡里裏里門门門门歲岁壽寿災灾" +
        "傷伤亡亡險险禍祸處处災灾際际號号碼码陳陈廢废牽牵託托聯联絡络務务認认課课職职稅税徵征收收營营銷销補补償偿貸贷標标評评" +
        "選选範范創创優优紀纪礙碍傳传統统監监測测臺台賬账簽签點点擾扰";

    private static readonly FrozenDictionary<char, char> TraditionalToSimplified = BuildMap();

    /// <summary>A bit per UTF-16 code unit: set for the characters <see cref="TraditionalToSimplified"/> maps.</summary>
    private static readonly ulong[] Traditional = BuildBits(TraditionalToSimplified.Keys);

    /// <summary>Normalises <paramref name="text"/> (see the remarks of <see cref="CatalogueText"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text; empty when nothing but spacing and punctuation remains.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Normalize(string text)
    {
        Guard.NotNull(text);
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Normalize(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Normalises <paramref name="text"/> into <paramref name="destination"/> without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">A buffer at least as long as <paramref name="text"/>.</param>
    /// <returns>The number of characters written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="text"/>.</exception>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            throw new ArgumentException("The destination is shorter than the text.", nameof(destination));
        }

        var n = 0;
        foreach (var raw in text)
        {
            var c = raw;
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                // A CJK ideograph is a letter without case: only the traditional → simplified map applies.
                destination[n++] = (Traditional[c >> 6] & (1UL << c)) != 0 ? TraditionalToSimplified[c] : c;
                continue;
            }

            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0); // full-width ASCII → half-width
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.SpaceSeparator or UnicodeCategory.Format)
            {
                continue;
            }

            if (TraditionalToSimplified.TryGetValue(c, out var simplified))
            {
                c = simplified;
            }

            destination[n++] = char.ToLowerInvariant(c);
        }

        return n;
    }

    /// <summary>Whether <see cref="Normalize(ReadOnlySpan{char}, Span{char})"/> would keep any character of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when something other than spacing, control characters, punctuation and symbols remains.</returns>
    internal static bool HasText(ReadOnlySpan<char> text)
    {
        Span<char> one = stackalloc char[1];
        for (var i = 0; i < text.Length; i++)
        {
            if (Normalize(text.Slice(i, 1), one) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> holds a control character (other than none at all).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether a control character occurs.</returns>
    internal static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong[] BuildBits(IEnumerable<char> chars)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in chars)
        {
            bits[c >> 6] |= 1UL << c;
        }

        return bits;
    }

    private static FrozenDictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            if (Pairs[i] != Pairs[i + 1])
            {
                map[Pairs[i]] = Pairs[i + 1];
            }
        }

        return map.ToFrozenDictionary();
    }
}
