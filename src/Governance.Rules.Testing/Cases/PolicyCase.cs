using System.Text.Json;
using Xunit.Sdk;

namespace Governance.Rules.Testing.Cases;

/// <summary>
/// A policy test case written by policy staff: a name that reads as a sentence, the area, the as-of date,
/// the input, the expected outcome fields, and optionally a reform with its expected outcome or change.
/// </summary>
/// <remarks>
/// A case file holds one case object or an array of them:
/// <code>
/// {
///   "name": "A community of 12,345 residents needs 23 workers (12,345 × 18 ÷ 10,000 = 22.221, rounded up)",
///   "area": "staffing",
///   "asOf": "2025-06-30",
///   "pack": "cn.js.suzhou",
///   "input": { "areas": [ { "id": "c-01", "urbanPermanentPopulation": 12345 } ] },
///   "expect": { "valid": true, "outcome": { "areas[id=c-01].required": 23 } },
///   "tolerance": 0.01,
///   "reform": { "layers": [ "reform-20.json" ], "pack": "reform.staffing-20",
///               "expect": { "outcome": { "areas[0].required": 25 } }, "change": { "areas[0].required": 2 } }
/// }
/// </code>
/// Paths select into the result's outcome JSON: <c>.name</c> for a member, <c>[2]</c> for an index,
/// <c>[id=c-01]</c> for the element whose member equals a value. Layer paths are relative to the case file.
/// Numbers compare within <c>tolerance</c> (default 0), other values exactly. <c>failures</c> lists the
/// validation codes expected when <c>valid</c> is false.
/// </remarks>
public sealed class PolicyCase : IXunitSerializable
{
    /// <summary>For xunit's deserializer only.</summary>
    public PolicyCase()
    {
        Json = "{}";
        Source = string.Empty;
    }

    /// <summary>Creates a case from its JSON text.</summary>
    /// <param name="json">The case object as JSON.</param>
    /// <param name="source">The file it comes from (layer paths are relative to its folder).</param>
    /// <param name="index">Its position in the file.</param>
    public PolicyCase(string json, string source, int index)
    {
        Json = json ?? throw new ArgumentNullException(nameof(json));
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Index = index;
    }

    /// <summary>The case object as JSON.</summary>
    public string Json { get; private set; }

    /// <summary>The file the case comes from.</summary>
    public string Source { get; private set; }

    /// <summary>The case's position in its file.</summary>
    public int Index { get; private set; }

    /// <summary>The case's name (its <c>name</c> field), or a placeholder naming the file and index.</summary>
    public string Name
    {
        get
        {
            try
            {
                using var doc = JsonDocument.Parse(Json);
                return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                    ? n.GetString()!
                    : $"{Path.GetFileName(Source)}[{Index}]";
            }
            catch (JsonException)
            {
                return $"{Path.GetFileName(Source)}[{Index}]";
            }
        }
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Json = info.GetValue<string>("json") ?? "{}";
        Source = info.GetValue<string>("source") ?? string.Empty;
        Index = info.GetValue<int>("index");
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("json", Json);
        info.AddValue("source", Source);
        info.AddValue("index", Index);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
