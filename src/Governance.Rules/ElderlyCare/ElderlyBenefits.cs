using System.Collections.Frozen;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.ElderlyCare;

/// <summary>Benefit codes and names.</summary>
public static class ElderlyBenefits
{
    /// <summary>The number of benefits the calculator knows.</summary>
    public const int Count = 8;

    /// <summary>A mask of every benefit (one bit per benefit, <c>1 &lt;&lt; (int)benefit</c>).</summary>
    public const int AllMask = (1 << Count) - 1;

    /// <summary>A mask of the 尊老金 benefits: the 80–89, 90–99 and 100+ bands and the centenarians' 重阳节 lump sum.</summary>
    public const int AgeAllowanceMask = (1 << (int)ElderlyBenefit.AgeAllowance80To89) | (1 << (int)ElderlyBenefit.AgeAllowance90To99)
        | (1 << (int)ElderlyBenefit.AgeAllowance100Plus) | (1 << (int)ElderlyBenefit.CentenarianFestival);

    private static readonly string[] Codes = ["age-80-89", "age-90-99", "age-100-plus", "centenarian-festival", "home-care", "nursing", "adaptation", "meal"];

    private static readonly LocalizedText[] Names =
    [
        new("尊老金（80–89周岁）", "Age allowance (80–89)"),
        new("尊老金（90–99周岁）", "Age allowance (90–99)"),
        new("尊老金/长寿补贴（100周岁及以上）", "Longevity allowance (100 and over)"),
        new("百岁老人重阳节尊老金", "Centenarians' Elders' Festival (重阳节) lump sum"),
        new("居家养老服务补贴", "Home-care service subsidy"),
        new("护理补贴", "Nursing subsidy"),
        new("适老化改造补贴（一次性）", "Home age-friendly adaptation grant (one-off)"),
        new("助餐补贴", "Meal-assistance subsidy"),
    ];

    /// <summary>All benefits in order.</summary>
    public static IReadOnlyList<ElderlyBenefit> All { get; } = [.. Enumerable.Range(0, Count).Select(i => (ElderlyBenefit)i)];

    /// <summary>The stable code of <paramref name="benefit"/>, for example <c>age-90-99</c>.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>The code.</returns>
    public static string Code(this ElderlyBenefit benefit) => Codes[(int)benefit];

    /// <summary>The name of <paramref name="benefit"/>.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>The name in zh-Hans and en.</returns>
    public static LocalizedText Name(this ElderlyBenefit benefit) => Names[(int)benefit];

    /// <summary>Finds a benefit by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="benefit">The benefit when found.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryParse(string? code, out ElderlyBenefit benefit)
    {
        var i = Array.IndexOf(Codes, code);
        benefit = (ElderlyBenefit)Math.Max(i, 0);
        return i >= 0;
    }
}
