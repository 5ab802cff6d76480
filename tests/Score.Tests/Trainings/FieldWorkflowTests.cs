using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

/// <summary>The steps of a training cycle that now happen by themselves or in fewer actions.</summary>
public sealed partial class FieldWorkflowTests(ScoreApp app) : TrainingTest(app)
{
    private static async Task<HttpResponseMessage> SaveSheetAsync(TestBrowser browser, int trainingId, int dayId, string sheet, int[] present)
    {
        var shown = ShownPattern().Matches(sheet).Select(m => m.Groups[1].Value);
        using var content = new FormUrlEncodedContent([
            .. present.Select(p => new KeyValuePair<string, string>("present", Id(p))),
            .. shown.Select(s => new KeyValuePair<string, string>("shown", s)),
            new("merge", "true"),
            new("__RequestVerificationToken", TestBrowser.TokenIn(sheet))]);
        return await browser.Client.PostAsync(new Uri($"/trainings/{Id(trainingId)}/days/{Id(dayId)}/attendance", UriKind.Relative), content);
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"shown\" value=\"(\\d+)\"")]
    private static partial System.Text.RegularExpressions.Regex ShownPattern();

    [Fact]
    public async Task A_new_training_gets_its_classroom_days_from_its_planned_dates()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await bedo.PostFormAsync("/trainings/create", "/trainings/create", Form(
            ("Title", "SCORE Modul 1 Semarang"), ("ModuleNumber", "1"), ("LeadTrainerId", Id(BedoTrainer.Id)), ("ProvinceCode", "33"), ("Venue", "Hotel Pandanaran"),
            ("PlannedStart", "2026-09-01"), ("PlannedEnd", "2026-09-02"), ("Funding", "SelfFunded"), ("Version", "0")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var days = await App.WithDbAsync(db => db.ClassroomDays.OrderBy(d => d.Date).Select(d => new { d.Date, d.Venue }).ToListAsync());
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2)], days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal("Hotel Pandanaran", d.Venue));
    }

    [Fact]
    public async Task Taking_attendance_on_every_day_moves_the_training_to_classroom_done_by_itself_and_the_page_says_what_is_next()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2);
        var days = await App.WithDbAsync(db => db.ClassroomDays.OrderBy(d => d.Date).Select(d => d.Id).ToListAsync());
        var participants = await App.WithDbAsync(db => db.Participants.OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");
        var page = $"/trainings/{Id(training.Id)}";
        Assert.Contains("data-step=\"TakeAttendance\"", await bedo.GetPageAsync(page), StringComparison.Ordinal);

        var first = await bedo.GetPageAsync($"{page}/days/{Id(days[0])}/attendance");
        await SaveSheetAsync(bedo, training.Id, days[0], first, participants);
        Assert.Equal(TrainingStatus.Planned, await App.WithDbAsync(db => db.Trainings.Select(t => t.Status).SingleAsync()));
        var second = await bedo.GetPageAsync($"{page}/days/{Id(days[1])}/attendance");
        await SaveSheetAsync(bedo, training.Id, days[1], second, participants[..1]);

        Assert.Equal(TrainingStatus.ClassroomDone, await App.WithDbAsync(db => db.Trainings.Select(t => t.Status).SingleAsync()));
        var after = await bedo.GetPageAsync(page);
        Assert.Contains("kelas selesai", after, StringComparison.Ordinal);
        Assert.Contains("data-step=\"RecordVisits\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_taking_the_same_day_merge_person_by_person()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 2, days: 1);
        var day = await App.WithDbAsync(db => db.ClassroomDays.Select(d => d.Id).SingleAsync());
        var p = await App.WithDbAsync(db => db.Participants.OrderBy(x => x.Id).Select(x => x.Id).ToArrayAsync());
        using var staff = await AsAsync("staff.bedo@score.test");
        using var admin = await AsAsync("admin@score.test");
        var url = $"/trainings/{Id(training.Id)}/days/{Id(day)}/attendance";
        await SaveSheetAsync(staff, training.Id, day, await staff.GetPageAsync(url), p);

        // Both open the sheet with everyone present; one marks the first person absent, the other the last.
        var staffSheet = await staff.GetPageAsync(url);
        var adminSheet = await admin.GetPageAsync(url);
        await SaveSheetAsync(staff, training.Id, day, staffSheet, p[1..]);
        await SaveSheetAsync(admin, training.Id, day, adminSheet, p[..^1]);

        var present = await App.WithDbAsync(db => db.Attendance.OrderBy(a => a.ParticipantId).Select(a => a.Present).ToListAsync());
        Assert.Equal([false, true, true, false], present);
    }

    [Fact]
    public async Task The_attendance_sheet_tells_present_from_absent_in_words_and_offers_everyone_present()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1);
        var day = await App.WithDbAsync(db => db.ClassroomDays.Select(d => d.Id).SingleAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");

        var sheet = await bedo.GetPageAsync($"/trainings/{Id(training.Id)}/days/{Id(day)}/attendance");

        Assert.Contains("data-testid=\"everyone-present\"", sheet, StringComparison.Ordinal);
        Assert.Contains("class=\"when-present\"", sheet, StringComparison.Ordinal);
        Assert.Contains("Tidak hadir", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visits_on_the_same_day_count_once_and_the_form_says_so_and_starts_from_the_last_visit()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1);
        await MarkClassroomDoneAsync();
        var enrolment = await App.WithDbAsync(db => db.Enrolments.Select(e => e.Id).SingleAsync());
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}/enrolments/{Id(enrolment)}/visits/new";

        await trainer.PostFormAsync(url, url, Form(("Date", "2026-10-05"), ("DurationMinutes", "90"), ("Mode", "Remote"), ("Findings", "Pagi")));
        await trainer.PostFormAsync(url, url, Form(("Date", "2026-10-05"), ("DurationMinutes", "60"), ("Mode", "Remote"), ("Findings", "Sore")));

        Assert.Equal(2, await App.WithDbAsync(db => db.Consultations.CountAsync()));
        var form = await trainer.GetPageAsync(url);
        Assert.Contains("1 dari 3 konsultasi", form, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"same-day-visit\"", form, StringComparison.Ordinal);
        Assert.Matches("name=\"DurationMinutes\"[^>]*value=\"60\"", form);
        Assert.Matches("value=\"Remote\"[^>]*checked|value=\"Remote\"[^>]*selected|selected=\"selected\" value=\"Remote\"", form);
    }

    [Fact]
    public async Task Defaults_the_field_would_otherwise_type_a_baseline_on_the_first_classroom_day_a_whole_period_named_times_in_wib()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2);
        var enrolment = await App.WithDbAsync(db => db.Enrolments.Select(e => e.Id).SingleAsync());
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);
        using var bedo = await AsAsync("staff.bedo@score.test");

        var baseline = await bedo.GetPageAsync($"/trainings/{Id(training.Id)}/enrolments/{Id(enrolment)}/baseline");
        var dashboard = await bedo.GetPageAsync("/dashboard");

        Assert.Matches("name=\"Date\"[^>]*value=\"2026-09-01\"|value=\"2026-09-01\"[^>]*name=\"Date\"", baseline);
        Assert.Contains("Semua pelatihan", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("…", dashboard, StringComparison.Ordinal);
        Assert.Contains("09.00 WIB", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trainers_visit_list_gives_each_enterprises_address_and_a_map_link()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 2, days: 1);
        await MarkClassroomDoneAsync();
        await App.WithDbAsync(async db =>
        {
            var first = await db.Enterprises.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            await db.Enterprises.Where(e => e.Id == first).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Address, "Jl. Pemuda 12").SetProperty(e => e.Latitude, -6.98).SetProperty(e => e.Longitude, 110.41));
            await db.Enterprises.Where(e => e.Id != first).ExecuteUpdateAsync(s => s.SetProperty(e => e.Address, "Jl. Pandanaran 5"));
        });
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var visits = await trainer.GetPageAsync("/visits");

        Assert.Contains("Jl. Pemuda 12", visits, StringComparison.Ordinal);
        Assert.Contains("https://www.openstreetmap.org/?mlat=-6.98&amp;mlon=110.41", visits, StringComparison.Ordinal);
        Assert.Contains("https://www.openstreetmap.org/search?query=Jl.%20Pandanaran%205", visits, StringComparison.Ordinal);
    }
}
