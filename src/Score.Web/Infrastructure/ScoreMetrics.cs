using System.Diagnostics.Metrics;

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
