using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// One log line for a request past its time limit. A timeout is an expected outcome with its own answer (the 503 problem or
/// the batch's last record), so it is logged as one warning line without an exception or stack trace; the ASP.NET Core
/// timeout middleware's own warning, which carries the cancellation's stack trace, is filtered out.
/// </summary>
internal static partial class TimeoutLog
{
    /// <summary>The log category of these lines.</summary>
    public const string Category = "Governance.Rules.AspNetCore.RequestTimeouts";

    /// <summary>The category the ASP.NET Core timeout middleware logs its handled timeouts under (with the exception).</summary>
    public const string MiddlewareCategory = "Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutsMiddleware";

    public static void RequestTimedOut(HttpContext http, TimeSpan limit) =>
        RequestTimedOut(Logger(http), http.Request.Method, http.Request.Path.Value ?? "", Problems.Seconds(limit));

    public static void BatchTimedOut(HttpContext http, TimeSpan limit, long lines) =>
        BatchTimedOut(Logger(http), http.Request.Path.Value ?? "", Problems.Seconds(limit), lines);

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(Category) ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    [LoggerMessage(EventId = 1, EventName = "RequestTimedOut", Level = LogLevel.Warning,
        Message = "{Method} {Path} ran past its time limit of {Seconds} s; answered 503 REQUEST_TIMEOUT.")]
    private static partial void RequestTimedOut(ILogger logger, string method, string path, string seconds);

    [LoggerMessage(EventId = 2, EventName = "BatchTimedOut", Level = LogLevel.Warning,
        Message = "POST {Path} ran past its batch time limit of {Seconds} s after {Lines} lines; the lines after them were not processed.")]
    private static partial void BatchTimedOut(ILogger logger, string path, string seconds, long lines);
}
