using System.Globalization;
using System.Reflection;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Validation;

namespace Governance.Rules.Tests.Validation;

/// <summary>
/// One validation failure a consumer can cause through the public API, with everything it must say: the code, the
/// path as the caller wrote it, the attempted value and the full message in both languages.
/// </summary>
/// <param name="Name">A short name for the row (unique within its catalogue's table).</param>
/// <param name="Run">Calls the public API with the bad input and returns its failures.</param>
/// <param name="Code">The expected code.</param>
/// <param name="Path">The expected property path.</param>
/// <param name="Value">The expected attempted value (null when the failure carries none).</param>
/// <param name="ZhHans">The expected Chinese message, written out in full.</param>
/// <param name="En">The expected English message, written out in full.</param>
internal sealed record ErrorCase(string Name, Func<IReadOnlyList<ValidationFailure>> Run, string Code, string Path, string? Value, string ZhHans, string En)
{
    /// <summary>The limits and pack parameters the expected messages write out, each with the figure it comes from.</summary>
    public IReadOnlyList<ErrorFigure> Figures { get; init; } = [];

    /// <summary>What the row expects, in the shape <see cref="Observe"/> gives.</summary>
    public (string Name, string Code, string Path, string? Value, string ZhHans, string En) Expected => (Name, Code, Path, Value, ZhHans, En);

    /// <summary>Runs the row and gives what its one failure says (or the codes it gave, when not exactly one).</summary>
    public (string Name, string Code, string Path, string? Value, string ZhHans, string En) Observe()
    {
        var failures = Run();
        if (failures.Count != 1)
        {
            return (Name, $"{failures.Count} failures: " + string.Join(", ", failures), "", null, "", "");
        }

        var f = failures[0];
        return (Name, f.Code, f.PropertyPath, f.AttemptedValue, f.Message.ZhHans, f.Message.En);
    }

    /// <summary>Asserts the one failure the row gives, field by field, and the figures its messages write out.</summary>
    public void AssertFailure()
    {
        var f = Assert.Single(Run());
        Assert.Equal(Code, f.Code);
        Assert.Equal(Path, f.PropertyPath);
        Assert.Equal(Value, f.AttemptedValue);
        Assert.Equal(ZhHans, f.Message.ZhHans);
        Assert.Equal(En, f.Message.En);
        foreach (var figure in Figures)
        {
            // The number as the row writes it is the number the library holds, and it is the one in the message.
            Assert.Equal(figure.Shown, figure.Source);
            if (figure.Only != Language.En)
            {
                Assert.Contains(figure.Shown, f.Message.ZhHans, StringComparison.Ordinal);
            }

            if (figure.Only != Language.ZhHans)
            {
                Assert.Contains(figure.Shown, f.Message.En, StringComparison.Ordinal);
            }
        }
    }
}

/// <summary>A figure an expected message writes out (<see cref="Shown"/>) and the same figure read from its source.</summary>
/// <param name="Shown">The figure as the expected message writes it.</param>
/// <param name="Source">The figure from the limits class or the pack, written culture-invariantly.</param>
/// <param name="Only">The one language whose message holds it, or null for both.</param>
internal sealed record ErrorFigure(string Shown, string Source, Language? Only = null)
{
    /// <summary>A figure of both messages from a number or text.</summary>
    public static ErrorFigure Of(string shown, object source, Language? only = null) =>
        new(shown, source is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : source.ToString() ?? "", only);
}

/// <summary>The table plumbing shared by the catalogue tests.</summary>
internal static class ErrorCases
{
    /// <summary>The rows' names, for a theory.</summary>
    public static TheoryData<string> Names(IEnumerable<ErrorCase> cases) => [.. cases.Select(c => c.Name)];

    /// <summary>The row named <paramref name="name"/>.</summary>
    public static ErrorCase Named(IEnumerable<ErrorCase> cases, string name) => cases.Single(c => c.Name == name);

    /// <summary>Every public static readonly <see cref="ErrorDescriptor"/> of <paramref name="catalogue"/>, by field name.</summary>
    public static IReadOnlyDictionary<string, ErrorDescriptor> Descriptors(Type catalogue) =>
        catalogue.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsInitOnly && f.FieldType == typeof(ErrorDescriptor))
            .ToDictionary(f => f.Name, f => (ErrorDescriptor)f.GetValue(null)!);

    /// <summary>The codes of every public static readonly <see cref="ErrorDescriptor"/> of <paramref name="catalogue"/>, by field name.</summary>
    public static IReadOnlyList<(string Field, string Code)> Codes(Type catalogue) =>
        [.. Descriptors(catalogue).Select(d => (d.Key, d.Value.Code))];

    /// <summary>
    /// Asserts that every descriptor of <paramref name="catalogue"/> has a row in <paramref name="cases"/> or is listed in
    /// <paramref name="notProducible"/>, that the exclusions are codes of the catalogue without a row, and that every
    /// row's code is one of the catalogue's.
    /// </summary>
    public static void AssertEveryDescriptorHasACase(Type catalogue, IReadOnlyList<ErrorCase> cases, IReadOnlySet<string> notProducible)
    {
        var codes = Codes(catalogue);
        Assert.NotEmpty(codes);
        var covered = cases.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var missing = codes.Where(c => !covered.Contains(c.Code) && !notProducible.Contains(c.Code)).Select(c => $"{catalogue.Name}.{c.Field} ({c.Code})").ToArray();
        Assert.True(missing.Length == 0, "descriptors without a triggered case: " + string.Join(", ", missing));
        var known = codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var wrongExclusions = notProducible.Where(code => !known.Contains(code) || covered.Contains(code)).ToArray();
        Assert.True(wrongExclusions.Length == 0, "excluded codes that are not the catalogue's or do have a case: " + string.Join(", ", wrongExclusions));
        var foreign = covered.Where(code => !known.Contains(code)).ToArray();
        Assert.True(foreign.Length == 0, "cases whose code is not the catalogue's: " + string.Join(", ", foreign));
    }
}
