using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Certificates;
using Score.Tests.Infrastructure;

namespace Score.Tests.Foundation;

/// <summary>
/// The restore drill the README describes, as a test: scripts/backup.sh of a programme with issued
/// certificates, scripts/restore.sh into a new database, and the app on the restored copy.
/// </summary>
public sealed class BackupRestoreTests(ScoreApp app) : DeliveredTrainingTest(app)
{
    [Fact]
    public async Task A_backup_restored_into_a_new_database_keeps_the_records_a_certificates_verification_and_a_sign_in()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using (var bedo = await AsAsync("staff.bedo@score.test"))
        {
            var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";
            Assert.Equal(HttpStatusCode.Redirect, (await bedo.PostFormAsync(page, page + "/issue", new Dictionary<string, string>())).StatusCode);
        }
        var before = await CountsAsync(App);
        var code = await App.WithDbAsync(db => db.Certificates.Where(c => c.HolderName == delivered.ManagerA).Select(c => c.Code).SingleAsync());
        var folder = Directory.CreateTempSubdirectory("score-backups-");
        var restored = "score_restored_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            var backup = (await RunAsync("backup.sh", TestDatabase.ConnectionStringFor(App.DatabaseName), "--dir", folder.FullName, "--keep", "2")).Trim();
            Assert.True(File.Exists(backup), backup);
            Assert.Matches(@"score-\d{8}T\d{6}\.\d{3}Z\.dump$", backup);

            await RunAsync("restore.sh", TestDatabase.ConnectionStringFor(restored), backup);

            await using var copy = new AppOnDatabase(restored);
            Assert.Equal(before, await CountsAsync(copy));
            using var stranger = copy.CreateBrowserClient();
            Assert.Contains("data-state=\"valid\"", await stranger.GetPageAsync("/verify/" + code), StringComparison.Ordinal);
            using var staff = copy.CreateBrowserClient();
            var signedIn = await staff.SignInAsync("staff.bedo@score.test");
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Contains(delivered.ManagerA, await staff.GetPageAsync($"/trainings/{Id(delivered.TrainingId)}/certificates"), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
            await TestDatabase.DropAsync(restored);
        }
    }

    [Fact]
    public async Task Backups_keep_the_newest_n_and_a_restore_into_a_database_with_tables_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("score-backups-");
        try
        {
            var connection = TestDatabase.ConnectionStringFor(App.DatabaseName);
            var made = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                made.Add(Path.GetFileName((await RunAsync("backup.sh", connection, "--dir", folder.FullName, "--keep", "2")).Trim()));
            }

            Assert.Equal(made.Skip(1).Order(StringComparer.Ordinal), folder.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));

            var refused = await RunAsync("restore.sh", connection, expectFailure: true, Path.Combine(folder.FullName, made[^1]));
            Assert.Contains("already holds", refused, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Enterprises, int People, int Enrolments, int Certificates, int Users, int AuditEntries)> CountsAsync(ScoreApp app) =>
        await app.WithDbAsync(async db => (
            await db.Enterprises.CountAsync(), await db.People.CountAsync(), await db.Enrolments.CountAsync(),
            await db.Certificates.CountAsync(c => c.RevokedAt == null), await db.Users.CountAsync(), await db.AuditEntries.CountAsync()));

    private static Task<string> RunAsync(string script, string connectionString, params string[] arguments) =>
        RunAsync(script, connectionString, expectFailure: false, arguments);

    /// <summary>Runs one of scripts/ against the given database; returns what it printed.</summary>
    private static async Task<string> RunAsync(string script, string connectionString, bool expectFailure, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = LanguageTests.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine("scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ConnectionStrings__Score"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var said = await output + await errors;
        Assert.True(expectFailure == (process.ExitCode != 0), $"{script} exited {process.ExitCode}: {said}");
        return expectFailure ? said : await output;
    }
}
