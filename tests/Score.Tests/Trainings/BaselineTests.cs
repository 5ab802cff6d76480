using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

public sealed class BaselineTests(ScoreApp app) : TrainingTest(app)
{
    private static string Url(int trainingId, int enrolmentId) => $"/trainings/{Id(trainingId)}/enrolments/{Id(enrolmentId)}/baseline";

    private async Task<(Training Training, int EnrolmentId)> EnrolledAsync()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2);
        return (training, await App.WithDbAsync(db => db.Enrolments.Select(e => e.Id).SingleAsync()));
    }

    [Fact]
    public async Task The_baseline_records_the_modules_checklist_and_kpis_with_their_period()
    {
        var (training, enrolmentId) = await EnrolledAsync();
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = Url(training.Id, enrolmentId);
        var page = await bedo.GetPageAsync(url);
        Assert.Contains("Ada sistem saran dari pekerja", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Panitia K3", page, StringComparison.Ordinal);

        var saved = await bedo.PostFormAsync(url, url, Form(
            ("Date", "2026-08-25"),
            ("Checklist[0].ItemId", "101"), ("Checklist[0].InPlace", "true"), ("Checklist[1].ItemId", "102"),
            ("Kpis[0].Code", "reject_rate"), ("Kpis[0].Value", "8.5"), ("Kpis[0].Period", "Juli 2026"),
            ("Kpis[1].Code", "accidents"), ("Kpis[1].Value", "2"),
            ("Kpis[2].Code", "energy_use"), ("Kpis[2].Value", "")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var answers = await App.WithDbAsync(db => db.ChecklistAnswers.OrderBy(a => a.ChecklistItemId).Select(a => new { a.ChecklistItemId, a.InPlace }).ToListAsync());
        Assert.Equal([(101, true), (102, false)], answers.Select(a => (a.ChecklistItemId, a.InPlace)));
        var values = await App.WithDbAsync(db => db.KpiValues.OrderBy(v => v.KpiCode).ToListAsync());
        Assert.Equal([("accidents", 2m, (string?)null), ("reject_rate", 8.5m, "Juli 2026")], values.Select(v => (v.KpiCode, v.Value, v.Period)));
        Assert.All(values, v => Assert.Null(v.ConsultationId));
        Assert.Equal(new DateOnly(2026, 8, 25), await App.WithDbAsync(db => db.Enrolments.Select(e => e.BaselineDate!.Value).SingleAsync()));
    }

    [Fact]
    public async Task Impossible_kpi_values_are_refused_at_their_fields_keeping_what_was_typed()
    {
        var (training, enrolmentId) = await EnrolledAsync();
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = Url(training.Id, enrolmentId);

        var response = await bedo.PostFormAsync(url, url, Form(("Date", "2026-08-25"),
            ("Kpis[0].Code", "reject_rate"), ("Kpis[0].Value", "120"),
            ("Kpis[1].Code", "accidents"), ("Kpis[1].Value", "-3")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Persentase berada antara 0 dan 100.", html, StringComparison.Ordinal);
        Assert.Contains("Angka ini tidak boleh negatif.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"120\"", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.KpiValues.AnyAsync()));
    }

    [Fact]
    public async Task A_visit_value_ten_times_the_baseline_asks_for_confirmation_then_is_saved_with_the_visit()
    {
        var (training, enrolmentId) = await EnrolledAsync();
        await App.WithDbAsync(async db =>
        {
            await db.ClassroomDays.ExecuteUpdateAsync(s => s.SetProperty(d => d.AttendanceTakenAt, DateTimeOffset.UtcNow));
            await db.Trainings.ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.ClassroomDone));
        });
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        await trainer.PostFormAsync(Url(training.Id, enrolmentId), Url(training.Id, enrolmentId),
            Form(("Date", "2026-08-25"), ("Kpis[0].Code", "suggestions_made"), ("Kpis[0].Value", "3")));
        var visit = $"/trainings/{Id(training.Id)}/enrolments/{Id(enrolmentId)}/visits/new";
        Assert.Contains("sebelumnya 3", await trainer.GetPageAsync(visit), StringComparison.Ordinal);

        var warned = await trainer.PostFormAsync(visit, visit, Form(("Date", "2026-10-02"), ("DurationMinutes", "60"), ("Mode", "OnSite"),
            ("Kpis[0].Code", "suggestions_made"), ("Kpis[0].Value", "45")));
        Assert.Contains("lebih dari sepuluh kali", await warned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Consultations.AnyAsync()));

        var confirmed = await trainer.PostFormAsync(visit, visit, Form(("Date", "2026-10-02"), ("DurationMinutes", "60"), ("Mode", "OnSite"),
            ("Kpis[0].Code", "suggestions_made"), ("Kpis[0].Value", "45"), ("ConfirmWarnings", "true")));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var value = await App.WithDbAsync(db => db.KpiValues.Where(v => v.ConsultationId != null).SingleAsync());
        Assert.Equal(("suggestions_made", 45m, new DateOnly(2026, 10, 2)), (value.KpiCode, value.Value, value.MeasuredOn));
    }

    [Fact]
    public async Task Another_partners_staff_get_404_for_a_baseline()
    {
        var (training, enrolmentId) = await EnrolledAsync();
        using var smi = await AsAsync("staff.smi@score.test");

        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(Url(training.Id, enrolmentId))).StatusCode);
    }
}
