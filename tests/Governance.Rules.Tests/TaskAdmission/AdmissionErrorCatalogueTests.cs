using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using Governance.Rules.Tests.Validation;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

/// <summary>
/// Every admission validation failure, caused through <see cref="AdmissionReviewer.Evaluate"/> and
/// <see cref="AdmissionReviewer.Check"/> as a consumer calls them: its code, its path, the value given and the whole
/// message in Chinese and English.
/// </summary>
public sealed class AdmissionErrorCatalogueTests
{
    private static readonly AdmissionReviewer Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    /// <summary>Descriptors no consumer can cause through the public API, each with the reason (none: every one can be).</summary>
    private static readonly HashSet<string> NotProducible = [];

    /// <summary>A request the reviewer accepts (an assisting item with a legal basis, funds and authority).</summary>
    private static WorkItemRequest Good => AdmissionReviewerTests.Good();

    private static IReadOnlyList<ValidationFailure> Evaluate(WorkItemRequest request, string date = "2025-06-30") =>
        Suzhou.Evaluate(request, EvaluationOptions.On(Date(date))).Failures;

    private static IReadOnlyList<ValidationFailure> Check(string? text, string? code = null, string date = "2025-06-30") =>
        Suzhou.Check(new ListCheckRequest { Text = text, ItemCode = code }, EvaluationOptions.On(Date(date))).Failures;

    private static readonly ErrorFigure[] MaxText = [ErrorFigure.Of("200", AdmissionLimits.MaxTextLength)];

    private static readonly ErrorFigure[] MaxEntries = [ErrorFigure.Of("50", AdmissionLimits.MaxEntries)];

