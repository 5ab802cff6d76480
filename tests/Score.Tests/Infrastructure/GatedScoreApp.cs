using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Score.Tests.Infrastructure;

/// <summary>The app over its own database, reached through a <see cref="DatabaseGate"/> the test can shut.</summary>
public class GatedScoreApp : ScoreApp
{
    public DatabaseGate Gate { get; } = new();

    /// <summary>
    /// When set and true for a save about to run, the gate shuts first for <see cref="CutFor"/>: the
    /// save fails halfway through a request, as when the database goes away at that moment, and so
    /// does whatever the request tries next.
    /// </summary>
    public Func<DbContext, bool>? CutBeforeSaving { get; set; }

    public TimeSpan CutFor { get; set; } = TimeSpan.FromSeconds(1);

    protected override string ConnectionString => Gate.ConnectionStringFor(DatabaseName);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<Score.Web.Data.ScoreDbContext>(o => o.AddInterceptors(new CutBeforeSave(this))));
    }

    /// <summary>Opens the gate and forgets the pooled connections it cut, so the next test starts sound.</summary>
    public void Reopen()
    {
        CutBeforeSaving = null;
        Gate.Open();
        // The app's pool is keyed by the connection string it uses, statement preparation added.
        Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(Score.Web.Startup.ServiceSetup.WithPreparedStatements(ConnectionString)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Gate.Dispose();
    }

    private sealed class CutBeforeSave(GatedScoreApp app) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context && app.CutBeforeSaving?.Invoke(context) == true)
            {
                app.Gate.Close();
                _ = Task.Delay(app.CutFor, CancellationToken.None).ContinueWith(_ => app.Gate.Open(), TaskScheduler.Default);
            }
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}

/// <summary>The gated app on real Kestrel, for a browser.</summary>
public sealed class GatedScoreServer : GatedScoreApp
{
    protected override bool UseRealServer => true;
}
