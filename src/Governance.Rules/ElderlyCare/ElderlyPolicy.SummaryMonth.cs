using Governance.Rules.Time;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>Compiling every benefit of one month into day-key comparisons for the summary.</summary>
internal sealed partial class ElderlyPolicy
{
    /// <summary>
    /// Every benefit of month <paramref name="m"/> compiled for the summary, or a month left to the general month evaluation
    /// when a band runs from an application or is a one-off grant, or a cutoff does not settle.
    /// </summary>
    public SummaryMonth CompileSummary(int m)
    {
        const int Festival = (int)ElderlyBenefit.CentenarianFestival;
        var n = ElderlyBenefits.Count;
        var settled = true;
        for (var b = 0; b <= Festival; b++)
        {
            settled &= !_inForce[b] || (!_rules[b].FromApplication && _bandValues[b]!.Period != BenefitPeriod.OneOff);
        }

        LocalDate[] counted = [DayKeys.LastDate(m), DayKeys.LastDate(m - 1)];
        var cuts = new Dictionary<(int Age, int Shift), int>();
        int Cut(int age, int shift)
        {
            if (!cuts.TryGetValue((age, shift), out var key))
            {
                var found = MonthCut(age, shift, m);
                settled &= found is not null;
                cuts[(age, shift)] = key = found ?? DayKeys.Always;
            }

            return key;
        }

        var minCut = new int[n];
        var maxCut = new int[n];
        var bandAmount = new decimal[n];
        var bandDue = new decimal[n];
        var yearly = new bool[n];
        var gate = DayKeys.Never;
        for (var b = 0; b < n; b++)
        {
            var s = _shift[b];
            maxCut[b] = DayKeys.Always;
            if (_rules[b].FromApplication)
            {
                gate = Math.Min(gate, DayKeys.LastDayOf(m - (_rules[b].Start == StartRule.MonthAfterApplication ? 1 : 0)));
            }

            if (!_inForce[b])
            {
                continue;
            }

            int? minAge = b switch
            {
                <= Festival => _bandValues[b]!.MinAge,
                (int)ElderlyBenefit.Nursing => Nursing.Value.MinAge,
                (int)ElderlyBenefit.Adaptation => Adaptation.Value.MinAge,
                (int)ElderlyBenefit.Meal => Meal.Value.MinAge,
                _ => null,
            };
            minCut[b] = minAge is { } min ? Cut(min, s) : DayKeys.Never;
            if (b <= Festival)
            {
                var band = _bandValues[b]!;
                maxCut[b] = band.MaxAge is { } max ? Cut(max + 1, s) : DayKeys.Always;
                bandAmount[b] = band.Amount;
                yearly[b] = band.Period == BenefitPeriod.Year;
                bandDue[b] = band.Period == BenefitPeriod.Year && !(b == Festival && FestivalDay.HasValue) && (m % 12) + 1 != LumpSum.Value ? 0m : band.Amount;
            }
        }

        // 重阳节: in the festival's month the lump sum's conditions are taken on the festival day.
        var tied = _inForce[Festival] && FestivalDay.HasValue;
        var festivalDate = tied ? LunarFestivals.DoubleNinth((m - (((m % 12) + 12) % 12)) / 12) : null;
        var inMonth = festivalDate is { } fd && MonthIndex(fd) == m;
        int festivalMinCut = DayKeys.Always, festivalMaxCut = DayKeys.Always;
        if (inMonth)
        {
            var band = _bandValues[Festival]!;
            int FestivalCut(int age)
            {
                var found = DayCut(age, festivalDate!.Value);
                settled &= found is not null;
                return found ?? DayKeys.Always;
            }

            festivalMinCut = FestivalCut(band.MinAge);
            festivalMaxCut = band.MaxAge is { } max ? FestivalCut(max + 1) : DayKeys.Always;
        }
        else if (tied)
        {
            bandDue[Festival] = 0m;
        }

        var homeShift = _shift[(int)ElderlyBenefit.HomeCare];
        // Highest value first, pack order among equal values (a stable sort): the first tier that matches is the one the month evaluation pays.
        SummaryTier[] tiers = [.. _homeTiers.Select((t, k) => new SummaryTier(t.StatusMask, t.LevelMask, t.ArrangementMask, t.SpecialFamilyRequired, Cut(t.MinAge, homeShift), _homeValues[k]))
            .OrderByDescending(t => t.Value)];
        if (!settled)
        {
            return SummaryMonth.General(m);
        }

        int[] countedKeys = [DayKeys.Of(counted[0]), DayKeys.Of(counted[1])];
        var rows = new List<SummaryRow>(n);
        for (var b = 0; b < n; b++)
        {
            if (_inForce[b])
            {
                var rule = _rules[b];
                rows.Add(new SummaryRow(b, _shift[b], countedKeys[_shift[b]], rule.RequiresHukou, rule.FromApplication, yearly[b], minCut[b], maxCut[b], bandAmount[b], bandDue[b]));
            }
        }

        return new SummaryMonth
        {
            Month = m,
            Policy = this,
            MonthStart = DayKeys.Of(DayKeys.LastDate(m - 1).PlusDays(1)),
            MonthEnd = countedKeys[0],
            Counted = countedKeys,
            Expired = Validity.HasValue ? [DayKeys.LastDayOf(m - Validity.Value), DayKeys.LastDayOf(m - 1 - Validity.Value)] : [DayKeys.Always, DayKeys.Always],
            ApplicationGate = gate,
            Rows = [.. rows],
            FestivalInMonth = inMonth,
            FestivalMissing = tied && festivalDate is null,
            FestivalDay = inMonth ? DayKeys.Of(festivalDate!.Value) : DayKeys.Always,
            FestivalMinCut = festivalMinCut,
            FestivalMaxCut = festivalMaxCut,
            HomeTiers = tiers,
            NursingStatusMask = Nursing.HasValue ? Nursing.Value.StatusMask : 0,
            NursingByLevel = Nursing.HasValue ? Nursing.Value.ByLevel : [],
            NursingPaid = Nursing.HasValue ? [.. Nursing.Value.ByLevel.Select(a => a >= 0)] : [],
            AdaptationStatusMask = Adaptation.HasValue ? Adaptation.Value.StatusMask : 0,
            AdaptationCap = Adaptation.HasValue ? Adaptation.Value.Cap : 0m,
            MealAmounts = _mealAmounts,
            MaxMeals = Meal.HasValue ? Meal.Value.MaxMealsPerMonth : 0,
            Mapping = Mapping.HasValue ? Mapping.Value : null,
            Stacking = [.. StackKinds.Select((kind, k) => new StackRule(_stackFirst[k], _stackSecond[k], kind))],
        };
    }

    /// <summary>The latest birth (a day key) that has reached <paramref name="age"/> in month <paramref name="m"/> under start-rule shift <paramref name="shift"/>, by the general month evaluation's rule; null if the search does not settle.</summary>
    internal int? MonthCut(int age, int shift, int m) =>
        DayKeys.LatestBirth(DayKeys.LastDate(m - shift).PlusYears(-age), b => new ElderlyFacts(new ElderlyPerson { BirthDate = b }).AnniversaryMonth(age, LeapRule) + shift <= m);

    /// <summary>The latest birth (a day key) that has reached <paramref name="age"/> on <paramref name="day"/>, by the general month evaluation's rule; null if the search does not settle.</summary>
    internal int? DayCut(int age, LocalDate day)
    {
        var number = DayNumber(day);
        return DayKeys.LatestBirth(day.PlusYears(-age), b => new ElderlyFacts(new ElderlyPerson { BirthDate = b }).AnniversaryDay(age, LeapRule) <= number);
    }
}
