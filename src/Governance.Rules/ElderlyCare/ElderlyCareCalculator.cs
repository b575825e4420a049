using System.Globalization;
using FluentValidation;
using Governance.Rules.Localization;
using Governance.Rules.Money;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Time;
using Governance.Rules.Validation;
using NodaTime;
using static Governance.Rules.ElderlyCare.ElderlyMonths;
using static Governance.Rules.ElderlyCare.ElderlyTexts;

namespace Governance.Rules.ElderlyCare;


/// <summary>
/// The elderly-care benefit calculator (苏颐养方程式政策计算器): for an older person and a date, every benefit of the
/// pack — eligibility, amount and period, start and end month, stacking, unmet conditions, the date on which
/// the person will qualify when only age is missing — with month and year totals and a month-by-month schedule.
/// </summary>
/// <remarks>
/// <para>ElderlyPolicy meaning. Suzhou's 尊老金 history (苏州日报 via 中新网, 2010, reported): from 2007-10 aged 90–99 ≥ 600 元/年 and
/// centenarians ≥ 200 元/月 plus ≥ 1,000 元 at 重阳节; from 2009 centenarians ≥ 300 元/月; from 2010 aged 90–99 ≥ 1,200 元/年.
/// These are "不低于" minimums a district layer may raise. The 80–89 band, the home-care, nursing, adaptation and meal
/// subsidies, the date rules and the stacking rules are placeholders in the Suzhou pack, and every result using them says so.</para>
/// <para>Date rules, each named and pack data per benefit: age in completed years (周岁), reached on the birthday, with the
/// named 29 February rule (<c>elderly.leap_day_rule</c>). Start rules: <c>condition-month</c> (当月起), <c>next-month</c> (次月起),
/// <c>application-month</c> and <c>month-after-application</c> with back-pay <c>none</c>, <c>months</c> (n), <c>current-year</c>
/// or <c>unlimited</c>. A condition that begins on day D counts from the month the start rule gives for D; a condition
/// that ends (a status period's last day L, a band outgrown on a birthday, an assessment's validity) stops by the same rule
/// applied to the day it no longer holds, so the old and the new status never overlap or leave a gap. Stop rules at death:
/// <c>through-death-month</c> (the month of death paid in full, the default) or <c>day-before-death</c> (the month of death
/// paid for the days before the death: amount × (day of death − 1) ÷ days in the month, rounded half-up to the fen).
/// A month is paid at the figures in force on its first day. Yearly amounts and the 重阳节 lump sum are paid whole in the
/// pack's <c>elderly.lump_sum_month</c> (the library carries no lunar calendar), when the conditions hold in that month.
/// A one-off grant is paid in the first month of entitlement. Hours × hourly value are rounded half-up to the fen
/// (<see cref="FenRounding.HalfUp"/>).</para>
/// <para>Thread-safe and pure: the same pack, person and as-of date always give the same result.</para>
/// </remarks>
public sealed partial class ElderlyCareCalculator
{
    private static readonly ElderlyCareRequestValidator Validator = new();

    private readonly RulePack _pack;
    private readonly IClock _clock;
    private readonly ElderlyPolicy?[] _byMonth;
    private readonly int _firstMonth;

    /// <summary>The policies in force in some month, in the order they start.</summary>
    private readonly ElderlyPolicy[] _policies;

    /// <summary>Per entry of <see cref="_byMonth"/>, the index of its policy in <see cref="_policies"/>, or −1.</summary>
    private readonly int[] _policyIndex;

    /// <summary>The policy figures that turn into change months per person.</summary>
    private readonly ElderlyChangeCalendar _changes;

