using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Rules.Pages.Tests;

public sealed class ElderlyCalculatorTests(BrowserFixture browser)
{
    private const string AsOf = "2026-06-01";

    /// <summary>What the API itself answers for the same person, to check the page shows the API's figures.</summary>
    private async Task<JsonNode> Api(object request)
    {
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        using var response = await client.PostAsJsonAsync($"api/elderly-care/evaluate?asOf={AsOf}", request, TestContext.Current.CancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task Fill(IPage page, string birthDate, string district = "gusu")
    {
        await page.GotoAsync("elderly.html");
        await Expect(page.Locator("#hukouDistrict option[value=gusu]")).ToHaveCountAsync(1);
        await page.FillAsync("#birthDate", birthDate);
        await page.SelectOptionAsync("#hukouDistrict", district);
        await page.FillAsync("#asOf", AsOf);
        await page.FillAsync("#scheduleFrom", "2026-01");
        await page.FillAsync("#scheduleTo", "2026-12");
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task A_91_year_old_sees_the_age_allowance_with_its_amount_start_month_and_schedule(string size)
    {
        var page = await browser.Page(size);
        await Fill(page, "1935-03-14");
        await page.SelectOptionAsync("#livingArrangement", "alone");
        await page.ClickAsync("button[type=submit]");

        var card = page.Locator("[data-benefit=age-90-99]");
        await Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("eligible"));
        var api = await Api(new { person = new { birthDate = "1935-03-14", hukouDistrict = "gusu", livingArrangement = "alone" }, scheduleFrom = "2026-01", scheduleTo = "2026-12" });
        var benefit = api["outcome"]!["benefits"]!.AsArray().Single(b => (string?)b!["code"] == "age-90-99")!;
        await Expect(card.Locator(".amount")).ToContainTextAsync(((decimal)benefit["amountPerPeriod"]!).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(card).ToContainTextAsync((string)benefit["startMonth"]!);
        await Expect(page.Locator("#summary")).ToContainTextAsync("周岁 91");
        await Expect(page.Locator("#summary")).ToContainTextAsync(((decimal)api["outcome"]!["yearTotal"]!).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("#schedule tbody tr")).ToHaveCountAsync(12);
        await Expect(page.Locator("#warnings .todo").First).ToHaveTextAsync("待核实");
        await Expect(page.Locator("#stamp")).ToContainTextAsync((string)api["stamp"]!["packHash"]!);
        await browser.Screenshot(page, $"elderly-91-{size}");
        await page.EvaluateAsync("() => document.getElementById('result').scrollIntoView({ block: 'start' })");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, $"elderly-91-{size}-result.png") });
    }

    [Fact]
    public async Task Each_benefit_says_what_to_bring_from_the_pack_and_marks_a_placeholder_list_to_be_confirmed()
    {
        var page = await browser.Page("phone");
        await Fill(page, "1935-03-14");
        await page.ClickAsync("button[type=submit]");

        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var catalogue = JsonNode.Parse(await client.GetStringAsync("api/catalogues/elderly-care", TestContext.Current.CancellationToken))!;
        var items = catalogue["lists"]!.AsArray().SelectMany(l => l!["items"]!.AsArray()).ToDictionary(i => (string)i!["code"]!, i => i!["details"]!["evidence"]!);

        // 尊老金: the documents the Suzhou guide names, with its source, not marked 待核实.
        var allowance = page.Locator("[data-benefit=age-90-99] .bring");
        await Expect(allowance).ToContainTextAsync((string)items["age-90-99"]["text"]!);
        await Expect(allowance).ToContainTextAsync("身份证");
        await Expect(allowance.Locator(".source")).ToContainTextAsync((string)items["age-90-99"]["citation"]!["title"]!);
        await Expect(allowance.Locator(".todo")).ToHaveCountAsync(0);

        // 居家养老服务补贴: no Suzhou list in the pack, so no documents are named and the line is marked 待核实.
        Assert.True((bool)items["home-care"]["placeholder"]!);
        var homeCare = page.Locator("[data-benefit=home-care] .bring");
        await Expect(homeCare).ToContainTextAsync((string)items["home-care"]["text"]!);
        await Expect(homeCare.Locator(".todo")).ToHaveTextAsync("待核实");
        await browser.Screenshot(page, "elderly-what-to-bring-phone");
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task A_79_year_old_who_turns_80_this_month_is_told_when_the_allowance_starts(string size)
    {
        var page = await browser.Page(size);
        await Fill(page, "1946-06-15");
        await page.ClickAsync("button[type=submit]");

        var card = page.Locator("[data-benefit=age-80-89]");
        await Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("not-eligible"));
        await Expect(card).ToContainTextAsync("年龄未到");
        var api = await Api(new { person = new { birthDate = "1946-06-15", hukouDistrict = "gusu" } });
        var benefit = api["outcome"]!["benefits"]!.AsArray().Single(b => (string?)b!["code"] == "age-80-89")!;
        Assert.Equal("2026-07", (string?)benefit["qualifiesFromMonth"]);
        await Expect(card).ToContainTextAsync("将于 2026-06-15 符合条件，自 2026-07 起发放");
        await Expect(page.Locator("#summary")).ToContainTextAsync("周岁 79");
        await browser.Screenshot(page, $"elderly-79-{size}");
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task A_birth_date_after_the_as_of_date_is_shown_next_to_its_field_with_the_library_message(string size)
    {
        var page = await browser.Page(size);
        await Fill(page, "2030-01-01");
        await page.ClickAsync("button[type=submit]");

        var error = page.Locator("#err-birthDate");
        await Expect(error).ToContainTextAsync("出生日期 2030-01-01 晚于测算日期");
        await Expect(page.Locator("#birthDate")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#birthDate")).ToHaveAttributeAsync("aria-describedby", "err-birthDate");
        await Expect(page.Locator("#birthDate")).ToBeFocusedAsync();
        await Expect(page.Locator("#result")).ToBeHiddenAsync();
        await browser.Screenshot(page, $"elderly-invalid-{size}");
    }

    [Fact]
    public async Task The_English_switch_shows_the_API_messages_in_English()
    {
        var page = await browser.Page("phone");
        await Fill(page, "2030-01-01");
        await page.ClickAsync("#lang-switch");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Elderly-care benefits");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#err-birthDate")).ToContainTextAsync("is after the as-of date");
    }

    [Fact]
    public async Task The_calculator_can_be_used_with_the_keyboard_alone()
    {
        var page = await browser.Page("desktop");
        await Fill(page, "1935-03-14");
        await page.FocusAsync("#scheduleTo");
        var reached = false;
        for (var i = 0; i < 4 && !reached; i++)
        {
            // A month field has a segment per part; Tab walks through them, then on to the button.
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.type === 'submit'");
        }

        Assert.True(reached, "Tab from the last field does not reach the calculate button");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-benefit=age-90-99]")).ToBeVisibleAsync();
        var unlabelled = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('input, select')].filter(i => !i.labels || i.labels.length === 0).length");
        Assert.Equal(0, unlabelled);
    }
}
