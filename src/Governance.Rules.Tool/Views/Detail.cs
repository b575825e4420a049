namespace Governance.Rules.Tool.Views;

/// <summary>How much of a result <c>govrules eval</c> prints.</summary>
internal enum Detail
{
    /// <summary><c>--brief</c>: the summary table, the warnings in one or two lines and the stamp.</summary>
    Brief = 0,

    /// <summary>The default: the summary, then each step in a sentence with each parameter's value once, in words.</summary>
    Concise = 1,

    /// <summary><c>--explain full</c>: every step with its rule id, every parameter in full with its citation, every warning.</summary>
    Full = 2,
}
