using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using Score.Web.Authorization;

namespace Score.Web.Infrastructure;

/// <summary>
/// The app's own measurements, beside ASP.NET Core's (request durations by route, Kestrel) and
/// Npgsql's (connection pool): what operators watch to see the app is doing its work.
/// </summary>
public sealed class ScoreMetrics
{
    public const string MeterName = "Score";

    private readonly Counter<long> dashboardLookups;
    private readonly Counter<long> certificatesIssued;

    public ScoreMetrics(IMeterFactory meters)
    {
        // The factory owns the meter and disposes it with the app.
        var meter = meters.Create(MeterName);
        dashboardLookups = meter.CreateCounter<long>("score.dashboard.cache.lookups", "{lookup}", "Dashboards asked for, by whether a kept one answered (hit) or it was computed (miss).");
        certificatesIssued = meter.CreateCounter<long>("score.certificates.issued", "{certificate}", "Certificates issued, re-issues included.");
    }

    public void DashboardLookup(bool hit) => dashboardLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void CertificatesIssued(int count)
    {
        if (count > 0)
        {
            certificatesIssued.Add(count);
        }
    }
}

public static class Telemetry
{
    /// <summary>Where Prometheus scrapes, with an administrator's API token as its bearer token.</summary>
    public const string MetricsPath = "/metrics";

    public static void AddScoreTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScoreMetrics>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Npgsql", ScoreMetrics.MeterName)
            .AddPrometheusExporter());

        if (builder.Environment.IsProduction())
        {
            // One JSON object per line for a log collector; scopes carry the request id and the user id.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
    }

    public static void MapScoreMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.Metrics);
}

/// <summary>
/// Puts the signed-in user's id (never a name or an email) in the log scope of the request, beside
/// the request id ASP.NET Core puts there, so that a log line can be traced to one request and one account.
/// </summary>
public sealed class UserLogScopeMiddleware(RequestDelegate next, ILogger<UserLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var userId = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (userId is null)
        {
            await next(context);
            return;
        }
        using (logger.BeginScope(new Dictionary<string, object> { ["UserId"] = userId }))
        {
            await next(context);
        }
    }
}
