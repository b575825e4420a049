using Governance.Rules.Compensation;
using Governance.Rules.Results;
using static Governance.Rules.Tests.Compensation.PayFixtures;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Compensation;

public sealed class PayValidationTests
{
    private static IReadOnlyList<ValidationFailure> Failures(CommunityWorker w) => Suzhou.EvaluateGrade(w, EvaluationOptions.On(AsOf)).Failures;

    private static void AssertFailure(CommunityWorker w, string code, string path)
    {
        var failures = Failures(w);
        Assert.Contains(failures, f => f.Code == code && f.PropertyPath == path);
        Assert.Equal(PayStatus.InvalidInput, Suzhou.Grade(w, AsOf).Status);
    }

    [Fact]
    public void Hire_date_after_the_as_of_date_is_refused()
    {
        var failures = Failures(Worker("staff", "2025-07-01"));
        var f = Assert.Single(failures);
        Assert.Equal(("PAY_HIRE_AFTER_AS_OF", "Service[0].Start"), (f.Code, f.PropertyPath));
        Assert.Contains("2025-06-30", f.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        AssertFailure(Worker("staff", "2020-01-01") with { Service = [new ServicePeriod(Date("2020-01-01"), Date("2019-12-31"))] }, "PAY_SERVICE_PERIOD_NEGATIVE", "Service[0].End");
    }

    [Fact]
    public void Overlapping_or_unordered_periods_are_refused()
    {
        AssertFailure(Worker("staff", "2020-01-01") with { Service = [new ServicePeriod(Date("2020-01-01"), Date("2022-12-31")), new ServicePeriod(Date("2022-06-01"))] }, "PAY_SERVICE_PERIODS_OVERLAP", "Service[1].Start");
        AssertFailure(Worker("staff", "2020-01-01") with { Service = [new ServicePeriod(Date("2020-01-01")), new ServicePeriod(Date("2023-06-01"))] }, "PAY_SERVICE_PERIODS_OVERLAP", "Service[1].Start");
    }

    [Fact]
    public void Unknown_post_degree_and_qualification_are_refused_with_the_known_codes()
    {
        var failures = Failures(Worker("director", "2020-01-01", "diploma") with { Qualifications = [new QualificationHeld("lawyer", Date("2021-01-01"))] });
        var post = Assert.Single(failures, f => f.Code == "PAY_POST_UNKNOWN");
        Assert.Equal("Posts[0].Post", post.PropertyPath);
        Assert.Contains("head, deputy, staff", post.Message.En, StringComparison.Ordinal);
        Assert.Contains(failures, f => f.Code == "PAY_DEGREE_UNKNOWN" && f.PropertyPath == "Degree" && f.Message.En.Contains("bachelor", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Code == "PAY_QUALIFICATION_UNKNOWN" && f.PropertyPath == "Qualifications[0].Qualification");
    }

    [Fact]
    public void An_unknown_degree_alone_or_a_birth_date_outside_the_accepted_range_is_refused_on_both_paths()
    {
        AssertFailure(Worker("staff", "2020-01-01", "doctorate-of-everything"), "PAY_DEGREE_UNKNOWN", "Degree");
        AssertFailure(Worker("staff", "2020-01-01") with { BirthDate = Date("1879-12-31") }, "DATE_OUT_OF_RANGE", "BirthDate");
        Assert.Equal(PayStatus.Computed, Suzhou.Grade(Worker("staff", "2020-01-01") with { BirthDate = Date("1880-01-01") }, AsOf).Status);
    }

    [Fact]
    public void A_qualification_obtained_before_birth_is_refused()
    {
        AssertFailure(
            Worker("staff", "2020-01-01") with { BirthDate = Date("1995-04-01"), Qualifications = [new QualificationHeld("social-worker", Date("1990-01-01"))] },
            "PAY_QUALIFICATION_BEFORE_BIRTH",
            "Qualifications[0].Obtained");
    }

    [Fact]
    public void Posts_out_of_order_or_starting_after_hire_are_refused()
    {
        AssertFailure(Worker("staff", "2020-01-01") with { Posts = [new PostAssignment("staff", Date("2020-01-01")), new PostAssignment("deputy", Date("2020-01-01"))] }, "PAY_POST_HISTORY_ORDER", "Posts[1].From");
        AssertFailure(Worker("staff", "2020-01-01") with { Posts = [new PostAssignment("staff", Date("2020-02-01"))] }, "PAY_POST_STARTS_AFTER_HIRE", "Posts[0].From");
    }

    [Fact]
    public void Repeated_or_absurd_failed_years_and_empty_histories_are_refused()
    {
        AssertFailure(Worker("staff", "2020-01-01") with { FailedAppraisalYears = [2021, 2021] }, "PAY_FAILED_YEAR_INVALID", "FailedAppraisalYears[1]");
        AssertFailure(Worker("staff", "2020-01-01") with { FailedAppraisalYears = [12021] }, "PAY_FAILED_YEAR_INVALID", "FailedAppraisalYears[0]");
        Assert.Contains(Failures(Worker("staff", "2020-01-01") with { Service = [] }), f => f.Code == "PAY_SERVICE_MISSING");
        Assert.Contains(Failures(Worker("staff", "2020-01-01") with { Posts = [] }), f => f.Code == "PAY_POSTS_MISSING");
        Assert.Contains(Failures(Worker("staff", "2020-01-01", id: "")), f => f.Code == "PAY_WORKER_ID_MISSING");
    }

    [Fact]
    public void A_date_before_any_pay_scale_is_refused()
    {
        var f = Assert.Single(Suzhou.EvaluateGrade(Worker("staff", "2010-01-01"), EvaluationOptions.On(Date("2018-12-31"))).Failures);
        Assert.Equal(("PAY_NO_POLICY_ON_DATE", "AsOf"), (f.Code, f.PropertyPath));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => Suzhou.EvaluateGrade(null!));
        Assert.Throws<ArgumentNullException>(() => Suzhou.Grade(null!, AsOf));
        Assert.Throws<ArgumentNullException>(() => Suzhou.EvaluateAnnualPay(null!));
        Assert.Throws<ArgumentNullException>(() => new CommunityWorkerPayCalculator(null!, Clock));
    }

    [Fact]
    public void Messages_come_in_Chinese_and_English()
    {
        var f = Assert.Single(Failures(Worker("staff", "2020-01-01") with { FailedAppraisalYears = [2021, 2021] }));
        Assert.Contains("考核不合格年度", f.Message.ZhHans, StringComparison.Ordinal);
        Assert.Contains("Failed appraisal year 2021", f.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_failures_of_an_annual_pay_name_the_worker_in_their_path_as_the_request_holds_it()
    {
        // The annual request holds the worker under Worker: the same failures as the grade's, under that member.
        var worker = Worker("director", "2020-01-01", "diploma") with { Id = "", Qualifications = [new QualificationHeld("lawyer", Date("2021-01-01"))] };
        var grade = Failures(worker);
        var annual = Suzhou.EvaluateAnnualPay(new AnnualPayRequest(worker, 2025), EvaluationOptions.On(Date("2026-01-15"))).Failures;
        Assert.Equal(
            ["Worker.Degree", "Worker.Id", "Worker.Posts[0].Post", "Worker.Qualifications[0].Qualification"],
            annual.Select(f => f.PropertyPath).Order(StringComparer.Ordinal));
        Assert.Equal(grade.Select(f => (f.Code, "Worker." + f.PropertyPath, f.Message, f.AttemptedValue)), annual.Select(f => (f.Code, f.PropertyPath, f.Message, f.AttemptedValue)));
    }
}
