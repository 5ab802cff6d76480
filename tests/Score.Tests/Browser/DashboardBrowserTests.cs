using Microsoft.Playwright;
using Score.Tests.Infrastructure;

namespace Score.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class DashboardBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("admin@score.test", "programme")]
    [InlineData("staff.bedo@score.test", "partner")]
    public async Task The_dashboard_reads_in_both_languages_on_a_desktop_and_a_phone(string email, string kind)
    {
        foreach (var (width, height, mobile, device) in new[] { (1280, 900, false, "desktop"), (390, 844, true, "phone") })
        {
            var page = await fixture.NewPageAsync(width, height, mobile);
            await BrowserFixture.SignInAsync(page, email);
            foreach (var (language, title) in new[] { ("id", kind == "programme" ? "Dasbor program" : "Dasbor:"), ("en", kind == "programme" ? "Programme dashboard" : "Dashboard:") })
            {
                await page.GotoAsync($"/dashboard?culture={language}&ui-culture={language}");
                await Assertions.Expect(page.GetByTestId("dashboard-title")).ToContainTextAsync(title);
                await Assertions.Expect(page.GetByTestId("figure-enterprises").GetByTestId("value")).Not.ToHaveTextAsync("0");
                await Assertions.Expect(page.Locator(".chart-row").First).ToBeVisibleAsync();
                if (kind == "partner")
                {
                    await Assertions.Expect(page.GetByTestId("needs-action")).ToBeVisibleAsync();
                }
                // The figures behind a chart open as a table.
                await page.GetByTestId("table-modules").Locator("summary").ClickAsync();
                await Assertions.Expect(page.GetByTestId("table-modules").Locator("table")).ToBeVisibleAsync();
                var tooWide = await page.EvaluateAsync<string>(
                    "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
                Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), $"{kind} {language} {device} scrolls sideways: {tooWide}");
                // Every chart label shown reads at 11 px or more on the screen, the SVG's scaling included.
                var labels = await page.EvaluateAsync<double[]>(
                    "[...document.querySelectorAll('svg text')].filter(t => getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0)" +
                    ".map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)");
                Assert.NotEmpty(labels);
                Assert.True(labels.Min() >= 11, $"{kind} {language} {device}: a chart label is drawn at {labels.Min():0.0} px");
                await BrowserFixture.ScreenshotAsync(page, $"dashboard-{kind}-{language}-{device}");
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_figure_leads_to_the_list_behind_it()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "viewer@score.test");
        await page.GotoAsync("/dashboard?culture=id&ui-culture=id");
        var reached = await page.GetByTestId("figure-enterprises").GetByTestId("value").InnerTextAsync();

        await page.GetByTestId("figure-enterprises").ClickAsync();

        await Assertions.Expect(page.GetByTestId("reached-filter")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{reached} hasil");
        await page.Context.CloseAsync();
    }
}
