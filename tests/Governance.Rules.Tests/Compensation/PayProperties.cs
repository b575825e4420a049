using Governance.Rules.Compensation;
using Governance.Rules.Results;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

public sealed class PayProperties
{
    private static readonly string[] PostCodes = ["head", "deputy", "staff"];
    private static readonly string[] QualificationCodes = ["assistant-social-worker", "social-worker", "senior-social-worker"];
    private static readonly EvaluationOptions January2026 = EvaluationOptions.On(Date("2026-01-15"), explain: false);

    private static readonly Gen<CommunityWorker> Workers =
        from post in Gen.Elements(PostCodes)
        from hireDays in Gen.Choose(0, 14_000)
        from degree in Gen.Elements<string?>(null, "bachelor", "master", "doctor")
        from gapStart in Gen.Choose(0, 6_000)
        from gapLength in Gen.Choose(0, 800)
        from qualification in Gen.Choose(0, 3)
        from qualificationDays in Gen.Choose(0, 8_000)
        from failed in Gen.Choose(0, 12)
        from newPost in Gen.Elements(PostCodes)
        from changeDays in Gen.Choose(0, 9_000)
        select Build(post, hireDays, degree, gapStart, gapLength, qualification, qualificationDays, failed, newPost, changeDays);

    private static readonly Gen<int> Offsets = Gen.Choose(0, 5_000);

    private static CommunityWorker Build(string post, int hireDays, string? degree, int gapStart, int gapLength, int qualification, int qualificationDays, int failed, string newPost, int changeDays)
    {
        var hire = AsOf.PlusDays(-hireDays);
        var service = gapLength > 0
            ? new[] { new ServicePeriod(hire, hire.PlusDays(gapStart)), new ServicePeriod(hire.PlusDays(gapStart + gapLength + 1)) }
            : [new ServicePeriod(hire)];
        var posts = changeDays % 3 == 0
            ? [new PostAssignment(post, hire)]
            : new[] { new PostAssignment(post, hire), new PostAssignment(newPost, hire.PlusDays(1 + changeDays)) };
        return new CommunityWorker
        {
            Id = "w",
            Degree = degree,
            Service = service,
            Posts = posts,
            Qualifications = qualification == 0 ? [] : [new QualificationHeld(QualificationCodes[qualification - 1], hire.PlusDays(qualificationDays))],
            FailedAppraisalYears = failed > 9 ? [hire.Year + failed - 9] : [],
        };
    }

    [Property]
    public Property Grade_always_lies_inside_the_posts_range() =>
        Prop.ForAll(Workers.ToArbitrary(), Offsets.ToArbitrary(), (w, offset) =>
        {
            var g = Suzhou.Grade(w, AsOf.PlusDays(offset));
            return g.Status == PayStatus.Computed && g.Post!.MinGrade <= g.Grade && g.Grade <= g.Post.MaxGrade;
        });

    [Property]
    public Property Grade_is_monotone_in_service_years() =>
        Prop.ForAll(Gen.Elements(PostCodes).ToArbitrary(), Gen.Choose(0, 15_000).ToArbitrary(), Gen.Choose(0, 15_000).ToArbitrary(), (post, a, b) =>
        {
            var (longer, shorter) = a >= b ? (a, b) : (b, a);
            return Suzhou.Grade(Worker(post, Text(AsOf.PlusDays(-longer))), AsOf).Grade >= Suzhou.Grade(Worker(post, Text(AsOf.PlusDays(-shorter))), AsOf).Grade;
        });

    [Property]
    public Property Grade_is_monotone_in_qualification_level() =>
        Prop.ForAll(Workers.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (w, a, b) =>
        {
            var (high, low) = a >= b ? (a, b) : (b, a);
            CommunityWorker With(int level) => w with { Qualifications = level == 0 ? [] : [new QualificationHeld(QualificationCodes[level - 1], w.HireDate!.Value)] };
            return Suzhou.Grade(With(high), AsOf).Grade >= Suzhou.Grade(With(low), AsOf).Grade;
        });

    [Property]
    public Property Grade_never_decreases_over_time_in_a_fixed_post_without_failed_appraisal() =>
        Prop.ForAll(Workers.ToArbitrary(), Offsets.ToArbitrary(), Offsets.ToArbitrary(), (w, a, b) =>
        {
            var fixedPost = w with { Posts = [w.Posts[0]], FailedAppraisalYears = [] };
            var (early, late) = a <= b ? (a, b) : (b, a);
            var from = Date("2019-01-01");
            return Suzhou.Grade(fixedPost, from.PlusDays(early)).Grade <= Suzhou.Grade(fixedPost, from.PlusDays(late)).Grade;
        });

    [Property]
    public Property Pay_strictly_increases_with_grade_within_a_post() =>
        Prop.ForAll(Gen.Elements(PostCodes).ToArbitrary(), Gen.Choose(0, 15_000).ToArbitrary(), Gen.Choose(0, 15_000).ToArbitrary(), (post, a, b) =>
        {
            var pa = Suzhou.MonthlyPay(Worker(post, Text(AsOf.PlusDays(-a))), AsOf);
            var pb = Suzhou.MonthlyPay(Worker(post, Text(AsOf.PlusDays(-b))), AsOf);
            return pa.Grade.Grade.CompareTo(pb.Grade.Grade) == pa.Total.CompareTo(pb.Total)
                && pa.Total == pa.Basic + pa.Performance + pa.Allowance;
        });

