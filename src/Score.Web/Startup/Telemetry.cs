using OpenTelemetry.Metrics;
using Score.Web.Authorization;
using Score.Web.Infrastructure;

namespace Score.Web.Startup;

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
