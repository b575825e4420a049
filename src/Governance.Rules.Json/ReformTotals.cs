using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using Governance.Rules.Results;

namespace Governance.Rules.Json;

/// <summary>
/// The totals of a baseline-versus-reform comparison over records (who gains, loses or is unchanged, and the change of each
/// figure), and the cause of a record's change; shared by the govrules diff command and the web API's diff endpoint.
/// </summary>
public sealed class ReformTotals
{
    /// <summary>Records compared.</summary>
    public long Records { get; set; }

    /// <summary>Records whose primary figure rises.</summary>
    public long Gain { get; set; }

    /// <summary>Records whose primary figure falls.</summary>
    public long Lose { get; set; }

    /// <summary>Records that changed without a change of the primary figure.</summary>
    public long OtherChange { get; set; }

    /// <summary>Records with the same outcome on both packs.</summary>
    public long Unchanged { get; set; }

    /// <summary>Records rejected on either pack.</summary>
    public long Invalid { get; set; }

    /// <summary>Records whose outcome differs on the two packs (gains, losses and other changes).</summary>
    public long Changed => Gain + Lose + OtherChange;

    /// <summary>The sum of each figure's change.</summary>
    public Dictionary<string, decimal> FigureChanges { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a figure's change.</summary>
    /// <param name="key">The figure.</param>
    /// <param name="change">The change.</param>
    public void Add(string key, decimal change) => FigureChanges[key] = FigureChanges.GetValueOrDefault(key) + change;

    /// <summary>
    /// Counts one record valid on both packs: adds each figure's change, and counts the record as a gain or a loss by the
    /// area's primary figure, as another change, or as unchanged.
    /// </summary>
    /// <param name="adapter">The area.</param>
    /// <param name="before">The baseline's figures.</param>
    /// <param name="after">The reform's figures.</param>
    /// <param name="changed">Whether the outcome differs at all.</param>
    /// <returns>Each figure's baseline, reform and change.</returns>
    public JsonObject AddRecord(AreaAdapter adapter, IReadOnlyDictionary<string, decimal> before, IReadOnlyDictionary<string, decimal> after, bool changed)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var figures = new JsonObject();
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var b = before.GetValueOrDefault(key);
            var a = after.GetValueOrDefault(key);
            figures[key] = new JsonObject { ["baseline"] = b, ["reform"] = a, ["change"] = a - b };
            Add(key, a - b);
        }

        if (changed)
        {
            CountChange(after.GetValueOrDefault(adapter.PrimaryFigure) - before.GetValueOrDefault(adapter.PrimaryFigure));
        }
        else
        {
            Unchanged++;
        }

