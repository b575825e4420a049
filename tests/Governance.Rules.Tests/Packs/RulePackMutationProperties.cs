using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

public sealed class RulePackMutationProperties
{
    private static readonly string Valid = ReformLayer();

    private static readonly char[] Alphabet = ['{', '}', '[', ']', '"', ',', ':', '0', '9', '-', 'a', 'n', ' ', '\\', '人'];

    /// <summary>Any single mutation of a valid pack either loads or fails with load errors — never another exception.</summary>
    [Property(MaxTest = 300)]
    public Property Any_single_mutation_loads_or_fails_with_load_errors()
    {
        var gen =
            from kind in Gen.Choose(0, 2)
            from position in Gen.Choose(0, Valid.Length - 1)
            from ch in Gen.Elements(Alphabet)
            select kind switch
            {
                0 => Valid.Remove(position, 1),
                1 => Valid.Insert(position, ch.ToString()),
                _ => Valid.Remove(position, 1).Insert(position, ch.ToString()),
            };
        return Prop.ForAll(gen.ToArbitrary(), mutated =>
        {
            var result = LoadLayer(mutated, "mutated.json");
            return result.Success ? result.Errors.Count == 0 && result.Pack is not null : result.Errors.Count > 0 && result.Pack is null;
        });
    }
}
