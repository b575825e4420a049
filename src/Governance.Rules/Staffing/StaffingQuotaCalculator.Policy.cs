using System.Globalization;
using FluentValidation;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;

namespace Governance.Rules.Staffing;

// The staffing rules in force over one stretch of time, compiled from the pack's timelines, and the quota they give.
public sealed partial class StaffingQuotaCalculator
{
    private readonly record struct Computation(decimal Exact, int PopulationQuota, int? BandQuota, int Required, bool RaisedToMinimum, bool CutToMaximum);

    /// <summary>The staffing policy in force over one stretch of time.</summary>
    private sealed class Policy
    {
        public Policy(
            ParameterValue<decimal> rate,
            ParameterValue<string> rounding,
            ParameterValue<WorkerCategoryTable> categories,
            ParameterValue<HouseholdBands> bands,
            ParameterValue<int> minimum,
            ParameterValue<int> maximum)
        {
            Rate = rate;
            Rounding = rounding;
            Categories = categories;
            Bands = bands;
            Minimum = minimum;
            Maximum = maximum;
            UsesPlaceholder = new[] { rate.Info, rounding.Info, categories.Info }.Any(i => i?.Provenance == Provenance.Placeholder);

            // The rate as an integer over a power of ten (18 → 18 / 10^0; 18.5 → 185 / 10^1), so that the exact
            // requirement population × rate ÷ 10,000 is integer arithmetic; rates too fine for it use decimal division.
            var r = rate.Value;
            if (r.Scale + 4 < Pow10.Length && r * Pow10[r.Scale] is var units && units <= long.MaxValue / StaffingLimits.MaxPopulation)
            {
                _rateUnits = (long)units;
                _denominatorDigits = r.Scale + 4;
            }
            else
            {
                _denominatorDigits = -1;
            }
        }

        private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

        private readonly long _rateUnits;
        private readonly int _denominatorDigits;

        public ParameterValue<decimal> Rate { get; }

        public ParameterValue<string> Rounding { get; }

        public ParameterValue<WorkerCategoryTable> Categories { get; }

        public ParameterValue<HouseholdBands> Bands { get; }

        public ParameterValue<int> Minimum { get; }

        public ParameterValue<int> Maximum { get; }

        public bool UsesPlaceholder { get; }

        /// <summary>
        /// True when a community's quota rests on a placeholder among the community rules in force: the per-community
        /// minimum or maximum, or the household bands when households are given.
        /// </summary>
        public bool CommunityRulesUsePlaceholder(bool withHouseholds) =>
            (withHouseholds && IsPlaceholder(Bands)) || IsPlaceholder(Minimum) || IsPlaceholder(Maximum);

        private static bool IsPlaceholder<T>(ParameterValue<T> p) => p.HasValue && p.Info?.Provenance == Provenance.Placeholder;

        public Computation Compute(long population, long? households, AreaLevel level)
        {
            decimal exact;
            int quota;
            if (_denominatorDigits >= 0)
            {
                // numerator / 10^digits, exactly; the rounding rules on the integer quotient and remainder.
                var numerator = population * _rateUnits;
                var denominator = Pow10[_denominatorDigits];
                var whole = numerator / denominator;
                var remainder = numerator - (whole * denominator);
                quota = (int)(Rounding.Value switch
                {
                    StaffingRounding.Floor => whole,
                    StaffingRounding.HalfUp => remainder * 2 >= denominator ? whole + 1 : whole,
                    _ => remainder > 0 ? whole + 1 : whole,
                });

                // The decimal with trailing zeros dropped (22.2210 is written 22.221).
                var digits = _denominatorDigits;
                while (digits > 0 && numerator % 10 == 0)
                {
                    numerator /= 10;
                    digits--;
                }

                exact = new decimal((int)numerator, (int)(numerator >> 32), 0, false, (byte)digits);
            }
            else
            {
                exact = population * Rate.Value / TenThousand;
                quota = Rounding.Value switch
                {
                    StaffingRounding.Floor => (int)decimal.Floor(exact),
                    StaffingRounding.HalfUp => (int)decimal.Round(exact, 0, MidpointRounding.AwayFromZero),
                    _ => (int)decimal.Ceiling(exact),
                };
            }

            var required = quota;
            int? band = null;
            bool raised = false, cut = false;
            if (level == AreaLevel.Community)
            {
                if (Bands.HasValue && households is { } h)
                {
                    band = Bands.Value.WorkersFor(h);
                    required = Math.Max(required, band.Value);
                }

                if (Minimum.HasValue && required < Minimum.Value)
                {
                    required = Minimum.Value;
                    raised = true;
                }

                if (Maximum.HasValue && required > Maximum.Value)
                {
                    required = Maximum.Value;
                    cut = true;
                }
            }

            return new Computation(exact, quota, band, required, raised, cut);
        }

