using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Authorization;
using Score.Web.Domain;

namespace Score.Tests.Api;

/// <summary>The REST API: tokens that act as their user, the pages' scoping, writes that happen once, problem details.</summary>
public sealed class ApiTests(ScoreApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_token_is_shown_once_stored_as_a_hash_acts_as_its_user_and_stops_when_revoked_or_expired()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        var token = await TokenAsync("staff.bedo@score.test", signedIn: staff);
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Milik BEDO");
        await App.CreateEnterpriseAsync(Smi.Id, "UD Milik SMI");

        var stored = await App.WithDbAsync(db => db.ApiTokens.SingleAsync());
        Assert.Equal(ApiTokenFormat.HashOf(token), stored.Hash);
        Assert.DoesNotContain(token, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        Assert.DoesNotContain(token, await staff.GetPageAsync("/account/tokens"), StringComparison.Ordinal);
        Assert.False(stored.CanWrite);
        Assert.Equal(90, (int)Math.Round((stored.ExpiresAt - stored.CreatedAt).TotalDays));

        using var api = Api(token);
        var list = await api.GetAsync(new Uri("/api/v1/enterprises", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var names = (await JsonAsync(list)).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Equal(["UD Milik BEDO"], names);
        Assert.NotNull(await App.WithDbAsync(db => db.ApiTokens.Select(t => t.LastUsedAt).SingleAsync()));

        // The session cookie opens the pages, never the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/v1/enterprises")).StatusCode);
        using (var wrong = Api("score_not-a-real-token"))
        {
            var refused = await wrong.GetAsync(new Uri("/api/v1/enterprises", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        await App.WithDbAsync(db => db.ApiTokens.ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/v1/enterprises", UriKind.Relative))).StatusCode);
        await App.WithDbAsync(db => db.ApiTokens.ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddDays(1))));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/enterprises", UriKind.Relative))).StatusCode);

        // Someone else cannot revoke it; an administrator sees it and can.
        using (var other = await AsAsync("staff.smi@score.test"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/account/tokens", $"/account/tokens/{Id(stored.Id)}/revoke", new Dictionary<string, string>())).StatusCode);
        }
        using var admin = await AsAsync("admin@score.test");
        Assert.Contains("staff.bedo@score.test", await admin.GetPageAsync("/account/tokens"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/account/tokens", $"/account/tokens/{Id(stored.Id)}/revoke", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/v1/enterprises", UriKind.Relative))).StatusCode);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "ApiToken" && a.Action == AuditAction.Changed && a.By == "admin@score.test")));
    }

    [Fact]
    public async Task Each_role_reads_what_its_pages_show_and_another_partners_id_answers_404()
    {
        var bedoEnterprise = await App.CreateEnterpriseAsync(Bedo.Id, "UD Lingkup BEDO", people: 1);
        var smiEnterprise = await App.CreateEnterpriseAsync(Smi.Id, "UD Lingkup SMI");
        var assigned = await TrainingAsync(Bedo.Id, BedoTrainer.Id, title: "Pelatihan Ditugaskan");
        var otherTrainer = await TrainerProfileAsync("trainer.lain@score.test", Bedo.Id, 1);
        var notAssigned = await TrainingAsync(Bedo.Id, otherTrainer.Id, title: "Pelatihan Lain");

        using (var staff = Api(await TokenAsync("staff.bedo@score.test")))
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri($"/api/v1/enterprises/{Id(bedoEnterprise.Id)}", UriKind.Relative))).StatusCode);
            var other = await staff.GetAsync(new Uri($"/api/v1/enterprises/{Id(smiEnterprise.Id)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
            Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri("/api/v1/enterprises/999999", UriKind.Relative))).StatusCode);
            var trainings = (await JsonAsync(await staff.GetAsync(new Uri("/api/v1/trainings", UriKind.Relative)))).GetProperty("items").GetArrayLength();
            Assert.Equal(2, trainings);
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri("/api/v1/dashboard?year=2026", UriKind.Relative))).StatusCode);
        }
        using (var smi = Api(await TokenAsync("staff.smi@score.test")))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(new Uri($"/api/v1/trainings/{Id(assigned.Id)}", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(new Uri($"/api/v1/trainings/{Id(assigned.Id)}/consultations", UriKind.Relative))).StatusCode);
            Assert.Equal(0, (await JsonAsync(await smi.GetAsync(new Uri("/api/v1/trainings", UriKind.Relative)))).GetProperty("items").GetArrayLength());
        }
        using (var trainer = Api(await TokenAsync("trainer.bedo@score.test")))
        {
            var titles = (await JsonAsync(await trainer.GetAsync(new Uri("/api/v1/trainings", UriKind.Relative)))).GetProperty("items").EnumerateArray()
                .Select(t => t.GetProperty("title").GetString()).ToList();
            Assert.Equal(["Pelatihan Ditugaskan"], titles);
            Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync(new Uri($"/api/v1/trainings/{Id(notAssigned.Id)}", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync(new Uri("/api/v1/dashboard", UriKind.Relative))).StatusCode);
        }
        using var viewer = Api(await TokenAsync("viewer@score.test", write: true));
        Assert.Equal(2 + 2, (await JsonAsync(await viewer.GetAsync(new Uri("/api/v1/enterprises", UriKind.Relative)))).GetProperty("items").GetArrayLength());
        // A viewer registers nothing, whatever the token allows.
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostAsJsonAsync(new Uri("/api/v1/enterprises", UriKind.Relative), NewEnterprise("UD Dari Pemirsa"))).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Name == "UD Dari Pemirsa")));
    }

    [Fact]
    public async Task Writes_need_a_write_token_happen_once_per_idempotency_key_and_a_stale_version_is_a_conflict()
    {
        using (var reader = Api(await TokenAsync("staff.bedo@score.test")))
        {
            var refused = await reader.PostAsJsonAsync(new Uri("/api/v1/enterprises", UriKind.Relative), NewEnterprise("UD Hanya Baca"));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using var api = Api(await TokenAsync("staff.bedo@score.test", write: true), "en");

        async Task<HttpResponseMessage> CreateAsync(string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/enterprises", UriKind.Relative)) { Content = JsonContent.Create(NewEnterprise("UD Sekali Saja")) };
            request.Headers.Add("Idempotency-Key", key);
            return await api.SendAsync(request);
        }
        var first = await CreateAsync("create-ud-sekali-saja");
        var retries = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CreateAsync("create-ud-sekali-saja")));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        // Retries sent together wait for each other at the key and all get the first answer.
        Assert.All(retries, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var replay = await CreateAsync("create-ud-sekali-saja");
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(1, await App.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "UD Sekali Saja")));
        Assert.Equal("staff.bedo@score.test", await App.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Enterprise" && a.Action == AuditAction.Created).Select(a => a.By).SingleAsync()));

        var created = (await JsonAsync(first)).GetProperty("enterprise");
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetUInt32();
        var renamed = await api.PutAsJsonAsync(new Uri($"/api/v1/enterprises/{Id(id)}", UriKind.Relative), new
        {
            name = "UD Sekali Saja Baru", sectorId = 1, provinceCode = "33", regencyCode = "33.74", workersWomen = 4, workersMen = 6, salesBand = "UpTo2Billion", version,
        });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var stale = await api.PutAsJsonAsync(new Uri($"/api/v1/enterprises/{Id(id)}", UriKind.Relative), new
        {
            name = "UD Tertimpa", sectorId = 1, provinceCode = "33", workersWomen = 4, workersMen = 6, salesBand = "UpTo2Billion", version,
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("UD Sekali Saja Baru", await App.WithDbAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).SingleAsync()));

        // Field errors come as problem details in the request's language.
        var invalid = await api.PostAsJsonAsync(new Uri("/api/v1/enterprises", UriKind.Relative), new { sectorId = 1, provinceCode = "33", workersWomen = -1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await JsonAsync(invalid)).GetProperty("errors");
        Assert.Contains("required", errors.GetProperty("Name")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        using var indonesian = Api(await TokenAsync("staff.bedo@score.test", write: true));
        var invalidId = await indonesian.PostAsJsonAsync(new Uri("/api/v1/enterprises", UriKind.Relative), new { sectorId = 1, provinceCode = "33" });
        Assert.Contains("wajib", (await JsonAsync(invalidId)).GetProperty("errors").GetProperty("Name")[0].GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hostile_bodies_and_queries_get_a_clear_4xx_and_save_nothing()
    {
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "UD Sasaran");
        using var api = Api(await TokenAsync("staff.bedo@score.test", write: true), "en");
        string[] bodies =
        [
            "{\"name\":\"UD \\u0000 Nol\",\"sectorId\":1,\"provinceCode\":\"33\"}",
            "{\"name\":\"UD Angka\",\"sectorId\":1,\"provinceCode\":\"33\",\"workersWomen\":99999999999999}",
            "{\"name\":12,\"sectorId\":\"satu\"}",
            "{\"name\":\"UD Koordinat\",\"sectorId\":1,\"provinceCode\":\"33\",\"latitude\":1e308}",
            "{\"name\":\"UD Tanpa Akhir\"",
            "[]",
            "{\"name\":\"" + new string('A', 5000) + "\",\"sectorId\":1,\"provinceCode\":\"33\"}",
            "{\"name\":\"UD Status\",\"sectorId\":1,\"provinceCode\":\"33\",\"status\":\"Bogus\"}",
        ];
        foreach (var body in bodies)
        {
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            var created = await api.PostAsync(new Uri("/api/v1/enterprises", UriKind.Relative), content);
            Assert.True(created.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest, $"{body[..Math.Min(60, body.Length)]}: {created.StatusCode}");
            Assert.Equal("application/problem+json", created.Content.Headers.ContentType?.MediaType);
        }
        using (var nul = new StringContent("{\"name\":\"UD \\u0000 Nol\",\"sectorId\":1,\"provinceCode\":\"33\"}", System.Text.Encoding.UTF8, "application/json"))
        {
            var refused = await JsonAsync(await api.PostAsync(new Uri("/api/v1/enterprises", UriKind.Relative), nul));
            Assert.Contains("control characters", refused.GetProperty("errors").GetProperty("$.name")[0].GetString(), StringComparison.Ordinal);
        }
        using (var nulPerson = new StringContent("{\"fullName\":\"Siti\\u0000\",\"sex\":\"Female\",\"position\":\"Worker\"}", System.Text.Encoding.UTF8, "application/json"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PostAsync(new Uri($"/api/v1/enterprises/{Id(enterprise.Id)}/people", UriKind.Relative), nulPerson)).StatusCode);
        }
        foreach (var query in new[] { "?limit=-5", "?limit=999999999999", "?cursor=-1", "?cursor=abc", "?sector=x", "?status=Bogus", "?search=%00" })
        {
            var listed = await api.GetAsync(new Uri("/api/v1/enterprises" + query, UriKind.Relative));
            Assert.True((int)listed.StatusCode < 500, $"{query}: {listed.StatusCode}");
        }
        using var longKey = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/enterprises", UriKind.Relative)) { Content = JsonContent.Create(NewEnterprise("UD Kunci Panjang")) };
        longKey.Headers.Add("Idempotency-Key", new string('k', 101));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.SendAsync(longKey)).StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.Enterprises.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task Lists_page_by_cursor_with_a_link_header_and_an_unchanged_list_answers_304()
    {
        for (var i = 0; i < 5; i++)
        {
            await App.CreateEnterpriseAsync(Bedo.Id, $"UD Halaman {i}");
        }
        using var api = Api(await TokenAsync("staff.bedo@score.test"));

        var first = await api.GetAsync(new Uri("/api/v1/enterprises?limit=2", UriKind.Relative));
        var link = first.Headers.GetValues("Link").Single();
        Assert.Matches("<[^>]*cursor=[0-9]+[^>]*>; rel=\"next\"", link);
        var seen = (await JsonAsync(first)).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        // A row added meanwhile does not shift the pages (keyset by id).
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Datang Belakangan");
        var next = Regex.Match(link, "<([^>]*)>").Groups[1].Value;
        while (next.Length > 0)
        {
            var page = await api.GetAsync(new Uri(next, UriKind.Relative));
            seen.AddRange((await JsonAsync(page)).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
            next = page.Headers.TryGetValues("Link", out var more) ? Regex.Match(more.Single(), "<([^>]*)>").Groups[1].Value : "";
        }
        Assert.Equal(["UD Halaman 0", "UD Halaman 1", "UD Halaman 2", "UD Halaman 3", "UD Halaman 4", "UD Datang Belakangan"], seen);

        var full = await api.GetAsync(new Uri("/api/v1/enterprises", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/enterprises", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(full.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await api.SendAsync(again)).StatusCode);
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Mengubah Daftar");
        using var changed = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/enterprises", UriKind.Relative));
        changed.Headers.IfNoneMatch.Add(full.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(changed)).StatusCode);
    }

    [Fact]
    public async Task Attendance_and_a_visit_are_recorded_through_the_api_once_with_the_forms_rules()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2);
        // Attendance is the partner staff's, as on the attendance page; visits are the trainer's.
        using var staff = Api(await TokenAsync("staff.bedo@score.test", write: true));
        using var api = Api(await TokenAsync("trainer.bedo@score.test", write: true));
        var details = await JsonAsync(await api.GetAsync(new Uri($"/api/v1/trainings/{Id(training.Id)}", UriKind.Relative)));
        var participants = details.GetProperty("enrolments")[0].GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray();
        var days = details.GetProperty("days").EnumerateArray().Select(d => (Id: d.GetProperty("id").GetInt32(), Version: d.GetProperty("version").GetUInt32())).ToList();
        var enrolmentId = details.GetProperty("enrolments")[0].GetProperty("id").GetInt32();

        foreach (var day in days)
        {
            var marked = await staff.PutAsJsonAsync(new Uri($"/api/v1/trainings/{Id(training.Id)}/days/{Id(day.Id)}/attendance", UriKind.Relative),
                new { presentParticipantIds = participants, version = day.Version });
            Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        }
        var stale = await staff.PutAsJsonAsync(new Uri($"/api/v1/trainings/{Id(training.Id)}/days/{Id(days[0].Id)}/attendance", UriKind.Relative),
            new { presentParticipantIds = participants.Take(1).ToArray(), version = days[0].Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(participants.Length * 2, await App.WithDbAsync(db => db.Attendance.CountAsync(a => a.Present)));
        Assert.Equal(TrainingStatus.ClassroomDone, await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == training.Id).Select(t => t.Status).SingleAsync()));

        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        async Task<HttpResponseMessage> VisitAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/trainings/{Id(training.Id)}/enrolments/{Id(enrolmentId)}/consultations", UriKind.Relative))
            {
                Content = JsonContent.Create(new
                {
                    date = "2026-10-02", durationMinutes = 90, mode = "OnSite", findings = "Gudang rapi",
                    actions = new[] { new { id = 0, description = "Label rak bahan", status = "Open" } },
                    kpis = new[] { new { code = "reject_rate", value = 7.5m, period = "September 2026" } },
                }),
            };
            request.Headers.Add("Idempotency-Key", "visit-2026-10-02");
            return await api.SendAsync(request);
        }
        var first = await VisitAsync();
        var retry = await VisitAsync();
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.Consultations.CountAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.ImprovementActions.CountAsync()));
        var visit = await JsonAsync(first);
        Assert.Equal(7.5m, visit.GetProperty("kpis")[0].GetProperty("value").GetDecimal());
        var listed = await JsonAsync(await api.GetAsync(new Uri($"/api/v1/trainings/{Id(training.Id)}/consultations", UriKind.Relative)));
        Assert.Equal("Gudang rapi", listed.GetProperty("items")[0].GetProperty("findings").GetString());

        var future = await api.PostAsJsonAsync(new Uri($"/api/v1/trainings/{Id(training.Id)}/enrolments/{Id(enrolmentId)}/consultations", UriKind.Relative),
            new { date = "2026-12-30", durationMinutes = 60, mode = "OnSite" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.True((await JsonAsync(future)).GetProperty("errors").TryGetProperty("date", out _));
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_and_the_reference_page_loads_nothing_from_elsewhere()
    {
        using var anonymous = App.CreateBrowserClient();
        var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await JsonAsync(response);
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/v1/enterprises", "/api/v1/enterprises/{id}", "/api/v1/enterprises/{id}/people", "/api/v1/enterprises/{id}/people/{personId}",
            "/api/v1/trainings", "/api/v1/trainings/{id}", "/api/v1/trainings/{id}/days/{dayId}/attendance", "/api/v1/trainings/{id}/consultations",
            "/api/v1/trainings/{id}/enrolments/{enrolmentId}/consultations", "/api/v1/dashboard", "/api/v1/partners", "/api/v1/variants", "/api/v1/modules",
            "/api/v1/trainers", "/api/v1/trainers/{id}", "/api/v1/certificates", "/api/v1/certificates/{id}", "/api/v1/trainings/{id}/workshop",
            "/api/v1/workshops",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("bearer", out _));
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.True(operation.Value.TryGetProperty("responses", out _), $"{operation.Name} {path.Name} documents its answers.");
            }
        }

        var docs = await anonymous.GetAsync("/api/docs");
        if (docs.StatusCode == HttpStatusCode.Found)
        {
            docs = await anonymous.GetAsync(new Uri(new Uri("http://localhost/api/docs"), docs.Headers.Location!).PathAndQuery);
        }
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var html = await docs.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("(src|href)=\"https?://", html);
        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.Ordinal);
    }
}

