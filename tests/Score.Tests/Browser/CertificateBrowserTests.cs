using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Score.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Score.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed partial class CertificateBrowserTests(BrowserFixture fixture)
{
    [GeneratedRegex(@"https?://[^\s]+/verify/[0-9A-Z]{20}")]
    private static partial Regex VerificationUrl();

    [Fact]
    public async Task Staff_issue_a_demo_trainings_certificates_download_the_batch_and_a_stranger_verifies_one_as_valid()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");
        await page.GotoAsync("/trainings");
        await page.GetByRole(AriaRole.Link, new() { Name = "SCORE Plus Modul 1 · Jakarta Angkatan 7" }).ClickAsync();
        await page.GetByTestId("certificates-link").ClickAsync();

        var due = int.Parse(await page.GetByTestId("awaiting-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(due > 0, "the completed demo training has completers awaiting certificates");
        await page.GetByTestId("issue-certificates").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync($"Sertifikat diterbitkan: {due}.");
        await Assertions.Expect(page.GetByTestId("awaiting-count")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-testid=certificates] tbody tr")).ToHaveCountAsync(due);
        await BrowserFixture.ScreenshotAsync(page, "certificates-issued");
        var certificatesUrl = page.Url;

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-pdf").ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(due, document.NumberOfPages);
        var firstPage = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
        var printed = VerificationUrl().Match(firstPage).Value;
        Assert.NotEmpty(printed);
        await page.Context.CloseAsync();

        // The issued certificates on a phone: one card a certificate, every column readable, nothing sideways.
        var phone = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(phone, "staff.bedo@score.test");
        await phone.GotoAsync(certificatesUrl);
        await Assertions.Expect(phone.Locator("[data-testid=certificates] tbody tr")).ToHaveCountAsync(due);
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The certificates page scrolls sideways at 390 px.");
        Assert.True(await phone.EvaluateAsync<bool>(
            "[...document.querySelectorAll('[data-testid=certificates] [data-testid=state]')].every(e => e.getBoundingClientRect().right <= window.innerWidth)"),
            "A certificate's state is cut off at 390 px.");
        var axe = await phone.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        await BrowserFixture.ScreenshotAsync(phone, "certificates-issued-phone");
        await phone.Context.CloseAsync();

        var stranger = await fixture.NewPageAsync(390, 844, mobile: true);
        await stranger.GotoAsync(printed);
        await Assertions.Expect(stranger.GetByTestId("verify-state")).ToHaveAttributeAsync("data-state", "valid");
        await Assertions.Expect(stranger.GetByTestId("verify-state")).ToContainTextAsync("Sertifikat sah");
        Assert.Contains(await stranger.GetByTestId("verify-holder").InnerTextAsync(), firstPage, StringComparison.Ordinal);
        await Assertions.Expect(stranger.GetByTestId("user-menu")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(stranger, "certificate-verified-phone");
        await stranger.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_partner_staff_download_their_partner_report_and_results_workbook_from_the_reports_page()
    {
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");
        await page.GotoAsync("/reports");
        await Assertions.Expect(page.GetByTestId("programme-report-form")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "reports-phone");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("partner-report").ClickAsync());
        using var document = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Contains("Laporan mitra", text, StringComparison.Ordinal);
        Assert.Contains("Business & Export Development Organization", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SCORE Creative", text, StringComparison.Ordinal);

        // The results workbook from the same page, over all time: the dates emptied.
        await page.GetByTestId("results-report-form").Locator("#results-from").FillAsync("");
        await page.GetByTestId("results-report-form").Locator("#results-to").FillAsync("");
        var workbook = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("results-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", workbook.SuggestedFilename, StringComparison.Ordinal);
        using var xlsx = new MemoryStream(await File.ReadAllBytesAsync((await workbook.PathAsync())!));
        Assert.Equal("Tentang", MiniExcelLibs.MiniExcel.GetSheetNames(xlsx)[0]);
        var about = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "Tentang").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(about, row => Equals(row["Nilai"], "Semua pelatihan"));
        Assert.Contains(about, row => Equals(row["Nilai"], "Business & Export Development Organization"));
        await page.Context.CloseAsync();
    }
}
