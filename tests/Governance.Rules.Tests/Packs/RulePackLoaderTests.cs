using Governance.Rules.Citations;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

public sealed class RulePackLoaderTests
{
    [Fact]
    public void Suzhou_pack_loads_with_national_and_Jiangsu_ancestors()
    {
        var pack = RulePacks.Suzhou;
        Assert.Equal(["cn", "cn.js", "cn.js.suzhou"], pack.Layers.Select(l => l.Id));
        Assert.Equal("cn.js.suzhou", pack.Id);
        Assert.Matches("^[0-9a-f]{64}$", pack.ContentHash);
        Assert.Same(pack, RulePacks.Load(RulePacks.SuzhouId));
    }

    [Fact]
    public void Suzhou_rate_comes_from_the_Suzhou_layer_with_its_citation_and_provenance()
    {
        var rate = RulePacks.Suzhou.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!.At(Date("2025-06-30"));
        Assert.True(rate.HasValue);
        Assert.Equal(18m, rate.Value);
        Assert.Equal("cn.js.suzhou", rate.Info!.Layer);
        Assert.Equal("chen-2022", rate.Info.Citation!.Id);
        Assert.Equal(Provenance.Reported, rate.Info.Provenance);
        Assert.Equal("人/万人", rate.Info.Unit);
    }

    [Fact]
    public void Before_a_childs_first_date_the_parents_value_applies()
    {
        // The Suzhou and Jiangsu entries start 2022-07-23; before that the national entry (from 2021-01-01) is in force.
        var rate = RulePacks.Suzhou.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!.At(Date("2022-07-22"));
        Assert.Equal("cn", rate.Info!.Layer);
        Assert.Equal("gbf-2021-56", rate.Info.Citation!.Id);
        Assert.False(RulePacks.Suzhou.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!.At(Date("2020-12-31")).HasValue);
    }

    [Fact]
    public void A_reform_layer_overrides_from_its_own_date_and_keeps_earlier_values()
    {
        var pack = LoadLayer(ReformLayer(rate: "20", from: "2026-01-01")).GetPackOrThrow();
        var t = pack.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!;
        Assert.Equal(18m, t.At(Date("2025-12-31")).Value);
        Assert.Equal(20m, t.At(Date("2026-01-01")).Value);
        Assert.Equal("reform.test", t.At(Date("2026-01-01")).Info!.Layer);
        Assert.NotEqual(RulePacks.Suzhou.ContentHash, pack.ContentHash);
    }

    [Fact]
    public void A_null_value_ends_the_parameter()
    {
        var json = ReformLayer().Replace("\"value\": 20, \"provenance\": \"placeholder\", \"citation\": \"what-if\"", "\"value\": null");
        var pack = LoadLayer(json).GetPackOrThrow();
        var t = pack.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!;
        Assert.True(t.At(Date("2025-12-31")).HasValue);
        Assert.False(t.At(Date("2026-01-01")).HasValue);
        Assert.NotNull(t.At(Date("2026-01-01")).Info);
    }

    [Fact]
    public void The_content_hash_ignores_field_order_and_white_space_but_not_values()
    {
        var a = LoadLayer(ReformLayer()).GetPackOrThrow();
        var reordered = ReformLayer().Replace("\"version\": \"1.0.0\",", string.Empty).Replace("\"id\": \"reform.test\",", "\"id\": \"reform.test\",\n\n   \"version\":   \"1.0.0\",");
        var b = LoadLayer(reordered).GetPackOrThrow();
        var c = LoadLayer(ReformLayer(rate: "21")).GetPackOrThrow();
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }

    public static TheoryData<string, string, string, string> BrokenLayers() => new()
    {
        { "unknown field", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"colour\": 1,", "PACK_UNKNOWN_FIELD" },
        { "unknown parameter", "staffing.workers_per_10k_urban_residents", "staffing.workers_per_10k", "PACK_UNKNOWN_PARAMETER" },
        { "bad date", "\"from\": \"2026-01-01\"", "\"from\": \"2026-02-30\"", "PACK_INVALID_DATE" },
        { "no citation", ", \"citation\": \"what-if\"", string.Empty, "PACK_MISSING_CITATION" },
        { "no provenance", "\"provenance\": \"placeholder\", ", string.Empty, "PACK_MISSING_PROVENANCE" },
        { "bad provenance", "\"provenance\": \"placeholder\"", "\"provenance\": \"rumour\"", "PACK_INVALID_PROVENANCE" },
        { "unknown citation", "\"citation\": \"what-if\" }", "\"citation\": \"nowhere\" }", "PACK_CITATION_UNKNOWN" },
        { "unit mismatch", "\"unit\": \"人/万人\"", "\"unit\": \"人/千人\"", "PACK_UNIT_MISMATCH" },
        { "missing parent", "\"parent\": \"cn.js.suzhou\"", "\"parent\": \"cn.js.nowhere\"", "PACK_PARENT_MISSING" },
        { "wrong value type", "\"value\": 20", "\"value\": \"twenty\"", "PACK_INVALID_VALUE" },
        { "negative rate", "\"value\": 20", "\"value\": -1", "PACK_INVALID_VALUE" },
        { "duplicate field", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"version\": \"1.0.1\",", "PACK_DUPLICATE_FIELD" },
        { "bad version", "\"version\": \"1.0.0\"", "\"version\": \"one\"", "PACK_INVALID_VERSION" },
        { "not JSON", "\"parameters\": {", "\"parameters\": {,", "PACK_INVALID_JSON" },
        { "id of an embedded layer", "\"id\": \"reform.test\"", "\"id\": \"cn.js\"", "PACK_DUPLICATE_LAYER" },
    };

