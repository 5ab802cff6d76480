using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Score.Tests.Infrastructure;
using Score.Web.DemoData;

namespace Score.Tests.Browser;

/// <summary>On a phone, the database goes away as a new enterprise is saved: the page says so plainly and one tap saves it once the database is back.</summary>
[Collection(BrowserTests.Name)]
public sealed class OutageBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_a_form_saved_during_an_outage_gets_a_clear_503_page_and_is_saved_by_one_tap_afterwards()
    {
        var server = new GatedScoreServer();
        await server.InitializeAsync();
        try
        {
            await using (var scope = server.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().LoadAsync();
            }
            await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = server.ServerAddress.ToString(), ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
            });
            context.SetDefaultTimeout(15_000);
            var page = await context.NewPageAsync();
            await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");
            await page.GotoAsync("/enterprises/create");
            await page.Locator("#Name").FillAsync("UD Tetap Tersimpan");
            await page.Locator("#SectorId").SelectOptionAsync("1");
            await page.Locator("#ProvinceCode").SelectOptionAsync("33");
            await page.Locator("#WorkersWomen").FillAsync("7");
            await page.Locator("#WorkersMen").FillAsync("5");

            server.Gate.Close();
            await page.Locator("main form[action='/enterprises/create'] button[type=submit]:not([name=Another])").ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Score sedang tidak tersedia" })).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "outage-503-id-phone");
            Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
            var axe = await page.RunAxe();
            Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));

            server.Reopen();
            await page.GetByTestId("send-again").ClickAsync();

            await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("UD Tetap Tersimpan");
            Assert.Equal(1, await server.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "UD Tetap Tersimpan" && e.WorkersWomen == 7)));
        }
        finally
        {
            await ((IAsyncLifetime)server).DisposeAsync();
        }
    }
}
