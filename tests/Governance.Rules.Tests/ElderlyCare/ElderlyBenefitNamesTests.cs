using Governance.Rules.ElderlyCare;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// Each benefit's stable code (what packs, requests and outcomes carry) and its name in both languages (what every
/// explanation and notice shows), written out in full: a changed code or name is a change a caller sees.
/// </summary>
public sealed class ElderlyBenefitNamesTests
{
    public static TheoryData<ElderlyBenefit, string, string, string> Benefits => new()
    {
        { ElderlyBenefit.AgeAllowance80To89, "age-80-89", "尊老金（80–89周岁）", "Age allowance (80–89)" },
        { ElderlyBenefit.AgeAllowance90To99, "age-90-99", "尊老金（90–99周岁）", "Age allowance (90–99)" },
        { ElderlyBenefit.AgeAllowance100Plus, "age-100-plus", "尊老金/长寿补贴（100周岁及以上）", "Longevity allowance (100 and over)" },
        { ElderlyBenefit.CentenarianFestival, "centenarian-festival", "百岁老人重阳节尊老金", "Centenarians' Elders' Festival (重阳节) lump sum" },
        { ElderlyBenefit.HomeCare, "home-care", "居家养老服务补贴", "Home-care service subsidy" },
        { ElderlyBenefit.Nursing, "nursing", "护理补贴", "Nursing subsidy" },
        { ElderlyBenefit.Adaptation, "adaptation", "适老化改造补贴（一次性）", "Home age-friendly adaptation grant (one-off)" },
        { ElderlyBenefit.Meal, "meal", "助餐补贴", "Meal-assistance subsidy" },
    };

    [Theory]
    [MemberData(nameof(Benefits))]
    public void Each_benefit_has_its_code_and_its_name_in_both_languages(ElderlyBenefit benefit, string code, string zhHans, string en)
    {
        Assert.Equal(code, benefit.Code());
        Assert.True(ElderlyBenefits.TryParse(code, out var parsed));
        Assert.Equal(benefit, parsed);
        Assert.Equal((zhHans, en), (benefit.Name().ZhHans, benefit.Name().En));
    }

    [Fact]
    public void Every_benefit_is_listed_once_in_order()
    {
        Assert.Equal(Benefits.Select(row => row.Data.Item1), ElderlyBenefits.All);
    }
}
