using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

/// <summary>Entries sent from a phone's outbox: once per id however often they arrive, and kept as conflicts rather than overwriting.</summary>
public sealed class OutboxTests(ScoreApp app) : TrainingTest(app)
{
    private sealed record Sheet(int TrainingId, int DayId, int EnrolmentId, int[] Participants, uint Version);

    /// <summary>A training in its consultations with two classroom days, the second without attendance yet.</summary>
    private async Task<Sheet> SheetAsync()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2);
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        return await App.WithDbAsync(async db =>
        {
            await db.Trainings.Where(t => t.Id == training.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.Consultations));
            var day = await db.ClassroomDays.Where(d => d.TrainingId == training.Id).OrderBy(d => d.Date).LastAsync();
            var participants = await db.Participants.Where(p => p.Enrolment!.TrainingId == training.Id).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync();
            var enrolment = await db.Enrolments.Where(e => e.TrainingId == training.Id).Select(e => e.Id).SingleAsync();
            return new Sheet(training.Id, day.Id, enrolment, participants, day.Version);
        });
    }

    private static string AttendanceUrl(Sheet s) => $"/trainings/{Id(s.TrainingId)}/days/{Id(s.DayId)}/attendance";

    private static string VisitUrl(Sheet s) => $"/trainings/{Id(s.TrainingId)}/enrolments/{Id(s.EnrolmentId)}/visits/new";

    private Task<Dictionary<int, bool>> MarksAsync(int dayId) =>
        App.WithDbAsync(db => db.Attendance.Where(a => a.ClassroomDayId == dayId).ToDictionaryAsync(a => a.ParticipantId, a => a.Present));

    [Fact]
    public async Task The_same_attendance_sent_three_times_and_three_at_once_is_saved_once_and_a_late_resend_changes_nothing()
    {
        var s = await SheetAsync();
        using var staff = await AsAsync("staff.bedo@score.test");
        var entry = Guid.NewGuid();
        (string, object)[] sheet = [("present", s.Participants[0]), ("merge", "true"), ("version", s.Version)];

        var answers = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await SendFromPhoneAsync(staff, AttendanceUrl(s), entry, sheet));
        }
        var other = Guid.NewGuid();
        answers.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SendFromPhoneAsync(staff, AttendanceUrl(s), other, sheet))));

        Assert.All(answers, a => Assert.Equal("sent", a.GetProperty("state").GetString()));
        Assert.Contains("Sudah tersimpan", answers[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.OfflineEntries.CountAsync()));
        Assert.Equal(new Dictionary<int, bool> { [s.Participants[0]] = true, [s.Participants[1]] = false }, await MarksAsync(s.DayId));

        // Someone corrects the day; the phone, which never heard back, sends the first entry again: nothing is undone.
        await App.WithDbAsync(db => db.Attendance.Where(a => a.ParticipantId == s.Participants[0]).ExecuteUpdateAsync(x => x.SetProperty(a => a.Present, false)));
        Assert.Equal("sent", (await SendFromPhoneAsync(staff, AttendanceUrl(s), entry, sheet)).GetProperty("state").GetString());
        Assert.False((await MarksAsync(s.DayId))[s.Participants[0]]);
    }

    [Fact]
    public async Task The_same_visit_sent_three_times_and_three_at_once_is_recorded_once()
    {
        var s = await SheetAsync();
        using var trainer = await AsAsync("trainer.bedo@score.test");
        (string, object)[] visit = [("Date", "2026-10-02"), ("DurationMinutes", 90), ("Mode", "OnSite"), ("Findings", "Rak berlabel")];
        var entry = Guid.NewGuid();

        var answers = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await SendFromPhoneAsync(trainer, VisitUrl(s), entry, visit));
        }
        answers.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SendFromPhoneAsync(trainer, VisitUrl(s), entry, visit))));

        Assert.All(answers, a => Assert.Equal("sent", a.GetProperty("state").GetString()));
        Assert.Equal(1, await App.WithDbAsync(db => db.Consultations.CountAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.OfflineEntries.CountAsync(e => e.State == OfflineEntryState.Applied)));

        // A second, different visit that day by the same trainer is a new entry: recorded.
        var second = await SendFromPhoneAsync(trainer, VisitUrl(s), Guid.NewGuid(), ("Date", "2026-10-02"), ("DurationMinutes", 30), ("Mode", "Remote"));
        Assert.Equal("sent", second.GetProperty("state").GetString());
        Assert.Equal(2, await App.WithDbAsync(db => db.Consultations.CountAsync()));
    }

    [Fact]
    public async Task Attendance_changed_by_someone_else_meanwhile_becomes_a_conflict_that_staff_see_and_resolve_person_by_person()
    {
        var s = await SheetAsync();
        using var staff = await AsAsync("staff.bedo@score.test");
        // Another member of staff takes the day first: both present.
        Assert.Equal("sent", (await SendFromPhoneAsync(staff, AttendanceUrl(s), Guid.NewGuid(),
            ("present", s.Participants[0]), ("present", s.Participants[1]), ("merge", "true"), ("version", s.Version))).GetProperty("state").GetString());
        using var admin = await AsAsync("admin@score.test");

        // The phone opened the sheet before that, with no attendance yet, and marked the first absent, the second present.
        var answer = await SendFromPhoneAsync(admin, AttendanceUrl(s), Guid.NewGuid(), ("present", s.Participants[1]), ("merge", "true"), ("version", s.Version),
            ("taken", "false"));

        Assert.Equal("conflict", answer.GetProperty("state").GetString());
        Assert.Contains("1 orang", answer.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True((await MarksAsync(s.DayId))[s.Participants[0]], "Nothing is overwritten by a conflicting entry.");
        var conflictUrl = answer.GetProperty("url").GetString()!;
        Assert.Contains("data-testid=\"open-conflicts\"", await staff.GetPageAsync("/dashboard"), StringComparison.Ordinal);
        Assert.Contains(conflictUrl, await staff.GetPageAsync("/conflicts"), StringComparison.Ordinal);

        using (var smi = await AsAsync("staff.smi@score.test"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(conflictUrl)).StatusCode);
            Assert.Contains("data-testid=\"no-conflicts\"", await smi.GetPageAsync("/conflicts"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await smi.PostFormAsync("/conflicts", conflictUrl, new Dictionary<string, string> { ["choice"] = "mine" })).StatusCode);
        }
        var page = await staff.GetPageAsync(conflictUrl);
        Assert.Contains("data-testid=\"conflict-table\"", page, StringComparison.Ordinal);
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"dayVersion\" value=\"(\\d+)\"").Groups[1].Value;
        var resolved = await staff.PostFormAsync(conflictUrl, conflictUrl, new Dictionary<string, string>
        {
            ["choice"] = "merge", ["keepMine"] = Id(s.Participants[0]), ["dayVersion"] = version,
        });

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal(new Dictionary<int, bool> { [s.Participants[0]] = false, [s.Participants[1]] = true }, await MarksAsync(s.DayId));
        Assert.Equal(OfflineEntryState.Merged, await App.WithDbAsync(db => db.OfflineEntries.Where(e => e.State != OfflineEntryState.Applied).Select(e => e.State).SingleAsync()));
        Assert.DoesNotContain("data-testid=\"open-conflicts\"", await staff.GetPageAsync("/dashboard"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visit_that_meets_a_cancelled_training_or_another_visit_that_day_is_kept_as_a_conflict_and_never_dropped()
    {
        var s = await SheetAsync();
        using var trainer = await AsAsync("trainer.bedo@score.test");
        using var staff = await AsAsync("staff.bedo@score.test");
        Assert.Equal("sent", (await SendFromPhoneAsync(staff, VisitUrl(s), Guid.NewGuid(), ("TrainerId", BedoTrainer.Id),
            ("Date", "2026-10-02"), ("DurationMinutes", 60), ("Mode", "OnSite"), ("Findings", "Dicatat kantor"))).GetProperty("state").GetString());

        var sameDay = await SendFromPhoneAsync(trainer, VisitUrl(s), Guid.NewGuid(), ("Date", "2026-10-02"), ("DurationMinutes", 120), ("Mode", "OnSite"), ("Findings", "Catatan lapangan"));

        Assert.Equal("conflict", sameDay.GetProperty("state").GetString());
        Assert.Equal(1, await App.WithDbAsync(db => db.Consultations.CountAsync()));
        var url = sameDay.GetProperty("url").GetString()!;
        var page = await trainer.GetPageAsync(url);
        Assert.Contains("Catatan lapangan", page, StringComparison.Ordinal);
        Assert.Contains("Dicatat kantor", page, StringComparison.Ordinal);
        var theirVersion = System.Text.RegularExpressions.Regex.Match(page, "name=\"TheirVersion\" value=\"(\\d+)\"").Groups[1].Value;
        var merged = await trainer.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Choice"] = "merge", ["MyFindings"] = "true", ["MyDuration"] = "false", ["TheirVersion"] = theirVersion,
        });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var visit = await App.WithDbAsync(db => db.Consultations.SingleAsync());
        Assert.Equal(("Catatan lapangan", 60), (visit.Findings, visit.DurationMinutes));

        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == s.TrainingId).ExecuteUpdateAsync(x => x.SetProperty(t => t.Status, TrainingStatus.Cancelled)));
        var cancelled = await SendFromPhoneAsync(trainer, VisitUrl(s), Guid.NewGuid(), ("Date", "2026-10-04"), ("DurationMinutes", 45), ("Mode", "Remote"));
        Assert.Equal("conflict", cancelled.GetProperty("state").GetString());
        Assert.Contains("dibatalkan", cancelled.GetProperty("message").GetString(), StringComparison.Ordinal);
        var kept = await App.WithDbAsync(db => db.OfflineEntries.SingleAsync(e => e.State == OfflineEntryState.Conflict));
        Assert.Contains("2026-10-04", kept.Payload, StringComparison.Ordinal);
        var cancelledUrl = cancelled.GetProperty("url").GetString()!;
        Assert.DoesNotContain("data-testid=\"keep-mine\"", await staff.GetPageAsync(cancelledUrl), StringComparison.Ordinal);
        // A choice the page never offers drops nothing.
        await staff.PostFormAsync(cancelledUrl, cancelledUrl, new Dictionary<string, string> { ["Choice"] = "everything" });
        Assert.Equal(OfflineEntryState.Conflict, await App.WithDbAsync(db => db.OfflineEntries.Where(e => e.Id == kept.Id).Select(e => e.State).SingleAsync()));
        Assert.Contains("Pilih mana yang tetap", await staff.GetPageAsync(cancelledUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(cancelledUrl, cancelledUrl, new Dictionary<string, string> { ["Choice"] = "theirs" })).StatusCode);
        Assert.Equal(OfflineEntryState.KeptTheirs, await App.WithDbAsync(db => db.OfflineEntries.Where(e => e.Id == kept.Id).Select(e => e.State).SingleAsync()));
    }

    [Theory]
    [InlineData("cancelled", "dibatalkan")]
    [InlineData("approved", "disetujui")]
    public async Task Attendance_on_a_cancelled_or_approved_training_is_refused_online_and_kept_as_a_conflict_from_a_phone(string state, string said)
    {
        var s = await SheetAsync();
        await App.WithDbAsync(db => state == "cancelled"
            ? db.Trainings.Where(t => t.Id == s.TrainingId).ExecuteUpdateAsync(x => x.SetProperty(t => t.Status, TrainingStatus.Cancelled))
            : db.Trainings.Where(t => t.Id == s.TrainingId).ExecuteUpdateAsync(x => x.SetProperty(t => t.ReviewState, ReviewState.Approved)));
        using var staff = await AsAsync("staff.bedo@score.test");

        var online = await staff.PostFormAsync(AttendanceUrl(s), AttendanceUrl(s), new Dictionary<string, string>
        {
            ["present"] = Id(s.Participants[0]), ["version"] = s.Version.ToString(CultureInfo.InvariantCulture),
        });
        var offline = await SendFromPhoneAsync(staff, AttendanceUrl(s), Guid.NewGuid(), ("present", s.Participants[0]), ("merge", "true"), ("version", s.Version));

        Assert.Equal(HttpStatusCode.Redirect, online.StatusCode);
        Assert.Contains(said, await staff.GetPageAsync(online.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal("conflict", offline.GetProperty("state").GetString());
        Assert.Contains(said, offline.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await MarksAsync(s.DayId));
    }

    [Fact]
    public async Task Staff_keeping_a_trainers_conflicting_visit_record_it_as_the_trainers()
    {
        var s = await SheetAsync();
        using var trainer = await AsAsync("trainer.bedo@score.test");
        using var staff = await AsAsync("staff.bedo@score.test");
        await SendFromPhoneAsync(staff, VisitUrl(s), Guid.NewGuid(), ("TrainerId", BedoTrainer.Id), ("Date", "2026-10-03"), ("DurationMinutes", 60), ("Mode", "OnSite"));
        var conflict = await SendFromPhoneAsync(trainer, VisitUrl(s), Guid.NewGuid(), ("Date", "2026-10-03"), ("DurationMinutes", 30), ("Mode", "Remote"));
        var url = conflict.GetProperty("url").GetString()!;

        var kept = await staff.PostFormAsync(url, url, new Dictionary<string, string> { ["Choice"] = "mine" });

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var visits = await App.WithDbAsync(db => db.Consultations.OrderBy(c => c.Id).Select(c => new { c.TrainerId, c.DurationMinutes }).ToListAsync());
        Assert.Equal([(BedoTrainer.Id, 60), (BedoTrainer.Id, 30)], visits.Select(v => (v.TrainerId, v.DurationMinutes)));
        Assert.Equal(OfflineEntryState.KeptMine, await App.WithDbAsync(db => db.OfflineEntries.Where(e => e.State != OfflineEntryState.Applied).Select(e => e.State).SingleAsync()));
    }

    [Fact]
    public async Task A_send_after_the_session_ended_is_refused_without_saving_and_a_send_without_a_fresh_token_is_refused()
    {
        var s = await SheetAsync();
        using var anonymous = App.CreateBrowserClient();
        var token = await anonymous.GetAsync("/outbox/token");
        Assert.Equal(HttpStatusCode.Redirect, token.StatusCode);
        Assert.Contains("/account/login", token.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var staff = await AsAsync("staff.bedo@score.test");
        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri(AttendanceUrl(s), UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("present", Id(s.Participants[0])), new("entry", Guid.NewGuid().ToString())]),
        };
        forged.Headers.Add("X-Score-Outbox", "1");
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.Client.SendAsync(forged)).StatusCode);
        Assert.Empty(await MarksAsync(s.DayId));
    }

    [Fact]
    public async Task An_entry_that_arrives_twice_at_once_is_answered_as_saved_and_logged_as_one_line_without_an_error_or_a_stack_trace()
    {
        var s = await SheetAsync();
        var logs = new CapturedLogs();
        await using var app = new AppOnDatabase(App.DatabaseName, "Testing", b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(CapturedLogs).FullName, null, LogLevel.Information, null)));
        }));
        using var staff = app.CreateBrowserClient();
        await staff.SignInAsync("staff.bedo@score.test");
        var userId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "staff.bedo@score.test").Select(u => u.Id).SingleAsync());
        var entry = Guid.NewGuid();

        // The twin is written and not yet committed when this send looks for it: the send's own insert then meets the twin's key.
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Score.Web.Data.ScoreDbContext>();
        await using (var twin = await db.Database.BeginTransactionAsync())
        {
            db.OfflineEntries.Add(new OfflineEntry
            {
                UserId = userId, ClientId = entry, Kind = OfflineEntryKind.Attendance, PartnerId = Bedo.Id, TrainingId = s.TrainingId, TargetId = s.DayId,
                Payload = "{}", State = OfflineEntryState.Applied,
            });
            await db.SaveChangesAsync();
            var send = SendFromPhoneAsync(staff, AttendanceUrl(s), entry, ("present", s.Participants[0]), ("merge", "true"), ("version", s.Version));
            await Task.Delay(1500);
            await twin.CommitAsync();
            var answer = await send;
            Assert.Equal("sent", answer.GetProperty("state").GetString());
        }

        Assert.Single(logs.Lines, l => l.Message.Contains($"Outbox entry {entry} arrived twice at once", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Warning || l.HasException);
        Assert.Equal(1, await App.WithDbAsync(d => d.OfflineEntries.CountAsync(e => e.ClientId == entry)));
    }

    private sealed record LogLine(LogLevel Level, string Message, bool HasException);

    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<LogLine> lines = new();

        public IReadOnlyCollection<LogLine> Lines => lines;

        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<LogLine> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(new LogLine(logLevel, formatter(state, exception), exception is not null));
        }
    }
}
