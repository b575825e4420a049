namespace Governance.Rules.Packs;

/// <summary>Why a rule pack did not load: the file, the JSON path, a stable code and the reason.</summary>
/// <param name="Code">A stable code, for example <c>PACK_UNKNOWN_FIELD</c>.</param>
/// <param name="Source">The file or resource name.</param>
/// <param name="Path">The JSON path of the offending element, for example <c>$.parameters['staffing.rounding'].values[0].from</c>.</param>
/// <param name="Message">The reason, in English (codes are stable; messages may be reworded).</param>
public sealed record PackLoadError(string Code, string Source, string Path, string Message)
{
    /// <summary>What the code means, in zh-Hans and en (for example 尊老金年龄段相互重叠); <see cref="Message"/> gives the particulars.</summary>
    public Localization.LocalizedText Summary => PackErrorTexts.For(Code);

    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Path}: {Code}: {Message}";
}

/// <summary>Thrown when a rule pack cannot be loaded; <see cref="Errors"/> says why.</summary>
public sealed class RulePackLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RulePackLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RulePackLoadException(string message)
        : base(message) => Errors = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RulePackLoadException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Creates the exception from load errors.</summary>
    /// <param name="errors">The errors.</param>
    public RulePackLoadException(IReadOnlyList<PackLoadError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Every reason the pack did not load.</summary>
    public IReadOnlyList<PackLoadError> Errors { get; }

    private static string Describe(IReadOnlyList<PackLoadError> errors) =>
        errors.Count == 0
            ? "The rule pack could not be loaded."
            : "The rule pack could not be loaded:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}

/// <summary>The outcome of loading a rule pack: the pack, or every error found.</summary>
public sealed class RulePackLoadResult
{
    internal RulePackLoadResult(RulePack? pack, IReadOnlyList<PackLoadError> errors)
    {
        Pack = pack;
        Errors = errors;
    }

    /// <summary>True when the pack loaded; then <see cref="Pack"/> is set and <see cref="Errors"/> is empty.</summary>
    public bool Success => Pack is not null;

    /// <summary>The loaded pack, or null.</summary>
    public RulePack? Pack { get; }

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<PackLoadError> Errors { get; }

    /// <summary>Returns the pack or throws.</summary>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackLoadException">The pack did not load.</exception>
    public RulePack GetPackOrThrow() => Pack ?? throw new RulePackLoadException(Errors);
}