        /// <summary>The warnings of an evaluation without explanation (it notes the policy's entries only), made once and read-only.</summary>
        public IReadOnlyList<RuleWarning> QuietWarnings
        {
            get
            {
                if (_quietWarnings is null)
                {
                    var x = new ExplanationBuilder(explain: false);
                    Explain(x);
                    _quietWarnings = x.SharedWarnings;
                }

                return _quietWarnings;
            }
        }

        private IReadOnlyList<RuleWarning>? _quietWarnings;

        public void Explain(ExplanationBuilder x)
        {
            if (x.Explaining)
            {
                StepRules(x);
            }
            else
            {
                x.NoteEach(Rate.Info, Rounding.Info, Categories.Info);
                if (Bands.HasValue || Minimum.HasValue || Maximum.HasValue)
                {
                    x.NoteEach(Bands.Info, Minimum.Info, Maximum.Info);
                }
            }
        }

        private void StepRules(ExplanationBuilder x)
        {
            x.Step(
                "staffing.rate",
                () => new LocalizedText(
                    $"配备标准：每万名城镇常住人口配备社区工作者{Rate.Value.ToString(CultureInfo.InvariantCulture)}人；按“{RoundingZh(Rounding.Value)}”取整。",
                    $"Standard: {Rate.Value.ToString(CultureInfo.InvariantCulture)} community workers per 10,000 urban permanent residents; rounded by '{Rounding.Value}'."),
                [Rate.Info, Rounding.Info]);
            x.Step(
                "staffing.counted-categories",
                () =>
                {
                    var counted = Categories.Value.Categories.Where(c => c.Counted).ToArray();
                    var other = Categories.Value.Categories.Where(c => !c.Counted).ToArray();
                    return new LocalizedText(
                        $"计入配备的人员：{string.Join("、", counted.Select(c => c.Name.ZhHans))}；不计入：{string.Join("、", other.Select(c => c.Name.ZhHans))}。",
                        $"Counted: {string.Join(", ", counted.Select(c => c.Name.En))}; not counted: {string.Join(", ", other.Select(c => c.Name.En))}.");
                },
                [Categories.Info]);
            if (Bands.HasValue || Minimum.HasValue || Maximum.HasValue)
            {
                x.Step(
                    "staffing.community-rules",
                    () => new LocalizedText(
                        "社区另适用按户数配备及每社区人数上下限：应配人数取人口标准与户数标准中较大者，再按下限提高、按上限截断。",
                        "Communities also follow household bands and per-community limits: the larger of the population and household quotas, raised to the minimum and cut to the maximum."),
                    [Bands.Info, Minimum.Info, Maximum.Info]);
            }
        }

