using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
    public async Task The_migrations_start_from_one_baseline_whose_model_stays_small_and_each_later_one_is_a_small_change()
    {
        await using var db = Context();

        Assert.Equal(["20261207212351_Baseline"], db.Database.GetMigrations().Take(1));
        var folder = Path.Combine(LanguageTests.RepositoryRoot(), "src", "Score.Web", "Data", "Migrations");
        var baseline = Directory.GetFiles(folder, "20261207212351_Baseline*.cs").Append(Path.Combine(folder, "ScoreDbContextModelSnapshot.cs"))
            .Sum(f => File.ReadLines(f).Count());
        Assert.True(baseline < 10_000, $"{baseline} lines in the baseline and the model snapshot: reference data belongs in ReferenceDataSeed, not in HasData.");
        // A later migration's designer is EF's copy of the whole model; its own file is the change and stays a change.
        var later = Directory.GetFiles(folder, "*.cs").Where(f => !f.EndsWith(".Designer.cs", StringComparison.Ordinal)
                                                                  && !Path.GetFileName(f).StartsWith("20261207212351_Baseline", StringComparison.Ordinal)
                                                                  && !f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal));
        Assert.All(later, f => Assert.True(File.ReadLines(f).Count() < 400, $"{Path.GetFileName(f)} is not a small change: data belongs in ReferenceDataSeed."));
    }

    /// <summary>What the baseline added on purpose to the schema the old chain made: the SQL of VisitSchedule.NextDue.</summary>
    private static readonly string[] AddedWithTheBaseline = ["function next_visit_due(last_classroom_day date, visits_done integer, planned integer, window_days integer) 97e61699b388a9e05d87357aeedaa3bd"];

    /// <summary>
    /// The fingerprint (columns, constraints, indexes, triggers, functions, sequences, extensions, and a digest of every
    /// reference table's rows) was taken from a database the sixteen migrations before the baseline made, at commit 0d2ae48.
    /// </summary>
    [Fact]
    public async Task A_fresh_database_equals_the_one_the_migrations_before_the_baseline_made()
    {
        await using var db = Context();
        await db.Database.GetService<IMigrator>().MigrateAsync("20261207212351_Baseline");
        await ReferenceDataSeed.ApplyAsync(db.Database);

        var fresh = (await FingerprintAsync(db)).Order(StringComparer.Ordinal).ToList();
        var before = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Foundation", "schema-before-baseline.txt"))
            .Where(l => l.Length > 0).Concat(AddedWithTheBaseline).Order(StringComparer.Ordinal).ToList();

        Assert.True(fresh.SequenceEqual(before),
            "Only before the baseline:\n" + string.Join("\n", before.Except(fresh)) + "\nOnly now:\n" + string.Join("\n", fresh.Except(before)));
    }

    [Fact]
    public async Task Writing_the_reference_data_again_adds_nothing_and_keeps_an_administrators_module_rules()
    {
        await using var db = Context();
        await db.Database.MigrateWithReferenceDataAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE modules SET participant_min_attendance_percent = 75 WHERE number = 2");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM regencies WHERE code = '33.74'");

        await db.Database.MigrateWithReferenceDataAsync();

        Assert.Equal(75, await db.Modules.Where(m => m.Number == 2).Select(m => m.ParticipantMinAttendancePercent).SingleAsync());
        Assert.Equal(514, await db.Regencies.CountAsync());
        Assert.Equal(5, await db.Modules.CountAsync());
        Assert.Equal(4, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task The_reference_data_is_written_after_the_migrations()
    {
        await using var db = Context();
        await db.Database.MigrateWithReferenceDataAsync();

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
        // Without the reference rows the schema is the same: the seed adds no table.
        var names = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name || '.' || column_name AS \"Value\" FROM information_schema.columns WHERE table_schema = 'public'").ToListAsync();

        Assert.Contains("users.full_name", names);
        Assert.Contains("user_roles.role_id", names);
        Assert.Contains("data_protection_keys.xml", names);
        Assert.DoesNotContain(names, n => n.Any(char.IsUpper));
    }

    private static async Task<List<string>> FingerprintAsync(ScoreDbContext db)
    {
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Foundation", "schema-fingerprint.sql"));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}
