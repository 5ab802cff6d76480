using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

/// <summary>
/// Field entries as the people in the classroom and at the enterprise make them: the training's trainers record
/// attendance from the page, a phone and the API; a sheet that takes nothing is read-only; ids from elsewhere are refused.
/// </summary>
public sealed class FieldEntryTests(ScoreApp app) : TrainingTest(app)
{
    private sealed record Sheet(int TrainingId, int DayId, int EnrolmentId, int[] Participants, uint Version);

    private async Task<Sheet> SheetAsync(int trainerId, string title = "Pelatihan Uji")
    {
        var training = await TrainingAsync(Bedo.Id, trainerId, enterprises: 1, days: 2, title: title);
        return await App.WithDbAsync(async db =>
        {
            var day = await db.ClassroomDays.Where(d => d.TrainingId == training.Id).OrderBy(d => d.Date).FirstAsync();
            var participants = await db.Participants.Where(p => p.Enrolment!.TrainingId == training.Id).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync();
            var enrolment = await db.Enrolments.Where(e => e.TrainingId == training.Id).Select(e => e.Id).SingleAsync();
            return new Sheet(training.Id, day.Id, enrolment, participants, day.Version);
        });
    }

    private static string AttendanceUrl(Sheet s) => $"/trainings/{Id(s.TrainingId)}/days/{Id(s.DayId)}/attendance";

    private static string ApiAttendanceUrl(Sheet s) => $"/api/v1/trainings/{Id(s.TrainingId)}/days/{Id(s.DayId)}/attendance";

    private Task<uint> VersionAsync(Sheet s) => App.WithDbAsync(db => db.ClassroomDays.Where(d => d.Id == s.DayId).Select(d => d.Version).SingleAsync());

    private Task<Dictionary<int, bool>> MarksAsync(int dayId) =>
        App.WithDbAsync(db => db.Attendance.Where(a => a.ClassroomDayId == dayId).ToDictionaryAsync(a => a.ParticipantId, a => a.Present));

    private Task<HttpClient> ApiAsAsync(string email) => App.CreateApiClientAsync(email);

