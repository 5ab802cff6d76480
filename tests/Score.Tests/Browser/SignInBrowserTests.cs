using Microsoft.Playwright;
using Score.Tests.Infrastructure;

namespace Score.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class SignInBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("admin@score.test", "Administrasi program", true, null)]
    [InlineData("viewer@score.test", "Program SCORE", false, null)]
    [InlineData("staff.bedo@score.test", "BEDO", false, "BEDO")]
    [InlineData("staff.smi@score.test", "SMI", false, "SMI")]
    [InlineData("trainer.bedo@score.test", "Pelatihan saya", false, "BEDO")]
    public async Task Each_demo_role_signs_in_and_sees_its_own_home_and_menu(string email, string title, bool seesUsers, string? partner)
    {
        var page = await fixture.NewPageAsync();

        await BrowserFixture.SignInAsync(page, email);

        await Assertions.Expect(page.GetByTestId("home-title")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        Assert.Equal(seesUsers ? 1 : 0, await page.Locator("[data-menu=users]").CountAsync());
        if (partner is null)
        {
            Assert.Equal(0, await page.GetByTestId("user-partner").CountAsync());
        }
        else
        {
            await Assertions.Expect(page.GetByTestId("user-partner")).ToHaveTextAsync(partner);
        }
        if (email.StartsWith("viewer", StringComparison.Ordinal) || email.StartsWith("admin", StringComparison.Ordinal))
        {
            // The programme view lists all eight partners.
            await Assertions.Expect(page.Locator("[data-testid=partner-table] tbody tr")).ToHaveCountAsync(8);
        }
        await BrowserFixture.ScreenshotAsync(page, "home-" + email.Split('@')[0]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_turns_the_page_into_english_and_back()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "home-staff.bedo-en");
        await page.GetByTestId("menu").GetByRole(AriaRole.Link, new() { Name = "Trainings" }).ClickAsync();
        await page.Locator("[data-testid=training-list] a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("completion-rules")).ToContainTextAsync("A participant completes when present");
        await BrowserFixture.ScreenshotAsync(page, "training-en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_menu_folds_and_the_administrator_reaches_users_through_it()
    {
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "admin@score.test");

        await Assertions.Expect(page.Locator("[data-menu=users]")).Not.ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan atau sembunyikan menu" }).ClickAsync();
        // A tap during the menu's opening animation can land beside the moving link: wait until it is open.
        await Assertions.Expect(page.Locator("#main-nav")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"(^|\s)show(\s|$)"));
        await Assertions.Expect(page.Locator("#main-nav")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("collapsing"));
        await page.Locator("[data-menu=users]").ClickAsync();

        // The address is polled rather than awaited as a navigation: the page may have loaded before the wait began.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/users$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pengguna" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "users-phone");
        await page.Context.CloseAsync();
    }
}
