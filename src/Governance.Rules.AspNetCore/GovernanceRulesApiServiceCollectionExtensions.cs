using Governance.Rules.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Threading.RateLimiting;

namespace Governance.Rules.AspNetCore;

/// <summary>Registers the Governance.Rules web API with a service container.</summary>
public static class GovernanceRulesApiServiceCollectionExtensions
{
    /// <summary>The name of the OpenAPI document the API describes itself in (served at <c>/openapi/governance-rules.json</c> by <c>MapOpenApi()</c>).</summary>
    public const string OpenApiDocumentName = "governance-rules";

    /// <summary>
    /// Registers what <see cref="GovernanceRulesEndpointRouteBuilderExtensions.MapGovernanceRules"/> needs: the rule pack
    /// (through <c>AddGovernanceRules()</c> unless the host registered it first, for example with a district layer), the
    /// API limits (validated at start-up), problem details, the rate limiter and request-timeout policies, a health check
    /// that reports the pack, and the OpenAPI document <see cref="OpenApiDocumentName"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the limits; the defaults are safe for a public service.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddGovernanceRulesApi(this IServiceCollection services, Action<GovernanceRulesApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGovernanceRules();
        var options = services.AddOptions<GovernanceRulesApiOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GovernanceRulesApiOptions>, GovernanceRulesApiOptionsValidator>());
        if (services.Any(d => d.ServiceType == typeof(GovernanceRulesApi)))
        {
            return services;
        }

        services.TryAddSingleton<GovernanceRulesApi>();
        services.AddProblemDetails();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GovernanceRulesApiOptions>>((limiter, api) => ConfigureRateLimiter(limiter, api.Value));
        services.AddRequestTimeouts(_ => { });
        // A timeout is logged once, as one line (TimeoutLog), not as the middleware's warning with a stack trace.
        services.AddLogging(logging => logging.AddFilter(TimeoutLog.MiddlewareCategory, LogLevel.Error));
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<GovernanceRulesApiOptions>>((timeouts, api) =>
        {
            timeouts.AddPolicy(GovernanceRulesEndpointRouteBuilderExtensions.PolicyName, TimeoutPolicy(api.Value.RequestTimeout));
            timeouts.AddPolicy(GovernanceRulesEndpointRouteBuilderExtensions.BatchPolicyName, TimeoutPolicy(api.Value.BatchTimeout));
        });
        services.AddHealthChecks().AddCheck<PackHealthCheck>("rule-pack");
        services.AddOpenApi(OpenApiDocumentName, GovernanceRulesOpenApi.Configure);
        return services;
    }

    /// <summary>A request past <paramref name="timeout"/> is cancelled and, when nothing of it was sent yet, answered with a 503 problem.</summary>
    private static RequestTimeoutPolicy TimeoutPolicy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        WriteTimeoutResponse = http =>
        {
            TimeoutLog.RequestTimedOut(http, timeout);
            return Problems.TimedOut(http, timeout).ExecuteAsync(http);
        },
    };

    private static void ConfigureRateLimiter(RateLimiterOptions limiter, GovernanceRulesApiOptions api)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, cancel) =>
        {
            var http = context.HttpContext;
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return new ValueTask(Problems.Create(http, StatusCodes.Status429TooManyRequests, Problems.RateLimited, Titles.RateLimited, new ApiError(
                Problems.RateLimited,
                "$",
                new LocalizedText(
                    $"同一来源每 {api.RateLimitWindow.TotalSeconds} 秒最多 {api.RateLimitPermits} 次请求，请稍后再试。",
                    $"At most {api.RateLimitPermits} requests per {api.RateLimitWindow.TotalSeconds} s from one address; try again later."))).ExecuteAsync(http));
        };
        limiter.AddPolicy(GovernanceRulesEndpointRouteBuilderExtensions.PolicyName, http => api.RateLimitEnabled
            ? RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = api.RateLimitPermits, Window = api.RateLimitWindow, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("unlimited"));
    }
}

/// <summary>Healthy once the rule pack chain has loaded (it loads when the services are built); reports the pack id and hash.</summary>
internal sealed class PackHealthCheck(GovernanceRulesApi api) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(
            $"{api.PackTag} {api.Pack.ContentHash}",
            new Dictionary<string, object> { ["pack"] = api.PackTag, ["packHash"] = api.Pack.ContentHash }));
}
