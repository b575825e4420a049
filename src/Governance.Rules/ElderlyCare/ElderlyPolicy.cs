using Governance.Rules.Citations;
using Governance.Rules.Money;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>The timelines the elderly-care policy depends on.</summary>
internal sealed class ElderlyTimelines(RulePack pack)
{
    public ParameterTimeline<AgeBand>? B80 { get; } = pack.Timeline(ElderlyParameters.AgeBand80To89);

    public ParameterTimeline<AgeBand>? B90 { get; } = pack.Timeline(ElderlyParameters.AgeBand90To99);

    public ParameterTimeline<AgeBand>? B100 { get; } = pack.Timeline(ElderlyParameters.AgeBand100Plus);

    public ParameterTimeline<AgeBand>? Festival { get; } = pack.Timeline(ElderlyParameters.CentenarianFestival);

    public ParameterTimeline<int>? LumpSum { get; } = pack.Timeline(ElderlyParameters.LumpSumMonth);

    public ParameterTimeline<HomeCareTable>? HomeCare { get; } = pack.Timeline(ElderlyParameters.HomeCare);

    public ParameterTimeline<NursingTable>? Nursing { get; } = pack.Timeline(ElderlyParameters.Nursing);

    public ParameterTimeline<AdaptationTable>? Adaptation { get; } = pack.Timeline(ElderlyParameters.Adaptation);

    public ParameterTimeline<MealTable>? Meal { get; } = pack.Timeline(ElderlyParameters.Meal);

    public ParameterTimeline<BenefitRuleTable>? Rules { get; } = pack.Timeline(ElderlyParameters.BenefitRules);

    public ParameterTimeline<StackingTable>? Stacking { get; } = pack.Timeline(ElderlyParameters.Stacking);

    public ParameterTimeline<CareLevelMapping>? Mapping { get; } = pack.Timeline(ElderlyParameters.CareLevelMap);

    public ParameterTimeline<DistrictTable>? Districts { get; } = pack.Timeline(ElderlyParameters.Districts);

    public ParameterTimeline<string>? Leap { get; } = pack.Timeline(ElderlyParameters.LeapDay);

    public ParameterTimeline<string>? FestivalDay { get; } = pack.Timeline(ElderlyParameters.FestivalDay);

    public ParameterTimeline<int>? Validity { get; } = pack.Timeline(ElderlyParameters.AssessmentValidityMonths);

    public ParameterTimeline<int>? Stale { get; } = pack.Timeline(ElderlyParameters.StaleAfterYears);

    public ParameterTimeline?[] All => [B80, B90, B100, Festival, LumpSum, HomeCare, Nursing, Adaptation, Meal, Rules, Stacking, Mapping, Districts, Leap, Validity, Stale, FestivalDay];
}

/// <summary>The elderly-care policy in force over one stretch of time, compiled once from the pack.</summary>
internal sealed partial class ElderlyPolicy
{
    private readonly ParameterValue<AgeBand>[] _bands;
    private readonly int[] _stackFirst;
    private readonly int[] _stackSecond;
    private readonly ParameterValueInfo?[][] _infosFor;
    private readonly BenefitRule[] _rules;
    private readonly int[] _shift;
    private readonly bool[] _inForce;
    private readonly AgeBand?[] _bandValues;
    private readonly HomeCareTier[] _homeTiers;
    private readonly decimal[] _homeValues;
    private readonly decimal[] _mealAmounts;
    private readonly int[] _stackPartners;