    /// <summary>Creates a calculator over <paramref name="pack"/>.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="clock">The clock that says what "today" is when no as-of date is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>The policy in force is compiled once per change of any elderly-care parameter and looked up per month
    /// number in an array, so evaluating a month costs no search and no allocation.</remarks>
    public ElderlyCareCalculator(RulePack pack, IClock clock)
    {
        _pack = Guard.NotNull(pack);
        _clock = Guard.NotNull(clock);
        var t = new ElderlyTimelines(pack);
        var policies = new PolicyTimeline<ElderlyPolicy>(t.All, date => ElderlyPolicy.Compile(t, date));
        var dates = t.All.Where(x => x is not null).SelectMany(x => x!.ChangeDates).DefaultIfEmpty(new LocalDate(2000, 1, 1)).ToArray();
        _firstMonth = MonthIndex(dates.Min());
        var last = MonthIndex(dates.Max()) + 1;
        _byMonth = new ElderlyPolicy?[last - _firstMonth + 1];
        for (var m = _firstMonth; m <= last; m++)
        {
            var ym = ToYearMonth(m);
            _byMonth[m - _firstMonth] = policies.At(new LocalDate(ym.Year, ym.Month, 1));
        }

        var distinct = new List<ElderlyPolicy>();
        var policyMonths = new List<int>();
        var figures = new ElderlyChangeFigures();
        _policyIndex = new int[_byMonth.Length];
        for (var i = 0; i < _byMonth.Length; i++)
        {
            if (i == 0 || !ReferenceEquals(_byMonth[i], _byMonth[i - 1]))
            {
                policyMonths.Add(_firstMonth + i);
                if (_byMonth[i] is { } p && !distinct.Contains(p))
                {
                    distinct.Add(p);
                    p.AddChangeFigures(figures);
                }
            }

            _policyIndex[i] = _byMonth[i] is { } q ? distinct.IndexOf(q) : -1;
        }

        _policies = [.. distinct];
        _changes = new ElderlyChangeCalendar([.. policyMonths], figures);
        NumberEntries();
    }

    /// <summary>The pack the calculator reads.</summary>
    public RulePack Pack => _pack;

    /// <summary>The first month in which some elderly-care parameter of the pack is in force.</summary>
    internal int FirstMonth => _firstMonth;

    /// <summary>
    /// The benefits of one person in the month of <paramref name="asOf"/>, allocation-free and without explanation, for batch work.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The summary, or a status saying why there is none (never a partial figure). Start and end months, arrears and
    /// the qualifying date come only from <see cref="Evaluate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <remarks>Every benefit's conditions in a month are compiled once per month (cached) into comparisons of day keys.</remarks>
    public ElderlyBenefitSummary Summarize(ElderlyPerson person, LocalDate asOf)
    {
        Guard.NotNull(person);
        var m = (asOf.Year * 12) + asOf.Month - 1;
        var t = _summaryMonths.Find(m) ?? SummaryMonthFor(m);
        if (t.Policy is not { } policy)
        {
            return Summarize(person, asOf, ElderlyBenefits.AllMask);
        }

        return ElderlyQuickCheck.QuickValid(person, asOf, policy)
            ? SummarizeCompiled(t, policy, person)
            : new ElderlyBenefitSummary(ElderlySummaryStatus.InvalidInput, default, default, 0, 0, false);
    }

    /// <summary>
    /// Some benefits of one person in the month of <paramref name="asOf"/>, allocation-free: only the benefits in
    /// <paramref name="benefitMask"/> (and those a stacking rule links to them) are evaluated; the others come back as not eligible with 0.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="benefitMask">A bit per benefit (<c>1 &lt;&lt; (int)benefit</c>), for example <see cref="ElderlyBenefits.AgeAllowanceMask"/>.</param>
    /// <returns>The summary of those benefits, with the same figures for them as <see cref="Summarize(ElderlyPerson, LocalDate)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public ElderlyBenefitSummary Summarize(ElderlyPerson person, LocalDate asOf, int benefitMask)
    {
        Guard.NotNull(person);
        if (!InputLimits.Contains(asOf))
        {
            return new ElderlyBenefitSummary(ElderlySummaryStatus.InvalidInput, default, default, 0, 0, false);
        }

        var m = MonthIndex(asOf);
        var policy = PolicyFor(m);
        if (policy is null)
        {
            return new ElderlyBenefitSummary(ElderlySummaryStatus.NoPolicyInForce, default, default, 0, 0, false);
        }

        if (!ElderlyQuickCheck.QuickValid(person, asOf, policy))
        {
            return new ElderlyBenefitSummary(ElderlySummaryStatus.InvalidInput, default, default, 0, 0, false);
        }

        return SummarizeValid(policy, person, m, benefitMask);
    }

