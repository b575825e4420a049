using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.TaskAdmission;

public sealed class AdmissionListCheckTests
{
    private static readonly AdmissionReviewer Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static RuleResult<ListCheckOutcome> Check(string? text, string? code = null, string date = "2025-06-30") =>
        Suzhou.Check(new ListCheckRequest { Text = text, ItemCode = code }, EvaluationOptions.On(Date(date)));

    [Fact]
    public void A_request_on_a_list_only_as_a_placeholder_is_answered_to_be_confirmed_naming_the_item()
    {
        // The Suzhou stamping items are stand-ins patterned on Gusu's 7 areas: they cite no source, and the answer is 待核实.
        var o = Check("请社区出具法律文书送达见证").GetOutcomeOrThrow();
        Assert.True(o.OnList);
        Assert.False(o.MayRefuse);
        Assert.True(o.NeedsConfirmation);
        Assert.Equal("stamping", o.List!.Code);
        Assert.Equal("stamp-legal-document-service", o.Item!.Code);
        Assert.True(o.Basis!.IsNoSource);
        Assert.StartsWith("待核实：“法律文书送达见证”", o.Message.ZhHans, StringComparison.Ordinal);
        Assert.DoesNotContain("应予承接", o.Message.ZhHans);
    }

    [Fact]
    public void A_request_on_no_list_may_be_refused_with_the_admission_regime_as_basis()
    {
        var result = Check("帮助完成招商引资指标");
        var o = result.GetOutcomeOrThrow();
        Assert.False(o.OnList);
        Assert.True(o.MayRefuse);
        Assert.Equal("mf-2015-136", o.Basis!.Id);
        Assert.Contains("可以拒绝", o.Message.ZhHans);
        Assert.Contains(result.Warnings, w => w.Code == "CATALOGUE_INCOMPLETE");
    }

    [Fact]
    public void A_request_naming_two_items_is_not_guessed()
    {
        var o = Check("人民调解和人道救助申请").GetOutcomeOrThrow();
        Assert.True(o.Ambiguous);
        Assert.False(o.OnList);
        Assert.False(o.MayRefuse);
        Assert.Equal(["people-mediation", "stamp-humanitarian-relief"], o.Candidates.Select(c => c.Code).Order());
    }

    [Fact]
    public void A_code_is_checked_on_the_date()
    {
        Assert.True(Check(null, "civilised-community").GetOutcomeOrThrow().OnList);
        Assert.True(Check(null, "civilised-community", "2015-07-13").GetOutcomeOrThrow().OnList);
        var unknown = Check(null, "no-such-item").GetOutcomeOrThrow();
        Assert.False(unknown.OnList);
        Assert.True(unknown.MayRefuse);
    }

    [Fact]
    public void Bad_checks_fail_with_codes()
    {
        Assert.Equal("ADMISSION_NOTHING_ASKED", Assert.Single(Check(null).Failures).Code);
        Assert.Equal("ADMISSION_TEXT_CONTROL_CHARACTERS", Assert.Single(Check("人民\u0007调解").Failures).Code);
        Assert.Equal("ADMISSION_TEXT_TOO_LONG", Assert.Single(Check(new string('调', 201)).Failures).Code);
        Assert.Equal("ADMISSION_TEXT_EMPTY", Assert.Single(Check("，。").Failures).Code);
        Assert.Equal("ADMISSION_NO_POLICY_ON_DATE", Assert.Single(Check("人民调解", date: "2015-01-01").Failures).Code);
        Assert.Throws<ArgumentNullException>(() => Suzhou.Check(null!));
    }
}
