using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Rules.AspNetCore;

/// <summary>Maps the Governance.Rules web API onto a host's routes, the way <c>MapHealthChecks</c> maps health checks.</summary>
public static class GovernanceRulesEndpointRouteBuilderExtensions
{
    /// <summary>The name of the rate-limiter and request-timeout policies the endpoints use.</summary>
    public const string PolicyName = "governance-rules";

    /// <summary>The request-timeout policy of the <c>batch</c> endpoints (<see cref="GovernanceRulesApiOptions.BatchTimeout"/>).</summary>
    internal const string BatchPolicyName = "governance-rules-batch";

    /// <summary>
    /// Maps, for every rule area (<c>staffing</c>, <c>pay</c>, <c>pay-monthly</c>, <c>pay-floor</c>, <c>admission</c>,
    /// <c>admission-check</c>, <c>certificate</c>, <c>elderly-care</c>), <c>POST {prefix}/{area}/evaluate</c>,
    /// <c>POST {prefix}/{area}/batch</c> (NDJSON streamed) and <c>POST {prefix}/{area}/diff</c> (records and a reform layer);
    /// and <c>GET {prefix}/areas</c>, <c>{prefix}/parameters?at=</c>, <c>{prefix}/parameters/{key}</c>,
    /// <c>{prefix}/catalogues/{catalogue}?at=</c>, <c>{prefix}/packs</c>, and the health endpoint.
    /// </summary>
    /// <remarks>
    /// Call <see cref="GovernanceRulesApiServiceCollectionExtensions.AddGovernanceRulesApi"/> first, and
    /// <see cref="GovernanceRulesApplicationBuilderExtensions.UseGovernanceRules"/> in the pipeline (pack headers,
    /// problem details for every error, rate limiting, request timeouts).
    /// </remarks>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="prefix">The route prefix, for example <c>/api</c>.</param>
    /// <returns>The group of the API's endpoints, for further conventions (authorization, CORS).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="GovernanceRulesApiServiceCollectionExtensions.AddGovernanceRulesApi"/> was not called.</exception>
    public static RouteGroupBuilder MapGovernanceRules(this IEndpointRouteBuilder endpoints, string prefix = "/api")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var api = endpoints.ServiceProvider.GetService<GovernanceRulesApi>()
            ?? throw new InvalidOperationException("Call builder.Services.AddGovernanceRulesApi() before app.MapGovernanceRules().");
        var group = endpoints.MapGroup(prefix);
        group.RequireRateLimiting(PolicyName).WithRequestTimeout(PolicyName);

        foreach (var adapter in AreaAdapters.All.Values.OrderBy(a => a.Area, StringComparer.Ordinal))
        {
            MapArea(group, api, adapter);
        }

        group.MapGet("/areas", (HttpContext http) =>
            {
                var language = RequestLanguage.Of(http.Request);
                return TypedResults.Json(new JsonArray([.. AreaAdapters.All.Values.OrderBy(a => a.Area, StringComparer.Ordinal).Select(a => (JsonNode)new JsonObject
                {
                    ["area"] = a.Area,
                    ["title"] = a.Title.Get(language),
                    ["primaryFigure"] = a.PrimaryFigure,
                })]));
            })
            .WithName("areas")
            .WithTags("pack")
            .WithSummary("规则领域列表 · The rule areas")
            .WithDescription("每个规则领域的名称与标题。 The name and title of every rule area.");

        group.MapGet("/parameters", Results<JsonHttpResult<JsonObject>, ProblemHttpResult> (HttpContext http) =>
            {
                if (!QueryOptions.TryDate(http, "at", api, out var at, out var error))
                {
                    return Problems.Invalid(http, [error!]);
                }

                var language = RequestLanguage.Of(http.Request);
                return TypedResults.Json(new JsonObject
                {
                    ["pack"] = api.PackTag,
                    ["at"] = PackDocuments.Date(at),
                    ["parameters"] = new JsonArray([.. api.Pack.InForce(at).Select(e => (JsonNode)PackDocuments.Entry(e, language))]),
                });
            })
            .WithName("parameters")
            .WithTags("pack")
            .WithSummary("某日有效的全部参数 · Every parameter in force on a date")
            .WithDescription("查询参数 at（yyyy-MM-dd，默认为中国时间今天）：每个参数的取值、单位、生效日期、来源层、引用与来源性质（占位值标注“待核实”）。 Query 'at' (yyyy-MM-dd, default today in China): each parameter's value, unit, dates, layer, citation and provenance (placeholders flagged).");

