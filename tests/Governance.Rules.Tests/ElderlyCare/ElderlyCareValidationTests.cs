using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using static Governance.Rules.Tests.ElderlyCare.ElderlyCareFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.ElderlyCare;

public sealed class ElderlyCareValidationTests
{
    private static ValidationFailure Single(ElderlyCareRequest request, string asOf = "2025-06-30")
    {
        var r = Suzhou.Evaluate(request, EvaluationOptions.On(Date(asOf)));
        Assert.False(r.IsValid);
        Assert.Null(r.Outcome);
        return Assert.Single(r.Failures);
    }

    private static ElderlyCareRequest For(ElderlyPerson p) => ElderlyCareRequest.For(p);

    [Fact]
    public void A_birth_date_in_the_future_is_rejected()
    {
        var f = Single(For(Person("2025-07-01")));
        Assert.Equal("ELDERLY_BIRTH_IN_FUTURE", f.Code);
        Assert.Equal("Person.BirthDate", f.PropertyPath);
        Assert.Contains("2025-07-01", f.Message.En);
    }

    [Fact]
    public void A_birth_date_before_1880_is_rejected() =>
        Assert.Equal(("ELDERLY_BIRTH_TOO_EARLY", "Person.BirthDate"), Pair(Single(For(Person("1879-12-31")))));

    [Fact]
    public void Death_before_birth_is_rejected() =>
        Assert.Equal(("ELDERLY_DEATH_BEFORE_BIRTH", "Person.DeathDate"), Pair(Single(For(Person("1940-01-01", death: "1939-12-31")))));

    [Fact]
    public void An_assessment_before_birth_or_after_the_as_of_date_is_rejected()
    {
        var before = Person("1940-01-01") with { Assessments = [new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("1939-01-01") }] };
        Assert.Equal(("ELDERLY_ASSESSMENT_BEFORE_BIRTH", "Person.Assessments[0].AssessedOn"), Pair(Single(For(before))));
        var after = Person("1940-01-01") with { Assessments = [new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2025-07-01") }] };
        Assert.Equal(("ELDERLY_ASSESSMENT_AFTER_AS_OF", "Person.Assessments[0].AssessedOn"), Pair(Single(For(after))));
    }

    [Fact]
    public void Overlapping_status_periods_are_rejected()
    {
        var p = Person("1940-01-01") with
        {
            EconomicStatuses =
            [
                new EconomicStatusPeriod(EconomicStatus.Dibao, Date("2020-01-01"), Date("2023-06-30")),
                new EconomicStatusPeriod(EconomicStatus.LowIncome, Date("2023-06-30")),
            ],
        };
        Assert.Equal(("ELDERLY_STATUS_OVERLAP", "Person.EconomicStatuses"), Pair(Single(For(p))));
    }

    [Fact]
    public void An_unknown_district_is_rejected_naming_the_known_ones()
    {
        var f = Single(For(Person("1940-01-01", district: "atlantis")));
        Assert.Equal(("ELDERLY_DISTRICT_UNKNOWN", "Person.HukouDistrict"), Pair(f));
        Assert.Contains("gusu", f.Message.En);
    }

    [Fact]
    public void An_unknown_status_or_level_is_rejected()
    {
        var status = Person("1940-01-01") with { EconomicStatuses = [new EconomicStatusPeriod((EconomicStatus)9, Date("2020-01-01"))] };
        Assert.Equal(("ELDERLY_STATUS_UNKNOWN", "Person.EconomicStatuses[0].Status"), Pair(Single(For(status))));
        var level = Person("1940-01-01") with { Assessments = [new CareAssessment { Level = CareLevel.Mild, LegacyLevel = LegacyCareLevel.Disabled, AssessedOn = Date("2020-01-01") }] };
        Assert.Equal(("ELDERLY_CARE_LEVEL_UNKNOWN", "Person.Assessments[0].Level"), Pair(Single(For(level))));
    }

    [Fact]
    public void A_schedule_longer_than_240_months_is_rejected()
    {
        var request = For(Person("1940-01-01")) with { ScheduleFrom = new YearMonth(2020, 1), ScheduleTo = new YearMonth(2040, 1) }; // 241 months
        Assert.Equal(("ELDERLY_SCHEDULE_TOO_LONG", "ScheduleTo"), Pair(Single(request)));
        var ok = Suzhou.Evaluate(request with { ScheduleTo = new YearMonth(2039, 12) }, EvaluationOptions.On(Date("2025-06-30"), explain: false));
        Assert.Equal(240, ok.GetOutcomeOrThrow().Schedule.Count);
        var reversed = For(Person("1940-01-01")) with { ScheduleFrom = new YearMonth(2025, 2), ScheduleTo = new YearMonth(2025, 1) };
        Assert.Equal("ELDERLY_SCHEDULE_RANGE_INVALID", Single(reversed).Code);
    }

    [Fact]
    public void A_missing_person_is_a_failure_not_an_exception()
    {
        var f = Single(new ElderlyCareRequest { Person = null! });
        Assert.Equal("ELDERLY_PERSON_MISSING", f.Code);
    }

    [Fact]
    public void Messages_are_in_Chinese_and_English()
    {
        var f = Single(For(Person("1879-01-01")));
        Assert.Contains("1880", f.Message.ZhHans);
        Assert.Contains("before 1880", f.Message.En);
    }

    private static (string, string) Pair(ValidationFailure f) => (f.Code, f.PropertyPath);
}
