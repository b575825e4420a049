using Microsoft.Extensions.Options;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// The limits of the Governance.Rules web API (<see cref="GovernanceRulesEndpointRouteBuilderExtensions.MapGovernanceRules"/>).
/// Every limit has a safe default; the options are checked when the host starts.
/// </summary>
/// <remarks>Bind them from the configuration section <see cref="SectionName"/>, for example <c>GovernanceRules:Api:MaxRequestBodyBytes</c>.</remarks>
public sealed class GovernanceRulesApiOptions
{
    /// <summary>The configuration section the reference host binds: <c>GovernanceRules:Api</c>.</summary>
    public const string SectionName = "GovernanceRules:Api";

    /// <summary>The largest body of an <c>evaluate</c> request, in bytes (default 256 KiB).</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The deepest JSON nesting accepted in a request (default 32, at most 64).</summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>The largest body of a <c>batch</c> request, in bytes (default 256 MiB).</summary>
    public long MaxBatchBodyBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The longest line of a <c>batch</c> request, in bytes (default 64 KiB); a longer line is a failed record.</summary>
    public int MaxBatchLineBytes { get; set; } = 64 * 1024;

    /// <summary>The most records in one <c>batch</c> request (default 1,000,000).</summary>
    public int MaxBatchRecords { get; set; } = 1_000_000;

    /// <summary>The largest body of a <c>diff</c> request (records and reform layer), in bytes (default 2 MiB).</summary>
    public int MaxDiffBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The largest reform layer in a <c>diff</c> request, in bytes (default 256 KiB).</summary>
    public int MaxReformLayerBytes { get; set; } = 256 * 1024;

    /// <summary>The most records in one <c>diff</c> request (default 1,000).</summary>
    public int MaxDiffRecords { get; set; } = 1_000;

    /// <summary>
    /// How long a request other than a batch may take (default 30 s). A request that runs past it is cancelled and answered
    /// with a 503 problem, <c>REQUEST_TIMEOUT</c>; nothing of its result is sent.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a <c>batch</c> request may take, reading included (default 10 minutes). A batch that runs past it stops
    /// between two records: the records already answered stay, and one last failed record, <c>REQUEST_TIMEOUT</c>, names
    /// the first line not processed (a 503 problem when no record had been answered yet).
    /// </summary>
    public TimeSpan BatchTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether the built-in rate limiter applies (default true).</summary>
    public bool RateLimitEnabled { get; set; } = true;

    /// <summary>Requests one client address may make per <see cref="RateLimitWindow"/> (default 600).</summary>
    public int RateLimitPermits { get; set; } = 600;

    /// <summary>The rate limiter's window (default 10 s).</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The path of the health endpoint, outside the API prefix (default <c>/health</c>); null to map none.</summary>
    public string? HealthPath { get; set; } = "/health";
}

/// <summary>Checks <see cref="GovernanceRulesApiOptions"/> at start-up.</summary>
internal sealed class GovernanceRulesApiOptionsValidator : IValidateOptions<GovernanceRulesApiOptions>
{
    public ValidateOptionsResult Validate(string? name, GovernanceRulesApiOptions options)
    {
        var errors = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        Check(options.MaxRequestBodyBytes is >= 1024 and <= 64 * 1024 * 1024, "MaxRequestBodyBytes must be between 1 KiB and 64 MiB.");
        Check(options.MaxJsonDepth is >= 4 and <= 64, "MaxJsonDepth must be between 4 and 64.");
        Check(options.MaxBatchBodyBytes is >= 1024 and <= 64L * 1024 * 1024 * 1024, "MaxBatchBodyBytes must be between 1 KiB and 64 GiB.");
        Check(options.MaxBatchLineBytes is >= 256 and <= 16 * 1024 * 1024, "MaxBatchLineBytes must be between 256 bytes and 16 MiB.");
        Check(options.MaxBatchRecords is >= 1 and <= 100_000_000, "MaxBatchRecords must be between 1 and 100,000,000.");
        Check(options.MaxDiffBodyBytes is >= 1024 and <= 256 * 1024 * 1024, "MaxDiffBodyBytes must be between 1 KiB and 256 MiB.");
        Check(options.MaxReformLayerBytes is >= 256 && options.MaxReformLayerBytes <= Packs.RulePackLimits.MaxDocumentBytes, "MaxReformLayerBytes must be between 256 bytes and the pack loader's document limit (4 MiB).");
        Check(options.MaxDiffRecords is >= 1 and <= 1_000_000, "MaxDiffRecords must be between 1 and 1,000,000.");
        Check(options.RequestTimeout > TimeSpan.Zero && options.RequestTimeout <= TimeSpan.FromMinutes(30), "RequestTimeout must be positive and at most 30 minutes.");
        Check(options.BatchTimeout > TimeSpan.Zero && options.BatchTimeout <= TimeSpan.FromHours(24), "BatchTimeout must be positive and at most 24 hours.");
        Check(!options.RateLimitEnabled || options.RateLimitPermits >= 1, "RateLimitPermits must be at least 1.");
        Check(!options.RateLimitEnabled || (options.RateLimitWindow >= TimeSpan.FromMilliseconds(100) && options.RateLimitWindow <= TimeSpan.FromHours(1)), "RateLimitWindow must be between 100 ms and 1 hour.");
        Check(options.HealthPath is null || options.HealthPath.StartsWith('/'), "HealthPath must start with '/'.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
