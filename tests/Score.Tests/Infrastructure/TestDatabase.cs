using Microsoft.EntityFrameworkCore;
using Npgsql;
using Score.Web.Data;

namespace Score.Tests.Infrastructure;

/// <summary>
/// Real PostgreSQL for the tests. The server comes from ConnectionStrings__Score (scripts/test.sh
/// starts a throwaway one); the schema is migrated once into a template database, and each app
/// fixture gets its own copy of it.
/// </summary>
public static class TestDatabase
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? templateName;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Score")
        ?? throw new InvalidOperationException(
            "No test database server: run the tests with scripts/test.sh, or set ConnectionStrings__Score to a PostgreSQL login that may create databases.");

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = true }.ConnectionString;

    public static DbContextOptions<ScoreDbContext> OptionsFor(string connectionString) =>
        new DbContextOptionsBuilder<ScoreDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;

    /// <summary>A new database holding the migrated schema and reference data.</summary>
    public static async Task<string> CreateAsync()
    {
        var template = await TemplateAsync();
        var name = "score_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteOnServerAsync($"CREATE DATABASE {name} TEMPLATE {template}");
        return name;
    }

    /// <summary>An empty database, for the migration tests.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = "score_empty_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteOnServerAsync($"CREATE DATABASE {name}");
        return name;
    }

    public static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (templateName is not null)
            {
                return templateName;
            }
            var name = "score_template_" + Guid.NewGuid().ToString("N")[..12];
            await ExecuteOnServerAsync($"CREATE DATABASE {name}");
            var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStringFor(name)) { Pooling = false }.ConnectionString;
            await using (var db = new ScoreDbContext(OptionsFor(connectionString)))
            {
                await db.Database.MigrateWithReferenceDataAsync();
            }
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(name).GetAwaiter().GetResult();
            templateName = name;
            return name;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
