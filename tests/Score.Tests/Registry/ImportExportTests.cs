using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Registry;

public sealed partial class ImportExportTests(ScoreApp app) : RegistryTest(app)
{
    internal const string Header =
        "Nama perusahaan / Enterprise name,NIB,Bentuk badan usaha / Legal form,Kode sektor / Sector code,Kode provinsi / Province code," +
        "Kode kabupaten/kota / Regency or city code,Pekerja perempuan / Female workers,Pekerja laki-laki / Male workers,Status," +
        "Nama orang / Person name,Jenis kelamin (P/L) / Sex (F/M),Jabatan / Position,Telepon orang / Person phone";

    internal static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private static async Task<HttpResponseMessage> UploadAsync(TestBrowser browser, string fileName, byte[] content) =>
        await browser.PostFileAsync("/enterprises/import", "/enterprises/import", fileName, content);

    private static string BatchCommitUrl(string html) => CommitUrl().Match(html).Groups[1].Value;

    [GeneratedRegex("action=\"(/enterprises/import/[0-9a-f-]{36}/commit)\"")]
    private static partial Regex CommitUrl();

    [Fact]
    public async Task A_good_file_shows_a_preview_saves_nothing_until_confirmed_then_saves_everything()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        var file = Csv(
            "CV Maju Mebel,1000000000001,cv,furniture,33,33.74,10,20,active,Siti Rahayu,P,manager,0812 1",
            "CV Maju Mebel,1000000000001,cv,furniture,33,33.74,10,20,active,Joko Susilo,L,worker,0812 2",
            "PT Rasa Enak,,pt,food,32,32.73,40,5,prospect,,,,");

