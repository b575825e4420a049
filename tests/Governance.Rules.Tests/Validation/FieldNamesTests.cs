using System.Text.RegularExpressions;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Json;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using Governance.Rules.Tests.Certification;
using Governance.Rules.Tests.Compensation;
using Governance.Rules.Tests.ElderlyCare;
using Governance.Rules.Tests.Staffing;
using Governance.Rules.Tests.TaskAdmission;
using Governance.Rules.Validation;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Validation;

/// <summary>
/// A failure names its field in the reader's words, never by the C# property path (which stays in
/// <see cref="ValidationFailure.PropertyPath"/>): in zh-Hans the request schema's title, in en plain words, entries of a
/// list counted from 1.
/// </summary>
public sealed partial class FieldNamesTests
{
    private const string Window = "1880-01-01 – 2200-12-31";

    /// <summary>Every path a message names a field at, with the name in both languages (en as inside a sentence).</summary>
    [Theory]
    [InlineData("StampRequest", "Text", "所请证明", "the certificate asked for")]
    [InlineData("StampRequest", "Code", "清单事项代码", "the catalogue item code")]
    [InlineData("StampRequest", "Purpose", "用途", "the purpose")]
    [InlineData("StaffingRequest", "Areas[0]", "第1个区域", "area 1")]
    [InlineData("StaffingRequest", "Areas[0].Id", "第1个区域的编号", "the id of area 1")]
    [InlineData("StaffingRequest", "Areas[2].Workers[grid-worker]", "第3个区域的现有人员中“grid-worker”类的人数", "the count of workers of category 'grid-worker' of area 3")]
    [InlineData("CommunityWorker", "Id", "人员编号", "the worker id")]
    [InlineData("CommunityWorker", "Service", "社区工作经历", "the list of periods of community service")]
    [InlineData("CommunityWorker", "Posts", "岗位", "the list of posts")]
    [InlineData("CommunityWorker", "Qualifications", "社会工作者职业资格", "the list of social-work qualifications")]
    [InlineData("CommunityWorker", "FailedAppraisalYears", "年度考核不合格的年份", "the list of years appraised as unqualified")]
    [InlineData("AnnualPayRequest", "Worker", "社区工作者", "the community worker")]
    [InlineData("PayrollRequest", "UnitId", "单位编号", "the unit id")]
    [InlineData("PayrollRequest", "Workers[0]", "第1名人员", "worker 1")]
    [InlineData("PayrollRequest", "Workers[11].Id", "第12名人员的编号", "the id of worker 12")]
    [InlineData("WorkItemRequest", "Title", "事项名称", "the title")]
    [InlineData("WorkItemRequest", "RequestingDepartment", "提出部门", "the requesting department")]
    [InlineData("WorkItemRequest", "LegalBasis", "法律法规依据", "the list of legal bases")]
    [InlineData("WorkItemRequest", "LegalBasis[0]", "法律法规依据第1项", "legal basis entry 1")]
    [InlineData("WorkItemRequest", "ProhibitedKinds", "涉及的禁止下沉事项类别", "the list of prohibited kinds")]
    [InlineData("WorkItemRequest", "ProhibitedKinds[1]", "涉及的禁止下沉事项类别第2项", "prohibited kind 2")]
    [InlineData("WorkItemRequest", "KindsNotApplicable", "声明不适用的禁止类别", "the list of kinds stated not to apply")]
    [InlineData("WorkItemRequest", "KindsNotApplicable[0]", "声明不适用的禁止类别第1项", "entry 1 of the kinds stated not to apply")]
    [InlineData("WorkItemRequest", "ItemCode", "名录事项代码", "the catalogue item code")]
    [InlineData("WorkItemRequest", "Resources.Funds", "经费随事转", "the funds")]
    [InlineData("ListCheckRequest", "Text", "所问事项", "the matter asked about")]
    [InlineData("ListCheckRequest", "ItemCode", "名录事项代码", "the catalogue item code")]
    [InlineData("ElderlyCareRequest", "Person.MealsPerMonth", "每月助餐次数", "the number of assisted meals a month")]
    [InlineData("ElderlyCareRequest", "Person.AdaptationCost", "适老化改造费用", "the adaptation cost")]
    [InlineData("ElderlyCareRequest", "Person.EconomicStatuses", "经济状况", "the list of economic status periods")]
    [InlineData("ElderlyCareRequest", "Person.EconomicStatuses[0]", "经济状况第1项", "economic status period 1")]
    [InlineData("ElderlyCareRequest", "Person.Assessments", "老年人能力评估", "the list of care-need assessments")]
    [InlineData("ElderlyCareRequest", "Person.Assessments[1]", "第2次老年人能力评估", "care-need assessment 2")]
    [InlineData("ElderlyCareRequest", "ScheduleFrom", "逐月测算起始月", "the first month of the schedule")]
    [InlineData("ElderlyCareRequest", "ScheduleTo", "逐月测算终止月", "the last month of the schedule")]
    public void A_path_is_named_in_the_domains_words_with_entries_counted_from_1(string request, string path, string zh, string en)
    {
        Assert.Equal((zh, en), FieldNames.Name(request, path));
    }

