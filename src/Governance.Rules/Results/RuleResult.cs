using NodaTime;

namespace Governance.Rules.Results;

/// <summary>
/// The answer of a rule area: either a complete outcome with its explanation, warnings and stamp, or the
/// validation failures of the input — never half of each.
/// </summary>
/// <typeparam name="TOutcome">The area's typed outcome.</typeparam>
public sealed class RuleResult<TOutcome>
    where TOutcome : class
{
    private RuleResult(
        TOutcome? outcome,
        IReadOnlyList<ValidationFailure> failures,
        ReproducibilityStamp stamp,
        IReadOnlyList<RuleWarning> warnings,
        Explanation explanation)
    {
        Outcome = outcome;
        Failures = failures;
        Stamp = stamp;
        Warnings = warnings;
        Explanation = explanation;
    }

    /// <summary>True when the input was valid and <see cref="Outcome"/> is set.</summary>
    public bool IsValid => Outcome is not null;

    /// <summary>The outcome, or null when the input was rejected.</summary>
    public TOutcome? Outcome { get; }

    /// <summary>Why the input was rejected; empty when valid.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; }

    /// <summary>The as-of date of the evaluation.</summary>
    public LocalDate AsOf => Stamp.AsOf;

    /// <summary>Which pack, library and date produced the result.</summary>
    public ReproducibilityStamp Stamp { get; }

    /// <summary>Placeholders and stale values used, and other cautions.</summary>
    public IReadOnlyList<RuleWarning> Warnings { get; }

    /// <summary>The steps that led to the outcome (empty when no explanation was asked for, or on failure).</summary>
    public Explanation Explanation { get; }

    /// <summary>Returns the outcome or throws with the failures.</summary>
    /// <returns>The outcome.</returns>
    /// <exception cref="InvalidOperationException">The input was rejected.</exception>
    public TOutcome GetOutcomeOrThrow() =>
        Outcome ?? throw new InvalidOperationException("The input was rejected: " + string.Join("; ", Failures));

    internal static RuleResult<TOutcome> Valid(TOutcome outcome, ReproducibilityStamp stamp, IReadOnlyList<RuleWarning> warnings, Explanation explanation) =>
        new(Guard.NotNull(outcome), [], stamp, warnings, explanation);

    internal static RuleResult<TOutcome> Invalid(IReadOnlyList<ValidationFailure> failures, ReproducibilityStamp stamp) =>
        new(null, failures.Count == 0 ? throw new ArgumentException("At least one failure is needed.", nameof(failures)) : failures, stamp, [], Explanation.None);
}
