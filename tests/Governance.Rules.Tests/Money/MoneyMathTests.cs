using Governance.Rules.Money;

namespace Governance.Rules.Tests.Money;

public sealed class MoneyMathTests
{
    [Theory]
    [InlineData("1.005", FenRounding.HalfUp, "1.01")]
    [InlineData("1.004", FenRounding.HalfUp, "1.00")]
    [InlineData("1.009", FenRounding.Down, "1.00")]
    [InlineData("1.001", FenRounding.Up, "1.01")]
    [InlineData("-1.001", FenRounding.Up, "-1.01")]
    [InlineData("-1.005", FenRounding.HalfUp, "-1.01")]
    public void Rounds_to_the_fen_by_the_named_rule(string yuan, FenRounding rule, string expected)
    {
        var parse = (string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(parse(expected), MoneyMath.ToFen(parse(yuan), rule));
    }
}
