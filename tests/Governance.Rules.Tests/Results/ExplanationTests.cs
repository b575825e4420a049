using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Results;

/// <summary>What an explanation prints, and which warnings a result owes for the parameters it used.</summary>
public sealed class ExplanationTests
{
    private static readonly Citation Source = new() { Id = "s", Title = "苏州市社区工作者管理办法", Issuer = "苏州市民政局", Jurisdiction = "cn.js.suzhou", Layer = "cn.js.suzhou" };

    private static ParameterValueInfo Info(Provenance provenance, string from = "2024-01-01", string? confirmed = null, string key = "staffing.rate", string value = "18") => new(
        key, new LocalizedText("配备标准", "Staffing rate"), "人/万人", Date(from), null, "cn.js.suzhou", true, value, Source, provenance, null,
        confirmed is null ? null : Date(confirmed));

    private static ExplanationStep Step(string id, params ParameterUse[] uses) =>
        new(id, new LocalizedText("按标准配备。", "Staffed by the rate."), uses, []);

    private static ParameterUse Use(Provenance provenance, string value = "18", Citation? citation = null) =>
        new("staffing.rate", new LocalizedText("配备标准", "Staffing rate"), value, "人/万人", Date("2024-01-01"), "cn.js.suzhou", citation, provenance);

    [Fact]
    public void Steps_are_numbered_from_one_with_each_parameter_its_value_date_layer_provenance_and_source()
    {
        var e = new Explanation([Step("a.first", Use(Provenance.Official, citation: Source)), Step("a.second", Use(Provenance.Reported), Use(Provenance.Placeholder))]);
        Assert.Equal(
            "1. [a.first] 按标准配备。\n   - 配备标准 = 18 人/万人 (自 2024-01-01, cn.js.suzhou, 正式文本) — 苏州市民政局 · 苏州市社区工作者管理办法\n"
            + "2. [a.second] 按标准配备。\n   - 配备标准 = 18 人/万人 (自 2024-01-01, cn.js.suzhou, 报道/转载)\n   - 配备标准 = 18 人/万人 (自 2024-01-01, cn.js.suzhou, 占位值)\n",
            e.Render().ReplaceLineEndings("\n"));
        Assert.Equal(
            "1. [a.first] Staffed by the rate.\n   - Staffing rate = 18 人/万人 (from 2024-01-01, cn.js.suzhou, official) — 苏州市民政局 · 苏州市社区工作者管理办法\n"
            + "2. [a.second] Staffed by the rate.\n   - Staffing rate = 18 人/万人 (from 2024-01-01, cn.js.suzhou, reported)\n   - Staffing rate = 18 人/万人 (from 2024-01-01, cn.js.suzhou, placeholder)\n",
            e.Render(Language.En).ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, Explanation.None.Render());
    }

    [Theory]
    [InlineData(159, false)]
    [InlineData(160, false)]
    [InlineData(161, true)]
    public void Values_longer_than_the_limit_are_cut_with_an_ellipsis_and_the_step_keeps_them_whole(int length, bool cut)
    {
        var value = new string('9', length);
        var e = new Explanation([Step("a", Use(Provenance.Official, value))]);
        var shown = e.Render().Split(" = ")[1].Split(' ')[0];
        Assert.Equal(cut ? new string('9', Explanation.MaxRenderedValueLength - 1) + "…" : value, shown);
        Assert.Equal(Math.Min(length, Explanation.MaxRenderedValueLength), shown.Length);
        Assert.Equal(value, e.Steps[0].Parameters[0].Value);
    }

    [Fact]
    public void A_placeholder_is_warned_once_per_entry_in_both_languages_and_an_official_value_not_at_all()
    {
        var x = new ExplanationBuilder(explain: false);
        x.Note(Info(Provenance.Official));
        x.Note(Info(Provenance.Reported));
        Assert.Empty(x.Warnings);
        x.Note(Info(Provenance.Placeholder));
        x.Use(Info(Provenance.Placeholder));
        x.Note(Info(Provenance.Placeholder, from: "2025-01-01"));
        var w = x.Warnings;
        Assert.Equal(2, w.Count);
        Assert.All(w, v => Assert.Equal((RuleWarning.PlaceholderUsed, "staffing.rate"), (v.Code, v.ParameterKey)));
        Assert.Contains("2024年1月1日起", w[0].Message.ZhHans);
        Assert.Contains("占位值", w[0].Message.ZhHans);
        Assert.Contains("from 2024-01-01", w[0].Message.En);
        Assert.Contains("2025年1月1日起", w[1].Message.ZhHans);
    }

