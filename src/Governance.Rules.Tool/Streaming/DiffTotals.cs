using System.Text.Json.Nodes;
using Governance.Rules.Json;

namespace Governance.Rules.Tool.Streaming;

/// <summary>The totals of a diff: how many records gain, lose, change otherwise, stay unchanged or are invalid, and the sum of each figure's change.</summary>
internal sealed class DiffTotals
{
    public long Records { get; set; }

    public long Gain { get; set; }

    public long Lose { get; set; }

    public long OtherChange { get; set; }

    public long Unchanged { get; set; }

    public long Invalid { get; set; }

    public long Changed => Gain + Lose + OtherChange;

    public Dictionary<string, decimal> FigureChanges { get; } = new(StringComparer.Ordinal);

    public void Add(string key, decimal change) => FigureChanges[key] = FigureChanges.GetValueOrDefault(key) + change;

    public void Merge(DiffTotals other)
    {
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

    public JsonObject ToJson(AreaAdapter adapter)
    {
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
}
