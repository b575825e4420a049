using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Rules.AspNetCore;

/// <summary>One reason a request was refused: a stable code, the JSON member path as the caller wrote it, and the message in both languages.</summary>
/// <param name="Code">The library's (or the API's) stable code, for example <c>ELDERLY_BIRTH_IN_FUTURE</c>.</param>
/// <param name="Path">The JSON member path (<c>person.birthDate</c>), a query parameter name, or <c>$</c> for the whole body.</param>
/// <param name="Message">The message in zh-Hans and en.</param>
/// <param name="AttemptedValue">The offending value as text, when there is one.</param>
internal sealed record ApiError(string Code, string Path, LocalizedText Message, string? AttemptedValue = null);

/// <summary>RFC 9457 problem details carrying the library's codes and both languages' messages; never a stack trace or a .NET type name.</summary>
internal static class Problems
{
    public const string InputUnreadable = "INPUT_UNREADABLE";
    public const string InputInvalid = "INPUT_INVALID";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RateLimited = "RATE_LIMITED";
    public const string Timeout = "REQUEST_TIMEOUT";
    public const string NotFound = "NOT_FOUND";
    public const string Internal = "INTERNAL_ERROR";

    public static ProblemHttpResult Create(HttpContext http, int status, string code, LocalizedText title, params IReadOnlyList<ApiError> errors)
    {
        var language = RequestLanguage.Of(http.Request);
        var problem = new ProblemDetails
        {
            Type = "urn:governance-rules:problem:" + code.ToLowerInvariant().Replace('_', '-'),
            Title = title.Get(language),
            Status = status,
            Detail = errors.Count > 0 ? errors[0].Message.Get(language) : title.Get(language),
            Instance = http.Request.Path.Value,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["language"] = RequestLanguage.Tag(language);
        problem.Extensions["titles"] = Both(title);
        problem.Extensions["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)Error(e, language))]);
        if (http.RequestServices.GetService(typeof(GovernanceRulesApi)) is GovernanceRulesApi api)
        {
            problem.Extensions["pack"] = api.PackTag;
            problem.Extensions["packHash"] = api.Pack.ContentHash;
            if (!http.Response.HasStarted)
            {
                // The exception handler and the request timeout clear the response, headers included, before writing a problem.
                http.Response.Headers[GovernanceRulesApplicationBuilderExtensions.PackHeader] = api.PackHeaderValue;
                http.Response.Headers[GovernanceRulesApplicationBuilderExtensions.PackHashHeader] = api.PackHashHeaderValue;
            }
        }

        return TypedResults.Problem(problem);
    }

    public static JsonObject Error(ApiError e, Language language)
    {
        var node = new JsonObject
        {
            ["code"] = e.Code,
            ["path"] = e.Path,
            ["message"] = e.Message.Get(language),
            ["messages"] = Both(e.Message),
        };
        if (e.AttemptedValue is not null)
        {
            node["attemptedValue"] = e.AttemptedValue;
        }

        return node;
    }

    private static JsonObject Both(LocalizedText text) => new() { ["zh-Hans"] = text.ZhHans, ["en"] = text.En };

    public static ProblemHttpResult Invalid(HttpContext http, IReadOnlyList<ApiError> errors) =>
        Create(http, StatusCodes.Status400BadRequest, errors.Count > 0 && errors[0].Code == InputUnreadable ? InputUnreadable : InputInvalid, Titles.Invalid, errors);

    public static ProblemHttpResult TooLarge(HttpContext http, string path, LocalizedText message) =>
        Create(http, StatusCodes.Status413PayloadTooLarge, RequestTooLarge, Titles.TooLarge, new ApiError(RequestTooLarge, path, message));

    public static ProblemHttpResult WrongMediaType(HttpContext http, string expected) =>
        Create(http, StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaType, Titles.MediaType, new ApiError(
            UnsupportedMediaType,
            "$",
            new LocalizedText($"请求的内容类型应为 {expected}。", $"The request's content type must be {expected}.")));

    /// <summary>The 503 answer of a request that ran past its time limit (<see cref="GovernanceRulesApiOptions.RequestTimeout"/>).</summary>
    public static ProblemHttpResult TimedOut(HttpContext http, TimeSpan timeout) =>
        Create(http, StatusCodes.Status503ServiceUnavailable, Timeout, Titles.Timeout, new ApiError(Timeout, "$", new LocalizedText(
            $"请求处理超过 {Seconds(timeout)} 秒的时限，已取消，未给出结果，请稍后再试。",
            $"The request ran past the time limit of {Seconds(timeout)} s and was cancelled; no result was given. Try again later.")));

    /// <summary>A time limit in seconds as people write it (<c>30</c>, <c>0.05</c>), in any culture.</summary>
    public static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    public static ProblemHttpResult NotFoundIn(HttpContext http, string code, string path, LocalizedText message) =>
        Create(http, StatusCodes.Status404NotFound, code, Titles.NotFound, new ApiError(code, path, message));
}

/// <summary>The titles of the problems the API answers with.</summary>
internal static class Titles
{
    public static readonly LocalizedText Invalid = new("输入有误", "The input is not valid");
    public static readonly LocalizedText TooLarge = new("请求过大", "The request is too large");
    public static readonly LocalizedText MediaType = new("内容类型不受支持", "Unsupported content type");
    public static readonly LocalizedText RateLimited = new("请求过于频繁，请稍后再试", "Too many requests; try again later");
    public static readonly LocalizedText Timeout = new("请求处理超时", "The request took too long");
    public static readonly LocalizedText NotFound = new("未找到", "Not found");
    public static readonly LocalizedText Internal = new("服务内部错误，请稍后再试", "Internal error; try again later");
    public static readonly LocalizedText BadRequest = new("请求无法处理", "The request could not be processed");
}
