using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Score.Tests.Infrastructure;
using Score.Tests.Trainings;
using Score.Web.Data;

namespace Score.Tests.Security;

/// <summary>What a signed-in request costs the database: the session's one lookup, never a reload of the user's claims and roles.</summary>
public sealed class RequestCostTests(RequestCostTests.RecordingApp app) : TrainingTest(app), IClassFixture<RequestCostTests.RecordingApp>
{
    private const string ProbeHeader = "X-Test-Probe";

    /// <summary>The app with an EF interceptor that records the SQL of each request carrying a probe header.</summary>
    public sealed class RecordingApp : ScoreApp
    {
        public ConcurrentDictionary<string, ConcurrentQueue<string>> Commands { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<ScoreDbContext>((provider, options) =>
                options.AddInterceptors(new Recorder(provider.GetRequiredService<IHttpContextAccessor>(), Commands))));
        }
    }

    private sealed class Recorder(IHttpContextAccessor http, ConcurrentDictionary<string, ConcurrentQueue<string>> commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (http.HttpContext?.Request.Headers[ProbeHeader].ToString() is { Length: > 0 } probe)
            {
                commands.GetOrAdd(probe, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private RecordingApp Recording => (RecordingApp)App;

    private static string AuthCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Score.Auth=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>A request with the same cookie every time, as a script that keeps no renewed cookie sends it.</summary>
    private async Task<(HttpStatusCode Status, string[] Sql)> WithCookieAsync(string cookie, string url)
    {
        var probe = Guid.NewGuid().ToString();
        using var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add(ProbeHeader, probe);
        var status = (await client.SendAsync(request)).StatusCode;
        return (status, Recording.Commands.TryGetValue(probe, out var sql) ? [.. sql] : []);
    }

    [Fact]
    public async Task An_old_cookie_costs_one_session_lookup_every_few_seconds_and_no_reload_of_user_claims_or_roles()
    {
        using var staff = App.CreateBrowserClient();
        var cookie = AuthCookie(await staff.SignInAsync("staff.bedo@score.test"));
        // Well past the minute after which Identity would rebuild the claims from the database.
        var later = DateTimeOffset.UtcNow.AddMinutes(30);
        App.Clock.Fixed = later;

        var lookups = new List<int>();
        foreach (var (page, at) in new[] { ("/enterprises", 0), ("/trainings", 5), ("/", 9), ("/enterprises", 11), ("/trainings", 12) })
        {
            App.Clock.Fixed = later.AddSeconds(at);
            var (status, sql) = await WithCookieAsync(cookie, page);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain(sql, s => s.Contains("user_roles", StringComparison.Ordinal) || s.Contains("user_claims", StringComparison.Ordinal)
                                             || s.Contains("role_claims", StringComparison.Ordinal));
            lookups.Add(sql.Count(s => s.Contains("FROM users", StringComparison.Ordinal)));
        }
        // Looked up, believed for the next 10 s (Score:SessionRecheckSeconds), looked up again, believed.
        Assert.Equal([1, 0, 0, 1, 0], lookups);
    }

    [Fact]
    public async Task A_page_of_the_enterprise_list_costs_two_round_trips_however_many_rows_and_the_count_stays_right()
    {
        for (var i = 0; i < 30; i++)
        {
            await App.CreateEnterpriseAsync(Bedo.Id, $"UD Hitung {i:00}", people: 2);
        }
        await App.CreateEnterpriseAsync(Smi.Id, "UD Milik SMI");
        using var staff = App.CreateBrowserClient();
        var cookie = AuthCookie(await staff.SignInAsync("staff.bedo@score.test"));
        await WithCookieAsync(cookie, "/enterprises"); // the filters' dropdowns are read once

        var (status, sql) = await WithCookieAsync(cookie, "/enterprises?page=2");
        var (_, pastTheEnd) = await WithCookieAsync(cookie, "/enterprises?page=9");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(sql.Length <= 2, $"{sql.Length} round trips:\n{string.Join("\n---\n", sql)}");
        var html = await staff.GetPageAsync("/enterprises?page=2");
        Assert.Contains("UD Hitung 29", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"result-count\">[^<]*\\b30\\b", html);
        Assert.True(pastTheEnd.Length <= 4, "A page past the end asks for the count and the last page.");
        Assert.Contains("UD Hitung 29", await staff.GetPageAsync("/enterprises?page=9"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_compiled_first_page_of_a_partners_staff_lists_what_the_general_query_lists()
    {
        for (var i = 0; i < 28; i++)
        {
            await App.CreateEnterpriseAsync(Bedo.Id, $"UD Kompilasi {(i * 7) % 28:00}", people: i % 3);
        }
        var deleted = await App.CreateEnterpriseAsync(Bedo.Id, "UD Kompilasi Terhapus");
        await App.WithDbAsync(db => db.Enterprises.Where(e => e.Id == deleted.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.DeletedAt, DateTimeOffset.UtcNow)));
        await App.CreateEnterpriseAsync(Smi.Id, "UD Kompilasi Milik SMI");
        using var staff = App.CreateBrowserClient();
        await staff.SignInAsync("staff.bedo@score.test");

        foreach (var page in new[] { 1, 2 })
        {
            // No filter: the compiled query. Their own partner as a filter: the general one, the same enterprises.
            var compiled = await staff.GetPageAsync($"/enterprises?page={page}");
            var general = await staff.GetPageAsync($"/enterprises?partner={Id(Bedo.Id)}&page={page}");

            Assert.Equal(Rows(general), Rows(compiled));
            Assert.NotEmpty(Rows(compiled));
            Assert.Equal(Count(general), Count(compiled));
            Assert.DoesNotContain("Terhapus", compiled, StringComparison.Ordinal);
            Assert.DoesNotContain("Milik SMI", compiled, StringComparison.Ordinal);
        }
    }

    private static string[] Rows(string html) => [.. System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>.*?</tr>").Select(m => m.Value)];

    private static string Count(string html) => System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"result-count\">[^<]*").Value;

    [Fact]
    public async Task An_ordinary_page_sets_no_cookie_and_a_flash_message_still_arrives_once()
    {
        using var staff = App.CreateBrowserClient();
        await staff.SignInAsync("staff.bedo@score.test");
        await staff.GetPageAsync("/enterprises"); // the antiforgery cookie, once

        using var response = await staff.GetAsync("/enterprises");
        var token = TestBrowser.TokenIn(await staff.GetPageAsync("/enterprises/create"));
        var created = await staff.PostWithTokenAsync("/enterprises/create", EnterpriseFields(("Name", "UD Pesan Kilat")), token);
        var withFlash = await staff.GetPageAsync(created.Headers.Location!.ToString());
        var afterwards = await staff.GetPageAsync(created.Headers.Location!.ToString());

        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies), string.Join("\n", cookies ?? []));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("data-testid=\"flash\"", withFlash, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"flash\"", afterwards, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_the_training_and_visit_lists_costs_two_round_trips_and_pages_in_the_database()
    {
        for (var i = 0; i < 3; i++)
        {
            await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 10, days: 2, title: $"Pelatihan Hitung {i}");
        }
        await MarkClassroomDoneAsync();
        App.Clock.Fixed = new DateTimeOffset(2026, 9, 20, 8, 0, 0, TimeSpan.Zero);
        using var staff = App.CreateBrowserClient();
        var cookie = AuthCookie(await staff.SignInAsync("staff.bedo@score.test"));
        await WithCookieAsync(cookie, "/trainings");

        foreach (var page in new[] { "/trainings", "/visits", "/visits?page=2" })
        {
            var (status, sql) = await WithCookieAsync(cookie, page);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(sql.Length <= 2, $"{page}: {sql.Length} round trips:\n{string.Join("\n---\n", sql)}");
        }
        var first = await staff.GetPageAsync("/visits");
        var second = await staff.GetPageAsync("/visits?page=2");
        var pastTheEnd = await staff.GetPageAsync("/visits?page=40");
        Assert.Contains("30 hasil", first, StringComparison.Ordinal);
        Assert.Equal(25, Occurrences(first, "data-overdue="));
        Assert.Equal(5, Occurrences(second, "data-overdue="));
        Assert.Equal(5, Occurrences(pastTheEnd, "data-overdue="));
        Assert.Contains("Halaman 2 dari 2", pastTheEnd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_prepares_the_statements_it_runs_again_unless_its_connection_string_says_otherwise()
    {
        var prepared = await App.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            for (var i = 0; i < 3; i++)
            {
                await db.Partners.Where(p => p.Id > i).CountAsync();
            }
            return await db.Database
                .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%FROM partners AS p%WHERE p.id > $1%'")
                .SingleAsync();
        });
        Assert.Equal(1, prepared);

        var own = Score.Web.Startup.ServiceSetup.WithPreparedStatements("Host=db;Database=score;Max Auto Prepare=0");
        Assert.Equal(0, new Npgsql.NpgsqlConnectionStringBuilder(own).MaxAutoPrepare);
        var added = Score.Web.Startup.ServiceSetup.WithPreparedStatements("Host=db;Database=score");
        Assert.Equal(64, new Npgsql.NpgsqlConnectionStringBuilder(added).MaxAutoPrepare);
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task A_new_role_or_partner_or_a_deactivation_takes_effect_on_the_next_request()
    {
        using var first = App.CreateBrowserClient();
        var movedCookie = AuthCookie(await first.SignInAsync("staff.bedo@score.test"));
        using var second = App.CreateBrowserClient();
        var deactivatedCookie = AuthCookie(await second.SignInAsync("staff.smi@score.test"));
        using var admin = await AsAsync("admin@score.test");
        var (bedo, smi) = await App.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == "staff.bedo@score.test").Select(u => new { u.Id, u.ConcurrencyStamp }).SingleAsync(),
            await db.Users.Where(u => u.Email == "staff.smi@score.test").Select(u => u.Id).SingleAsync()));

        var edit = await admin.GetPageAsync($"/users/{bedo.Id}/edit");
        var moved = await admin.PostWithTokenAsync($"/users/{bedo.Id}/edit", Form(
            ("Id", bedo.Id), ("FullName", "Staf Pindah"), ("Email", "staff.bedo@score.test"), ("Role", "PartnerStaff"), ("PartnerId", Id(Smi.Id)),
            ("ConcurrencyStamp", bedo.ConcurrencyStamp!)), TestBrowser.TokenIn(edit));
        await admin.PostWithTokenAsync($"/users/{smi}/deactivate", Form(), TestBrowser.TokenIn(await admin.GetPageAsync($"/users/{smi}/edit")));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(Smi.Id, await App.WithDbAsync(db => db.Users.Where(u => u.Id == bedo.Id).Select(u => u.PartnerId).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(movedCookie, "/enterprises")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(deactivatedCookie, "/enterprises")).Status);
    }
}