    public static TheoryData<string, Func<IReadOnlyList<ValidationFailure>>, string, string, string> Dates()
    {
        var admission = new AdmissionReviewer(RulePacks.Suzhou, new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0)));
        var staff = PayFixtures.Worker("staff", "2020-01-01");
        var person = ElderlyCareFixtures.Person("1940-01-01");
        var late = Date("2201-01-01");
        var early = Date("1879-12-31");
        IReadOnlyList<ValidationFailure> Person(ElderlyPerson p) => ElderlyCareFixtures.Suzhou.Evaluate(ElderlyCareRequest.For(p), EvaluationOptions.On(Date("2025-06-30"))).Failures;
        IReadOnlyList<ValidationFailure> Schedule(YearMonth from, YearMonth to) =>
            ElderlyCareFixtures.Suzhou.Evaluate(ElderlyCareRequest.For(person) with { ScheduleFrom = from, ScheduleTo = to }, EvaluationOptions.On(Date("2025-06-30"))).Failures;
        IReadOnlyList<ValidationFailure> Pay(CommunityWorker w) => PayFixtures.Suzhou.EvaluateGrade(w, EvaluationOptions.On(PayFixtures.AsOf)).Failures;
        var mild = new CareAssessment { Level = CareLevel.Mild, AssessedOn = Date("2020-01-01") };
        return new()
        {
            { "Person.BirthDate", () => Person(ElderlyCareFixtures.Person("2201-01-01")), "2201-01-01", "出生日期", "The birth date" },
            { "Person.DeathDate", () => Person(person with { DeathDate = late }), "2201-01-01", "死亡日期", "The date of death" },
            { "Person.HukouSince", () => Person(person with { HukouSince = late }), "2201-01-01", "户籍迁入日期", "The date the hukou was registered here" },
            { "Person.InstitutionalCareFrom", () => Person(person with { InstitutionalCareFrom = late }), "2201-01-01", "入住养老机构日期", "The date institutional care began" },
            { "Person.InstitutionalCareUntil", () => Person(person with { InstitutionalCareFrom = Date("2020-01-01"), InstitutionalCareUntil = late }), "2201-01-01", "离开养老机构日期", "The date institutional care ended" },
            { "Person.ApplicationDate", () => Person(person with { ApplicationDate = late }), "2201-01-01", "申请日期", "The application date" },
            { "Person.EconomicStatuses[0].From", () => Person(person with { EconomicStatuses = [new(EconomicStatus.Dibao, late)] }), "2201-01-01", "经济状况第1项的开始日期", "The first day of economic status period 1" },
            { "Person.EconomicStatuses[1].To", () => Person(person with { EconomicStatuses = [new(EconomicStatus.Dibao, Date("2000-01-01"), Date("2000-12-31")), new(EconomicStatus.Dibao, Date("2010-01-01"), late)] }), "2201-01-01", "经济状况第2项的结束日期", "The last day of economic status period 2" },
            { "Person.Assessments[0].AssessedOn", () => Person(person with { Assessments = [mild with { AssessedOn = late }] }), "2201-01-01", "第1次老年人能力评估的评估日期", "The date of care-need assessment 1" },
            { "Person.Assessments[0].ValidUntil", () => Person(person with { Assessments = [mild with { ValidUntil = late }] }), "2201-01-01", "第1次老年人能力评估的有效期截止日", "The expiry date of care-need assessment 1" },
            { "BirthDate", () => Pay(staff with { BirthDate = early }), "1879-12-31", "出生日期", "The birth date" },
            { "Service[0].Start", () => Pay(staff with { Service = [new(early)] }), "1879-12-31", "第1段社区工作经历的开始日期", "The first day of service period 1" },
            { "Service[0].End", () => Pay(staff with { Service = [new(Date("2020-01-01"), late)] }), "2201-01-01", "第1段社区工作经历的结束日期", "The last day of service period 1" },
            { "Posts[1].From", () => Pay(staff with { Posts = [.. staff.Posts, new("deputy", late)] }), "2201-01-01", "第2个岗位的任职日期", "The first day of post 2" },
            { "Qualifications[0].Obtained", () => Pay(staff with { Qualifications = [new("social-worker", late)] }), "2201-01-01", "第1项社会工作者职业资格的取得日期", "The award date of qualification 1" },
            // The schedule's months: the fast check let a schedule beyond the accepted dates through to the calculation.
            { "ScheduleFrom", () => Schedule(new YearMonth(1879, 12), new YearMonth(1880, 1)), "1879-12", "逐月测算起始月", "The first month of the schedule" },
            { "ScheduleTo", () => Schedule(new YearMonth(2200, 12), new YearMonth(2201, 1)), "2201-01", "逐月测算终止月", "The last month of the schedule" },
            { "RequestedStart", () => admission.Evaluate(AdmissionReviewerTests.Good() with { RequestedStart = late }).Failures, "2201-01-01", "拟开始日期", "The requested start" },
        };
    }

    /// <summary>A date out of range, at every path a request carries one, is named in words with the date as given.</summary>
    [Theory]
    [MemberData(nameof(Dates))]
    public void A_date_out_of_range_names_its_field(string path, Func<IReadOnlyList<ValidationFailure>> run, string date, string zh, string en)
    {
        var f = Assert.Single(run(), f => f.Code == InputLimits.DateOutOfRange.Code);
        Assert.Equal((path, date), (f.PropertyPath, f.AttemptedValue));
        Assert.Equal($"{zh} {date} 不在可受理的范围内（{Window}）。", f.Message.ZhHans);
        Assert.Equal($"{en} ({date}) is outside the accepted dates ({Window}).", f.Message.En);
    }

    /// <summary>
    /// Every failure the error-catalogue tests bring about, in every area: its zh-Hans message holds no member name of
    /// its path, as C# or as JSON writes it (a path the table has no name for would show here).
    /// </summary>
    [Fact]
    public void No_failure_of_the_error_catalogues_names_a_field_by_its_property_name()
    {
        var all = StampErrorCatalogueTests.EveryCase()
            .Concat(StaffingErrorCatalogueTests.EveryCase())
            .Concat(PayErrorCatalogueTests.EveryCase())
            .Concat(AdmissionErrorCatalogueTests.EveryCase())
            .Concat(ElderlyErrorCatalogueTests.EveryCase())
            .SelectMany(c => c.Failures.Select(f => (c.Case, Failure: f)))
            .ToArray();
        Assert.True(all.Length >= 100, $"only {all.Length} failures walked");
        var offending = all
            .Where(x => Members(x.Failure.PropertyPath).Any(m => Regex.IsMatch(x.Failure.Message.ZhHans, $"(?<![A-Za-z]){m}(?![A-Za-z])")))
            .Select(x => $"{x.Case}: {x.Failure.PropertyPath}: {x.Failure.Message.ZhHans}")
            .ToArray();
        Assert.True(offending.Length == 0, "zh-Hans messages naming a property: " + string.Join(" | ", offending));
    }

    /// <summary>Every member the table holds is reached from a request type and named in Chinese words, entries too.</summary>
    [Fact]
    public void Every_member_of_the_table_is_reached_from_a_request_and_named_in_chinese()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in FieldNames.Requests)
        {
            Walk(request, request, string.Empty);
        }

        Assert.Equal(FieldNames.Fields.Keys.Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));

        void Walk(string request, string type, string prefix)
        {
            foreach (var (key, field) in FieldNames.Fields.Where(f => f.Key.StartsWith(type + ".", StringComparison.Ordinal)))
            {
                reached.Add(key);
                var path = prefix + key[(type.Length + 1)..];
                foreach (var p in field.Entry is null ? new[] { path } : new[] { path, path + "[0]" })
                {
                    var name = FieldNames.Name(request, p);
                    Assert.True(name is { } n && !Regex.IsMatch(n.Zh, "[A-Za-z]") && n.En.Length > 0, $"{request} {p}: {name}");
                }

                if (field.Of is { } of)
                {
                    Walk(request, of, path + (field.Entry is null ? "." : "[0]."));
                }
            }
        }
    }

    /// <summary>The schema titles each member with the field's name from the same table, so the schema and the messages agree.</summary>
    [Fact]
    public void The_request_schemas_title_every_member_with_its_field_name()
    {
        var members = RequestSchemaText.Entries.Where(e => e.Key.Contains('.', StringComparison.Ordinal)).ToArray();
        Assert.Equal(FieldNames.Fields.Count, members.Length);
        Assert.All(members, e =>
        {
            var field = FieldNames.Fields[RequestSchemaText.FieldKey(e.Key)];
            Assert.Equal((field.Zh, field.En), (e.Value.ZhTitle, e.Value.EnTitle));
        });
        var title = AreaAdapters.ElderlyCare.RequestSchema()["properties"]!["person"]!["properties"]!["mealsPerMonth"]!["x-title"]!;
        Assert.Equal("每月助餐次数", title["zh-Hans"]!.GetValue<string>());
    }

    [Fact]
    public void A_path_two_requests_name_differently_is_named_by_its_own_request_only()
    {
        Assert.Equal("所请证明", FieldNames.Name("StampRequest", "Text")?.Zh);
        Assert.Equal("所问事项", FieldNames.Name("ListCheckRequest", "Text")?.Zh);
        Assert.Null(FieldNames.Name(null, "Text"));
        Assert.Equal("第1名人员的编号", FieldNames.Name(null, "Workers[0].Id")?.Zh);
        Assert.Equal("The id of worker 1 must be 1 to 64 characters.", PayErrors.IdMissing.For("Workers[0].Id", "").Message.En);
    }

    /// <summary>A path the table has no name for is written as it is: a visible gap, never an exception.</summary>
    [Theory]
    [InlineData("AsOf")]
    [InlineData("Text")]
    [InlineData("Person.Unknown")]
    [InlineData("Areas[0].Nothing")]
    [InlineData("Areas.Id")]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("Areas[")]
    [InlineData("Areas[0]x")]
    [InlineData("[0]")]
    [InlineData("Areas[0].")]
    public void A_path_without_a_name_is_written_as_it_is(string path)
    {
        Assert.Null(FieldNames.Name(null, path));
        var f = AdmissionErrors.TextEmpty.For(path, null);
        Assert.Equal(path + "不能为空。", f.Message.ZhHans);
        Assert.Equal(path + " must not be empty.", f.Message.En);
    }

    [Theory]
    [InlineData("Areas[-1]", "第-1个区域")]
    [InlineData("Areas[2147483647]", "第2147483647个区域")]
    [InlineData("Areas[a.b].Id", "第a.b个区域的编号")]
    public void An_index_that_is_not_a_count_is_written_as_given(string path, string zh)
    {
        Assert.Equal(zh, FieldNames.Name("StaffingRequest", path)?.Zh);
    }

    /// <summary>The member names of a path, as C# and as JSON write them (keys in brackets are the caller's data).</summary>
    private static IEnumerable<string> Members(string path) =>
        BracketedKey().Replace(path, ".").Split('.', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(m => new[] { m, char.ToLowerInvariant(m[0]) + m[1..] });

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex BracketedKey();
}
