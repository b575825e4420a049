using System.Globalization;
using FluentValidation;
using Governance.Rules.Localization;
using Governance.Rules.Results;

namespace Governance.Rules.Validation;

/// <summary>Glue between FluentValidation and the library's bilingual, coded failures.</summary>
internal static class ValidationExtensions
{
    /// <summary>Gives a rule the code and bilingual messages of <paramref name="error"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="error">The error descriptor.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IRuleBuilderOptions<T, TProperty> WithError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, ErrorDescriptor error)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(error);
        return rule.WithErrorCode(error.Code).WithMessage(error.ZhHans).WithState(_ => error);
    }

    /// <summary>
    /// Converts FluentValidation's result to the library's failures, formatting both languages invariantly and naming each
    /// field in the domain's words (see <see cref="FieldNames"/>).
    /// </summary>
    /// <typeparam name="TRequest">The validated request type, where the property paths start.</typeparam>
    /// <param name="result">The FluentValidation result.</param>
    /// <returns>The failures (empty when valid).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<ValidationFailure> ToFailures<TRequest>(this FluentValidation.Results.ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsValid)
        {
            return [];
        }

        var failures = new List<ValidationFailure>(result.Errors.Count);
        foreach (var e in result.Errors)
        {
            var attempted = e.AttemptedValue switch
            {
                null => null,
                string s => s,
                IFormattable f => Invariant(f),
                _ => null,
            };
            LocalizedText message;
            if (e.CustomState is ErrorDescriptor d)
            {
                var (zh, en) = FieldNames.Fill(d, typeof(TRequest).Name, e.PropertyName);
                message = new LocalizedText(Fill(zh, e, attempted), Fill(en, e, attempted));
            }
            else
            {
                message = new LocalizedText(e.ErrorMessage, e.ErrorMessage);
            }

            failures.Add(new ValidationFailure(e.ErrorCode, e.PropertyName, message, attempted));
        }

        return failures;
    }

    /// <summary>
    /// A value as text in every culture alike: dates yyyy-MM-dd, numbers and enum values with no name with the ASCII minus
    /// sign (an enum formats its number with the current culture, which under ar-SA prefixes U+061C).
    /// </summary>
    internal static string Invariant(IFormattable value) => value switch
    {
        NodaTime.LocalDate date => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        Enum e => EnumText(e),
        _ => value.ToString(null, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// An enum value by its name, or by its names joined for defined flags ("A, B"); a value with no name (an undefined
    /// value, or flags holding an undefined bit) by its number, written invariantly. The library's enum members are named
    /// in ASCII letters, so a text that does not start with one is a number (a digit, a minus sign, or U+061C under ar-SA).
    /// </summary>
    private static string EnumText(Enum e)
    {
        var text = e.ToString();
        return char.IsAsciiLetter(text[0]) ? text : Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    private static string Fill(string template, FluentValidation.Results.ValidationFailure e, string? attempted)
    {
        var text = template.Replace("{PropertyValue}", attempted ?? string.Empty, StringComparison.Ordinal);
        if (e.FormattedMessagePlaceholderValues is { } values)
        {
            foreach (var (key, value) in values)
            {
                if (key is "PropertyName" or "PropertyValue" or "PropertyPath")
                {
                    continue;
                }

                var shown = value is IFormattable f ? Invariant(f) : value?.ToString() ?? string.Empty;
                text = text.Replace("{" + key + "}", shown, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
