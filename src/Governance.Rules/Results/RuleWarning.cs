using Governance.Rules.Localization;

namespace Governance.Rules.Results;

/// <summary>Something the reader of a result must know: a placeholder was used, a value is old, a caliber differs.</summary>
/// <param name="Code">A stable code: <see cref="PlaceholderUsed"/>, <see cref="StaleValue"/>, or an area's own.</param>
/// <param name="Message">The warning for people.</param>
/// <param name="ParameterKey">The parameter or list item concerned, when there is one.</param>
public sealed record RuleWarning(string Code, LocalizedText Message, string? ParameterKey = null)
{
    /// <summary>A value used is a placeholder and needs local confirmation.</summary>
    public const string PlaceholderUsed = "PLACEHOLDER_USED";

    /// <summary>A value used was last confirmed long ago.</summary>
    public const string StaleValue = "STALE_VALUE";
}
