namespace Governance.Rules.Tests;

/// <summary>Programmer errors name the argument at fault.</summary>
public sealed class GuardTests
{
    [Fact]
    public void A_blank_text_is_refused_naming_the_argument_and_a_real_one_is_returned()
    {
        const string? blank = " \t";
        var ex = Assert.Throws<ArgumentException>(() => Guard.NotNullOrWhiteSpace(blank));
        Assert.Equal("blank", ex.ParamName);
        Assert.StartsWith("The value must not be empty.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("cn.js.suzhou", Guard.NotNullOrWhiteSpace("cn.js.suzhou"));
        string? missing = null;
        Assert.Equal("missing", Assert.Throws<ArgumentNullException>(() => Guard.NotNullOrWhiteSpace(missing)).ParamName);
    }
}
