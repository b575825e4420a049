using System.Runtime.CompilerServices;
using System.Text.Json;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using NodaTime;

namespace Governance.Rules.Json;

/// <summary>
/// The elderly-care fast path for batch work: <see cref="ElderlyCareCalculator.Summarize(ElderlyPerson, LocalDate)"/> for the as-of month — the
/// month total, the number of benefits whose conditions are met, and per benefit the amount due this month and the
/// amount per period. A request with a schedule, or one the summary rejects, goes through the full evaluation.
/// </summary>
internal sealed class ElderlyFastPath : AreaFastPath
{
    private readonly ConditionalWeakTable<RulePack, ElderlyCareCalculator> _calculators = [];

    public override IReadOnlyList<FastColumn> Columns { get; } =
    [
        new("monthTotal", new("本月应发合计", "Total owed for the month"), "元"),
        new("eligibleBenefits", new("符合条件的待遇项数", "Benefits whose conditions are met"), "项"),
        .. ElderlyBenefits.All.Select(b => new FastColumn("due." + b.Code(), new($"{b.Name().ZhHans}·本月应发", $"{b.Name().En}: owed this month"), "元")),
        .. ElderlyBenefits.All.Select(b => new FastColumn("perPeriod." + b.Code(), new($"{b.Name().ZhHans}·每期金额（不符合条件为 0）", $"{b.Name().En}: amount per period (0 when not eligible)"), "元/期")),
    ];

    public override IReadOnlyList<string> Codes { get; } = ["PLACEHOLDER_USED"];

    public override bool TrySummarize(ReadOnlySpan<byte> utf8Json, RulePack pack, LocalDate asOf, Span<decimal> figures, out int codes)
    {
        codes = 0;
        return TryRead(utf8Json, out var request) && TrySummarize(request.Person, pack, asOf, figures, out codes);
    }

    /// <summary>Reads the person once and summarises under both packs (the diff's hot path).</summary>
    public override bool TrySummarize(ReadOnlySpan<byte> utf8Json, RulePack baseline, RulePack reform, LocalDate asOf, Span<decimal> before, Span<decimal> after, out int codesBefore, out int codesAfter) =>
        TrySummarize(utf8Json, baseline, reform, asOf, before, after, out codesBefore, out codesAfter, out _);

    internal override bool TrySummarize(ReadOnlySpan<byte> utf8Json, RulePack baseline, RulePack reform, LocalDate asOf, Span<decimal> before, Span<decimal> after, out int codesBefore, out int codesAfter, out object? request)
    {
        codesBefore = codesAfter = 0;
        request = null;
        if (!TryRead(utf8Json, out var read)
            || !TrySummarize(read.Person, baseline, asOf, before, out codesBefore)
            || !TrySummarize(read.Person, reform, asOf, after, out codesAfter))
        {
            return false;
        }

        request = read;
        return true;
    }

    /// <summary>The request the fast path can answer (a person, no schedule); false for one that needs the full evaluation.</summary>
    private static bool TryRead(ReadOnlySpan<byte> utf8Json, out ElderlyCareRequest request)
    {
        request = null!;
        if (ElderlyRequestReader.TryRead(utf8Json, out var read))
        {
            request = ElderlyCareRequest.For(read!);
            return true;
        }

        // Another spelling or shape: the strict reader decides; a schedule needs the full evaluation.
        ElderlyCareRequest? strict;
        try
        {
            strict = JsonSerializer.Deserialize<ElderlyCareRequest>(utf8Json, RulesJson.Input);
        }
        catch (JsonException)
        {
            return false;
        }

        if (strict?.Person is null || strict.ScheduleFrom is not null || strict.ScheduleTo is not null)
        {
            return false;
        }

        request = strict;
        return true;
    }

    private bool TrySummarize(ElderlyPerson person, RulePack pack, LocalDate asOf, Span<decimal> figures, out int codes)
    {
        codes = 0;
        var calculator = _calculators.GetValue(pack, p => new ElderlyCareCalculator(p, SystemClock.Instance));
        var summary = calculator.Summarize(person, asOf);
        if (summary.Status != ElderlySummaryStatus.Computed)
        {
            return false;
        }

        figures[0] = summary.MonthTotal;
        figures[1] = System.Numerics.BitOperations.PopCount((uint)summary.EligibleMask);
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            figures[2 + i] = summary.Due((ElderlyBenefit)i);
            figures[2 + ElderlyBenefits.Count + i] = summary.AmountPerPeriod((ElderlyBenefit)i);
        }

        codes = summary.UsesPlaceholder ? 1 : 0;
        return true;
    }
}
