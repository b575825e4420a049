using Governance.Rules.ElderlyCare;
using Governance.Rules.Localization;
using Governance.Rules.Time;

namespace Governance.Rules.Tests.Texts;

/// <summary>
/// Texts composed on reading are compared by their words. Two texts whose composers are known to compose the same words are
/// equal without composing either; over generated explanation texts of the elderly-care calculator (age, benefit, totals and
/// schedule steps, from figures that are often equal, equal but written with another scale, or different), a text known
/// equal by its composer is equal by its words, and equality and hash still follow the words.
/// </summary>
public sealed class ComposedTextProperties
{
    /// <summary>Two texts, what they are, and whether they were composed from equal figures (a decimal equal whatever its scale).</summary>
    public sealed record TextPair(string Kind, LocalizedText X, LocalizedText Y, bool FiguresEqual);

    private static readonly Gen<decimal> Amounts = Gen.Elements(0m, 0.00m, 1200m, 1200.00m, 1.005m, 1.0050m, 300m);

    private static readonly Gen<YearMonth?> Months = Gen.Elements<YearMonth?>(null, new YearMonth(2026, 10), new YearMonth(2027, 1));

    private static readonly Gen<LocalDate?> Dates = Gen.Elements<LocalDate?>(null, new LocalDate(2026, 10, 29), new LocalDate(2027, 2, 28));

    /// <summary>Each member of the second taken with odds of one in three, so that pairs are often equal or differ in one figure.</summary>
    private static readonly Gen<bool> Take = Gen.Elements(true, false, false);

    private static readonly Gen<ElderlyBenefitOutcome> Outcomes =
        from benefit in Gen.Elements(ElderlyBenefit.AgeAllowance90To99, ElderlyBenefit.HomeCare, ElderlyBenefit.Meal)
        from eligible in Gen.Elements(true, true, false)
        from amount in Amounts
        from period in Gen.Elements(BenefitPeriod.Month, BenefitPeriod.Year, BenefitPeriod.OneOff)
        from hours in Gen.Elements<decimal?>(null, 10m, 10.0m, 12m)
        from due in Amounts
        from start in Months
        from end in Months
        from stacking in Gen.Elements(StackingOutcome.Paid, StackingOutcome.Excluded, StackingOutcome.NotTheHigher)
        from stackedWith in Gen.Elements<string?>(null, "home-care")
        from unmet in Gen.Elements(UnmetCondition.None, UnmetCondition.Age, UnmetCondition.Deferred, UnmetCondition.Hukou | UnmetCondition.Application)
        from qualifiesOn in Dates
        from qualifiesFrom in Months
        from arrears in Amounts
        from dueOn in Dates
        from dependsOn in Gen.Elements<string?>(null, null, null, nameof(ElderlyPerson.MealsPerMonth))
        select new ElderlyBenefitOutcome
        {
            Benefit = benefit, Eligible = eligible, AmountPerPeriod = amount, Period = period, ServiceHours = hours, DueInAsOfMonth = due,
            StartMonth = start, EndMonth = end, Stacking = stacking, StackedWith = stackedWith, Unmet = unmet, QualifiesOn = qualifiesOn,
            QualifiesFromMonth = qualifiesFrom, Arrears = arrears, DueOn = dueOn, AmountDependsOn = dependsOn,
        };

    private static readonly Gen<ElderlyTexts.Context> Contexts =
        from start in Gen.Elements(StartRule.ConditionMonth, StartRule.NextMonth, StartRule.ApplicationMonth)
        from backPay in Gen.Elements(BackPay.None, BackPay.Months, BackPay.Unlimited)
        from months in Gen.Elements(3, 6)
        from stop in Gen.Elements(StopRule.ThroughDeathMonth, StopRule.DayBeforeDeath)
        from hukou in Gen.Elements(true, false)
        from minAge in Gen.Elements<int?>(null, 90)
        from lumpSum in Gen.Elements<int?>(null, 10)
        select new ElderlyTexts.Context(new BenefitRule(start, backPay, months, stop, hukou), minAge, lumpSum);

