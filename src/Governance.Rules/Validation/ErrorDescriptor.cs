using Governance.Rules.Localization;

namespace Governance.Rules.Validation;

/// <summary>A validation error: its stable code and its message templates in zh-Hans and en.</summary>
/// <remarks>
/// Templates may use <c>{PropertyName}</c> (the property path), <c>{PropertyValue}</c> and any placeholder
/// FluentValidation supplies (for example <c>{ComparisonValue}</c>). Formatting is culture-invariant.
/// </remarks>
/// <param name="Code">The stable code.</param>
/// <param name="ZhHans">The Simplified Chinese template.</param>
/// <param name="En">The English template.</param>
public sealed record ErrorDescriptor(string Code, string ZhHans, string En)
{
    /// <summary>The templates as a localized text.</summary>
    public LocalizedText Text => new(ZhHans, En);
}
