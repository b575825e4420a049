using System.Globalization;

namespace Governance.Rules.Localization;

/// <summary>A message written in Simplified Chinese and in English.</summary>
/// <remarks>
/// Chinese comes first: it is the language of the policies. <see cref="ToString()"/> returns it. Two texts are equal when
/// both languages are equal. A text the library writes into an explanation may be composed on first reading, one language
/// at a time, from figures fixed when it was made: reading it gives the same words on any thread, and a caller who writes
/// one language does not pay for the other.
/// </remarks>
public sealed record LocalizedText
{
    private readonly IComposedText? _composed;
    private string? _zhHans;
    private string? _en;

    /// <summary>Creates a text in both languages.</summary>
    /// <param name="zhHans">The Simplified Chinese text.</param>
    /// <param name="en">The English text.</param>
    /// <exception cref="ArgumentNullException">Either text is null.</exception>
    public LocalizedText(string zhHans, string en)
    {
        _zhHans = Guard.NotNull(zhHans);
        _en = Guard.NotNull(en);
    }

    /// <summary>
    /// A text composed on first reading of each language by <paramref name="composed"/>, which must be immutable and compose
    /// purely (a race between threads then makes equal strings).
    /// </summary>
    internal LocalizedText(IComposedText composed) => _composed = composed;

    /// <summary>The Simplified Chinese text.</summary>
    public string ZhHans => _zhHans ??= _composed!.Compose(Language.ZhHans);

    /// <summary>The English text.</summary>
    public string En => _en ??= _composed!.Compose(Language.En);

    /// <summary>Whether both languages' texts are equal.</summary>
    /// <param name="other">The other text.</param>
    /// <returns>True when both languages are equal, whether each text was made at once or composed on reading.</returns>
    /// <remarks>Two texts composed from the same figures are known to be equal without composing either.</remarks>
    public bool Equals(LocalizedText? other) =>
        ReferenceEquals(this, other) || (other is not null && (SameComposition(other)
            || (string.Equals(ZhHans, other.ZhHans, StringComparison.Ordinal) && string.Equals(En, other.En, StringComparison.Ordinal))));

    /// <summary>Whether both texts are composed on reading by composers known to compose the same words (false when that cannot be told: then the words decide).</summary>
    internal bool SameComposition(LocalizedText other) =>
        _composed is not null && other._composed is not null && _composed.ComposesSameAs(other._composed);

    /// <summary>
    /// A hash of the figures a composed text is made from, equal for texts <see cref="SameComposition"/> finds alike (and
    /// taken without composing); null for a text made at once.
    /// </summary>
    internal int? CompositionHash => _composed?.GetHashCode();

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ZhHans, En);

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

/// <summary>The figures a text is composed from on first reading, one language at a time (see <see cref="LocalizedText"/>).</summary>
/// <remarks>Its hash code must be equal for two compositions <see cref="ComposesSameAs"/> finds alike (a record's own hash code is).</remarks>
internal interface IComposedText
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    string Compose(Language language);

    /// <summary>
    /// Whether <paramref name="other"/> composes the same words as this one in both languages, told from the figures alone
    /// (without composing): true only when that is certain, for example the same kind of text from equal figures that are
    /// written the same (a decimal written with its scale needs equal scales too); false whenever it cannot tell.
    /// </summary>
    bool ComposesSameAs(IComposedText other);
}
