namespace Governance.Rules.Staffing;

/// <summary>Whether a fast-path quota could be computed.</summary>
public enum StaffingQuotaStatus
{
    /// <summary>The quota was computed.</summary>
    Computed = 0,

    /// <summary>The population or households were negative or beyond the limit.</summary>
    InvalidInput = 1,

    /// <summary>The pack has no staffing quota in force on the date.</summary>
    NoPolicyInForce = 2,
}

/// <summary>The quota of one area from the allocation-free fast path (no explanation; see <see cref="StaffingQuotaCalculator.Evaluate"/> for one).</summary>
public readonly record struct StaffingQuota
{
    internal StaffingQuota(StaffingQuotaStatus status, decimal exact, int populationQuota, int? bandQuota, int required, bool usesPlaceholder)
    {
        Status = status;
        ExactRequirement = exact;
        PopulationQuota = populationQuota;
        HouseholdBandQuota = bandQuota;
        Required = required;
        UsesPlaceholder = usesPlaceholder;
    }

    /// <summary>Whether the quota was computed; when not, the figures are zero.</summary>
    public StaffingQuotaStatus Status { get; }

    /// <summary>Population × rate ÷ 10,000, exact.</summary>
    public decimal ExactRequirement { get; }

    /// <summary>The exact requirement rounded by the pack's rule.</summary>
    public int PopulationQuota { get; }

    /// <summary>The household-band quota, when bands apply.</summary>
    public int? HouseholdBandQuota { get; }

    /// <summary>The required workers after any per-community rules.</summary>
    public int Required { get; }

    /// <summary>True when a placeholder parameter was used (the full result lists which).</summary>
    public bool UsesPlaceholder { get; }
}
