using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// Every pack load error code, caused by a minimal layer as a pack author writes it: the code, the file, the full JSON path
/// and the whole message, with nothing else refused, and the code's summary in zh-Hans and en.
/// </summary>
/// <remarks>
/// Cases of the document, the header, citations, provenance and the layer chain; parameters, dates, values, catalogues,
/// age bands and the embedded-folder reader are in PackErrorCatalogueTests.Content.cs.
/// </remarks>
public sealed partial class PackErrorCatalogueTests
{
    /// <summary>A refusal: how it is brought about and every error the load must give, in order.</summary>
    private sealed record Case(string Name, Func<RulePackLoadResult> Load, params PackLoadError[] Expected);

    /// <summary>Codes no layer can bring about, each with the reason.</summary>
    private static readonly Dictionary<string, string> Unreachable = new(StringComparer.Ordinal)
    {
        // Unreachable because only RulePacks.ReadEmbedded (private) compares a layer's id with its folder, and it reads the
        // library's own manifest resources, whose ids all match their folders; a caller's layer has no folder.
        ["PACK_ID_FOLDER_MISMATCH"] = "only the embedded packs have folders",
    };

    /// <summary>What each code means, as <see cref="PackLoadError.Summary"/> gives it: code, zh-Hans, en.</summary>
    private static readonly (string Code, string ZhHans, string En)[] Summaries =
    [
        ("PACK_AGE_BANDS_GAP", "尊老金年龄段之间有空档：中间的年龄无人发放", "The age-allowance bands leave a gap: the ages between get nothing"),
        ("PACK_AGE_BANDS_OVERLAP", "尊老金年龄段相互重叠：同一年龄会领到两档", "The age-allowance bands overlap: one age would be paid twice"),
        ("PACK_CATALOGUE_ALIAS_SHARED", "名录中两个事项同时使用同一名称或别名", "Two items of a catalogue share a name or alias on a common date"),
        ("PACK_CATALOGUE_ALIAS_TOO_SHORT", "别名过短，无法可靠匹配", "An alias is too short to match reliably"),
        ("PACK_CATALOGUE_CATEGORY_DUPLICATE", "类别重复，或一个事项归入两个类别", "A category is declared twice, or an item is in two categories"),
        ("PACK_CATALOGUE_CATEGORY_EMPTY", "类别没有任何事项", "A category has no items"),
        ("PACK_CATALOGUE_CATEGORY_ITEM_UNKNOWN", "类别列出了名录中没有的事项", "A category names an item the catalogue does not hold"),
        ("PACK_CATALOGUE_DATES", "事项的截止日期不在起始日期之后", "An item's end date is not after its start date"),
        ("PACK_CATALOGUE_DETAIL_UNKNOWN", "事项的说明项不是该名录定义的", "An item's detail is not one the catalogue defines"),
        ("PACK_CATALOGUE_KIND_MISMATCH", "下级层改变了清单的类型", "A lower layer changes a list's kind"),
        ("PACK_CATALOGUE_KIND_UNKNOWN", "清单类型未定义", "The list kind is not defined"),
        ("PACK_CATALOGUE_LIST_UNKNOWN", "事项所属的清单未声明", "An item's list is not declared"),
        ("PACK_CATALOGUE_OVERLAP", "同一事项的两个版本时间重叠", "Two versions of one item overlap in time"),
        ("PACK_CATALOGUE_RETIRE_FIELDS", "停用条目含有停用以外的内容", "A retiring entry holds more than the retirement"),
        ("PACK_CATALOGUE_RETIRE_UNKNOWN", "停用的事项在任何层都未定义", "A retired item is defined by no layer"),
        ("PACK_CATALOGUE_TWO_LISTS", "同一事项同一天出现在两个清单上", "One item is on two lists on the same date"),
        ("PACK_CATALOGUE_UNKNOWN", "本库没有定义该名录", "The library defines no such catalogue"),
        ("PACK_CITATION_JURISDICTION_MISSING", "依据没有写明发文地区", "A citation does not name its jurisdiction"),
        ("PACK_CITATION_UNKNOWN", "引用的依据未在本层或上级层声明", "The citation is not declared in this layer or its ancestors"),
        ("PACK_DATES_UNORDERED", "取值的起始日期没有按先后排列，或同一天有两条", "Entries are not in date order, or two share a date"),
        ("PACK_DATE_OUT_OF_RANGE", "日期超出规则包允许的范围（1900–2200年）", "The date is outside the window a pack may use (1900–2200)"),
        ("PACK_DUPLICATE_CITATION", "同一层中依据重复声明", "A citation is declared twice in the layer"),
        ("PACK_DUPLICATE_FIELD", "同一对象中字段重复", "A field is given twice in one object"),
        ("PACK_DUPLICATE_LAYER", "已加载同一标识的层", "A layer with this id is already loaded"),
        ("PACK_DUPLICATE_PARAMETER", "同一层中参数重复定义", "A parameter is defined twice in the layer"),
        ("PACK_EXPECTED_ARRAY", "此处应为列表", "A list is expected here"),
        ("PACK_EXPECTED_OBJECT", "此处应为对象（{…}）", "An object ({…}) is expected here"),
        ("PACK_EXPECTED_STRING", "此处应为文字", "A text is expected here"),
        ("PACK_FIELD_MISSING", "缺少必填字段", "A required field is missing"),
        ("PACK_HEADER_MISSING", "缺少层的表头（标识和版本）", "The layer has no header (id and version)"),
        ("PACK_ID_FOLDER_MISMATCH", "层标识与所在文件夹不一致", "The layer id differs from its folder"),
        ("PACK_INVALID_DATE", "日期无效或格式不是 yyyy-MM-dd", "Not a valid date in the form yyyy-MM-dd"),
        ("PACK_INVALID_ID", "标识只能由小写字母和数字组成，以“.”或“-”分隔", "An id is lower-case letters and digits separated by '.' or '-'"),
        ("PACK_INVALID_JSON", "不是有效的 JSON", "Not valid JSON"),
        ("PACK_INVALID_JURISDICTION", "发文地区无效", "The jurisdiction is not valid"),
        ("PACK_INVALID_PROVENANCE", "来源性质只能是 official、reported 或 placeholder", "Provenance is one of official, reported, placeholder"),
        ("PACK_INVALID_VALUE", "取值不符合该参数的要求", "The value does not fit the parameter"),
        ("PACK_INVALID_VERSION", "版本号应为语义化版本，如 1.2.0", "The version must be a semantic version such as 1.2.0"),
        ("PACK_JURISDICTION_MISMATCH", "依据的发文地区不属于本层或其上级", "The citation's jurisdiction is not this layer's or an ancestor's"),
        ("PACK_LAYERS_NOT_ONE_CHAIN", "提供的各层没有连成一条上下级链", "The layers given do not form one parent chain"),
        ("PACK_MIRROR_ONLY", "依据只有转载地址，没有原文地址", "A citation has a mirror but no address"),
        ("PACK_MISSING_CITATION", "取值缺少依据", "A value has no citation"),
        ("PACK_MISSING_PROVENANCE", "取值缺少来源性质", "A value has no provenance"),
        ("PACK_NOT_FOUND", "没有该标识的规则包层", "No pack layer has this id"),
        ("PACK_OFFICIAL_URL_SECONDARY", "官方地址被写成了转载地址", "An official address is kept as the mirror"),
        ("PACK_PARENT_CYCLE", "上级层形成循环", "The parent chain loops"),
        ("PACK_PARENT_MISSING", "上级层未知", "The parent layer is not known"),
        ("PACK_PLACEHOLDER_CITES_AUTHORITY", "待核实的占位取值不得引用发文机关或文号", "A placeholder cites no issuing body or document number"),
        ("PACK_TOO_LARGE", "文件过大", "The document is too large"),
        ("PACK_UNIT_MISMATCH", "单位与上级层不同", "The unit differs from the parent layer's"),
        ("PACK_UNKNOWN_FIELD", "未知字段（可能拼写有误）", "Unknown field (perhaps misspelt)"),
        ("PACK_UNKNOWN_PARAMETER", "本库没有定义该参数（可能拼写有误）", "The library defines no such parameter (perhaps misspelt)"),
        ("PACK_UNREADABLE", "文件无法读取", "The file cannot be read"),
    ];