    [Theory]
    [MemberData(nameof(BrokenLayers))]
    public void A_broken_layer_fails_with_a_coded_error_naming_the_file(string what, string find, string replace, string code)
    {
        var json = ReformLayer();
        Assert.Contains(find, json);
        var result = LoadLayer(json.Replace(find, replace), "broken.json");
        Assert.False(result.Success, what);
        Assert.Null(result.Pack);
        Assert.Contains(result.Errors, e => e.Code == code && e.Source == "broken.json");
        Assert.Throws<RulePackLoadException>(() => result.GetPackOrThrow());
    }

    [Fact]
    public void The_exception_of_a_pack_that_did_not_load_lists_every_error_one_to_a_line()
    {
        var errors = new[]
        {
            new PackLoadError("PACK_UNKNOWN_FIELD", "a.json", "$.x", "unknown field 'x'"),
            new PackLoadError("PACK_FIELD_MISSING", "b.json", "$", "the header needs 'id'"),
        };
        var e = new RulePackLoadException(errors);
        Assert.Same(errors, e.Errors);
        Assert.Equal(
            "The rule pack could not be loaded:" + Environment.NewLine + "  a.json: $.x: PACK_UNKNOWN_FIELD: unknown field 'x'"
            + Environment.NewLine + "  b.json: $: PACK_FIELD_MISSING: the header needs 'id'",
            e.Message);
        Assert.Equal("The rule pack could not be loaded.", new RulePackLoadException().Message);
        Assert.Empty(new RulePackLoadException().Errors);
    }

    [Fact]
    public void Unordered_dates_are_reported_with_their_json_path()
    {
        var json = ReformLayer().Replace(
            "[ { \"from\": \"2026-01-01\", \"value\": 20, \"provenance\": \"placeholder\", \"citation\": \"what-if\" } ]",
            "[ { \"from\": \"2026-01-01\", \"value\": 20, \"provenance\": \"placeholder\", \"citation\": \"what-if\" }, { \"from\": \"2025-01-01\", \"value\": 19, \"provenance\": \"placeholder\", \"citation\": \"what-if\" } ]");
        var error = Assert.Single(LoadLayer(json).Errors);
        Assert.Equal("PACK_DATES_UNORDERED", error.Code);
        Assert.Equal("$.parameters['staffing.workers_per_10k_urban_residents'].values[1].from", error.Path);
    }

    [Fact]
    public void A_parent_cycle_among_caller_layers_is_reported()
    {
        var a = ReformLayer(id: "loop.a", parent: "loop.b");
        var b = ReformLayer(id: "loop.b", parent: "loop.a");
        var result = LoadLayer(a, "a.json", RulePackSource.FromJson(b, "b.json"));
        Assert.Contains(result.Errors, e => e.Code == "PACK_PARENT_CYCLE");
    }

    [Fact]
    public void Json_nested_deeper_than_the_limit_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("[", RulePackLimits.MaxDepth + 5)) + string.Concat(Enumerable.Repeat("]", RulePackLimits.MaxDepth + 5));
        var json = ReformLayer().Replace("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"deep\": " + deep + ",");
        Assert.Contains(LoadLayer(json).Errors, e => e.Code == "PACK_INVALID_JSON");
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_refused()
    {
        using var stream = new MemoryStream(new byte[RulePackLimits.MaxDocumentBytes + 10]);
        var result = RulePacks.TryLoad(RulePackSource.FromStream(stream, "huge.json"));
        Assert.Equal("PACK_TOO_LARGE", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_missing_file_is_a_load_error_not_an_exception()
    {
        var result = RulePacks.TryLoad(RulePackSource.FromFile("/no/such/dir/pack.json"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("PACK_UNREADABLE", error.Code);
        Assert.Equal("/no/such/dir/pack.json", error.Source);
    }

    [Fact]
    public void An_unknown_pack_id_lists_the_known_ones()
    {
        var result = RulePacks.TryLoad("cn.js.nowhere");
        var error = Assert.Single(result.Errors);
        Assert.Equal("PACK_NOT_FOUND", error.Code);
        Assert.Contains("cn.js.suzhou", error.Message);
    }

    [Fact]
    public void A_caller_layer_can_be_read_from_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govrules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "\uFEFF" + ReformLayer());
        try
        {
            var pack = RulePacks.TryLoad(RulePackSource.FromFile(path)).GetPackOrThrow();
            Assert.Equal("reform.test", pack.Id);
            Assert.Equal(path, pack.Layers[^1].Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_embedded_layer_loads_and_every_value_has_a_citation()
    {
        foreach (var id in RulePacks.EmbeddedIds)
        {
            var pack = RulePacks.Load(id);
            foreach (var entry in pack.Parameters.Values.SelectMany(p => p.Entries).Where(e => e.HasValue))
            {
                Assert.NotNull(entry.Citation);
            }
        }
    }

    [Fact]
    public void In_force_lists_each_parameter_once_with_its_entry()
    {
        var inForce = RulePacks.Suzhou.InForce(Date("2025-01-01"));
        Assert.Contains(inForce, e => e.Key == "staffing.workers_per_10k_urban_residents" && e.Layer == "cn.js.suzhou");
        Assert.Equal(inForce.Count, inForce.Select(e => e.Key).Distinct().Count());
    }
}
