using Governance.Rules.Validation;

namespace Governance.Rules.Tests.Validation;

/// <summary>
/// Every member of the request types in the domain's words, written out in full: the title the request schemas show, the
/// name a validation message gives the field, the name of one entry of a list, and the shorter names used after the
/// owner's. A changed word is a change a caller reads in a message or a schema.
/// </summary>
public sealed class FieldNamesTableTests
{
    public static TheoryData<string, string, string, string?, string?, string?, string?, string?, string?> Fields => new()
    {
        { "StaffingRequest.Areas", "区域", "Areas", null, "第{0}个区域", "area {0}", null, null, "StaffingArea" },
        { "StaffingArea.Id", "区域编号", "Area id", null, null, null, "编号", "id", null },
        { "StaffingArea.ParentId", "上级区域编号", "Parent area id", null, null, null, null, null, null },
        { "StaffingArea.Level", "区域层级", "Area level", null, null, null, null, null, null },
        { "StaffingArea.Name", "区域名称", "Area name", null, null, null, "名称", "name", null },
        { "StaffingArea.UrbanPermanentPopulation", "城镇常住人口", "Urban permanent population", null, null, null, null, null, null },
        { "StaffingArea.Households", "户数", "Households", null, null, null, null, null, null },
        { "StaffingArea.Workers", "现有人员（按类别）", "Current workers by category", "the current workers by category", "现有人员中“{0}”类的人数", "the count of workers of category '{0}'", null, null, null },
        { "AnnualPayRequest.Worker", "社区工作者", "Community worker", null, null, null, null, null, "CommunityWorker" },
        { "AnnualPayRequest.Year", "年度", "Year", null, null, null, null, null, null },
        { "CommunityWorker.Id", "人员编号", "Worker id", null, null, null, null, null, null },
        { "CommunityWorker.Name", "姓名", "Name", null, null, null, null, null, null },
        { "CommunityWorker.BirthDate", "出生日期", "Birth date", null, null, null, null, null, null },
        { "CommunityWorker.Degree", "最高学历", "Highest degree", null, null, null, null, null, null },
        { "CommunityWorker.Service", "社区工作经历", "Periods of community service", null, "第{0}段社区工作经历", "service period {0}", null, null, "ServicePeriod" },
        { "CommunityWorker.Posts", "岗位", "Posts", null, "第{0}个岗位", "post {0}", null, null, "PostAssignment" },
        { "CommunityWorker.Qualifications", "社会工作者职业资格", "Social-work qualifications", null, "第{0}项社会工作者职业资格", "qualification {0}", null, null, "QualificationHeld" },
        { "CommunityWorker.FailedAppraisalYears", "年度考核不合格的年份", "Years appraised as unqualified", null, "年度考核不合格的年份第{0}项", "entry {0} of the years appraised as unqualified", null, null, null },
        { "CommunityWorker.HireDate", "入职日期", "Hire date", null, null, null, null, null, null },
        { "ServicePeriod.Start", "开始日期", "First day", null, null, null, null, null, null },
        { "ServicePeriod.End", "结束日期", "Last day", null, null, null, null, null, null },
        { "PostAssignment.Post", "岗位代码", "Post code", null, null, null, null, null, null },
        { "PostAssignment.From", "任职日期", "First day in the post", null, null, null, null, "first day", null },
        { "QualificationHeld.Qualification", "资格代码", "Qualification code", null, null, null, null, "code", null },
        { "QualificationHeld.Obtained", "取得资格日期", "Date obtained", null, null, null, "取得日期", "award date", null },
        { "PayrollRequest.UnitId", "单位编号", "Unit id", null, null, null, null, null, null },
        { "PayrollRequest.Year", "薪酬年度", "Pay year", null, null, null, null, null, null },
        { "PayrollRequest.Workers", "工资单人员", "Workers on the payroll", null, "第{0}名人员", "worker {0}", null, null, "PayrollWorker" },
        { "PayrollRequest.Jurisdiction", "地区", "Jurisdiction", null, null, null, null, null, null },
        { "PayrollWorker.Id", "人员编号", "Worker id", null, null, null, "编号", "id", null },
        { "PayrollWorker.Name", "姓名", "Name", null, null, null, null, null, null },
        { "PayrollWorker.AnnualPay", "应发年度报酬", "Annual pay", null, null, null, null, null, null },
        { "PayrollWorker.FullTimeEquivalentMonths", "折算全时月数", "Full-time-equivalent months", null, null, null, null, null, null },
        { "PayrollWorker.Counted", "是否计入", "Counted", null, null, null, null, null, null },
        { "WorkItemRequest.Title", "事项名称", "Title", null, null, null, null, null, null },
        { "WorkItemRequest.RequestingDepartment", "提出部门", "Requesting department", null, null, null, null, null, null },
        { "WorkItemRequest.ListType", "申请纳入的清单", "List sought", null, null, null, null, null, null },
        { "WorkItemRequest.LegalBasis", "法律法规依据", "Legal basis", "the list of legal bases", "法律法规依据第{0}项", "legal basis entry {0}", null, null, null },
        { "WorkItemRequest.Resources", "随事转移的资源", "Resources committed", null, null, null, null, null, "ResourcesCommitted" },
        { "WorkItemRequest.Demands", "对社区的额外要求", "Burdens asked of the community", null, null, null, null, null, null },
        { "WorkItemRequest.ProhibitedKinds", "涉及的禁止下沉事项类别", "Prohibited kinds", null, "涉及的禁止下沉事项类别第{0}项", "prohibited kind {0}", null, null, null },
        { "WorkItemRequest.KindsNotApplicable", "声明不适用的禁止类别", "Kinds stated not to apply", null, "声明不适用的禁止类别第{0}项", "entry {0} of the kinds stated not to apply", null, null, null },
        { "WorkItemRequest.ItemCode", "名录事项代码", "Catalogue item code", null, null, null, null, null, null },
        { "WorkItemRequest.RequestedStart", "拟开始日期", "Requested start", null, null, null, null, null, null },
        { "WorkItemRequest.ArisesFromLegalChange", "是否因法律政策变化而产生", "Arises from a change in law or policy", null, null, null, null, null, null },
        { "ResourcesCommitted.Funds", "经费随事转", "Funds", null, null, null, null, null, null },
        { "ResourcesCommitted.StaffOrEquipment", "人员或设备", "Staff or equipment", null, null, null, null, null, null },
        { "ResourcesCommitted.Authority", "权随责转", "Authority", null, null, null, null, null, null },
        { "ResourcesCommitted.TimeLimit", "时限", "Time limit", null, null, null, null, null, null },
        { "ListCheckRequest.Text", "所问事项", "What is asked", "the matter asked about", null, null, null, null, null },
        { "ListCheckRequest.ItemCode", "名录事项代码", "Catalogue item code", null, null, null, null, null, null },
        { "StampRequest.Text", "所请证明", "Certificate asked for", null, null, null, null, null, null },
        { "StampRequest.Code", "清单事项代码", "Catalogue item code", null, null, null, null, null, null },
        { "StampRequest.Requester", "索要证明的单位", "Who asks for it", "the body asking for it", null, null, null, null, null },
        { "StampRequest.Purpose", "用途", "Purpose", null, null, null, null, null, null },
        { "ElderlyCareRequest.Person", "老年人", "Older person", null, null, null, null, null, "ElderlyPerson" },
        { "ElderlyCareRequest.ScheduleFrom", "逐月测算起始月", "First month of the schedule", null, null, null, null, null, null },
        { "ElderlyCareRequest.ScheduleTo", "逐月测算终止月", "Last month of the schedule", null, null, null, null, null, null },
        { "ElderlyPerson.BirthDate", "出生日期", "Birth date", null, null, null, null, null, null },
        { "ElderlyPerson.DeathDate", "死亡日期", "Date of death", null, null, null, null, null, null },
        { "ElderlyPerson.HukouDistrict", "户籍所在区（县级市）", "Hukou district", null, null, null, null, null, null },
        { "ElderlyPerson.HukouSince", "户籍迁入日期", "Hukou since", "the date the hukou was registered here", null, null, null, null, null },
        { "ElderlyPerson.ResidesInJurisdiction", "是否本地常住", "Resides in the jurisdiction", "whether the person lives in the jurisdiction", null, null, null, null, null },
        { "ElderlyPerson.EconomicStatuses", "经济状况", "Economic status periods", null, "经济状况第{0}项", "economic status period {0}", null, null, "EconomicStatusPeriod" },
        { "ElderlyPerson.Assessments", "老年人能力评估", "Care-need assessments", null, "第{0}次老年人能力评估", "care-need assessment {0}", null, null, "CareAssessment" },
        { "ElderlyPerson.LivingArrangement", "居住状况", "Living arrangement", null, null, null, null, null, null },
        { "ElderlyPerson.SpecialFamily", "特殊家庭", "Special family", "the special-family flags", null, null, null, null, null },
        { "ElderlyPerson.InstitutionalCareFrom", "入住养老机构日期", "In institutional care from", "the date institutional care began", null, null, null, null, null },
        { "ElderlyPerson.InstitutionalCareUntil", "离开养老机构日期", "In institutional care until", "the date institutional care ended", null, null, null, null, null },
        { "ElderlyPerson.ApplicationDate", "申请日期", "Application date", null, null, null, null, null, null },
        { "ElderlyPerson.AdaptationAlreadyGranted", "是否已享受适老化改造补贴", "Adaptation grant already received", "whether the adaptation grant was already received", null, null, null, null, null },
        { "ElderlyPerson.AdaptationCost", "适老化改造费用", "Adaptation cost", null, null, null, null, null, null },
        { "ElderlyPerson.MealsPerMonth", "每月助餐次数", "Assisted meals a month", "the number of assisted meals a month", null, null, null, null, null },
        { "EconomicStatusPeriod.Status", "经济状况", "Status", "the economic status", null, null, null, null, null },
        { "EconomicStatusPeriod.From", "开始日期", "From", "the first day", null, null, null, "first day", null },
        { "EconomicStatusPeriod.To", "结束日期", "To", "the last day", null, null, null, "last day", null },
        { "CareAssessment.Level", "能力等级", "Care level", null, null, null, null, null, null },
        { "CareAssessment.LegacyLevel", "旧三级评估结果", "Legacy level", null, null, null, null, null, null },
        { "CareAssessment.AssessedOn", "评估日期", "Assessed on", "the assessment date", null, null, null, "date", null },
        { "CareAssessment.ValidUntil", "有效期至", "Valid until", "the expiry date", null, null, "有效期截止日", "expiry date", null },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Each_member_has_its_names_in_both_languages(
        string key, string zh, string en, string? enName, string? entryZh, string? entryEn, string? zhInOwner, string? enInOwner, string? of)
    {
        var field = FieldNames.Fields[key];
        Assert.Equal((zh, en, enName), (field.Zh, field.En, field.EnName));
        Assert.Equal((entryZh, entryEn), (field.Entry?.Zh, field.Entry?.En));
        Assert.Equal((zhInOwner, enInOwner, of), (field.ZhInOwner, field.EnInOwner, field.Of));
    }

    [Fact]
    public void The_table_holds_these_members_and_no_others_and_the_requests_they_start_from()
    {
        Assert.Equal(Fields.Select(row => row.Data.Item1).Order(StringComparer.Ordinal), FieldNames.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["StampRequest", "StaffingRequest", "CommunityWorker", "AnnualPayRequest", "PayrollRequest", "WorkItemRequest", "ListCheckRequest", "ElderlyCareRequest"], FieldNames.Requests);
    }
}
