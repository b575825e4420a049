using Governance.Rules.Certification;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Certification;

/// <summary>Certificate requests at each limit (length, control characters, the list's first day) and every requester named.</summary>
public sealed class StampBoundaryTests
{
    private static readonly LocalDate AsOf = Date("2025-06-30");
    private static readonly StampDecider Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    private static RuleResult<StampOutcome> Evaluate(StampRequest r, string date = "2025-06-30") => Suzhou.Evaluate(r, EvaluationOptions.On(Date(date)));

    [Theory]
    [InlineData(199, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Text_and_purpose_are_accepted_up_to_200_characters(int length, bool accepted)
    {
        var text = "死亡证明" + new string('。', length - 4);
        Assert.Equal(accepted, Evaluate(new StampRequest { Text = text }).IsValid);
        Assert.Equal(accepted ? StampStatus.Decided : StampStatus.InvalidInput, Suzhou.Match(text, AsOf).Status);
        var purpose = Evaluate(new StampRequest { Code = "death", Purpose = new string('用', length) });
        Assert.Equal(accepted, purpose.IsValid);
        if (!accepted)
        {
            var f = Assert.Single(purpose.Failures);
            Assert.Equal(("CERTIFICATION_TEXT_TOO_LONG", "Purpose"), (f.Code, f.PropertyPath));
            Assert.Equal("用途超过 200 个字符。", f.Message.ZhHans);
            Assert.Equal("The purpose is longer than 200 characters.", f.Message.En);
        }
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public void An_item_code_longer_than_64_characters_is_bad_input_not_an_unknown_item(int length, bool tooLong)
    {
        var code = new string('x', length);
        Assert.Equal(tooLong ? StampStatus.InvalidInput : StampStatus.Decided, Suzhou.Decide(code, AsOf).Status);
        var f = Assert.Single(Evaluate(new StampRequest { Code = code }).Failures);
        Assert.Equal((tooLong ? "CERTIFICATION_TEXT_TOO_LONG" : "CERTIFICATION_ITEM_UNKNOWN", "Code"), (f.Code, f.PropertyPath));
        if (tooLong)
        {
            Assert.Equal("清单事项代码超过 64 个字符。", f.Message.ZhHans);
        }
        else
        {
            Assert.Equal($"证明事项目录中没有编号为“{code}”的事项。", f.Message.ZhHans);
            Assert.Equal($"The certificate catalogue has no item '{code}'.", f.Message.En);
        }
    }

    [Theory]
    [InlineData('\u0000', true)]
    [InlineData('\u001F', true)]
    [InlineData('\u007F', true)]
    [InlineData('\u0085', true)]
    [InlineData('\u009F', true)]
    [InlineData('\u00A0', false)] // a no-break space is spacing, not a control character
    [InlineData('\u3000', false)] // an ideographic space too
    public void Control_characters_are_refused_on_both_paths_and_spacing_is_not(char c, bool control)
    {
        var text = "死亡" + c + "证明";
        Assert.Equal(control ? StampStatus.InvalidInput : StampStatus.Decided, Suzhou.Match(text, AsOf).Status);
        var r = Evaluate(new StampRequest { Text = text });
        Assert.Equal(!control, r.IsValid);
        if (control)
        {
            var f = Assert.Single(r.Failures);
            Assert.Equal(("CERTIFICATION_TEXT_CONTROL_CHARACTERS", "Text"), (f.Code, f.PropertyPath));
            Assert.Equal("所请证明含有控制字符。", f.Message.ZhHans);
            Assert.Equal("The certificate asked for contains control characters.", f.Message.En);
            Assert.Equal("CERTIFICATION_TEXT_CONTROL_CHARACTERS", Assert.Single(Evaluate(new StampRequest { Code = "death", Purpose = "继承" + c }).Failures).Code);
        }
        else
        {
            Assert.Equal("death", r.Outcome!.Item!.Code);
        }
    }

    [Theory]
    [InlineData("2020-04-26", false)] // the day before the national list
    [InlineData("2020-04-27", true)] // the day it is published
    [InlineData("2020-04-28", true)]
    public void The_national_list_applies_from_the_day_it_is_published(string date, bool inForce)
    {
        Assert.Equal(inForce ? StampStatus.Decided : StampStatus.NoCatalogueInForce, Suzhou.Decide("death", Date(date)).Status);
        Assert.Equal(inForce ? StampStatus.Decided : StampStatus.NoCatalogueInForce, Suzhou.Match("死亡证明", Date(date)).Status);
        var r = Evaluate(new StampRequest { Code = "death" }, date);
        Assert.Equal(inForce, r.IsValid);
        if (!inForce)
        {
            var f = Assert.Single(r.Failures);
            Assert.Equal(("CERTIFICATION_NO_CATALOGUE_ON_DATE", "AsOf", date), (f.Code, f.PropertyPath, f.AttemptedValue));
            Assert.Equal($"规则包在 {date} 没有有效的证明事项目录。", f.Message.ZhHans);
            Assert.Equal($"The pack has no certificate catalogue in force on {date}.", f.Message.En);
        }
    }

    [Fact]
    public void An_as_of_date_outside_the_accepted_range_is_refused_before_the_catalogue_is_read()
    {
        var f = Assert.Single(Evaluate(new StampRequest { Code = "death" }, "2201-01-01").Failures);
        Assert.Equal(("AS_OF_OUT_OF_RANGE", "AsOf"), (f.Code, f.PropertyPath));
    }

    [Fact]
    public void Empty_text_or_code_and_both_at_once_are_refused_in_both_languages()
    {
        var empty = Assert.Single(Evaluate(new StampRequest { Code = "" }).Failures);
        Assert.Equal(("CERTIFICATION_TEXT_EMPTY", "Code"), (empty.Code, empty.PropertyPath));
        Assert.Equal("请填写所需证明的名称或事项编号。", empty.Message.ZhHans);
        Assert.Equal("Give the certificate's name or an item code.", empty.Message.En);
        var both = Assert.Single(Evaluate(new StampRequest { Text = "死亡证明", Code = "death" }).Failures);
        Assert.Equal(("CERTIFICATION_TEXT_AND_CODE", "Code"), (both.Code, both.PropertyPath));
        Assert.Equal("Give the text or the code, not both.", both.Message.En);
        var requester = Assert.Single(Evaluate(new StampRequest { Code = "death", Requester = (Requester)8 }).Failures);
        Assert.Equal(("CERTIFICATION_REQUESTER_UNKNOWN", "Requester", "8"), (requester.Code, requester.PropertyPath, requester.AttemptedValue));
        Assert.Equal("未知的索取单位类别“8”。", requester.Message.ZhHans);
        Assert.Equal("Unknown requester '8'.", requester.Message.En);
    }

    [Theory]
    [InlineData(Requester.Bank, "银行等金融机构", "a bank or financial institution")]
    [InlineData(Requester.School, "学校", "a school")]
    [InlineData(Requester.Court, "法院", "a court")]
    [InlineData(Requester.Employer, "用人单位", "an employer")]
    [InlineData(Requester.GovernmentDepartment, "政府部门", "a government department")]
    [InlineData(Requester.Hospital, "医疗机构", "a medical institution")]
    [InlineData(Requester.Other, "其他单位", "another body")]
    public void The_refusal_notice_names_who_asked_for_the_certificate(Requester requester, string zh, string en)
    {
        var o = Evaluate(new StampRequest { Code = "kinship", Requester = requester }).GetOutcomeOrThrow();
        Assert.Contains("索取单位：" + zh + Environment.NewLine, o.RefusalNotice(), StringComparison.Ordinal);
        Assert.Contains("Requested by: " + en + Environment.NewLine, o.RefusalNotice(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_without_requester_or_purpose_leaves_both_lines_out()
    {
        var o = Evaluate(new StampRequest { Code = "kinship" }).GetOutcomeOrThrow();
        Assert.DoesNotContain("索取单位", o.RefusalNotice(), StringComparison.Ordinal);
        Assert.DoesNotContain("用途", o.RefusalNotice(), StringComparison.Ordinal);
        Assert.DoesNotContain("Requested by", o.RefusalNotice(Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain("Purpose", o.RefusalNotice(Language.En), StringComparison.Ordinal);
        Assert.Equal("未说明", StampOutcome.RequesterName(Requester.Unspecified, Language.ZhHans));
        Assert.Equal("not stated", StampOutcome.RequesterName(Requester.Unspecified, Language.En));
    }

    [Fact]
    public void The_english_notice_is_laid_out_line_by_line()
    {
        var o = Evaluate(new StampRequest { Code = "kinship", Purpose = "inheritance" }).GetOutcomeOrThrow();
        var lines = o.RefusalNotice(Language.En)!.Split(Environment.NewLine);
        Assert.Equal("NOTICE: CERTIFICATE NOT ISSUED", lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.Equal("Date: 2025-06-30", lines[2]);
        Assert.Equal("Certificate asked for: " + o.Item!.Name.En + " (亲属关系证明)", lines[3]);
        Assert.Equal("Purpose: inheritance", lines[4]);
        Assert.StartsWith("This certificate is on the list \"" + o.List!.Name.En + "\" (basis: ", lines[6], StringComparison.Ordinal);
        Assert.EndsWith("). This committee does not issue it.", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("Where to go: ", lines[7], StringComparison.Ordinal);
        Assert.StartsWith("What to bring: ", lines[8], StringComparison.Ordinal);
        Assert.Equal("Village (residents') committee", lines[^2]);
    }

    [Fact]
    public void The_chinese_notice_is_laid_out_line_by_line_with_the_list_in_book_marks()
    {
        var o = Evaluate(new StampRequest { Code = "kinship", Purpose = "办理存款继承" }).GetOutcomeOrThrow();
        var lines = o.RefusalNotice()!.Split(Environment.NewLine);
        Assert.Equal("不予出具证明告知书", lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.Equal("日期：2025年6月30日", lines[2]);
        Assert.Equal("申请事项：亲属关系证明", lines[3]);
        Assert.Equal("用途：办理存款继承", lines[4]);
        Assert.Equal(string.Empty, lines[5]);
        // The list's name is put in book marks for the notice (it is held without them).
        Assert.DoesNotContain("《", o.List!.Name.ZhHans, StringComparison.Ordinal);
        Assert.Equal("经核，该证明事项列入《" + o.List.Name.ZhHans + "》，依据为" + o.Basis!.ToChinese() + "。本委员会不予出具。", lines[6]);
        Assert.StartsWith("办理去向：", lines[7], StringComparison.Ordinal);
        Assert.EndsWith("（据报道整理，请以当地部门公布为准）", lines[7], StringComparison.Ordinal);
        Assert.StartsWith("所需材料：", lines[8], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[9]);
        Assert.Equal("村（居）民委员会（盖章）", lines[10]);
        var en = o.RefusalNotice(Language.En)!;
        Assert.Contains("(basis: " + o.Basis + ")", en, StringComparison.Ordinal);
        Assert.Contains(" (as reported; confirm with the local authority)", en, StringComparison.Ordinal);
    }
}
