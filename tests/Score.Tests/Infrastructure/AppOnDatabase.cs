using Microsoft.AspNetCore.Hosting;

namespace Score.Tests.Infrastructure;

/// <summary>
/// Another app host over a database that already exists: a second instance, a restored copy, the
/// app in another environment or with other settings. It neither creates nor drops the database.
/// </summary>
public sealed class AppOnDatabase(string database, string environment = "Testing", Action<IWebHostBuilder>? configure = null) : ScoreApp
{
    protected override string EnvironmentName => environment;

    protected override string ConnectionString => TestDatabase.ConnectionStringFor(database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        configure?.Invoke(builder);
    }
}
