using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Registry;

public sealed class PartnerAndTrainerTests(ScoreApp app) : RegistryTest(app)
{
    [Theory]
    [InlineData("staff.bedo@score.test")]
    [InlineData("trainer.bedo@score.test")]
    [InlineData("viewer@score.test")]
    public async Task Every_signed_in_user_reads_the_partner_list_and_a_partners_page(string email)
    {
        await App.CreateEnterpriseAsync(Smi.Id, "PT Smi Hitung", people: 4);
        using var browser = await AsAsync(email);

        var list = await browser.GetPageAsync("/partners");
        var page = await browser.GetPageAsync($"/partners/{Id(Smi.Id)}");

        Assert.Contains("BEDO", list, StringComparison.Ordinal);
        Assert.Contains("SMI", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"stat-enterprises\">1<", page, StringComparison.Ordinal);
        Assert.Contains("Test staff.smi", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_partner_do_not_see_that_partners_account_emails()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var own = await bedo.GetPageAsync($"/partners/{Id(Bedo.Id)}");
        var other = await bedo.GetPageAsync($"/partners/{Id(Smi.Id)}");

        Assert.Contains("staff.bedo@score.test", own, StringComparison.Ordinal);
        Assert.DoesNotContain("staff.smi@score.test", other.Replace("Test staff.smi", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_create_and_edit_partners()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await bedo.GetAsync("/partners/create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bedo.GetAsync($"/partners/{Id(Bedo.Id)}/edit")).StatusCode);

        using var admin = await AsAsync("admin@score.test");
        var created = await admin.PostFormAsync("/partners/create", "/partners/create", Form(
            ("Name", "Universitas Katolik Parahyangan"), ("ShortName", "UNPAR"), ("PartnerKindId", "3"), ("ProvinceCode", "32"),
            ("City", "Bandung"), ("CommitmentSignedOn", "2021-12-08"), ("IsActive", "true")));
        var duplicate = await admin.PostFormAsync("/partners/create", "/partners/create", Form(
            ("Name", "Another"), ("ShortName", "UNPAR"), ("PartnerKindId", "3")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var unpar = await App.WithDbAsync(db => db.Partners.SingleAsync(p => p.ShortName == "UNPAR"));
        Assert.Equal((3, "Bandung", new DateOnly(2021, 12, 8), "admin@score.test"), (unpar.PartnerKindId, unpar.City, unpar.CommitmentSignedOn!.Value, unpar.CreatedBy));
        Assert.Contains("Nama singkat ini sudah dipakai mitra lain.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_manage_their_own_variants_but_not_another_partners()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var own = await bedo.PostFormAsync($"/partners/{Id(Bedo.Id)}/variants/create", $"/partners/{Id(Bedo.Id)}/variants/create", Form(
            ("Name", "SCORE Plus"), ("Description", "Four months, all modules"), ("ModuleNumbers", "1"), ("TypicalDurationWeeks", "17")));
        var noModule = await bedo.PostFormAsync($"/partners/{Id(Bedo.Id)}/variants/create", $"/partners/{Id(Bedo.Id)}/variants/create", Form(("Name", "Kosong")));
        var foreign = await bedo.GetAsync($"/partners/{Id(Smi.Id)}/variants/create");

        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var variant = await App.WithDbAsync(db => db.Variants.SingleAsync());
        Assert.Equal(("SCORE Plus", 17, Bedo.Id), (variant.Name, variant.TypicalDurationWeeks!.Value, variant.PartnerId));
        Assert.Equal([1], variant.ModuleNumbers);
        Assert.Contains("Pilih minimal satu modul.", await noModule.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Staff_give_their_trainer_a_profile_with_certifications_but_not_another_partners_trainer()
    {
        var bedoTrainer = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "trainer.bedo@score.test"));
        var smiTrainer = await App.CreateUserAsync("trainer.smi@score.test", Score.Web.Domain.Roles.Trainer, Smi.Id);
        using var bedo = await AsAsync("staff.bedo@score.test");

        var list = await bedo.GetPageAsync("/trainers");
        Assert.Contains("Test trainer.bedo", list, StringComparison.Ordinal);
        Assert.DoesNotContain("trainer.smi", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/trainers/create?userId={smiTrainer.Id}")).StatusCode);

        var url = $"/trainers/create?userId={bedoTrainer.Id}";
        var future = await bedo.PostFormAsync(url, "/trainers/create", Form(
            ("UserId", bedoTrainer.Id), ("Sex", "Female"),
            ("Certifications[0].ModuleNumber", "1"), ("Certifications[0].Level", "ExpertTrainer"), ("Certifications[0].CertifiedOn", "2099-01-01")));
        Assert.Contains("Tanggal sertifikasi tidak boleh di masa depan.", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Trainers.AnyAsync()));

        var saved = await bedo.PostFormAsync(url, "/trainers/create", Form(
            ("UserId", bedoTrainer.Id), ("Sex", "Female"),
            ("Certifications[0].ModuleNumber", "1"), ("Certifications[0].Level", "ExpertTrainer"), ("Certifications[0].CertifiedOn", "2016-06-30"),
            ("Certifications[1].ModuleNumber", "2"), ("Certifications[1].Level", ""),
            ("Certifications[2].ModuleNumber", "5"), ("Certifications[2].Level", "Trainer")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await App.WithDbAsync(db => db.Trainers.Include(t => t.Certifications).SingleAsync());
        Assert.Equal((Bedo.Id, Sex.Female), (profile.PartnerId, profile.Sex));
        Assert.Equal([(1, CertificationLevel.ExpertTrainer), (5, CertificationLevel.Trainer)],
            profile.Certifications.OrderBy(c => c.ModuleNumber).Select(c => (c.ModuleNumber, c.Level)));

        var forged = await bedo.PostWithTokenAsync("/trainers/create", Form(("UserId", smiTrainer.Id), ("Sex", "Male")), TestBrowser.TokenIn(list));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task Trainers_have_no_access_to_the_trainer_roster()
    {
        using var trainer = await AsAsync("trainer.bedo@score.test");

        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync("/trainers")).StatusCode);
    }
}
