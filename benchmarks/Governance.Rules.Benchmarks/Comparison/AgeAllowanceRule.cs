using System.Globalization;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Time;
using NodaTime;
using NRules;
using NRules.Fluent;
using RulesEngine.Models;

namespace Governance.Rules.Benchmarks.Comparison;

/// <summary>
/// The 尊老金 rule (80–89, 90–99 and 100+ bands and the centenarians' lump sum, hukou required, paid through the month of death,
/// the bands' start rule) as the other implementations get it: figures read from the Suzhou pack at setup, never written here.
/// </summary>
public sealed class AgeAllowancePolicy
{
    public AgeAllowancePolicy(RulePack pack, LocalDate asOf)
    {
        var rules = pack.Timeline(ElderlyParameters.BenefitRules)!.At(asOf).Value;
        LumpSumMonth = pack.Timeline(ElderlyParameters.LumpSumMonth)!.At(asOf).Value;
        LeapRule = pack.Timeline(ElderlyParameters.LeapDay)!.At(asOf).Value == LeapDayRules.February28 ? LeapDayRule.February28 : LeapDayRule.March1;
        Bands =
        [
            Band(pack, ElderlyParameters.AgeBand80To89, ElderlyBenefit.AgeAllowance80To89),
            Band(pack, ElderlyParameters.AgeBand90To99, ElderlyBenefit.AgeAllowance90To99),
            Band(pack, ElderlyParameters.AgeBand100Plus, ElderlyBenefit.AgeAllowance100Plus),
            Band(pack, ElderlyParameters.CentenarianFestival, ElderlyBenefit.CentenarianFestival),
        ];
        if (ElderlyBenefits.All.Take(4).Any(b => rules.For(b) != rules.For(ElderlyBenefit.AgeAllowance80To89) || rules.For(b).FromApplication || rules.For(b).Stop != StopRule.ThroughDeathMonth || !rules.For(b).RequiresHukou))
        {
            throw new InvalidOperationException("The comparison implements one start rule for every band, no application, through the death month, hukou required.");
        }

        NextMonth = rules.For(ElderlyBenefit.AgeAllowance80To89).Start == StartRule.NextMonth;
        AsOf = asOf;

        // 重阳节: when the pack names the festival day, the lump sum's conditions are taken on that day.
        Festival = pack.Timeline(ElderlyParameters.FestivalDay)?.At(asOf) is { HasValue: true } ? Time.LunarFestivals.DoubleNinth(asOf.Year) : null;
        if (Festival is not null)
        {
            Bands[3] = Bands[3] with { OnFestivalDay = true };
        }

        AgeAllowanceBand Band(RulePack p, ParameterDefinition<AgeBand> d, ElderlyBenefit b)
        {
            var v = p.Timeline(d)!.At(asOf).Value;
            return new AgeAllowanceBand(v.MinAge, v.MaxAge ?? int.MaxValue, v.Amount, v.Period == BenefitPeriod.Year);
        }
    }

    public LocalDate AsOf { get; }

    /// <summary>The festival day of the as-of year, when the lump sum is tied to it.</summary>
    public LocalDate? Festival { get; }

    public int LumpSumMonth { get; }

    public bool NextMonth { get; }

    public LeapDayRule LeapRule { get; }

    public AgeAllowanceBand[] Bands { get; }

    /// <summary>The facts an engine matches on, from a person: the age counted for the month by the start rule, hukou, alive.</summary>
    public AgeFacts Facts(ElderlyPerson person)
    {
        // Counted month: the as-of month, less one under 次月起 (a birthday or a hukou move counts from the month after).
        var counted = new LocalDate(AsOf.Year, AsOf.Month, 1).PlusMonths(NextMonth ? -1 : 0);
        var endOfCounted = counted.PlusMonths(1).PlusDays(-1);
        var monthStart = new LocalDate(AsOf.Year, AsOf.Month, 1);
        return new AgeFacts
        {
            Age = Ages.CompletedYears(person.BirthDate, endOfCounted, LeapRule),
            Hukou = person.HukouDistrict is not null && (person.HukouSince ?? person.BirthDate) <= endOfCounted,
            Alive = person.DeathDate is not { } d || d >= monthStart,
            LumpSumMonth = AsOf.Month == LumpSumMonth,
            FestivalMonth = Festival is { } f && f.Month == AsOf.Month,
            FestivalAge = Festival is { } g ? Ages.CompletedYears(person.BirthDate, g, LeapRule) : 0,
            FestivalAlive = Festival is { } h && (person.DeathDate is not { } death || death >= h),
            FestivalHukou = Festival is { } k && person.HukouDistrict is not null && (person.HukouSince ?? person.BirthDate) <= k,
        };
    }

