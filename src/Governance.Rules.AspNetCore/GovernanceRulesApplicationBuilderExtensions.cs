using Governance.Rules.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Rules.AspNetCore;

/// <summary>Adds the Governance.Rules middleware to a host's pipeline.</summary>
public static class GovernanceRulesApplicationBuilderExtensions
{
    /// <summary>The response header naming the pack (<c>id@version</c>).</summary>
    public const string PackHeader = "X-Rules-Pack";

    /// <summary>The response header carrying the pack's SHA-256 (replicas behind a load balancer must agree on it).</summary>
    public const string PackHashHeader = "X-Rules-Pack-Hash";

    /// <summary>
    /// Adds, in order: the pack headers on every response; problem details (RFC 9457) for every unhandled error and every
    /// empty error status, never with a stack trace; the rate limiter (unless <see cref="GovernanceRulesApiOptions.RateLimitEnabled"/>
    /// is false at start-up); the request timeouts.
    /// </summary>
    /// <param name="app">The application builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="GovernanceRulesApiServiceCollectionExtensions.AddGovernanceRulesApi"/> was not called.</exception>
    public static IApplicationBuilder UseGovernanceRules(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.ApplicationServices.GetService<GovernanceRulesApi>()
            ?? throw new InvalidOperationException("Call builder.Services.AddGovernanceRulesApi() before app.UseGovernanceRules().");
        var tag = api.PackHeaderValue;
        var hash = api.PackHashHeaderValue;
        app.Use((http, next) =>
        {
            // Set before anything is written; a problem written after the response was cleared sets them again (Problems.Create).
            var headers = http.Response.Headers;
            headers[PackHeader] = tag;
            headers[PackHashHeader] = hash;
            return next(http);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleException, AllowStatusCode404Response = true });
        app.UseStatusCodePages(context => HandleStatus(context.HttpContext));
        if (api.Options.RateLimitEnabled)
        {
            // Switched off in configuration, the limiter stays out of the pipeline instead of granting every request a lease.
            app.UseRateLimiter();
        }

        app.UseRequestTimeouts();
        return app;
    }

    private static Task HandleException(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            return bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problems.TooLarge(http, "$", new LocalizedText("请求体超过上限。", "The request body is larger than the limit.")).ExecuteAsync(http)
                : Problems.Create(http, bad.StatusCode, "REQUEST_MALFORMED", Titles.BadRequest, new ApiError("REQUEST_MALFORMED", "$", new LocalizedText("请求格式不对，无法处理。", "The request is malformed and cannot be processed."))).ExecuteAsync(http);
        }

        return Problems.Create(http, StatusCodes.Status500InternalServerError, Problems.Internal, Titles.Internal, new ApiError(
            Problems.Internal, "$", new LocalizedText("服务内部错误，已记录，请稍后再试。", "An internal error occurred and was logged; try again later."))).ExecuteAsync(http);
    }

    private static Task HandleStatus(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var (code, title, message) = status switch
        {
            StatusCodes.Status404NotFound => (Problems.NotFound, Titles.NotFound, new LocalizedText("没有这个地址。", "There is nothing at this address.")),
            StatusCodes.Status405MethodNotAllowed => ("METHOD_NOT_ALLOWED", Titles.BadRequest, new LocalizedText("这个地址不接受此请求方法。", "This address does not accept this request method.")),
            StatusCodes.Status415UnsupportedMediaType => (Problems.UnsupportedMediaType, Titles.MediaType, new LocalizedText("请求的内容类型不受支持。", "The request's content type is not supported.")),
            StatusCodes.Status413PayloadTooLarge => (Problems.RequestTooLarge, Titles.TooLarge, new LocalizedText("请求体超过上限。", "The request body is larger than the limit.")),
            _ => ("HTTP_" + status, Titles.BadRequest, new LocalizedText($"请求无法处理（HTTP {status}）。", $"The request could not be processed (HTTP {status})."))
        };
        return Problems.Create(http, status, code, title, new ApiError(code, "$", message)).ExecuteAsync(http);
    }
}
