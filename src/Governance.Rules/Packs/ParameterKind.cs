namespace Governance.Rules.Packs;

/// <summary>The JSON shape of a parameter's values.</summary>
public enum ParameterKind
{
    /// <summary>An exact decimal number.</summary>
    Decimal = 0,

    /// <summary>A whole number.</summary>
    Integer = 1,

    /// <summary>true or false.</summary>
    Boolean = 2,

    /// <summary>One word out of a fixed set (for example a rounding rule).</summary>
    Choice = 3,

    /// <summary>A structured value (a table, a list of bands) read by the rule area that owns it.</summary>
    Table = 4,
}
