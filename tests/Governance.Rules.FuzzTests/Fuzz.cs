using System.Globalization;
using System.Text.Json;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Json;

namespace Governance.Rules.FuzzTests;

/// <summary>
/// How many inputs a fuzz test tries, and the invariant every public API keeps: a valid result xor failures, no
/// exception escaping (ArgumentNullException only for a null argument), and the same answer twice.
/// </summary>
/// <remarks>
/// "The same answer twice" compares validity, failures, warnings and explanation length of every input, and the whole
/// serialized result of every fourth. The CI run tries <see cref="CiInputs"/> inputs per API and <see cref="CiPackMutations"/> pack mutations. Set
/// <c>GOVRULES_FUZZ_COUNT</c> (for example to 1000000) to try that many inputs per API, and a tenth as many pack
/// mutations, on a workstation.
/// </remarks>
internal static class Fuzz
{
    public const int CiInputs = 10_000;

    public const int CiPackMutations = 2_000;

    public static int Inputs { get; } = FromEnvironment() ?? CiInputs;

    public static int PackMutations { get; } = FromEnvironment() is { } n ? Math.Max(CiPackMutations, n / 10) : CiPackMutations;

    /// <summary>Runs <paramref name="check"/> on <see cref="Inputs"/> generated values; a failure throws with the shrunk input.</summary>
    public static void Run<T>(Gen<T> gen, Action<T> check, int? count = null)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(count ?? Inputs).WithQuietOnSuccess(true);
        Check.One(config, Prop.ForAll(gen.ToArbitrary(), (T value) => check(value)));
    }

    /// <summary>Evaluates twice: no exception, valid xor failures, the same answer both times.</summary>
    public static RuleResult<T> Evaluate<T>(Func<RuleResult<T>> evaluate)
        where T : class
    {
        var first = NoThrow(evaluate);
        var second = NoThrow(evaluate);
        if (first.IsValid == first.Failures.Count > 0)
        {
            throw new FuzzFailure("valid and failures together, or neither: " + Describe(first));
        }

        if (!first.IsValid && (first.Explanation.Steps.Count > 0 || first.Warnings.Count > 0))
        {
            throw new FuzzFailure("half a result: failures with an explanation or warnings: " + Describe(first));
        }

        foreach (var f in first.Failures)
        {
            if (string.IsNullOrWhiteSpace(f.Code) || string.IsNullOrWhiteSpace(f.Message.ZhHans) || string.IsNullOrWhiteSpace(f.Message.En) || f.PropertyPath is null)
            {
                throw new FuzzFailure("a failure without code, path or message: " + f);
            }
        }

        if (first.IsValid != second.IsValid || !first.Failures.SequenceEqual(second.Failures) || first.Warnings.Count != second.Warnings.Count
            || first.Explanation.Steps.Count != second.Explanation.Steps.Count)
        {
            throw new FuzzFailure("two evaluations differ: " + Describe(first) + "\n" + Describe(second));
        }

        // The whole serialized result is compared on every fourth input (serializing costs more than evaluating).
        if (Interlocked.Increment(ref _compared) % 4 == 0)
        {
            Same(Describe(first), Describe(second));
        }

        return first;
    }

    private static long _compared;

    /// <summary>Calls a fast path twice: no exception and the same answer both times.</summary>
    public static T Call<T>(Func<T> call)
    {
        var first = NoThrow(call);
        var second = NoThrow(call);
        if (first is not RulePackLoadResult)
        {
            Same(Describe(first), Describe(second));
        }
        else
        {
            Same(Loaded(first), Loaded(second));
        }

        return first;
    }

    /// <summary>Calls once: no exception.</summary>
    public static T Once<T>(Func<T> call) => NoThrow(call);

    private static string Loaded(object? result) =>
        result is RulePackLoadResult { Pack: { } pack } ? pack.ContentHash : string.Join("\n", ((RulePackLoadResult)result!).Errors);

    public static string Describe(object? value) => JsonSerializer.Serialize(value, RulesJson.Compact);

    private static void Same(string first, string second)
    {
        if (!string.Equals(first, second, StringComparison.Ordinal))
        {
            throw new FuzzFailure("two evaluations differ:\n" + first + "\n" + second);
        }
    }

    private static T NoThrow<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (ex is not FuzzFailure)
        {
            throw new FuzzFailure("an exception escaped: " + ex, ex);
        }
    }

    private static int? FromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("GOVRULES_FUZZ_COUNT"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}

/// <summary>The invariant did not hold.</summary>
internal sealed class FuzzFailure : Exception
{
    public FuzzFailure(string message)
        : base(message)
    {
    }

    public FuzzFailure(string message, Exception inner)
        : base(message, inner)
    {
    }
}