    /// <summary>The hand-written switch: the rule as one would code it directly.</summary>
    public decimal Switch(ElderlyPerson person)
    {
        var f = Facts(person);
        var due = 0m;
        foreach (var b in Bands)
        {
            due += b.Due(f);
        }

        return due;
    }

    /// <summary>The RulesEngine workflow: one rule per band, the figures written into the expressions from the pack.</summary>
    public Workflow Workflow() => new()
    {
        WorkflowName = "age-allowance",
        Rules = [.. Bands.Select((b, i) => new RulesEngine.Models.Rule
        {
            RuleName = "band-" + i.ToString(CultureInfo.InvariantCulture),
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = b.OnFestivalDay
                ? $"p.FestivalMonth && p.FestivalHukou && p.FestivalAlive && p.FestivalAge >= {b.MinAge.ToString(CultureInfo.InvariantCulture)} && p.FestivalAge <= {b.MaxAge.ToString(CultureInfo.InvariantCulture)}"
                : $"p.Hukou && p.Alive && p.Age >= {b.MinAge.ToString(CultureInfo.InvariantCulture)} && p.Age <= {b.MaxAge.ToString(CultureInfo.InvariantCulture)}",
            Actions = new RuleActions
            {
                OnSuccess = new ActionInfo
                {
                    Name = "OutputExpression",
                    Context = new Dictionary<string, object>
                    {
                        ["Expression"] = b.Yearly && !b.OnFestivalDay
                            ? $"p.LumpSumMonth ? {Literal(b.Amount)} : 0m"
                            : Literal(b.Amount),
                    },
                },
            },
        })],
    };

    public static decimal RulesEngineDue(RulesEngine.RulesEngine engine, AgeFacts facts)
    {
        var results = engine.ExecuteAllRulesAsync("age-allowance", new RuleParameter("p", facts)).GetAwaiter().GetResult();
        var due = 0m;
        foreach (var r in results)
        {
            if (r.IsSuccess && r.ActionResult?.Output is { } o)
            {
                due += Convert.ToDecimal(o, CultureInfo.InvariantCulture);
            }
        }

        return due;
    }

    /// <summary>A reused NRules session holding the bands as facts.</summary>
    public ISession NRulesSession(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.InsertAll(Bands);
        return session;
    }

    public static ISessionFactory NRulesFactory()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AgeAllowanceNRule)));
        return repository.Compile();
    }

    public static decimal NRulesDue(ISession session, AgeFacts facts)
    {
        session.Insert(facts);
        session.Fire();
        session.Retract(facts);
        return facts.Due;
    }

    private static string Literal(decimal amount) => decimal.Truncate(amount) == amount
        ? ((long)amount).ToString(CultureInfo.InvariantCulture) + "m"
        : throw new InvalidOperationException("The comparison writes whole-yuan amounts only.");
}

/// <summary>One band of the rule, as a fact.</summary>
public sealed record AgeAllowanceBand(int MinAge, int MaxAge, decimal Amount, bool Yearly)
{
    /// <summary>True for the lump sum due on 重阳节, its conditions taken on that day.</summary>
    public bool OnFestivalDay { get; init; }

    public bool Applies(AgeFacts f) => OnFestivalDay
        ? f.FestivalMonth && f.FestivalHukou && f.FestivalAlive && f.FestivalAge >= MinAge && f.FestivalAge <= MaxAge
        : f.Hukou && f.Alive && f.Age >= MinAge && f.Age <= MaxAge;

    public decimal Due(AgeFacts f) => Applies(f) && (!Yearly || OnFestivalDay || f.LumpSumMonth) ? Amount : 0m;
}

/// <summary>The facts of one person for one month.</summary>
public sealed class AgeFacts
{
    public int Age { get; init; }

    public bool Hukou { get; init; }

    public bool Alive { get; init; }

    public bool LumpSumMonth { get; init; }

    public bool FestivalMonth { get; init; }

    public int FestivalAge { get; init; }

    public bool FestivalAlive { get; init; }

    public bool FestivalHukou { get; init; }

    /// <summary>What the NRules actions add up.</summary>
    public decimal Due { get; set; }
}

/// <summary>The NRules form: a person's facts joined with each band fact.</summary>
public sealed class AgeAllowanceNRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        AgeFacts p = null!;
        AgeAllowanceBand b = null!;
        When()
            .Match(() => p)
            .Match(() => b, x => x.Applies(p));
        Then().Do(_ => Add(p, b));
    }

    private static void Add(AgeFacts p, AgeAllowanceBand b) => p.Due += b.Due(p);
}
