using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Score.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a database or the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ScoreDbContext>
{
    public ScoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ScoreDbContext>()
            .UseNpgsql("Host=localhost;Database=score_design", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options);
}
