using System.Globalization;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Validation;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>The English dates of the explanations are written without a pattern parser, and read exactly as the patterns would.</summary>
public sealed class ElderlyTextsFormatTests
{
    [Fact]
    public void English_dates_and_months_read_as_the_invariant_patterns_over_every_date_a_request_may_hold()
    {
        for (var d = InputLimits.EarliestDate; d <= InputLimits.LatestDate; d = d.PlusDays(13))
        {
            Assert.Equal(d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), ElderlyTexts.EnDate(d));
            var month = new YearMonth(d.Year, d.Month);
            Assert.Equal(month.ToString("MMMM yyyy", CultureInfo.InvariantCulture), ElderlyTexts.EnMonth(month));
        }

        Assert.Equal("29 February 1936", ElderlyTexts.EnDate(new LocalDate(1936, 2, 29)));
        Assert.Equal(string.Empty, ElderlyTexts.EnMonth(null));
    }

    [Fact]
    public void Unmet_conditions_are_listed_in_their_fixed_order_with_the_separator_of_each_language()
    {
        const UnmetCondition u = UnmetCondition.Age | UnmetCondition.NotInForce | UnmetCondition.Application;
        Assert.Equal("无现行发放标准、年龄不在发放范围内、未申请或早于可补发期间", ElderlyTexts.UnmetZh(u));
        Assert.Equal("no figure in force, age outside the band, no application, or before the back-pay period", ElderlyTexts.UnmetEn(u));
        Assert.Equal("已身故", ElderlyTexts.UnmetZh(UnmetCondition.Deceased));
        Assert.Equal(string.Empty, ElderlyTexts.UnmetEn(UnmetCondition.None));
    }
}