        public void ExplainArea(ExplanationBuilder x, StaffingAreaOutcome r, Computation q)
        {
            var exact = q.Exact.ToString(CultureInfo.InvariantCulture);
            var rate = Rate.Value.ToString(CultureInfo.InvariantCulture);
            var pop = r.UrbanPermanentPopulation.ToString(CultureInfo.InvariantCulture);
            x.Step(
                "staffing.quota",
                () =>
                {
                    var zh = $"{LabelZh(r)}：{pop}×{rate}÷10000={exact}人，按“{RoundingZh(Rounding.Value)}”得{q.PopulationQuota}人";
                    var en = $"{Label(r)}: {pop} × {rate} ÷ 10000 = {exact}, rounded by '{Rounding.Value}' to {q.PopulationQuota}";
                    if (q.BandQuota is { } b)
                    {
                        zh += $"；按户数{r.Households}户配{b}人";
                        en += $"; household bands give {b} for {r.Households} households";
                    }

                    if (q.RaisedToMinimum)
                    {
                        zh += $"；提高至下限{Minimum.Value}人";
                        en += $"; raised to the minimum {Minimum.Value}";
                    }

                    if (q.CutToMaximum)
                    {
                        zh += $"；截至上限{Maximum.Value}人";
                        en += $"; cut to the maximum {Maximum.Value}";
                    }

                    zh += $"；应配{r.Required}人，实配（计入）{r.Counted}人，{(r.Gap < 0 ? "缺配" + (-r.Gap) + "人" : r.Gap == 0 ? "配备达标" : "超配" + r.Gap + "人")}。";
                    en += $"; required {r.Required}, counted {r.Counted}, {(r.Gap < 0 ? "shortfall " + (-r.Gap) : r.Gap == 0 ? "fully staffed" : "surplus " + r.Gap)}.";
                    if (r.SumOfPartsRequired is { } s)
                    {
                        var (partsZh, partsEn) = PartsSum(s, r.Required);
                        zh += partsZh;
                        en += partsEn;
                    }

                    return new LocalizedText(zh, en);
                },
                null,
                ExplanationBuilder.Value("population", r.UrbanPermanentPopulation),
                ExplanationBuilder.Value("exact", q.Exact),
                ExplanationBuilder.Value("required", r.Required),
                ExplanationBuilder.Value("counted", r.Counted),
                ExplanationBuilder.Value("gap", r.Gap));
        }

        /// <summary>
        /// The sentence on the parts' sum: equal to the whole, or more or less than it by how many. A difference comes from
        /// each part being computed on its own: rounded on its own and, where the pack sets them, a community's household
        /// bands, minimum and maximum applied to it; both are named when both can apply, since either may be the cause.
        /// </summary>
        private (string Zh, string En) PartsSum(int s, int required)
        {
            if (s == required)
            {
                return ($"下级应配人数之和为{s}人，与整体测算一致。", $" The parts' quotas sum to {s}, as the whole.");
            }

            var d = Math.Abs(s - required);
            var more = s > required;
            var communityRules = Bands.HasValue || Minimum.HasValue || Maximum.HasValue;
            var causeZh = communityRules ? "下级分别取整，社区另按户数标准及人数上下限测算" : "下级分别取整";
            var causeEn = communityRules
                ? "each part rounded on its own, communities also by household bands and per-community limits"
                : "each part rounded on its own";
            return (
                $"下级应配人数之和为{s}人，比整体测算{(more ? "多" : "少")}{d}人（{causeZh}）。",
                $" The parts' quotas sum to {s}, {d} {(more ? "more" : "fewer")} than the whole ({causeEn}).");
        }

        private static string Label(StaffingAreaOutcome r) => r.Name is null ? r.Id : $"{r.Name}（{r.Id}）";

        /// <summary>An area as named in Chinese: its name when given (the caller's id only when it has none).</summary>
        private static string LabelZh(StaffingAreaOutcome r) => r.Name ?? r.Id;

        private static string RoundingZh(string rule) => rule switch
        {
            StaffingRounding.Floor => "向下取整",
            StaffingRounding.HalfUp => "四舍五入",
            _ => "向上取整",
        };
    }
}
