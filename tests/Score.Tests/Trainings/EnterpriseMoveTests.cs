using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

/// <summary>An enterprise moved to another partner keeps its history, and its earlier trainings stay with the partner that ran them.</summary>
public sealed class EnterpriseMoveTests(ScoreApp app) : TrainingTest(app)
{
    [Fact]
    public async Task A_moved_enterprise_keeps_its_history_and_its_earlier_training_stays_with_the_partner_that_ran_it()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, title: "Pelatihan Sebelum Pindah");
        var enterprise = await App.WithDbAsync(db => db.Enrolments.Where(e => e.TrainingId == training.Id).Select(e => new { e.EnterpriseId, e.Enterprise!.Name }).SingleAsync());
        using var admin = await AsAsync("admin@score.test");
        var token = TestBrowser.TokenIn(await admin.GetPageAsync($"/enterprises/{Id(enterprise.EnterpriseId)}"));

        var moved = await admin.PostWithTokenAsync($"/enterprises/{Id(enterprise.EnterpriseId)}/move", Form(("partnerId", Id(Smi.Id))), token);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        using var bedo = await AsAsync("staff.bedo@score.test");
        using var smi = await AsAsync("staff.smi@score.test");
        // BEDO ran the training: it stays BEDO's, with the enterprise in it.
        Assert.Contains(enterprise.Name, await bedo.GetPageAsync($"/trainings/{Id(training.Id)}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/trainings/{Id(training.Id)}")).StatusCode);
        // The enterprise is SMI's now, and its page shows the move in its history.
        var page = await smi.GetPageAsync($"/enterprises/{Id(enterprise.EnterpriseId)}");
        Assert.Contains("admin@score.test", page, StringComparison.Ordinal);
        var change = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Enterprise" && a.EntityId == Id(enterprise.EnterpriseId) && a.Action == AuditAction.Changed));
        Assert.Equal($"{Bedo.Id} -> {Smi.Id}", string.Join(" -> ", change.Changes["PartnerId"]));
    }
}
