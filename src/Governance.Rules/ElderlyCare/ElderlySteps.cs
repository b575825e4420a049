using System.Collections;
using Governance.Rules.Results;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyTexts;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// The explanation steps of one elderly-care outcome, each made on its first reading from the outcome, the birth date, the
/// as-of date and the policy in force on it: the completed age, then one step per benefit in benefit order, then the totals,
/// then the schedule when one was asked for. A caller that reads every step gets what an eager explanation would hold; a
/// reform diff that stops at the first step that differs makes no more. Every input is immutable, so a step is the same
/// whenever and on whichever thread it is read; two threads reading a step at once may both make it, and both get the one
/// kept first.
/// </summary>
internal sealed class ElderlySteps : IReadOnlyList<ExplanationStep>
{
    private readonly ElderlyPolicy _policy;
    private readonly LocalDate _birthDate;
    private readonly LocalDate _asOf;
    private readonly ElderlyOutcome _outcome;
    private readonly ExplanationStep?[] _made;

    public ElderlySteps(ElderlyPolicy policy, LocalDate birthDate, LocalDate asOf, ElderlyOutcome outcome)
    {
        _policy = policy;
        _birthDate = birthDate;
        _asOf = asOf;
        _outcome = outcome;
        _made = new ExplanationStep?[1 + outcome.Benefits.Count + 1 + (outcome.Schedule.Count > 0 ? 1 : 0)];
    }

    public int Count => _made.Length;

    public ExplanationStep this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_made.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"An explanation of {_made.Length} steps has no step {index}.");
            }

            return Volatile.Read(ref _made[index]) ?? Interlocked.CompareExchange(ref _made[index], Make(index), null) ?? _made[index]!;
        }
    }

    public IEnumerator<ExplanationStep> GetEnumerator()
    {
        for (var i = 0; i < _made.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ExplanationStep Make(int index)
    {
        var benefits = _outcome.Benefits.Count;
        if (index == 0)
        {
            return new ExplanationStep(
                "elderly.age.completed-years",
                AgeMessage(_birthDate, _asOf, _outcome.Age, _policy.LeapRule),
                _policy.AgeUses,
                [ExplanationBuilder.Value("age", _outcome.Age)]);
        }

        if (index <= benefits)
        {
            var outcome = _outcome.Benefits[index - 1];
            var benefit = outcome.Benefit;
            return new ExplanationStep(
                "elderly.benefit." + benefit.Code(),
                Message(outcome, new Context(_policy.Rules.Value.For(benefit), ElderlyCareCalculator.MinAge(_policy, benefit), _policy.LumpSum.HasValue ? _policy.LumpSum.Value : null)),
                _policy.UsesFor(benefit),
                [ExplanationBuilder.Value("amount_per_period", outcome.AmountPerPeriod), ExplanationBuilder.Value("due", outcome.DueInAsOfMonth)]);
        }

        if (index == benefits + 1)
        {
            return new ExplanationStep(
                "elderly.totals",
                TotalsMessage(_outcome.Month, _outcome.MonthTotal, _asOf.Year, _outcome.YearTotal),
                [],
                [ExplanationBuilder.Value("month_total", _outcome.MonthTotal), ExplanationBuilder.Value("year_total", _outcome.YearTotal)]);
        }

        var schedule = _outcome.Schedule;
        var total = schedule.Sum(s => s.Total);
        var arrears = schedule.Sum(s => s.Arrears);
        return new ExplanationStep(
            "elderly.schedule",
            ScheduleMessage(schedule.Count, schedule[0].Month, schedule[^1].Month, total, arrears),
            [],
            [ExplanationBuilder.Value("schedule_total", total), ExplanationBuilder.Value("schedule_arrears", arrears)]);
    }
}
