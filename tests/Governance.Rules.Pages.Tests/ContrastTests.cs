using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Rules.Pages.Tests;

/// <summary>
/// Sufficient contrast (WCAG 2.x, 1.4.3) on every page, at phone and desktop widths, in both languages, before and after a
/// calculation and with errors shown: every visible text element at least 4.5:1 against its effective background (3:1
/// for large text, 24 px or 18.66 px bold). And a visible focus indicator (2.4.7) on everything a keyboard reaches.
/// </summary>
public sealed class ContrastTests(BrowserFixture browser)
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scripts", "contrast.js"));

    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in States.Keys)
        {
            foreach (var size in new[] { "phone", "desktop" })
            {
                foreach (var language in new[] { "zh-Hans", "en" })
                {
                    data.Add(page, size, language);
                }
            }
        }

        return data;
    }

    /// <summary>Per page, the states it is checked in after loading: each a step that brings it about.</summary>
    private static readonly Dictionary<string, (string Name, Func<IPage, Task> Step)[]> States = new()
    {
        ["index.html"] = [],
        ["elderly.html"] =
        [
            ("birth date refused", async page =>
            {
                await Expect(page.Locator("#hukouDistrict option[value=gusu]")).ToHaveCountAsync(1);
                await page.FillAsync("#birthDate", "2030-01-01");
                await page.ClickAsync("button[type=submit]");
                await Expect(page.Locator(".error").First).ToBeVisibleAsync();
            }),
            ("a 91-year-old's benefits", async page =>
            {
                await page.FillAsync("#birthDate", "1935-03-14");
                await page.SelectOptionAsync("#hukouDistrict", "gusu");
                await page.FillAsync("#asOf", "2026-06-01");
                await page.ClickAsync("button[type=submit]");
                await Expect(page.Locator("[data-benefit=age-90-99]")).ToBeVisibleAsync();
            }),
        ],
        ["staffing.html"] =
        [
            ("staffing figures", async page =>
            {
                await Expect(page.Locator("#workers input")).Not.ToHaveCountAsync(0);
                await page.FillAsync("#population", "8200");
                await page.FillAsync("#w-community-full-time", "9");
                await page.ClickAsync("button[type=submit]");
                await Expect(page.Locator("#facts")).Not.ToBeEmptyAsync();
            }),
        ],
        ["pay.html"] =
        [
            ("grade and pay", async page =>
            {
                await Expect(page.Locator("#post option")).Not.ToHaveCountAsync(0);
                await page.FillAsync("#serviceStart", "2016-03-01");
                await page.FillAsync("#postFrom", "2016-03-01");
                await page.FillAsync("#asOf", "2026-03-01");
                await page.ClickAsync("button[type=submit]");
                await Expect(page.Locator("#facts")).Not.ToBeEmptyAsync();
            }),
        ],
        ["certificate.html"] =
        [
            ("empty request refused", async page =>
            {
                await page.ClickAsync("button[type=submit]");
                await Expect(page.Locator(".error").First).ToBeVisibleAsync();
            }),
            ("refusal notice", async page =>
            {
                await page.FillAsync("#text", "开个亲属关系证明");
                await page.SelectOptionAsync("#requester", "bank");
                await page.ClickAsync("button[type=submit]");
                await Expect(page.Locator("#notice")).Not.ToBeEmptyAsync();
            }),
        ],
        ["parameters.html"] =
        [
            ("parameters in force and a timeline", async page =>
            {
                await page.FillAsync("#at", "2026-01-01");
                await page.ClickAsync("form button[type=submit]");
                var row = page.Locator("tr[data-key='staffing.workers_per_10k_urban_residents']");
                await row.Locator("button").ClickAsync();
                await Expect(page.Locator("#timeline tbody tr").First).ToBeVisibleAsync();
            }),
        ],
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_text_stands_out_from_its_background_and_every_focus_is_visible(string url, string size, string language)
    {
        var page = await browser.Page(size);
        await page.Context.AddInitScriptAsync(Script);
        await page.GotoAsync(url);
        if (language == "en")
        {
            await page.ClickAsync("#lang-switch");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }

        var failures = new List<string>();
        await Check(page, "loaded", failures);
        foreach (var (name, step) in States[url])
        {
            await step(page);
            await Check(page, name, failures);
        }

        failures.AddRange(await FocusFailures(page));
        Assert.True(failures.Count == 0, $"{url} ({size}, {language}):\n" + string.Join("\n", failures.Distinct()));
    }

    private static async Task Check(IPage page, string state, List<string> failures)
    {
        var result = await page.EvaluateAsync<JsonElement>("() => window.__contrast()");
        Assert.True(result.GetProperty("checked").GetInt32() >= 3, $"{state}: fewer than 3 text elements found to check");
        failures.AddRange(result.GetProperty("failures").EnumerateArray().Select(f => $"[{state}] {f.GetString()}"));
    }

    /// <summary>Tabs through the page from the top; every element the keyboard reaches must show a focus indicator.</summary>
    private static async Task<List<string>> FocusFailures(IPage page)
    {
        var failures = new List<string>();
        var seen = new HashSet<string>();
        // The keyboard starts from the top of the page, as on a freshly loaded one: from a mark focused before everything else.
        await page.EvaluateAsync("() => { const mark = document.createElement('span'); mark.id = 'focus-start'; mark.tabIndex = -1; document.body.prepend(mark); mark.focus(); }");
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<JsonElement>("() => window.__focus()");
            var name = focus.GetProperty("name").GetString();
            var key = await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e === document.body ? '' : (e.id || '') + '|' + [...document.querySelectorAll('*')].indexOf(e); }");
            if (name is null || !seen.Add(key))
            {
                break;
            }

            if (!focus.GetProperty("ok").GetBoolean())
            {
                failures.Add($"[focus] {name}: {focus.GetProperty("detail").GetString()}");
            }
        }

        Assert.True(seen.Count >= 2, "the keyboard reached fewer than 2 elements");
        return failures;
    }
}
