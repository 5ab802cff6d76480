using System.Net;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Foundation;

public sealed class RoleAccessTests(ScoreApp app) : AppTest(app)
{
    private async Task<TestBrowser> SignedInAsAsync(string role)
    {
        int? partnerId = Roles.IsPartnerBound(role) ? (await App.CreatePartnerAsync("BEDO")).Id : null;
        var email = role.ToLowerInvariant() + "@score.test";
        await App.CreateUserAsync(email, role, partnerId);
        var browser = App.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email)).StatusCode);
        return browser;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/users")]
    [InlineData("/users/create")]
    [InlineData("/account/change-password")]
    public async Task Anonymous_requests_go_to_sign_in(string url)
    {
        using var browser = App.CreateBrowserClient();

        var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/verify")]
    [InlineData("/verify/0123456789ABCDEFGHJK")]
    [InlineData("/lib/bootstrap/css/bootstrap.min.css")]
    [InlineData("/css/site.css")]
    public async Task The_sign_in_page_health_and_static_files_need_no_sign_in(string url)
    {
        using var browser = App.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Administrator, "home dashboard trainings enterprises trainers partners modules reports reviews users tokens audit")]
    [InlineData(Roles.ProgrammeViewer, "home dashboard trainings enterprises trainers partners modules reports tokens")]
    [InlineData(Roles.PartnerStaff, "home dashboard trainings visits enterprises trainers partners modules reports tokens")]
    [InlineData(Roles.Trainer, "home trainings visits enterprises partners modules reports tokens")]
    public async Task Each_role_sees_only_its_own_menu(string role, string expected)
    {
        using var browser = await SignedInAsAsync(role);

        var home = await browser.GetPageAsync("/");

        var menu = System.Text.RegularExpressions.Regex.Matches(home, "data-menu=\"([a-z]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(expected, string.Join(' ', menu));
    }

    [Theory]
    [InlineData(Roles.Administrator, "Administrasi program")]
    [InlineData(Roles.ProgrammeViewer, "Program SCORE")]
    [InlineData(Roles.PartnerStaff, "data-testid=\"home-title\">BEDO<")]
    [InlineData(Roles.Trainer, "Pelatihan saya")]
    public async Task Each_role_lands_on_its_own_home_page(string role, string expected)
    {
        using var browser = await SignedInAsAsync(role);

        Assert.Contains(expected, await browser.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.ProgrammeViewer)]
    [InlineData(Roles.PartnerStaff)]
    [InlineData(Roles.Trainer)]
    public async Task Other_roles_get_403_on_administration_pages(string role)
    {
        using var browser = await SignedInAsAsync(role);

        foreach (var url in new[] { "/users", "/users/create" })
        {
            var response = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("Akses ditolak", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_programme_viewer_cannot_create_a_user_by_posting_directly()
    {
        using var browser = await SignedInAsAsync(Roles.ProgrammeViewer);
        var token = TestBrowser.TokenIn(await browser.GetPageAsync("/"));

        var response = await browser.PostWithTokenAsync("/users/create", Form(
            ("Email", "intruder@score.test"), ("FullName", "Intruder"), ("Role", Roles.Administrator), ("TemporaryPassword", "Intruder-Pass-1")), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.Email == "intruder@score.test"))));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        using var browser = await SignedInAsAsync(Roles.Administrator);

        var response = await browser.PostWithTokenAsync("/users/create", Form(
            ("Email", "x@score.test"), ("FullName", "X"), ("Role", Roles.ProgrammeViewer), ("TemporaryPassword", "Some-Password-1")), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.Email == "x@score.test"))));
    }

    [Fact]
    public async Task An_unknown_page_answers_a_friendly_404_in_the_chosen_language()
    {
        using var browser = await SignedInAsAsync(Roles.ProgrammeViewer);

        var id = await browser.GetAsync("/no-such-page");
        var en = await browser.GetAsync("/no-such-page?culture=en&ui-culture=en");

        Assert.Equal(HttpStatusCode.NotFound, id.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await id.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, en.StatusCode);
        Assert.Contains("Page not found", await en.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urls_are_lowercase()
    {
        using var browser = await SignedInAsAsync(Roles.Administrator);

        var html = await browser.GetPageAsync("/users");

        Assert.Contains("href=\"/users/create\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Users", html, StringComparison.Ordinal);
    }
}
