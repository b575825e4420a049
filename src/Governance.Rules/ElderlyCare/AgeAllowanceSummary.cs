namespace Governance.Rules.ElderlyCare;

/// <summary>The 尊老金 of one person in one month from the dedicated allocation-free fast path (no explanation).</summary>
public readonly struct AgeAllowanceSummary
{
    internal AgeAllowanceSummary(ElderlySummaryStatus status, decimal due, int eligible, bool placeholder)
    {
        Status = status;
        Due = due;
        EligibleMask = eligible;
        UsesPlaceholder = placeholder;
    }

    /// <summary>Whether the summary was computed; when not, every figure is zero.</summary>
    public ElderlySummaryStatus Status { get; }

    /// <summary>The 尊老金 owed for the month (元): the bands met, a yearly amount in its payment month, the 重阳节 lump sum on its day's month.</summary>
    public decimal Due { get; }

    /// <summary>A bit per benefit (1 &lt;&lt; (int)benefit) among the 尊老金 bands: conditions met.</summary>
    public int EligibleMask { get; }

    /// <summary>True when a placeholder figure or rule was in force.</summary>
    public bool UsesPlaceholder { get; }

    /// <summary>True when the conditions of the band <paramref name="benefit"/> are met.</summary>
    /// <param name="benefit">One of the 尊老金 bands.</param>
    /// <returns>True when eligible.</returns>
    public bool IsEligible(ElderlyBenefit benefit) => (EligibleMask & (1 << (int)benefit)) != 0;
}