    private static readonly string TooLargeFile = Path.Combine(Path.GetTempPath(), $"govrules-catalogue-{Guid.NewGuid():N}.json");

    private static IEnumerable<Case> AllCases => [.. LayerCases, .. ContentCases];

    /// <summary>An error of the caller layer test.json.</summary>
    private static PackLoadError E(string code, string path, string message, string source = "test.json") => new(code, source, path, message);

    /// <summary>A layer over <paramref name="parent"/> with the given members after its header (JSON members, without braces).</summary>
    private static string LayerOf(string members, string id = "test.what-if", string parent = "cn.js.suzhou") => $$"""
        { "id": "{{id}}", "version": "1.0.0", "parent": "{{parent}}", "name": { "zh-Hans": "测算层", "en": "What-if layer" }{{(members.Length > 0 ? ", " + members : "")}} }
        """;

    /// <summary>A layer whose one citation <c>c</c> is <paramref name="citation"/>, cited by a pay base amount of <paramref name="provenance"/>.</summary>
    private static string Cited(string citation, string provenance = "placeholder", string header = "") => LayerOf(header + $$"""
        "citations": { "c": {{citation}} },
        "parameters": { "pay.base_amount": { "unit": "元/月", "values": [ { "from": "2026-01-01", "value": 9000, "provenance": "{{provenance}}", "citation": "c" } ] } }
        """);

