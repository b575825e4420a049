using Governance.Rules.Catalogues;
using Governance.Rules.Certification;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Certification;

public sealed class StampDeciderTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly StampDecider Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static StampOutcome Decide(string? text = null, string? code = null, string date = "2025-06-30", StampDecider? decider = null) =>
        (decider ?? Suzhou).Evaluate(new StampRequest { Text = text, Code = code }, EvaluationOptions.On(Date(date))).GetOutcomeOrThrow();

    public static TheoryData<string, string> NationalItems => new()
    {
        { "kinship", "亲属关系证明" },
        { "identity-info", "居民身份信息证明" },
        { "household-change", "户口登记项目内容变更申请证明" },
        { "dog-keeping", "居民养犬证明" },
        { "no-criminal-record", "无犯罪记录证明" },
        { "drug-rehab-status", "社区戒毒社区康复人员情况证明" },
        { "missing-person", "人员失踪证明" },
        { "marital-status", "婚姻状况证明" },
        { "birth", "出生证明" },
        { "alive", "健在证明" },
        { "death", "死亡证明" },
        { "illness", "疾病状况证明" },
        { "disability", "残疾状况证明" },
        { "childbearing", "婚育状况证明" },
        { "employment", "居民就业状况证明" },
        { "personal-file", "居民个人档案证明" },
        { "property", "居民财产证明" },
        { "inheritance", "遗产继承权证明" },
        { "business-domicile", "市场主体住所证明" },
        { "lost-document", "证件遗失证明" },
    };

    [Theory]
    [MemberData(nameof(NationalItems))]
    public void Every_national_first_batch_certificate_is_not_issued_with_basis_redirect_and_evidence(string code, string name)
    {
        foreach (var o in new[] { Decide(code: code), Decide(text: "请开具" + name) })
        {
            // 民发〔2020〕20号 annex: the committee should not issue (不应出具), a kind of its own, distinct from
            // Suzhou's "may refuse to stamp" (可不予盖章).
            Assert.Equal(StampDecisionKind.ShouldNotIssue, o.Kind);
            Assert.Contains("本委员会不予出具", o.Message.ZhHans);
            Assert.Equal(code, o.Item!.Code);
            Assert.Equal(name, o.Item.Name.ZhHans);
            Assert.Equal("民发〔2020〕20号", o.Basis!.DocumentNumber);
            Assert.NotNull(o.Redirect);
            Assert.NotNull(o.Evidence);
            Assert.NotNull(o.Category);
            Assert.Equal("cn", o.Item.Layer);
        }

        var fast = Suzhou.Decide(code, AsOf);
        Assert.Equal((StampStatus.Decided, StampDecisionKind.ShouldNotIssue, code), (fast.Status, fast.Kind, fast.Item!.Code));
    }

    [Fact]
    public void Redirects_are_reported_only_for_the_rows_the_sources_support()
    {
        Assert.Equal(Provenance.Reported, Decide(code: "kinship").Redirect!.Provenance);
        // Before 2026-07-01 the death-certificate issuers are read on a Zhongshan page only: a placeholder nationally.
        Assert.Equal(Provenance.Placeholder, Decide(code: "death").Redirect!.Provenance);
        Assert.Equal(Provenance.Reported, Decide(code: "death", date: "2026-07-01").Redirect!.Provenance);
        Assert.Equal(Provenance.Placeholder, Decide(code: "dog-keeping").Redirect!.Provenance);
        var result = Suzhou.Evaluate(new StampRequest { Code = "dog-keeping" }, EvaluationOptions.On(AsOf));
        Assert.Contains(result.Warnings, w => w.ParameterKey == "certification/dog-keeping/redirect");
        Assert.Contains(result.Warnings, w => w.ParameterKey == "certification/categories/admin-registrations");
    }

    [Theory]
    [InlineData("开个亲属关系证明", "kinship")]
    [InlineData("無犯罪記錄證明", "no-criminal-record")]
    [InlineData("ｗｏ要 无犯罪 记录 证明！", "no-criminal-record")]
    [InlineData("银行要我开具“婚姻状况证明”", "marital-status")]
    [InlineData("单身证明", "marital-status")]
    [InlineData("Death certificate please", "death")]
    public void Free_text_is_matched_through_names_and_aliases(string text, string code)
    {
        Assert.Equal(code, Decide(text).Item!.Code);
    }

    [Fact]
    public void Text_matching_no_item_is_not_covered_and_lists_the_nearest_without_guessing()
    {
        var o = Decide("亲属证明");
        Assert.Equal(StampDecisionKind.NotCovered, o.Kind);
        Assert.Null(o.Item);
        Assert.Equal("kinship", o.Candidates[0].Code);
        Assert.InRange(o.Candidates.Count, 1, StampLimits.Candidates);
        Assert.Null(o.RefusalNotice());
    }

    [Fact]
    public void Text_naming_two_certificates_is_not_covered_and_names_both()
    {
        var o = Decide("出生证明和死亡证明");
        Assert.Equal(StampDecisionKind.NotCovered, o.Kind);
        Assert.Equal(["birth", "death"], o.Candidates.Select(c => c.Code).Order());
    }

    [Fact]
    public void A_longer_name_wins_over_a_name_it_contains()
    {
        // 缴费票据遗失证明 (Hubei) also contains its own shorter alias 票据遗失证明: one item, matched by its full name.
        var hubei = new StampDecider(RulePacks.Load("example.hubei"), SystemClock.Instance);
        Assert.Equal("fee-receipt-lost", Decide("缴费票据遗失证明", date: "2021-06-01", decider: hubei).Item!.Code);
        var shanxi = new StampDecider(RulePacks.Load("example.shanxi"), SystemClock.Instance);
        var adopter = Decide("收养人婚姻状况证明", date: "2023-08-01", decider: shanxi);
        Assert.Equal(StampDecisionKind.MustIssue, adopter.Kind); // contains 婚姻状况证明, but the longer Shanxi item wins
        Assert.Equal("adopter-status", adopter.Item!.Code);
    }

    [Fact]
    public void A_retained_stamping_item_held_only_as_a_placeholder_needs_confirmation_not_must_issue()
    {
        // Suzhou's 8 retained stamping items (2014) are not in our sources; Gusu's 7 areas stand in as placeholders.
        var o = Decide("人道救助申请盖章");
        Assert.Equal(StampDecisionKind.NeedsConfirmation, o.Kind);
        Assert.Equal("stamp-humanitarian-relief", o.Item!.Code);
        Assert.Equal("stamping", o.List!.Code);
        Assert.Contains("待核实", o.Message.ZhHans);
        Assert.Contains(o.Unconfirmed, u => u.ZhHans.Contains("人道救助申请", StringComparison.Ordinal) && u.ZhHans.Contains("尚未取得正式文本", StringComparison.Ordinal));
        Assert.DoesNotContain("应予出具", o.Message.ZhHans);
        Assert.Equal(StampDecisionKind.NeedsConfirmation, Suzhou.Decide("stamp-humanitarian-relief", AsOf).Kind);
    }

    [Fact]
    public void A_pack_may_define_matters_needing_residents_deliberation()
    {
        var json = Catalogues.CatalogueTestLayers.Layer(Catalogues.CatalogueTestLayers.Item("public-interest-matter", "公共事务情况说明", list: "deliberation", from: "2025-01-01", citation: "r", provenance: "reported"));
        var decider = new StampDecider(LoadLayer(json).GetPackOrThrow(), SystemClock.Instance);
        var o = Decide("公共事务情况说明", decider: decider);
        Assert.Equal(StampDecisionKind.NeedsDeliberation, o.Kind);
        Assert.Contains("负责人签字", o.Message.ZhHans);
    }

    [Fact]
    public void Hubei_drops_the_alive_certificate_and_Zhejiang_adds_health_certificates()
    {
        var hubei = new StampDecider(RulePacks.Load("example.hubei"), SystemClock.Instance);
        Assert.Equal(StampDecisionKind.ShouldNotIssue, Decide("健在证明", date: "2021-02-09", decider: hubei).Kind);
        Assert.Equal(StampDecisionKind.NotCovered, Decide("健在证明", date: "2021-02-10", decider: hubei).Kind);
        Assert.Equal("example.hubei", Decide("转学证明", date: "2021-06-01", decider: hubei).Item!.Layer);
        var zhejiang = new StampDecider(RulePacks.Load("example.zhejiang"), SystemClock.Instance);
        var health = zhejiang.Evaluate(new StampRequest { Text = "身体健康证明" }, EvaluationOptions.On(Date("2023-06-01")));
        Assert.Equal(StampDecisionKind.ShouldNotIssue, health.Outcome!.Kind);
        Assert.Contains(health.Warnings, w => w.Code == "CATALOGUE_INCOMPLETE"); // 21 of 28 held
        Assert.Equal(StampDecisionKind.NotCovered, Decide("健康证明", decider: Suzhou).Kind);
    }

    [Fact]
    public void The_death_certificate_redirect_changes_on_2026_07_01()
    {
        Assert.Null(Decide(code: "death", date: "2026-06-30").Redirect!.Citation); // a placeholder cites nothing
        var after = Decide(code: "death", date: "2026-07-01");
        Assert.Equal("nhc-2026-5", after.Basis!.Id);
        Assert.Contains("推断", after.Evidence!.Text.ZhHans);
    }

    [Fact]
    public void The_refusal_notice_gives_basis_redirect_and_evidence_in_Chinese_and_on_request_in_English()
    {
        var o = Suzhou.Evaluate(new StampRequest { Text = "开个亲属关系证明", Requester = Requester.Bank, Purpose = "办理存款继承" }, EvaluationOptions.On(AsOf)).GetOutcomeOrThrow();
        var zh = o.RefusalNotice()!;
        Assert.Contains("不予出具证明告知书", zh);
        Assert.Contains("日期：2025年6月30日", zh);
        Assert.Contains("亲属关系证明", zh);
        Assert.Contains("民政部、国家发展改革委、公安部、司法部、人力资源社会保障部、国家卫生健康委《关于改进和规范基层群众性自治组织出具证明工作的指导意见》（民发〔2020〕20号）", zh);
        Assert.Contains("《不应由基层群众性自治组织出具证明事项清单（第一批）》", zh);
        Assert.Contains("本委员会不予出具。", zh);
        Assert.Contains("公安派出所", zh);
        Assert.Contains("居民户口簿", zh);
        Assert.Contains("银行", zh);
        Assert.Contains("办理存款继承", zh);
        // No internal codes, layer ids or English in the notice a resident reads; no "may refuse" beside "does not issue".
        Assert.DoesNotContain("cn.js", zh);
        Assert.DoesNotContain("kinship", zh);
        Assert.DoesNotContain("可不予", zh);
        Assert.DoesNotMatch("[A-Za-z]", zh);
        var en = o.RefusalNotice(Language.En)!;
        Assert.Contains("does not issue it", en);
        Assert.Contains("police station", en);
        Assert.Contains("as reported", en);
    }

    [Fact]
    public void Bad_requests_fail_with_codes_and_paths()
    {
        ValidationFailure Fails(StampRequest r, string date = "2025-06-30") =>
            Assert.Single(Suzhou.Evaluate(r, EvaluationOptions.On(Date(date))).Failures);
        Assert.Equal(("CERTIFICATION_TEXT_EMPTY", "Text"), (Fails(new StampRequest()).Code, Fails(new StampRequest()).PropertyPath));
        Assert.Equal("CERTIFICATION_TEXT_EMPTY", Fails(new StampRequest { Text = " 。，" }).Code);
        Assert.Equal("CERTIFICATION_TEXT_TOO_LONG", Fails(new StampRequest { Text = new string('证', 201) }).Code);
        Assert.Equal("CERTIFICATION_TEXT_CONTROL_CHARACTERS", Fails(new StampRequest { Text = "死亡\u0000证明" }).Code);
        Assert.Equal("CERTIFICATION_TEXT_AND_CODE", Fails(new StampRequest { Text = "死亡证明", Code = "death" }).Code);
        Assert.Equal(("CERTIFICATION_ITEM_UNKNOWN", "Code"), (Fails(new StampRequest { Code = "ghost" }).Code, Fails(new StampRequest { Code = "ghost" }).PropertyPath));
        Assert.Equal("CERTIFICATION_REQUESTER_UNKNOWN", Fails(new StampRequest { Code = "death", Requester = (Requester)99 }).Code);
        Assert.Equal(("CERTIFICATION_NO_CATALOGUE_ON_DATE", "AsOf"), (Fails(new StampRequest { Code = "death" }, "2020-04-26").Code, "AsOf"));
        Assert.Throws<ArgumentNullException>(() => Suzhou.Evaluate(null!));
    }

    [Fact]
    public void Fast_paths_refuse_bad_input_and_dates_before_the_catalogue()
    {
        Assert.Equal(StampStatus.InvalidInput, Suzhou.Match("", AsOf).Status);
        Assert.Equal(StampStatus.InvalidInput, Suzhou.Match("，，", AsOf).Status);
        Assert.Equal(StampStatus.InvalidInput, Suzhou.Match(new string('证', 201), AsOf).Status);
        Assert.Equal(StampStatus.InvalidInput, Suzhou.Match("死亡\t证明", AsOf).Status);
        Assert.Equal(StampStatus.InvalidInput, Suzhou.Decide("", AsOf).Status);
        Assert.Equal(StampStatus.NoCatalogueInForce, Suzhou.Decide("death", Date("2020-04-26")).Status); // the list is published 2020-04-27
        Assert.Equal(StampDecisionKind.NotCovered, Suzhou.Decide("ghost", AsOf).Kind);
        Assert.Equal("no-criminal-record", Suzhou.Match("無犯罪記錄證明", AsOf).Item!.Code);
    }
}