        return figures;
    }

    /// <summary>Counts one changed record as a gain or a loss by the change of the area's primary figure, or as another change when that figure is the same.</summary>
    /// <param name="primaryChange">The reform's primary figure less the baseline's.</param>
    public void CountChange(decimal primaryChange)
    {
        if (primaryChange > 0)
        {
            Gain++;
        }
        else if (primaryChange < 0)
        {
            Lose++;
        }
        else
        {
            OtherChange++;
        }
    }

    /// <summary>Adds another part's totals to these (a diff run in parallel adds its workers' totals).</summary>
    /// <param name="other">The other part's totals.</param>
    public void Merge(ReformTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Records += other.Records;
        Gain += other.Gain;
        Lose += other.Lose;
        OtherChange += other.OtherChange;
        Unchanged += other.Unchanged;
        Invalid += other.Invalid;
        foreach (var (key, value) in other.FigureChanges)
        {
            Add(key, value);
        }
    }

    /// <summary>The totals as JSON, with the cost change per month and year where the area has money figures.</summary>
    /// <param name="adapter">The area.</param>
    /// <returns>The JSON.</returns>
    public JsonObject ToJson(AreaAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var json = new JsonObject
        {
            ["records"] = Records,
            ["gain"] = Gain,
            ["lose"] = Lose,
            ["otherChange"] = OtherChange,
            ["unchanged"] = Unchanged,
            ["invalid"] = Invalid,
            ["figureChanges"] = new JsonObject([.. FigureChanges.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => KeyValuePair.Create(k.Key, (JsonNode?)k.Value))]),
        };
        if (adapter.CostFigures is { } cost)
        {
            json["costChangePerMonth"] = FigureChanges.GetValueOrDefault(cost.Monthly);
            json["costChangePerYear"] = FigureChanges.GetValueOrDefault(cost.Yearly);
        }

        return json;
    }

    /// <summary>The first explanation step that differs, with the parameters whose value or layer differs there.</summary>
    /// <param name="before">The baseline's steps.</param>
    /// <param name="after">The reform's steps.</param>
    /// <param name="language">The language of the messages.</param>
    /// <returns>The cause, or null when the steps are the same.</returns>
    public static JsonObject? Cause(IReadOnlyList<ExplanationStep> before, IReadOnlyList<ExplanationStep> after, Language language)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (FirstDifference(before, after) is not { } i)
        {
            return null;
        }

        var (b, a) = (StepAt(before, i), StepAt(after, i));
        var parameters = new JsonArray();
        foreach (var (key, pb, pa) in DifferingParameters(b, a))
        {
            parameters.Add(new JsonObject
            {
                ["key"] = key,
                ["baseline"] = pb?.Value,
                ["reform"] = pa?.Value,
                ["reformLayer"] = pa?.Layer,
                ["citation"] = pa?.Citation?.ToString(),
            });
        }

        return new JsonObject
        {
            ["step"] = i + 1,
            ["rule"] = (a ?? b)!.RuleId,
            ["baseline"] = b?.Message.Get(language),
            ["reform"] = a?.Message.Get(language),
            ["parameters"] = parameters,
        };
    }

    /// <summary>
    /// Writes the same cause as <see cref="Cause"/> (or a JSON null) straight to a writer, without building a document: the
    /// streaming diff's path for each changed record.
    /// </summary>
    /// <param name="writer">The writer, positioned where a value goes.</param>
    /// <param name="before">The baseline's steps.</param>
    /// <param name="after">The reform's steps.</param>
    /// <param name="language">The language of the messages.</param>
    /// <returns>The rule of the first differing step and each differing parameter as <c>key: baseline → reform</c>, for a one-line description; null when the steps are the same.</returns>
    public static (string Rule, IReadOnlyList<string> Parameters)? WriteCause(Utf8JsonWriter writer, IReadOnlyList<ExplanationStep> before, IReadOnlyList<ExplanationStep> after, Language language) =>
        WriteCause(writer, before, after, language, describe: true);

    /// <summary>
    /// <see cref="WriteCause(Utf8JsonWriter, IReadOnlyList{ExplanationStep}, IReadOnlyList{ExplanationStep}, Language)"/>, with
    /// the one-line descriptions of the differing parameters made only when <paramref name="describe"/> (a streaming diff
    /// shows only its first few changes; the others' descriptions would be made for nothing).
    /// </summary>
    internal static (string Rule, IReadOnlyList<string> Parameters)? WriteCause(Utf8JsonWriter writer, IReadOnlyList<ExplanationStep> before, IReadOnlyList<ExplanationStep> after, Language language, bool describe) =>
        WriteCause(writer, before, after, language, describe, cache: null);

    /// <summary>
    /// <see cref="WriteCause(Utf8JsonWriter, IReadOnlyList{ExplanationStep}, IReadOnlyList{ExplanationStep}, Language, bool)"/>,
    /// copying a cause <paramref name="cache"/> holds instead of writing it again (the same bytes either way; see
    /// <see cref="CauseCache"/>).
    /// </summary>
    internal static (string Rule, IReadOnlyList<string> Parameters)? WriteCause(Utf8JsonWriter writer, IReadOnlyList<ExplanationStep> before, IReadOnlyList<ExplanationStep> after, Language language, bool describe, CauseCache? cache)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (FirstDifference(before, after) is not { } i)
        {
            writer.WriteNullValue();
            return null;
        }

        var (b, a) = (StepAt(before, i), StepAt(after, i));
        var rule = (a ?? b)!.RuleId;
        var described = describe ? new List<string>() : null;
        if (cache is null || !cache.InUse || writer.Options.Indented)
        {
            WriteCause(writer, i, rule, b?.Message.Get(language), a?.Message.Get(language), b, a, described);
            return (rule, (IReadOnlyList<string>?)described ?? []);
        }

        var key = new CauseCache.Key(i, rule, b?.Message, a?.Message, b?.Parameters, a?.Parameters, language);
        if (cache.Find(key) is { } json)
        {
            writer.WriteRawValue(json, skipInputValidation: true);
            if (described is not null)
            {
                foreach (var (k, pb, pa) in DifferingParameters(b, a))
                {
                    described.Add(Describe(k, pb, pa));
                }
            }

            return (rule, (IReadOnlyList<string>?)described ?? []);
        }

        WriteCause(cache.Start(writer.Options), i, rule, b?.Message.Get(language), a?.Message.Get(language), b, a, described);
        writer.WriteRawValue(cache.Finish(key), skipInputValidation: true);
        return (rule, (IReadOnlyList<string>?)described ?? []);
    }

    private static void WriteCause(Utf8JsonWriter writer, int i, string rule, string? baselineText, string? reformText, ExplanationStep? b, ExplanationStep? a, List<string>? described)
    {
        writer.WriteStartObject();
        writer.WriteNumber("step", i + 1);
        writer.WriteString("rule", rule);
        writer.WriteString("baseline", baselineText);
        writer.WriteString("reform", reformText);
        writer.WriteStartArray("parameters");
        foreach (var (key, pb, pa) in DifferingParameters(b, a))
        {
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WriteString("baseline", pb?.Value);
            writer.WriteString("reform", pa?.Value);
            writer.WriteString("reformLayer", pa?.Layer);
            writer.WriteString("citation", pa?.Citation?.ToString());
            writer.WriteEndObject();
            described?.Add(Describe(key, pb, pa));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Describe(string key, ParameterUse? pb, ParameterUse? pa) => $"{key}: {pb?.Value} → {pa?.Value}";

    private static ExplanationStep? StepAt(IReadOnlyList<ExplanationStep> steps, int i) => i < steps.Count ? steps[i] : null;

    /// <summary>The index of the first step whose rule, message, parameters or values differ; null when none does.</summary>
    private static int? FirstDifference(IReadOnlyList<ExplanationStep> before, IReadOnlyList<ExplanationStep> after)
    {
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var (b, a) = (StepAt(before, i), StepAt(after, i));
            // The message last: it may be composed only when read, and steps that differ in a figure need not compose it.
            if (b is null || a is null || b.RuleId != a.RuleId
                || !Same(b.Parameters, a.Parameters) || !Same(b.Values, a.Values) || b.Message != a.Message)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Equal lists of equal items, read by index (a step's parameters and values are short lists).</summary>
    private static bool Same<T>(IReadOnlyList<T> before, IReadOnlyList<T> after)
    {
        if (ReferenceEquals(before, after))
        {
            return true;
        }

        if (before.Count != after.Count)
        {
            return false;
        }

        for (var i = 0; i < before.Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(before[i], after[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The parameters of a step whose value or layer differs between the baseline and the reform, in order of first use (the baseline's keys, then the reform's new ones; each key's first use on each side).</summary>
    private static IEnumerable<(string Key, ParameterUse? Baseline, ParameterUse? Reform)> DifferingParameters(ExplanationStep? b, ExplanationStep? a)
    {
        IReadOnlyList<ParameterUse> before = b?.Parameters ?? [], after = a?.Parameters ?? [];
        for (var i = 0; i < before.Count; i++)
        {
            if (FirstUse(before, before[i].Key) == i && Differing(before[i].Key, before, after) is { } found)
            {
                yield return found;
            }
        }

        for (var i = 0; i < after.Count; i++)
        {
            if (FirstUse(after, after[i].Key) == i && FirstUse(before, after[i].Key) < 0 && Differing(after[i].Key, before, after) is { } found)
            {
                yield return found;
            }
        }

        static (string, ParameterUse?, ParameterUse?)? Differing(string key, IReadOnlyList<ParameterUse> before, IReadOnlyList<ParameterUse> after)
        {
            var (ib, ia) = (FirstUse(before, key), FirstUse(after, key));
            var pb = ib < 0 ? null : before[ib];
            var pa = ia < 0 ? null : after[ia];
            return pb?.Value != pa?.Value || pb?.Layer != pa?.Layer ? (key, pb, pa) : null;
        }
    }

    private static int FirstUse(IReadOnlyList<ParameterUse> parameters, string key)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
