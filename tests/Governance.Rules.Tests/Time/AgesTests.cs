using Governance.Rules.Time;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Time;

public sealed class AgesTests
{
    [Theory]
    [InlineData("1945-05-14", "2025-05-13", 79)]
    [InlineData("1945-05-14", "2025-05-14", 80)]
    [InlineData("1945-05-14", "2025-05-15", 80)]
    [InlineData("1944-02-29", "2024-02-29", 80)]
    [InlineData("1944-02-29", "2025-02-28", 80)]
    [InlineData("1944-02-29", "2023-02-28", 78)]
    [InlineData("1944-02-29", "2023-03-01", 79)]
    public void Completed_years_count_the_birthday_itself_and_29_February_turns_on_1_March(string birth, string on, int age)
    {
        Assert.Equal(age, Ages.CompletedYears(Date(birth), Date(on)));
    }

    [Fact]
    public void With_the_February_28_rule_a_leap_day_birthday_turns_on_28_February()
    {
        Assert.Equal(79, Ages.CompletedYears(Date("1944-02-29"), Date("2023-02-28"), LeapDayRule.February28));
        Assert.Equal(Date("2023-02-28"), Ages.Anniversary(Date("1944-02-29"), 79, LeapDayRule.February28));
        Assert.Equal(Date("2023-03-01"), Ages.Anniversary(Date("1944-02-29"), 79));
    }

    [Fact]
    public void Before_birth_the_age_is_minus_one()
    {
        Assert.Equal(-1, Ages.CompletedYears(Date("2000-01-02"), Date("2000-01-01")));
    }

    [Property]
    public Property Age_never_decreases_as_the_date_advances() =>
        Prop.ForAll(Gen.Choose(0, 60_000).ToArbitrary(), Gen.Choose(0, 40_000).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (b, d, step) =>
        {
            var birth = new LocalDate(1900, 1, 1).PlusDays(b);
            var day = birth.PlusDays(d);
            return Ages.CompletedYears(birth, day) <= Ages.CompletedYears(birth, day.PlusDays(step));
        });
}
