using System.Globalization;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.Validation;

/// <summary>A validation error: its stable code and its message templates in zh-Hans and en.</summary>
/// <remarks>
/// Templates may use <c>{PropertyName}</c> (the field's name in the domain's words, 每月助餐次数 or "the number of
/// assisted meals a month"; the property path only where the library has no name for it), <c>{PropertyValue}</c> and
/// any placeholder FluentValidation supplies (for example <c>{ComparisonValue}</c>). Formatting is culture-invariant.
/// </remarks>
/// <param name="Code">The stable code.</param>
/// <param name="ZhHans">The Simplified Chinese template.</param>
/// <param name="En">The English template.</param>
public sealed record ErrorDescriptor(string Code, string ZhHans, string En)
{
    /// <summary>The templates as a localized text.</summary>
    public LocalizedText Text => new(ZhHans, En);

    /// <summary>
    /// A failure of this kind at <paramref name="propertyPath"/>, with <c>{PropertyName}</c> and <c>{PropertyValue}</c> filled:
    /// <c>{PropertyName}</c> with the name of the field at the path, where the request types that have the path name it
    /// alike; otherwise with the path.
    /// </summary>
    /// <param name="propertyPath">The property path (<c>Person.MealsPerMonth</c>, <c>Workers[0].Id</c>).</param>
    /// <param name="value">The offending value as text, if any.</param>
    /// <returns>The failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="propertyPath"/> is null.</exception>
    public ValidationFailure For(string propertyPath, string? value)
    {
        ArgumentNullException.ThrowIfNull(propertyPath);
        var (zh, en) = FieldNames.Fill(this, null, propertyPath);
        string Fill(string template) => template.Replace("{PropertyValue}", value ?? string.Empty, StringComparison.Ordinal);
        return new ValidationFailure(Code, propertyPath, new LocalizedText(Fill(zh), Fill(en)), value);
    }

    /// <summary>A failure of this kind about the as-of date (property path <c>AsOf</c>, the date written yyyy-MM-dd).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The failure.</returns>
    public ValidationFailure ForAsOf(LocalDate asOf) => For("AsOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