    [Property(MaxTest = 40)]
    public Property Annual_pay_is_the_sum_of_its_months() =>
        Prop.ForAll(Workers.ToArbitrary(), w =>
        {
            var a = Suzhou.EvaluateAnnualPay(new AnnualPayRequest(w, 2025), January2026).GetOutcomeOrThrow();
            return a.Total == a.Months.Sum(m => m.Total)
                && a.Months.All(m => m.Total == m.Basic + m.Performance + m.Allowance && m.DaysPaid <= m.DaysInMonth)
                && a.FullTimeEquivalentMonths is >= 0m and <= 12m
                && a.Basic == a.Months.Sum(m => m.Basic);
        });

    [Property]
    public Property Floor_check_is_consistent_with_the_average_it_reports()
    {
        var line = from pay in Gen.Choose(3_000_000, 25_000_000)
                   from months in Gen.Choose(1, 12)
                   select (Pay: pay / 100m, Months: (decimal)months);
        return Prop.ForAll(line.ListOf().Where(l => l.Count is > 0 and < 40).ToArbitrary(), lines =>
        {
            var workers = lines.Select((l, i) => new PayrollWorker { Id = "w" + i, AnnualPay = l.Pay, FullTimeEquivalentMonths = l.Months }).ToArray();
            var o = SuzhouFloor.Evaluate(new PayrollRequest("u", 2025, workers), January2026).GetOutcomeOrThrow();
            var fte = lines.Sum(l => l.Months);
            var closes = (o.TotalPay + o.TotalShortfall) * 12m >= o.Floor * fte;
            var minimal = o.Compliant || (o.TotalPay + o.TotalShortfall - 0.01m) * 12m < o.Floor * fte;
            var below = workers.Where(w => w.AnnualPay * 12m < o.Floor * w.FullTimeEquivalentMonths).Select(w => w.Id);
            return o.Compliant == (o.AveragePay >= o.Floor)
                && (o.TotalShortfall == 0m) == o.Compliant
                && closes && minimal
                && o.RaisePerWorker * fte >= o.TotalShortfall * 12m
                && (o.Compliant || (o.RaisePerWorker - 0.01m) * fte < o.TotalShortfall * 12m)
                && o.AveragePay <= o.TotalPay * 12m / fte && o.TotalPay * 12m / fte - o.AveragePay < 0.01m
                && below.SequenceEqual(o.BelowFloor.Select(b => b.Id));
        });
    }

    [Property(MaxTest = 40)]
    public Property Fast_path_and_full_evaluation_agree() =>
        Prop.ForAll(Workers.ToArbitrary(), w =>
        {
            var fast = Suzhou.Grade(w, AsOf);
            var full = Suzhou.EvaluateGrade(w, EvaluationOptions.On(AsOf, explain: false));
            return full.IsValid && fast.Grade == full.Outcome!.Grade && fast.NextStepDate == full.Outcome.NextStepDate;
        });

    [Property(MaxTest = 25)]
    public Property Results_are_identical_across_cultures() =>
        Prop.ForAll(Workers.ToArbitrary(), w =>
        {
            var texts = Cultures.Select(c => InCulture(c, () =>
            {
                var r = Suzhou.EvaluateMonthlyPay(w, EvaluationOptions.On(AsOf));
                var f = SuzhouFloor.Evaluate(new PayrollRequest("u", 2025, [new PayrollWorker { Id = "a", AnnualPay = 123_456.78m, FullTimeEquivalentMonths = 7.5m }]), EvaluationOptions.On(Date("2026-01-15")));
                return r.Explanation.Render() + r.Explanation.Render(Localization.Language.En) + string.Join("|", r.Failures.Select(x => x.Message.En))
                    + f.Explanation.Render(Localization.Language.En) + f.Outcome!.AveragePay.ToString(System.Globalization.CultureInfo.InvariantCulture);
            })).Distinct().Count();
            return texts == 1;
        });

    [Fact]
    public void Results_are_identical_across_threads()
    {
        var workers = Enumerable.Range(0, 2_000).Select(i => Build(PostCodes[i % 3], i * 7 % 14_000, i % 4 == 0 ? "bachelor" : null, i % 3_000, i % 5 * 100, i % 4, i * 13 % 6_000, i % 13, PostCodes[(i + 1) % 3], i * 11 % 9_000)).ToArray();
        var expected = workers.Select(w => Suzhou.MonthlyPay(w, AsOf)).ToArray();
        var parallel = new MonthlyPayFigures[workers.Length];
        Parallel.For(0, workers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Suzhou.MonthlyPay(workers[i], AsOf));
        Assert.Equal(expected, parallel);
    }

    private static string Text(LocalDate d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
