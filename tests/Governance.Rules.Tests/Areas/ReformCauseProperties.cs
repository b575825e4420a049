using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Citations;
using Governance.Rules.Json;
using Governance.Rules.Localization;
using Governance.Rules.Results;

namespace Governance.Rules.Tests.Areas;

/// <summary>
/// A changed record's cause is the first explanation step whose rule, parameters, values or message differ, with the parameters
/// whose value or layer differs there, in order of first use. Over generated explanations (steps often equal, parameters used
/// twice or on one side only), the cause is the one that definition gives, and the cause written straight to a writer (the
/// streaming diff's) is the same as the one built as a document.
/// </summary>
public sealed class ReformCauseProperties
{
    private static readonly Gen<ParameterUse> Parameters =
        from key in Gen.Elements("elderly.a", "elderly.b", "elderly.c")
        from value in Gen.Elements("1200", "1500", "{\"amount\":1200}")
        from layer in Gen.Elements("cn.js.suzhou", "reform")
        select new ParameterUse(key, new LocalizedText("参数", "parameter"), value, "元", new LocalDate(2026, 1, 1), layer, null, Provenance.Placeholder);

    private static readonly Gen<ExplanationStep> Steps =
        from rule in Gen.Elements("elderly.age", "elderly.benefit")
        from message in Gen.Elements(new LocalizedText("甲", "a"), new LocalizedText("乙", "b"))
        from count in Gen.Choose(0, 3)
        from parameters in Gen.ArrayOf(Parameters, count)
        from values in Gen.Elements<NamedValue[]>([], [new("age", "90")], [new("age", "91")])
        select new ExplanationStep(rule, message, parameters, values);

    /// <summary>The reform's steps: the baseline's, each replaced with odds of one in four, some dropped or added at the end.</summary>
    private static readonly Arbitrary<(ExplanationStep[] Before, ExplanationStep[] After)> Explanations =
        (from n in Gen.Choose(0, 4)
         from before in Gen.ArrayOf(Steps, n)
         from others in Gen.ArrayOf(Steps, n + 1)
         from replace in Gen.ArrayOf(Gen.Elements(true, false, false, false), n + 1)
         from length in Gen.Elements(n, n, n, Math.Max(0, n - 1), n + 1)
         select (before, Enumerable.Range(0, length).Select(i => i < n && !replace[i] ? before[i] with { } : others[i]).ToArray())).ToArbitrary();

    /// <summary>The definition, written plainly.</summary>
    private static JsonObject? Defined(ExplanationStep[] before, ExplanationStep[] after, Language language)
    {
        for (var i = 0; i < Math.Max(before.Length, after.Length); i++)
        {
            var b = i < before.Length ? before[i] : null;
            var a = i < after.Length ? after[i] : null;
            if (b is not null && a is not null && b.RuleId == a.RuleId && b.Parameters.SequenceEqual(a.Parameters) && b.Values.SequenceEqual(a.Values)
                && b.Message.ZhHans == a.Message.ZhHans && b.Message.En == a.Message.En)
            {
                continue;
            }

            var parameters = new JsonArray();
            var keys = (b?.Parameters.Select(p => p.Key) ?? []).Concat(a?.Parameters.Select(p => p.Key) ?? []).Distinct();
            foreach (var key in keys)
            {
                var pb = b?.Parameters.FirstOrDefault(p => p.Key == key);
                var pa = a?.Parameters.FirstOrDefault(p => p.Key == key);
                if (pb?.Value != pa?.Value || pb?.Layer != pa?.Layer)
                {
                    parameters.Add(new JsonObject { ["key"] = key, ["baseline"] = pb?.Value, ["reform"] = pa?.Value, ["reformLayer"] = pa?.Layer, ["citation"] = pa?.Citation?.ToString() });
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

    [Property(MaxTest = 500)]
    public Property The_cause_is_the_first_differing_step_with_its_differing_parameters() =>
        Prop.ForAll(Explanations, e => JsonNode.DeepEquals(Defined(e.Before, e.After, Language.En), ReformTotals.Cause(e.Before, e.After, Language.En)));

    [Property(MaxTest = 500)]
    public Property The_cause_written_straight_is_the_cause_built_as_a_document() =>
        Prop.ForAll(Explanations, e =>
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ReformTotals.WriteCause(writer, e.Before, e.After, Language.ZhHans);
            }

            return JsonNode.DeepEquals(JsonNode.Parse(buffer.WrittenSpan), ReformTotals.Cause(e.Before, e.After, Language.ZhHans));
        });

    [Fact]
    public void The_generated_explanations_include_equal_ones_parameters_used_twice_and_parameters_on_one_side()
    {
        var causes = Explanations.Generator.Sample(500, 7).Select(e => ReformTotals.Cause(e.Before, e.After, Language.En)).ToList();
        Assert.Contains(causes, c => c is null);
        Assert.Contains(causes, c => c?["parameters"]!.AsArray().Any(p => p!["baseline"] is null) == true);
        Assert.Contains(causes, c => c?["parameters"]!.AsArray().Any(p => p!["reform"] is null) == true);
        Assert.Contains(causes, c => c?["parameters"]!.AsArray().Count >= 2);
        Assert.Contains(Explanations.Generator.Sample(500, 7), e => e.Before.Any(s => s.Parameters.GroupBy(p => p.Key).Any(g => g.Count() > 1)));
    }
}