        var preview = await UploadAsync(bedo, "enterprises.csv", file);

        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("data-testid=\"preview-counts\">Berkas ini akan mendaftarkan 2 perusahaan baru, memperbarui 0, menambah 2 orang", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync()));

        var commit = await bedo.PostWithTokenAsync(BatchCommitUrl(html), Form(), TestBrowser.TokenIn(html));

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        var saved = await App.WithDbAsync(db => db.Enterprises.Include(e => e.People).OrderBy(e => e.Name).ToListAsync());
        Assert.Equal(["CV Maju Mebel", "PT Rasa Enak"], saved.Select(e => e.Name));
        Assert.All(saved, e => Assert.Equal(Bedo.Id, e.PartnerId));
        Assert.Equal(["Joko Susilo", "Siti Rahayu"], saved[0].People.Select(p => p.FullName).Order());
        Assert.Equal((SizeClass.Medium, EnterpriseStatus.Prospect, "32.73"), (saved[1].SizeClass, saved[1].Status, saved[1].RegencyCode));
        Assert.Equal("staff.bedo@score.test", saved[0].CreatedBy);
        Assert.Contains("Impor selesai: 2 perusahaan didaftarkan", await bedo.GetPageAsync("/enterprises"), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.ImportBatches.AnyAsync()));
    }

    [Fact]
    public async Task A_file_with_errors_lists_each_with_its_row_and_column_and_saves_nothing()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        var file = Csv(
            "CV Benar,,cv,furniture,33,33.74,10,20,active,Siti,P,manager,",
            "CV NIB Salah,12345,cv,furniture,33,33.74,10,20,active,,,,",
            "CV Sektor Aneh,,cv,spaceships,33,33.74,10,20,active,,,,",
            "CV Orang Kurang,,cv,food,33,33.74,-3,20,active,Budi,,worker,");

        var response = await UploadAsync(bedo, "bad.csv", file);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"import-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>3</td><td>NIB</td><td>NIB terdiri dari tepat 13 angka.</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>4</td><td>Kode sektor</td><td>Kode “spaceships” tidak dikenal", html, StringComparison.Ordinal);
        Assert.Contains("<td>5</td><td>Pekerja perempuan</td><td>Harus antara 0 dan 100000.</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>5</td><td>Jenis kelamin (P/L)</td><td>Wajib diisi.</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/commit", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync()));
        Assert.False(await App.WithDbAsync(db => db.ImportBatches.AnyAsync()));
    }

    [Fact]
    public async Task An_NIB_of_another_partner_or_twice_in_the_file_is_an_error()
    {
        await App.CreateEnterpriseAsync(Smi.Id, "PT Punya Smi", nib: "2000000000002");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var file = Csv(
            "CV Satu,2000000000002,cv,food,33,33.74,1,1,active,,,,",
            "CV Dua,3000000000003,cv,food,33,33.74,1,1,active,,,,",
            "CV Tiga,3000000000003,cv,food,33,33.74,1,1,active,,,,");

        var html = await (await UploadAsync(bedo, "dup.csv", file)).Content.ReadAsStringAsync();

        Assert.Contains("<td>2</td><td>NIB</td><td>NIB ini sudah didaftarkan oleh mitra lain.</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>4</td><td>NIB</td><td>NIB yang sama sudah ada di baris 3 berkas ini.</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Punya Smi", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task An_export_imports_back_cleanly_as_updates_of_the_same_records(string format)
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "PT Ekspor Satu", nib: "4000000000004", people: 3);
        await App.CreateEnterpriseAsync(Bedo.Id, "PT Ekspor Dua", people: 0);
        await App.CreateEnterpriseAsync(Smi.Id, "PT Bukan Milik Bedo", people: 2);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var before = await App.WithDbAsync(db => db.Enterprises.Include(e => e.People).AsNoTracking().OrderBy(e => e.Id).ToListAsync());

        var exported = await bedo.DownloadAsync($"/enterprises/export?format={format}");
        var preview = await UploadAsync(bedo, "export." + format, exported);
        var html = await preview.Content.ReadAsStringAsync();

        Assert.Contains("mendaftarkan 0 perusahaan baru, memperbarui 2, menambah 0 orang dan memperbarui 3", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await bedo.PostWithTokenAsync(BatchCommitUrl(html), Form(), TestBrowser.TokenIn(html))).StatusCode);
        var after = await App.WithDbAsync(db => db.Enterprises.Include(e => e.People).AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            before.Select(e => (e.Id, e.Name, e.Nib, e.PartnerId, e.WorkersWomen, e.WorkersMen, e.SizeClass, e.RegencyCode, e.People.Count)),
            after.Select(e => (e.Id, e.Name, e.Nib, e.PartnerId, e.WorkersWomen, e.WorkersMen, e.SizeClass, e.RegencyCode, e.People.Count)));
        Assert.Equal(
            before.SelectMany(e => e.People).OrderBy(p => p.Id).Select(p => (p.FullName, p.Sex, p.Position, p.Phone)),
            after.SelectMany(e => e.People).OrderBy(p => p.Id).Select(p => (p.FullName, p.Sex, p.Position, p.Phone)));
    }

    [Fact]
    public async Task The_export_holds_only_what_the_filtered_list_shows_to_this_user()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "PT Semarang", regencyCode: "33.74");
        await App.CreateEnterpriseAsync(Bedo.Id, "PT Bandung", regencyCode: "32.73");
        await App.CreateEnterpriseAsync(Smi.Id, "PT Smi Semarang", regencyCode: "33.74");
        using var bedo = await AsAsync("staff.bedo@score.test");

        var csv = Encoding.UTF8.GetString(await bedo.DownloadAsync("/enterprises/export?format=csv&province=33"));

        Assert.Contains("PT Semarang", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("PT Bandung", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("PT Smi Semarang", csv, StringComparison.Ordinal);
        Assert.Contains("Nama perusahaan / Enterprise name", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_semicolon_separated_csv_from_an_indonesian_spreadsheet_is_read()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        var file = Encoding.UTF8.GetBytes(Header.Replace(',', ';') + "\r\nCV Titik Koma;;cv;food;33;33.74;3;4;active;;;;\r\n");

        var html = await (await UploadAsync(bedo, "semicolons.csv", file)).Content.ReadAsStringAsync();

        Assert.Contains("mendaftarkan 1 perusahaan baru", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_gets_a_message_not_an_error_page()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var notXlsx = await UploadAsync(bedo, "fake.xlsx", Encoding.UTF8.GetBytes("this is not a zip"));
        var wrongType = await UploadAsync(bedo, "photo.jpg", [1, 2, 3]);

        Assert.Equal(HttpStatusCode.OK, notXlsx.StatusCode);
        Assert.Contains("Berkas tidak dapat dibaca sebagai lembar kerja.", await notXlsx.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Hanya berkas .xlsx dan .csv", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_else_can_commit_someone_elses_preview()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        var html = await (await UploadAsync(bedo, "one.csv", Csv("CV Punya Bedo,,cv,food,33,33.74,3,4,active,,,,"))).Content.ReadAsStringAsync();
        using var smi = await AsAsync("staff.smi@score.test");
        var smiToken = TestBrowser.TokenIn(await smi.GetPageAsync("/enterprises"));

        var response = await smi.PostWithTokenAsync(BatchCommitUrl(html), Form(), smiToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync()));
    }

    [Fact]
    public async Task The_templates_download_with_bilingual_headers_and_viewers_cannot_import()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        var csv = Encoding.UTF8.GetString(await bedo.DownloadAsync("/enterprises/import/template?format=csv"));
        var xlsx = await bedo.DownloadAsync("/enterprises/import/template?format=xlsx");

        Assert.Contains("Nama perusahaan / Enterprise name", csv, StringComparison.Ordinal);
        Assert.Contains("Jenis kelamin (P/L) / Sex (F/M)", csv, StringComparison.Ordinal);
        Assert.Equal((byte)'P', xlsx[0]);

        using var viewer = await AsAsync("viewer@score.test");
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/enterprises/import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/enterprises/import/template?format=csv")).StatusCode);
    }
}
