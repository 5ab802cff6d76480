using Microsoft.EntityFrameworkCore;
using Npgsql;
using Microsoft.Extensions.Options;
using Score.Web.Data;
using Score.Web.Infrastructure;

namespace Score.Web.Figures;

/// <summary>
/// Brings the figures' facts up to date every <see cref="ScoreOptions.FigureRefreshSeconds"/>, so that the
/// reader after a change rarely finds trainings still queued (it would rebuild them itself; see <see cref="FigureFacts"/>).
/// </summary>
public sealed class FigureFactsRefresher(IServiceScopeFactory scopes, IOptions<ScoreOptions> options, ILogger<FigureFactsRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.FigureRefreshSeconds;
        if (seconds <= 0)
        {
            return;
        }
        string connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<ScoreDbContext>().Database.GetConnectionString()!;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        var pruned = DateTime.UtcNow;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var rebuilt = await FigureFacts.RefreshAsync(connectionString, stoppingToken);
                if (rebuilt > 0)
                {
                    logger.LogDebug("Rebuilt the figures of {Trainings} trainings", rebuilt);
                }
                // The log of rebuilds is read from its end; once an hour what is over a day old goes.
                if (DateTime.UtcNow - pruned > TimeSpan.FromHours(1))
                {
                    pruned = DateTime.UtcNow;
                    await using var connection = new NpgsqlConnection(connectionString);
                    await connection.OpenAsync(stoppingToken);
                    await FigureFacts.PruneChangesAsync(connection, TimeSpan.FromDays(1), stoppingToken);
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                // The database away (a restart, a failover): the next tick tries again, and readers refresh for themselves.
                logger.LogWarning(e, "The figures could not be brought up to date; trying again in {Seconds} s", seconds);
            }
        }
    }
}
