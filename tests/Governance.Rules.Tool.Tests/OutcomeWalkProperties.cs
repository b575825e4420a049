using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using Governance.Rules.Tool.Streaming;
using NodaTime;

namespace Governance.Rules.Tool.Tests;

/// <summary>
/// A reform diff lists the outcome fields that changed. Walking two outcomes member by member finds exactly the fields, paths
/// and texts that comparing their JSON finds: over generated persons and areas under Suzhou and what-if layers that raise an
/// amount, write one with another scale (3 against 3.00), change a minimum age, or end a benefit.
/// </summary>
public sealed class OutcomeWalkProperties
{
    private static readonly LocalDate AsOf = new(2026, 10, 15);

    private static RulePack Layer(string parameters) => RulePacks.TryLoad(RulePackSource.FromJson($$"""
        {
          "id": "test.what-if",
          "version": "1.0.0",
          "parent": "cn.js.suzhou",
          "name": { "zh-Hans": "测算方案", "en": "What-if" },
          "citations": { "what-if": { "title": "测算方案（假设）", "published": "2026" } },
          "parameters": { {{parameters}} }
        }
        """, "what-if.json")).GetPackOrThrow();

    private static readonly ElderlyCareCalculator Baseline = new(RulePacks.Suzhou, SystemClock.Instance);

    private static readonly ElderlyCareCalculator[] Reforms =
    [
        new(Layer("""
            "elderly.age_allowance.90_99": { "unit": "元", "values": [ { "from": "2026-01-01", "value": { "amount": 1500, "minAge": 90, "maxAge": 99, "period": "year" }, "provenance": "placeholder", "citation": "what-if" } ] }
            """), SystemClock.Instance),
        new(Layer("""
            "elderly.meal": { "unit": "元/餐", "values": [ { "from": "2026-01-01", "value": { "minAge": 75, "perMeal": 3.00, "maxMealsPerMonth": 30 }, "provenance": "placeholder", "citation": "what-if" } ] }
            """), SystemClock.Instance),
        new(Layer("""
            "elderly.meal": { "unit": "元/餐", "values": [ { "from": "2026-01-01", "value": null, "provenance": "placeholder", "citation": "what-if" } ] }
            """), SystemClock.Instance),
    ];

    private static readonly Gen<ElderlyPerson> Persons =
        from age in Gen.Choose(58, 106)
        from day in Gen.Choose(0, 364)
        from status in Gen.Choose(0, 4)
        from level in Gen.Choose(0, 4)
        from meals in Gen.Choose(-1, 31)
        from applied in Gen.Choose(-1, 900)
        from hukou in Gen.Elements<string?>("gusu", "kunshan", null)
        from died in Gen.Choose(-1, 400)
        select new ElderlyPerson
        {
            BirthDate = AsOf.PlusYears(-age).PlusDays(-day),
            HukouDistrict = hukou,
            ResidesInJurisdiction = true,
            EconomicStatuses = status == 4 ? [] : [new EconomicStatusPeriod((EconomicStatus)status, AsOf.PlusYears(-2))],
            Assessments = level == 4 ? [] : [new CareAssessment { Level = (CareLevel)level, AssessedOn = AsOf.PlusMonths(-3) }],
            LivingArrangement = LivingArrangement.Alone,
            ApplicationDate = applied < 0 ? null : AsOf.PlusDays(-applied),
            MealsPerMonth = meals < 0 ? null : meals,
            DeathDate = died < 0 || died > 300 ? null : AsOf.PlusDays(-died),
        };

    private static bool SameDifferences(object? before, object? after)
    {
        var walked = new OutcomeFields(walk: true);
        var json = new OutcomeFields(walk: false);
        var changedByWalk = walked.Compare(before, after);
        var changedByJson = json.Compare(before, after);
        return changedByWalk == changedByJson && walked.Differences.SequenceEqual(json.Differences);
    }

    [Property(MaxTest = 300)]
    public Property Elderly_care_outcomes_walked_give_the_differences_their_JSON_gives() =>
        Prop.ForAll(Persons.ToArbitrary(), Gen.Choose(0, Reforms.Length - 1).ToArbitrary(), (person, reform) =>
        {
            var request = ElderlyCareRequest.For(person);
            var options = EvaluationOptions.On(AsOf, explain: false);
            var before = Baseline.Evaluate(request, options);
            var after = Reforms[reform].Evaluate(request, options);
            return !before.IsValid || !after.IsValid || SameDifferences(before.Outcome, after.Outcome);
        });

