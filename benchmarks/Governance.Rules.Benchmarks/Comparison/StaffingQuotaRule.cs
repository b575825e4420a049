using System.Globalization;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using NodaTime;
using NRules;
using NRules.Fluent;
using RulesEngine.Models;

namespace Governance.Rules.Benchmarks.Comparison;

/// <summary>The staffing quota (workers per 10,000 urban permanent residents, rounded up) with the rate read from the pack.</summary>
public sealed class StaffingQuotaPolicy
{
    public StaffingQuotaPolicy(RulePack pack, LocalDate asOf)
    {
        var rate = pack.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!.At(asOf).Value;
        if (decimal.Truncate(rate) != rate || pack.Timeline(StaffingParameters.Rounding)?.At(asOf).Value is { } r && r != StaffingRounding.Ceiling)
        {
            throw new InvalidOperationException("The comparison implements a whole rate rounded up.");
        }

        Rate = (long)rate;
    }

    /// <summary>Workers per 10,000 residents.</summary>
    public long Rate { get; }

    /// <summary>The hand-written form: integer ceiling, exact.</summary>
    public int Switch(long population) => (int)(((population * Rate) + 9_999) / 10_000);

    public Workflow Workflow() => new()
    {
        WorkflowName = "staffing",
        Rules =
        [
            new RulesEngine.Models.Rule
            {
                RuleName = "quota",
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = "a.Population >= 0",
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["Expression"] = $"(a.Population * {Rate.ToString(CultureInfo.InvariantCulture)} + 9999) / 10000" },
                    },
                },
            },
        ],
    };

    public static int RulesEngineRequired(RulesEngine.RulesEngine engine, AreaFact area)
    {
        var results = engine.ExecuteAllRulesAsync("staffing", new RuleParameter("a", area)).GetAwaiter().GetResult();
        return Convert.ToInt32(results[0].ActionResult.Output, CultureInfo.InvariantCulture);
    }

    public ISession NRulesSession(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.Insert(new QuotaRateFact(Rate));
        return session;
    }

    public static ISessionFactory NRulesFactory()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(StaffingQuotaNRule)));
        return repository.Compile();
    }

    public static int NRulesRequired(ISession session, AreaFact area)
    {
        session.Insert(area);
        session.Fire();
        session.Retract(area);
        return area.Required;
    }
}

/// <summary>One area, as a fact.</summary>
public sealed class AreaFact
{
    public long Population { get; init; }

    public int Required { get; set; }
}

/// <summary>The pack's rate, as a fact.</summary>
public sealed record QuotaRateFact(long Rate);

/// <summary>The NRules form of the quota.</summary>
public sealed class StaffingQuotaNRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        AreaFact a = null!;
        QuotaRateFact r = null!;
        When()
            .Match(() => a)
            .Match(() => r);
        Then().Do(_ => Set(a, r));
    }

    private static void Set(AreaFact a, QuotaRateFact r) => a.Required = (int)(((a.Population * r.Rate) + 9_999) / 10_000);
}
