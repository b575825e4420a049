using System.Text;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.Results;

/// <summary>A parameter as used in a step: key, value, the date its entry starts, the layer and the source.</summary>
/// <param name="Key">The parameter key.</param>
/// <param name="Name">The parameter's name.</param>
/// <param name="Value">The value as canonical JSON text.</param>
/// <param name="Unit">The unit.</param>
/// <param name="EffectiveFrom">The first day of the entry used.</param>
/// <param name="Layer">The layer that supplied the entry.</param>
/// <param name="Citation">The source.</param>
/// <param name="Provenance">Official, reported, or placeholder.</param>
public sealed record ParameterUse(
    string Key, LocalizedText Name, string Value, string Unit, LocalDate EffectiveFrom, string Layer, Citation? Citation, Provenance Provenance);

/// <summary>A named intermediate value of a step, written with the invariant culture.</summary>
/// <param name="Name">The value's name.</param>
/// <param name="Value">The value as text.</param>
public sealed record NamedValue(string Name, string Value);

/// <summary>One step of an explanation: the rule applied, what it did, and the parameters and values it used.</summary>
/// <param name="RuleId">A stable rule id, for example <c>staffing.quota.per-10k</c>.</param>
/// <param name="Message">What the step did, in zh-Hans and en.</param>
/// <param name="Parameters">The parameters used.</param>
/// <param name="Values">The intermediate values.</param>
public sealed record ExplanationStep(string RuleId, LocalizedText Message, IReadOnlyList<ParameterUse> Parameters, IReadOnlyList<NamedValue> Values);

/// <summary>The ordered steps that led to a result.</summary>
public sealed class Explanation
{
    /// <summary>An explanation with no steps (when none was asked for).</summary>
    public static readonly Explanation None = new([]);

    /// <summary>Creates an explanation.</summary>
    /// <param name="steps">The steps in order.</param>
    public Explanation(IReadOnlyList<ExplanationStep> steps) => Steps = Guard.NotNull(steps);

    /// <summary>The steps in order.</summary>
    public IReadOnlyList<ExplanationStep> Steps { get; }

    /// <summary>Renders the explanation as plain text lines in <paramref name="language"/>; parameter values longer than <see cref="MaxRenderedValueLength"/> characters are cut with an ellipsis.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Render(Language language = Language.ZhHans)
    {
        var text = new StringBuilder();
        var n = 1;
        foreach (var step in Steps)
        {
            text.Append(n++).Append(". [").Append(step.RuleId).Append("] ").AppendLine(step.Message.Get(language));
            foreach (var p in step.Parameters)
            {
                text.Append("   - ").Append(p.Name.Get(language)).Append(" = ").Append(Shorten(p.Value)).Append(' ').Append(p.Unit)
                    .Append(" (").Append(language == Language.En ? "from " : "自 ").Append(p.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(", ").Append(p.Layer).Append(", ").Append(ProvenanceWord(p.Provenance, language)).Append(')');
                if (p.Citation is not null)
                {
                    text.Append(" — ").Append(p.Citation);
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>The longest parameter value written in full by <see cref="Render"/>; longer tables are cut (the steps keep them whole).</summary>
    public const int MaxRenderedValueLength = 160;

    private static string Shorten(string value) =>
        value.Length <= MaxRenderedValueLength ? value : string.Concat(value.AsSpan(0, MaxRenderedValueLength - 1), "…");

    internal static string ProvenanceWord(Provenance provenance, Language language) => (provenance, language) switch
    {
        (Provenance.Official, Language.En) => "official",
        (Provenance.Reported, Language.En) => "reported",
        (Provenance.Placeholder, Language.En) => "placeholder",
        (Provenance.Official, _) => "正式文本",
        (Provenance.Reported, _) => "报道/转载",
        _ => "占位值",
    };
}
