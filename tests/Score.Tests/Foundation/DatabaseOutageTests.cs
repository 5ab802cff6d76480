using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;
using Score.Web.Authorization;
using Score.Web.Domain;

namespace Score.Tests.Foundation;

/// <summary>
/// The app meets a database that goes away and comes back (a restart, a network fault): users get a
/// 503 page in their language, a form posted meanwhile is kept to send again, a read is retried
/// once, a write never, and the app answers again within seconds of the database's return.
/// </summary>
public sealed partial class DatabaseOutageTests(GatedScoreApp app) : RegistryTest(app), IClassFixture<GatedScoreApp>
{
    private DatabaseGate Gate => ((GatedScoreApp)App).Gate;

    public override Task InitializeAsync()
    {
        ((GatedScoreApp)App).Reopen();
        return base.InitializeAsync();
    }

    [Fact]
    public async Task While_the_database_is_down_pages_answer_503_in_the_users_language_and_health_says_so()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/enterprises")).StatusCode);

        Gate.Close();
        var indonesian = await staff.GetAsync("/enterprises");
        var english = await staff.GetAsync("/enterprises?culture=en");
        using var integration = App.CreateClient();
        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/enterprises");
        apiRequest.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "score_any_token_the_database_must_check");
        var api = await integration.SendAsync(apiRequest);
        using var anonymous = App.CreateBrowserClient();
        var ready = await anonymous.GetAsync("/health");
        var live = await anonymous.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, indonesian.StatusCode);
        var page = await indonesian.Content.ReadAsStringAsync();
        Assert.Contains("Score sedang tidak tersedia", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        Assert.Equal("5", indonesian.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, english.StatusCode);
        Assert.Contains("Score is temporarily unavailable", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Signing_in_while_the_database_is_down_answers_503_and_does_not_echo_the_password()
    {
        using var visitor = App.CreateBrowserClient();
        var token = TestBrowser.TokenIn(await visitor.GetPageAsync("/account/login"));

        Gate.Close();
        var response = await visitor.PostWithTokenAsync("/account/login", new Dictionary<string, string>
        {
            ["Email"] = "staff.bedo@score.test",
            ["Password"] = ScoreApp.Password,
        }, token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Score sedang tidak tersedia", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ScoreApp.Password, page, StringComparison.Ordinal);
        Assert.DoesNotContain("send-again", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_during_the_outage_is_kept_and_saved_once_when_sent_again_after_the_database_returns()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        var form = await staff.GetPageAsync("/enterprises/create");

        Gate.Close();
        var refused = await staff.PostWithTokenAsync("/enterprises/create", EnterpriseFields(("Name", "CV Tetap <Tersimpan> & Co")), TestBrowser.TokenIn(form));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var outage = await refused.Content.ReadAsStringAsync();

        var watch = Stopwatch.StartNew();
        Gate.Open();
        var answered = await AnswersAgainAsync(staff, "/enterprises");
        Assert.True(answered, "the enterprise list did not answer within 10 s of the database's return");
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 10);
        Assert.Equal(0, await App.WithDbAsync(db => db.Enterprises.CountAsync()));

        var (action, fields) = ResendForm(outage);
        Assert.Equal("/enterprises/create", action);
        Assert.Equal("CV Tetap <Tersimpan> & Co", fields.Single(f => f.Name == "Name").Value);
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var saved = await staff.Client.PostAsync(new Uri(action, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "CV Tetap <Tersimpan> & Co" && e.OwnerName == "Bambang Wibowo")));
    }

    [Fact]
    public async Task A_read_that_meets_connections_cut_by_a_restart_is_retried_and_answers()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Setelah Restart");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/enterprises")).StatusCode);

        Gate.DropConnections();
        var response = await staff.GetAsync("/enterprises");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("UD Setelah Restart", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_context_whose_statement_was_cut_while_being_prepared_runs_its_next_statements()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Sesudah Putus");
        await App.WithDbAsync(async db =>
        {
            // The second run of a statement on a connection prepares it: cut there, as a restart would.
            await db.Partners.Where(p => p.Id > 0).CountAsync();
            Gate.DropConnections();
            await Assert.ThrowsAnyAsync<Exception>(() => db.Partners.Where(p => p.Id > 0).CountAsync());
            ((GatedScoreApp)App).Reopen();

            Assert.Equal(1, await db.Enterprises.CountAsync(e => e.Name == "UD Sesudah Putus"));
            Assert.True(await db.Partners.Where(p => p.Id > 0).CountAsync() >= 2);
        });
    }

    [Fact]
    public async Task A_write_that_meets_a_cut_connection_is_not_retried()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        var form = await staff.GetPageAsync("/enterprises/create");

        Gate.DropConnections();
        var response = await staff.PostWithTokenAsync("/enterprises/create", EnterpriseFields(("Name", "CV Sekali Saja")), TestBrowser.TokenIn(form));

        // The post met a pooled connection the restart cut: had it been tried again on a fresh one, it would have saved.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "CV Sekali Saja")));
        Assert.Contains("send-again", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_write_cut_by_the_outage_is_done_once_when_the_client_sends_it_again_with_the_same_key()
    {
        var token = ApiTokenFormat.NewToken();
        var staffId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "staff.bedo@score.test").Select(u => u.Id).SingleAsync());
        await App.WithDbAsync(async db =>
        {
            db.ApiTokens.Add(new ApiToken
            {
                UserId = staffId, Name = "integration", Hash = ApiTokenFormat.HashOf(token), Prefix = ApiTokenFormat.PrefixOf(token),
                ExpiresAt = DateTimeOffset.UtcNow.AddDays(1), CanWrite = true,
            });
            await db.SaveChangesAsync();
        });
        using var api = App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        async Task<HttpResponseMessage> RegisterAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/enterprises")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new
                {
                    name = "UD Kunci Sama", sectorId = 1, provinceCode = "33", regencyCode = "33.74", workersWomen = 4, workersMen = 6,
                    salesBand = "UpTo2Billion", legalForm = "Cv",
                }),
            };
            request.Headers.Add("Idempotency-Key", "register-ud-kunci-sama");
            return await api.SendAsync(request);
        }
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/enterprises", UriKind.Relative))).StatusCode);

        // The key is already taken in the database when the enterprise's own save meets the cut.
        var cuts = 0;
        ((GatedScoreApp)App).CutBeforeSaving = context =>
            context.ChangeTracker.Entries<Enterprise>().Any(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Added) && Interlocked.Increment(ref cuts) == 1;
        var cut = await RegisterAsync();
        await Task.Delay(((GatedScoreApp)App).CutFor + TimeSpan.FromMilliseconds(200));
        var again = await RegisterAsync();
        var replayed = await RegisterAsync();

        Assert.True(cuts >= 1, "the enterprise's save was never cut");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replayed.StatusCode);
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await App.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "UD Kunci Sama")));
    }

    private static async Task<bool> AnswersAgainAsync(TestBrowser client, string url)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < until)
        {
            if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK)
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }

    private static (string Action, List<(string Name, string Value)> Fields) ResendForm(string html)
    {
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups["a"].Value);
        var fields = HiddenField().Matches(html)
            .Select(m => (WebUtility.HtmlDecode(m.Groups["n"].Value), WebUtility.HtmlDecode(m.Groups["v"].Value)))
            .ToList();
        return (action, fields);
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<a>[^\"]*)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<n>[^\"]*)\" value=\"(?<v>[^\"]*)\" />")]
    private static partial Regex HiddenField();
}
