using Governance.Rules.Certification;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Tests.Validation;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Certification;

/// <summary>
/// Every certificate-request validation failure, caused through <see cref="StampDecider.Evaluate"/> as a consumer calls it:
/// its code, its path, the value given and the whole message in Chinese and English.
/// </summary>
public sealed class StampErrorCatalogueTests
{
    private static readonly StampDecider Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);

    /// <summary>Descriptors no consumer can cause through the public API, each with the reason (none: every one can be).</summary>
    private static readonly HashSet<string> NotProducible = [];

    private static IReadOnlyList<ValidationFailure> Evaluate(StampRequest request, string date = "2025-06-30") =>
        Suzhou.Evaluate(request, EvaluationOptions.On(Date(date))).Failures;

    private static readonly ErrorCase[] Cases =
    [
        new("Empty/NothingGiven", () => Evaluate(new StampRequest()),
            "CERTIFICATION_TEXT_EMPTY", "Text", null,
            "请填写所需证明的名称或事项编号。",
            "Give the certificate's name or an item code."),
        new("Empty/TextOfPunctuation", () => Evaluate(new StampRequest { Text = " 。，" }),
            "CERTIFICATION_TEXT_EMPTY", "Text", " 。，",
            "请填写所需证明的名称或事项编号。",
            "Give the certificate's name or an item code."),
        new("Empty/Code", () => Evaluate(new StampRequest { Code = "" }),
            "CERTIFICATION_TEXT_EMPTY", "Code", "",
            "请填写所需证明的名称或事项编号。",
            "Give the certificate's name or an item code."),
        new("TooLong/Text", () => Evaluate(new StampRequest { Text = new string('证', 201) }),
            "CERTIFICATION_TEXT_TOO_LONG", "Text", new string('证', 201),
            "所请证明超过 200 个字符。",
            "The certificate asked for is longer than 200 characters.")
        { Figures = [ErrorFigure.Of("200", StampLimits.MaxTextLength)] },
        new("TooLong/Code", () => Evaluate(new StampRequest { Code = new string('x', 65) }),
            "CERTIFICATION_TEXT_TOO_LONG", "Code", new string('x', 65),
            "清单事项代码超过 64 个字符。",
            "The catalogue item code is longer than 64 characters.")
        { Figures = [ErrorFigure.Of("64", StampLimits.MaxCodeLength)] },
        new("TooLong/Purpose", () => Evaluate(new StampRequest { Code = "death", Purpose = new string('用', 201) }),
            "CERTIFICATION_TEXT_TOO_LONG", "Purpose", new string('用', 201),
            "用途超过 200 个字符。",
            "The purpose is longer than 200 characters.")
        { Figures = [ErrorFigure.Of("200", StampLimits.MaxTextLength)] },
        new("Control/Text", () => Evaluate(new StampRequest { Text = "死亡\u0000证明" }),
            "CERTIFICATION_TEXT_CONTROL_CHARACTERS", "Text", "死亡\u0000证明",
            "所请证明含有控制字符。",
            "The certificate asked for contains control characters."),
        new("Control/Code", () => Evaluate(new StampRequest { Code = "dea\tth" }),
            "CERTIFICATION_TEXT_CONTROL_CHARACTERS", "Code", "dea\tth",
            "清单事项代码含有控制字符。",
            "The catalogue item code contains control characters."),
        new("Control/Purpose", () => Evaluate(new StampRequest { Code = "death", Purpose = "继承\u0085" }),
            "CERTIFICATION_TEXT_CONTROL_CHARACTERS", "Purpose", "继承\u0085",
            "用途含有控制字符。",
            "The purpose contains control characters."),
        new("Both", () => Evaluate(new StampRequest { Text = "死亡证明", Code = "death" }),
            "CERTIFICATION_TEXT_AND_CODE", "Code", null,
            "事项名称与事项编号只能填写一项。",
            "Give the text or the code, not both."),
        new("RequesterUnknown/AboveTheLast", () => Evaluate(new StampRequest { Code = "death", Requester = (Requester)99 }),
            "CERTIFICATION_REQUESTER_UNKNOWN", "Requester", "99",
            "未知的索取单位类别“99”。",
            "Unknown requester '99'."),
        new("RequesterUnknown/Negative", () => Evaluate(new StampRequest { Code = "death", Requester = (Requester)(-1) }),
            "CERTIFICATION_REQUESTER_UNKNOWN", "Requester", "-1",
            "未知的索取单位类别“-1”。",
            "Unknown requester '-1'."),
        new("CodeUnknown", () => Evaluate(new StampRequest { Code = "ghost" }),
            "CERTIFICATION_ITEM_UNKNOWN", "Code", "ghost",
            "证明事项目录中没有编号为“ghost”的事项。",
            "The certificate catalogue has no item 'ghost'."),
        new("NoCatalogue", () => Evaluate(new StampRequest { Code = "death" }, "2020-04-26"),
            "CERTIFICATION_NO_CATALOGUE_ON_DATE", "AsOf", "2020-04-26",
            "规则包在 2020-04-26 没有有效的证明事项目录。",
            "The pack has no certificate catalogue in force on 2020-04-26."),
    ];

    public static TheoryData<string> Names() => ErrorCases.Names(Cases);

    /// <summary>Every case's failures as the public API gives them (for checks across the catalogues).</summary>
    internal static IEnumerable<(string Case, IReadOnlyList<ValidationFailure> Failures)> EveryCase() => Cases.Select(c => (c.Name, c.Run()));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_failure_gives_its_code_path_value_and_whole_message_in_both_languages(string name) =>
        ErrorCases.Named(Cases, name).AssertFailure();

    [Fact]
    public void Every_stamp_error_descriptor_has_a_case_that_causes_it() =>
        ErrorCases.AssertEveryDescriptorHasACase(typeof(StampErrors), Cases, NotProducible);

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Every_failure_reads_the_same_under_an_Arabic_or_German_culture(string culture)
    {
        var seen = InCulture(culture, () => Cases.Select(c => c.Observe()).ToArray());
        Assert.Equal(Cases.Select(c => c.Expected).ToArray(), seen);
    }

    [Fact]
    public void The_lengths_the_messages_state_are_the_longest_accepted()
    {
        Assert.Empty(Evaluate(new StampRequest { Text = "死亡证明" + new string('。', StampLimits.MaxTextLength - 4), Purpose = new string('用', StampLimits.MaxTextLength) }));
        Assert.Equal(["CERTIFICATION_ITEM_UNKNOWN"], Evaluate(new StampRequest { Code = new string('x', StampLimits.MaxCodeLength) }).Select(f => f.Code));
    }
}