    /// <summary>The summary of a person already checked, in month number <paramref name="m"/> under <paramref name="policy"/>.</summary>
    private ElderlyBenefitSummary SummarizeValid(ElderlyPolicy policy, ElderlyPerson person, int m, int benefitMask)
    {
        benefitMask &= ElderlyBenefits.AllMask;
        var facts = new ElderlyFacts(person);
        var months = default(MonthSet);
        EvaluateAll(policy, facts, person, m, ref months, policy.WithStackingPartners(benefitMask));
        Amounts perPeriod = default, due = default;
        int eligible = 0, paid = 0, pending = 0;
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            if ((benefitMask & (1 << i)) == 0)
            {
                continue;
            }

            ref readonly var b = ref months[i];
            perPeriod[i] = b.PerPeriod;
            due[i] = b.Due;
            if (b.Unmet == 0)
            {
                eligible |= 1 << i;
                pending |= b.Pending ? 1 << i : 0;
                if (b.Stacking == StackingOutcome.Paid)
                {
                    paid |= 1 << i;
                }
            }
        }

        return new ElderlyBenefitSummary(ElderlySummaryStatus.Computed, perPeriod, due, eligible, paid, policy.UsesPlaceholder, pending);
    }

    /// <summary>The summaries of many persons on one core, written in order into <paramref name="results"/>; allocation-free.</summary>
    /// <param name="persons">The persons (none null).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="results">Where the summaries go: <c>results[i]</c> is the summary of <c>persons[i]</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="persons"/>.</exception>
    /// <exception cref="ArgumentNullException">A person is null.</exception>
    public void Summarize(ReadOnlySpan<ElderlyPerson> persons, LocalDate asOf, Span<ElderlyBenefitSummary> results)
    {
        if (results.Length < persons.Length)
        {
            throw new ArgumentException("The results span is shorter than the persons span.", nameof(results));
        }

        for (var i = 0; i < persons.Length; i++)
        {
            results[i] = Summarize(persons[i], asOf);
        }
    }

    /// <summary>
    /// The summaries of many persons on all cores: the persons are cut into contiguous blocks, each block is summarized on one
    /// thread into its own slice of <paramref name="results"/>, so the output order is the input order whatever the scheduling.
    /// </summary>
    /// <param name="persons">The persons (none null).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="results">Where the summaries go: <c>results.Span[i]</c> is the summary of <c>persons.Span[i]</c>.</param>
    /// <param name="maxDegreeOfParallelism">The most threads used; null for one per core.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="persons"/>.</exception>
    /// <exception cref="ArgumentNullException">A person is null.</exception>
    public void SummarizeParallel(ReadOnlyMemory<ElderlyPerson> persons, LocalDate asOf, Memory<ElderlyBenefitSummary> results, int? maxDegreeOfParallelism = null)
    {
        if (results.Length < persons.Length)
        {
            throw new ArgumentException("The results memory is shorter than the persons memory.", nameof(results));
        }

        var threads = Math.Max(1, Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, Environment.ProcessorCount));
        const int MinBlock = 4096;
        var blocks = Math.Max(1, Math.Min(threads * 4, (persons.Length + MinBlock - 1) / MinBlock));
        if (blocks == 1)
        {
            // Too few persons to share out: on this thread, without the cost of starting others.
            Summarize(persons.Span, asOf, results.Span);
        }
        else
        {
            var size = (persons.Length + blocks - 1) / blocks;
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = threads }, block =>
            {
                var from = block * size;
                var count = Math.Min(size, persons.Length - from);
                if (count > 0)
                {
                    Summarize(persons.Span.Slice(from, count), asOf, results.Span.Slice(from, count));
                }
            });
        }
    }

    /// <summary>Evaluates a request: every benefit with its explanation, warnings (placeholders, stale values) and stamp.</summary>
    /// <param name="request">The person and an optional schedule range.</param>
    /// <param name="options">The as-of date and whether to explain; defaults to today with an explanation.</param>
    /// <returns>The outcome, or the validation failures of the request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RuleResult<ElderlyOutcome> Evaluate(ElderlyCareRequest request, EvaluationOptions? options = null)
    {
        Guard.NotNull(request);
        options ??= EvaluationOptions.Default;
        var asOf = options.AsOf ?? ChinaTime.Today(_clock);
        var stamp = _pack.Stamp(asOf);
        if (InputLimits.AsOfFailure(asOf) is { } asOfOutOfRange)
        {
            return RuleResult<ElderlyOutcome>.Invalid([asOfOutOfRange], stamp);
        }

        var m0 = MonthIndex(asOf);
        var policy = PolicyFor(m0);
        if (policy is null)
        {
            return RuleResult<ElderlyOutcome>.Invalid([ElderlyErrors.NoPolicy.ForAsOf(asOf)], stamp);
        }

        // The allocation-free check accepts only what the validator accepts; the validator runs to say what is wrong.
        if (!ElderlyQuickCheck.QuickValid(request, asOf, policy))
        {
            var context = new ValidationContext<ElderlyCareRequest>(request);
            context.RootContextData[ElderlyCareRequestValidator.AsOfKey] = asOf;
            context.RootContextData[ElderlyCareRequestValidator.DistrictsKey] = policy.Districts.Value;
            var failures = Validator.Validate(context).ToFailures<ElderlyCareRequest>();
            if (failures.Count > 0)
            {
                return RuleResult<ElderlyOutcome>.Invalid(failures, stamp);
            }
        }

        var person = request.Person;
        var facts = new ElderlyFacts(person);
        var changes = new ElderlyChangeMonths(_changes, facts, person);
        LocalDate? staleBefore = policy.StaleYears.HasValue ? asOf.PlusYears(-policy.StaleYears.Value) : null;
        var used = new bool[_policies.Length];
        var age = Ages.CompletedYears(person.BirthDate, asOf, policy.LeapRule);
        var now = default(MonthSet);
        EvaluateAll(policy, facts, person, m0, ref now);
        MarkUsed(used, m0);

        var benefits = new ElderlyBenefitOutcome[ElderlyBenefits.Count];
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            benefits[i] = Describe(policy, facts, changes, person, (ElderlyBenefit)i, asOf, m0, now, used);
        }

        // Year total: January to December of the as-of year, after stacking.
        var january = asOf.Year * 12;
        var yearTotal = SumOwed(facts, changes, person, january, january + 12, -1, used, now, m0);
        var monthTotal = 0m;
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            monthTotal += now[i].Due;
        }

        var schedule = Schedule(request, facts, person, used);
        var warnings = WarningsOf(m0, used, staleBefore);
        var outcome = new ElderlyOutcome(age, ToYearMonth(m0), benefits, monthTotal, yearTotal, schedule);

        // The steps are made from the outcome when read (ElderlySteps); the warnings, the same explained or not, apart.
        var explanation = options.Explain ? new Explanation(new ElderlySteps(policy, person.BirthDate, asOf, outcome)) : Explanation.None;
        return RuleResult<ElderlyOutcome>.Valid(outcome, stamp, warnings, explanation);
    }

    /// <summary>The compiled policy in force on the first day of month number <paramref name="month"/>, or null.</summary>
    internal ElderlyPolicy? PolicyFor(int month)
    {
        var i = month - _firstMonth;
        return i < 0 ? null : _byMonth[Math.Min(i, _byMonth.Length - 1)];
    }

    private void EvaluateAll(ElderlyPolicy policy, in ElderlyFacts facts, ElderlyPerson person, int m, ref MonthSet set, int mask = ElderlyBenefits.AllMask)
    {
        for (var i = 0; i < ElderlyBenefits.Count; i++)
        {
            set[i] = (mask & (1 << i)) != 0 ? policy.Month(facts, person, i, m, this) : new BenefitMonth { Unmet = (int)UnmetCondition.NotInForce, StackedWith = -1 };
        }

        policy.Stack(facts, m, ref set);
    }

    /// <summary>The conditions of one benefit in the month before a one-off grant's month (no look further back).</summary>
    internal BenefitMonth PreviousMonth(in ElderlyFacts facts, ElderlyPerson person, int benefit, int m)
    {
        var p = PolicyFor(m);
        return p is null ? new BenefitMonth { Unmet = (int)UnmetCondition.NotInForce } : p.Month(facts, person, benefit, m, owner: null);
    }
}
