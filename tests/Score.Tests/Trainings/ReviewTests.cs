using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

/// <summary>A completed training submitted, returned with a comment, approved (and so locked) and re-opened with a reason.</summary>
public sealed partial class ReviewTests(ScoreApp app) : TrainingTest(app)
{
    [GeneratedRegex("name=\"Version\" value=\"(?<v>[0-9]+)\"")]
    private static partial Regex VersionField();

    private async Task<Training> CompletedTrainingAsync()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1, title: "Pelatihan Ditinjau");
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == training.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.Completed)));
        return training;
    }

    private Task<ReviewState> StateAsync(int trainingId) =>
        App.WithDbAsync(db => db.Trainings.Where(t => t.Id == trainingId).Select(t => t.ReviewState).SingleAsync());

    private async Task<HttpResponseMessage> EditTitleAsync(TestBrowser staff, int trainingId, string title)
    {
        var url = $"/trainings/{Id(trainingId)}/edit";
        var form = await staff.GetPageAsync(url);
        return await staff.PostWithTokenAsync(url, Form(
            ("Title", title), ("ModuleNumber", "1"), ("LeadTrainerId", Id(BedoTrainer.Id)),
            ("ProvinceCode", "33"), ("PlannedStart", "2026-09-01"), ("PlannedEnd", "2026-12-01"), ("Funding", "SelfFunded"),
            ("TotalCost", "0"), ("FeesCollected", "0"), ("SponsorContribution", "0"), ("Version", VersionField().Match(form).Groups["v"].Value)), TestBrowser.TokenIn(form));
    }

    [Fact]
    public async Task A_training_is_submitted_returned_with_a_comment_resubmitted_approved_locked_and_reopened()
    {
        var training = await CompletedTrainingAsync();
        var id = Id(training.Id);
        using var staff = await AsAsync("staff.bedo@score.test");
        using var admin = await AsAsync("admin@score.test");
        var staffToken = TestBrowser.TokenIn(await staff.GetPageAsync($"/trainings/{id}"));
        var adminToken = TestBrowser.TokenIn(await admin.GetPageAsync("/reviews"));

        await staff.PostWithTokenAsync($"/trainings/{id}/submit", Form(), staffToken);
        Assert.Equal(ReviewState.Submitted, await StateAsync(training.Id));
        Assert.Contains("Pelatihan Ditinjau", await admin.GetPageAsync("/reviews"), StringComparison.Ordinal);

        var noComment = await admin.PostWithTokenAsync($"/reviews/{id}/return", Form(("comment", "  ")), adminToken);
        Assert.Contains("Tuliskan apa yang perlu diperiksa mitra.", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReviewState.Submitted, await StateAsync(training.Id));

        await admin.PostWithTokenAsync($"/reviews/{id}/return", Form(("comment", "Absen hari pertama belum lengkap.")), adminToken);
        Assert.Equal(ReviewState.Returned, await StateAsync(training.Id));
        Assert.Contains("Absen hari pertama belum lengkap.", await staff.GetPageAsync($"/trainings/{id}"), StringComparison.Ordinal);
        Assert.Matches("data-testid=\"returned-trainings\">\\s*<li><a href=\"/trainings/" + id + "\">Pelatihan Ditinjau</a> · Absen hari pertama", await staff.GetPageAsync("/dashboard"));

        await staff.PostWithTokenAsync($"/trainings/{id}/submit", Form(), staffToken);
        await admin.PostWithTokenAsync($"/reviews/{id}/approve", Form(("comment", "")), adminToken);
        Assert.Equal(ReviewState.Approved, await StateAsync(training.Id));

        var refused = await EditTitleAsync(staff, training.Id, "Judul Diubah Diam-diam");
        Assert.Contains("Pelatihan ini sudah disetujui", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var workshop = await staff.PostWithTokenAsync($"/trainings/{id}/workshop", Form(("Date", "2026-11-20"), ("Version", "0")), staffToken);
        Assert.Contains("Pelatihan ini sudah disetujui", await workshop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unchanged = await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == training.Id).Select(t => new { t.Title, t.WorkshopDate }).SingleAsync());
        Assert.Equal(("Pelatihan Ditinjau", (DateOnly?)null), (unchanged.Title, unchanged.WorkshopDate));

        var noReason = await admin.PostWithTokenAsync($"/reviews/{id}/reopen", Form(("comment", "")), adminToken);
        Assert.Contains("Tuliskan apa yang perlu diperiksa mitra.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await admin.PostWithTokenAsync($"/reviews/{id}/reopen", Form(("comment", "Biaya pelatihan salah ketik.")), adminToken);
        Assert.Equal(ReviewState.Returned, await StateAsync(training.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await EditTitleAsync(staff, training.Id, "Judul Diperbaiki")).StatusCode);

        var steps = await App.WithDbAsync(db => db.TrainingReviews.Where(r => r.TrainingId == training.Id).OrderBy(r => r.Id).Select(r => new { r.Step, r.By }).ToListAsync());
        Assert.Equal([ReviewStep.Submitted, ReviewStep.Returned, ReviewStep.Submitted, ReviewStep.Approved, ReviewStep.Reopened], steps.Select(s => s.Step));
        Assert.Equal("admin@score.test", steps[3].By);
        Assert.Contains("Biaya pelatihan salah ketik.", await admin.GetPageAsync($"/reviews/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approved_training_takes_no_attendance_and_no_visit_from_the_pages_or_the_api()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1, title: "Pelatihan Terkunci");
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == training.Id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Status, TrainingStatus.Consultations).SetProperty(t => t.ReviewState, ReviewState.Approved)));
        var ids = await App.WithDbAsync(db => db.Enrolments.Where(e => e.TrainingId == training.Id)
            .Select(e => new { e.Id, Day = db.ClassroomDays.First(d => d.TrainingId == training.Id).Id, Participant = e.Participants.First().Id }).SingleAsync());
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        using var staff = await AsAsync("staff.bedo@score.test");
        var id = Id(training.Id);
        var attendanceUrl = $"/trainings/{id}/days/{Id(ids.Day)}/attendance";

        var marked = await staff.PostWithTokenAsync(attendanceUrl, Form(("present", Id(ids.Participant))), TestBrowser.TokenIn(await staff.GetPageAsync(attendanceUrl)));
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Contains("Pelatihan ini sudah disetujui", await staff.GetPageAsync($"/trainings/{id}"), StringComparison.Ordinal);
        var visitUrl = $"/trainings/{id}/enrolments/{Id(ids.Id)}/visits/new";
        var visit = await staff.PostWithTokenAsync(visitUrl, Form(("Date", "2026-10-02"), ("DurationMinutes", "60"), ("Mode", "OnSite"), ("TrainerId", Id(BedoTrainer.Id))),
            TestBrowser.TokenIn(await staff.GetPageAsync(visitUrl)));
        Assert.Contains("Pelatihan ini sudah disetujui", await visit.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = await App.CreateApiClientAsync("staff.bedo@score.test");
        var apiMark = await api.PutAsJsonAsync(new Uri($"/api/v1/trainings/{id}/days/{Id(ids.Day)}/attendance", UriKind.Relative), new { presentParticipantIds = new[] { ids.Participant }, version = await App.WithDbAsync(db => db.ClassroomDays.Where(d => d.Id == ids.Day).Select(d => d.Version).SingleAsync()) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, apiMark.StatusCode);
        var apiVisit = await api.PostAsJsonAsync(new Uri($"/api/v1/trainings/{id}/enrolments/{Id(ids.Id)}/consultations", UriKind.Relative),
            new { date = "2026-10-02", durationMinutes = 60, mode = "OnSite", trainerId = BedoTrainer.Id });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, apiVisit.StatusCode);

        Assert.False(await App.WithDbAsync(db => db.Attendance.AnyAsync()));
        Assert.False(await App.WithDbAsync(db => db.Consultations.AnyAsync()));
    }

    [Fact]
    public async Task Only_administrators_review_and_another_partner_cannot_submit_or_see_a_review()
    {
        var training = await CompletedTrainingAsync();
        var id = Id(training.Id);
        using var viewer = await AsAsync("viewer@score.test");
        using var smi = await AsAsync("staff.smi@score.test");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var bedoToken = TestBrowser.TokenIn(await bedo.GetPageAsync($"/trainings/{id}"));
        await bedo.PostWithTokenAsync($"/trainings/{id}/submit", Form(), bedoToken);

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/reviews")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/reviews/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync("/reviews")).StatusCode);
        var viewerToken = TestBrowser.TokenIn(await viewer.GetPageAsync("/trainings"));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostWithTokenAsync($"/reviews/{id}/approve", Form(), viewerToken)).StatusCode);
        var smiToken = TestBrowser.TokenIn(await smi.GetPageAsync("/trainings"));
        Assert.Equal(HttpStatusCode.NotFound, (await smi.PostWithTokenAsync($"/trainings/{id}/submit", Form(), smiToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/reviews/{id}")).StatusCode);
        Assert.Equal(ReviewState.Submitted, await StateAsync(training.Id));
    }

    [Fact]
    public async Task The_review_page_points_at_what_looks_odd()
    {
        var training = await CompletedTrainingAsync();
        using var admin = await AsAsync("admin@score.test");

        var page = await admin.GetPageAsync($"/reviews/{Id(training.Id)}");

        Assert.Contains("belum ada absensinya", page, StringComparison.Ordinal);     // the classroom day without attendance
        Assert.Contains("belum memiliki data awal", page, StringComparison.Ordinal); // no baseline
    }

    [Fact]
    public async Task A_submitted_training_is_on_the_administrators_home_and_a_returned_one_on_its_own_partners_home_only()
    {
        var training = await CompletedTrainingAsync();
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == training.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ReviewState, ReviewState.Submitted)));
        using var admin = await AsAsync("admin@score.test");
        Assert.Contains("1 pelatihan menunggu tinjauan Anda", await admin.GetPageAsync("/"), StringComparison.Ordinal);

        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == training.Id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.ReviewState, ReviewState.Returned).SetProperty(t => t.ReviewComment, "Lengkapi daftar hadir hari kedua")));
        using var staff = await AsAsync("staff.bedo@score.test");
        var home = await staff.GetPageAsync("/");
        Assert.Contains("data-testid=\"returned-trainings\"", home, StringComparison.Ordinal);
        Assert.Contains("Lengkapi daftar hadir hari kedua", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/trainings/{Id(training.Id)}\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("menunggu tinjauan Anda", await admin.GetPageAsync("/"), StringComparison.Ordinal);

        using var smi = await AsAsync("staff.smi@score.test");
        Assert.DoesNotContain("Lengkapi daftar hadir hari kedua", await smi.GetPageAsync("/"), StringComparison.Ordinal);
    }
}
