using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Tools;

/// <summary>
/// A bounded load over loopback against a running Score, as one partner's staff use it: 8 signed-in users request
/// each main page in turn. For every page it prints latency percentiles, requests per second, the database
/// statements each request ran (from pg_stat_statements, when the server loads it) and the bytes sent, plain and
/// Brotli-compressed. Given the address of the hand-written reference page (benchmarks/ReferenceList), it then
/// measures the enterprise list against it in alternating rounds and prints the ratio of their speeds.
/// </summary>
public static partial class WebBenchmark
{
    private const int PageSize = 25;
    private const double TargetP95Ms = 50;
    private const double TargetRatio = 0.8;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();

    private sealed record Page(string Name, Func<int, string> Url, bool Api = false, bool Main = true, int? Count = null);

    public static async Task RunAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter output)
    {
        var baseUrl = new Uri(options.GetValueOrDefault("url", "http://127.0.0.1:5000"));
        var users = int.Parse(options.GetValueOrDefault("users", "8"), CultureInfo.InvariantCulture);
        var requests = int.Parse(options.GetValueOrDefault("requests", "400"), CultureInfo.InvariantCulture);
        var email = options.GetValueOrDefault("email", "staff.bedo@score.test");
        var password = options.GetValueOrDefault("password", DemoData.DemoDataSeeder.Password);

        var db = services.GetRequiredService<ScoreDbContext>();
        var partner = await db.Users.Where(u => u.Email == email).Select(u => u.PartnerId).SingleOrDefaultAsync()
            ?? throw new InvalidOperationException($"{email} is not a partner's staff account: the benchmark measures pages as a partner's staff see them.");
        var live = db.Enterprises.Where(e => e.PartnerId == partner && e.DeletedAt == null);
        var enterpriseCount = await live.CountAsync();
        // Pages spread over the partner's data, the same for every run.
        var enterprises = await live.Where(e => e.Id % 17 == 0).OrderBy(e => e.Id).Select(e => e.Id).Take(200).ToListAsync();
        var trainings = await db.Trainings.Where(t => t.PartnerId == partner && t.Id % 7 == 0).OrderBy(t => t.Id).Select(t => t.Id).Take(200).ToListAsync();
        var nibPrefixes = await live.Where(e => e.Nib != null && e.Id % 13 == 0).OrderBy(e => e.Id).Select(e => e.Nib!.Substring(0, 6)).Take(50).ToListAsync();
        var names = await live.Where(e => e.Id % 11 == 0).OrderBy(e => e.Id).Select(e => e.Name).Take(400).ToListAsync();
        var words = names.SelectMany(n => n.Split(' ')).Where(w => w.Length >= 4).Distinct().Order(StringComparer.Ordinal).Take(50).ToList();
        var enrolments = await db.Enrolments
            .Where(e => e.Training!.PartnerId == partner && e.Training.Status != TrainingStatus.Completed && e.Training.Status != TrainingStatus.Cancelled)
            .OrderBy(e => e.Id).Select(e => $"/trainings/{e.TrainingId}/enrolments/{e.Id}/visits/new").Take(400).ToListAsync();
        var years = await db.Trainings.Where(t => t.PartnerId == partner).Select(t => t.PlannedStart.Year).Distinct().OrderBy(y => y).ToListAsync();
        var lastPage = Math.Max(1, (enterpriseCount + PageSize - 1) / PageSize);

        output.WriteLine(Invariant($"Database: {await db.Enterprises.CountAsync():N0} enterprises, {await db.People.CountAsync():N0} people, {await db.Trainings.CountAsync():N0} trainings, {await db.Consultations.CountAsync():N0} consultations"));
        output.WriteLine(Invariant($"{users} users signed in as {email} ({enterpriseCount:N0} enterprises of their partner), {requests} requests a page over loopback to {baseUrl}"));

        var clients = new List<HttpClient>();
        for (var u = 0; u < users; u++)
        {
            clients.Add(await SignInAsync(baseUrl, email, password));
        }
        // Only visit forms this user may open: a training's status or review can close it.
        var visitForms = new List<string>();
        foreach (var url in enrolments)
        {
            using var probe = await clients[0].GetAsync(url);
            if (probe.StatusCode == HttpStatusCode.OK && visitForms.Count < 100)
            {
                visitForms.Add(url);
            }
        }
        var token = await TokenAsync(db, email, services.GetRequiredService<TimeProvider>());
        var apiClients = Enumerable.Range(0, users).Select(_ =>
        {
            var client = new HttpClient { BaseAddress = baseUrl };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }).ToList();
        // Each filter combination once: the dashboard as a user who changes filters, computed afresh (issue: programme figures).
        var filters = years.SelectMany(y => new[] { $"year={y}" }.Concat(Enumerable.Range(1, 5).Select(m => $"year={y}&module={m}"))).ToList();
        var pages = new List<Page>
        {
            new("Dashboard (as most users open it)", _ => "/dashboard"),
            new("Enterprise list, pages 1-20", i => $"/enterprises?page={(i % 20) + 1}"),
            new("Enterprise list, last 20 pages", i => $"/enterprises?page={lastPage - (i % 20)}"),
            new("Enterprise list, name contains", i => $"/enterprises?search={Uri.EscapeDataString(words[i % words.Count])}"),
            new("Enterprise list, NIB prefix", i => $"/enterprises?search={nibPrefixes[i % nibPrefixes.Count]}"),
            new("Enterprise page", i => $"/enterprises/{enterprises[i % enterprises.Count]}"),
            new("Training list", i => $"/trainings?page={(i % 10) + 1}"),
            new("Training page", i => $"/trainings/{trainings[i % trainings.Count]}"),
            new("Visit list", i => $"/visits?page={(i % 10) + 1}"),
            new("Visit form", i => visitForms[i % visitForms.Count]),
            // The same first 2,000 enterprises as the list's 20 pages, 100 to an answer.
            new("API: 100 enterprises", i => $"/api/v1/enterprises?limit=100&cursor={i % 20 * 100}", Api: true),
            new("Dashboard, a new filter each time", i => "/dashboard?" + filters[i % filters.Count], Main: false, Count: Math.Min(requests, filters.Count)),
        };
        if (visitForms.Count == 0)
        {
            pages.RemoveAll(p => p.Name == "Visit form");
        }
        // --pages "list,visit" measures only the pages whose names contain one of the words (while working on them).
        if (options.TryGetValue("pages", out var only))
        {
            var wanted = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            pages.RemoveAll(p => !wanted.Any(w => p.Name.Contains(w, StringComparison.OrdinalIgnoreCase)));
        }

        await using var statements = await StatementCounter.OpenAsync(db.Database.GetConnectionString()!);
        output.WriteLine();
        var appProcess = options.TryGetValue("pid", out var appPid) ? int.Parse(appPid, CultureInfo.InvariantCulture) : (int?)null;
        output.WriteLine("page                                 p50 ms  p95 ms  p99 ms   req/s  DB statements  DB ms  app CPU ms  KB sent  KB brotli  errors");
        var slowest = (Name: "", P95: 0.0);
        // Warm-up: every page until the runtime has optimised its code, as it runs after the first minutes of a day
        // (a dashboard with new filters is left out: it would keep them).
        for (var round = 0; round < 2; round++)
        {
            foreach (var page in pages.Where(p => p.Main))
            {
                await LoadAsync(page.Api ? apiClients : clients, page.Url, requests / 2);
            }
        }
        foreach (var page in pages)
        {
            var senders = page.Api ? apiClients : clients;
            await Task.WhenAll(senders.Select(c => c.GetAsync(page.Url(0)))); // each connection and the prepared statements
            await statements.ResetAsync();
            var cpuBefore = CpuMilliseconds(appProcess);
            var run = await LoadAsync(senders, page.Url, page.Count ?? requests);
            var cpu = (CpuMilliseconds(appProcess) - cpuBefore) / run.Timings.Count;
            var (perRequest, databaseMs) = await statements.PerRequestAsync(run.Timings.Count);
            var brotli = await BrotliSizeAsync(senders[0], page.Url(1));
            output.WriteLine(Invariant(
                $"{page.Name,-36} {run.Percentile(50),6:N0} {run.Percentile(95),7:N0} {run.Percentile(99),7:N0} {run.PerSecond,7:N0} {perRequest,14} {databaseMs,6} {(appProcess is null ? "n/a" : cpu.ToString("N1", CultureInfo.InvariantCulture)),11} {run.KbPerAnswer,8:N1} {brotli,10:N1} {run.Errors,7}"));
            if (page.Main && run.Percentile(95) > slowest.P95)
            {
                slowest = (page.Name, run.Percentile(95));
            }
        }
        output.WriteLine();
        output.WriteLine(Invariant($"Slowest main page at p95: {slowest.Name}, {slowest.P95:N0} ms (target: at most {TargetP95Ms:N0} ms) {(slowest.P95 <= TargetP95Ms ? "met" : "NOT MET")}"));

        if (options.TryGetValue("reference", out var reference))
        {
            var referenceProcess = options.TryGetValue("reference-pid", out var referencePid) ? int.Parse(referencePid, CultureInfo.InvariantCulture) : (int?)null;
            await CompareWithReferenceAsync(clients, new Uri(reference), partner, requests, (appProcess, referenceProcess), output);
        }
        if (appProcess is { } pid)
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

    /// <summary>
    /// Score's enterprise list against the hand-written page of the same rows, in alternating rounds so that
    /// both meet the same machine; the ratio is of requests per second over all rounds.
    /// </summary>
    private static async Task CompareWithReferenceAsync(List<HttpClient> clients, Uri reference, int partner, int requests, (int? Score, int? Reference) processes, TextWriter output)
    {
        var plain = clients.Select(_ => new HttpClient { BaseAddress = reference }).ToList();
        Func<int, string> score = i => $"/enterprises?page={(i % 20) + 1}";
        Func<int, string> handWritten = i => $"/enterprises?partner={partner}&page={(i % 20) + 1}";
        await SameRowsAsync(clients[0], plain[0], score(0), handWritten(0));
        // Both warmed until the runtime has finished optimising their code (tiered compilation takes a few
        // thousand requests on two busy cores): the comparison is of the pages as they run all day, not of the JIT.
        for (var warm = 0; warm < 3; warm++)
        {
            await LoadAsync(clients, score, 1000);
            await LoadAsync(plain, handWritten, 1000);
        }
        const int Rounds = 10;
        var perRound = Math.Max(plain.Count, requests * 3 / 4);
        var (scoreRuns, referenceRuns) = (new List<Run>(), new List<Run>());
        var (scoreCpu, referenceCpu) = (0.0, 0.0);
        for (var round = 0; round < Rounds; round++)
        {
            var before = CpuMilliseconds(processes.Score);
            scoreRuns.Add(await LoadAsync(clients, score, perRound));
            scoreCpu += CpuMilliseconds(processes.Score) - before;
            before = CpuMilliseconds(processes.Reference);
            referenceRuns.Add(await LoadAsync(plain, handWritten, perRound));
            referenceCpu += CpuMilliseconds(processes.Reference) - before;
        }
        string CpuText(int? process, double ms) => process is null ? "" : Invariant($"  web CPU {ms / (Rounds * perRound):N2} ms a request");
        var scoreSpeed = scoreRuns.Sum(r => r.Timings.Count) / scoreRuns.Sum(r => r.Seconds);
        var referenceSpeed = referenceRuns.Sum(r => r.Timings.Count) / referenceRuns.Sum(r => r.Seconds);
        var ratio = scoreSpeed / referenceSpeed;
        output.WriteLine();
        output.WriteLine(Invariant($"Enterprise list against a hand-written Npgsql page of the same 25 rows ({Rounds} alternating rounds of {perRound} requests, {clients.Count} connections each):"));
        output.WriteLine(Invariant($"  Score          {scoreSpeed,7:N0} req/s  p50 {Run.Merge(scoreRuns).Percentile(50),4:N0} ms  p95 {Run.Merge(scoreRuns).Percentile(95),4:N0} ms{CpuText(processes.Score, scoreCpu)}"));
        output.WriteLine(Invariant($"  hand-written   {referenceSpeed,7:N0} req/s  p50 {Run.Merge(referenceRuns).Percentile(50),4:N0} ms  p95 {Run.Merge(referenceRuns).Percentile(95),4:N0} ms{CpuText(processes.Reference, referenceCpu)}"));
        output.WriteLine(Invariant($"  ratio {ratio:N2} (target: at least {TargetRatio:N1}) {(ratio >= TargetRatio ? "met" : "NOT MET")}"));
        foreach (var client in plain)
        {
            client.Dispose();
        }
    }

    /// <summary>The comparison means something only if both pages list the same enterprises in the same order.</summary>
    private static async Task SameRowsAsync(HttpClient score, HttpClient reference, string scoreUrl, string referenceUrl)
    {
        var ours = await score.GetStringAsync(scoreUrl);
        var theirs = await reference.GetStringAsync(referenceUrl);
        var first = theirs.Split("<tr><td>")[1].Split('<')[0];
        if (!ours.Contains(first, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The hand-written page starts with '{first}', which Score's first page does not show.");
        }
    }

    internal sealed class Run(List<double> timings, double seconds, long bytes, int errors)
    {
        public List<double> Timings { get; } = timings;
        public double Seconds { get; } = seconds;
        public int Errors { get; } = errors;
        public double PerSecond => Timings.Count / Seconds;
        public double KbPerAnswer => bytes / 1024.0 / Math.Max(1, Timings.Count);

        public double Percentile(int percent) =>
            Timings.Count == 0 ? 0 : Timings[Math.Min(Timings.Count - 1, (int)Math.Ceiling(percent / 100.0 * Timings.Count) - 1)];

        public static Run Merge(List<Run> runs)
        {
            var all = runs.SelectMany(r => r.Timings).Order().ToList();
            return new Run(all, runs.Sum(r => r.Seconds), 0, runs.Sum(r => r.Errors));
        }
    }

    /// <summary>Each client asks for the next URL as soon as its last answer is read, until <paramref name="count"/> have been asked.</summary>
    internal static async Task<Run> LoadAsync(List<HttpClient> senders, Func<int, string> url, int count)
    {
        var timings = new List<double>(count);
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
        return new Run(timings, seconds, bytes, errors);
    }

    /// <summary>CPU time a process has used so far (user and system), from /proc; 0 without a process.</summary>
    private static double CpuMilliseconds(int? process)
    {
        if (process is not { } pid || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }
        // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
    }

    /// <summary>What a browser downloads for the page: the same request with Accept-Encoding: br.</summary>
    private static async Task<double> BrotliSizeAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).Length / 1024.0;
    }

    /// <summary>
    /// Statements the app ran, counted by PostgreSQL's pg_stat_statements: each is one round trip, since the app
    /// sends no batches on these pages. The pool's reset of a returned connection (sent with the next statement,
    /// no round trip of its own) and the counter's own queries are left out.
    /// </summary>
    private sealed class StatementCounter : IAsyncDisposable
    {
        private readonly NpgsqlConnection? connection;

        private StatementCounter(NpgsqlConnection? connection) => this.connection = connection;

        public static async Task<StatementCounter> OpenAsync(string connectionString)
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            try
            {
                await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT count(*) FROM pg_stat_statements", connection);
                await create.ExecuteScalarAsync();
                return new StatementCounter(connection);
            }
            catch (PostgresException)
            {
                // The server does not load the extension (shared_preload_libraries): the column reads n/a.
                await connection.DisposeAsync();
                return new StatementCounter(null);
            }
        }

        public async Task ResetAsync()
        {
            if (connection is not null)
            {
                await using var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset()", connection);
                await reset.ExecuteNonQueryAsync();
            }
        }

        /// <summary>Statements a request, and the milliseconds the database spent planning and running them.</summary>
        public async Task<(string Statements, string Milliseconds)> PerRequestAsync(int requests)
        {
            if (connection is null)
            {
                return ("n/a", "n/a");
            }
            await using var count = new NpgsqlCommand(
                """
                SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time + total_plan_time), 0) FROM pg_stat_statements
                WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND query !~* '^\s*(DISCARD|CLOSE ALL|UNLISTEN|SELECT pg_advisory_unlock_all|RESET ALL|SET SESSION AUTHORIZATION DEFAULT)'
                  AND query NOT LIKE '%pg_stat_statements%'
                """, connection);
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            var perRequest = 1.0 / Math.Max(1, requests);
            return ((Convert.ToDouble(reader.GetValue(0), CultureInfo.InvariantCulture) * perRequest).ToString("N1", CultureInfo.InvariantCulture),
                (reader.GetDouble(1) * perRequest).ToString("N1", CultureInfo.InvariantCulture));
        }

        public ValueTask DisposeAsync() => connection?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    /// <summary>A token of the benchmark's user for the day, read-only unless asked, made as /account/tokens makes one.</summary>
    internal static async Task<string> TokenAsync(ScoreDbContext db, string email, TimeProvider clock, bool canWrite = false)
    {
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var token = ApiTokenFormat.NewToken();
        db.ApiTokens.Add(new ApiToken
        {
            UserId = userId, Name = "benchmark", Hash = ApiTokenFormat.HashOf(token), Prefix = ApiTokenFormat.PrefixOf(token),
            ExpiresAt = clock.GetUtcNow().AddDays(1), CanWrite = canWrite,
        });
        await db.SaveChangesAsync();
        return token;
    }

    internal static string FormToken(string html) => Token().Match(html).Groups["token"].Value;

    internal static async Task<HttpClient> SignInAsync(Uri baseUrl, string email, string password)
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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
