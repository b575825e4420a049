using Governance.Rules.Localization;

namespace Governance.Rules.Results;

/// <summary>One reason an input was rejected: a stable code, the property path and a message in zh-Hans and en.</summary>
/// <param name="Code">A stable error code, for example <c>STAFFING_POPULATION_NEGATIVE</c>.</param>
/// <param name="PropertyPath">The path of the offending property, for example <c>Areas[2].UrbanPermanentPopulation</c>.</param>
/// <param name="Message">The message for people.</param>
/// <param name="AttemptedValue">The offending value as text, when there is one.</param>
public sealed record ValidationFailure(string Code, string PropertyPath, LocalizedText Message, string? AttemptedValue = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} {PropertyPath}: {Message.ZhHans}";
}
