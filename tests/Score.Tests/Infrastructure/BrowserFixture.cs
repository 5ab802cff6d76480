using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Score.Web.DemoData;

namespace Score.Tests.Infrastructure;

/// <summary>
/// The app on real Kestrel with the demo data, and a headless Chromium driven by Playwright.
/// Chromium is the system's (scripts/test.sh finds or installs it); Playwright downloads nothing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public ScoreServer App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("SCORE_SCREENSHOTS")
                         ?? Path.Combine(Foundation.LanguageTests.RepositoryRoot(), "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().LoadAsync();
        }
        var chromium = Environment.GetEnvironmentVariable("SCORE_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: install it (apt-get install chromium) or set SCORE_CHROMIUM.");
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool mobile = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = mobile,
            HasTouch = mobile,
            Locale = "en-US",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page, in Indonesian, with the demo password.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(DemoDataSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await ExplainTimeoutAsync(page, "sign-in of " + email,
            // Signed in is the address leaving the sign-in page; waiting for "load" as well waited on every image and
            // script of a busy home page, and once on a loaded 2-core machine for more than 30 s.
            () => page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal),
                new() { Timeout = 30_000, WaitUntil = WaitUntilState.DOMContentLoaded }));
    }

    /// <summary>
    /// Runs a wait; if it times out, the failure names the page the browser is on and what it says,
    /// and leaves a screenshot, so a timeout in a loaded run tells a refused post from a slow one.
    /// </summary>
    public static async Task ExplainTimeoutAsync(IPage page, string step, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException timeout)
        {
            var said = "";
            try
            {
                await ScreenshotAsync(page, "timeout-" + string.Concat(step.Where(char.IsLetterOrDigit)));
                said = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                // The page may be gone too: the original timeout is what matters.
            }
            throw new TimeoutException($"{step}: still on {page.Url} at {DateTime.UtcNow:HH:mm:ss.fff} UTC, saying: {said[..Math.Min(said.Length, 1500)]}", timeout);
        }
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
