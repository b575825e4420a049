using System.Text;
using Governance.Rules.Packs;
using static Governance.Rules.Tests.Catalogues.CatalogueTestLayers;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>The cases of parameters, dates, values, catalogues, age bands and the embedded-folder reader.</summary>
public sealed partial class PackErrorCatalogueTests
{
    private const string Category = """ "name": { "zh-Hans": "甲类", "en": "Class A" }, "provenance": "placeholder" """;

    private const string FolderHeader = """{ "id": "test.folder", "version": "1.0.0", "name": { "zh-Hans": "文件夹层", "en": "Folder layer" }, "citations": { "t": { "title": "测算方案" } } }""";

    private const string FolderBaseAmount = """
        { "parameters": { "pay.base_amount": { "name": { "zh-Hans": "报酬基数", "en": "Base" }, "unit": "元/月", "values": [ { "from": "2026-01-01", "value": 9000, "provenance": "placeholder", "citation": "t" } ] } } }
        """;

    /// <summary>The what-if layer (test.json over Suzhou) with one parameter of the given entries.</summary>
    private static RulePackLoadResult Parameter(string key, string unit, params string[] entries) =>
        LoadLayer(WhatIfLayer($$""" "{{key}}": { "unit": "{{unit}}", "values": [ {{string.Join(", ", entries)}} ] } """));

    /// <summary>The what-if layer with a pay base amount of the given entries.</summary>
    private static RulePackLoadResult BaseAmount(params string[] entries) => Parameter("pay.base_amount", "元/月", entries);

    /// <summary>A placeholder entry citing what-if, with <paramref name="more"/> members after it.</summary>
    private static string Entry(string value = "9000", string from = "2026-01-01", string more = "") =>
        $$"""{ "from": "{{from}}", "value": {{value}}, "provenance": "placeholder", "citation": "what-if"{{more}} }""";

    private static RulePackLoadResult Band(string band, string value) => Parameter("elderly.age_allowance." + band, "元", Entry(value));

    private static RulePackLoadResult Catalogue(string items, string extra = "") => LoadLayer(Layer(items, extra: extra));

    private static string Categories(string codes1, string code2, string codes2) =>
        $$""" "categories": [ { "code": "c1", {{Category}}, "items": [ {{codes1}} ] }, { "code": "{{code2}}", {{Category}}, "items": [ {{codes2}} ] } ], """;

    /// <summary>
    /// A layer of several documents read as the library reads an embedded folder (RulePacks.ReadEmbedded): the only way
    /// a layer holds two documents, since a caller's layer is one document.
    /// </summary>
    private static RulePackLoadResult Folder(params (string Name, string Json)[] documents)
    {
        var errors = new List<PackLoadError>();
        var layer = RulePackLoader.ReadLayer([.. documents.Select(d => (InFolder(d.Name), Encoding.UTF8.GetBytes(d.Json)))], folder: true, errors);
        var layers = layer?.Id is { } id ? new Dictionary<string, RawLayer>(StringComparer.Ordinal) { [id] = layer } : [];
        return RulePackLoader.Resolve(layer?.Id ?? "test.folder", layers, errors);
    }

    private static string InFolder(string document) => "RulePacks/test.folder/" + document;

