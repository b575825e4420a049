using Governance.Rules.Results;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;
using static Governance.Rules.ElderlyCare.ElderlyTexts;

namespace Governance.Rules.ElderlyCare;

/// <summary>The elderly-care calculator: the month-by-month schedule a request asks for, and the explanation of the totals.</summary>
public sealed partial class ElderlyCareCalculator
{
    private List<ElderlyScheduleMonth> Schedule(ElderlyCareRequest request, in ElderlyFacts facts, ElderlyPerson person, bool[] used)
    {
        var schedule = new List<ElderlyScheduleMonth>();
        if (request.ScheduleFrom is { } from && request.ScheduleTo is { } to)
        {
            var scratch = default(MonthSet);
            for (var m = MonthIndex(from); m <= MonthIndex(to); m++)
            {
                var p = PolicyFor(m);
                var lines = new List<ElderlyScheduleLine>();
                if (p is not null)
                {
                    MarkUsed(used, m);
                    EvaluateAll(p, facts, person, m, ref scratch);
                    for (var i = 0; i < ElderlyBenefits.Count; i++)
                    {
                        if (scratch[i].Unmet == 0 && scratch[i].Due > 0)
                        {
                            lines.Add(new ElderlyScheduleLine((ElderlyBenefit)i, scratch[i].Due, scratch[i].Arrears, ToYearMonth(scratch[i].PaidIn)) { DueOn = FromDayNumber(scratch[i].DueDay) });
                        }
                    }
                }

                schedule.Add(new ElderlyScheduleMonth(ToYearMonth(m), lines));
            }
        }

        return schedule;
    }

    private static void ExplainTotals(ExplanationBuilder x, LocalDate asOf, int m0, decimal monthTotal, decimal yearTotal, List<ElderlyScheduleMonth> schedule)
    {
        x.Step(
            "elderly.totals",
            () => TotalsMessage(ToYearMonth(m0), monthTotal, asOf.Year, yearTotal),
            null,
            ExplanationBuilder.Value("month_total", monthTotal),
            ExplanationBuilder.Value("year_total", yearTotal));
        if (schedule.Count > 0)
        {
            var total = schedule.Sum(s => s.Total);
            var arrears = schedule.Sum(s => s.Arrears);
            x.Step(
                "elderly.schedule",
                () => ScheduleMessage(schedule.Count, schedule[0].Month, schedule[^1].Month, total, arrears),
                null,
                ExplanationBuilder.Value("schedule_total", total),
                ExplanationBuilder.Value("schedule_arrears", arrears));
        }
    }
}
