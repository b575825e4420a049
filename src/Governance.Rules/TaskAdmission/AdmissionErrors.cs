using Governance.Rules.Validation;

namespace Governance.Rules.TaskAdmission;

/// <summary>The validation errors of admission requests, with stable codes.</summary>
public static class AdmissionErrors
{
    /// <summary>A list is null.</summary>
    public static readonly ErrorDescriptor ListMissing = new("ADMISSION_LIST_MISSING", "{PropertyName}未填写；没有条目时请填写空列表。", "{PropertyName} is missing; give an empty list when there are no entries.");

    /// <summary>A text field is empty.</summary>
    public static readonly ErrorDescriptor TextEmpty = new("ADMISSION_TEXT_EMPTY", "{PropertyName}不能为空。", "{PropertyName} must not be empty.");

    /// <summary>A text field is too long.</summary>
    public static readonly ErrorDescriptor TextTooLong = new("ADMISSION_TEXT_TOO_LONG", "{PropertyName}超过 {MaxLength} 个字符。", "{PropertyName} is longer than {MaxLength} characters.");

    /// <summary>A text field holds control characters.</summary>
    public static readonly ErrorDescriptor TextControl = new("ADMISSION_TEXT_CONTROL_CHARACTERS", "{PropertyName}含有控制字符。", "{PropertyName} contains control characters.");

    /// <summary>The list type is not one of the four lists.</summary>
    public static readonly ErrorDescriptor ListTypeUnknown = new("ADMISSION_LIST_TYPE_UNKNOWN", "未知的清单类型“{PropertyValue}”。", "Unknown list type '{PropertyValue}'.");

    /// <summary>Unknown burden flags.</summary>
    public static readonly ErrorDescriptor DemandsUnknown = new("ADMISSION_DEMANDS_UNKNOWN", "未知的负担事项标记“{PropertyValue}”。", "Unknown demand flags '{PropertyValue}'.");

    /// <summary>Too many entries.</summary>
    public static readonly ErrorDescriptor TooMany = new("ADMISSION_TOO_MANY_ENTRIES", "{PropertyName}最多 " + AdmissionLimits.MaxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 项。", "{PropertyName} holds at most " + AdmissionLimits.MaxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture) + " entries.");

    /// <summary>An unknown prohibited-kind code.</summary>
    public static readonly ErrorDescriptor KindUnknown = new("ADMISSION_PROHIBITED_KIND_UNKNOWN", "未知的禁止事项类别“{PropertyValue}”。", "Unknown prohibited kind '{PropertyValue}'.");

    /// <summary>An unknown catalogue item code.</summary>
    public static readonly ErrorDescriptor ItemUnknown = new("ADMISSION_ITEM_UNKNOWN", "名录中没有编号为“{PropertyValue}”的事项。", "The catalogue has no item '{PropertyValue}'.");

    /// <summary>Neither text nor code given.</summary>
    public static readonly ErrorDescriptor NothingAsked = new("ADMISSION_NOTHING_ASKED", "请填写事项名称或事项编号。", "Give the request's text or an item code.");

    /// <summary>No admission policy on the date.</summary>
    public static readonly ErrorDescriptor NoPolicy = new("ADMISSION_NO_POLICY_ON_DATE", "规则包在 {PropertyValue} 没有有效的社区工作事项准入规则或名录。", "The pack has no admission rules or catalogue in force on {PropertyValue}.");
}
