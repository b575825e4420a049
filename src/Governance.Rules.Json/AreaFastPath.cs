using Governance.Rules.Localization;
using Governance.Rules.Packs;
using NodaTime;

namespace Governance.Rules.Json;

/// <summary>A figure of an area's fast path: its key, name and unit (written once at the head of a batch, not per record).</summary>
/// <param name="Key">The key, for example <c>monthTotal</c> or <c>due.age-90-99</c>.</param>
/// <param name="Name">The name in zh-Hans and en.</param>
/// <param name="Unit">The unit, for example <c>元</c>.</param>
public sealed record FastColumn(string Key, LocalizedText Name, string Unit);

/// <summary>
/// The allocation-light summary of one record for batch work: a fixed row of figures and codes instead of a full
/// result. Records the fast path cannot answer (invalid input, or a request for what only the full evaluation gives)
/// go through <see cref="AreaAdapter.Run(ReadOnlySpan{byte}, long, RulePack, IClock, Results.EvaluationOptions, Language)"/>.
/// </summary>
public abstract class AreaFastPath
{
    /// <summary>The figures of a summary, in the order <see cref="TrySummarize"/> writes them.</summary>
    public abstract IReadOnlyList<FastColumn> Columns { get; }

    /// <summary>The codes a summary may carry, by bit (bit 0 is the first).</summary>
    public abstract IReadOnlyList<string> Codes { get; }

    /// <summary>Reads one request and summarises it on <paramref name="asOf"/>.</summary>
    /// <param name="utf8Json">The request as UTF-8 JSON.</param>
    /// <param name="pack">The pack.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="figures">Receives the figures (length at least <see cref="Columns"/>.Count).</param>
    /// <param name="codes">Receives the codes as bits of <see cref="Codes"/>.</param>
    /// <returns>False when the record must go through the full evaluation (which then says why).</returns>
    public abstract bool TrySummarize(ReadOnlySpan<byte> utf8Json, RulePack pack, LocalDate asOf, Span<decimal> figures, out int codes);
}
