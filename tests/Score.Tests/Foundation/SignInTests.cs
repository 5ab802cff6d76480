using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Foundation;

public sealed class SignInTests(ScoreApp app) : AppTest(app)
{
    [Fact]
    public async Task Signs_in_with_the_right_password_and_shows_the_users_name()
    {
        var partner = await App.CreatePartnerAsync("BEDO");
        await App.CreateUserAsync("staff@score.test", Roles.PartnerStaff, partner.Id);
        using var browser = App.CreateBrowserClient();

        var response = await browser.SignInAsync("staff@score.test");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await browser.GetPageAsync("/");
        Assert.Contains("Test staff", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"user-partner\">BEDO<", home, StringComparison.Ordinal);
        var lastSignIn = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "staff@score.test").Select(u => u.LastSignInAt).SingleAsync());
        Assert.NotNull(lastSignIn);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_keeps_the_email()
    {
        await App.CreateUserAsync("admin@score.test", Roles.Administrator);
        using var browser = App.CreateBrowserClient();

        var response = await browser.SignInAsync("admin@score.test", "Wrong-Password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Email atau kata sandi tidak benar, atau masuk ditahan 15 menit", html, StringComparison.Ordinal);
        Assert.Contains("value=\"admin@score.test\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        await App.CreateUserAsync("admin@score.test", Roles.Administrator);
        using var browser = App.CreateBrowserClient();

        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync("admin@score.test", "Wrong-Password-" + i);
        }
        var response = await browser.SignInAsync("admin@score.test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("masuk ditahan 15 menit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var lockoutEnd = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@score.test").Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        var minutes = (lockoutEnd.Value - DateTimeOffset.UtcNow).TotalMinutes;
        Assert.InRange(minutes, 14, 15.1);
    }

    [Fact]
    public async Task Four_failed_attempts_do_not_lock_the_account()
    {
        await App.CreateUserAsync("admin@score.test", Roles.Administrator);
        using var browser = App.CreateBrowserClient();

        for (var i = 0; i < 4; i++)
        {
            await browser.SignInAsync("admin@score.test", "Wrong-Password-" + i);
        }
        var response = await browser.SignInAsync("admin@score.test");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_and_told_why()
    {
        var user = await App.CreateUserAsync("gone@score.test", Roles.ProgrammeViewer);
        await App.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        });
        using var browser = App.CreateBrowserClient();

        var response = await browser.SignInAsync("gone@score.test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Akun ini telah dinonaktifkan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_with_a_wrong_password_learns_nothing_about_the_account()
    {
        var user = await App.CreateUserAsync("gone@score.test", Roles.ProgrammeViewer);
        await App.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        });
        using var browser = App.CreateBrowserClient();

        var html = await (await browser.SignInAsync("gone@score.test", "Wrong-Password-1")).Content.ReadAsStringAsync();

        Assert.Contains("Email atau kata sandi tidak benar, atau masuk ditahan 15 menit", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dinonaktifkan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_set_by_an_administrator_must_be_changed_before_anything_else()
    {
        await App.CreateUserAsync("new@score.test", Roles.ProgrammeViewer, mustChangePassword: true);
        using var browser = App.CreateBrowserClient();

        var signIn = await browser.SignInAsync("new@score.test");
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);
        var elsewhere = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal("/account/change-password", elsewhere.Headers.Location?.OriginalString);

        var changed = await browser.PostFormAsync("/account/change-password", "/account/change-password", Form(
            ("CurrentPassword", ScoreApp.Password), ("NewPassword", "My-Own-Password-9"), ("ConfirmPassword", "My-Own-Password-9")));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Users.Where(u => u.Email == "new@score.test").Select(u => u.MustChangePassword).SingleAsync()));
        using var again = App.CreateBrowserClient();
        Assert.Equal("/", (await again.SignInAsync("new@score.test", "My-Own-Password-9")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Changing_the_password_with_a_wrong_current_one_shows_it_at_the_field()
    {
        await App.CreateUserAsync("viewer@score.test", Roles.ProgrammeViewer);
        using var browser = App.CreateBrowserClient();
        await browser.SignInAsync("viewer@score.test");

        var response = await browser.PostFormAsync("/account/change-password", "/account/change-password", Form(
            ("CurrentPassword", "Not-My-Password-1"), ("NewPassword", "Another-Password-2"), ("ConfirmPassword", "Another-Password-2")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"CurrentPassword\" data-valmsg-replace=\"true\">Kata sandi tidak benar.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_with_the_rules()
    {
        await App.CreateUserAsync("viewer@score.test", Roles.ProgrammeViewer);
        using var browser = App.CreateBrowserClient();
        await browser.SignInAsync("viewer@score.test");

        var response = await browser.PostFormAsync("/account/change-password", "/account/change-password", Form(
            ("CurrentPassword", ScoreApp.Password), ("NewPassword", "alllowercase"), ("ConfirmPassword", "alllowercase")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("minimal satu angka", html, StringComparison.Ordinal);
        Assert.Contains("minimal satu huruf besar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await App.CreateUserAsync("viewer@score.test", Roles.ProgrammeViewer);
        using var browser = App.CreateBrowserClient();
        await browser.SignInAsync("viewer@score.test");
        var home = await browser.GetPageAsync("/");

        var response = await browser.PostWithTokenAsync("/account/logout", new Dictionary<string, string>(), TestBrowser.TokenIn(home));

        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task There_is_no_self_registration()
    {
        await App.CreateUserAsync("viewer@score.test", Roles.ProgrammeViewer);
        using var browser = App.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account/register")).StatusCode);
        await browser.SignInAsync("viewer@score.test");

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/account/register")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/identity/account/register")).StatusCode);
    }
}
