using Governance.Rules.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Governance.Rules.AspNetCore;

/// <summary>Chooses the language of a response from the <c>Accept-Language</c> header: zh-Hans unless English is preferred.</summary>
internal static class RequestLanguage
{
    public static Language Of(HttpRequest request)
    {
        var header = request.Headers.AcceptLanguage;
        if (header.Count == 0)
        {
            return Language.ZhHans;
        }

        if (!StringWithQualityHeaderValue.TryParseList(header, out var values))
        {
            return Language.ZhHans;
        }

        Language? best = null;
        var bestQuality = -1.0;
        foreach (var value in values)
        {
            var tag = value.Value.Value ?? string.Empty;
            Language? language = tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En
                : tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || tag == "*" ? Language.ZhHans
                : null;
            var quality = value.Quality ?? 1.0;
            if (language is not null && quality > 0 && quality > bestQuality)
            {
                best = language;
                bestQuality = quality;
            }
        }

        return best ?? Language.ZhHans;
    }

    /// <summary>The BCP 47 tag of a language (<c>zh-Hans</c> or <c>en</c>).</summary>
    public static string Tag(Language language) => language == Language.En ? "en" : "zh-Hans";
}
