using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Registry;

public sealed class EnterpriseFormTests(ScoreApp app) : RegistryTest(app)
{
    private async Task<(HttpResponseMessage Response, string Html)> CreateAsync(params (string Key, string Value)[] changes)
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        var response = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create", EnterpriseFields(changes));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Save_and_register_another_saves_the_enterprise_and_opens_an_empty_form_for_the_next()
    {
        var (response, _) = await CreateAsync(("Name", "PT Pertama Dari Dua"), ("Another", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/enterprises/create", response.Headers.Location!.OriginalString);
        Assert.Equal("PT Pertama Dari Dua", await App.WithDbAsync(db => db.Enterprises.Select(e => e.Name).SingleAsync()));
        using var bedo = await AsAsync("staff.bedo@score.test");
        var next = await bedo.GetPageAsync("/enterprises/create");
        Assert.Contains("data-testid=\"save-and-another\"", next, StringComparison.Ordinal);
        Assert.DoesNotContain("PT Pertama Dari Dua", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_enterprise_is_on_the_first_page_of_the_list_whatever_its_name_for_whoever_registered_it()
    {
        for (var i = 0; i < 26; i++)
        {
            await App.CreateEnterpriseAsync(Bedo.Id, $"AA Lama {i:00}");
        }
        var (response, _) = await CreateAsync(("Name", "ZZ Baru Sekali"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await App.WithDbAsync(db => db.Enterprises.Where(e => e.Name == "ZZ Baru Sekali").Select(e => e.Id).SingleAsync());

        using var bedo = await AsAsync("staff.bedo@score.test");
        var first = await bedo.GetPageAsync("/enterprises");
        var recent = System.Text.RegularExpressions.Regex.Match(first, "data-testid=\"registered-recently\">(.*?)</p>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"<a href=\"/enterprises/{Id(id)}\">ZZ Baru Sekali</a>", recent, StringComparison.Ordinal);
        Assert.DoesNotContain("AA Lama", recent, StringComparison.Ordinal);
        Assert.DoesNotContain("registered-recently", await bedo.GetPageAsync("/enterprises?page=2"), StringComparison.Ordinal);
        Assert.DoesNotContain("registered-recently", await bedo.GetPageAsync("/enterprises?search=AA"), StringComparison.Ordinal);
        using var admin = await AsAsync("admin@score.test");
        Assert.DoesNotContain("registered-recently", await admin.GetPageAsync("/enterprises"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_enterprise_is_registered_with_its_size_class_and_who_registered_it()
    {
        var (response, _) = await CreateAsync(("Nib", " 1234567890123 "), ("Latitude", "-6,9667"), ("Longitude", "110.4167"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await App.WithDbAsync(db => db.Enterprises.SingleAsync());
        Assert.Equal("1234567890123", stored.Nib);
        Assert.Equal(Bedo.Id, stored.PartnerId);
        Assert.Equal(SizeClass.Small, stored.SizeClass);
        Assert.Equal(-6.9667, stored.Latitude);
        Assert.Equal(110.4167, stored.Longitude);
        Assert.Equal("staff.bedo@score.test", stored.CreatedBy);
        Assert.Equal("staff.bedo@score.test", stored.UpdatedBy);
        Assert.EndsWith($"/enterprises/{stored.Id}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789012", "NIB terdiri dari tepat 13 angka.")]
    [InlineData("12345678901234", "NIB terdiri dari tepat 13 angka.")]
    [InlineData("12345678901AB", "NIB terdiri dari tepat 13 angka.")]
    public async Task A_malformed_NIB_is_refused_at_the_field(string nib, string message)
    {
        var (response, html) = await CreateAsync(("Nib", nib), ("Name", "PT Salah NIB"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{nib}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"PT Salah NIB\"", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync()));
    }

    [Fact]
    public async Task Missing_required_fields_are_named_at_their_fields()
    {
        var (response, html) = await CreateAsync(("Name", ""), ("SectorId", ""), ("ProvinceCode", ""), ("WorkersWomen", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama perusahaan wajib diisi.", html, StringComparison.Ordinal);
        Assert.Contains("Sektor wajib diisi.", html, StringComparison.Ordinal);
        Assert.Contains("Provinsi wajib diisi.", html, StringComparison.Ordinal);
        Assert.Contains("Pekerja perempuan wajib diisi.", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync()));
    }

    [Theory]
    [InlineData("-5", "Pekerja laki-laki harus antara 0 dan 100000.")]
    [InlineData("1000000", "Pekerja laki-laki harus antara 0 dan 100000.")]
    [InlineData("banyak", "“banyak” bukan nilai yang valid untuk Pekerja laki-laki.")]
    public async Task Negative_absurd_or_non_numeric_workforce_is_refused(string men, string message)
    {
        var (response, html) = await CreateAsync(("WorkersMen", men));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{men}\"", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync()));
    }

    [Fact]
    public async Task An_enterprise_without_any_worker_is_refused()
    {
        var (_, html) = await CreateAsync(("WorkersWomen", "0"), ("WorkersMen", "0"));

        Assert.Contains("Perusahaan memiliki minimal satu pekerja", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlong_input_is_refused_and_kept()
    {
        var longName = new string('a', 201);

        var (response, html) = await CreateAsync(("Name", longName), ("Notes", new string('n', 4001)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama perusahaan maksimal 200 karakter.", html, StringComparison.Ordinal);
        Assert.Contains("Catatan maksimal 4000 karakter.", html, StringComparison.Ordinal);
        Assert.Contains(longName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_latin_names_are_stored_as_typed_and_markup_is_shown_as_text()
    {
        var (response, _) = await CreateAsync(("Name", "Koperasi Ñandú 日本 <script>alert(1)</script>"), ("OwnerName", "Ni Luh Putu Ayu Ṣaraswatī"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var html = await bedo.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Koperasi Ñandú 日本 &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("Ni Luh Putu Ayu Ṣaraswatī", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regency_outside_the_province_and_half_a_location_are_refused()
    {
        var (_, html) = await CreateAsync(("ProvinceCode", "32"), ("RegencyCode", "33.74"), ("Latitude", "-6.9"));

        Assert.Contains("Kabupaten/kota ini tidak berada di provinsi yang dipilih.", html, StringComparison.Ordinal);
        Assert.Contains("Isi lintang dan bujur sekaligus", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync()));
    }

    [Fact]
    public async Task A_location_outside_Indonesia_is_refused()
    {
        var (_, html) = await CreateAsync(("Latitude", "48.85"), ("Longitude", "2.35"));

        Assert.Contains("Lintang harus angka antara", html, StringComparison.Ordinal);
        Assert.Contains("Bujur harus angka antara", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_founded_in_the_future_is_refused()
    {
        var (_, html) = await CreateAsync(("YearFounded", "2099"));

        Assert.Contains("Tahun berdiri tidak boleh di masa depan.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_size_rule_is_shown_on_the_form()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var html = await bedo.GetPageAsync("/enterprises/create");

        Assert.Contains("PP 7/2021", html, StringComparison.Ordinal);
        Assert.Contains("1-4 mikro, 5-19 kecil, 20-99 menengah", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_editor_with_a_stale_form_gets_a_conflict_and_the_first_edit_stays()
    {
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Rebutan");
        await App.CreateUserAsync("staff2.bedo@score.test", Score.Web.Domain.Roles.PartnerStaff, Bedo.Id);
        using var first = await AsAsync("staff.bedo@score.test");
        using var second = await AsAsync("staff2.bedo@score.test");
        var firstPage = await first.GetPageAsync($"/enterprises/{Id(enterprise.Id)}/edit");
        var secondPage = await second.GetPageAsync($"/enterprises/{Id(enterprise.Id)}/edit");
        var version = System.Text.RegularExpressions.Regex.Match(firstPage, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

        var saved = await first.PostWithTokenAsync($"/enterprises/{Id(enterprise.Id)}/edit",
            EnterpriseFields(("Name", "PT Rebutan Pertama"), ("Version", version)), TestBrowser.TokenIn(firstPage));
        var conflict = await second.PostWithTokenAsync($"/enterprises/{Id(enterprise.Id)}/edit",
            EnterpriseFields(("Name", "PT Rebutan Kedua"), ("Version", version)), TestBrowser.TokenIn(secondPage));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Orang lain mengubah data ini", html, StringComparison.Ordinal);
        Assert.Contains("value=\"PT Rebutan Pertama\"", html, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.Enterprises.SingleAsync(x => x.Id == enterprise.Id));
        Assert.Equal("PT Rebutan Pertama", stored.Name);
        Assert.Equal("staff.bedo@score.test", stored.UpdatedBy);
    }

    [Fact]
    public async Task People_added_in_one_form_are_all_saved_or_none_with_the_message_at_the_row()
    {
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Orang");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/enterprises/{Id(enterprise.Id)}/people/create";
        (string, string)[] good = [("People[0].FullName", "Siti Rahayu"), ("People[0].Sex", "Female"), ("People[0].Position", "Worker"), ("People[0].Phone", "0812 1111 2222"), ("People[0].IsEitMember", "true")];
        (string, string)[] emptyRow = [("People[2].FullName", ""), ("People[2].Sex", ""), ("People[2].Position", "Worker")];

        var bad = await bedo.PostFormAsync(url, url, Form([.. good, ("People[1].FullName", ""), ("People[1].Sex", ""), ("People[1].Position", "Worker"), ("People[1].Phone", "call me"), .. emptyRow]));
        var badHtml = await bad.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Ketik nama orang ini, atau kosongkan barisnya.", badHtml, StringComparison.Ordinal);
        Assert.Contains("Pilih jenis kelamin.", badHtml, StringComparison.Ordinal);
        Assert.Contains("Gunakan angka, spasi", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"call me\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Siti Rahayu\"", badHtml, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.People.CountAsync()));

        var saved = await bedo.PostFormAsync(url, url, Form([.. good, ("People[1].FullName", "Budi Hartono"), ("People[1].Sex", "Male"), ("People[1].Position", "Manager"), .. emptyRow]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var people = await App.WithDbAsync(db => db.People.OrderBy(p => p.FullName).ToListAsync());
        Assert.Equal([("Budi Hartono", Sex.Male, PersonPosition.Manager, false), ("Siti Rahayu", Sex.Female, PersonPosition.Worker, true)],
            people.Select(p => (p.FullName, p.Sex, p.Position, p.IsEitMember)));
        Assert.All(people, p => Assert.Equal("staff.bedo@score.test", p.CreatedBy));
    }

    [Fact]
    public async Task A_new_enterprise_registers_its_owner_and_people_in_the_same_save()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        (string, string)[] fields = [("Name", "UD Satu Simpan"), ("OwnerName", "Ibu Ratna"), ("Phone", "0812 5555 1234"), ("AddOwnerAsPerson", "true"),
            ("People[0].FullName", "Dedi"), ("People[0].Sex", "Male"), ("People[0].Position", "Worker"),
            ("People[1].FullName", ""), ("People[1].Sex", ""), ("People[1].Position", "Worker")];

        var noSex = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create", EnterpriseFields(fields));
        Assert.Contains("Pilih jenis kelamin pemilik", await noSex.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "UD Satu Simpan")));

        var saved = await bedo.PostFormAsync("/enterprises/create", "/enterprises/create", EnterpriseFields([.. fields, ("OwnerSex", "Female")]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var people = await App.WithDbAsync(db => db.People.Where(p => p.Enterprise!.Name == "UD Satu Simpan").OrderBy(p => p.Position).ToListAsync());
        Assert.Equal([("Ibu Ratna", Sex.Female, PersonPosition.Owner, "0812 5555 1234"), ("Dedi", Sex.Male, PersonPosition.Worker, null)],
            people.Select(p => (p.FullName, p.Sex, p.Position, p.Phone)));
    }
}