    private static readonly Gen<TextPair> BenefitPairs =
        from a in Outcomes
        from other in Outcomes
        from t in Gen.ArrayOf(Take, 16)
        from ca in Contexts
        from otherContext in Contexts
        from takeContext in Take
        let b = a with
        {
            Benefit = t[0] ? other.Benefit : a.Benefit, Eligible = t[1] ? other.Eligible : a.Eligible, AmountPerPeriod = t[2] ? other.AmountPerPeriod : a.AmountPerPeriod,
            Period = t[3] ? other.Period : a.Period, ServiceHours = t[4] ? other.ServiceHours : a.ServiceHours, DueInAsOfMonth = t[5] ? other.DueInAsOfMonth : a.DueInAsOfMonth,
            StartMonth = t[6] ? other.StartMonth : a.StartMonth, EndMonth = t[7] ? other.EndMonth : a.EndMonth, Stacking = t[8] ? other.Stacking : a.Stacking,
            StackedWith = t[9] ? other.StackedWith : a.StackedWith, Unmet = t[10] ? other.Unmet : a.Unmet, QualifiesOn = t[11] ? other.QualifiesOn : a.QualifiesOn,
            QualifiesFromMonth = t[12] ? other.QualifiesFromMonth : a.QualifiesFromMonth, Arrears = t[13] ? other.Arrears : a.Arrears, DueOn = t[14] ? other.DueOn : a.DueOn,
            AmountDependsOn = t[15] ? other.AmountDependsOn : a.AmountDependsOn,
        }
        from rescale in Gen.Elements(false, false, false, true)
        let cb = takeContext ? otherContext : ca
        // Or the very figures with the hours and amounts written with another scale (10 and 10.0; 1200 and 1200.00).
        let c = rescale ? a with { ServiceHours = a.ServiceHours * 1.0m, AmountPerPeriod = a.AmountPerPeriod * 1.00m, Arrears = a.Arrears * 1.0m } : b
        select new TextPair("benefit", ElderlyTexts.Message(a, ca), ElderlyTexts.Message(c, rescale ? ca : cb), a == c && ca == (rescale ? ca : cb));

    private static readonly Gen<(LocalDate Birth, LocalDate AsOf, int Age, LeapDayRule Leap)> AgeFigures =
        from birth in Gen.Elements(new LocalDate(1936, 2, 29), new LocalDate(1936, 3, 1))
        from asOf in Gen.Elements(new LocalDate(2026, 2, 28), new LocalDate(2026, 3, 1))
        from age in Gen.Elements(89, 90)
        from leap in Gen.Elements(LeapDayRule.March1, LeapDayRule.February28)
        select (birth, asOf, age, leap);

    private static readonly Gen<TextPair> AgePairs =
        from a in AgeFigures
        from b in AgeFigures
        select new TextPair("age", ElderlyTexts.AgeMessage(a.Birth, a.AsOf, a.Age, a.Leap), ElderlyTexts.AgeMessage(b.Birth, b.AsOf, b.Age, b.Leap), a == b);

    private static readonly Gen<(YearMonth Month, decimal MonthTotal, int Year, decimal YearTotal)> TotalsFigures =
        from month in Gen.Elements(new YearMonth(2026, 10), new YearMonth(2026, 11))
        from monthTotal in Gen.Elements(1200m, 1200.00m, 1.005m)
        from year in Gen.Elements(2026, 2027)
        from yearTotal in Gen.Elements(0m, 0.00m)
        select (month, monthTotal, year, yearTotal);

