using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

public sealed class WorkshopAndCompletionTests(ScoreApp app) : TrainingTest(app)
{
    /// <summary>One enterprise with a manager and a worker present on both classroom days.</summary>
    private async Task<(Training Training, int EnrolmentId)> ClassroomDoneAsync()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2);
        var enrolmentId = await App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.Include(e => e.Participants).SingleAsync();
            var people = await db.People.Where(p => p.EnterpriseId == enrolment.EnterpriseId).OrderBy(p => p.Id).ToListAsync();
            enrolment.Participants.Clear();
            enrolment.Participants.Add(new Participant { PersonId = people.First(p => p.Position == PersonPosition.Manager).Id });
            enrolment.Participants.Add(new Participant { PersonId = people.First(p => p.Position == PersonPosition.Worker).Id });
            await db.SaveChangesAsync();
            foreach (var day in await db.ClassroomDays.ToListAsync())
            {
                day.AttendanceTakenAt = DateTimeOffset.UtcNow;
                db.Attendance.AddRange(enrolment.Participants.Select(p => new Attendance { ClassroomDayId = day.Id, ParticipantId = p.Id, Present = true }));
            }
            await db.Trainings.Where(t => t.Id == training.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.Consultations));
            await db.SaveChangesAsync();
            return enrolment.Id;
        });
        return (training, enrolmentId);
    }

    private async Task VisitsAsync(int enrolmentId, int count) => await App.WithDbAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            db.Consultations.Add(new Consultation { EnrolmentId = enrolmentId, TrainerId = BedoTrainer.Id, Date = new DateOnly(2026, 10, 1 + i), DurationMinutes = 60 });
        }
        await db.SaveChangesAsync();
    });

    private static Dictionary<string, string> Workshop(int enrolmentId, params (string Key, string Value)[] result)
    {
        var fields = new Dictionary<string, string> { ["Date"] = "2026-11-20", ["Venue"] = "Aula BEDO", ["Results[0].EnrolmentId"] = Id(enrolmentId) };
        foreach (var (key, value) in result)
        {
            fields["Results[0]." + key] = value;
        }
        return fields;
    }

    [Fact]
    public async Task An_enterprise_completes_after_joint_attendance_the_planned_visits_and_its_workshop_presentation()
    {
        var (training, enrolmentId) = await ClassroomDoneAsync();
        using var bedo = await AsAsync("staff.bedo@score.test");
        var page = $"/trainings/{Id(training.Id)}";
        var url = page + "/workshop";

        Assert.Contains("data-testid=\"completed-count\">2<", await bedo.GetPageAsync(page), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"enterprise-completed\"", await bedo.GetPageAsync(page), StringComparison.Ordinal);

        await VisitsAsync(enrolmentId, 3);
        Assert.DoesNotContain("data-testid=\"enterprise-completed\"", await bedo.GetPageAsync(page), StringComparison.Ordinal);

        var saved = await bedo.PostFormAsync(url, url, Workshop(enrolmentId, ("Presented", "true"), ("Presenters", "Bu Siti, Pak Joko"),
            ("ProductivityImproved", "true"), ("ProductivityChangePercent", "12.5"), ("CostsSaved", "true"), ("CostsSavedRupiah", "4500000"),
            ("DefectsReduced", "false"), ("EnergySaved", "")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("data-testid=\"enterprise-completed\"", await bedo.GetPageAsync(page), StringComparison.Ordinal);
        var enrolment = await App.WithDbAsync(db => db.Enrolments.SingleAsync());
        Assert.Equal((true, true, 12.5m, 4_500_000m, false, (bool?)null),
            (enrolment.PresentedAtWorkshop, enrolment.ProductivityImproved!.Value, enrolment.ProductivityChangePercent!.Value, enrolment.CostsSavedRupiah!.Value, enrolment.DefectsReduced!.Value, enrolment.EnergySaved));

        // The training's history shows the results under the enterprise's name, in the reader's language and formats.
        var history = System.Text.RegularExpressions.Regex.Match(await bedo.GetPageAsync(page), "data-testid=\"history\".*?</details>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("Pendaftaran Pelatihan Uji Perusahaan 0", history, StringComparison.Ordinal);
        Assert.Contains("Penghematan biaya (Rp): <del class=\"text-danger\">–</del> → <ins class=\"text-success\">4.500.000</ins>", history, StringComparison.Ordinal);
        Assert.Contains("Produktivitas meningkat: <del class=\"text-danger\">–</del> → <ins class=\"text-success\">Ya</ins>", history, StringComparison.Ordinal);
        Assert.Contains("Tanggal lokakarya", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Implausible_outcomes_are_refused_at_their_fields_and_nothing_is_saved()
    {
        var (training, enrolmentId) = await ClassroomDoneAsync();
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}/workshop";

        var response = await bedo.PostFormAsync(url, url, Workshop(enrolmentId, ("Presented", "true"),
            ("DefectsReduced", "true"), ("DefectsChangePercent", "140"), ("EnergySaved", "false"), ("EnergySavedPercent", "10")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Penurunan (%) harus antara 0 dan 100.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"140\"", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Enrolments.Select(e => e.PresentedAtWorkshop).SingleAsync()));

        var second = await bedo.PostFormAsync(url, url, Workshop(enrolmentId, ("Presented", "true"), ("EnergySaved", "false"), ("EnergySavedPercent", "10")));
        Assert.Contains("Angka hanya untuk jawaban “ya”", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await App.WithDbAsync(db => db.Trainings.Select(t => t.WorkshopDate).SingleAsync()));
    }

    [Fact]
    public async Task Another_partners_staff_and_trainers_cannot_open_the_workshop()
    {
        var (training, _) = await ClassroomDoneAsync();
        using var smi = await AsAsync("staff.smi@score.test");
        using var trainer = await AsAsync("trainer.bedo@score.test");

        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/trainings/{Id(training.Id)}/workshop")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/trainings/{Id(training.Id)}/workshop")).StatusCode);
    }
}

