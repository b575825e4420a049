using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Json;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.Testing.Cases;

/// <summary>The verdict on one policy case: passed, or every way it failed.</summary>
/// <param name="Case">The case.</param>
/// <param name="Problems">Why it failed; empty when it passed.</param>
public sealed record PolicyCaseResult(PolicyCase Case, IReadOnlyList<string> Problems)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Problems.Count == 0;
}

/// <summary>Thrown by <see cref="PolicyAssert.Holds"/> when a case fails; its message lists every problem.</summary>
public sealed class PolicyCaseFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyCaseFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PolicyCaseFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyCaseFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Asserts policy cases inside a test framework.</summary>
public static class PolicyAssert
{
    /// <summary>Runs <paramref name="policyCase"/> and throws when any expectation fails.</summary>
    /// <param name="policyCase">The case.</param>
    /// <exception cref="PolicyCaseFailedException">The case failed.</exception>
    public static void Holds(PolicyCase policyCase)
    {
        var result = PolicyCaseRunner.Run(policyCase);
        if (!result.Passed)
        {
            throw new PolicyCaseFailedException(policyCase.Name + Environment.NewLine + string.Join(Environment.NewLine, result.Problems.Select(p => "  - " + p)));
        }
    }
}

/// <summary>Runs policy cases against the embedded packs and the layers the cases name.</summary>
public static class PolicyCaseRunner
{
    private static readonly string[] CaseFields = ["name", "area", "asOf", "pack", "layers", "input", "expect", "tolerance", "reform"];
    private static readonly string[] ExpectFields = ["valid", "outcome", "failures"];
    private static readonly string[] ReformFields = ["pack", "layers", "expect", "change"];

    /// <summary>Runs one case. Never throws for a badly written case: its problems are reported instead.</summary>
    /// <param name="policyCase">The case.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyCase"/> is null.</exception>
    public static PolicyCaseResult Run(PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        var problems = new List<string>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(policyCase.Json, new JsonDocumentOptions { MaxDepth = RulesJson.MaxDepth });
        }
        catch (JsonException ex)
        {
            return new PolicyCaseResult(policyCase, ["the case is not valid JSON: " + ex.Message]);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new PolicyCaseResult(policyCase, ["a case is a JSON object"]);
            }

            Unknown(root, CaseFields, "case", problems);
            if (!root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            {
                problems.Add("'name' is missing: give the case a name that reads as a sentence");
            }

            AreaAdapter? adapter = null;
            if (!root.TryGetProperty("area", out var area) || area.ValueKind != JsonValueKind.String || !AreaAdapters.All.TryGetValue(area.GetString()!, out adapter))
            {
                problems.Add($"'area' must be one of: {AreaAdapters.Names}");
            }

            LocalDate? asOf = null;
            if (root.TryGetProperty("asOf", out var asOfText) && asOfText.ValueKind == JsonValueKind.String && LocalDatePattern.Iso.Parse(asOfText.GetString()!) is { Success: true } parsed)
            {
                asOf = parsed.Value;
            }
            else
            {
                problems.Add("'asOf' must be a date yyyy-MM-dd");
            }

            if (!root.TryGetProperty("input", out var input))
            {
                problems.Add("'input' is missing");
            }

            var tolerance = 0m;
            if (root.TryGetProperty("tolerance", out var tol) && !(tol.ValueKind == JsonValueKind.Number && tol.TryGetDecimal(out tolerance) && tolerance >= 0))
            {
                problems.Add("'tolerance' must be a non-negative number");
            }

            if (problems.Count > 0 || adapter is null || asOf is null)
            {
                return new PolicyCaseResult(policyCase, problems);
            }

            var folder = Path.GetDirectoryName(policyCase.Source) ?? ".";
            var options = EvaluationOptions.On(asOf.Value, explain: false);
            var baselinePack = LoadPack(root, folder, "baseline", problems);
            if (baselinePack is null)
            {
                return new PolicyCaseResult(policyCase, problems);
            }

            var baseline = adapter.Run(input, baselinePack, SystemClock.Instance, options, Language.En);
            if (root.TryGetProperty("expect", out var expect))
            {
                CheckExpect(expect, baseline, tolerance, "baseline", problems);
            }
            else
            {
                problems.Add("'expect' is missing: a case must state what it expects");
            }

            if (root.TryGetProperty("reform", out var reform))
            {
                if (reform.ValueKind != JsonValueKind.Object)
                {
                    problems.Add("'reform' must be an object");
                }
                else
                {
                    Unknown(reform, ReformFields, "reform", problems);
                    var reformPack = LoadPack(reform, folder, "reform", problems);
                    if (reformPack is not null)
                    {
                        var changed = adapter.Run(input, reformPack, SystemClock.Instance, options, Language.En);
                        if (reform.TryGetProperty("expect", out var reformExpect))
                        {
                            CheckExpect(reformExpect, changed, tolerance, "reform", problems);
                        }

                        if (reform.TryGetProperty("change", out var change))
                        {
                            CheckChange(change, baseline, changed, tolerance, problems);
                        }

                        if (!reform.TryGetProperty("expect", out _) && !reform.TryGetProperty("change", out _))
                        {
                            problems.Add("'reform' must state 'expect' or 'change'");
                        }
                    }
                }
            }
        }

