using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Tools;

/// <summary>
/// A bounded mixed load against a running Score for some minutes, with the database restarted in
/// the middle: 8 users of one partner read lists and dashboards, register enterprises and record
/// attendance through the API (each write with an Idempotency-Key, sent again with the same key
/// until it is acknowledged, as a careful client does) and issue certificates. It prints the
/// requests, the errors by status outside the outage, the writes acknowledged and found afterwards,
/// the seconds the app took to answer again once the database was back, and the app's memory.
/// </summary>
public static class SoakBenchmark
{
    private sealed record Attempt(DateTimeOffset Start, DateTimeOffset End, int Status);

    private sealed record Day(int TrainingId, int DayId, List<int> Participants)
    {
        /// <summary>The day's version as last saved: the API's stale check needs it on every write.</summary>
        public uint Version { get; set; }
    }

    private sealed class User(int number, HttpClient web, HttpClient api, Day? day)
    {
        public int Number { get; } = number;
        public HttpClient Web { get; } = web;
        public HttpClient Api { get; } = api;
        public Day? Day { get; } = day;
        public Random Random { get; } = new(2026 + number);
        public int Registered { get; set; }
    }

    public static async Task RunAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter output)
    {
        var baseUrl = new Uri(options.GetValueOrDefault("url", "http://127.0.0.1:5000"));
        var userCount = int.Parse(options.GetValueOrDefault("users", "8"), CultureInfo.InvariantCulture);
        var duration = TimeSpan.FromMinutes(double.Parse(options.GetValueOrDefault("minutes", "10"), CultureInfo.InvariantCulture));
        var email = options.GetValueOrDefault("email", "staff.bedo@score.test");
        var password = options.GetValueOrDefault("password", DemoData.DemoDataSeeder.Password);
        var appProcess = options.TryGetValue("pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : (int?)null;
        options.TryGetValue("restart", out var restartCommand);

        var db = services.GetRequiredService<ScoreDbContext>();
        var partner = await db.Users.Where(u => u.Email == email).Select(u => u.PartnerId).SingleOrDefaultAsync()
            ?? throw new InvalidOperationException($"{email} is not a partner's staff account.");
        var enterpriseCount = await db.Enterprises.CountAsync(e => e.PartnerId == partner && e.DeletedAt == null);
        var lastPage = Math.Max(1, (enterpriseCount + 24) / 25);
        var trainings = await db.Trainings.Where(t => t.PartnerId == partner).OrderBy(t => t.Id).Select(t => t.Id).Take(200).ToListAsync();
        var open = db.Trainings.Where(t => t.PartnerId == partner && t.Enrolments.Any(e => e.Participants.Count > 0)
                                           && (t.Status == TrainingStatus.Planned || t.Status == TrainingStatus.ClassroomDone || t.Status == TrainingStatus.Consultations));
        var candidateDays = await (
                from t in open
                from d in db.ClassroomDays.Where(d => d.TrainingId == t.Id)
                orderby d.Id
                select new Day(t.Id, d.Id, t.Enrolments.SelectMany(e => e.Participants).OrderBy(p => p.Id).Select(p => p.Id).ToList()) { Version = d.Version })
            .Take(100).ToListAsync();
        var certificateTrainings = await db.Trainings
            .Where(t => t.PartnerId == partner && t.Status == TrainingStatus.Completed)
            .OrderBy(t => t.Id).Select(t => t.Id).Take(20).ToListAsync();
        var token = await WebBenchmark.TokenAsync(db, email, services.GetRequiredService<TimeProvider>(), canWrite: true);

        var attempts = new ConcurrentBag<Attempt>();
        var users = new List<User>();
        var usableDays = new Queue<Day>();
        using (var probe = ApiClient(baseUrl, token))
        {
            // Days whose attendance the API takes now (a training in review or approved refuses): one per user, so users never overwrite each other.
            foreach (var day in candidateDays)
            {
                if (usableDays.Count == userCount)
                {
                    break;
                }
                using var response = await probe.PutAsJsonAsync($"/api/v1/trainings/{day.TrainingId}/days/{day.DayId}/attendance", new { presentParticipantIds = day.Participants, version = day.Version });
                if (response.IsSuccessStatusCode)
                {
                    day.Version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetUInt32();
                    usableDays.Enqueue(day);
                }
            }
        }
        for (var u = 0; u < userCount; u++)
        {
            users.Add(new User(u + 1, await WebBenchmark.SignInAsync(baseUrl, email, password), ApiClient(baseUrl, token), usableDays.TryDequeue(out var day) ? day : null));
        }
        var reads = new Func<User, string>[]
        {
            u => $"/enterprises?page={u.Random.Next(1, lastPage + 1)}",
            _ => "/dashboard",
            u => $"/trainings/{trainings[u.Random.Next(trainings.Count)]}",
            u => $"/visits?page={u.Random.Next(1, 4)}",
            u => $"/api/v1/enterprises?limit=50&cursor={u.Random.Next(0, 20) * 50}",
        };

        foreach (var user in users)
        {
            await user.Web.GetAsync("/dashboard");
        }
        output.WriteLine(Invariant($"{userCount} users as {email} for {duration.TotalMinutes:N0} min against {baseUrl}; {users.Count(u => u.Day is not null)} of them record attendance on their own classroom day; certificates on {certificateTrainings.Count} trainings."));

        var started = DateTimeOffset.UtcNow;
        var deadline = started + duration;
        var acknowledgedEnterprises = new ConcurrentBag<(string Name, int Id)>();
        var acknowledgedAttendance = new ConcurrentDictionary<int, List<int>>();
        var certificateIssues = 0;
        DateTimeOffset? stopAt = null, backAt = null;

        async Task<HttpResponseMessage?> SendAsync(HttpClient client, Func<HttpRequestMessage> request)
        {
            var start = DateTimeOffset.UtcNow;
            try
            {
                var response = await client.SendAsync(request());
                attempts.Add(new Attempt(start, DateTimeOffset.UtcNow, (int)response.StatusCode));
                return response;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                attempts.Add(new Attempt(start, DateTimeOffset.UtcNow, 0));
                return null;
            }
        }

        // A write sent until it is acknowledged, always with the same key: the server does it once.
        async Task<HttpResponseMessage?> WriteOnceAsync(HttpClient client, Func<HttpRequestMessage> request)
        {
            var key = Guid.NewGuid().ToString();
            while (DateTimeOffset.UtcNow < deadline + TimeSpan.FromSeconds(60))
            {
                var response = await SendAsync(client, () =>
                {
                    var message = request();
                    message.Headers.Add("Idempotency-Key", key);
                    return message;
                });
                if (response is { IsSuccessStatusCode: true })
                {
                    return response;
                }
                response?.Dispose();
                await Task.Delay(1000);
            }
            return null;
        }

        async Task RunUserAsync(User user)
        {
            while (DateTimeOffset.UtcNow < deadline)
            {
                var roll = user.Random.NextDouble();
                if (roll < 0.6)
                {
                    var url = reads[user.Random.Next(reads.Length)](user);
                    var client = url.StartsWith("/api/", StringComparison.Ordinal) ? user.Api : user.Web;
                    using var response = await SendAsync(client, () => new HttpRequestMessage(HttpMethod.Get, url));
                    if (response is not null)
                    {
                        await response.Content.LoadIntoBufferAsync();
                    }
                }
                else if (roll < 0.8)
                {
                    var name = Invariant($"UD Soak {user.Number}-{++user.Registered}");
                    using var response = await WriteOnceAsync(user.Api, () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/enterprises")
                    {
                        Content = JsonContent.Create(new
                        {
                            name, sectorId = 1, provinceCode = "33", regencyCode = "33.74", workersWomen = 4, workersMen = 6,
                            salesBand = "UpTo2Billion", legalForm = "Cv", confirmWarnings = true,
                        }),
                    });
                    if (response is not null)
                    {
                        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
                        acknowledgedEnterprises.Add((name, saved.GetProperty("enterprise").GetProperty("id").GetInt32()));
                    }
                }
                else if (roll < 0.92 && user.Day is { } day)
                {
                    var present = day.Participants.Where(_ => user.Random.NextDouble() < 0.8).ToList();
                    using var response = await WriteOnceAsync(user.Api, () => new HttpRequestMessage(HttpMethod.Put, $"/api/v1/trainings/{day.TrainingId}/days/{day.DayId}/attendance")
                    {
                        Content = JsonContent.Create(new { presentParticipantIds = present, version = day.Version }),
                    });
                    if (response is not null)
                    {
                        if (response.IsSuccessStatusCode)
                        {
                            day.Version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetUInt32();
                        }
                        acknowledgedAttendance[day.DayId] = present;
                    }
                }
                else if (certificateTrainings.Count > 0)
                {
                    var page = $"/trainings/{certificateTrainings[user.Random.Next(certificateTrainings.Count)]}/certificates";
                    using var form = await SendAsync(user.Web, () => new HttpRequestMessage(HttpMethod.Get, page));
                    var html = form is { IsSuccessStatusCode: true } ? await form.Content.ReadAsStringAsync() : "";
                    var formToken = WebBenchmark.FormToken(html);
                    if (formToken.Length > 0 && html.Contains(page + "/issue", StringComparison.Ordinal))
                    {
                        using var issued = await SendAsync(user.Web, () => new HttpRequestMessage(HttpMethod.Post, page + "/issue")
                        {
                            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = formToken }),
                        });
                        if (issued?.StatusCode == HttpStatusCode.Redirect)
                        {
                            Interlocked.Increment(ref certificateIssues);
                        }
                    }
                }
            }
        }

        async Task RestartDatabaseAsync()
        {
            if (string.IsNullOrEmpty(restartCommand))
            {
                return;
            }
            await Task.Delay(duration / 2);
            output.WriteLine(Invariant($"{(DateTimeOffset.UtcNow - started).TotalSeconds:N0} s: restarting PostgreSQL ({restartCommand})"));
            stopAt = DateTimeOffset.UtcNow;
            using var restart = Process.Start(new ProcessStartInfo("bash", ["-c", restartCommand]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            await restart.WaitForExitAsync();
            backAt = DateTimeOffset.UtcNow;
            output.WriteLine(Invariant($"{(backAt.Value - started).TotalSeconds:N0} s: PostgreSQL is back (exit {restart.ExitCode}, down {(backAt.Value - stopAt.Value).TotalSeconds:N1} s)"));
        }

        // Memory is taken once every kind of request has run for a while (caches filled, code compiled), and at the end.
        double? memoryAtStart = null;
        async Task WarmUpAsync()
        {
            await Task.Delay(TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, duration.Ticks / 5)));
            memoryAtStart = ResidentMegabytes(appProcess);
        }

        await Task.WhenAll(users.Select(RunUserAsync).Append(RestartDatabaseAsync()).Append(WarmUpAsync()));
        var memoryAtEnd = ResidentMegabytes(appProcess);

        var all = attempts.OrderBy(a => a.Start).ToList();
        var recoveredAt = backAt is { } back ? all.FirstOrDefault(a => a.Start >= back && a.Status is >= 200 and < 400)?.Start : null;
        // A request in the outage: still running when the database stopped, or sent before the app answered again.
        bool InOutage(Attempt a) => stopAt is { } stop && a.End >= stop && a.Start < (recoveredAt ?? DateTimeOffset.MaxValue);
        var failures = all.Where(a => a.Status is 0 or >= 400).ToList();
        var outside = failures.Where(a => !InOutage(a)).GroupBy(a => a.Status).OrderBy(g => g.Key).ToList();
        var during = failures.Where(InOutage).GroupBy(a => a.Status).OrderBy(g => g.Key).ToList();

        // What the database holds now, read afresh: the restart left this tool's pooled connections dead too.
        Npgsql.NpgsqlConnection.ClearAllPools();
        var ids = acknowledgedEnterprises.Select(e => e.Id).ToList();
        var found = await db.Enterprises.CountAsync(e => ids.Contains(e.Id));
        var soakNames = await db.Enterprises.Where(e => e.Name.StartsWith("UD Soak ")).GroupBy(e => e.Name).Select(g => g.Count()).ToListAsync();
        var attendanceFound = 0;
        foreach (var (dayId, present) in acknowledgedAttendance)
        {
            var stored = await db.Attendance.Where(a => a.ClassroomDayId == dayId && a.Present).Select(a => a.ParticipantId).OrderBy(p => p).ToListAsync();
            attendanceFound += stored.SequenceEqual(present.Order()) ? 1 : 0;
        }

        output.WriteLine();
        output.WriteLine(Invariant($"requests                      {all.Count:N0} in {(DateTimeOffset.UtcNow - started).TotalSeconds:N0} s ({all.Count / duration.TotalSeconds:N1} a second)"));
        output.WriteLine(Invariant($"errors outside the outage      {outside.Sum(g => g.Count())} {Statuses(outside)}(target 0)"));
        output.WriteLine(Invariant($"answers during the outage      {during.Sum(g => g.Count())} {Statuses(during)}"));
        output.WriteLine(Invariant($"enterprises registered         {ids.Count} acknowledged, {found} found, {soakNames.Count(c => c > 1)} registered twice (target: all found, none twice)"));
        output.WriteLine(Invariant($"attendance days recorded       {acknowledgedAttendance.Count} days' last acknowledged attendance, {attendanceFound} found as sent (target: all)"));
        output.WriteLine(Invariant($"certificate issues             {certificateIssues} acknowledged"));
        if (backAt is { } returned)
        {
            output.WriteLine(recoveredAt is { } recovered
                ? Invariant($"seconds to recover            {(recovered - returned).TotalSeconds:N1} after PostgreSQL was back (target under 10)")
                : "seconds to recover             never: no request succeeded after PostgreSQL was back");
        }
        if (memoryAtStart is { } before && memoryAtEnd is { } after)
        {
            output.WriteLine(Invariant($"app memory (resident)          {before:N0} MB after the warm-up, {after:N0} MB at the end: {100.0 * (after - before) / before:+0.0;-0.0}% (target under +10%)"));
        }
    }

    private static string Statuses(IEnumerable<IGrouping<int, Attempt>> groups)
    {
        var text = string.Join(", ", groups.Select(g => Invariant($"{(g.Key == 0 ? "no answer" : g.Key.ToString(CultureInfo.InvariantCulture))}: {g.Count()}")));
        return text.Length == 0 ? "" : "(" + text + ") ";
    }

    private static double? ResidentMegabytes(int? pid)
    {
        var status = pid is { } p ? $"/proc/{p}/status" : null;
        if (status is null || !File.Exists(status))
        {
            return null;
        }
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static HttpClient ApiClient(Uri baseUrl, string token)
    {
        var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
