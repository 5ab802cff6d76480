using Microsoft.Playwright;
using Score.Tests.Infrastructure;

namespace Score.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class RegistryBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_register_an_enterprise_with_two_people_find_it_filtered_and_another_partner_cannot_open_it()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");

        await page.GetByTestId("menu").GetByRole(AriaRole.Link, new() { Name = "Perusahaan", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Perusahaan baru" }).ClickAsync();
        await page.GetByLabel("Nama perusahaan").FillAsync("CV Uji Peramban Sejahtera");
        await page.GetByLabel("NIB").FillAsync("8123456789012");
        await page.GetByLabel("Sektor").SelectOptionAsync(new SelectOptionValue { Label = "Mebel dan produk kayu" });
        await page.GetByLabel("Provinsi").SelectOptionAsync(new SelectOptionValue { Label = "Jawa Tengah" });
        // The regencies of the chosen province arrive from the server.
        await Assertions.Expect(page.Locator("#RegencyCode option", new() { HasText = "Kota Semarang" })).ToHaveCountAsync(1);
        await page.GetByLabel("Kabupaten/kota").SelectOptionAsync(new SelectOptionValue { Label = "Kota Semarang" });
        await page.GetByLabel("Pekerja perempuan").FillAsync("34");
        await page.GetByLabel("Pekerja laki-laki").FillAsync("21");
        await BrowserFixture.ScreenshotAsync(page, "enterprise-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("enterprise-name")).ToHaveTextAsync("CV Uji Peramban Sejahtera");
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("telah didaftarkan");
        await Assertions.Expect(page.GetByTestId("size-class")).ToHaveTextAsync("Menengah");
        var enterpriseUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Tambah orang" }).ClickAsync();
        var people = new[] { ("Dewi Anggraini", "Perempuan", "Manajer"), ("Eko Prasetyo", "Laki-laki", "Pekerja") };
        for (var i = 0; i < people.Length; i++)
        {
            var (name, sex, position) = people[i];
            var row = page.GetByRole(AriaRole.Group, new() { Name = $"Orang {i + 1}" });
            await row.GetByLabel("Nama lengkap").FillAsync(name);
            await row.GetByLabel("Jenis kelamin").SelectOptionAsync(new SelectOptionValue { Label = sex });
            await row.GetByLabel("Jabatan").SelectOptionAsync(new SelectOptionValue { Label = position });
            await row.GetByLabel("Tim").CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan orang" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("2 orang ditambahkan");
        await Assertions.Expect(page.Locator("[data-testid=people-table] tbody tr")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "enterprise-details");

        await page.GotoAsync("/enterprises");
        await page.GetByLabel("Cari").FillAsync("Peramban");
        await page.Locator("#province").SelectOptionAsync(new SelectOptionValue { Label = "Jawa Tengah" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Saring" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("result-count")).ToHaveTextAsync("1 hasil");
        Assert.Contains("search=Peramban", page.Url, StringComparison.Ordinal);
        Assert.Contains("province=33", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=enterprise-table] tbody tr")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "enterprise-list-filtered");
        await page.Context.CloseAsync();

        var other = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(other, "staff.smi@score.test");
        var response = await other.GotoAsync(enterpriseUrl);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Halaman tidak ditemukan" })).ToBeVisibleAsync();
        await other.GotoAsync("/enterprises?search=Peramban");
        await Assertions.Expect(other.GetByTestId("result-count")).ToHaveTextAsync("0 hasil");
        await BrowserFixture.ScreenshotAsync(other, "enterprise-other-partner-404");
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task The_enterprise_list_reads_well_on_a_phone()
    {
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "viewer@score.test");

        await page.GotoAsync("/enterprises");

        await Assertions.Expect(page.Locator("[data-testid=enterprise-table] tbody tr")).ToHaveCountAsync(25);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "The page scrolls sideways on a phone");
        await BrowserFixture.ScreenshotAsync(page, "enterprise-list-phone");
        await page.GotoAsync("/partners");
        await BrowserFixture.ScreenshotAsync(page, "partners-phone");
        await page.Context.CloseAsync();
    }
}
