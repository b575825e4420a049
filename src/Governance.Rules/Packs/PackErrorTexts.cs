using System.Collections.Frozen;
using Governance.Rules.Localization;

namespace Governance.Rules.Packs;

/// <summary>What each pack load error code means, in zh-Hans and en, in the words of a policy analyst editing a pack.</summary>
internal static class PackErrorTexts
{
    private static readonly LocalizedText Unknown = new("规则包有误", "The pack is wrong here");

    private static readonly FrozenDictionary<string, LocalizedText> Texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["PACK_AGE_BANDS_GAP"] = new("尊老金年龄段之间有空档：中间的年龄无人发放", "The age-allowance bands leave a gap: the ages between get nothing"),
        ["PACK_AGE_BANDS_OVERLAP"] = new("尊老金年龄段相互重叠：同一年龄会领到两档", "The age-allowance bands overlap: one age would be paid twice"),
        ["PACK_CATALOGUE_ALIAS_SHARED"] = new("名录中两个事项同时使用同一名称或别名", "Two items of a catalogue share a name or alias on a common date"),
        ["PACK_CATALOGUE_ALIAS_TOO_SHORT"] = new("别名过短，无法可靠匹配", "An alias is too short to match reliably"),
        ["PACK_CATALOGUE_CATEGORY_DUPLICATE"] = new("类别重复，或一个事项归入两个类别", "A category is declared twice, or an item is in two categories"),
        ["PACK_CATALOGUE_CATEGORY_EMPTY"] = new("类别没有任何事项", "A category has no items"),
        ["PACK_CATALOGUE_CATEGORY_ITEM_UNKNOWN"] = new("类别列出了名录中没有的事项", "A category names an item the catalogue does not hold"),
        ["PACK_CATALOGUE_DATES"] = new("事项的截止日期不在起始日期之后", "An item's end date is not after its start date"),
        ["PACK_CATALOGUE_DETAIL_UNKNOWN"] = new("事项的说明项不是该名录定义的", "An item's detail is not one the catalogue defines"),
        ["PACK_CATALOGUE_KIND_MISMATCH"] = new("下级层改变了清单的类型", "A lower layer changes a list's kind"),
        ["PACK_CATALOGUE_KIND_UNKNOWN"] = new("清单类型未定义", "The list kind is not defined"),
        ["PACK_CATALOGUE_LIST_UNKNOWN"] = new("事项所属的清单未声明", "An item's list is not declared"),
        ["PACK_CATALOGUE_OVERLAP"] = new("同一事项的两个版本时间重叠", "Two versions of one item overlap in time"),
        ["PACK_CATALOGUE_RETIRE_FIELDS"] = new("停用条目含有停用以外的内容", "A retiring entry holds more than the retirement"),
        ["PACK_CATALOGUE_RETIRE_UNKNOWN"] = new("停用的事项在任何层都未定义", "A retired item is defined by no layer"),
        ["PACK_CATALOGUE_TWO_LISTS"] = new("同一事项同一天出现在两个清单上", "One item is on two lists on the same date"),
        ["PACK_CATALOGUE_UNKNOWN"] = new("本库没有定义该名录", "The library defines no such catalogue"),
        ["PACK_CITATION_JURISDICTION_MISSING"] = new("依据没有写明发文地区", "A citation does not name its jurisdiction"),
        ["PACK_CITATION_UNKNOWN"] = new("引用的依据未在本层或上级层声明", "The citation is not declared in this layer or its ancestors"),
        ["PACK_DATES_UNORDERED"] = new("取值的起始日期没有按先后排列，或同一天有两条", "Entries are not in date order, or two share a date"),
        ["PACK_DATE_OUT_OF_RANGE"] = new("日期超出规则包允许的范围（1900–2200年）", "The date is outside the window a pack may use (1900–2200)"),
        ["PACK_DUPLICATE_CITATION"] = new("同一层中依据重复声明", "A citation is declared twice in the layer"),
        ["PACK_DUPLICATE_FIELD"] = new("同一对象中字段重复", "A field is given twice in one object"),
        ["PACK_DUPLICATE_LAYER"] = new("已加载同一标识的层", "A layer with this id is already loaded"),
        ["PACK_DUPLICATE_PARAMETER"] = new("同一层中参数重复定义", "A parameter is defined twice in the layer"),
        ["PACK_EXPECTED_ARRAY"] = new("此处应为列表", "A list is expected here"),
        ["PACK_EXPECTED_OBJECT"] = new("此处应为对象（{…}）", "An object ({…}) is expected here"),
        ["PACK_EXPECTED_STRING"] = new("此处应为文字", "A text is expected here"),
        ["PACK_FIELD_MISSING"] = new("缺少必填字段", "A required field is missing"),
        ["PACK_HEADER_MISSING"] = new("缺少层的表头（标识和版本）", "The layer has no header (id and version)"),
        ["PACK_ID_FOLDER_MISMATCH"] = new("层标识与所在文件夹不一致", "The layer id differs from its folder"),
        ["PACK_INVALID_DATE"] = new("日期无效或格式不是 yyyy-MM-dd", "Not a valid date in the form yyyy-MM-dd"),
        ["PACK_INVALID_ID"] = new("标识只能由小写字母和数字组成，以“.”或“-”分隔", "An id is lower-case letters and digits separated by '.' or '-'"),
        ["PACK_INVALID_JSON"] = new("不是有效的 JSON", "Not valid JSON"),
        ["PACK_INVALID_JURISDICTION"] = new("发文地区无效", "The jurisdiction is not valid"),
        ["PACK_INVALID_PROVENANCE"] = new("来源性质只能是 official、reported 或 placeholder", "Provenance is one of official, reported, placeholder"),
        ["PACK_INVALID_VALUE"] = new("取值不符合该参数的要求", "The value does not fit the parameter"),
        ["PACK_INVALID_VERSION"] = new("版本号应为语义化版本，如 1.2.0", "The version must be a semantic version such as 1.2.0"),
        ["PACK_JURISDICTION_MISMATCH"] = new("依据的发文地区不属于本层或其上级", "The citation's jurisdiction is not this layer's or an ancestor's"),
        ["PACK_LAYERS_NOT_ONE_CHAIN"] = new("提供的各层没有连成一条上下级链", "The layers given do not form one parent chain"),
        ["PACK_MIRROR_ONLY"] = new("依据只有转载地址，没有原文地址", "A citation has a mirror but no address"),
        ["PACK_MISSING_CITATION"] = new("取值缺少依据", "A value has no citation"),
        ["PACK_MISSING_PROVENANCE"] = new("取值缺少来源性质", "A value has no provenance"),
        ["PACK_NOT_FOUND"] = new("没有该标识的规则包层", "No pack layer has this id"),
        ["PACK_OFFICIAL_URL_SECONDARY"] = new("官方地址被写成了转载地址", "An official address is kept as the mirror"),
        ["PACK_PARENT_CYCLE"] = new("上级层形成循环", "The parent chain loops"),
        ["PACK_PARENT_MISSING"] = new("上级层未知", "The parent layer is not known"),
        ["PACK_PLACEHOLDER_CITES_AUTHORITY"] = new("待核实的占位取值不得引用发文机关或文号", "A placeholder cites no issuing body or document number"),
        ["PACK_TOO_LARGE"] = new("文件过大", "The document is too large"),
        ["PACK_UNIT_MISMATCH"] = new("单位与上级层不同", "The unit differs from the parent layer's"),
        ["PACK_UNKNOWN_FIELD"] = new("未知字段（可能拼写有误）", "Unknown field (perhaps misspelt)"),
        ["PACK_UNKNOWN_PARAMETER"] = new("本库没有定义该参数（可能拼写有误）", "The library defines no such parameter (perhaps misspelt)"),
        ["PACK_UNREADABLE"] = new("文件无法读取", "The file cannot be read"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The meaning of <paramref name="code"/>; a general sentence for a code not listed.</summary>
    public static LocalizedText For(string code) => Texts.GetValueOrDefault(code, Unknown);

    /// <summary>The codes with a text of their own.</summary>
    public static IEnumerable<string> Codes => Texts.Keys;
}