    private static readonly ErrorCase[] Cases =
    [
        new("ListMissing/LegalBasis", () => Evaluate(Good with { LegalBasis = null! }),
            "ADMISSION_LIST_MISSING", "LegalBasis", null,
            "法律法规依据未填写；没有条目时请填写空列表。",
            "The list of legal bases is missing; give an empty list when there are no entries."),
        new("ListMissing/ProhibitedKinds", () => Evaluate(Good with { ProhibitedKinds = null! }),
            "ADMISSION_LIST_MISSING", "ProhibitedKinds", null,
            "涉及的禁止下沉事项类别未填写；没有条目时请填写空列表。",
            "The list of prohibited kinds is missing; give an empty list when there are no entries."),
        new("ListMissing/KindsNotApplicable", () => Evaluate(Good with { KindsNotApplicable = null! }),
            "ADMISSION_LIST_MISSING", "KindsNotApplicable", null,
            "声明不适用的禁止类别未填写；没有条目时请填写空列表。",
            "The list of kinds stated not to apply is missing; give an empty list when there are no entries."),
        new("TextEmpty/Title", () => Evaluate(Good with { Title = "" }),
            "ADMISSION_TEXT_EMPTY", "Title", "",
            "事项名称不能为空。",
            "The title must not be empty."),
        new("TextEmpty/DepartmentOfPunctuation", () => Evaluate(Good with { RequestingDepartment = "，。" }),
            "ADMISSION_TEXT_EMPTY", "RequestingDepartment", "，。",
            "提出部门不能为空。",
            "The requesting department must not be empty."),
        new("TextEmpty/LegalBasisEntry", () => Evaluate(Good with { LegalBasis = [""] }),
            "ADMISSION_TEXT_EMPTY", "LegalBasis[0]", "",
            "法律法规依据第1项不能为空。",
            "Legal basis entry 1 must not be empty."),
        new("TextEmpty/ProhibitedKindEntry", () => Evaluate(Good with { ProhibitedKinds = [" "] }),
            "ADMISSION_TEXT_EMPTY", "ProhibitedKinds[0]", " ",
            "涉及的禁止下沉事项类别第1项不能为空。",
            "Prohibited kind 1 must not be empty."),
        new("TextEmpty/CheckText", () => Check("，。"),
            "ADMISSION_TEXT_EMPTY", "Text", "，。",
            "所问事项不能为空。",
            "The matter asked about must not be empty."),
        new("TextTooLong/Title", () => Evaluate(Good with { Title = new string('事', 201) }),
            "ADMISSION_TEXT_TOO_LONG", "Title", new string('事', 201),
            "事项名称超过 200 个字符。",
            "The title is longer than 200 characters.")
        { Figures = MaxText },
        new("TextTooLong/LegalBasisEntry", () => Evaluate(Good with { LegalBasis = [new string('法', 201)] }),
            "ADMISSION_TEXT_TOO_LONG", "LegalBasis[0]", new string('法', 201),
            "法律法规依据第1项超过 200 个字符。",
            "Legal basis entry 1 is longer than 200 characters.")
        { Figures = MaxText },
        new("TextTooLong/CheckItemCode", () => Check(null, new string('c', 201)),
            "ADMISSION_TEXT_TOO_LONG", "ItemCode", new string('c', 201),
            "名录事项代码超过 200 个字符。",
            "The catalogue item code is longer than 200 characters.")
        { Figures = MaxText },
        new("TextControl/Department", () => Evaluate(Good with { RequestingDepartment = "民政\n局" }),
            "ADMISSION_TEXT_CONTROL_CHARACTERS", "RequestingDepartment", "民政\n局",
            "提出部门含有控制字符。",
            "The requesting department contains control characters."),
        new("TextControl/LegalBasisEntry", () => Evaluate(Good with { LegalBasis = ["依据\u0007"] }),
            "ADMISSION_TEXT_CONTROL_CHARACTERS", "LegalBasis[0]", "依据\u0007",
            "法律法规依据第1项含有控制字符。",
            "Legal basis entry 1 contains control characters."),
        new("TextControl/CheckText", () => Check("人民\u0007调解"),
            "ADMISSION_TEXT_CONTROL_CHARACTERS", "Text", "人民\u0007调解",
            "所问事项含有控制字符。",
            "The matter asked about contains control characters."),
        new("ListTypeUnknown/AboveTheLast", () => Evaluate(Good with { ListType = (AdmissionListType)7 }),
            "ADMISSION_LIST_TYPE_UNKNOWN", "ListType", "7",
            "未知的清单类型“7”。",
            "Unknown list type '7'."),
        new("ListTypeUnknown/Negative", () => Evaluate(Good with { ListType = (AdmissionListType)(-1) }),
            "ADMISSION_LIST_TYPE_UNKNOWN", "ListType", "-1",
            "未知的清单类型“-1”。",
            "Unknown list type '-1'."),
        new("DemandsUnknown/FirstUndefinedFlag", () => Evaluate(Good with { Demands = (WorkItemDemands)64 }),
            "ADMISSION_DEMANDS_UNKNOWN", "Demands", "64",
            "未知的负担事项标记“64”。",
            "Unknown demand flags '64'."),
        new("DemandsUnknown/KnownAndUnknownFlags", () => Evaluate(Good with { Demands = WorkItemDemands.Plaques | (WorkItemDemands)64 }),
            "ADMISSION_DEMANDS_UNKNOWN", "Demands", "65",
            "未知的负担事项标记“65”。",
            "Unknown demand flags '65'."),
        new("DemandsUnknown/EveryBit", () => Evaluate(Good with { Demands = (WorkItemDemands)(-1) }),
            "ADMISSION_DEMANDS_UNKNOWN", "Demands", "-1",
            "未知的负担事项标记“-1”。",
            "Unknown demand flags '-1'."),
        new("TooMany/LegalBasis", () => Evaluate(Good with { LegalBasis = [.. Enumerable.Repeat("《中华人民共和国老年人权益保障法》", 51)] }),
            "ADMISSION_TOO_MANY_ENTRIES", "LegalBasis", null,
            "法律法规依据最多 50 项。",
            "The list of legal bases holds at most 50 entries.")
        { Figures = MaxEntries },
        new("TooMany/ProhibitedKinds", () => Evaluate(Good with { ProhibitedKinds = [.. Enumerable.Repeat("investment-attraction", 51)] }),
            "ADMISSION_TOO_MANY_ENTRIES", "ProhibitedKinds", null,
            "涉及的禁止下沉事项类别最多 50 项。",
            "The list of prohibited kinds holds at most 50 entries.")
        { Figures = MaxEntries },
        new("KindUnknown/ProhibitedKinds", () => Evaluate(Good with { ProhibitedKinds = ["lottery"] }),
            "ADMISSION_PROHIBITED_KIND_UNKNOWN", "ProhibitedKinds[0]", "lottery",
            "未知的禁止事项类别“lottery”。",
            "Unknown prohibited kind 'lottery'."),
        new("KindUnknown/KindsNotApplicable", () => Evaluate(Good with { KindsNotApplicable = ["moon"] }),
            "ADMISSION_PROHIBITED_KIND_UNKNOWN", "KindsNotApplicable[0]", "moon",
            "未知的禁止事项类别“moon”。",
            "Unknown prohibited kind 'moon'."),
        new("ItemUnknown", () => Evaluate(Good with { ItemCode = "ghost" }),
            "ADMISSION_ITEM_UNKNOWN", "ItemCode", "ghost",
            "名录中没有编号为“ghost”的事项。",
            "The catalogue has no item 'ghost'."),
        new("NothingAsked", () => Check(null),
            "ADMISSION_NOTHING_ASKED", "Text", null,
            "请填写事项名称或事项编号。",
            "Give the request's text or an item code."),
        new("NoPolicy/Evaluate", () => Evaluate(Good, "2015-07-12"),
            "ADMISSION_NO_POLICY_ON_DATE", "AsOf", "2015-07-12",
            "规则包在 2015-07-12 没有有效的社区工作事项准入规则或名录。",
            "The pack has no admission rules or catalogue in force on 2015-07-12."),
        new("NoPolicy/Check", () => Check("人民调解", date: "2015-07-12"),
            "ADMISSION_NO_POLICY_ON_DATE", "AsOf", "2015-07-12",
            "规则包在 2015-07-12 没有有效的社区工作事项准入规则或名录。",
            "The pack has no admission rules or catalogue in force on 2015-07-12."),
    ];

