using NodaTime;

namespace Governance.Rules.Results;

/// <summary>How to evaluate: on which date, and whether to build the explanation.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The default: today (from the injected clock, China time) with an explanation.</summary>
    public static readonly EvaluationOptions Default = new();

    /// <summary>The as-of date; null means today in China time (Asia/Shanghai) from the evaluator's clock.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Whether to build the explanation (default true). Warnings and the stamp are always given.</summary>
    public bool Explain { get; init; } = true;

    /// <summary>Options for a date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="explain">Whether to explain.</param>
    /// <returns>The options.</returns>
    public static EvaluationOptions On(LocalDate asOf, bool explain = true) => new() { AsOf = asOf, Explain = explain };
}
