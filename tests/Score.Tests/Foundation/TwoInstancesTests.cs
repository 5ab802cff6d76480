using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Certificates;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;
using Score.Web.Domain;

namespace Score.Tests.Foundation;

/// <summary>
/// Two app instances on one database, as behind a load balancer: one browser's requests land on
/// either. Whatever one instance knows (a sign-in, a form's token, an import preview, failed
/// sign-ins, a change behind a kept dashboard) the other honours.
/// </summary>
public sealed partial class TwoInstancesTests(TwoInstancesTests.FirstInstance app) : DeliveredTrainingTest(app), IClassFixture<TwoInstancesTests.FirstInstance>
{
    /// <summary>Keeps dashboards, as in production.</summary>
    public sealed class FirstInstance : ScoreApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Score:DashboardCacheSeconds", "600");
        }
    }

    /// <summary>One browser's cookies, whichever instance answers.</summary>
    private sealed class SharedCookies(CookieContainer jar) : DelegatingHandler
    {
        private static readonly Uri Site = new("http://localhost/");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var cookies = jar.GetCookieHeader(Site);
            if (cookies.Length > 0)
            {
                request.Headers.Add("Cookie", cookies);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    jar.SetCookies(Site, cookie);
                }
            }
            return response;
        }
    }

    /// <summary>A second process's worth of app over the first one's database.</summary>
    private AppOnDatabase second = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        second = new AppOnDatabase(App.DatabaseName, configure: b => b.UseSetting("Score:DashboardCacheSeconds", "600"));
    }

    public override async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await base.DisposeAsync();
    }

    private static TestBrowser On(ScoreApp instance, CookieContainer jar) => new(instance.CreateDefaultClient(new SharedCookies(jar)));

    [Fact]
    public async Task A_sign_in_and_a_form_token_from_one_instance_are_good_on_the_other_and_a_sign_out_on_one_ends_both()
    {
        var jar = new CookieContainer();
        using var first = On(App, jar);
        using var other = On(second, jar);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SignInAsync("staff.bedo@score.test")).StatusCode);

        var form = await first.GetPageAsync("/enterprises/create");
        var saved = await other.PostWithTokenAsync("/enterprises/create", EnterpriseFields(("Name", "CV Dua Mesin")), TestBrowser.TokenIn(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("CV Dua Mesin", await other.GetPageAsync("/enterprises"), StringComparison.Ordinal);

        var copied = jar.GetCookieHeader(new Uri("http://localhost/"));
        var home = await other.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostWithTokenAsync("/account/logout", new Dictionary<string, string>(), TestBrowser.TokenIn(home))).StatusCode);
        var afterSignOut = await first.GetAsync("/enterprises");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Contains("/account/login", afterSignOut.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // A copy of the cookie taken before the sign-out: the first instance believed that session a moment ago, and
        // stops believing it once its recheck time (Score:SessionRecheckSeconds, 10 s) is up.
        App.Clock.Fixed = DateTimeOffset.UtcNow.AddSeconds(11);
        using var replay = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/enterprises");
        request.Headers.Add("Cookie", copied);
        var replayed = await replay.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/account/login", replayed.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dashboard_kept_by_one_instance_is_computed_afresh_after_a_change_on_the_other()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        var jar = new CookieContainer();
        using var first = On(App, jar);
        using var other = On(second, jar);
        await first.SignInAsync("staff.bedo@score.test");
        Assert.Contains("Sertifikat belum terbit: 3 orang, 1 perusahaan", await other.GetPageAsync("/dashboard"), StringComparison.Ordinal);
        Assert.Contains("Sertifikat belum terbit: 3 orang, 1 perusahaan", await other.GetPageAsync("/dashboard"), StringComparison.Ordinal);

        var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(page, page + "/issue", new Dictionary<string, string>())).StatusCode);

        Assert.Contains("Sertifikat belum terbit: 0 orang, 0 perusahaan", await other.GetPageAsync("/dashboard"), StringComparison.Ordinal);
    }

    [GeneratedRegex("data-testid=\"figure-enterprises\"[^>]*>.*?data-testid=\"value\">(?<value>[^<]*)<", RegexOptions.Singleline)]
    private static partial Regex EnterprisesFigure();

    [Fact]
    public async Task The_figures_one_instance_holds_in_memory_count_an_enrolment_made_on_the_other_at_their_next_read()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        var jar = new CookieContainer();
        using var first = On(App, jar);
        using var other = On(second, jar);
        await first.SignInAsync("staff.bedo@score.test");
        Assert.Equal("2", EnterprisesFigure().Match(await other.GetPageAsync("/dashboard")).Groups["value"].Value);
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == delivered.TrainingId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.ClassroomDone)));

        var create = $"/enterprises/create?enrolIn={Id(delivered.TrainingId)}";
        var registered = await first.PostFormAsync(create, "/enterprises/create", EnterpriseFields(
            ("Name", "UD Dari Instans Pertama"), ("EnrolIn", Id(delivered.TrainingId)), ("OwnerName", "Bu Ani"), ("AddOwnerAsPerson", "true"), ("OwnerSex", "Female")));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        // No wait and no cache to expire: the other instance's next read finds the rebuild in the log and reads that training again.
        Assert.Equal("3", EnterprisesFigure().Match(await other.GetPageAsync("/dashboard")).Groups["value"].Value);
    }

    [Fact]
    public async Task An_import_previewed_on_one_instance_is_confirmed_on_the_other()
    {
        var jar = new CookieContainer();
        using var first = On(App, jar);
        using var other = On(second, jar);
        await first.SignInAsync("staff.bedo@score.test");
        var file = ImportExportTests.Csv("CV Impor Dua Mesin,1000000000077,cv,furniture,33,33.74,10,20,active,Siti Rahayu,P,manager,0812 1");

        var preview = await first.PostFileAsync("/enterprises/import", "/enterprises/import", "enterprises.csv", file);
        var html = await preview.Content.ReadAsStringAsync();
        var commit = await other.PostWithTokenAsync(CommitUrl().Match(html).Groups[1].Value, new Dictionary<string, string>(), TestBrowser.TokenIn(html));

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "CV Impor Dua Mesin" && e.PartnerId == Bedo.Id)));
    }

    [Fact]
    public async Task Failed_sign_ins_count_across_instances()
    {
        var limit = 10;
        using var first = On(App, new CookieContainer());
        using var other = On(second, new CookieContainer());
        for (var i = 0; i < limit; i++)
        {
            // Unknown accounts: no account locks, only the address's count rises, half on each instance.
            var response = await (i % 2 == 0 ? first : other).SignInAsync($"nobody{i}@score.test", "Wrong-Password-1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var blockedHere = await first.SignInAsync("staff.bedo@score.test");
        var blockedThere = await other.SignInAsync("staff.bedo@score.test");

        Assert.Equal(HttpStatusCode.TooManyRequests, blockedHere.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, blockedThere.StatusCode);
    }

    [GeneratedRegex("action=\"(/enterprises/import/[0-9a-f-]{36}/commit)\"")]
    private static partial Regex CommitUrl();
}