/// <summary>The API's per-token limit, with a tight one.</summary>
public sealed class ApiRateLimitTests(ApiRateLimitTests.TightLimitApp app) : IClassFixture<ApiRateLimitTests.TightLimitApp>
{
    public sealed class TightLimitApp : ScoreApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Score:ApiRequestsPerMinute", "3");
        }
    }

    [Fact]
    public async Task Requests_past_the_limit_answer_429_with_retry_after_and_another_token_is_not_held_back()
    {
        var user = await app.CreateUserAsync($"api.{Guid.NewGuid():N}@score.test", Roles.ProgrammeViewer);
        var tokens = new[] { ApiTokenFormat.NewToken(), ApiTokenFormat.NewToken() };
        await app.WithDbAsync(async db =>
        {
            foreach (var token in tokens)
            {
                db.ApiTokens.Add(new ApiToken { UserId = user.Id, Name = "batas", Hash = ApiTokenFormat.HashOf(token), Prefix = ApiTokenFormat.PrefixOf(token), ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) });
            }
            await db.SaveChangesAsync();
        });
        using var client = app.CreateClient();
        async Task<HttpResponseMessage> AskAsync(string token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/modules", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await client.SendAsync(request);
        }

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await AskAsync(tokens[0]);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(tokens[1])).StatusCode);
    }
}
