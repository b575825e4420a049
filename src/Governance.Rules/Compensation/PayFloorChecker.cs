using System.Globalization;
using Governance.Rules.Localization;
using Governance.Rules.Money;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using Governance.Rules.Validation;
using NodaTime;

namespace Governance.Rules.Compensation;

/// <summary>
/// The pay floor of community workers (待遇保障底线): a unit's average annual pay of counted community workers
/// against the reference wage of the year the pack's floor rule names.
/// </summary>
/// <remarks>
/// <para>Suzhou: community workers' annual average pay is not below the locality's previous-year average wage of urban
/// non-private-unit in-service employees (城镇非私营单位在岗职工年平均工资), as reported in the 2022 article of the director
/// of the Suzhou Civil Affairs Bureau; the 2024 figure (143,611 元, reported) is the floor for 2025 pay.</para>
/// <para><b>Full-time-equivalent rule</b> (按折算全时月数计): a part-year or part-time worker counts by full-time-equivalent
/// months; the average is Σ pay × 12 ÷ Σ FTE months, rounded down to the fen so that it is never overstated; a worker is
/// below the floor when pay × 12 ÷ FTE months is. The total shortfall is floor × Σ FTE months ÷ 12 − Σ pay and the raise per
/// full-time worker is that shortfall × 12 ÷ Σ FTE months, both rounded up to the fen (computed from the whole months, so
/// the rounding of months ÷ 12 in decimal never moves it).</para>
/// <para>The floor rule is the one in force on 1 January of the pay year; the reference wages are those the pack knows on
/// the as-of date. A missing reference wage is a failure naming the year and caliber, never a silent older value; a wage
/// of another caliber, used only when the rule's caliber is missing for that year, is a warning.</para>
/// </remarks>
public sealed class PayFloorChecker
{
    private static readonly PayrollRequestValidator Validator = new();

    private readonly RulePack _pack;
    private readonly IClock _clock;
    private readonly ParameterTimeline<PayFloorRule>? _rules;
    private readonly ParameterTimeline<ReferenceWageTable>? _wages;

    /// <summary>Creates a checker over <paramref name="pack"/>.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock that says what "today" is when no as-of date is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PayFloorChecker(RulePack pack, IClock clock)
    {
        _pack = Guard.NotNull(pack);
        _clock = Guard.NotNull(clock);
        _rules = pack.Timeline(PayParameters.FloorRule);
        _wages = pack.Timeline(PayParameters.ReferenceWages);
    }

    /// <summary>The pack the checker reads.</summary>
    public RulePack Pack => _pack;

    /// <summary>Checks a unit's payroll for a year against the pay floor.</summary>
    /// <param name="request">The unit, the pay year and the workers' annual pay and FTE months.</param>
    /// <param name="options">The as-of date (which reference wages are known) and whether to explain.</param>
    /// <returns>The check, or the validation failures (including a missing reference wage).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RuleResult<PayFloorOutcome> Evaluate(PayrollRequest request, EvaluationOptions? options = null)
    {
        Guard.NotNull(request);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<PayFloorOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var failures = Validator.Validate(request).ToFailures<PayrollRequest>();
        if (failures.Count > 0)
        {
            return RuleResult<PayFloorOutcome>.Invalid(failures, stamp);
        }

        var year = request.Year;
        var rule = _rules?.At(new LocalDate(year, 1, 1)) ?? default;
        if (!rule.HasValue)
        {
            return RuleResult<PayFloorOutcome>.Invalid([Failure(PayErrors.YearOutsideTimeline, "Year", year.ToString(CultureInfo.InvariantCulture), null)], stamp);
        }

        var referenceYear = year - rule.Value.ReferenceYearLag;
        var caliber = rule.Value.Caliber;
        var wages = _wages?.At(asOf) ?? default;
        var place = request.Jurisdiction ?? ReferenceWage.DefaultJurisdiction;
        var wage = wages.HasValue ? wages.Value.Find(referenceYear, caliber, place) : null;
        if (wage is null)
        {
            // Never a substitution: another caliber, place or year is not the floor the rule names.
            var placeName = _pack.Layers.FirstOrDefault(l => l.Id == place)?.Name;
            var reference = referenceYear.ToString(CultureInfo.InvariantCulture);

            // The place (named, or Suzhou by default) is what is missing when the pack holds that year's wage of the caliber elsewhere.
            var placeMissing = wages.HasValue && wages.Value.Wages.Any(w => w.Year == referenceYear && w.Caliber == caliber);
            return RuleResult<PayFloorOutcome>.Invalid(
                [Failure(PayErrors.ReferenceWageMissing, placeMissing ? "Jurisdiction" : "Year", placeMissing ? place : reference, new Dictionary<string, string>
                {
                    ["ReferenceYear"] = reference,
                    ["Caliber"] = WageCalibers.ZhHans(caliber),
                    ["CaliberEn"] = WageCalibers.En(caliber),
                    ["Year"] = year.ToString(CultureInfo.InvariantCulture),
                    ["Place"] = placeName?.ZhHans ?? "“" + place + "”",
                    ["PlaceEn"] = placeName?.En ?? "'" + place + "'",
                })],
                stamp);
        }

        var used = wage;
        var x = new ExplanationBuilder(options.Explain);

        var floor = used.AnnualAverage;
        var workers = request.Workers;
        decimal totalPay = 0m, totalFte = 0m;
        var counted = 0;
        var below = new List<WorkerBelowFloor>();
        for (var i = 0; i < workers.Count; i++)
        {
            var w = workers[i];
            if (!w.Counted)
            {
                continue;
            }

            counted++;
            totalPay += w.AnnualPay;
            totalFte += w.FullTimeEquivalentMonths;
            if (w.AnnualPay * 12m < floor * w.FullTimeEquivalentMonths)
            {
                below.Add(new WorkerBelowFloor(
                    w.Id,
                    w.Name,
                    w.AnnualPay,
                    w.FullTimeEquivalentMonths,
                    MoneyMath.ToFen(w.AnnualPay * 12m / w.FullTimeEquivalentMonths, FenRounding.Down),
                    MoneyMath.ToFen((floor * w.FullTimeEquivalentMonths / 12m) - w.AnnualPay, FenRounding.Up)));
            }
        }

        var fteWorkers = totalFte / 12m;
        var average = MoneyMath.ToFen(totalPay * 12m / totalFte, FenRounding.Down);
        var compliant = average >= floor;
        var shortfall = compliant ? 0m : MoneyMath.ToFen((floor * totalFte / 12m) - totalPay, FenRounding.Up);
        // Divided by the whole FTE months (× 12), never by fteWorkers: months ÷ 12 is rounded in decimal (7 ÷ 12 = 0.58333…), and
        // dividing by the rounded figure could put a raise that is a whole fen one fen up, or make raise × FTE fall short.
        var raise = compliant ? 0m : MoneyMath.ToFen(shortfall * 12m / totalFte, FenRounding.Up);
        var outcome = new PayFloorOutcome
        {
            UnitId = request.UnitId,
            Year = year,
            ReferenceYear = referenceYear,
            RuleCaliber = caliber,
            ReferenceWage = used,
            Floor = floor,
            CountedWorkers = counted,
            ExcludedWorkers = workers.Count - counted,
            FullTimeEquivalentWorkers = fteWorkers,
            TotalPay = totalPay,
            AveragePay = average,
            Compliant = compliant,
            TotalShortfall = shortfall,
            RaisePerWorker = raise,
            BelowFloor = below,
        };
        Explain(outcome, rule, wages, x);
        return RuleResult<PayFloorOutcome>.Valid(outcome, stamp, x.Warnings, x.Build());
    }