    private static readonly Case[] ContentCases =
    [
        new("UnknownParameter", () => Parameter("pay.base", "元/月", Entry()),
            E("PACK_UNKNOWN_PARAMETER", "$.parameters['pay.base']", "the library defines no parameter 'pay.base'")),
        new("ExpectedObject/Parameter", () => LoadLayer(WhatIfLayer(""" "pay.base_amount": 9000 """)),
            E("PACK_EXPECTED_OBJECT", "$.parameters['pay.base_amount']", "expected a JSON object")),
        new("ExpectedArray/Values", () => LoadLayer(WhatIfLayer(""" "pay.base_amount": { "unit": "元/月", "values": { } } """)),
            E("PACK_FIELD_MISSING", "$.parameters['pay.base_amount']", "a parameter needs at least one entry in 'values'"),
            E("PACK_EXPECTED_ARRAY", "$.parameters['pay.base_amount'].values", "'values' must be an array")),
        new("FieldMissing/Unit", () => LoadLayer(WhatIfLayer($$""" "pay.base_amount": { "values": [ {{Entry()}} ] } """)),
            E("PACK_FIELD_MISSING", "$.parameters['pay.base_amount']", "a parameter needs 'unit'")),
        new("FieldMissing/Values", () => LoadLayer(WhatIfLayer(""" "pay.base_amount": { "unit": "元/月" } """)),
            E("PACK_FIELD_MISSING", "$.parameters['pay.base_amount']", "a parameter needs at least one entry in 'values'")),
        new("FieldMissing/From", () => BaseAmount("""{ "value": 9000, "provenance": "placeholder", "citation": "what-if" }"""),
            E("PACK_FIELD_MISSING", "$.parameters['pay.base_amount']", "a parameter needs at least one entry in 'values'"),
            E("PACK_FIELD_MISSING", "$.parameters['pay.base_amount'].values[0]", "an entry needs 'from' (yyyy-MM-dd)")),
        new("FieldMissing/Value", () => BaseAmount("""{ "from": "2026-01-01", "provenance": "placeholder", "citation": "what-if" }"""),
            E("PACK_FIELD_MISSING", "$.parameters['pay.base_amount']", "a parameter needs at least one entry in 'values'"),
            E("PACK_FIELD_MISSING", "$.parameters['pay.base_amount'].values[0]", "an entry needs 'value' (null ends the parameter)")),
        new("FieldMissing/ParameterName", () => LoadLayer(WhatIfLayer($$""" "pay.base_amount": { "unit": "元/月", "values": [ {{Entry()}} ] } """).Replace("cn.js.suzhou", "cn", StringComparison.Ordinal)),
            E("PACK_FIELD_MISSING", "$.parameters['pay.base_amount']", "the first layer that defines a parameter must give its 'name'")),
        new("UnknownField/Parameter", () => LoadLayer(WhatIfLayer($$""" "pay.base_amount": { "unit": "元/月", "colour": 1, "values": [ {{Entry()}} ] } """)),
            E("PACK_UNKNOWN_FIELD", "$.parameters['pay.base_amount'].colour", "unknown field 'colour'")),
        new("UnknownField/Entry", () => BaseAmount(Entry(more: ", \"colour\": 1")),
            E("PACK_UNKNOWN_FIELD", "$.parameters['pay.base_amount'].values[0].colour", "unknown field 'colour'")),
        new("InvalidDate/Confirmed", () => BaseAmount(Entry(more: ", \"confirmed\": \"2026-02-30\"")),
            E("PACK_INVALID_DATE", "$.parameters['pay.base_amount'].values[0].confirmed", "'2026-02-30' is not a date in the form yyyy-MM-dd")),
        new("InvalidDate/Published", () => LoadLayer(WhatIfLayer("").Replace("\"2026\"", "\"2026-1\"", StringComparison.Ordinal)),
            E("PACK_INVALID_DATE", "$.citations['what-if'].published", "a publication date is yyyy, yyyy-MM or yyyy-MM-dd")),
        new("DateOutOfRange/DayBeforeTheWindow", () => BaseAmount(Entry(more: ", \"confirmed\": \"1899-12-31\"")),
            E("PACK_DATE_OUT_OF_RANGE", "$.parameters['pay.base_amount'].values[0].confirmed", "the date 1899-12-31 is outside 1900-01-01 to 2200-12-31, the dates a pack may use")),
        new("DateOutOfRange/DayAfterTheWindow", () => BaseAmount(Entry(), Entry(from: "2201-01-01")),
            E("PACK_DATE_OUT_OF_RANGE", "$.parameters['pay.base_amount'].values[1].from", "the date 2201-01-01 is outside 1900-01-01 to 2200-12-31, the dates a pack may use")),
        new("DateOutOfRange/PublishedBefore", () => LoadLayer(WhatIfLayer("").Replace("\"2026\"", "\"1899\"", StringComparison.Ordinal)),
            E("PACK_DATE_OUT_OF_RANGE", "$.citations['what-if'].published", "the year 1899 is outside 1900 to 2200, the years a pack may use")),
        new("DateOutOfRange/PublishedAfter", () => LoadLayer(WhatIfLayer("").Replace("\"2026\"", "\"2201-05\"", StringComparison.Ordinal)),
            E("PACK_DATE_OUT_OF_RANGE", "$.citations['what-if'].published", "the year 2201 is outside 1900 to 2200, the years a pack may use")),
        new("DatesUnordered", () => BaseAmount(Entry(), Entry("9100")),
            E("PACK_DATES_UNORDERED", "$.parameters['pay.base_amount'].values[1].from", "entries must be in strictly increasing date order (no two entries on one date)")),
        new("InvalidProvenance", () => BaseAmount("""{ "from": "2026-01-01", "value": 9000, "provenance": "rumour", "citation": "what-if" }"""),
            E("PACK_INVALID_PROVENANCE", "$.parameters['pay.base_amount'].values[0].provenance", "provenance is one of: official, reported, placeholder")),
        new("MissingProvenance", () => BaseAmount("""{ "from": "2026-01-01", "value": 9000, "citation": "what-if" }"""),
            E("PACK_MISSING_PROVENANCE", "$.parameters['pay.base_amount'].values[0]", "a value needs 'provenance': official, reported or placeholder")),
        new("MissingCitation", () => BaseAmount("""{ "from": "2026-01-01", "value": 9000, "provenance": "placeholder" }"""),
            E("PACK_MISSING_CITATION", "$.parameters['pay.base_amount'].values[0]", "a value needs 'citation' naming a declared citation")),
        new("CitationUnknown/Value", () => BaseAmount("""{ "from": "2026-01-01", "value": 9000, "provenance": "placeholder", "citation": "nowhere" }"""),
            E("PACK_CITATION_UNKNOWN", "$.parameters['pay.base_amount'].values[0].citation", "citation 'nowhere' is not declared in this layer or its ancestors")),
        new("UnitMismatch", () => Parameter("pay.base_amount", "元/年", Entry()),
            E("PACK_UNIT_MISMATCH", "$.parameters['pay.base_amount'].unit", "unit '元/年' differs from '元/月' in parent layer 'cn.js.suzhou'")),
        new("InvalidValue/NotANumber", () => BaseAmount(Entry("\"nine thousand\"")),
            E("PACK_INVALID_VALUE", "$.parameters['pay.base_amount'].values[0].value", "expected a decimal number")),
        new("InvalidValue/BelowTheMinimum", () => Parameter("staffing.workers_per_10k_urban_residents", "人/万人", Entry("-1")),
            E("PACK_INVALID_VALUE", "$.parameters['staffing.workers_per_10k_urban_residents'].values[0].value", "must be at least 0")),
        new("InvalidValue/AboveTheRange", () => Parameter("staffing.workers_per_10k_urban_residents", "人/万人", Entry("10001")),
            E("PACK_INVALID_VALUE", "$.parameters['staffing.workers_per_10k_urban_residents'].values[0].value", "the number 10001 is outside this parameter's range 0 to 10000")),
        new("InvalidValue/NotAChoice", () => Parameter("staffing.rounding", "rule", Entry("\"up\"")),
            E("PACK_INVALID_VALUE", "$.parameters['staffing.rounding'].values[0].value", "expected one of: ceiling, floor, half-up")),
        new("AgeBandsOverlap/NoMaxAge", () => Band("90_99", """{ "minAge": 90, "amount": 600, "period": "year" }"""),
            E("PACK_AGE_BANDS_OVERLAP", "$.parameters['elderly.age_allowance.90_99'].values[0].value", "the band has no 'maxAge', so from 2026-01-01 it overlaps 'elderly.age_allowance.100_plus', which starts at 100: give 'maxAge' 99")),
        new("AgeBandsOverlap/ReachesTheNext", () => Band("90_99", """{ "minAge": 88, "maxAge": 99, "amount": 600, "period": "year" }"""),
            E("PACK_AGE_BANDS_OVERLAP", "$.parameters['elderly.age_allowance.90_99'].values[0].value.minAge", "from 2026-01-01 this band starts at 88, but 'elderly.age_allowance.80_89' runs to 89: ages 88–89 would be in both bands")),
        new("AgeBandsGap", () => Band("100_plus", """{ "minAge": 101, "amount": 200, "period": "month" }"""),
            E("PACK_AGE_BANDS_GAP", "$.parameters['elderly.age_allowance.100_plus'].values[0].value.minAge", "from 2026-01-01 this band starts at 101, but 'elderly.age_allowance.90_99' ends at 99: ages 100–100 would have no band")),
        new("CatalogueUnknown", () => LoadLayer(Layer("").Replace("\"certification\"", "\"recipes\"", StringComparison.Ordinal)),
            E("PACK_CATALOGUE_UNKNOWN", "$.catalogues.recipes", "the library defines no catalogue 'recipes'; known: admission, certification, elderly-care")),
        new("CatalogueKindUnknown", () => Catalogue("", """ "lists": { "odd": { "name": { "zh-Hans": "怪", "en": "Odd" }, "kind": "maybe" } }, """),
            E("PACK_CATALOGUE_KIND_UNKNOWN", "$.catalogues.certification.lists.odd.kind", "unknown list kind 'maybe'; this catalogue allows: may-refuse, must-issue, needs-deliberation, should-not-issue")),
        new("CatalogueKindMismatch", () => Catalogue("", """ "lists": { "not-issued": { "name": { "zh-Hans": "保留", "en": "Kept" }, "kind": "must-issue" } }, """),
            E("PACK_CATALOGUE_KIND_MISMATCH", "$.catalogues.certification.lists['not-issued']", "list 'not-issued' is of kind 'should-not-issue' in layer 'cn'; a layer may rename a list but not change its kind")),
        new("CatalogueListUnknown", () => Catalogue(Item("x-cert", "甲乙证明", list: "odd")),
            E("PACK_CATALOGUE_LIST_UNKNOWN", "$.catalogues.certification.items[0]", "list 'odd' is not declared in catalogue 'certification'; known: not-issued, retained, deliberation")),
        new("CatalogueDates", () => Catalogue(Item("x-cert", "甲乙证明", until: "2026-01-01")),
            E("PACK_CATALOGUE_DATES", "$.catalogues.certification.items[0].until", "'until' (exclusive) must be after 'from'")),
        new("CatalogueDetailUnknown", () => Catalogue(Item("x-cert", "甲乙证明").Replace("\"provenance\"", "\"details\": { \"colour\": { \"zh-Hans\": \"红\", \"en\": \"Red\", \"provenance\": \"placeholder\" } }, \"provenance\"", StringComparison.Ordinal)),
            E("PACK_CATALOGUE_DETAIL_UNKNOWN", "$.catalogues.certification.items[0].details.colour", "unknown detail 'colour'; this catalogue allows: basis, evidence, redirect")),
        new("CatalogueOverlap", () => Catalogue(Item("x-cert", "甲乙证明") + ", " + Item("x-cert", "甲乙证明", from: "2026-02-01")),
            E("PACK_CATALOGUE_OVERLAP", "$.catalogues.certification.items[1]", "versions of item 'x-cert' overlap from 2026-02-01; end the earlier one with 'until'")),
        new("CatalogueTwoLists", () => Catalogue(Item("x-cert", "甲乙证明") + ", " + Item("x-cert", "甲乙证明", list: "retained", from: "2026-02-01")),
            E("PACK_CATALOGUE_TWO_LISTS", "$.catalogues.certification.items[1]", "item 'x-cert' would be on lists 'not-issued' and 'retained' on the same date (2026-02-01)")),
        new("CatalogueRetireFields", () => Catalogue("""{ "code": "kinship", "retire": "2026-01-01", "list": "not-issued", "citation": "t", "provenance": "placeholder" }"""),
            E("PACK_CATALOGUE_RETIRE_FIELDS", "$.catalogues.certification.items[0]", "a retiring entry holds only 'code', 'retire', 'citation', 'article', 'provenance' and 'note'")),
        new("CatalogueRetireUnknown", () => Catalogue("""{ "code": "ghost-cert", "retire": "2026-01-01", "citation": "t", "provenance": "placeholder" }"""),
            E("PACK_CATALOGUE_RETIRE_UNKNOWN", "$.catalogues.certification.items[0]", "item 'ghost-cert' is retired but no layer defines it")),
        new("CatalogueCategoryEmpty", () => Catalogue("", $$""" "categories": [ { "code": "c1", {{Category}}, "items": [ ] } ], """),
            E("PACK_CATALOGUE_CATEGORY_EMPTY", "$.catalogues.certification.categories[0].items", "category 'c1' has no items: list the codes of its items in 'items', or remove the category")),
        new("CatalogueCategoryItemUnknown", () => Catalogue("", $$""" "categories": [ { "code": "c1", {{Category}}, "items": [ "ghost" ] } ], """),
            E("PACK_CATALOGUE_CATEGORY_ITEM_UNKNOWN", "$.catalogues.certification.categories[0]", "category 'c1' names item 'ghost', which catalogue 'certification' does not hold")),
        new("CatalogueCategoryDuplicate/Category", () => Catalogue("", Categories("\"kinship\"", "c1", "\"identity-info\"")),
            E("PACK_CATALOGUE_CATEGORY_DUPLICATE", "$.catalogues.certification.categories[1]", "category 'c1' is declared twice")),
        new("CatalogueCategoryDuplicate/Item", () => Catalogue("", Categories("\"kinship\"", "c2", "\"kinship\"")),
            E("PACK_CATALOGUE_CATEGORY_DUPLICATE", "$.catalogues.certification.categories[1]", "item 'kinship' is in categories 'c1' and 'c2'")),
        new("CatalogueAliasTooShort", () => Catalogue(Item("x-cert", "甲")),
            E("PACK_CATALOGUE_ALIAS_TOO_SHORT", "$.catalogues.certification.items[0]", "item 'x-cert' has a name or alias shorter than two characters once normalised, which cannot be matched with confidence")),
        new("CatalogueAliasShared", () => Catalogue(Item("x-cert", "亲属关系证明")),
            E("PACK_CATALOGUE_ALIAS_SHARED", "$.catalogues.certification.items[0]", "'亲属关系证明' names both 'certification/kinship' and 'certification/x-cert' on a common date")),
        new("CitationUnknown/CatalogueItem", () => Catalogue(Item("x-cert", "甲乙证明", citation: "nowhere")),
            E("PACK_CITATION_UNKNOWN", "$.catalogues.certification.items[0].citation", "citation 'nowhere' is not declared in this layer or its ancestors")),
        new("Folder/HeaderMissing", () => Folder(("a.json", """{ "citations": { } }""")),
            E("PACK_HEADER_MISSING", "$", "the layer has no header document with id and version", InFolder("a.json"))),
        new("Folder/HeaderMissingWithoutDocuments", () => Folder(),
            E("PACK_HEADER_MISSING", "$", "the layer has no header document with id and version", "(none)")),
        new("Folder/DuplicateCitation", () => Folder(("pack.json", FolderHeader), ("a.json", """{ "citations": { "x": { "title": "甲" } } }"""), ("b.json", """{ "citations": { "x": { "title": "乙" } } }""")),
            E("PACK_DUPLICATE_CITATION", "$.citations.x", "citation 'x' is declared twice in this layer", InFolder("b.json"))),
        new("Folder/DuplicateParameter", () => Folder(("pack.json", FolderHeader), ("a.json", FolderBaseAmount), ("b.json", FolderBaseAmount)),
            E("PACK_DUPLICATE_PARAMETER", "$.parameters['pay.base_amount']", "parameter 'pay.base_amount' is defined twice in this layer", InFolder("b.json"))),
        new("Folder/HeaderFieldOutsidePackJson", () => Folder(("pack.json", FolderHeader), ("a.json", """{ "version": "1.0.1" }""")),
            E("PACK_UNKNOWN_FIELD", "$.version", "'version' belongs in the layer's pack.json", InFolder("a.json"))),
    ];
}
