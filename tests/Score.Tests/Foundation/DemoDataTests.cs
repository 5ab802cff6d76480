using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Score.Tests.Infrastructure;
using Score.Web.DemoData;
using Score.Web.Startup;

namespace Score.Tests.Foundation;

public sealed class DemoDataTests(ScoreApp app) : AppTest(app)
{
    private async Task LoadAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().LoadAsync();
    }

    [Fact]
    public async Task Demo_data_holds_the_eight_partners_led_by_BEDO_with_their_variants_and_enterprises()
    {
        await LoadAsync();

        var partners = await App.WithDbAsync(db => db.Partners.Select(p => new
        {
            p.ShortName,
            p.IsLead,
            Enterprises = db.Enterprises.Count(e => e.PartnerId == p.Id),
            Provinces = db.Enterprises.Where(e => e.PartnerId == p.Id).Select(e => e.ProvinceCode).Distinct().Count(),
        }).ToListAsync());
        Assert.Equal(
            ["APP Polytechnic", "BEDO", "BLK Semarang 2", "KDP", "Pro Serve", "Riwani Globe", "SMI", "UNPAR"],
            partners.Select(p => p.ShortName).Order(StringComparer.Ordinal));
        Assert.Equal("BEDO", Assert.Single(partners, p => p.IsLead).ShortName);
        Assert.All(partners, p => Assert.InRange(p.Enterprises, 5, 40));
        Assert.True(await App.WithDbAsync(db => db.Enterprises.Select(e => e.ProvinceCode).Distinct().CountAsync()) >= 5);

        var variants = await App.WithDbAsync(db => db.Variants.Select(v => v.Name).ToListAsync());
        Assert.Superset(new HashSet<string> { "SCORE Plus", "SCORE Creative", "SCORE UNPAR", "SCORE Hospitality Coaching" }, variants.ToHashSet());

        var peoplePerEnterprise = await App.WithDbAsync(db => db.Enterprises.Select(e => e.People.Count).ToListAsync());
        Assert.All(peoplePerEnterprise, n => Assert.InRange(n, 4, 30));
        var sexes = await App.WithDbAsync(db => db.People.Select(p => p.Sex).Distinct().ToListAsync());
        Assert.Equal(2, sexes.Count);
        Assert.Equal("system", await App.WithDbAsync(db => db.Enterprises.Select(e => e.CreatedBy).FirstAsync()));
    }

    [Fact]
    public async Task Loading_twice_adds_nothing()
    {
        await LoadAsync();
        var before = await App.WithDbAsync(async db => (await db.Partners.CountAsync(), await db.Enterprises.CountAsync(), await db.Users.CountAsync()));

        await LoadAsync();

        Assert.Equal(before, await App.WithDbAsync(async db => (await db.Partners.CountAsync(), await db.Enterprises.CountAsync(), await db.Users.CountAsync())));
    }

    [Theory]
    [InlineData("admin@score.test", "Administrasi program")]
    [InlineData("viewer@score.test", "Program SCORE")]
    [InlineData("staff.bedo@score.test", "data-testid=\"home-title\">BEDO<")]
    [InlineData("staff.smi@score.test", "data-testid=\"home-title\">SMI<")]
    [InlineData("trainer.bedo@score.test", "Pelatih di BEDO")]
    public async Task Each_demo_account_signs_in_with_the_demo_password_and_sees_its_home(string email, string expected)
    {
        await LoadAsync();
        using var browser = App.CreateBrowserClient();

        var response = await browser.SignInAsync(email, DemoDataSeeder.Password);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains(expected, await browser.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_data_is_never_loaded_in_production()
    {
        await using var production = new AppOnDatabase(App.DatabaseName, "Production", b => b.UseSetting("Score:LoadDemoData", "true"));
        await using var scope = production.Services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync();

        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync()));
        Assert.False(await App.WithDbAsync(db => db.Partners.AnyAsync()));
    }
}
