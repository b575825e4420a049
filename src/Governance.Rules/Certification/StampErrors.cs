using Governance.Rules.Validation;

namespace Governance.Rules.Certification;

/// <summary>The validation errors of certificate requests, with stable codes.</summary>
public static class StampErrors
{
    /// <summary>Neither text nor code given, or the text is empty once spacing and punctuation are removed.</summary>
    public static readonly ErrorDescriptor Empty = new("CERTIFICATION_TEXT_EMPTY", "请填写所需证明的名称或事项编号。", "Give the certificate's name or an item code.");

    /// <summary>The text is too long.</summary>
    public static readonly ErrorDescriptor TooLong = new("CERTIFICATION_TEXT_TOO_LONG", "{PropertyName}超过 {MaxLength} 个字符。", "{PropertyName} is longer than {MaxLength} characters.");

    /// <summary>The text holds control characters.</summary>
    public static readonly ErrorDescriptor Control = new("CERTIFICATION_TEXT_CONTROL_CHARACTERS", "{PropertyName}含有控制字符。", "{PropertyName} contains control characters.");

    /// <summary>Both text and code given.</summary>
    public static readonly ErrorDescriptor Both = new("CERTIFICATION_TEXT_AND_CODE", "事项名称与事项编号只能填写一项。", "Give the text or the code, not both.");

    /// <summary>Unknown requester.</summary>
    public static readonly ErrorDescriptor RequesterUnknown = new("CERTIFICATION_REQUESTER_UNKNOWN", "未知的索取单位类别“{PropertyValue}”。", "Unknown requester '{PropertyValue}'.");

    /// <summary>Unknown item code.</summary>
    public static readonly ErrorDescriptor CodeUnknown = new("CERTIFICATION_ITEM_UNKNOWN", "证明事项目录中没有编号为“{PropertyValue}”的事项。", "The certificate catalogue has no item '{PropertyValue}'.");

    /// <summary>No catalogue on the date.</summary>
    public static readonly ErrorDescriptor NoCatalogue = new("CERTIFICATION_NO_CATALOGUE_ON_DATE", "规则包在 {PropertyValue} 没有有效的证明事项目录。", "The pack has no certificate catalogue in force on {PropertyValue}.");
}
