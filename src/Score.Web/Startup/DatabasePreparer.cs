using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Score.Web.Data;
using Score.Web.DemoData;
using Score.Web.Infrastructure;

namespace Score.Web.Startup;

/// <summary>Applies migrations and loads demo data at start-up where configuration asks for it.</summary>
public sealed class DatabasePreparer(
    ScoreDbContext db,
    DemoDataSeeder demoData,
    IOptions<ScoreOptions> options,
    IHostEnvironment environment,
    ILogger<DatabasePreparer> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.ApplyMigrationsAtStartup)
        {
            logger.LogInformation("Applying pending database migrations");
            await db.Database.MigrateWithReferenceDataAsync(cancellationToken);
        }
        if (options.Value.LoadDemoData)
        {
            if (environment.IsProduction())
            {
                logger.LogWarning("Score:LoadDemoData is ignored in Production: demo accounts never exist there");
            }
            else
            {
                await demoData.LoadAsync(cancellationToken);
            }
        }
        // Trainings a migration or the demo data queued are counted before the first figure is asked for
        // (otherwise the background refresh and the first reader do it; a database not reached is not touched here).
        if (options.Value.ApplyMigrationsAtStartup || options.Value.LoadDemoData)
        {
            var rebuilt = await Figures.FigureFacts.RefreshAsync(db.Database.GetConnectionString()!, cancellationToken);
            if (rebuilt > 0)
            {
                logger.LogInformation("Figures brought up to date for {Trainings} trainings", rebuilt);
            }
        }
    }
}
