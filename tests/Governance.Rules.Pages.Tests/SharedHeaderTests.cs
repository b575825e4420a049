using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Rules.Pages.Tests;

/// <summary>The header every page shares (rendered by js/app.js into the page's empty header): links, keyboard, language.</summary>
public sealed class SharedHeaderTests(BrowserFixture browser)
{
    private static readonly string[] Pages = ["elderly.html", "staffing.html", "pay.html", "certificate.html", "parameters.html"];

    [Theory]
    [InlineData("elderly.html", "phone", "苏颐养待遇计算", "Elderly-care benefits")]
    [InlineData("staffing.html", "desktop", "社区工作者配备", "Staffing quota")]
    [InlineData("pay.html", "phone", "三岗十八级薪酬", "Grade and pay")]
    [InlineData("certificate.html", "desktop", "能否出具证明", "May the community issue it?")]
    [InlineData("parameters.html", "phone", "参数查询", "Parameter explorer")]
    public async Task Every_page_shares_the_header_with_its_own_link_marked_a_skip_link_first_and_the_language_switch(
        string url, string size, string zhHans, string en)
    {
        var page = await browser.Page(size);
        await page.GotoAsync(url);
        var nav = page.Locator("header.site nav");
        await Expect(nav).ToHaveAttributeAsync("aria-label", "各项计算");
        Assert.Equal(Pages, await nav.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        var current = nav.Locator("a[aria-current=page]");
        await Expect(current).ToHaveCountAsync(1);
        await Expect(current).ToHaveAttributeAsync("href", url);
        await Expect(current).ToHaveTextAsync(zhHans);
        await Expect(page.Locator("header.site a.home")).ToHaveAttributeAsync("href", "index.html");

        // The keyboard meets the skip link first; it takes the focus past the header to the page's content.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        await Expect(page.Locator("a.skip")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        // The switch in the header turns the header (and the page) to English, and back.
        await page.ClickAsync("#lang-switch");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(current).ToHaveTextAsync(en);
        await Expect(nav).ToHaveAttributeAsync("aria-label", "Calculators");
        await Expect(page.Locator("#lang-switch")).ToHaveTextAsync("中文");
        await page.ClickAsync("#lang-switch");
        await Expect(current).ToHaveTextAsync(zhHans);
    }

    [Fact]
    public async Task The_home_page_lists_the_pages_in_its_content_and_not_again_in_its_header()
    {
        var page = await browser.Page("phone");
        await page.GotoAsync("index.html");
        await Expect(page.Locator("header.site nav")).ToHaveCountAsync(0);
        await Expect(page.Locator("header.site #lang-switch")).ToBeVisibleAsync();
        var links = await page.Locator("main nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal([.. Pages, "reference"], links);
    }
}