    private static readonly Gen<TextPair> TotalsPairs =
        from a in TotalsFigures
        from b in TotalsFigures
        select new TextPair("totals", ElderlyTexts.TotalsMessage(a.Month, a.MonthTotal, a.Year, a.YearTotal), ElderlyTexts.TotalsMessage(b.Month, b.MonthTotal, b.Year, b.YearTotal), a == b);

    private static readonly Gen<(int Months, YearMonth First, YearMonth Last, decimal Total, decimal Arrears)> ScheduleFigures =
        from months in Gen.Elements(3, 12)
        from first in Gen.Elements(new YearMonth(2026, 1), new YearMonth(2026, 2))
        from last in Gen.Elements(new YearMonth(2026, 12))
        from total in Gen.Elements(3600m, 3600.00m, 1.0050m)
        from arrears in Gen.Elements(0m, 0.0m, 300m)
        select (months, first, last, total, arrears);

    private static readonly Gen<TextPair> SchedulePairs =
        from a in ScheduleFigures
        from b in ScheduleFigures
        select new TextPair("schedule", ElderlyTexts.ScheduleMessage(a.Months, a.First, a.Last, a.Total, a.Arrears), ElderlyTexts.ScheduleMessage(b.Months, b.First, b.Last, b.Total, b.Arrears), a == b);

    /// <summary>Texts of two kinds, and a composed text beside one made at once with its very words.</summary>
    private static readonly Gen<TextPair> MixedPairs =
        from age in AgePairs
        from totals in TotalsPairs
        from eager in Gen.Elements(true, false)
        select eager
            ? new TextPair("eager", age.X, new LocalizedText(age.X.ZhHans, age.X.En), true)
            : new TextPair("mixed", age.X, totals.Y, false);

    private static readonly Gen<TextPair> Pairs = Gen.OneOf(BenefitPairs, BenefitPairs, AgePairs, TotalsPairs, SchedulePairs, MixedPairs);

    private static bool SameWords(LocalizedText x, LocalizedText y) =>
        string.Equals(x.ZhHans, y.ZhHans, StringComparison.Ordinal) && string.Equals(x.En, y.En, StringComparison.Ordinal);

    [Property(MaxTest = 1000)]
    public Property Texts_equal_by_their_composers_are_equal_by_their_words() =>
        Prop.ForAll(Pairs.ToArbitrary(), pair =>
        {
            // Asked before any words are read: the composers alone decide.
            var byComposer = pair.X.SameComposition(pair.Y);
            return !byComposer || SameWords(pair.X, pair.Y);
        });

    [Property(MaxTest = 1000)]
    public Property Composed_texts_are_equal_and_hash_alike_exactly_when_their_words_are() =>
        Prop.ForAll(Pairs.ToArbitrary(), pair =>
        {
            // Equality first, while nothing is composed; then the words.
            var equal = pair.X.Equals(pair.Y) && pair.Y.Equals(pair.X);
            var unequal = pair.X != pair.Y;
            var words = SameWords(pair.X, pair.Y);
            return equal == words && unequal == !words && (!equal || pair.X.GetHashCode() == pair.Y.GetHashCode());
        });

    [Fact]
    public void The_generated_pairs_include_texts_known_equal_by_composer_and_equal_figures_written_differently()
    {
        var pairs = Pairs.Sample(3000, 11);
        foreach (var kind in new[] { "benefit", "age", "totals", "schedule" })
        {
            Assert.Contains(pairs, p => p.Kind == kind && p.X.SameComposition(p.Y));
            Assert.Contains(pairs, p => p.Kind == kind && !SameWords(p.X, p.Y));
        }

        // Service hours equal but written with another scale (10 and 10.0): equal figures, yet other words, so not known equal by composer.
        Assert.Contains(pairs, p => p.Kind == "benefit" && p.FiguresEqual && !p.X.SameComposition(p.Y) && !SameWords(p.X, p.Y));
        Assert.Contains(pairs, p => p.Kind == "eager" && !p.X.SameComposition(p.Y) && p.X.Equals(p.Y));
    }
}
