using System.Text.RegularExpressions;
using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Texts;

/// <summary>
/// zh-Hans texts as a civil-affairs office writes them: dates 2025年6月30日, no space between digits and Chinese,
/// no ISO dates, internal codes or layer ids; English texts carry no untranslated Chinese except names with their translation.
/// </summary>
public sealed partial class OfficialRegisterTests
{
    private static readonly EvaluationOptions On = EvaluationOptions.On(Date("2025-06-30"));

    [GeneratedRegex(@"[0-9] [\u4e00-\u9fff（]|[\u4e00-\u9fff）] [0-9]")]
    private static partial Regex SpaceBetweenDigitsAndChinese();

    [GeneratedRegex(@"\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"cn\.js|\blayer\b|层）|[a-z]+-[a-z]+")]
    private static partial Regex InternalCode();

    public static TheoryData<string> Areas() => ["staffing", "pay", "admission", "certificate"];

    [Theory]
    [MemberData(nameof(Areas))]
    public void Chinese_texts_write_dates_and_numbers_as_an_official_does_with_no_internal_codes(string area)
    {
        foreach (var text in Texts(area, Language.ZhHans))
        {
            Assert.DoesNotMatch(SpaceBetweenDigitsAndChinese(), text);
            Assert.DoesNotMatch(IsoDate(), text);
            Assert.DoesNotMatch(InternalCode(), text);
        }
    }

    [Fact]
    public void A_community_staffed_exactly_to_its_quota_is_staffed_to_standard_not_surplus_0()
    {
        // 12,345 × 18 ÷ 10,000 = 22.221 → 23 required; 23 full-time workers counted.
        var area = new StaffingArea
        {
            Id = "c1",
            Name = "示例社区",
            Level = AreaLevel.Community,
            UrbanPermanentPopulation = 12_345,
            Workers = new Dictionary<string, int> { ["community-full-time"] = 23 },
        };
        var text = new StaffingQuotaCalculator(RulePacks.Suzhou, SystemClock.Instance).Evaluate(StaffingRequest.ForArea(area), On).Explanation.Render();
        Assert.Contains("应配23人，实配（计入）23人，配备达标", text);
        Assert.DoesNotContain("富余", text);
    }

    [Fact]
    public void The_pay_split_reads_as_a_ratio()
    {
        // Suzhou placeholder split 0.7 / 0.3 → 按7:3核定.
        var worker = CommunityWorker.Hired("w1", "staff", Date("2016-01-01"));
        var result = new CommunityWorkerPayCalculator(RulePacks.Suzhou, SystemClock.Instance).EvaluateAnnualPay(new AnnualPayRequest(worker, 2025), On);
        var text = Steps(result, Language.ZhHans).Single(t => t.StartsWith("适用规则", StringComparison.Ordinal));
        Assert.Contains("基本报酬与绩效报酬按7:3核定", text);
    }

    [Fact]
    public void The_admission_counts_name_each_list_in_words()
    {
        var text = string.Join("\n", Texts("admission", Language.ZhHans));
        Assert.Contains("依法履职事项9项、协助政府工作事项55项", text);
    }

    private static IEnumerable<string> Texts(string area, Language language)
    {
        var clock = SystemClock.Instance;
        switch (area)
        {
            case "staffing":
                var area1 = new StaffingArea { Id = "c1", Name = "示例社区", Level = AreaLevel.Community, UrbanPermanentPopulation = 12_345, Workers = new Dictionary<string, int> { ["community-full-time"] = 20 } };
                return Steps(new StaffingQuotaCalculator(RulePacks.Suzhou, clock).Evaluate(StaffingRequest.ForArea(area1), On), language);
            case "pay":
                var worker = CommunityWorker.Hired("w1", "staff", Date("2016-01-01")) with { FailedAppraisalYears = [2020] };
                var calc = new CommunityWorkerPayCalculator(RulePacks.Suzhou, clock);
                return Steps(calc.EvaluateMonthlyPay(worker, On), language).Concat(Steps(calc.EvaluateAnnualPay(new AnnualPayRequest(worker, 2025), On), language));
            case "admission":
                var reviewer = new AdmissionReviewer(RulePacks.Suzhou, clock);
                var r = reviewer.Evaluate(new WorkItemRequest { Title = "协助开展老年人能力评估入户登记", RequestingDepartment = "市民政局", ListType = AdmissionListType.Assisting }, On);
                var c = reviewer.Check(new ListCheckRequest { Text = "人民调解" }, On);
                return Steps(r, language).Concat(Steps(c, language)).Concat(r.Outcome!.Reasons.Select(x => x.Message.Get(language))).Append(c.Outcome!.Message.Get(language));
            default:
                var decider = new StampDecider(RulePacks.Suzhou, clock);
                var s = decider.Evaluate(new StampRequest { Text = "居民养犬证明" }, On);
                return Steps(s, language).Append(s.Outcome!.Message.Get(language)).Append(s.Outcome.RefusalNotice(language)!);
        }
    }

    private static IEnumerable<string> Steps<T>(RuleResult<T> result, Language language)
        where T : class => result.Explanation.Steps.Select(s => s.Message.Get(language)).Concat(result.Warnings.Select(w => w.Message.Get(language)));
}
