using System.Globalization;

namespace Governance.Rules.Localization;

/// <summary>A message written in Simplified Chinese and in English.</summary>
/// <remarks>Chinese comes first: it is the language of the policies. <see cref="ToString()"/> returns it.</remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text in both languages.</summary>
    /// <param name="zhHans">The Simplified Chinese text.</param>
    /// <param name="en">The English text.</param>
    /// <exception cref="ArgumentNullException">Either text is null.</exception>
    public LocalizedText(string zhHans, string en)
    {
        ZhHans = Guard.NotNull(zhHans);
        En = Guard.NotNull(en);
    }

    /// <summary>The Simplified Chinese text.</summary>
    public string ZhHans { get; }

    /// <summary>The English text.</summary>
    public string En { get; }

    /// <summary>The text in <paramref name="language"/>.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text in that language.</returns>
    public string Get(Language language) => language == Language.En ? En : ZhHans;

    /// <summary>Formats both templates with the invariant culture, whatever the current culture is.</summary>
    /// <param name="args">The values for the template's placeholders.</param>
    /// <returns>A new text with the placeholders filled.</returns>
    public LocalizedText Format(params object?[] args) =>
        new(string.Format(CultureInfo.InvariantCulture, ZhHans, args), string.Format(CultureInfo.InvariantCulture, En, args));

    /// <inheritdoc />
    public override string ToString() => ZhHans;
}
