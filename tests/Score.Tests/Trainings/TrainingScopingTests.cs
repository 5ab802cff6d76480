using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

public sealed class TrainingScopingTests(ScoreApp app) : TrainingTest(app)
{
    [Fact]
    public async Task Staff_of_another_partner_get_404_on_every_page_and_action_of_a_training()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1);
        var day = await App.WithDbAsync(db => db.ClassroomDays.Select(d => d.Id).SingleAsync());
        var enrolment = await App.WithDbAsync(db => db.Enrolments.Select(e => e.Id).SingleAsync());
        using var smi = await AsAsync("staff.smi@score.test");
        var token = TestBrowser.TokenIn(await smi.GetPageAsync("/trainings"));
        var t = $"/trainings/{Id(training.Id)}";

        Assert.DoesNotContain("Pelatihan Uji", await smi.GetPageAsync("/trainings"), StringComparison.Ordinal);
        foreach (var url in new[] { t, t + "/edit", $"{t}/days/{Id(day)}/attendance", $"{t}/enrolments/{Id(enrolment)}/participants" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(url)).StatusCode);
        }
        foreach (var url in new[] { t + "/status", t + "/days", $"{t}/days/{Id(day)}/attendance", $"{t}/days/{Id(day)}/delete", $"{t}/enrolments/{Id(enrolment)}/delete" })
        {
            var response = await smi.PostWithTokenAsync(url, Form(("to", "Cancelled"), ("Date", "2026-10-01")), token);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound, url + " answered " + response.StatusCode);
        }
        Assert.Equal((TrainingStatus.Planned, 1, 1), await App.WithDbAsync(async db =>
            (await db.Trainings.Select(x => x.Status).SingleAsync(), await db.ClassroomDays.CountAsync(), await db.Enrolments.CountAsync())));
    }

    [Fact]
    public async Task A_trainer_sees_only_assigned_trainings_and_their_enterprises_read_only()
    {
        var assigned = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, title: "Ditugaskan");
        var otherTrainer = await TrainerProfileAsync("trainer2.bedo@score.test", Bedo.Id, 1);
        var notAssigned = await TrainingAsync(Bedo.Id, otherTrainer.Id, enterprises: 1, title: "Bukan Tugasnya");
        var assignedEnterprise = await App.WithDbAsync(db => db.Enrolments.Where(e => e.TrainingId == assigned.Id).Select(e => e.EnterpriseId).SingleAsync());
        var otherEnterprise = await App.WithDbAsync(db => db.Enrolments.Where(e => e.TrainingId == notAssigned.Id).Select(e => e.EnterpriseId).SingleAsync());
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var list = await trainer.GetPageAsync("/trainings");
        Assert.Contains("Ditugaskan", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Bukan Tugasnya", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/trainings/{Id(notAssigned.Id)}")).StatusCode);
        var page = await trainer.GetPageAsync($"/trainings/{Id(assigned.Id)}");
        Assert.DoesNotContain("/status", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/trainings/{Id(assigned.Id)}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await trainer.PostWithTokenAsync($"/trainings/{Id(assigned.Id)}/status", Form(("to", "Cancelled")), TestBrowser.TokenIn(page))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync($"/enterprises/{Id(assignedEnterprise)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/enterprises/{Id(otherEnterprise)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/enterprises/{Id(assignedEnterprise)}/edit")).StatusCode);
        Assert.Contains("1 hasil", await trainer.GetPageAsync("/enterprises"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_co_trainer_sees_the_training_too()
    {
        var coTrainer = await TrainerProfileAsync("trainer2.bedo@score.test", Bedo.Id, 1);
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, title: "Bersama");
        await App.WithDbAsync(async db =>
        {
            db.TrainingCoTrainers.Add(new TrainingCoTrainer { TrainingId = training.Id, TrainerId = coTrainer.Id });
            await db.SaveChangesAsync();
        });
        using var trainer = await AsAsync("trainer2.bedo@score.test");

        Assert.Contains("Bersama", await trainer.GetPageAsync("/trainings"), StringComparison.Ordinal);
    }
}