    [Fact]
    public async Task The_trainings_own_trainer_records_attendance_from_the_page_a_phone_and_the_api_and_another_trainer_gets_404()
    {
        var s = await SheetAsync(BedoTrainer.Id);
        var second = await App.WithDbAsync(db => db.ClassroomDays.Where(d => d.TrainingId == s.TrainingId && d.Id != s.DayId).Select(d => new { d.Id, d.Version }).SingleAsync());
        var secondDay = s with { DayId = second.Id, Version = second.Version };
        var other = await TrainerProfileAsync("trainer.lain@score.test", Bedo.Id, 1);
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var sheetPage = await trainer.GetPageAsync(AttendanceUrl(s));
        Assert.Contains("data-testid=\"attendance-form\"", sheetPage, StringComparison.Ordinal);
        var online = await trainer.PostFormAsync(AttendanceUrl(s), AttendanceUrl(s), new Dictionary<string, string>
        {
            ["present"] = Id(s.Participants[0]), ["version"] = s.Version.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, online.StatusCode);
        Assert.True((await MarksAsync(s.DayId))[s.Participants[0]]);

        var phone = await SendFromPhoneAsync(trainer, AttendanceUrl(secondDay), Guid.NewGuid(), ("present", s.Participants[1]), ("merge", "true"), ("version", secondDay.Version));
        Assert.Equal("sent", phone.GetProperty("state").GetString());
        Assert.True((await MarksAsync(secondDay.DayId))[s.Participants[1]]);

        using var api = await ApiAsAsync("trainer.bedo@score.test");
        var put = await api.PutAsJsonAsync(new Uri(ApiAttendanceUrl(s), UriKind.Relative), new { presentParticipantIds = s.Participants, version = await VersionAsync(s) });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.All((await MarksAsync(s.DayId)).Values, Assert.True);

        using var stranger = await AsAsync("trainer.lain@score.test");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(AttendanceUrl(s))).StatusCode);
        var foreignPost = await stranger.PostWithTokenAsync(AttendanceUrl(s), new Dictionary<string, string> { ["present"] = Id(s.Participants[0]) },
            TestBrowser.TokenIn(await stranger.GetPageAsync("/")));
        Assert.Equal(HttpStatusCode.NotFound, foreignPost.StatusCode);
        Assert.Equal("not-found", (await SendFromPhoneAsync(stranger, AttendanceUrl(s), Guid.NewGuid(), ("present", s.Participants[0]), ("version", s.Version))).GetProperty("state").GetString());
        Assert.Equal(0, await App.WithDbAsync(db => db.OfflineEntries.CountAsync(e => e.State == OfflineEntryState.Conflict)));
        Assert.NotEqual(other.Id, BedoTrainer.Id);
    }

    [Theory]
    [InlineData("approved", "sudah disetujui")]
    [InlineData("cancelled", "dibatalkan")]
    public async Task A_sheet_of_a_training_that_takes_no_entries_is_read_only_with_the_reason(string state, string said)
    {
        var s = await SheetAsync(BedoTrainer.Id);
        await App.WithDbAsync(db => state == "cancelled"
            ? db.Trainings.Where(t => t.Id == s.TrainingId).ExecuteUpdateAsync(x => x.SetProperty(t => t.Status, TrainingStatus.Cancelled))
            : db.Trainings.Where(t => t.Id == s.TrainingId).ExecuteUpdateAsync(x => x.SetProperty(t => t.ReviewState, ReviewState.Approved)));

        foreach (var email in new[] { "staff.bedo@score.test", "trainer.bedo@score.test" })
        {
            using var user = await AsAsync(email);
            var page = await user.GetPageAsync(AttendanceUrl(s));
            Assert.Contains("data-testid=\"attendance-read-only\"", page, StringComparison.Ordinal);
            Assert.Contains(said, page, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"attendance-form\"", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_programme_viewer_reads_the_sheet_without_a_form()
    {
        var s = await SheetAsync(BedoTrainer.Id);
        await App.CreateUserAsync("viewer.uji@score.test", Roles.ProgrammeViewer, null);
        using var viewer = await AsAsync("viewer.uji@score.test");

        var page = await viewer.GetPageAsync(AttendanceUrl(s));

        Assert.Contains("data-testid=\"attendance-read-only\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"attendance-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Participant_ids_that_are_not_the_trainings_are_refused_from_the_page_a_phone_and_the_api_and_nothing_is_saved()
    {
        var s = await SheetAsync(BedoTrainer.Id);
        var elsewhere = await SheetAsync(BedoTrainer.Id, "Pelatihan Lain");
        using var staff = await AsAsync("staff.bedo@score.test");

        var online = await staff.PostFormAsync(AttendanceUrl(s), AttendanceUrl(s), new Dictionary<string, string>
        {
            ["present"] = "999999", ["version"] = s.Version.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Contains("bukan peserta pelatihan ini", await staff.GetPageAsync(online.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var garbled = await staff.PostFormAsync(AttendanceUrl(s), AttendanceUrl(s), new Dictionary<string, string>
        {
            ["present"] = "abc", ["version"] = s.Version.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Contains("bukan peserta pelatihan ini", await staff.GetPageAsync(garbled.Headers.Location!.OriginalString), StringComparison.Ordinal);

        var phone = await SendFromPhoneAsync(staff, AttendanceUrl(s), Guid.NewGuid(), ("present", elsewhere.Participants[0]), ("merge", "true"), ("version", s.Version));
        Assert.Equal("attention", phone.GetProperty("state").GetString());
        Assert.Contains("bukan peserta pelatihan ini", phone.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var api = await ApiAsAsync("staff.bedo@score.test");
        var unknown = await api.PutAsJsonAsync(new Uri(ApiAttendanceUrl(s), UriKind.Relative), new { presentParticipantIds = new[] { 999999, -1 }, version = s.Version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("presentParticipantIds", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Empty(await MarksAsync(s.DayId));
        Assert.Empty(await MarksAsync(elsewhere.DayId));
    }

    [Fact]
    public async Task A_phones_sheet_that_still_shows_someone_removed_since_saves_the_others_marks()
    {
        var s = await SheetAsync(BedoTrainer.Id);
        // The phone opened the sheet with both people; the second was then taken off the training, absent everywhere.
        await App.WithDbAsync(db => db.Participants.Where(p => p.Id == s.Participants[1]).ExecuteDeleteAsync());
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var sent = await SendFromPhoneAsync(trainer, AttendanceUrl(s), Guid.NewGuid(),
            ("present", s.Participants[0]), ("shown", s.Participants[1]), ("merge", "true"), ("version", s.Version));

        Assert.Equal("sent", sent.GetProperty("state").GetString());
        Assert.Equal(new Dictionary<int, bool> { [s.Participants[0]] = true }, await MarksAsync(s.DayId));
    }

    [Fact]
    public async Task The_api_always_checks_the_days_version_and_a_day_of_another_partner_is_not_found_whatever_the_version()
    {
        var s = await SheetAsync(BedoTrainer.Id);
        using var api = await ApiAsAsync("staff.bedo@score.test");

        var withoutVersion = await api.PutAsJsonAsync(new Uri(ApiAttendanceUrl(s), UriKind.Relative), new { presentParticipantIds = s.Participants });
        var zero = await api.PutAsJsonAsync(new Uri(ApiAttendanceUrl(s), UriKind.Relative), new { presentParticipantIds = s.Participants, version = 0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutVersion.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, zero.StatusCode);
        Assert.Empty(await MarksAsync(s.DayId));

        using var smi = await ApiAsAsync("staff.smi@score.test");
        var foreign = await smi.PutAsJsonAsync(new Uri(ApiAttendanceUrl(s), UriKind.Relative), new { presentParticipantIds = s.Participants, version = s.Version + 1 });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_phones_visit_for_an_enrolment_of_another_training_is_not_found_and_leaves_no_conflict_and_a_replay_elsewhere_learns_nothing()
    {
        var mine = await SheetAsync(BedoTrainer.Id);
        var other = await SheetAsync(BedoTrainer.Id, "Pelatihan Lain");
        await MarkClassroomDoneAsync();
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        (string, object)[] visit = [("Date", "2026-10-02"), ("DurationMinutes", 60), ("Mode", "OnSite")];

        var crossed = await SendFromPhoneAsync(trainer, $"/trainings/{Id(mine.TrainingId)}/enrolments/{Id(other.EnrolmentId)}/visits/new", Guid.NewGuid(), visit);
        Assert.Equal("not-found", crossed.GetProperty("state").GetString());
        Assert.Equal(0, await App.WithDbAsync(db => db.OfflineEntries.CountAsync()));

        var entry = Guid.NewGuid();
        Assert.Equal("sent", (await SendFromPhoneAsync(trainer, $"/trainings/{Id(mine.TrainingId)}/enrolments/{Id(mine.EnrolmentId)}/visits/new", entry, visit)).GetProperty("state").GetString());
        var replayedElsewhere = await SendFromPhoneAsync(trainer, $"/trainings/{Id(other.TrainingId)}/enrolments/{Id(other.EnrolmentId)}/visits/new", entry, visit);
        Assert.Equal("not-found", replayedElsewhere.GetProperty("state").GetString());

        // An enterprise removed from the training after the phone saw it is a conflict to resolve, not a 404.
        var removed = await SheetAsync(BedoTrainer.Id, "Pelatihan Ketiga");
        await MarkClassroomDoneAsync();
        using var staff = await AsAsync("staff.bedo@score.test");
        await App.WithDbAsync(async db =>
        {
            db.Participants.RemoveRange(db.Participants.Where(p => p.EnrolmentId == removed.EnrolmentId));
            db.Enrolments.Remove(await db.Enrolments.SingleAsync(e => e.Id == removed.EnrolmentId));
            await db.SaveChangesAsync();
        });
        var left = await SendFromPhoneAsync(trainer, $"/trainings/{Id(removed.TrainingId)}/enrolments/{Id(removed.EnrolmentId)}/visits/new", Guid.NewGuid(), visit);
        Assert.Equal("conflict", left.GetProperty("state").GetString());
    }

    [Fact]
    public async Task At_half_past_midnight_in_jakarta_the_visit_form_and_a_new_certificate_take_the_jakarta_day()
    {
        var s = await SheetAsync(BedoTrainer.Id);
        await MarkClassroomDoneAsync();
        // 00:30 WIB on 8 December is 17:30 UTC on 7 December.
        App.Clock.Fixed = new DateTimeOffset(2026, 12, 7, 17, 30, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var form = await trainer.GetPageAsync($"/trainings/{Id(s.TrainingId)}/enrolments/{Id(s.EnrolmentId)}/visits/new");

        Assert.Matches("name=\"Date\"[^>]*value=\"2026-12-08\"|value=\"2026-12-08\"[^>]*name=\"Date\"", form);
        Assert.Equal(new DateOnly(2026, 12, 8), App.Clock.Today());
    }

    [Fact]
    public async Task A_training_planned_over_a_week_gets_the_modules_two_classroom_days()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        var response = await staff.PostFormAsync("/trainings/create", "/trainings/create", new Dictionary<string, string>
        {
            ["Title"] = "Modul 1 Semarang", ["ModuleNumber"] = "1", ["LeadTrainerId"] = Id(BedoTrainer.Id), ["ProvinceCode"] = "33",
            ["PlannedStart"] = "2026-09-01", ["PlannedEnd"] = "2026-09-07", ["Funding"] = nameof(FundingSource.EnterpriseFees),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var days = await App.WithDbAsync(db => db.Trainings.Where(t => t.Title == "Modul 1 Semarang").SelectMany(t => t.Days).OrderBy(d => d.Date).Select(d => d.Date).ToListAsync());
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2)], days);
    }

    [Fact]
    public async Task The_workshop_form_starts_from_the_trainings_venue_and_last_planned_day()
    {
        var s = await SheetAsync(BedoTrainer.Id);
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == s.TrainingId).ExecuteUpdateAsync(x => x
            .SetProperty(t => t.Venue, "Balai Latihan Kerja Semarang").SetProperty(t => t.Status, TrainingStatus.Consultations)));
        App.Clock.Fixed = new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);
        using var staff = await AsAsync("staff.bedo@score.test");

        var form = await staff.GetPageAsync($"/trainings/{Id(s.TrainingId)}/workshop");

        Assert.Contains("id=\"Date\" name=\"Date\" value=\"2026-12-01\"", form, StringComparison.Ordinal);
        Assert.Contains("id=\"Venue\" name=\"Venue\" value=\"Balai Latihan Kerja Semarang\"", form, StringComparison.Ordinal);
    }
}