    private static void Explain(PayFloorOutcome o, ParameterValue<PayFloorRule> rule, ParameterValue<ReferenceWageTable> wages, ExplanationBuilder x)
    {
        string N(decimal v) => v.ToString(CultureInfo.InvariantCulture);
        x.Step(
            "pay.floor-rule",
            () => new LocalizedText(
                $"待遇底线：{o.Year}年社区工作者年平均报酬不低于{o.ReferenceYear}年{WageCalibers.ZhHans(o.RuleCaliber)}年平均工资。",
                $"Floor: the {o.Year} annual average pay of community workers is at least the {o.ReferenceYear} average wage of {WageCalibers.En(o.RuleCaliber)}."),
            [rule.Info]);
        x.Step(
            "pay.reference-wage",
            () => new LocalizedText(
                $"{o.ReferenceWage.Year}年{WageCalibers.ZhHans(o.ReferenceWage.Caliber)}年平均工资{N(o.Floor)}元{(o.ReferenceWage.Source is { } s ? "（来源：" + s + "）" : "")}。",
                $"{o.ReferenceWage.Year} average wage of {WageCalibers.En(o.ReferenceWage.Caliber)}: {N(o.Floor)} yuan{(o.ReferenceWage.Source is { } s2 ? " (source: " + s2 + ")" : "")}."),
            [wages.Info],
            ExplanationBuilder.Value("floor", o.Floor));
        x.Step(
            "pay.floor-check",
            () => new LocalizedText(
                $"计入{o.CountedWorkers}人（另有{o.ExcludedWorkers}人不计入），折算全时{N(o.FullTimeEquivalentWorkers)}人；报酬合计{N(o.TotalPay)}元；年平均=合计×12÷全时月数={N(o.AveragePay)}元（舍去到分）；{(o.Compliant ? "不低于底线，达标" : $"低于底线，未达标：缺口{N(o.TotalShortfall)}元，每名全时人员需增加{N(o.RaisePerWorker)}元（进位到分）")}；{o.BelowFloor.Count}人个人折算年报酬低于底线。",
                $"{o.CountedWorkers} counted workers ({o.ExcludedWorkers} not counted), {N(o.FullTimeEquivalentWorkers)} full-time equivalents; total pay {N(o.TotalPay)}; average = total × 12 ÷ FTE months = {N(o.AveragePay)} (rounded down to the fen); {(o.Compliant ? "at or above the floor: compliant" : $"below the floor: shortfall {N(o.TotalShortfall)}, a raise of {N(o.RaisePerWorker)} per full-time worker (rounded up to the fen)")}; {o.BelowFloor.Count} workers are individually below the floor."),
            null,
            ExplanationBuilder.Value("average", o.AveragePay),
            ExplanationBuilder.Value("compliant", o.Compliant ? "true" : "false"),
            ExplanationBuilder.Value("shortfall", o.TotalShortfall));
    }

    private static Results.ValidationFailure Failure(ErrorDescriptor error, string path, string value, IReadOnlyDictionary<string, string>? more)
    {
        string Fill(string t)
        {
            t = t.Replace("{PropertyValue}", value, StringComparison.Ordinal);
            if (more is not null)
            {
                foreach (var (k, v) in more)
                {
                    t = t.Replace("{" + k + "}", v, StringComparison.Ordinal);
                }
            }

            return t;
        }

        return new Results.ValidationFailure(error.Code, path, new LocalizedText(Fill(error.ZhHans), Fill(error.En)), value);
    }
}
