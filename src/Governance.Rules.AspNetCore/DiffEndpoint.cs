using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// <c>POST /{area}/diff</c>: records and a reform layer in one JSON body. The reform is validated by the strict pack loader
/// in memory (never written to disk) with the service's pack chain as its possible parents; each record is evaluated on both
/// packs and the answer says what changed, which parameter caused it, and the totals.
/// </summary>
internal static class DiffEndpoint
{
    public static async Task<Results<JsonHttpResult<JsonObject>, ProblemHttpResult>> Handle(HttpContext http, GovernanceRulesApi api, AreaAdapter adapter)
    {
        if (!QueryOptions.TryDate(http, "asOf", api, out var asOf, out var queryError))
        {
            return Problems.Invalid(http, [queryError!]);
        }

        var (document, problem) = await JsonBody.ReadAsync(http, api, api.Options.MaxDiffBodyBytes).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("reform", out var reform) || reform.ValueKind != JsonValueKind.Object)
            {
                return Problems.Invalid(http, [new ApiError("DIFF_REFORM_MISSING", "reform", new LocalizedText(
                    "请在 reform 中给出改革规则层（一个 JSON 对象，写法与规则包层文件相同）。",
                    "Give the reform layer in 'reform' (a JSON object written like a pack layer file)."))]);
            }

            if (!root.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
            {
                return Problems.Invalid(http, [new ApiError("DIFF_RECORDS_MISSING", "records", new LocalizedText(
                    "请在 records 中给出要比较的记录（一个数组，每项是该领域的请求）。",
                    "Give the records to compare in 'records' (an array of the area's requests)."))]);
            }

            var unknown = root.EnumerateObject().FirstOrDefault(p => p.Name is not ("reform" or "records"));
            if (unknown.Value.ValueKind != JsonValueKind.Undefined)
            {
                return Problems.Invalid(http, [new ApiError(Problems.InputUnreadable, unknown.Name, new LocalizedText(
                    $"不认识的字段“{unknown.Name}”（只接受 reform 和 records）。",
                    $"Unknown member '{unknown.Name}' (only 'reform' and 'records')."))]);
            }

            var reformText = reform.GetRawText();
            if (System.Text.Encoding.UTF8.GetByteCount(reformText) > api.Options.MaxReformLayerBytes)
            {
                return Problems.TooLarge(http, "reform", new LocalizedText(
                    $"改革规则层超过 {api.Options.MaxReformLayerBytes} 字节的上限。",
                    $"The reform layer is larger than the limit of {api.Options.MaxReformLayerBytes} bytes."));
            }

            if (records.GetArrayLength() > api.Options.MaxDiffRecords)
            {
                return Problems.TooLarge(http, "records", new LocalizedText(
                    $"一次比较最多 {api.Options.MaxDiffRecords} 条记录；更多记录请用批量工具。",
                    $"A diff holds at most {api.Options.MaxDiffRecords} records; use the batch tool for more."));
            }

            var loaded = RulePacks.TryLoad(RulePackSource.FromJson(reformText, "reform"), api.CallerLayers);
            if (loaded.Pack is not { } reformPack)
            {
                return Problems.Invalid(http, [.. loaded.Errors.Select(e => new ApiError(
                    e.Code,
                    e.Source == "reform" ? "reform" + e.Path.TrimStart('$') : "reform",
                    new LocalizedText($"改革规则层未通过校验（{e.Code}）：{e.Message}", e.Message)))]);
            }

            var language = RequestLanguage.Of(http.Request);
            var options = new EvaluationOptions { AsOf = asOf, Explain = true };
            var totals = new ReformTotals();
            var rows = new JsonArray();
            var index = 0;
            foreach (var record in records.EnumerateArray())
            {
                // Past the time limit or with the caller gone, stop between two records; the timeout answers 503.
                http.RequestAborted.ThrowIfCancellationRequested();
                rows.Add(Compare(adapter, record, index++, api, reformPack, options, language, totals));
            }

            return TypedResults.Json(new JsonObject
            {
                ["area"] = adapter.Area,
                ["asOf"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["baseline"] = Describe(api.Pack),
                ["reform"] = Describe(reformPack),
                ["records"] = rows,
                ["totals"] = totals.ToJson(adapter),
            });
        }
    }

    private static JsonObject Describe(RulePack pack) => new()
    {
        ["id"] = pack.Id,
        ["version"] = pack.Version,
        ["hash"] = pack.ContentHash,
        ["layers"] = string.Join(" > ", pack.Layers.Select(l => l.Id + "@" + l.Version)),
    };

    private static JsonObject Compare(AreaAdapter adapter, JsonElement record, int index, GovernanceRulesApi api, RulePack reform, EvaluationOptions options, Language language, ReformTotals totals)
    {
        totals.Records++;
        var path = $"records[{index}]";
        var (before, beforeErrors) = AreaEvaluation.Run(adapter, record, api.Pack, api.Clock, options, language);
        var (after, afterErrors) = AreaEvaluation.Run(adapter, record, reform, api.Clock, options, language);
        var node = new JsonObject { ["index"] = index };
        if (before is null || after is null)
        {
            totals.Invalid++;
            node["valid"] = false;
            node["failures"] = new JsonArray([.. (before is null ? beforeErrors : afterErrors)
                .Select(e => (JsonNode)Problems.Error(e with { Path = e.Path == "$" ? path : path + "." + e.Path }, language))]);
            return node;
        }

        var changed = !JsonNode.DeepEquals(before.Document["outcome"], after.Document["outcome"]);
        node["valid"] = true;
        node["changed"] = changed;
        node["figures"] = totals.AddRecord(adapter, before.Figures, after.Figures, changed);
        if (!changed)
        {
            return node;
        }

        node["cause"] = ReformTotals.Cause(before.Steps, after.Steps, language);
        return node;
    }
}
