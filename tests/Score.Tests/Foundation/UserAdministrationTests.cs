using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Foundation;

public sealed class UserAdministrationTests(ScoreApp app) : AppTest(app)
{
    private async Task<TestBrowser> AdminAsync()
    {
        await App.CreateUserAsync("admin@score.test", Roles.Administrator);
        var browser = App.CreateBrowserClient();
        await browser.SignInAsync("admin@score.test");
        return browser;
    }

    [Fact]
    public async Task An_administrator_creates_partner_staff_who_must_change_the_password_at_first_sign_in()
    {
        var smi = await App.CreatePartnerAsync("SMI");
        using var admin = await AdminAsync();

        var response = await admin.PostFormAsync("/users/create", "/users/create", Form(
            ("Email", "budi@smi.example"), ("FullName", "Budi Santoso"), ("Role", Roles.PartnerStaff),
            ("PartnerId", smi.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("TemporaryPassword", "Temporary-Pass-1")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetPageAsync("/users");
        Assert.Contains("Akun budi@smi.example telah dibuat.", list, StringComparison.Ordinal);
        Assert.Contains("Budi Santoso", list, StringComparison.Ordinal);
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "budi@smi.example"));
        Assert.True(user.MustChangePassword);
        Assert.Equal(smi.Id, user.PartnerId);
        Assert.Equal("admin@score.test", user.CreatedBy);

        using var budi = App.CreateBrowserClient();
        var signIn = await budi.SignInAsync("budi@smi.example", "Temporary-Pass-1");
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Partner_staff_without_a_partner_is_refused_at_the_field_keeping_what_was_typed()
    {
        using var admin = await AdminAsync();

        var response = await admin.PostFormAsync("/users/create", "/users/create", Form(
            ("Email", "nopartner@score.test"), ("FullName", "Tanpa Mitra"), ("Role", Roles.PartnerStaff), ("PartnerId", ""), ("TemporaryPassword", "Temporary-Pass-1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Staf mitra dan pelatih terikat pada satu mitra", html, StringComparison.Ordinal);
        Assert.Contains("value=\"nopartner@score.test\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tanpa Mitra\"", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "nopartner@score.test")));
    }

    [Fact]
    public async Task A_programme_viewer_cannot_be_bound_to_a_partner()
    {
        var smi = await App.CreatePartnerAsync("SMI");
        using var admin = await AdminAsync();

        var response = await admin.PostFormAsync("/users/create", "/users/create", Form(
            ("Email", "v@score.test"), ("FullName", "Viewer"), ("Role", Roles.ProgrammeViewer),
            ("PartnerId", smi.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("TemporaryPassword", "Temporary-Pass-1")));

        Assert.Contains("tidak terikat pada mitra", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "v@score.test")));
    }

    [Fact]
    public async Task A_duplicate_email_or_weak_password_saves_nothing()
    {
        using var admin = await AdminAsync();

        var duplicate = await admin.PostFormAsync("/users/create", "/users/create", Form(
            ("Email", "admin@score.test"), ("FullName", "Again"), ("Role", Roles.ProgrammeViewer), ("TemporaryPassword", "Temporary-Pass-1")));
        var weak = await admin.PostFormAsync("/users/create", "/users/create", Form(
            ("Email", "weak@score.test"), ("FullName", "Weak"), ("Role", Roles.ProgrammeViewer), ("TemporaryPassword", "weakpassword")));

        Assert.Contains("Email ini sudah dipakai akun lain.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("minimal satu angka", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.UserRoles.CountAsync()));
    }

    [Fact]
    public async Task Overlong_and_non_latin_input_gets_a_message_not_an_error_page()
    {
        using var admin = await AdminAsync();

        var response = await admin.PostFormAsync("/users/create", "/users/create", Form(
            ("Email", "not-an-email"), ("FullName", new string('Ж', 300)), ("Role", "Emperor"), ("TemporaryPassword", "Temporary-Pass-1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Email bukan alamat email yang valid.", html, StringComparison.Ordinal);
        Assert.Contains("Nama lengkap maksimal 200 karakter.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivating_ends_access_and_reactivating_restores_it()
    {
        var viewer = await App.CreateUserAsync("viewer@score.test", Roles.ProgrammeViewer);
        using var admin = await AdminAsync();
        var token = TestBrowser.TokenIn(await admin.GetPageAsync("/users"));

        await admin.PostWithTokenAsync($"/users/{viewer.Id}/deactivate", Form(), token);
        using (var refused = App.CreateBrowserClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await refused.SignInAsync("viewer@score.test")).StatusCode);
        }

        await admin.PostWithTokenAsync($"/users/{viewer.Id}/reactivate", Form(), token);
        using var welcome = App.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await welcome.SignInAsync("viewer@score.test")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account()
    {
        using var admin = await AdminAsync();
        var me = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "admin@score.test"));
        var token = TestBrowser.TokenIn(await admin.GetPageAsync("/users"));

        await admin.PostWithTokenAsync($"/users/{me.Id}/deactivate", Form(), token);

        Assert.Contains("Anda tidak dapat menonaktifkan akun Anda sendiri.", await admin.GetPageAsync("/users"), StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.Users.Where(u => u.Id == me.Id).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task Resetting_a_password_unlocks_the_account_and_forces_a_change()
    {
        var viewer = await App.CreateUserAsync("viewer@score.test", Roles.ProgrammeViewer);
        using (var guesser = App.CreateBrowserClient())
        {
            for (var i = 0; i < 5; i++)
            {
                await guesser.SignInAsync("viewer@score.test", "Wrong-Password-" + i);
            }
        }
        using var admin = await AdminAsync();

        var response = await admin.PostFormAsync($"/users/{viewer.Id}/reset-password", $"/users/{viewer.Id}/reset-password",
            Form(("TemporaryPassword", "Fresh-Temporary-2")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var user = App.CreateBrowserClient();
        Assert.Equal("/account/change-password", (await user.SignInAsync("viewer@score.test", "Fresh-Temporary-2")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_second_administrator_saving_a_stale_form_gets_a_conflict_not_an_overwrite()
    {
        var viewer = await App.CreateUserAsync("viewer@score.test", Roles.ProgrammeViewer);
        using var first = await AdminAsync();
        await App.CreateUserAsync("admin2@score.test", Roles.Administrator);
        using var second = App.CreateBrowserClient();
        await second.SignInAsync("admin2@score.test");

        var firstForm = await first.GetPageAsync($"/users/{viewer.Id}/edit");
        var secondForm = await second.GetPageAsync($"/users/{viewer.Id}/edit");
        var stamp = System.Text.RegularExpressions.Regex.Match(firstForm, "name=\"ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(stamp);

        var saved = await first.PostWithTokenAsync($"/users/{viewer.Id}/edit", Form(
            ("FullName", "Name From First"), ("Role", Roles.ProgrammeViewer), ("ConcurrencyStamp", stamp), ("Email", "viewer@score.test")), TestBrowser.TokenIn(firstForm));
        var conflict = await second.PostWithTokenAsync($"/users/{viewer.Id}/edit", Form(
            ("FullName", "Name From Second"), ("Role", Roles.ProgrammeViewer), ("ConcurrencyStamp", stamp), ("Email", "viewer@score.test")), TestBrowser.TokenIn(secondForm));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var conflictPage = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Orang lain mengubah data ini", conflictPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Name From First\"", conflictPage, StringComparison.Ordinal);
        Assert.Equal("Name From First", await App.WithDbAsync(db => db.Users.Where(u => u.Id == viewer.Id).Select(u => u.FullName).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_user_id_answers_404()
    {
        using var admin = await AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/users/does-not-exist/edit")).StatusCode);
    }

    [Fact]
    public async Task The_user_list_searches_and_filters_in_the_database()
    {
        var smi = await App.CreatePartnerAsync("SMI");
        await App.CreateUserAsync("sari@score.test", Roles.PartnerStaff, smi.Id);
        await App.CreateUserAsync("sarip@score.test", Roles.Trainer, smi.Id);
        await App.CreateUserAsync("joko@score.test", Roles.ProgrammeViewer);
        await App.CreateUserAsync("under_score@score.test", Roles.ProgrammeViewer);
        using var admin = await AdminAsync();

        var bySearch = await admin.GetPageAsync("/users?search=sari");
        var byRole = await admin.GetPageAsync("/users?search=sari&role=Trainer");
        var byPartner = await admin.GetPageAsync($"/users?partner={smi.Id}");
        var literalUnderscore = await admin.GetPageAsync("/users?search=_");
        var literalPercent = await admin.GetPageAsync("/users?search=%25");

        Assert.Contains("2 hasil", bySearch, StringComparison.Ordinal);
        Assert.Contains("1 hasil", byRole, StringComparison.Ordinal);
        Assert.Contains("data-user=\"sarip@score.test\"", byRole, StringComparison.Ordinal);
        Assert.Contains("2 hasil", byPartner, StringComparison.Ordinal);
        Assert.Contains("1 hasil", literalUnderscore, StringComparison.Ordinal);
        Assert.Contains("0 hasil", literalPercent, StringComparison.Ordinal);
    }
}
