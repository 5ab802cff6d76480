using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Tools;

/// <summary>
/// A bounded load over loopback against a running Score: signed-in users requesting the dashboard,
/// the enterprise list, enterprises' and trainings' pages, and the same user's API token listing
/// enterprises 100 at a time; prints latency percentiles, requests per second, bytes per answer and
/// the server's peak memory, then stops.
/// </summary>
public static partial class WebBenchmark
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();

    public static async Task RunAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter output)
    {
        var baseUrl = new Uri(options.GetValueOrDefault("url", "http://127.0.0.1:5000"));
        var users = int.Parse(options.GetValueOrDefault("users", "8"), CultureInfo.InvariantCulture);
        var requests = int.Parse(options.GetValueOrDefault("requests", "400"), CultureInfo.InvariantCulture);
        var email = options.GetValueOrDefault("email", "admin@score.test");
        var password = options.GetValueOrDefault("password", DemoData.DemoDataSeeder.Password);

        var db = services.GetRequiredService<ScoreDbContext>();
        // Pages spread over the data, the same for every run: every 97th enterprise and training.
        var enterprises = await db.Enterprises.Where(e => e.DeletedAt == null && e.Id % 97 == 0).OrderBy(e => e.Id).Select(e => e.Id).Take(200).ToListAsync();
        var trainings = await db.Trainings.Where(t => t.Id % 97 == 0).OrderBy(t => t.Id).Select(t => t.Id).Take(200).ToListAsync();
        var years = await db.Trainings.Select(t => t.PlannedStart.Year).Distinct().OrderBy(y => y).ToListAsync();
        var provinces = await db.Trainings.Select(t => t.ProvinceCode).Distinct().OrderBy(p => p).ToListAsync();
        output.WriteLine(Invariant($"Database: {await db.Enterprises.CountAsync():N0} enterprises, {await db.People.CountAsync():N0} people, {await db.Trainings.CountAsync():N0} trainings, {await db.Consultations.CountAsync():N0} consultations"));
        output.WriteLine(Invariant($"{users} users signed in as {email}, {requests} requests a page over loopback to {baseUrl}"));

        var clients = new List<HttpClient>();
        for (var u = 0; u < users; u++)
        {
            clients.Add(await SignInAsync(baseUrl, email, password));
        }
        var token = await TokenAsync(db, email, services.GetRequiredService<TimeProvider>());
        var apiClients = Enumerable.Range(0, users).Select(_ =>
        {
            var client = new HttpClient { BaseAddress = baseUrl };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }).ToList();
        // Each filter combination once: the dashboard as a user who changes filters, computed afresh.
        var filters = years.SelectMany(y => new[] { $"year={y}" }.Concat(Enumerable.Range(1, 5).Select(m => $"year={y}&module={m}")))
            .Concat(provinces.Select(p => $"province={p}")).ToList();
        var pages = new (string Name, Func<int, string> Url, bool Api)[]
        {
            ("Dashboard (as most users open it)", _ => "/dashboard", false),
            ("Dashboard, a new filter each time", i => "/dashboard?" + filters[i % filters.Count], false),
            ("Enterprise list", i => $"/enterprises?page={(i % 20) + 1}", false),
            // The same first 2,000 enterprises as the list's 20 pages, 100 to an answer.
            ("API: 100 enterprises", i => $"/api/v1/enterprises?limit=100&cursor={i % 20 * 100}", true),
            ("Enterprise page", i => $"/enterprises/{enterprises[i % enterprises.Count]}", false),
            ("Training page", i => $"/trainings/{trainings[i % trainings.Count]}", false),
        };
        output.WriteLine();
        output.WriteLine("page                                    p50 ms   p95 ms   p99 ms    req/s   KB/answer  errors");
        foreach (var (name, url, api) in pages)
        {
            var count = name.Contains("new filter", StringComparison.Ordinal) ? Math.Min(requests, filters.Count) : requests;
            var senders = api ? apiClients : clients;
            await senders[0].GetAsync(url(0)); // warm-up
            var timings = new List<double>();
            var errors = 0;
            long bytes = 0;
            var next = 0;
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(senders.Select(async client =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) <= count)
                {
                    var start = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(url(i));
                    var body = await response.Content.ReadAsByteArrayAsync();
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    lock (timings)
                    {
                        timings.Add(ms);
                        bytes += body.Length;
                        errors += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
                    }
                }
            }));
            var seconds = watch.Elapsed.TotalSeconds;
            timings.Sort();
            output.WriteLine(Invariant(
                $"{name,-36} {Percentile(timings, 50),8:N0} {Percentile(timings, 95),8:N0} {Percentile(timings, 99),8:N0} {timings.Count / seconds,8:N1} {bytes / 1024.0 / Math.Max(1, timings.Count),11:N1} {errors,7}"));
        }
        if (options.TryGetValue("pid", out var pid))
        {
            var status = await File.ReadAllLinesAsync($"/proc/{pid}/status");
            string Field(string key) => status.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
            output.WriteLine();
            output.WriteLine($"Server memory: peak resident {Field("VmHWM")}, now {Field("VmRSS")}");
        }
        foreach (var client in clients.Concat(apiClients))
        {
            client.Dispose();
        }
    }

    /// <summary>A read-only token of the benchmark's user for the day, made as /account/tokens makes one.</summary>
    private static async Task<string> TokenAsync(ScoreDbContext db, string email, TimeProvider clock)
    {
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var token = ApiTokenFormat.NewToken();
        db.ApiTokens.Add(new ApiToken
        {
            UserId = userId, Name = "benchmark", Hash = ApiTokenFormat.HashOf(token), Prefix = ApiTokenFormat.PrefixOf(token),
            ExpiresAt = clock.GetUtcNow().AddDays(1),
        });
        await db.SaveChangesAsync();
        return token;
    }

    private static async Task<HttpClient> SignInAsync(Uri baseUrl, string email, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        var login = await client.GetStringAsync("/account/login");
        var token = Token().Match(login).Groups["token"].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync("/account/login", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} failed ({(int)response.StatusCode}): the benchmark needs the demo accounts.");
        }
        return client;
    }

    private static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
