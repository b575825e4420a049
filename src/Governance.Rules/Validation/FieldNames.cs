using System.Globalization;
using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;

namespace Governance.Rules.Validation;

/// <summary>
/// The members of the request types in the domain's words, in zh-Hans and en: the one table of the titles the request
/// schemas show and of the names validation messages give the field at a property path. <c>Person.MealsPerMonth</c> is
/// 每月助餐次数 (the number of assisted meals a month); <c>Person.EconomicStatuses[0].From</c> is 经济状况第1项的开始日期
/// (the first day of economic status period 1). Messages write indices from 1; property paths keep theirs from 0.
/// </summary>
internal static class FieldNames
{
    private const string Placeholder = "{PropertyName}";

    /// <summary>The types the validators start their property paths from.</summary>
    internal static IReadOnlyList<string> Requests { get; } =
    [
        nameof(StampRequest), nameof(StaffingRequest), nameof(CommunityWorker), nameof(AnnualPayRequest), nameof(PayrollRequest),
        nameof(WorkItemRequest), nameof(ListCheckRequest), nameof(ElderlyCareRequest),
    ];

    /// <summary>By key: the type's name, a dot and the member's name (<c>StaffingArea.Id</c>).</summary>
    internal static IReadOnlyDictionary<string, Field> Fields { get; } = new Dictionary<string, Field>(StringComparer.Ordinal)
    {
        // Staffing quota.
        ["StaffingRequest.Areas"] = new("区域", "Areas") { Entry = ("第{0}个区域", "area {0}"), Of = "StaffingArea" },
        ["StaffingArea.Id"] = new("区域编号", "Area id") { ZhInOwner = "编号", EnInOwner = "id" },
        ["StaffingArea.ParentId"] = new("上级区域编号", "Parent area id"),
        ["StaffingArea.Level"] = new("区域层级", "Area level"),
        ["StaffingArea.Name"] = new("区域名称", "Area name") { ZhInOwner = "名称", EnInOwner = "name" },
        ["StaffingArea.UrbanPermanentPopulation"] = new("城镇常住人口", "Urban permanent population"),
        ["StaffingArea.Households"] = new("户数", "Households"),
        ["StaffingArea.Workers"] = new("现有人员（按类别）", "Current workers by category")
        {
            EnName = "the current workers by category", Entry = ("现有人员中“{0}”类的人数", "the count of workers of category '{0}'"),
        },

        // Community-worker pay.
        ["AnnualPayRequest.Worker"] = new("社区工作者", "Community worker") { Of = "CommunityWorker" },
        ["AnnualPayRequest.Year"] = new("年度", "Year"),
        ["CommunityWorker.Id"] = new("人员编号", "Worker id"),
        ["CommunityWorker.Name"] = new("姓名", "Name"),
        ["CommunityWorker.BirthDate"] = new("出生日期", "Birth date"),
        ["CommunityWorker.Degree"] = new("最高学历", "Highest degree"),
        ["CommunityWorker.Service"] = new("社区工作经历", "Periods of community service") { Entry = ("第{0}段社区工作经历", "service period {0}"), Of = "ServicePeriod" },
        ["CommunityWorker.Posts"] = new("岗位", "Posts") { Entry = ("第{0}个岗位", "post {0}"), Of = "PostAssignment" },
        ["CommunityWorker.Qualifications"] = new("社会工作者职业资格", "Social-work qualifications") { Entry = ("第{0}项社会工作者职业资格", "qualification {0}"), Of = "QualificationHeld" },
        ["CommunityWorker.FailedAppraisalYears"] = new("年度考核不合格的年份", "Years appraised as unqualified")
        {
            Entry = ("年度考核不合格的年份第{0}项", "entry {0} of the years appraised as unqualified"),
        },
        ["CommunityWorker.HireDate"] = new("入职日期", "Hire date"),
        ["ServicePeriod.Start"] = new("开始日期", "First day"),
        ["ServicePeriod.End"] = new("结束日期", "Last day"),
        ["PostAssignment.Post"] = new("岗位代码", "Post code"),
        ["PostAssignment.From"] = new("任职日期", "First day in the post") { EnInOwner = "first day" },
        ["QualificationHeld.Qualification"] = new("资格代码", "Qualification code") { EnInOwner = "code" },
        ["QualificationHeld.Obtained"] = new("取得资格日期", "Date obtained") { ZhInOwner = "取得日期", EnInOwner = "award date" },
        ["PayrollRequest.UnitId"] = new("单位编号", "Unit id"),
        ["PayrollRequest.Year"] = new("薪酬年度", "Pay year"),
        ["PayrollRequest.Workers"] = new("工资单人员", "Workers on the payroll") { Entry = ("第{0}名人员", "worker {0}"), Of = "PayrollWorker" },
        ["PayrollRequest.Jurisdiction"] = new("地区", "Jurisdiction"),
        ["PayrollWorker.Id"] = new("人员编号", "Worker id") { ZhInOwner = "编号", EnInOwner = "id" },
        ["PayrollWorker.Name"] = new("姓名", "Name"),
        ["PayrollWorker.AnnualPay"] = new("应发年度报酬", "Annual pay"),
        ["PayrollWorker.FullTimeEquivalentMonths"] = new("折算全时月数", "Full-time-equivalent months"),
        ["PayrollWorker.Counted"] = new("是否计入", "Counted"),

        // Task admission.
        ["WorkItemRequest.Title"] = new("事项名称", "Title"),
        ["WorkItemRequest.RequestingDepartment"] = new("提出部门", "Requesting department"),
        ["WorkItemRequest.ListType"] = new("申请纳入的清单", "List sought"),
        ["WorkItemRequest.LegalBasis"] = new("法律法规依据", "Legal basis") { EnName = "the list of legal bases", Entry = ("法律法规依据第{0}项", "legal basis entry {0}") },
        ["WorkItemRequest.Resources"] = new("随事转移的资源", "Resources committed") { Of = "ResourcesCommitted" },
        ["WorkItemRequest.Demands"] = new("对社区的额外要求", "Burdens asked of the community"),
        ["WorkItemRequest.ProhibitedKinds"] = new("涉及的禁止下沉事项类别", "Prohibited kinds") { Entry = ("涉及的禁止下沉事项类别第{0}项", "prohibited kind {0}") },
        ["WorkItemRequest.KindsNotApplicable"] = new("声明不适用的禁止类别", "Kinds stated not to apply")
        {
            Entry = ("声明不适用的禁止类别第{0}项", "entry {0} of the kinds stated not to apply"),
        },
        ["WorkItemRequest.ItemCode"] = new("名录事项代码", "Catalogue item code"),
        ["WorkItemRequest.RequestedStart"] = new("拟开始日期", "Requested start"),
        ["WorkItemRequest.ArisesFromLegalChange"] = new("是否因法律政策变化而产生", "Arises from a change in law or policy"),
        ["ResourcesCommitted.Funds"] = new("经费随事转", "Funds"),
        ["ResourcesCommitted.StaffOrEquipment"] = new("人员或设备", "Staff or equipment"),
        ["ResourcesCommitted.Authority"] = new("权随责转", "Authority"),
        ["ResourcesCommitted.TimeLimit"] = new("时限", "Time limit"),
        ["ListCheckRequest.Text"] = new("所问事项", "What is asked") { EnName = "the matter asked about" },
        ["ListCheckRequest.ItemCode"] = new("名录事项代码", "Catalogue item code"),

        // Certificates and stamps.
        ["StampRequest.Text"] = new("所请证明", "Certificate asked for"),
        ["StampRequest.Code"] = new("清单事项代码", "Catalogue item code"),
        ["StampRequest.Requester"] = new("索要证明的单位", "Who asks for it") { EnName = "the body asking for it" },
        ["StampRequest.Purpose"] = new("用途", "Purpose"),

        // Elderly care.
        ["ElderlyCareRequest.Person"] = new("老年人", "Older person") { Of = "ElderlyPerson" },
        ["ElderlyCareRequest.ScheduleFrom"] = new("逐月测算起始月", "First month of the schedule"),
        ["ElderlyCareRequest.ScheduleTo"] = new("逐月测算终止月", "Last month of the schedule"),
        ["ElderlyPerson.BirthDate"] = new("出生日期", "Birth date"),
        ["ElderlyPerson.DeathDate"] = new("死亡日期", "Date of death"),
        ["ElderlyPerson.HukouDistrict"] = new("户籍所在区（县级市）", "Hukou district"),
        ["ElderlyPerson.HukouSince"] = new("户籍迁入日期", "Hukou since") { EnName = "the date the hukou was registered here" },
        ["ElderlyPerson.ResidesInJurisdiction"] = new("是否本地常住", "Resides in the jurisdiction") { EnName = "whether the person lives in the jurisdiction" },
        ["ElderlyPerson.EconomicStatuses"] = new("经济状况", "Economic status periods") { Entry = ("经济状况第{0}项", "economic status period {0}"), Of = "EconomicStatusPeriod" },
        ["ElderlyPerson.Assessments"] = new("老年人能力评估", "Care-need assessments") { Entry = ("第{0}次老年人能力评估", "care-need assessment {0}"), Of = "CareAssessment" },
        ["ElderlyPerson.LivingArrangement"] = new("居住状况", "Living arrangement"),
        ["ElderlyPerson.SpecialFamily"] = new("特殊家庭", "Special family") { EnName = "the special-family flags" },
        ["ElderlyPerson.InstitutionalCareFrom"] = new("入住养老机构日期", "In institutional care from") { EnName = "the date institutional care began" },
        ["ElderlyPerson.InstitutionalCareUntil"] = new("离开养老机构日期", "In institutional care until") { EnName = "the date institutional care ended" },
        ["ElderlyPerson.ApplicationDate"] = new("申请日期", "Application date"),
        ["ElderlyPerson.AdaptationAlreadyGranted"] = new("是否已享受适老化改造补贴", "Adaptation grant already received") { EnName = "whether the adaptation grant was already received" },
        ["ElderlyPerson.AdaptationCost"] = new("适老化改造费用", "Adaptation cost"),
        ["ElderlyPerson.MealsPerMonth"] = new("每月助餐次数", "Assisted meals a month") { EnName = "the number of assisted meals a month" },
        ["EconomicStatusPeriod.Status"] = new("经济状况", "Status") { EnName = "the economic status" },
        ["EconomicStatusPeriod.From"] = new("开始日期", "From") { EnName = "the first day", EnInOwner = "first day" },
        ["EconomicStatusPeriod.To"] = new("结束日期", "To") { EnName = "the last day", EnInOwner = "last day" },
        ["CareAssessment.Level"] = new("能力等级", "Care level"),
        ["CareAssessment.LegacyLevel"] = new("旧三级评估结果", "Legacy level"),
        ["CareAssessment.AssessedOn"] = new("评估日期", "Assessed on") { EnName = "the assessment date", EnInOwner = "date" },
        ["CareAssessment.ValidUntil"] = new("有效期至", "Valid until") { ZhInOwner = "有效期截止日", EnName = "the expiry date", EnInOwner = "expiry date" },
    };