    private ElderlyPolicy(ElderlyTimelines t, LocalDate d)
    {
        Start = d;
        _bands = [At(t.B80, d), At(t.B90, d), At(t.B100, d), At(t.Festival, d)];
        LumpSum = At(t.LumpSum, d);
        HomeCare = At(t.HomeCare, d);
        Nursing = At(t.Nursing, d);
        Adaptation = At(t.Adaptation, d);
        Meal = At(t.Meal, d);
        Rules = At(t.Rules, d);
        Stacking = At(t.Stacking, d);
        Mapping = At(t.Mapping, d);
        Districts = At(t.Districts, d);
        LeapDay = At(t.Leap, d);
        FestivalDay = At(t.FestivalDay, d);
        Validity = At(t.Validity, d);
        StaleYears = At(t.Stale, d);
        LeapRule = LeapDay.Value == LeapDayRules.February28 ? LeapDayRule.February28 : LeapDayRule.March1;
        var rules = Stacking.HasValue ? Stacking.Value.RuleArray : [];
        _stackFirst = [.. rules.Select(r => Index(r.First))];
        _stackSecond = [.. rules.Select(r => Index(r.Second))];
        StackKinds = [.. rules.Select(r => r.Kind)];
        ParameterValueInfo?[] common = [Rules.Info, Stacking.Info, Districts.Info];
        _infosFor =
        [
            [_bands[0].Info, .. common],
            [_bands[1].Info, LumpSum.Info, .. common],
            [_bands[2].Info, .. common],
            [_bands[3].Info, FestivalDay.HasValue ? FestivalDay.Info : LumpSum.Info, .. common],
            [HomeCare.Info, Mapping.Info, Validity.Info, .. common],
            [Nursing.Info, Mapping.Info, Validity.Info, .. common],
            [Adaptation.Info, .. common],
            [Meal.Info, .. common],
        ];
        Infos = [.. new[] { LeapDay.Info, FestivalDay.Info, StaleYears.Info, LumpSum.Info, Mapping.Info, Validity.Info, HomeCare.Info, Nursing.Info, Adaptation.Info, Meal.Info, Rules.Info, Stacking.Info, Districts.Info }
            .Concat(_bands.Select(b => b.Info)).OfType<ParameterValueInfo>()];
        UsesPlaceholder = Infos.Any(i => i.Provenance == Provenance.Placeholder);

        // Compiled for the hot loop: rules, shifts and figures per benefit, tier values and meal amounts rounded once.
        _rules = [.. ElderlyBenefits.All.Select(b => Rules.Value.For(b))];
        _shift = [.. _rules.Select(r => r.Start == StartRule.NextMonth ? 1 : 0)];
        _bandValues = [.. _bands.Select(b => b.HasValue ? b.Value : null)];
        _inForce =
        [
            .. _bands.Select((b, i) => b.HasValue && (b.Value.Period != BenefitPeriod.Year || LumpSum.HasValue || (i == (int)ElderlyBenefit.CentenarianFestival && FestivalDay.HasValue))),
            HomeCare.HasValue, Nursing.HasValue, Adaptation.HasValue, Meal.HasValue,
        ];
        _homeTiers = HomeCare.HasValue ? HomeCare.Value.TierArray : [];
        _homeValues = [.. _homeTiers.Select(t => t.MonthlyAmount ?? MoneyMath.ToFen(t.MonthlyHours!.Value * HomeCare.Value.HourlyValue, FenRounding.HalfUp))];
        _mealAmounts = Meal.HasValue ? [.. Enumerable.Range(0, Meal.Value.MaxMealsPerMonth + 1).Select(n => MoneyMath.ToFen(Meal.Value.PerMeal * n, FenRounding.HalfUp))] : [];
        _stackPartners = new int[ElderlyBenefits.Count];
        for (var k = 0; k < _stackFirst.Length; k++)
        {
            if (_stackFirst[k] < ElderlyBenefits.Count)
            {
                _stackPartners[_stackFirst[k]] |= 1 << _stackSecond[k];
                _stackPartners[_stackSecond[k]] |= 1 << _stackFirst[k];
            }
        }
    }

    /// <summary>The rule of benefit <paramref name="b"/>.</summary>
    public BenefitRule RuleOf(int b) => _rules[b];

    /// <summary>The benefits to evaluate so that stacking decides <paramref name="mask"/> correctly: the mask and every benefit a stacking rule links to it.</summary>
    public int WithStackingPartners(int mask)
    {
        var closed = mask;
        int before;
        do
        {
            before = closed;
            for (var b = 0; b < ElderlyBenefits.Count; b++)
            {
                if ((closed & (1 << b)) != 0)
                {
                    closed |= _stackPartners[b];
                }
            }
        }
        while (closed != before);
        return closed;
    }

    public LocalDate Start { get; }

    public ParameterValue<int> LumpSum { get; }

    public ParameterValue<HomeCareTable> HomeCare { get; }

    public ParameterValue<NursingTable> Nursing { get; }

    public ParameterValue<AdaptationTable> Adaptation { get; }

    public ParameterValue<MealTable> Meal { get; }

    public ParameterValue<BenefitRuleTable> Rules { get; }

    public ParameterValue<StackingTable> Stacking { get; }

    public ParameterValue<CareLevelMapping> Mapping { get; }

    public ParameterValue<DistrictTable> Districts { get; }

    public ParameterValue<string> LeapDay { get; }

    /// <summary>The festival day rule of the centenarians' lump sum (重阳节), when the pack names one.</summary>
    public ParameterValue<string> FestivalDay { get; }

    public ParameterValue<int> Validity { get; }

    public ParameterValue<int> StaleYears { get; }

    public LeapDayRule LeapRule { get; }

    public StackingKind[] StackKinds { get; }

    public ParameterValueInfo[] Infos { get; }

    public bool UsesPlaceholder { get; }

    public static ElderlyPolicy? Compile(ElderlyTimelines t, LocalDate d) =>
        At(t.Rules, d).HasValue && At(t.Districts, d).HasValue && At(t.Leap, d).HasValue ? new ElderlyPolicy(t, d) : null;

    public ParameterValue<AgeBand>? Band(ElderlyBenefit b) => (int)b < 4 ? _bands[(int)b] : null;

    public ParameterValueInfo?[] InfosFor(ElderlyBenefit b) => _infosFor[(int)b];

    /// <summary>The uses of <see cref="InfosFor"/> in an explanation step, made once per policy and benefit.</summary>
    public IReadOnlyList<ParameterUse> UsesFor(ElderlyBenefit b) => _usesFor[(int)b] ??= ExplanationBuilder.UsesOf(_infosFor[(int)b]);

    private readonly IReadOnlyList<ParameterUse>?[] _usesFor = new IReadOnlyList<ParameterUse>?[ElderlyBenefits.Count];

    /// <summary>The uses of the age step (the leap-day rule), made once per policy.</summary>
    public IReadOnlyList<ParameterUse> AgeUses => _ageUses ??= ExplanationBuilder.UsesOf([LeapDay.Info]);

    private IReadOnlyList<ParameterUse>? _ageUses;

    private static int Index(string code) =>
        code == StackingTable.InstitutionalCare ? InstitutionalIndex : ElderlyBenefits.TryParse(code, out var b) ? (int)b : InstitutionalIndex;

    private static ParameterValue<T> At<T>(ParameterTimeline<T>? t, LocalDate d) => t?.At(d) ?? default;
}