    /// <summary>A caller layer that is not JSON: where the reader stopped and what it says is wrong.</summary>
    private static Case InvalidJson(string name, string json, string where, string message) =>
        new("InvalidJson/" + name, () => LoadLayer(json), E("PACK_INVALID_JSON", where, message));

    private static RulePackSource Source(string json, string name) => RulePackSource.FromJson(json, name);

    private static RulePackLoadResult TooLargeOnDisk()
    {
        using (var file = File.Create(TooLargeFile))
        {
            file.SetLength(RulePackLimits.MaxDocumentBytes + 1L);
        }

        try
        {
            return RulePacks.TryLoad(RulePackSource.FromFile(TooLargeFile));
        }
        finally
        {
            File.Delete(TooLargeFile);
        }
    }

    private static readonly Case[] LayerCases =
    [
        new("Unreadable/NoFile", () => RulePacks.TryLoad(RulePackSource.FromFile("/no/such/dir/pack.json")),
            E("PACK_UNREADABLE", "$", "file not found", "/no/such/dir/pack.json")),
        new("Unreadable/FileOverTheLimit", TooLargeOnDisk,
            E("PACK_UNREADABLE", "$", "cannot be read: larger than the limit", TooLargeFile)),
        new("TooLarge", () => RulePacks.TryLoad(RulePackSource.FromStream(new MemoryStream(new byte[RulePackLimits.MaxDocumentBytes + 1]), "huge.json")),
            E("PACK_TOO_LARGE", "$", "the document is larger than 4194304 bytes", "huge.json")),
        InvalidJson("EndsEarly", "{ \"id\": ", "line 1, byte 9", "not valid JSON: the file ends before the JSON is complete (a closing brace or bracket is missing)"),
        InvalidJson("TooDeep", "{ \"a\": " + new string('[', 40) + new string(']', 40) + " }", "line 1, byte 39", "not valid JSON: nested deeper than 32 levels"),
        InvalidJson("SomethingFollows", "{ } { }", "line 1, byte 5", "not valid JSON: something follows the end of the JSON document"),
        InvalidJson("TrailingComma", "{ \"id\": \"x\", }", "line 1, byte 14", "not valid JSON: a comma before a closing brace or bracket"),
        InvalidJson("LeftOpen", "{ \"id\": \"x\" ", "line 1, byte 13", "not valid JSON: the file ends before the JSON is complete (a closing brace or bracket is missing)"),
        InvalidJson("EmptyFirstSentenceOnly", "", "line 1, byte 1", "not valid JSON: The input does not contain any JSON tokens"),
        InvalidJson("UnmatchedCloseWithoutFullStop", "{ \"a\": [ 1 }", "line 1, byte 12", "not valid JSON: '}' is invalid without a matching open"),
        InvalidJson("CommentAfterValue", "{ \"id\": \"x\" // a note\n}", "line 1, byte 13", "not valid JSON: a '/' outside a string (comments are not allowed)"),
        InvalidJson("CommentForValue", "{ \"id\": /* x */ \"x\" }", "line 1, byte 9", "not valid JSON: a '/' outside a string (comments are not allowed)"),
        new("InvalidJson/NotUtf8InAValue", () => RulePacks.TryLoad(RulePackSource.FromStream(new MemoryStream([.. "{\"id\":\"x\",\"name\":\""u8, 0xFF, .. "\"}"u8]), "latin.json")),
            E("PACK_INVALID_JSON", "line 1, byte 19", "not valid JSON: the text is not UTF-8 (a byte sequence that is not a character)", "latin.json")),
        new("InvalidJson/NotUtf8InANameOnLine2", () => RulePacks.TryLoad(RulePackSource.FromStream(new MemoryStream([.. "{\n  \"中"u8, 0xC3, 0x28, .. "\": 1 }"u8]), "latin.json")),
            E("PACK_INVALID_JSON", "line 2, byte 7", "not valid JSON: the text is not UTF-8 (a byte sequence that is not a character)", "latin.json")),
        new("ExpectedObject/Document", () => LoadLayer("[]"),
            E("PACK_EXPECTED_OBJECT", "$", "the document must be a JSON object")),
        new("ExpectedObject/Citations", () => LoadLayer(LayerOf("\"citations\": []")),
            E("PACK_EXPECTED_OBJECT", "$.citations", "expected a JSON object")),
        new("ExpectedString/Description", () => LoadLayer(LayerOf("\"description\": 7")),
            E("PACK_EXPECTED_STRING", "$.description", "expected a string")),
        new("DuplicateField", () => LoadLayer(LayerOf("\"version\": \"1.0.1\"")),
            E("PACK_DUPLICATE_FIELD", "$.version", "field 'version' appears twice in the same object; only one may be given")),
        new("UnknownField/Document", () => LoadLayer(LayerOf("\"colour\": 1")),
            E("PACK_UNKNOWN_FIELD", "$.colour", "unknown field 'colour'")),
        new("UnknownField/Language", () => LoadLayer(LayerOf("").Replace("\"en\": \"What-if layer\"", "\"en\": \"What-if layer\", \"fr\": \"Couche\"", StringComparison.Ordinal)),
            E("PACK_UNKNOWN_FIELD", "$.name.fr", "unknown language 'fr' (zh-Hans and en are read)")),
        new("UnknownField/Citation", () => LoadLayer(LayerOf("\"citations\": { \"c\": { \"title\": \"测算方案\", \"colour\": 1 } }")),
            E("PACK_UNKNOWN_FIELD", "$.citations.c.colour", "unknown field 'colour'")),
        new("FieldMissing/Id", () => LoadLayer("""{ "version": "1.0.0", "name": { "zh-Hans": "测算层", "en": "What-if layer" } }"""),
            E("PACK_FIELD_MISSING", "$", "the header needs 'id'")),
        new("FieldMissing/Version", () => LoadLayer("""{ "id": "test.what-if", "parent": "cn", "name": { "zh-Hans": "测算层", "en": "What-if layer" } }"""),
            E("PACK_FIELD_MISSING", "$", "the header needs 'version'")),
        new("FieldMissing/Name", () => LoadLayer("""{ "id": "test.what-if", "version": "1.0.0", "parent": "cn" }"""),
            E("PACK_FIELD_MISSING", "$", "the header needs 'name' with 'zh-Hans' and 'en'")),
        new("FieldMissing/NameInOneLanguage", () => LoadLayer("""{ "id": "test.what-if", "version": "1.0.0", "parent": "cn", "name": { "zh-Hans": "测算层" } }"""),
            E("PACK_FIELD_MISSING", "$", "the header needs 'name' with 'zh-Hans' and 'en'"),
            E("PACK_FIELD_MISSING", "$.name", "a name needs both 'zh-Hans' and 'en'")),
        new("FieldMissing/CitationTitle", () => LoadLayer(LayerOf("\"citations\": { \"c\": { \"published\": \"2026\" } }")),
            E("PACK_FIELD_MISSING", "$.citations.c", "a citation needs 'title'")),
        new("InvalidId/Layer", () => LoadLayer(LayerOf("", id: "Test_Layer")),
            E("PACK_INVALID_ID", "$.id", "an id is lower-case letters and digits separated by '.' or '-'")),
        new("InvalidId/Citation", () => LoadLayer(LayerOf("\"citations\": { \"What If\": { \"title\": \"测算方案\" } }")),
            E("PACK_INVALID_ID", "$.citations['What If']", "a citation id is lower-case letters and digits separated by '.' or '-'")),
        new("InvalidVersion", () => LoadLayer(LayerOf("").Replace("\"1.0.0\"", "\"1.0\"", StringComparison.Ordinal)),
            E("PACK_INVALID_VERSION", "$.version", "the version must be a semantic version such as 1.2.0")),
        new("InvalidJurisdiction/Layer", () => LoadLayer(LayerOf("\"jurisdiction\": \"Suzhou\"")),
            E("PACK_INVALID_JURISDICTION", "$.jurisdiction", "a jurisdiction is lower-case letters and digits separated by '.' or '-', for example cn.js.suzhou")),
        new("InvalidJurisdiction/Citation", () => LoadLayer(LayerOf("\"citations\": { \"c\": { \"title\": \"测算方案\", \"jurisdiction\": \"cn.js.Suzhou\" } }")),
            E("PACK_INVALID_JURISDICTION", "$.citations.c.jurisdiction", "a jurisdiction is lower-case letters and digits separated by '.' or '-', for example cn.ln.benxi")),
        new("PlaceholderCitesAuthority/Document", () => LoadLayer(Cited("""{ "title": "某通知", "issuer": "苏州市民政局", "documentNumber": "苏民〔2026〕1号", "author": "某某", "jurisdiction": "cn.js.suzhou" }""")),
            E("PACK_PLACEHOLDER_CITES_AUTHORITY", "$.parameters['pay.base_amount'].values[0]", "a placeholder must not borrow a source's authority: citation 'c' names an issuing body, a document number, an article, a jurisdiction; cite a 'no source yet' citation and say in the note where the pattern was borrowed from")),
        new("PlaceholderCitesAuthority/Publication", () => LoadLayer(Cited("""{ "title": "某文章", "publication": "中国民政" }""")),
            E("PACK_PLACEHOLDER_CITES_AUTHORITY", "$.parameters['pay.base_amount'].values[0]", "a placeholder must not borrow a source's authority: citation 'c' names an article; cite a 'no source yet' citation and say in the note where the pattern was borrowed from")),
        new("CitationJurisdictionMissing/Reported", () => LoadLayer(Cited("""{ "title": "某解读文章", "url": "https://example.org/a" }""", "reported")),
            E("PACK_CITATION_JURISDICTION_MISSING", "$.parameters['pay.base_amount'].values[0]", "a value marked 'reported' needs a citation with a 'jurisdiction'; citation 'c' has none (a value without a source is a placeholder)")),
        new("CitationJurisdictionMissing/Official", () => LoadLayer(Cited("""{ "title": "某通知", "issuer": "苏州市民政局" }""", "official")),
            E("PACK_CITATION_JURISDICTION_MISSING", "$.parameters['pay.base_amount'].values[0]", "a value marked 'official' needs a citation with a 'jurisdiction'; citation 'c' has none (a value without a source is a placeholder)")),
        new("JurisdictionMismatch/AnotherCity", () => LoadLayer(Cited("""{ "title": "本溪市社区工作者薪酬待遇规定", "jurisdiction": "cn.ln.benxi" }""", "reported")),
            E("PACK_JURISDICTION_MISMATCH", "$.parameters['pay.base_amount'].values[0]", "a value marked 'reported' of layer 'test.what-if' cites a document of 'cn.ln.benxi', which is neither this layer's place nor an ancestor's (cn, cn.js, cn.js.suzhou, test.what-if); another place's figure is at most a placeholder here")),
        new("JurisdictionMismatch/LayerOwnPlace", () => LoadLayer(Cited("""{ "title": "测算方案", "jurisdiction": "test.what-if" }""", "official", "\"jurisdiction\": \"cn.js.suzhou.gusu\", ")),
            E("PACK_JURISDICTION_MISMATCH", "$.parameters['pay.base_amount'].values[0]", "a value marked 'official' of layer 'test.what-if' cites a document of 'test.what-if', which is neither this layer's place nor an ancestor's (cn, cn.js, cn.js.suzhou, cn.js.suzhou.gusu); another place's figure is at most a placeholder here")),
        new("OfficialUrlSecondary", () => LoadLayer(LayerOf("\"citations\": { \"m\": { \"title\": \"某通知\", \"url\": \"https://forum.example.org/t/1\", \"mirror\": \"https://mzj.suzhou.gov.cn/a.html\" } }")),
            E("PACK_OFFICIAL_URL_SECONDARY", "$.citations.m", "citation 'm' keeps an official address (https://mzj.suzhou.gov.cn/a.html) as its mirror: the official address is the 'url', a reprint the 'mirror'")),
        new("OfficialUrlSecondary/AndNoUrl", () => LoadLayer(LayerOf("\"citations\": { \"m\": { \"title\": \"某通知\", \"mirror\": \"https://GOV.CN/a.html\" } }")),
            E("PACK_OFFICIAL_URL_SECONDARY", "$.citations.m", "citation 'm' keeps an official address (https://GOV.CN/a.html) as its mirror: the official address is the 'url', a reprint the 'mirror'"),
            E("PACK_MIRROR_ONLY", "$.citations.m", "citation 'm' has a mirror but no 'url': give the best address held as 'url'")),
        new("MirrorOnly", () => LoadLayer(LayerOf("\"citations\": { \"m\": { \"title\": \"某通知\", \"mirror\": \"https://example.org/a.html\" } }")),
            E("PACK_MIRROR_ONLY", "$.citations.m", "citation 'm' has a mirror but no 'url': give the best address held as 'url'")),
        new("MirrorOnly/IdWithAHyphen", () => LoadLayer(LayerOf("\"citations\": { \"what-if\": { \"title\": \"某通知\", \"mirror\": \"https://example.org/a.html\" } }")),
            E("PACK_MIRROR_ONLY", "$.citations['what-if']", "citation 'what-if' has a mirror but no 'url': give the best address held as 'url'")),
        new("DuplicateLayer", () => LoadLayer(LayerOf("", id: "cn.js")),
            E("PACK_DUPLICATE_LAYER", "$.id", "a layer with id 'cn.js' is already loaded; give an override its own id and name the original as its parent")),
        new("ParentMissing", () => LoadLayer(LayerOf("", parent: "cn.js.nowhere")),
            E("PACK_PARENT_MISSING", "$.parent", "parent layer 'cn.js.nowhere' is not known")),
        new("ParentCycle", () => LoadLayer(LayerOf("", id: "loop.a", parent: "loop.b"), "a.json", Source(LayerOf("", id: "loop.b", parent: "loop.a"), "b.json")),
            E("PACK_PARENT_CYCLE", "$.parent", "the parent chain loops: loop.a > loop.b > loop.a", "a.json")),
        new("NotFound", () => RulePacks.TryLoad("cn.js.nowhere"),
            E("PACK_NOT_FOUND", "$", "no pack layer with id 'cn.js.nowhere'; known: cn, cn.js, cn.js.suzhou, example.benxi, example.hubei, example.pay-model, example.qinghai, example.shanxi, example.taiyuan, example.zhejiang", "cn.js.nowhere")),
        new("NotOneChain/TwoLeaves", () => RulePacks.TryLoadSelected(null, [Source(LayerOf("", id: "a"), "a.json"), Source(LayerOf("", id: "b"), "b.json")]),
            E("PACK_LAYERS_NOT_ONE_CHAIN", "$.parent", "the layer files must form one chain, each naming the next as its parent (a → cn.js.suzhou; b → cn.js.suzhou); more than one of them is a leaf (a, b)", "a.json, b.json")),
        new("NotOneChain/Loop", () => RulePacks.TryLoadSelected(null, [Source(LayerOf("", id: "a", parent: "b"), "a.json"), Source(LayerOf("", id: "b", parent: "a"), "b.json")]),
            E("PACK_LAYERS_NOT_ONE_CHAIN", "$.parent", "the layer files must form one chain, each naming the next as its parent (a → b; b → a); their parents loop", "a.json, b.json")),
        new("NotOneChain/Apart", () => RulePacks.TryLoadSelected(null, [Source(LayerOf("", id: "leaf"), "leaf.json"), Source(LayerOf("", id: "x", parent: "y"), "x.json"), Source(LayerOf("", id: "y", parent: "x"), "y.json")]),
            E("PACK_LAYERS_NOT_ONE_CHAIN", "$.parent", "the layer files must form one chain, each naming the next as its parent (leaf → cn.js.suzhou; x → y; y → x); not on the chain of leaf: x, y", "leaf.json, x.json, y.json")),
    ];