    /// <summary>
    /// Both templates of <paramref name="error"/> with <c>{PropertyName}</c> filled with the name of the field at
    /// <paramref name="path"/>: in en capitalised where it begins the sentence. Where the table has no name for the path, the
    /// path itself (a gap the tests look for, never an exception).
    /// </summary>
    /// <param name="error">The error.</param>
    /// <param name="request">The name of the request type the path starts from, or null for any that has the path.</param>
    /// <param name="path">The property path.</param>
    internal static (string ZhHans, string En) Fill(ErrorDescriptor error, string? request, string path)
    {
        if (!error.ZhHans.Contains(Placeholder, StringComparison.Ordinal) && !error.En.Contains(Placeholder, StringComparison.Ordinal))
        {
            return (error.ZhHans, error.En);
        }

        var name = Name(request, path);
        var en = name?.En ?? path;
        if (name is not null && error.En.StartsWith(Placeholder, StringComparison.Ordinal))
        {
            en = char.ToUpperInvariant(en[0]) + en[1..];
        }

        return (error.ZhHans.Replace(Placeholder, name?.Zh ?? path, StringComparison.Ordinal), error.En.Replace(Placeholder, en, StringComparison.Ordinal));
    }

    /// <summary>
    /// The name of the field at <paramref name="path"/> of <paramref name="request"/>, or of every request type that has
    /// the path when they all name it alike; null when none does (or they differ).
    /// </summary>
    /// <param name="request">The name of the request type the path starts from, or null.</param>
    /// <param name="path">The property path (<c>Areas[0].Id</c>).</param>
    /// <returns>The name in zh-Hans and en (lower case, as inside a sentence), or null.</returns>
    internal static (string Zh, string En)? Name(string? request, string path)
    {
        if (request is not null)
        {
            return Resolve(request, path);
        }

        (string Zh, string En)? found = null;
        foreach (var r in Requests)
        {
            if (Resolve(r, path) is { } name)
            {
                if (found is { } other && other != name)
                {
                    return null;
                }

                found = name;
            }
        }

        return found;
    }

