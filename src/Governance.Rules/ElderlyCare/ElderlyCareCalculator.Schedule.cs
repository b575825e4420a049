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
}
