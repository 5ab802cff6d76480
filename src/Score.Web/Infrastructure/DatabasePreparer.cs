using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Score.Web.Data;
using Score.Web.DemoData;

namespace Score.Web.Infrastructure;

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
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (!options.Value.LoadDemoData)
        {
            return;
        }
        if (environment.IsProduction())
        {
            logger.LogWarning("Score:LoadDemoData is ignored in Production: demo accounts never exist there");
            return;
        }
        await demoData.LoadAsync(cancellationToken);
    }
}