    /// <summary>
    /// Walks the path from the request type: an entry of a list by its number (from 1) or of a map by its key, a member
    /// after its owner (第1个区域的编号, the id of area 1). A member object of the request itself (the older person) is what
    /// the request is about: the fields within it are named on their own.
    /// </summary>
    private static (string Zh, string En)? Resolve(string request, string path)
    {
        string? type = request, zh = null, en = null;
        var rest = path;
        while (rest.Length > 0)
        {
            if (!TrySplit(rest, out var member, out var key, out rest) || type is null || !Fields.TryGetValue(type + "." + member, out var field))
            {
                return null;
            }

            (string Zh, string En) part;
            if (key is not null)
            {
                if (field.Entry is not { } entry)
                {
                    return null;
                }

                var shown = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < int.MaxValue
                    ? (index + 1).ToString(CultureInfo.InvariantCulture)
                    : key;
                part = (entry.Zh.Replace("{0}", shown, StringComparison.Ordinal), entry.En.Replace("{0}", shown, StringComparison.Ordinal));
            }
            else if (rest.Length > 0 && field.Entry is not null)
            {
                return null; // a list's member without its entry
            }
            else if (rest.Length > 0 && zh is null)
            {
                type = field.Of;
                continue;
            }
            else
            {
                part = zh is null
                    ? (field.Zh, field.EnName ?? (field.Entry is null ? "the " : "the list of ") + Lower(field.En))
                    : (field.ZhInOwner ?? field.Zh, "the " + (field.EnInOwner ?? Lower(field.En)));
            }

            zh = zh is null ? part.Zh : zh + "的" + part.Zh;
            en = en is null ? part.En : part.En + " of " + en;
            type = field.Of;
        }

        return zh is null ? null : (zh, en!);
    }

