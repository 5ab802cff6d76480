using Microsoft.Playwright;
using Score.Tests.Infrastructure;

namespace Score.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class VisitBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_trainer_opens_an_overdue_visit_records_it_with_an_action_updated_and_sees_progress()
    {
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "trainer.bedo@score.test");

        // An overdue enterprise that already had a visit, so that it has actions to carry forward.
        var overdue = page.Locator("[data-testid=my-visits] a[data-overdue=true]", new() { HasText = "1 dari 3 konsultasi" }).First;
        await Assertions.Expect(overdue).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "visit-1-trainer-home-phone");
        var enterprise = (await overdue.Locator("b").InnerTextAsync()).Trim();
        await overdue.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("Catat kunjungan") })).ToBeVisibleAsync();
        var progressBefore = await page.GetByTestId("visit-progress").InnerTextAsync();
        Assert.Contains("Terlambat", progressBefore, StringComparison.Ordinal);
        var carried = page.Locator("[data-testid=action-carried]").First;
        await Assertions.Expect(carried).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "visit-2-form-phone-first-screen.png") });
        var formBottom = await page.EvaluateAsync<double>("window.scrollTo(0, 0), document.querySelector('[data-testid=visit-form]').getBoundingClientRect().bottom");
        Assert.True(formBottom <= 844, $"The visit form needs {formBottom:0} px: more than one phone screen (844 px).");
        await carried.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByLabel("Temuan").FillAsync("Tindakan 5R selesai; papan informasi sudah dipakai setiap pagi.");
        await BrowserFixture.ScreenshotAsync(page, "visit-2-form-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kunjungan" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Kunjungan telah dicatat.");
        await Assertions.Expect(page.GetByTestId("training-title")).ToBeVisibleAsync();
        var item = page.Locator("[data-testid=enrolments] > li", new() { HasText = enterprise });
        await Assertions.Expect(item.Locator("[data-testid^=visits-]")).ToContainTextAsync("2 dari 3 konsultasi");
        await BrowserFixture.ScreenshotAsync(page, "visit-3-training-progress-phone");
        await page.Context.CloseAsync();
    }
}
