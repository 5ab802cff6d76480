using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Dashboard;

/// <summary>
/// Keeps a computed dashboard, per scope and filter, with the data version it was computed at, for at
/// most <see cref="ScoreOptions.DashboardCacheSeconds"/>: a request at another version computes it
/// afresh and replaces it, so each scope and filter holds one dashboard however often the data
/// changes. Requests arriving while one is computed wait for that one computation: at ten times the
/// programme a dashboard takes over a second of database work, which many users opening it together
/// must not repeat.
/// </summary>
public sealed class DashboardCache(IMemoryCache cache, IOptions<ScoreOptions> options, ScoreMetrics metrics)
{
    private sealed record Kept(long Version, DashboardView View);

    private readonly ConcurrentDictionary<(object Key, long Version), Lazy<Task<DashboardView?>>> running = new();

    public async Task<DashboardView?> GetAsync(object key, long version, Func<Task<DashboardView?>> compute)
    {
        var seconds = options.Value.DashboardCacheSeconds;
        if (seconds <= 0)
        {
            return await compute();
        }
        if (cache.TryGetValue(key, out Kept? kept) && kept!.Version == version)
        {
            metrics.DashboardLookup(hit: true);
            return kept.View;
        }
        metrics.DashboardLookup(hit: false);
        var shared = running.GetOrAdd((key, version), _ => new Lazy<Task<DashboardView?>>(async () =>
        {
            try
            {
                var view = await compute();
                // A slower computation of an older version never replaces a newer one.
                if (view is not null && !(cache.TryGetValue(key, out Kept? newer) && newer!.Version > version))
                {
                    cache.Set(key, new Kept(version, view), TimeSpan.FromSeconds(seconds));
                }
                return view;
            }
            finally
            {
                running.TryRemove((key, version), out Lazy<Task<DashboardView?>>? _);
            }
        }));
        return await shared.Value;
    }
}
