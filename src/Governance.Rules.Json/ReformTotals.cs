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

        var primary = after.GetValueOrDefault(adapter.PrimaryFigure) - before.GetValueOrDefault(adapter.PrimaryFigure);
        if (!changed)
        {
            Unchanged++;
        }
        else if (primary > 0)
        {
            Gain++;
        }
        else if (primary < 0)
        {
            Lose++;
        }
        else
        {
            OtherChange++;
        }

        return figures;
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
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var b = i < before.Count ? before[i] : null;
            var a = i < after.Count ? after[i] : null;
            if (b is not null && a is not null && b.RuleId == a.RuleId && b.Message == a.Message
                && b.Parameters.SequenceEqual(a.Parameters) && b.Values.SequenceEqual(a.Values))
            {
                continue;
            }

            var parameters = new JsonArray();
            var keys = (b?.Parameters.Select(p => p.Key) ?? []).Union(a?.Parameters.Select(p => p.Key) ?? []);
            foreach (var key in keys)
            {
                var pb = b?.Parameters.FirstOrDefault(p => p.Key == key);
                var pa = a?.Parameters.FirstOrDefault(p => p.Key == key);
                if (pb?.Value != pa?.Value || pb?.Layer != pa?.Layer)
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

        return null;
    }
}
