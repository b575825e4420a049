using System.Text.Json;

namespace Governance.Rules.Compensation;

/// <summary>The split of monthly pay into basic pay (基本报酬) and performance pay (绩效报酬); the shares sum to 1.</summary>
public sealed record PaySplit
{
    private PaySplit(decimal basic, decimal performance)
    {
        BasicShare = basic;
        PerformanceShare = performance;
    }

    /// <summary>The basic pay's share, for example 0.7.</summary>
    public decimal BasicShare { get; }

    /// <summary>The performance pay's share, for example 0.3.</summary>
    public decimal PerformanceShare { get; }

    internal static bool TryRead(JsonElement json, out PaySplit value, out string? error)
    {
        value = null!;
        if (!PayJson.Exactly(json, "basic", "performance")
            || json.GetProperty("basic").ValueKind != JsonValueKind.Number || !json.GetProperty("basic").TryGetDecimal(out var basic)
            || json.GetProperty("performance").ValueKind != JsonValueKind.Number || !json.GetProperty("performance").TryGetDecimal(out var performance))
        {
            error = "expected exactly {basic, performance} as decimal shares";
            return false;
        }

        if (basic < 0m || performance < 0m || basic + performance != 1m)
        {
            error = "the shares must be non-negative and sum to exactly 1";
            return false;
        }

        value = new PaySplit(basic, performance);
        error = null;
        return true;
    }
}