    [Theory]
    [InlineData("2020-12-31", true)] // confirmed the day before the stale-after date
    [InlineData("2021-01-01", false)] // confirmed on it
    [InlineData("2021-01-02", false)]
    public void A_value_confirmed_before_the_stale_after_date_is_warned_once(string confirmed, bool stale)
    {
        var x = new ExplanationBuilder(explain: false, staleBefore: Date("2021-01-01"));
        x.Note(Info(Provenance.Official, confirmed: confirmed));
        x.Note(Info(Provenance.Official, confirmed: confirmed));
        Assert.Equal(stale ? 1 : 0, x.Warnings.Count(w => w.Code == RuleWarning.StaleValue));
        if (stale)
        {
            var w = x.Warnings.Single();
            Assert.Equal("staffing.rate", w.ParameterKey);
            Assert.Contains("最近一次核实于2020年12月31日", w.Message.ZhHans);
            Assert.Contains("last confirmed in 2020 (2020-12-31)", w.Message.En);
        }
    }

    [Fact]
    public void Without_a_stale_after_date_or_a_confirmation_date_nothing_is_stale()
    {
        var x = new ExplanationBuilder(explain: false);
        x.Note(Info(Provenance.Official, confirmed: "1990-01-01"));
        var y = new ExplanationBuilder(explain: false, staleBefore: Date("2021-01-01"));
        y.Note(Info(Provenance.Official));
        Assert.Empty(x.Warnings);
        Assert.Empty(y.Warnings);
    }

    [Fact]
    public void Steps_are_kept_only_when_explaining_but_their_parameters_are_always_warned_about()
    {
        var calls = 0;
        LocalizedText Message()
        {
            calls++;
            return new LocalizedText("步骤", "step");
        }

        var quiet = new ExplanationBuilder(explain: false);
        quiet.Step("a", Message, [Info(Provenance.Placeholder), null], ExplanationBuilder.Value("n", 3));
        Assert.False(quiet.Explaining);
        Assert.Same(Explanation.None, quiet.Build());
        Assert.Equal(0, calls);
        Assert.Single(quiet.Warnings);

        var loud = new ExplanationBuilder(explain: true);
        loud.Step("a", Message, [Info(Provenance.Official), null], ExplanationBuilder.Value("n", 3m), ExplanationBuilder.Value("s", "x"));
        loud.Step("b", Message);
        Assert.True(loud.Explaining);
        var steps = loud.Build().Steps;
        Assert.Equal(["a", "b"], steps.Select(s => s.RuleId));
        Assert.Equal(["staffing.rate"], steps[0].Parameters.Select(p => p.Key));
        Assert.Equal([new NamedValue("n", "3"), new NamedValue("s", "x")], steps[0].Values);
        Assert.Empty(steps[1].Parameters);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Using_a_placeholder_in_a_step_warns_about_it_as_noting_it_does()
    {
        var x = new ExplanationBuilder(explain: true);
        var use = x.Use(Info(Provenance.Placeholder, value: "20"));
        Assert.Equal(("staffing.rate", "20", Provenance.Placeholder, Date("2024-01-01")), (use.Key, use.Value, use.Provenance, use.EffectiveFrom));
        Assert.Equal(("人/万人", "cn.js.suzhou"), (use.Unit, use.Layer));
        Assert.Same(Source, use.Citation);
        Assert.Equal(RuleWarning.PlaceholderUsed, Assert.Single(x.Warnings).Code);
    }

    [Fact]
    public void A_warning_added_twice_is_listed_once()
    {
        var x = new ExplanationBuilder(explain: false);
        var w = new RuleWarning("CATALOGUE_INCOMPLETE", new LocalizedText("清单不全", "The list is incomplete"), "k");
        x.Warn(w);
        x.Warn(w with { });
        x.Warn(w with { ParameterKey = "other" });
        Assert.Equal(2, x.Warnings.Count);
    }

    [Fact]
    public void Dates_are_written_as_an_official_writes_them_and_as_iso()
    {
        Assert.Equal("2025年10月1日", ExplanationBuilder.DateZh(Date("2025-10-01")));
        Assert.Equal("2025-10-01", ExplanationBuilder.Date(Date("2025-10-01")));
        Assert.Equal("-12", ExplanationBuilder.Value("n", -12L).Value);
    }
}