        return new PolicyCaseResult(policyCase, problems);
    }

    private static RulePack? LoadPack(JsonElement owner, string folder, string what, List<string> problems)
    {
        var layers = new List<RulePackSource>();
        if (owner.TryGetProperty("layers", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(l => l.ValueKind != JsonValueKind.String))
            {
                problems.Add($"{what}: 'layers' must be an array of file paths");
                return null;
            }

            layers.AddRange(list.EnumerateArray().Select(l => RulePackSource.FromFile(Path.Combine(folder, l.GetString()!))));
        }

        RulePackLoadResult loaded;
        if (owner.TryGetProperty("pack", out var id) && id.ValueKind == JsonValueKind.String)
        {
            loaded = RulePacks.TryLoad(id.GetString()!, layers);
        }
        else if (layers.Count > 0)
        {
            loaded = RulePacks.TryLoad(layers[0], layers.Skip(1));
        }
        else if (what == "baseline")
        {
            loaded = RulePacks.TryLoad(RulePacks.SuzhouId);
        }
        else
        {
            problems.Add("reform: name a 'pack' or give 'layers'");
            return null;
        }

        if (loaded.Pack is null)
        {
            problems.AddRange(loaded.Errors.Select(e => $"{what} pack: {e}"));
        }

        return loaded.Pack;
    }

    private static void CheckExpect(JsonElement expect, AreaRun run, decimal tolerance, string what, List<string> problems)
    {
        if (expect.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{what}: 'expect' must be an object");
            return;
        }

        Unknown(expect, ExpectFields, what + " expect", problems);
        var wantValid = !expect.TryGetProperty("valid", out var valid) || valid.ValueKind != JsonValueKind.False;
        if (run.Valid != wantValid)
        {
            var failures = run.Document["failures"]?.ToJsonString() ?? "none";
            problems.Add($"{what}: expected {(wantValid ? "a valid result" : "validation failures")}, got {(run.Valid ? "a valid result" : "failures " + failures)}");
            return;
        }

        if (expect.TryGetProperty("failures", out var codes))
        {
            var actual = (run.Document["failures"] as JsonArray)?.Select(f => f?["code"]?.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var code in codes.EnumerateArray().Select(c => c.GetString()))
            {
                if (!actual.Contains(code))
                {
                    problems.Add($"{what}: expected failure {code}; got {string.Join(", ", actual)}");
                }
            }
        }

        if (expect.TryGetProperty("outcome", out var fields))
        {
            var outcome = run.Document["outcome"];
            foreach (var field in fields.EnumerateObject())
            {
                if (!JsonSelector.TrySelect(outcome, field.Name, out var actual, out var error))
                {
                    problems.Add($"{what}: {error}");
                    continue;
                }

                var expected = JsonNode.Parse(field.Value.GetRawText());
                if (!Same(expected, actual, tolerance))
                {
                    problems.Add($"{what}: {field.Name} expected {JsonSelector.Text(expected)}, got {JsonSelector.Text(actual)}");
                }
            }
        }
    }

    private static void CheckChange(JsonElement change, AreaRun baseline, AreaRun reform, decimal tolerance, List<string> problems)
    {
        foreach (var field in change.EnumerateObject())
        {
            if (!field.Value.TryGetDecimal(out var delta))
            {
                problems.Add($"change: {field.Name} must be a number (reform minus baseline)");
                continue;
            }

            if (!JsonSelector.TrySelect(baseline.Document["outcome"], field.Name, out var before, out var e1)
                || !JsonSelector.TrySelect(reform.Document["outcome"], field.Name, out var after, out e1)
                || !JsonSelector.TryNumber(before, out var b)
                || !JsonSelector.TryNumber(after, out var a))
            {
                problems.Add($"change: {field.Name}: {e1 ?? "not a number in both results"}");
                continue;
            }

            if (Math.Abs(a - b - delta) > tolerance)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"change: {field.Name} expected {delta:+0.##;-0.##;0}, got {a - b:+0.##;-0.##;0} ({b} → {a})"));
            }
        }
    }

    private static bool Same(JsonNode? expected, JsonNode? actual, decimal tolerance)
    {
        if (JsonSelector.TryNumber(expected, out var e) && JsonSelector.TryNumber(actual, out var a))
        {
            return Math.Abs(e - a) <= tolerance;
        }

        return JsonNode.DeepEquals(expected, actual);
    }

    private static void Unknown(JsonElement obj, string[] known, string what, List<string> problems)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (!known.Contains(p.Name, StringComparer.Ordinal))
            {
                problems.Add($"{what}: unknown field '{p.Name}'");
            }
        }
    }
}
