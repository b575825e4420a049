using System.Text.Json.Nodes;
using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using Governance.Rules.Validation;

namespace Governance.Rules.Json;

/// <summary>
/// The words of the request schemas: for each request type and member, a title and a description in zh-Hans and
/// en, the unit, the range the validators accept (from the library's limits, not restated) and an example. The one
/// source of the schemas that <c>govrules schema</c> prints and a service's OpenAPI document uses. A member's title is
/// the library's name of the field (<see cref="FieldNames"/>), the one its validation messages use.
/// </summary>
internal static class RequestSchemaText
{
    /// <summary>The words of one type or member.</summary>
    internal sealed record Entry(string ZhDescription, string EnDescription)
    {
        public string ZhTitle { get; init; } = string.Empty;

        public string EnTitle { get; init; } = string.Empty;

        public (string Zh, string En)? Unit { get; init; }

        public decimal? Minimum { get; init; }

        public decimal? Maximum { get; init; }

        public int? MaxLength { get; init; }

        public JsonNode? Example { get; init; }
    }

    private static readonly (string, string) Yuan = ("元", "yuan");
    private static readonly (string, string) People = ("人", "people");

    /// <summary>By key: the type's name, or the type's name, a dot and the member's JSON name.</summary>
    public static IReadOnlyDictionary<string, Entry> Entries { get; } = Titled(new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        // Staffing quota.
        ["StaffingRequest"] = TypeEntry("社区工作者配备测算请求", "Staffing-quota request", "一个区域，或以 parentId 连成层级的多个区域（社区→街道→区→市）。", "One area, or a hierarchy of areas linked by parentId (community → street → district → city)."),
        ["StaffingRequest.areas"] = new("要测算的区域；叶子区域须给出城镇常住人口。", "The areas to check; a leaf area must state its urban permanent population."),
        ["StaffingArea.id"] = new("在本次请求内唯一。", "Unique within the request.") { MaxLength = 64, Example = "c-01" },
        ["StaffingArea.parentId"] = new("上级区域的编号；顶层区域不填。", "The parent area's id; empty for a top-level area.") { Example = "street-01" },
        ["StaffingArea.level"] = new("community（社区）、street（街道/镇）、district（区/县级市）或 city（市）；上级层级须高于下级。", "community, street (street or town), district (district or county-level city) or city; a parent is of a higher level than its children.") { Example = "community" },
        ["StaffingArea.name"] = new("供阅读的名称。", "A name for people.") { Example = "示例一社区" },
        ["StaffingArea.urbanPermanentPopulation"] = new("叶子区域必填；上级区域如填写，须等于下级之和。", "Required for a leaf area; a parent's, if given, must equal the sum of its children's.") { Unit = People, Minimum = 0, Maximum = StaffingLimits.MaxPopulation, Example = 12345 },
        ["StaffingArea.households"] = new("规则包定义按户数分档时使用。", "Used where a pack defines household bands.") { Unit = ("户", "households"), Minimum = 0, Example = 4800 },
        ["StaffingArea.workers"] = new("键为人员类别代码（见规则包 staffing.worker_categories），值为人数；只有计入类别的人员计入配备。", "Keys are worker-category codes (the pack's staffing.worker_categories), values head counts; only counted categories count toward the quota.") { Unit = People, Example = new JsonObject { ["two-committees-full-time"] = 7, ["community-full-time"] = 15 } },

        // Community-worker pay.
        ["AnnualPayRequest"] = TypeEntry("社区工作者年度报酬测算请求", "Annual pay request", "一名社区工作者在一个自然年内逐月的报酬。", "A community worker's pay month by month over one calendar year."),
        ["AnnualPayRequest.worker"] = new("工作经历、岗位、学历、职业资格与年度考核。", "Service, posts, degree, qualifications and appraisals."),
        ["AnnualPayRequest.year"] = new("测算的自然年。", "The calendar year.") { Minimum = PayLimits.MinYear, Maximum = PayLimits.MaxYear, Example = 2025 },
        ["CommunityWorker"] = TypeEntry("社区工作者", "Community worker", "工作经历按时间顺序且不得重叠；首个岗位不晚于入职日期。", "Service periods in date order without overlap; the first post starts no later than the hire date."),
        ["CommunityWorker.id"] = new("在同一工资单内唯一。", "Unique within a payroll.") { MaxLength = 64, Example = "w-001" },
        ["CommunityWorker.name"] = new("供阅读的姓名。", "A name for people.") { Example = "示例社工" },
        ["CommunityWorker.birthDate"] = new("用于核对资格取得日期。", "Used to check qualification dates.") { Example = "1990-04-02" },
        ["CommunityWorker.degree"] = new("规则包 pay.degree_credit_years 中的学历代码（如 bachelor）；无则不填。", "A degree code in the pack's pay.degree_credit_years (for example bachelor); empty for none.") { Example = "bachelor" },
        ["CommunityWorker.service"] = new("按时间顺序；间断期间不计工作年限。", "In date order; gaps do not count toward service years."),
        ["CommunityWorker.posts"] = new("按时间顺序，第一项为入职时岗位；岗位代码见规则包 pay.posts。", "In date order, the first being the post on hiring; post codes in the pack's pay.posts."),
        ["CommunityWorker.qualifications"] = new("取得的资格；同一日只计最高的一项。", "Qualifications obtained; only the highest held on a date counts."),
        ["CommunityWorker.failedAppraisalYears"] = new("年度考核为“不合格”的自然年。", "Calendar years whose annual appraisal was 不合格 (unqualified).") { Example = new JsonArray() },
        ["CommunityWorker.hireDate"] = new("由第一段工作经历的首日得出，输入时无需填写。", "Derived from the first day of service; not read from input.") { Example = "2016-03-01" },
        ["ServicePeriod.start"] = new("含当日。", "Inclusive.") { Example = "2016-03-01" },
        ["ServicePeriod.end"] = new("含当日；仍在岗则不填。", "Inclusive; empty while the service continues.") { Example = "2019-12-31" },
        ["PostAssignment.post"] = new("规则包 pay.posts 中的代码，如 staff、deputy、head。", "A code in the pack's pay.posts, for example staff, deputy, head.") { Example = "deputy" },
        ["PostAssignment.from"] = new("含当日；至下一岗位前一日止。", "Inclusive; until the day before the next assignment.") { Example = "2024-07-01" },
        ["QualificationHeld.qualification"] = new("规则包 pay.qualification_uplift 中的代码。", "A code in the pack's pay.qualification_uplift.") { Example = "social-worker" },
        ["QualificationHeld.obtained"] = new("取得资格证书的日期。", "The date the qualification was obtained.") { Example = "2021-10-20" },
        ["PayrollRequest"] = TypeEntry("社区工作者薪酬保底检查请求", "Pay-floor check request", "一个单位一年的工资单，与上一年度城镇非私营单位在岗职工年平均工资比较。", "A unit's payroll for one year, checked against the previous year's average wage of the reference caliber."),
        ["PayrollRequest.unitId"] = new("社区、街道或区的编号。", "A community, street or district.") { MaxLength = 64, Example = "street-01" },
        ["PayrollRequest.year"] = new("发放报酬的自然年。", "The calendar year of the pay.") { Minimum = PayLimits.MinYear, Maximum = PayLimits.MaxYear, Example = 2025 },
        ["PayrollRequest.workers"] = new("每人一行。", "One line per worker."),
        ["PayrollRequest.jurisdiction"] = new("以哪一地区公布的平均工资为底线：苏州市（cn.js.suzhou，默认），或规则包载有其数值的县级市；缺少该地区该年度的数值时检查失败，不以其他地区数值替代。", "Whose published average wage is the floor: Suzhou (cn.js.suzhou, the default) or a county-level city whose figure the pack holds; a missing figure for that place and year fails the check, never borrowing another place's.") { MaxLength = 64, Example = "cn.js.suzhou" },
        ["PayrollWorker.id"] = new("在工资单内唯一。", "Unique within the payroll.") { MaxLength = 64, Example = "w-001" },
        ["PayrollWorker.name"] = new("供阅读的姓名。", "A name for people.") { Example = "示例社工" },
        ["PayrollWorker.annualPay"] = new("该年度应发报酬总额。", "The pay for the year.") { Unit = Yuan, Minimum = 0, Maximum = PayLimits.MaxAnnualPay, Example = 132509.50m },
        ["PayrollWorker.fullTimeEquivalentMonths"] = new("全年在岗为 12；7月1日入职计 6；全年半时计 6。", "12 for the whole year; hired on 1 July counts 6; half-time for a whole year counts 6.") { Unit = ("个月", "months"), Minimum = 0, Maximum = 12, Example = 12 },
        ["PayrollWorker.counted"] = new("是否作为社区工作者计入保底检查（兼职或非社区工作者列出备查时为 false）。", "Whether the worker counts for the floor (false for part-time or non-community staff listed for completeness).") { Example = true },

        // Task admission.
        ["WorkItemRequest"] = TypeEntry("社区工作事项准入审查请求", "Work-item admission review request", "部门拟下沉到村（社区）的工作事项。", "A work item a department wants to push down to villages or communities."),
        ["WorkItemRequest.title"] = new("不含控制字符。", "No control characters.") { MaxLength = AdmissionLimits.MaxTextLength, Example = "社区协助催缴辖区企业欠税并每日在APP打卡上报" },
        ["WorkItemRequest.requestingDepartment"] = new("拟下沉事项的部门。", "The department pushing the item down.") { MaxLength = AdmissionLimits.MaxTextLength, Example = "某区税务部门" },
        ["WorkItemRequest.listType"] = new("statutory-duty（依法履职事项）、assisting（依法协助政府工作事项）、rating（评比达标表彰）或 stamping（出具证明）。", "statutory-duty, assisting, rating or stamping.") { Example = "assisting" },
        ["WorkItemRequest.legalBasis"] = new("所依据的法律、法规或党内法规；无则为空数组。", "The laws, regulations or party rules offered; an empty array when none.") { Example = new JsonArray("《中华人民共和国城市居民委员会组织法》") },
        ["WorkItemRequest.resources"] = new("经费、人员或设备、权限、时限是否随事项一并下达（费随事转、权随责转）。", "Whether funds, staff or equipment, authority and a time limit come with the task."),
        ["WorkItemRequest.demands"] = new("以逗号分隔：app-check-ins（APP 打卡）、repeated-reporting（重复报送）等；无则为 none。", "Comma-separated: app-check-ins, repeated-reporting, …; none when there are none.") { Example = "app-check-ins, repeated-reporting" },
        ["WorkItemRequest.prohibitedKinds"] = new("规则包 admission.prohibited_kinds 中的代码，如 tax-collection（协税护税）。", "Codes in the pack's admission.prohibited_kinds, for example tax-collection.") { Example = new JsonArray("tax-collection") },
        ["WorkItemRequest.kindsNotApplicable"] = new("事项名称含某一禁止下沉类别的关键词、但该类别并不适用时，填写该类别代码。", "Codes of prohibited kinds whose trigger term the title contains but which do not apply to this item.") { Example = new JsonArray("investment-attraction") },
        ["WorkItemRequest.itemCode"] = new("部门认为对应的名录事项；无则不填。", "The catalogue item the department says the task is; empty when none.") { MaxLength = AdmissionLimits.MaxTextLength, Example = "assist-social-assistance" },
        ["WorkItemRequest.requestedStart"] = new("不填则为审查日。", "Empty means the review date.") { Example = "2025-07-01" },
        ["WorkItemRequest.arisesFromLegalChange"] = new("是则可在年度调整周期外准入。", "If so, admission outside the annual cycle is allowed.") { Example = false },
        ["ResourcesCommitted.funds"] = new("经费是否随事项下达。", "Whether funds come with the task.") { Example = false },
        ["ResourcesCommitted.staffOrEquipment"] = new("人员或设备是否随事项下达。", "Whether staff or equipment come with the task.") { Example = false },
        ["ResourcesCommitted.authority"] = new("相应权限是否随责任下达。", "Whether the authority comes with the responsibility.") { Example = false },
        ["ResourcesCommitted.timeLimit"] = new("是否规定办理时限。", "Whether a time limit is set.") { Example = true },
        ["ListCheckRequest"] = TypeEntry("事项是否在清单内", "Is a request on a list", "社区工作者的问题：这件事在当日的清单上吗？可以拒绝吗？", "A community worker's question: is this on a list on this date, and may I refuse it?"),
        ["ListCheckRequest.text"] = new("自由文本；给出 itemCode 时可不填。", "Free text; may be empty when itemCode is given.") { MaxLength = AdmissionLimits.MaxTextLength, Example = "开具生育服务登记" },
        ["ListCheckRequest.itemCode"] = new("已知时填写。", "When known.") { MaxLength = AdmissionLimits.MaxTextLength, Example = "assist-social-assistance" },

        // Certificates and stamps.
        ["StampRequest"] = TypeEntry("出具证明/盖章请求", "Certificate or stamp request", "居民请村（居）民委员会出具证明或盖章。", "A resident asks the villagers' or residents' committee for a certificate or a stamp."),
        ["StampRequest.text"] = new("自由文本（繁简、全半角、空格与标点不影响匹配）；给出 code 时可不填。", "Free text (traditional or simplified, width, spaces and punctuation do not matter); may be empty when code is given.") { MaxLength = StampLimits.MaxTextLength, Example = "开个親屬關係證明" },
        ["StampRequest.code"] = new("已知时填写，如 kinship。", "When known, for example kinship.") { MaxLength = StampLimits.MaxCodeLength, Example = "kinship" },
        ["StampRequest.requester"] = new("unspecified、bank（银行等金融机构）、school、court、employer、government-department、hospital 或 other。", "unspecified, bank, school, court, employer, government-department, hospital or other.") { Example = "bank" },
        ["StampRequest.purpose"] = new("居民自述的用途。", "What it is for, in the resident's words.") { MaxLength = StampLimits.MaxTextLength, Example = "办理存款继承" },

        // Elderly care.
        ["ElderlyCareRequest"] = TypeEntry("养老服务待遇测算请求（苏颐养方程式）", "Elderly-care benefits request (苏颐养方程式)", "老年人的情况，可选逐月测算区间。", "The older person's situation and, optionally, a range of months to schedule."),
        ["ElderlyCareRequest.person"] = new("出生日期、户籍、经济状况、能力评估、居住状况等。", "Birth date, hukou, economic status, care assessments, living arrangement and so on."),
        ["ElderlyCareRequest.scheduleFrom"] = new("与 scheduleTo 一起给出，格式 yyyy-MM。", "Given with scheduleTo, as yyyy-MM.") { Example = "2026-01" },
        ["ElderlyCareRequest.scheduleTo"] = new($"含当月；距起始月不超过 {ElderlyLimits.MaxScheduleMonths} 个月。", $"Inclusive; at most {ElderlyLimits.MaxScheduleMonths} months after the first.") { Example = "2026-12" },
        ["ElderlyPerson.birthDate"] = new("以身份证为准；年龄按周岁计算，2月29日出生者按规则包 elderly.leap_day_rule。", "As on the ID card; ages in completed years (周岁), 29 February by the pack's elderly.leap_day_rule.") { Example = "1935-03-14" },
        ["ElderlyPerson.deathDate"] = new("如有。", "If any.") { Example = "2027-05-20" },
        ["ElderlyPerson.hukouDistrict"] = new("规则包 elderly.districts 中的代码，如 gusu；户籍不在本地则不填。", "A code in the pack's elderly.districts, for example gusu; empty when the hukou is elsewhere.") { Example = "gusu" },
        ["ElderlyPerson.hukouSince"] = new("不填表示自出生起。", "Empty means since birth.") { Example = "1960-01-01" },
        ["ElderlyPerson.residesInJurisdiction"] = new("无论户籍，是否在本地常住。", "Whether the person lives in the jurisdiction, whatever the hukou.") { Example = true },
        ["ElderlyPerson.economicStatuses"] = new("各时段不得重叠；时段以外视为无特殊状况。", "Periods must not overlap; days outside every period count as none."),
        ["ElderlyPerson.assessments"] = new("每次评估自评估日起取代前一次。", "Each supersedes the previous from its date."),
        ["ElderlyPerson.livingArrangement"] = new("with-others（与子女或他人同住）、empty-nest（空巢）或 alone（独居）。", "with-others, empty-nest or alone.") { Example = "alone" },
        ["ElderlyPerson.specialFamily"] = new("none、lost-only-child（失独）或 disabled-only-child（独生子女伤残），可用逗号组合。", "none, lost-only-child or disabled-only-child, comma-separated.") { Example = "none" },
        ["ElderlyPerson.institutionalCareFrom"] = new("如有。", "If any.") { Example = "2027-01-01" },
        ["ElderlyPerson.institutionalCareUntil"] = new("含当日；仍在机构则不填。", "Inclusive; empty while it continues.") { Example = "2027-12-31" },
        ["ElderlyPerson.applicationDate"] = new("自申请起算的待遇以此为准。", "For benefits that start from the application.") { Example = "2025-10-10" },
        ["ElderlyPerson.adaptationAlreadyGranted"] = new("一次性补贴已领取则为 true。", "True when the one-off grant was already received.") { Example = false },
        ["ElderlyPerson.adaptationCost"] = new("已知时填写；补贴取费用与上限中的较小者。", "When known; the grant is the lesser of it and the cap.") { Unit = Yuan, Minimum = 0, Example = 2800 },
        ["ElderlyPerson.mealsPerMonth"] = new("已知时填写；按规则包的每月上限计。", "When known; counted up to the pack's monthly limit.") { Unit = ("餐", "meals"), Minimum = 0, Example = 20 },
        ["EconomicStatusPeriod.status"] = new("none、low-income（低保边缘/低收入）、dibao（低保）或 extreme-poverty（特困）。", "none, low-income, dibao or extreme-poverty.") { Example = "dibao" },
        ["EconomicStatusPeriod.from"] = new("含当日。", "Inclusive.") { Example = "2020-01-01" },
        ["EconomicStatusPeriod.to"] = new("含当日；持续中则不填。", "Inclusive; empty while it continues.") { Example = "2026-12-31" },
        ["CareAssessment.level"] = new("国家老年人能力评估等级：capable（能力完好）、mild（轻度失能）、moderate（中度失能）或 severe（重度失能）；与 legacyLevel 二选一。", "On the national scale: capable, mild, moderate or severe; give this or legacyLevel.") { Example = "moderate" },
        ["CareAssessment.legacyLevel"] = new("self-care（自理）、semi-disabled（半失能）或 disabled（失能），按规则包 elderly.care_level_mapping 对应；与 level 二选一。", "self-care, semi-disabled or disabled, mapped by the pack's elderly.care_level_mapping; give this or level.") { Example = "semi-disabled" },
        ["CareAssessment.assessedOn"] = new("评估结论自此日起适用。", "The assessment applies from this date.") { Example = "2025-09-01" },
        ["CareAssessment.validUntil"] = new("含当日；未写明时按规则包 elderly.assessment_validity_months。", "Inclusive; when not stated, the pack's elderly.assessment_validity_months.") { Example = "2027-08-31" },
    });

    /// <summary>The key of a member in <see cref="FieldNames.Fields"/>: the type's name, a dot and the member's C# name.</summary>
    /// <param name="key">The type's name, a dot and the member's JSON name.</param>
    internal static string FieldKey(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return string.Concat(key.AsSpan(0, dot + 1), key[(dot + 1)..(dot + 2)].ToUpperInvariant(), key.AsSpan(dot + 2));
    }

    private static Entry TypeEntry(string zhTitle, string enTitle, string zhDescription, string enDescription) =>
        new(zhDescription, enDescription) { ZhTitle = zhTitle, EnTitle = enTitle };

    /// <summary>Each member's entry with the field's title (a member the table does not name keeps none, which the tests find).</summary>
    private static Dictionary<string, Entry> Titled(Dictionary<string, Entry> entries)
    {
        foreach (var (key, entry) in entries.ToList())
        {
            if (key.Contains('.', StringComparison.Ordinal) && FieldNames.Fields.TryGetValue(FieldKey(key), out var field))
            {
                entries[key] = entry with { ZhTitle = field.Zh, EnTitle = field.En };
            }
        }

        return entries;
    }
}
