using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Rules.Pages.Tests;

public sealed class CertificateAndParameterPageTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task A_certificate_the_community_no_longer_issues_gets_a_printable_refusal_notice(string size)
    {
        var page = await browser.Page(size);
        await page.GotoAsync("certificate.html");
        await page.FillAsync("#text", "开个亲属关系证明");
        await page.SelectOptionAsync("#requester", "bank");
        await page.FillAsync("#purpose", "办理存款继承");
        await page.ClickAsync("button[type=submit]");

        var notice = page.Locator("#notice");
        await Expect(notice).ToContainTextAsync("不予出具证明告知书");
        await Expect(notice).ToContainTextAsync("亲属关系证明");
        await Expect(notice).ToContainTextAsync("银行等金融机构");
        await browser.Screenshot(page, $"certificate-{size}");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => document.body.classList.add('printing-notice')");
        await Expect(page.Locator("form")).ToBeHiddenAsync();
        await Expect(notice).ToBeVisibleAsync();
        await browser.Screenshot(page, $"certificate-print-{size}");
    }

    [Fact]
    public async Task An_empty_request_is_answered_next_to_the_field_or_in_the_summary()
    {
        var page = await browser.Page("phone");
        await page.GotoAsync("certificate.html");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator(".error").First).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task The_parameter_explorer_lists_parameters_in_force_and_shows_a_timeline(string size)
    {
        var page = await browser.Page(size);
        await page.GotoAsync("parameters.html");
        await page.FillAsync("#at", "2026-01-01");
        await page.ClickAsync("form button[type=submit]");
        await Expect(page.Locator("#count")).ToContainTextAsync("2026-01-01");
        var row = page.Locator("tr[data-key='staffing.workers_per_10k_urban_residents']");
        await Expect(row).ToContainTextAsync("18");
        await Expect(page.Locator("#table .todo").First).ToHaveTextAsync("待核实");
        await row.Locator("button").ClickAsync();
        await Expect(page.Locator("#timeline-section")).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline tbody tr").First).ToBeVisibleAsync();
        await browser.Screenshot(page, $"parameters-{size}");
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_refused_next_to_the_date_field()
    {
        var page = await browser.Page("desktop");
        await page.GotoAsync("parameters.html?");
        await page.EvaluateAsync("() => { const i = document.getElementById('at'); i.type = 'text'; i.value = '2026-02-30'; }");
        await page.ClickAsync("form button[type=submit]");
        await Expect(page.Locator("#err-at")).ToContainTextAsync("yyyy-MM-dd");
    }

    [Theory]
    [InlineData("staffing.html", "#population", "8200", "#facts")]
    [InlineData("pay.html", "#serviceStart", "2016-03-01", "#facts")]
    public async Task The_staffing_and_pay_pages_show_the_API_figures(string url, string field, string value, string result)
    {
        var page = await browser.Page("phone");
        await page.GotoAsync(url);
        await page.FillAsync(field, value);
        if (url == "pay.html")
        {
            await Expect(page.Locator("#post option")).Not.ToHaveCountAsync(0);
            await page.FillAsync("#postFrom", "2016-03-01");
            await page.FillAsync("#asOf", "2026-03-01");
        }
        else
        {
            await Expect(page.Locator("#workers input")).Not.ToHaveCountAsync(0);
            await page.FillAsync("#w-community-full-time", "9");
        }

        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator(result)).ToBeVisibleAsync();
        await Expect(page.Locator(result)).Not.ToBeEmptyAsync();
        await browser.Screenshot(page, url.Replace(".html", string.Empty) + "-phone");
    }
}