    public static TheoryData<string> Names() => [.. AllCases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_refusal_gives_its_code_file_path_and_whole_message_and_nothing_else(string name)
    {
        var c = AllCases.Single(c => c.Name == name);
        var loaded = c.Load();
        Assert.False(loaded.Success);
        Assert.Null(loaded.Pack);
        Assert.Equal(c.Expected, loaded.Errors);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_refusal_is_summed_up_in_Chinese_and_English_by_its_code(string name)
    {
        var summaries = Summaries.ToDictionary(s => s.Code, s => (s.ZhHans, s.En), StringComparer.Ordinal);
        foreach (var error in AllCases.Single(c => c.Name == name).Expected)
        {
            Assert.Equal(summaries[error.Code], (error.Summary.ZhHans, error.Summary.En));
        }
    }

    [Fact]
    public void Every_pack_error_code_has_a_case_that_causes_it()
    {
        var codes = PackErrorTexts.Codes.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(53, codes.Count);
        var covered = AllCases.SelectMany(c => c.Expected).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var missing = codes.Where(c => !covered.Contains(c) && !Unreachable.ContainsKey(c)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "codes without a case: " + string.Join(", ", missing));
        var wrongExceptions = Unreachable.Keys.Where(c => !codes.Contains(c) || covered.Contains(c)).ToArray();
        Assert.True(wrongExceptions.Length == 0, "exceptions that are not codes or do have a case: " + string.Join(", ", wrongExceptions));
        var foreign = covered.Where(c => !codes.Contains(c)).ToArray();
        Assert.True(foreign.Length == 0, "cases whose code has no summary: " + string.Join(", ", foreign));
        Assert.Equal(AllCases.Count(), AllCases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_code_has_its_summary_and_an_unlisted_code_a_general_one()
    {
        Assert.Equal(
            Summaries.Select(s => (s.Code, s.ZhHans, s.En)),
            PackErrorTexts.Codes.Order(StringComparer.Ordinal).Select(c => (c, PackErrorTexts.For(c).ZhHans, PackErrorTexts.For(c).En)));
        var other = new PackLoadError("PACK_SOMETHING_ELSE", "test.json", "$", "m").Summary;
        Assert.Equal(("规则包有误", "The pack is wrong here"), (other.ZhHans, other.En));
    }
}
