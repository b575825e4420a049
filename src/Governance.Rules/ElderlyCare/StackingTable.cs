using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>What happens when two benefits meet.</summary>
public enum StackingKind
{
    /// <summary>Both are paid (the default for pairs not listed).</summary>
    Compatible = 0,

    /// <summary>Only the first listed is paid.</summary>
    Exclusive = 1,

    /// <summary>Only the higher (compared per month; a yearly amount counts as a twelfth) is paid; on a tie, the first listed.</summary>
    Higher = 2,
}

/// <summary>One stacking rule: two benefit codes (or <c>institutional-care</c>) and the rule.</summary>
/// <param name="First">The first code.</param>
/// <param name="Second">The second code.</param>
/// <param name="Kind">The rule.</param>
public sealed record StackingRule(string First, string Second, StackingKind Kind);

/// <summary>The stacking rules of a pack, applied in order.</summary>
public sealed class StackingTable
{
    /// <summary>The pseudo-benefit that institutional care (入住养老机构) stands for in stacking rules.</summary>
    public const string InstitutionalCare = "institutional-care";

    private StackingTable(StackingRule[] rules) => RuleArray = rules;

    /// <summary>The rules in order.</summary>
    public IReadOnlyList<StackingRule> Rules => RuleArray;

    internal StackingRule[] RuleArray { get; }

    internal static bool TryRead(JsonElement json, out StackingTable value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected [{benefits: [a, b], rule: exclusive|higher|compatible}]";
            return false;
        }

        var list = new List<StackingRule>();
        foreach (var r in json.EnumerateArray())
        {
            if (!PackJson.Fields(r, out error, "benefits", "rule") || !r.TryGetProperty("benefits", out var b) || b.ValueKind != JsonValueKind.Array || b.GetArrayLength() != 2)
            {
                error ??= "a rule is {benefits: [a, b], rule}";
                return false;
            }

            var a0 = b[0].ValueKind == JsonValueKind.String ? b[0].GetString() : null;
            var a1 = b[1].ValueKind == JsonValueKind.String ? b[1].GetString() : null;
            if (!Known(a0) || !Known(a1) || string.Equals(a0, a1, StringComparison.Ordinal) || (a1 == InstitutionalCare))
            {
                error = "benefits names two different benefit codes; institutional-care may only come first";
                return false;
            }

            StackingKind? kind = PackJson.Word(r, "rule") switch
            {
                "exclusive" => StackingKind.Exclusive,
                "higher" => StackingKind.Higher,
                "compatible" => StackingKind.Compatible,
                _ => null,
            };
            if (kind is null || (a0 == InstitutionalCare && kind != StackingKind.Exclusive))
            {
                error = "rule is exclusive, higher or compatible (institutional-care only exclusive)";
                return false;
            }

            list.Add(new StackingRule(a0, a1, kind.Value));
        }

        value = new StackingTable([.. list]);
        return true;

        static bool Known([NotNullWhen(true)] string? code) => code == InstitutionalCare || ElderlyBenefits.TryParse(code, out _);
    }
}
