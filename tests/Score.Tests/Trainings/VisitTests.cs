using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

public sealed class VisitTests(ScoreApp app) : TrainingTest(app)
{
    /// <summary>A training whose classroom days (1 and 2 September 2026) are done, attendance taken.</summary>
    private async Task<(Training Training, int EnrolmentId)> InConsultationsAsync(int trainerId, string title = "Pelatihan Uji")
    {
        var training = await TrainingAsync(Bedo.Id, trainerId, enterprises: 1, days: 2, title: title);
        await App.WithDbAsync(async db =>
        {
            await db.ClassroomDays.Where(d => d.TrainingId == training.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.AttendanceTakenAt, DateTimeOffset.UtcNow));
            await db.Trainings.Where(t => t.Id == training.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.ClassroomDone));
        });
        var enrolmentId = await App.WithDbAsync(db => db.Enrolments.Where(e => e.TrainingId == training.Id).Select(e => e.Id).SingleAsync());
        return (training, enrolmentId);
    }

    private static string VisitUrl(int trainingId, int enrolmentId) => $"/trainings/{Id(trainingId)}/enrolments/{Id(enrolmentId)}/visits/new";

    [Fact]
    public async Task Overdue_visits_are_flagged_on_the_training_and_on_the_trainers_list_under_a_fixed_clock()
    {
        var (training, enrolmentId) = await InConsultationsAsync(BedoTrainer.Id);
        using var trainer = await AsAsync("trainer.bedo@score.test");

        App.Clock.Fixed = new DateTimeOffset(2026, 9, 20, 8, 0, 0, TimeSpan.Zero);
        Assert.DoesNotContain("data-testid=\"overdue\"", await trainer.GetPageAsync($"/trainings/{Id(training.Id)}"), StringComparison.Ordinal);
        Assert.Contains("data-overdue=\"false\"", await trainer.GetPageAsync("/visits"), StringComparison.Ordinal);

        App.Clock.Fixed = new DateTimeOffset(2026, 10, 10, 8, 0, 0, TimeSpan.Zero);
        Assert.Contains("data-testid=\"overdue\"", await trainer.GetPageAsync($"/trainings/{Id(training.Id)}"), StringComparison.Ordinal);
        var visits = await trainer.GetPageAsync("/visits");
        Assert.Contains("data-overdue=\"true\"", visits, StringComparison.Ordinal);
        Assert.Contains(VisitUrl(training.Id, enrolmentId), visits, StringComparison.Ordinal);
        Assert.Contains("data-overdue=\"true\"", await trainer.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visit_just_recorded_counts_on_the_visit_list_at_once_and_the_last_one_takes_the_enterprise_off()
    {
        var (training, enrolmentId) = await InConsultationsAsync(BedoTrainer.Id);
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 10, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        Assert.Contains("0 dari 3 konsultasi", await trainer.GetPageAsync("/visits"), StringComparison.Ordinal);

        async Task VisitOnAsync(DateOnly date) => await App.WithDbAsync(async db =>
        {
            db.Consultations.Add(new Consultation { EnrolmentId = enrolmentId, TrainerId = BedoTrainer.Id, Date = date, DurationMinutes = 60 });
            await db.SaveChangesAsync();
        });
        await VisitOnAsync(new DateOnly(2026, 10, 9));
        var afterOne = await trainer.GetPageAsync("/visits");
        await VisitOnAsync(new DateOnly(2026, 10, 9));      // a second on the same day is not another visit day
        var sameDay = await trainer.GetPageAsync("/visits");
        await VisitOnAsync(new DateOnly(2026, 10, 10));
        await VisitOnAsync(new DateOnly(2026, 10, 11));

        Assert.Contains("1 dari 3 konsultasi", afterOne, StringComparison.Ordinal);
        Assert.Contains("1 dari 3 konsultasi", sameDay, StringComparison.Ordinal);
        Assert.DoesNotContain(VisitUrl(training.Id, enrolmentId), await trainer.GetPageAsync("/visits"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_visit_list_puts_overdue_visits_first_across_its_pages()
    {
        var later = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2, title: "Pelatihan Akhir");
        var early = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 26, days: 2, title: "Pelatihan Awal");
        await MarkClassroomDoneAsync();
        // The later training's classroom ends on 1 October: its first visit is due after the earlier one's are overdue.
        await App.WithDbAsync(db => db.ClassroomDays.Where(d => d.TrainingId == later.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Date, d => d.Date.AddDays(29))));
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 10, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var first = await trainer.GetPageAsync("/visits");
        var second = await trainer.GetPageAsync("/visits?page=2");

        Assert.Contains("27 hasil", first, StringComparison.Ordinal);
        Assert.DoesNotContain("data-overdue=\"false\"", first, StringComparison.Ordinal);
        Assert.Contains("Pelatihan Awal", first, StringComparison.Ordinal);
        Assert.Equal(1, second.Split("data-overdue=\"true\"").Length - 1);
        Assert.Contains("data-overdue=\"false\"", second, StringComparison.Ordinal);
        Assert.True(second.IndexOf("data-overdue=\"true\"", StringComparison.Ordinal) < second.IndexOf("data-overdue=\"false\"", StringComparison.Ordinal));
        Assert.Contains("Pelatihan Akhir", second, StringComparison.Ordinal);
        Assert.DoesNotContain(early.Title + " Perusahaan", second.Split("data-overdue=\"false\"")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_visit_sent_several_times_at_once_is_recorded_once()
    {
        var (training, enrolmentId) = await InConsultationsAsync(BedoTrainer.Id);
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        var url = VisitUrl(training.Id, enrolmentId);
        var token = TestBrowser.TokenIn(await trainer.GetPageAsync(url));
        var visit = Form(("Date", "2026-10-02"), ("DurationMinutes", "120"), ("Mode", "OnSite"), ("Findings", "Gudang berantakan"),
            ("Actions[0].Id", "0"), ("Actions[0].Description", "Terapkan 5R di gudang"), ("Actions[0].Status", "Open"));

        var atOnce = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => trainer.PostWithTokenAsync(url, visit, token)));
        var later = await trainer.PostWithTokenAsync(url, visit, token);

        Assert.All(atOnce.Append(later), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await App.WithDbAsync(db => db.Consultations.CountAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.ImprovementActions.CountAsync()));

        var another = await trainer.PostWithTokenAsync(url, new Dictionary<string, string>(visit) { ["Findings"] = "Kunjungan kedua" }, token);
        Assert.Equal(HttpStatusCode.Redirect, another.StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.Consultations.CountAsync()));
    }

    [Fact]
    public async Task A_visit_carries_open_actions_forward_as_a_checklist_where_a_tick_closes_one()
    {
        var (training, enrolmentId) = await InConsultationsAsync(BedoTrainer.Id);
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        var url = VisitUrl(training.Id, enrolmentId);

        var first = await trainer.PostFormAsync(url, url, Form(
            ("Date", "2026-10-02"), ("DurationMinutes", "120"), ("Mode", "OnSite"), ("Findings", "Gudang berantakan"),
            ("Actions[0].Id", "0"), ("Actions[0].Description", "Terapkan 5R di gudang"), ("Actions[0].Owner", "Pak Joko"), ("Actions[0].DueDate", "2026-10-30"), ("Actions[0].Status", "Open"),
            ("Actions[1].Id", "0"), ("Actions[1].Description", "Rapat harian 10 menit"), ("Actions[1].Status", "InProgress"),
            ("Actions[2].Id", "0"), ("Actions[2].Description", "")));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(TrainingStatus.Consultations, await App.WithDbAsync(db => db.Trainings.Select(t => t.Status).SingleAsync()));

        var second = await trainer.GetPageAsync(url);
        Assert.Contains("value=\"Terapkan 5R di gudang\"", second, StringComparison.Ordinal);
        Assert.Contains("value=\"Pak Joko\"", second, StringComparison.Ordinal);
        Assert.Contains("value=\"Rapat harian 10 menit\"", second, StringComparison.Ordinal);
        Assert.Contains("1 dari 3 konsultasi", second, StringComparison.Ordinal);
        var actionIds = await App.WithDbAsync(db => db.ImprovementActions.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());

        await trainer.PostFormAsync(url, url, Form(
            ("Date", "2026-10-05"), ("DurationMinutes", "90"), ("Mode", "Remote"),
            ("Actions[0].Id", Id(actionIds[0])), ("Actions[0].Description", "Terapkan 5R di gudang"), ("Actions[0].Owner", "Pak Joko"), ("Actions[0].Status", "Open"), ("Actions[0].Done", "true"),
            ("Actions[1].Id", Id(actionIds[1])), ("Actions[1].Description", "Rapat harian 10 menit"), ("Actions[1].Status", "InProgress")));

        var actions = await App.WithDbAsync(db => db.ImprovementActions.OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([ActionStatus.Done, ActionStatus.InProgress], actions.Select(a => a.Status));
        Assert.Equal(2, actions.Count);
        var third = await trainer.GetPageAsync(url);
        Assert.DoesNotContain("value=\"Terapkan 5R di gudang\"", third, StringComparison.Ordinal);
        Assert.Contains("value=\"Rapat harian 10 menit\"", third, StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.Consultations.CountAsync()));
        Assert.Equal("trainer.bedo@score.test", await App.WithDbAsync(db => db.Consultations.Select(c => c.CreatedBy).FirstAsync()));
    }

    [Fact]
    public async Task A_trainer_can_neither_see_nor_record_a_visit_of_a_training_not_assigned_to_them()
    {
        var otherTrainer = await TrainerProfileAsync("trainer2.bedo@score.test", Bedo.Id, 1);
        var (training, enrolmentId) = await InConsultationsAsync(otherTrainer.Id, "Bukan Tugasnya");
        using var trainer = await AsAsync("trainer.bedo@score.test");
        var url = VisitUrl(training.Id, enrolmentId);
        var token = TestBrowser.TokenIn(await trainer.GetPageAsync("/visits"));

        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync(url)).StatusCode);
        var posted = await trainer.PostWithTokenAsync(url, Form(("Date", "2026-10-02"), ("DurationMinutes", "60"), ("Mode", "OnSite")), token);

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Consultations.AnyAsync()));
        Assert.DoesNotContain("Bukan Tugasnya", await trainer.GetPageAsync("/visits"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_partner_get_404_for_a_visit()
    {
        var (training, enrolmentId) = await InConsultationsAsync(BedoTrainer.Id);
        using var smi = await AsAsync("staff.smi@score.test");

        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(VisitUrl(training.Id, enrolmentId))).StatusCode);
    }

    [Fact]
    public async Task A_visit_in_the_future_before_the_classroom_or_of_absurd_length_is_refused_keeping_the_input()
    {
        var (training, enrolmentId) = await InConsultationsAsync(BedoTrainer.Id);
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        var url = VisitUrl(training.Id, enrolmentId);

        var future = await trainer.PostFormAsync(url, url, Form(("Date", "2026-11-01"), ("DurationMinutes", "60"), ("Findings", "Catatan saya")));
        var early = await trainer.PostFormAsync(url, url, Form(("Date", "2026-08-01"), ("DurationMinutes", "60")));
        var tooLong = await trainer.PostFormAsync(url, url, Form(("Date", "2026-10-01"), ("DurationMinutes", "5000")));

        var futureHtml = await future.Content.ReadAsStringAsync();
        Assert.Contains("Kunjungan tidak boleh di masa depan.", futureHtml, StringComparison.Ordinal);
        Assert.Contains("Catatan saya", futureHtml, StringComparison.Ordinal);
        Assert.Contains("Konsultasi dilakukan setelah hari kelas terakhir", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Durasi (menit) harus antara 1 dan 1440.", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Consultations.AnyAsync()));
    }

    [Fact]
    public async Task A_recorded_visit_has_a_page_with_what_was_recorded_and_its_history_for_those_who_may_read_its_training()
    {
        var (training, enrolmentId) = await InConsultationsAsync(BedoTrainer.Id);
        await TrainerProfileAsync("trainer.lain@score.test", Bedo.Id, 1);
        App.Clock.Fixed = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        var url = VisitUrl(training.Id, enrolmentId);
        var saved = await trainer.PostWithTokenAsync(url, Form(("Date", "2026-10-02"), ("DurationMinutes", "90"), ("Mode", "Remote"), ("Findings", "Lantai produksi rapi"),
            ("Actions[0].Id", "0"), ("Actions[0].Description", "Pasang label rak"), ("Actions[0].Status", "Open"),
            ("Kpis[0].Code", "reject_rate"), ("Kpis[0].Value", "6.5"), ("Kpis[0].Period", "September 2026")), TestBrowser.TokenIn(await trainer.GetPageAsync(url)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var visitId = await App.WithDbAsync(db => db.Consultations.Select(c => c.Id).SingleAsync());

        Assert.Contains($"href=\"/visits/{Id(visitId)}\"", await trainer.GetPageAsync(url), StringComparison.Ordinal);
        var page = await trainer.GetPageAsync($"/visits/{Id(visitId)}");
        Assert.Contains("Lantai produksi rapi", page, StringComparison.Ordinal);
        Assert.Contains("Pasang label rak", page, StringComparison.Ordinal);
        Assert.Matches("6,5 .*September 2026", page);
        Assert.Contains("Jarak jauh", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"history\"", page, StringComparison.Ordinal);
        Assert.Contains("Nilai KPI", page, StringComparison.Ordinal); // the value's creation, named in the visit's history
        using (var staff = await AsAsync("staff.bedo@score.test"))
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/visits/{Id(visitId)}")).StatusCode);
        }
        using (var other = await AsAsync("trainer.lain@score.test"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/visits/{Id(visitId)}")).StatusCode);
        }
        using var smi = await AsAsync("staff.smi@score.test");
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/visits/{Id(visitId)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync("/visits/999999")).StatusCode);
    }
}
