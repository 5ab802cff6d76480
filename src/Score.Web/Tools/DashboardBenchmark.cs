using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Tools;

/// <summary>
/// The programme dashboard as reviewers use it, against an app just started: the first dashboard after the
/// start, then 8 users each choosing filters nobody chose before (every answer computed afresh), then the
/// same filters again (kept): p50 and p95 of each, against the targets (first under 500 ms; new filters p95 under
/// 100 ms up to 10x the programme and 150 ms beyond; the same again p95 under 30 ms); then the memory the app's
/// in-memory figures hold, as its metrics report it to an administrator.
/// </summary>
public static class DashboardBenchmark
{
    public static async Task RunAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter output)
    {
        var baseUrl = new Uri(options.GetValueOrDefault("url", "http://127.0.0.1:5000"));
        var users = int.Parse(options.GetValueOrDefault("users", "8"), CultureInfo.InvariantCulture);
        var count = int.Parse(options.GetValueOrDefault("filters", "160"), CultureInfo.InvariantCulture);
        var email = options.GetValueOrDefault("email", "viewer@score.test");
        var password = options.GetValueOrDefault("password", DemoData.DemoDataSeeder.Password);

        var db = services.GetRequiredService<ScoreDbContext>();
        output.WriteLine(FormattableString.Invariant(
            $"Database: {await db.Enterprises.CountAsync():N0} enterprises, {await db.People.CountAsync():N0} people, {await db.Trainings.CountAsync():N0} trainings, {await db.Participants.CountAsync():N0} participants"));
        var partners = await db.Partners.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var provinces = await db.Trainings.Select(t => t.ProvinceCode).Distinct().OrderBy(c => c).ToListAsync();
        var years = await db.Trainings.Select(t => t.PlannedStart.Year).Distinct().OrderBy(y => y).ToListAsync();

        var first = await WebBenchmark.SignInAsync(baseUrl, email, password);
        var watch = Stopwatch.StartNew();
        using (var response = await first.GetAsync("/dashboard"))
        {
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
        }
        var firstMs = watch.Elapsed.TotalMilliseconds;

        // Filters as reviewers combine them, in an order fixed by a seed, none of them asked before.
        var random = new Random(2026);
        var filters = new List<string>();
        string?[] Some<T>(IEnumerable<T> values, string name) => [null, .. values.Select(v => $"{name}={Convert.ToString(v, CultureInfo.InvariantCulture)}")];
        var phases = Some(ProgrammePhases.All.Select(p => p.Number), "phase");
        var yearFilters = Some(years, "year");
        var partnerFilters = Some(partners, "partner");
        var moduleFilters = Some(Enumerable.Range(1, 5), "module");
        var provinceFilters = Some(provinces, "province");
        var seen = new HashSet<string> { "" };
        for (var tries = 0; filters.Count < count && tries < count * 100; tries++)
        {
            var period = random.Next(2) == 0 ? phases[random.Next(phases.Length)] : yearFilters[random.Next(yearFilters.Length)];
            var parts = new[] { period, partnerFilters[random.Next(partnerFilters.Length)], moduleFilters[random.Next(moduleFilters.Length)],
                random.Next(4) == 0 ? provinceFilters[random.Next(provinceFilters.Length)] : null, random.Next(5) == 0 ? "approved=true" : null };
            var query = string.Join('&', parts.Where(p => p is not null));
            if (seen.Add(query))
            {
                filters.Add("/dashboard?" + query);
            }
        }
        var clients = new List<HttpClient> { first };
        for (var u = 1; u < users; u++)
        {
            clients.Add(await WebBenchmark.SignInAsync(baseUrl, email, password));
        }
        var fresh = await WebBenchmark.LoadAsync(clients, i => filters[i - 1], filters.Count);
        var kept = await WebBenchmark.LoadAsync(clients, i => filters[i - 1], filters.Count);

        output.WriteLine(FormattableString.Invariant($"{users} users signed in as {email}, {filters.Count} filter combinations never asked before, then the same again"));
        var scale = double.Parse(options.GetValueOrDefault("scale", "1"), CultureInfo.InvariantCulture);
        var newTarget = scale <= 10 ? 100 : 150;
        output.WriteLine(FormattableString.Invariant($"  first dashboard after the start   {firstMs,7:N0} ms                 (target < 500 ms)"));
        output.WriteLine(FormattableString.Invariant(
            $"  new filters                       p50 {fresh.Percentile(50),5:N0} ms  p95 {fresh.Percentile(95),5:N0} ms  (target p95 < {newTarget} ms)  errors {fresh.Errors}"));
        output.WriteLine(FormattableString.Invariant(
            $"  the same filters again            p50 {kept.Percentile(50),5:N0} ms  p95 {kept.Percentile(95),5:N0} ms  (target p95 < 30 ms)   errors {kept.Errors}"));
        output.WriteLine(FormattableString.Invariant($"  in-memory figures                 {await FigureMemoryAsync(baseUrl, password) / 1_048_576.0,7:N1} MB              (aim < 100 MB at 30x)"));
    }

    /// <summary>The bytes the app's in-memory figures hold, from its metrics (an administrator reads them).</summary>
    private static async Task<double> FigureMemoryAsync(Uri baseUrl, string password)
    {
        using var admin = await WebBenchmark.SignInAsync(baseUrl, "admin@score.test", password);
        var metrics = await admin.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith("score_figures_memory", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }
}
