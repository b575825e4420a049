using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Json;
using NodaTime;

namespace Governance.Rules.AspNetCore;

/// <summary>Evaluates one request through its area adapter; every way the input can fail becomes <see cref="ApiError"/>s in both languages.</summary>
internal static class AreaEvaluation
{
    public static (AreaRun? Run, IReadOnlyList<ApiError> Errors) Run(
        AreaAdapter adapter, JsonElement input, RulePack pack, IClock clock, EvaluationOptions options, Language language)
    {
        AreaRun run;
        try
        {
            run = adapter.Run(input, pack, clock, options, language);
        }
        catch (FormatException)
        {
            // A date converter refused a value that looks like a date but does not exist (1950-02-30).
            return (null, [InputErrors.BadDate(input)]);
        }

        return run.Valid ? (run, []) : (null, Failures(adapter, input, pack, clock, options, language, run));
    }

    private static IReadOnlyList<ApiError> Failures(
        AreaAdapter adapter, JsonElement input, RulePack pack, IClock clock, EvaluationOptions options, Language language, AreaRun run)
    {
        var failures = run.Document["failures"]?.AsArray() ?? [];
        if (failures.Count == 1 && ((string?)failures[0]?["code"])?.StartsWith("INPUT_", StringComparison.Ordinal) == true)
        {
            // The request could not be read (INPUT_UNREADABLE, INPUT_WRONG_TYPE, INPUT_UNKNOWN_MEMBER, …). The adapter's
            // message speaks of lines of a file; read again to say where in the body and why, as the caller wrote it.
            try
            {
                _ = JsonSerializer.Deserialize(input, adapter.RequestType, RulesJson.Input);
                return [new ApiError(Problems.InputUnreadable, "$", new LocalizedText("请求体为空（null）。", "The request body is null."))];
            }
            catch (JsonException ex)
            {
                return [InputErrors.Unmapped(ex, input)];
            }
            catch (FormatException)
            {
                return [InputErrors.BadDate(input)];
            }
        }

        var other = language == Language.En ? Language.ZhHans : Language.En;
        var translated = adapter.Run(input, pack, clock, options, other).Document["failures"]?.AsArray() ?? [];
        var errors = new List<ApiError>(failures.Count);
        for (var i = 0; i < failures.Count; i++)
        {
            var f = failures[i]!;
            var message = (string?)f["message"] ?? string.Empty;
            var otherMessage = i < translated.Count ? (string?)translated[i]?["message"] ?? message : message;
            errors.Add(new ApiError(
                (string?)f["code"] ?? Problems.InputInvalid,
                JsonPaths.FromProperty((string?)f["path"]),
                language == Language.En ? new LocalizedText(otherMessage, message) : new LocalizedText(message, otherMessage),
                (string?)f["attemptedValue"]));
        }

        return errors;
    }
}