public sealed class JourneyAndModuleRulesTests(ScoreApp app) : TrainingTest(app)
{
    [Fact]
    public async Task The_enterprise_page_shows_its_modules_taken_and_not_yet_taken_and_open_actions()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, title: "Jalur Modul Satu");
        var enrolment = await App.WithDbAsync(db => db.Enrolments.SingleAsync());
        await App.WithDbAsync(async db =>
        {
            db.ImprovementActions.Add(new ImprovementAction { EnrolmentId = enrolment.Id, Description = "Pasang papan informasi kualitas", Status = ActionStatus.Open });
            db.ImprovementActions.Add(new ImprovementAction { EnrolmentId = enrolment.Id, Description = "Sudah beres", Status = ActionStatus.Done });
            await db.SaveChangesAsync();
        });
        using var bedo = await AsAsync("staff.bedo@score.test");

        var html = await bedo.GetPageAsync($"/enterprises/{Id(enrolment.EnterpriseId)}");

        Assert.Contains("Jalur Modul Satu", html, StringComparison.Ordinal);
        Assert.Contains($"/trainings/{Id(training.Id)}", html, StringComparison.Ordinal);
        Assert.Contains("Modul yang belum diikuti: 2. Manajemen Kualitas", html, StringComparison.Ordinal);
        Assert.Contains("Pasang papan informasi kualitas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sudah beres", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_sets_a_modules_rules_and_the_training_page_shows_them()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2);
        using var bedo = await AsAsync("staff.bedo@score.test");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await bedo.GetAsync("/modules/1/edit")).StatusCode);
        using var admin = await AsAsync("admin@score.test");

        var bad = await admin.PostFormAsync("/modules/1/edit", "/modules/1/edit", Form(("PlannedConsultations", "0"), ("ConsultationWindowDays", "60"), ("ParticipantMinAttendancePercent", "50")));
        Assert.Contains("harus antara 1 dan 10", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await admin.PostFormAsync("/modules/1/edit", "/modules/1/edit", Form(
            ("PlannedConsultations", "2"), ("ConsultationWindowDays", "60"), ("ParticipantMinAttendancePercent", "50"),
            ("EnterpriseNeedsManagerAndWorker", "true"), ("EnterpriseNeedsWorkshop", "false")));

        var module = await App.WithDbAsync(db => db.Modules.SingleAsync(m => m.Number == 1));
        Assert.Equal((2, 60, 50, true, false, false, "admin@score.test"), (module.PlannedConsultations, module.ConsultationWindowDays,
            module.ParticipantMinAttendancePercent, module.EnterpriseNeedsManagerAndWorker, module.EnterpriseNeedsPlannedConsultations, module.EnterpriseNeedsWorkshop, module.UpdatedBy));
        var page = await bedo.GetPageAsync($"/trainings/{Id(training.Id)}");
        Assert.Contains("hadir minimal 50 % dari hari kelas", page, StringComparison.Ordinal);
        Assert.DoesNotContain("mempresentasikan hasilnya pada lokakarya penutup", page, StringComparison.Ordinal);
    }
}