    public static TheoryData<string> Names() => ErrorCases.Names(Cases);

    /// <summary>Every case's failures as the public API gives them (for checks across the catalogues).</summary>
    internal static IEnumerable<(string Case, IReadOnlyList<ValidationFailure> Failures)> EveryCase() => Cases.Select(c => (c.Name, c.Run()));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_failure_gives_its_code_path_value_and_whole_message_in_both_languages(string name) =>
        ErrorCases.Named(Cases, name).AssertFailure();

    [Fact]
    public void Every_admission_error_descriptor_has_a_case_that_causes_it() =>
        ErrorCases.AssertEveryDescriptorHasACase(typeof(AdmissionErrors), Cases, NotProducible);

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Every_failure_reads_the_same_under_an_Arabic_or_German_culture(string culture)
    {
        var seen = InCulture(culture, () => Cases.Select(c => c.Observe()).ToArray());
        Assert.Equal(Cases.Select(c => c.Expected).ToArray(), seen);
    }

    [Fact]
    public void The_limits_the_messages_state_are_the_limits_applied()
    {
        var basis = "《中华人民共和国老年人权益保障法》";
        Assert.Empty(Evaluate(Good with
        {
            Title = "协助开展老年人能力评估入户登记" + new string('。', AdmissionLimits.MaxTextLength - 15),
            LegalBasis = [.. Enumerable.Repeat(basis, AdmissionLimits.MaxEntries - 1), new string('法', AdmissionLimits.MaxTextLength)],
        }));
        Assert.Empty(Evaluate(Good with { KindsNotApplicable = [.. Enumerable.Repeat("investment-attraction", AdmissionLimits.MaxEntries)] }));
    }
}
