namespace Governance.Rules.Money;

/// <summary>How an amount in yuan is rounded to the fen (分, 0.01 元).</summary>
public enum FenRounding
{
    /// <summary>四舍五入: half a fen or more rounds away from zero.</summary>
    HalfUp = 0,

    /// <summary>舍去: fractions of a fen are dropped (toward zero).</summary>
    Down = 1,

    /// <summary>进位: any fraction of a fen rounds up (away from zero).</summary>
    Up = 2,
}

/// <summary>Exact money arithmetic on <see cref="decimal"/> yuan.</summary>
public static class MoneyMath
{
    /// <summary>Rounds <paramref name="yuan"/> to whole fen by <paramref name="rule"/>.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <param name="rule">The rounding rule.</param>
    /// <returns>The amount rounded to two decimal places.</returns>
    public static decimal ToFen(decimal yuan, FenRounding rule) => rule switch
    {
        FenRounding.HalfUp => Math.Round(yuan, 2, MidpointRounding.AwayFromZero),
        FenRounding.Down => Math.Round(yuan, 2, MidpointRounding.ToZero),
        FenRounding.Up => Math.Round(yuan, 2, yuan >= 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rounding rule."),
    };
}
