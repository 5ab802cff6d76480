using Microsoft.EntityFrameworkCore;
using Npgsql;
using Score.Tests.Infrastructure;
using Score.Web.Data;

namespace Score.Tests.Foundation;

public sealed class MigrationTests : IAsyncLifetime
{
    private string database = "";

    public async Task InitializeAsync() => database = await TestDatabase.CreateEmptyAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(database);

    private ScoreDbContext Context() =>
        new(TestDatabase.OptionsFor(new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionStringFor(database)) { Pooling = false }.ConnectionString));

    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_the_model_has_no_pending_changes()
    {
        await using var db = Context();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration holds: add a migration.");
    }

    [Fact]
    public async Task The_reference_data_is_in_the_migrations()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();

        var modules = await db.Modules.OrderBy(m => m.Number).ToListAsync();
        Assert.Equal([1, 2, 3, 4, 5], modules.Select(m => m.Number));
        Assert.Equal("Kerja Sama di Tempat Kerja", modules[0].NameId);
        Assert.Equal("Occupational Safety and Health", modules[4].NameEn);
        Assert.All(modules, m => Assert.False(string.IsNullOrWhiteSpace(m.DescriptionEn + m.DescriptionId)));

        Assert.Equal(38, await db.Provinces.CountAsync());
        Assert.Equal("Papua Barat Daya", (await db.Provinces.SingleAsync(p => p.Code == "96")).Name);
        Assert.Equal("Jawa Tengah", (await db.Provinces.SingleAsync(p => p.Code == "33")).Name);
        Assert.Equal(514, await db.Regencies.CountAsync());
        Assert.Equal("Kota Semarang", (await db.Regencies.SingleAsync(r => r.Code == "33.74")).Name);
        Assert.True(await db.Sectors.CountAsync() >= 10);
        Assert.Equal(6, await db.PartnerKinds.CountAsync());
        Assert.Equal(4, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task Every_table_and_column_is_snake_case_identity_included()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();

        var names = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name || '.' || column_name AS \"Value\" FROM information_schema.columns WHERE table_schema = 'public'").ToListAsync();

        Assert.Contains("users.full_name", names);
        Assert.Contains("user_roles.role_id", names);
        Assert.Contains("data_protection_keys.xml", names);
        Assert.DoesNotContain(names, n => n.Any(char.IsUpper));
    }
}
