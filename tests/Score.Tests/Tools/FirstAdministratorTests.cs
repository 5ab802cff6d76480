using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Score.Tests.Infrastructure;
using Score.Web.Tools;

namespace Score.Tests.Tools;

public sealed class FirstAdministratorTests(ScoreApp app) : AppTest(app)
{
    [Fact]
    public async Task The_first_administrator_signs_in_with_the_password_shown_once_and_must_change_it()
    {
        await using var scope = App.Services.CreateAsyncScope();

        var (password, errors) = await FirstAdministrator.CreateAsync(scope.ServiceProvider, "kepala@ilo.example", "Kepala Program");
        var (again, refused) = await FirstAdministrator.CreateAsync(scope.ServiceProvider, "kepala@ilo.example", "Kepala Program");

        Assert.Empty(errors);
        Assert.Matches("^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])[A-Za-z0-9]{16}$", password);
        Assert.Null(again);
        Assert.NotEmpty(refused);
        using var browser = App.CreateBrowserClient();
        var signIn = await browser.SignInAsync("kepala@ilo.example", password!);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/account/change-password", home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