    /// <summary>The first segment of a path: the member, the key in brackets if any, and the rest after the dot.</summary>
    private static bool TrySplit(string path, out string member, out string? key, out string rest)
    {
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        key = null;
        if (bracket < 0 || (dot >= 0 && dot < bracket))
        {
            member = dot < 0 ? path : path[..dot];
            rest = dot < 0 ? string.Empty : path[(dot + 1)..];
            return member.Length > 0 && (dot < 0 || rest.Length > 0);
        }

        // A map key may hold dots and brackets of its own: the key runs to the last ']' before the next '.' or the end.
        member = path[..bracket];
        var end = path.IndexOf("].", bracket, StringComparison.Ordinal);
        var close = end >= 0 ? end : path.EndsWith(']') ? path.Length - 1 : -1;
        rest = end >= 0 ? path[(end + 2)..] : string.Empty;
        if (close < 0 || member.Length == 0 || (end >= 0 && rest.Length == 0))
        {
            return false;
        }

        key = path[(bracket + 1)..close];
        return true;
    }

    private static string Lower(string title) =>
        title.Length > 1 && char.IsUpper(title[1]) ? title : char.ToLowerInvariant(title[0]) + title[1..];

    /// <summary>One member of a request type.</summary>
    /// <param name="Zh">The title in zh-Hans: the schema's, and the field's name in a message.</param>
    /// <param name="En">The title in en, as the schema shows it.</param>
    internal sealed record Field(string Zh, string En)
    {
        /// <summary>The en name inside a sentence, when not "the" and the title (for a list, "the list of" and the title).</summary>
        public string? EnName { get; init; }

        /// <summary>For a list or a map, one entry: <c>{0}</c> is its number from 1, or its key ("第{0}个区域", "area {0}").</summary>
        public (string Zh, string En)? Entry { get; init; }

        /// <summary>The zh-Hans name after the owner's and 的, when shorter than the title (第1个区域的编号).</summary>
        public string? ZhInOwner { get; init; }

        /// <summary>The en name before "of" and the owner's, when not the title (the id of area 1).</summary>
        public string? EnInOwner { get; init; }

        /// <summary>The type of the value, or of each entry, when it has members of its own.</summary>
        public string? Of { get; init; }
    }
}