        group.MapGet("/parameters/{key}", Results<JsonHttpResult<JsonObject>, ProblemHttpResult> (HttpContext http, string key) =>
            {
                if (!api.Pack.Parameters.TryGetValue(key, out var timeline))
                {
                    return Problems.NotFoundIn(http, "PARAMETER_UNKNOWN", "key", new LocalizedText(
                        $"规则包中没有参数“{key}”。",
                        $"The rule pack has no parameter '{key}'."));
                }

                return TypedResults.Json(PackDocuments.Timeline(timeline, RequestLanguage.Of(http.Request)));
            })
            .WithName("parameter")
            .WithTags("pack")
            .WithSummary("一个参数的时间线 · One parameter's timeline")
            .WithDescription("参数的全部取值，按生效日期排列，各带来源层、引用与来源性质。 Every value of the parameter by effective date, with layer, citation and provenance.");

        group.MapGet("/catalogues", (HttpContext http) =>
            {
                var language = RequestLanguage.Of(http.Request);
                return TypedResults.Json(new JsonArray([.. api.Pack.Catalogues.ById.Values.OrderBy(c => c.Id, StringComparer.Ordinal)
                    .Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["name"] = c.Name.Get(language) })]));
            })
            .WithName("catalogues")
            .WithTags("pack")
            .WithSummary("清单目录 · The catalogues")
            .WithDescription("规则包中的清单（准入事项、证明事项）。 The catalogues of the pack (work items, certificates).");

        group.MapGet("/catalogues/{catalogue}", Results<JsonHttpResult<JsonObject>, ProblemHttpResult> (HttpContext http, string catalogue) =>
            {
                if (api.Pack.Catalogues.ById.GetValueOrDefault(catalogue) is not { } found)
                {
                    return Problems.NotFoundIn(http, "CATALOGUE_UNKNOWN", "catalogue", new LocalizedText(
                        $"规则包中没有清单“{catalogue}”（可用：{string.Join("、", api.Pack.Catalogues.ById.Keys.Order(StringComparer.Ordinal))}）。",
                        $"The rule pack has no catalogue '{catalogue}' (one of: {string.Join(", ", api.Pack.Catalogues.ById.Keys.Order(StringComparer.Ordinal))})."));
                }

                if (!QueryOptions.TryDate(http, "at", api, out var at, out var error))
                {
                    return Problems.Invalid(http, [error!]);
                }

                return TypedResults.Json(PackDocuments.Catalogue(found, at, RequestLanguage.Of(http.Request)));
            })
            .WithName("catalogue")
            .WithTags("pack")
            .WithSummary("某日有效的清单事项 · A catalogue's items in force on a date")
            .WithDescription("查询参数 at（yyyy-MM-dd）。 Query 'at' (yyyy-MM-dd).");

        group.MapGet("/packs", (HttpContext http) => TypedResults.Json(new JsonObject
            {
                ["active"] = PackDocuments.Pack(api.Pack, RequestLanguage.Of(http.Request)),
                ["embedded"] = new JsonArray([.. RulePacks.EmbeddedIds.Select(id => (JsonNode)id)]),
            }))
            .WithName("packs")
            .WithTags("pack")
            .WithSummary("规则包 · The rule pack")
            .WithDescription("在用规则包的 id、版本、SHA-256 与各层；多副本部署时用来核对各副本一致。 The active pack's id, version, SHA-256 and layers; compare it across replicas.");

        if (api.Options.HealthPath is { } health)
        {
            endpoints.MapHealthChecks(health).DisableRateLimiting().DisableRequestTimeout();
        }

        return group;
    }

    /// <remarks>
    /// The handlers hold the API's shared state themselves: asking the request's services for it would open a service scope
    /// per request. They are route handlers (cast to <see cref="Delegate"/>), so their typed results are written and described.
    /// </remarks>
    private static void MapArea(RouteGroupBuilder group, GovernanceRulesApi api, AreaAdapter adapter)
    {
        var area = adapter.Area;
        var title = adapter.Title;
        group.MapPost($"/{area}/evaluate", (Delegate)((HttpContext http) => Evaluate(http, api, adapter)))
            .WithName(area + ".evaluate")
            .WithTags(area)
            .WithSummary($"{title.ZhHans}：计算一条 · {title.En}: evaluate one request")
            .WithDescription("请求体为该领域的请求 JSON；查询参数 asOf（yyyy-MM-dd，默认为中国时间今天）与 explain（true 时附计算步骤与引用）；Accept-Language 选择 zh-Hans（默认）或 en。 The body is the area's request; query 'asOf' (default today in China) and 'explain' (steps with citations); Accept-Language picks zh-Hans (default) or en.")
            .WithMetadata(new AreaRequestMetadata(adapter, AreaRequestKind.Evaluate))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost($"/{area}/batch", (Delegate)((HttpContext http) => Batch(http, api, adapter)))
            .WithName(area + ".batch")
            .WithTags(area)
            .WithSummary($"{title.ZhHans}：批量计算（NDJSON）· {title.En}: batch (NDJSON)")
            .WithDescription("每行一条请求（application/x-ndjson），每行输出一条结果，顺序不变并注明输入行号；无法读取或无效的行输出为失败记录。流式处理，内存占用有上限。 One request a line in, one result a line out, in order, naming its input line; unreadable or invalid lines become failed records. Streamed in bounded memory.")
            .WithMetadata(new AreaRequestMetadata(adapter, AreaRequestKind.Batch))
            .WithRequestTimeout(BatchPolicyName)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost($"/{area}/diff", (Delegate)((HttpContext http) => DiffEndpoint.Handle(http, api, adapter)))
            .WithName(area + ".diff")
            .WithTags(area)
            .WithSummary($"{title.ZhHans}：政策调整对比 · {title.En}: baseline versus reform")
            .WithDescription("请求体 {\"reform\": 改革规则层, \"records\": [请求…]}；改革层经严格校验，只在内存中使用，不写入磁盘。逐条给出变化、引起变化的参数与合计。 Body {\"reform\": a pack layer, \"records\": [requests]}; the reform is validated strictly and kept in memory only. Per record: what changed and which parameter caused it; totals.")
            .WithMetadata(new AreaRequestMetadata(adapter, AreaRequestKind.Diff))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<AreaResult, ProblemHttpResult>> Evaluate(HttpContext http, GovernanceRulesApi api, AreaAdapter adapter)
    {
        if (!QueryOptions.TryDate(http, "asOf", api, out var asOf, out var error) || !QueryOptions.TryFlag(http, "explain", out var explain, out error))
        {
            return Problems.Invalid(http, [error!]);
        }

        var (body, problem) = await JsonBody.ReadBytesAsync(http, api.Options.MaxRequestBodyBytes).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var options = new EvaluationOptions { AsOf = asOf, Explain = explain };
        var language = RequestLanguage.Of(http.Request);
        if (api.ReadsBodyDirectly && AreaEvaluation.TryRunDirect(adapter, body!, api.Pack, api.Clock, options, language) is { } direct)
        {
            // Past the time limit (or with the caller gone) the answer is the timeout's, not a late result.
            http.RequestAborted.ThrowIfCancellationRequested();
            return new AreaResult(direct, api.StampJson(asOf));
        }

        // Not JSON, not the request's shape, or invalid: parse it as a document to say where and why, as the caller wrote it.
        var (document, notJson) = JsonBody.Parse(http, api, body!);
        if (notJson is not null)
        {
            return notJson;
        }

        using (document)
        {
            var (run, errors) = AreaEvaluation.Run(adapter, document!.RootElement, api.Pack, api.Clock, options, language);
            http.RequestAborted.ThrowIfCancellationRequested();
            return run is null ? Problems.Invalid(http, errors) : new AreaResult(run, api.StampJson(asOf));
        }
    }

    private static Results<BatchResult, ProblemHttpResult> Batch(HttpContext http, GovernanceRulesApi api, AreaAdapter adapter)
    {
        if (!QueryOptions.TryDate(http, "asOf", api, out var asOf, out var error) || !QueryOptions.TryFlag(http, "explain", out var explain, out error))
        {
            return Problems.Invalid(http, [error!]);
        }

        var contentType = http.Request.ContentType;
        if (contentType is null || !(contentType.StartsWith(BatchResult.MediaType, StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/ndjson", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.WrongMediaType(http, BatchResult.MediaType);
        }

        if (http.Request.ContentLength > api.Options.MaxBatchBodyBytes)
        {
            return JsonBody.TooLarge(http, api.Options.MaxBatchBodyBytes);
        }

        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = api.Options.MaxBatchBodyBytes;
        }

        http.Response.Headers["X-Rules-As-Of"] = PackDocuments.Date(asOf);
        return new BatchResult(api, adapter, new EvaluationOptions { AsOf = asOf, Explain = explain }, RequestLanguage.Of(http.Request));
    }
}