    [Property(MaxTest = 300)]
    public Property Elderly_care_outcomes_are_walked_member_by_member_never_given_up_on() =>
        Prop.ForAll(Persons.ToArbitrary(), Gen.Choose(0, Reforms.Length - 1).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (person, reform, explain) =>
        {
            var request = ElderlyCareRequest.For(person);
            var options = EvaluationOptions.On(AsOf, explain);
            var before = Baseline.Evaluate(request, options);
            var after = Reforms[reform].Evaluate(request, options);
            return !before.IsValid || !after.IsValid || new OutcomeWalk().TryCompare(before.Outcome!, after.Outcome!, []);
        });

    [Fact]
    public void The_generated_elderly_cases_include_changed_amounts_scale_only_changes_and_an_ended_benefit()
    {
        var options = EvaluationOptions.On(AsOf, explain: false);
        var found = new HashSet<string>();
        foreach (var person in Persons.Sample(400, 3))
        {
            var request = ElderlyCareRequest.For(person);
            var before = Baseline.Evaluate(request, options);
            for (var r = 0; r < Reforms.Length; r++)
            {
                var after = Reforms[r].Evaluate(request, options);
                var fields = new OutcomeFields(walk: true);
                if (before.IsValid && after.IsValid && fields.Compare(before.Outcome, after.Outcome))
                {
                    found.UnionWith(fields.Differences.Select(d => $"{r}:{d.Path}:{d.Baseline}->{d.Reform}"));
                }
            }
        }

        Assert.Contains(found, d => d.StartsWith("0:benefits[1].amountPerPeriod:\"1200\"", StringComparison.Ordinal) || d.StartsWith("0:benefits[1].amountPerPeriod:1200->1500", StringComparison.Ordinal));
        Assert.Contains(found, d => d.StartsWith("1:", StringComparison.Ordinal) && d.EndsWith(".00", StringComparison.Ordinal));
        Assert.Contains(found, d => d.StartsWith("2:", StringComparison.Ordinal) && d.Contains("unmet", StringComparison.Ordinal));
    }

    private static readonly StaffingQuotaCalculator StaffingBaseline = new(RulePacks.Suzhou, SystemClock.Instance);

    private static readonly StaffingQuotaCalculator[] StaffingReforms =
    [
        new(Layer("""
            "staffing.workers_per_10k_urban_residents": { "unit": "人/万人", "values": [ { "from": "2026-01-01", "value": 18.0, "provenance": "placeholder", "citation": "what-if" } ] }
            """), SystemClock.Instance),
        new(Layer("""
            "staffing.workers_per_10k_urban_residents": { "unit": "人/万人", "values": [ { "from": "2026-01-01", "value": 20, "provenance": "placeholder", "citation": "what-if" } ] }
            """), SystemClock.Instance),
    ];

    private static readonly Gen<StaffingRequest> Streets =
        from communities in Gen.Choose(1, 5)
        from populations in Gen.ArrayOf(Gen.Choose(0, 40_000), communities)
        from households in Gen.ArrayOf(Gen.Choose(-1, 9_000), communities)
        select new StaffingRequest
        {
            Areas =
            [
                new StaffingArea { Id = "street", Level = AreaLevel.Street, UrbanPermanentPopulation = populations.Sum() },
                .. populations.Select((p, i) => new StaffingArea
                {
                    Id = $"c{i}",
                    ParentId = "street",
                    Level = AreaLevel.Community,
                    UrbanPermanentPopulation = p,
                    Households = households[i] < 0 ? null : Math.Min(households[i], p),
                    Workers = new Dictionary<string, int> { ["community-full-time"] = i + 1 },
                }),
            ],
        };

    [Property(MaxTest = 200)]
    public Property Staffing_outcomes_walked_give_the_differences_their_JSON_gives() =>
        Prop.ForAll(Streets.ToArbitrary(), Gen.Choose(0, StaffingReforms.Length - 1).ToArbitrary(), (request, reform) =>
        {
            var options = EvaluationOptions.On(AsOf, explain: false);
            var before = StaffingBaseline.Evaluate(request, options);
            var after = StaffingReforms[reform].Evaluate(request, options);
            return !before.IsValid || !after.IsValid || SameDifferences(before.Outcome, after.Outcome);
        });
}
