using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

public sealed class RecordKeepingTests(ScoreApp app) : TrainingTest(app)
{
    [Fact]
    public async Task An_enterprise_with_trainings_is_not_deleted_and_the_user_is_told_why()
    {
        await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1);
        var enterpriseId = await App.WithDbAsync(db => db.Enrolments.Select(e => e.EnterpriseId).SingleAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");
        var page = await bedo.GetPageAsync($"/enterprises/{Id(enterpriseId)}");

        await bedo.PostWithTokenAsync($"/enterprises/{Id(enterpriseId)}/delete", Form(), TestBrowser.TokenIn(page));

        Assert.Null(await App.WithDbAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.DeletedAt).SingleAsync()));
        Assert.Contains("pernah mengikuti pelatihan sehingga tidak dapat dihapus", await bedo.GetPageAsync($"/enterprises/{Id(enterpriseId)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_is_not_removed_from_their_enterprise()
    {
        await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1);
        var participant = await App.WithDbAsync(db => db.Participants.Select(p => new { p.PersonId, p.Person!.EnterpriseId }).FirstAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");
        var page = await bedo.GetPageAsync($"/enterprises/{Id(participant.EnterpriseId)}");

        var response = await bedo.PostWithTokenAsync($"/enterprises/{Id(participant.EnterpriseId)}/people/{Id(participant.PersonId)}/delete", Form(), TestBrowser.TokenIn(page));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.People.AnyAsync(p => p.Id == participant.PersonId)));
        Assert.Contains("pernah menjadi peserta pelatihan", await bedo.GetPageAsync($"/enterprises/{Id(participant.EnterpriseId)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variant_used_by_a_training_and_an_enrolment_with_visits_stay()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1);
        var variantId = await App.WithDbAsync(async db =>
        {
            var variant = new ScoreVariant { PartnerId = Bedo.Id, Name = "SCORE Plus", ModuleNumbers = [1] };
            db.Variants.Add(variant);
            await db.SaveChangesAsync();
            await db.Trainings.ExecuteUpdateAsync(s => s.SetProperty(t => t.VariantId, variant.Id));
            var enrolment = await db.Enrolments.SingleAsync();
            db.Consultations.Add(new Consultation { EnrolmentId = enrolment.Id, TrainerId = BedoTrainer.Id, Date = new DateOnly(2026, 10, 1), DurationMinutes = 60 });
            await db.SaveChangesAsync();
            return variant.Id;
        });
        var enrolmentId = await App.WithDbAsync(db => db.Enrolments.Select(e => e.Id).SingleAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync($"/trainings/{Id(training.Id)}"));

        var variantRefused = await bedo.PostWithTokenAsync($"/partners/{Id(Bedo.Id)}/variants/{Id(variantId)}/delete", Form(), token);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, variantRefused.StatusCode);
        Assert.Contains("Varian ini dipakai pelatihan", await bedo.GetPageAsync($"/partners/{Id(Bedo.Id)}"), StringComparison.Ordinal);
        var enrolmentRefused = await bedo.PostWithTokenAsync($"/trainings/{Id(training.Id)}/enrolments/{Id(enrolmentId)}/delete", Form(), token);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, enrolmentRefused.StatusCode);
        Assert.Contains("sudah memiliki kehadiran atau kunjungan", await bedo.GetPageAsync($"/trainings/{Id(training.Id)}"), StringComparison.Ordinal);

        Assert.True(await App.WithDbAsync(db => db.Variants.AnyAsync(v => v.Id == variantId)));
        Assert.True(await App.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.Id == enrolmentId)));

        // The same requests do delete once nothing depends on the records any more.
        await App.WithDbAsync(async db =>
        {
            await db.Trainings.ExecuteUpdateAsync(s => s.SetProperty(t => t.VariantId, (int?)null));
            await db.Consultations.ExecuteDeleteAsync();
            await db.Attendance.ExecuteDeleteAsync();
        });
        await bedo.PostWithTokenAsync($"/partners/{Id(Bedo.Id)}/variants/{Id(variantId)}/delete", Form(), token);
        await bedo.PostWithTokenAsync($"/trainings/{Id(training.Id)}/enrolments/{Id(enrolmentId)}/delete", Form(), token);
        Assert.False(await App.WithDbAsync(db => db.Variants.AnyAsync(v => v.Id == variantId)));
        Assert.False(await App.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.Id == enrolmentId)));
    }
}
