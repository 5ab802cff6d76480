using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Dashboard;

/// <summary>
/// Keeps a computed dashboard, per scope, filter and data version, for at most
/// <see cref="ScoreOptions.DashboardCacheSeconds"/>, and lets requests arriving while it is
/// computed wait for that one computation: at ten times the programme a dashboard takes over a
/// second of database work, which many users opening it together must not repeat.
/// </summary>
public sealed class DashboardCache(IMemoryCache cache, IOptions<ScoreOptions> options, ScoreMetrics metrics)
{
    private readonly ConcurrentDictionary<object, Lazy<Task<DashboardView?>>> running = new();

    public async Task<DashboardView?> GetAsync(object key, Func<Task<DashboardView?>> compute)
    {
        var seconds = options.Value.DashboardCacheSeconds;
        if (seconds <= 0)
        {
            return await compute();
        }
        if (cache.TryGetValue(key, out DashboardView? cached))
        {
            metrics.DashboardLookup(hit: true);
            return cached;
        }
        metrics.DashboardLookup(hit: false);
        var shared = running.GetOrAdd(key, _ => new Lazy<Task<DashboardView?>>(async () =>
        {
            try
            {
                var view = await compute();
                if (view is not null)
                {
                    cache.Set(key, view, TimeSpan.FromSeconds(seconds));
                }
                return view;
            }
            finally
            {
                running.TryRemove(key, out Lazy<Task<DashboardView?>>? _);
            }
        }));
        return await shared.Value;
    }
}
