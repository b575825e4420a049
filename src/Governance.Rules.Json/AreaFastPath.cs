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
    /// <summary>The figures of a summary, in the order <see cref="TrySummarize(ReadOnlySpan{byte}, RulePack, LocalDate, Span{decimal}, out int)"/> writes them.</summary>
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

    /// <summary>
    /// Reads one request once and summarises it under two packs on <paramref name="asOf"/> (a baseline and a reform, for a
    /// diff). By default two calls of <see cref="TrySummarize(ReadOnlySpan{byte}, RulePack, LocalDate, Span{decimal}, out int)"/>; an area whose reading costs more than its summary
    /// overrides it to read once.
    /// </summary>
    /// <param name="utf8Json">The request as UTF-8 JSON.</param>
    /// <param name="baseline">The first pack.</param>
    /// <param name="reform">The second pack.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="before">Receives the figures under <paramref name="baseline"/>.</param>
    /// <param name="after">Receives the figures under <paramref name="reform"/>.</param>
    /// <param name="codesBefore">Receives the codes under <paramref name="baseline"/>.</param>
    /// <param name="codesAfter">Receives the codes under <paramref name="reform"/>.</param>
    /// <returns>False when the record must go through the full evaluation under either pack.</returns>
    public virtual bool TrySummarize(ReadOnlySpan<byte> utf8Json, RulePack baseline, RulePack reform, LocalDate asOf, Span<decimal> before, Span<decimal> after, out int codesBefore, out int codesAfter)
    {
        codesAfter = 0;
        return TrySummarize(utf8Json, baseline, asOf, before, out codesBefore)
            && TrySummarize(utf8Json, reform, asOf, after, out codesAfter);
    }

    /// <summary>
    /// As the two-pack <c>TrySummarize</c>, and hands back the request it read (or null), so that a record found to have
    /// changed is evaluated in full without being read twice more.
    /// </summary>
    internal virtual bool TrySummarize(ReadOnlySpan<byte> utf8Json, RulePack baseline, RulePack reform, LocalDate asOf, Span<decimal> before, Span<decimal> after, out int codesBefore, out int codesAfter, out object? request)
    {
        request = null;
        return TrySummarize(utf8Json, baseline, reform, asOf, before, after, out codesBefore, out codesAfter);
    }
}
