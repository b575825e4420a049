using System.Globalization;
using Governance.Rules.Money;

namespace Governance.Rules.Tests.Money;

/// <summary>Each fen rounding rule on both sides of zero, at, below and above half a fen.</summary>
public sealed class FenRoundingBoundaryTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2.00", "2.00", "2.00", "2.00")] // whole fen: every rule leaves it alone
    [InlineData("2.0049", "2.00", "2.00", "2.01")] // below half a fen
    [InlineData("2.005", "2.01", "2.00", "2.01")] // exactly half a fen
    [InlineData("2.0051", "2.01", "2.00", "2.01")] // above half a fen
    [InlineData("-2.0049", "-2.00", "-2.00", "-2.01")]
    [InlineData("-2.005", "-2.01", "-2.00", "-2.01")]
    [InlineData("-2.0051", "-2.01", "-2.00", "-2.01")]
    [InlineData("-0.001", "0.00", "0.00", "-0.01")] // 进位 rounds a debt away from zero too
    [InlineData("0.001", "0.00", "0.00", "0.01")]
    [InlineData("0", "0", "0", "0")]
    public void Half_up_down_and_up_round_as_named(string yuan, string halfUp, string down, string up)
    {
        Assert.Equal(D(halfUp), MoneyMath.ToFen(D(yuan), FenRounding.HalfUp));
        Assert.Equal(D(down), MoneyMath.ToFen(D(yuan), FenRounding.Down));
        Assert.Equal(D(up), MoneyMath.ToFen(D(yuan), FenRounding.Up));
    }

    [Fact]
    public void An_unknown_rounding_rule_is_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MoneyMath.ToFen(1m, (FenRounding)9));
        Assert.Equal("rule", e.ParamName);
        Assert.StartsWith("Unknown rounding rule.", e.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Down_never_exceeds_half_up_which_never_exceeds_up_for_amounts_owed() =>
        Prop.ForAll(Gen.Choose(0, 10_000_000).ToArbitrary(), n =>
        {
            var yuan = n / 1000m;
            var (down, half, up) = (MoneyMath.ToFen(yuan, FenRounding.Down), MoneyMath.ToFen(yuan, FenRounding.HalfUp), MoneyMath.ToFen(yuan, FenRounding.Up));
            return down <= half && half <= up && up - down <= 0.01m && Math.Abs(half - yuan) <= 0.005m;
        });
}
