using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Api;

/// <summary>Trainers, certificates and workshops through the API, each scoped as its page; and the token's account rules.</summary>
public sealed class ApiRecordsTests(ScoreApp app) : ApiTest(app)
{
    private static Uri At(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Trainers_are_read_by_partner_a_trainer_reads_only_their_own_profile_and_another_partners_trainer_is_404()
    {
        var bedoSecond = await TrainerProfileAsync("trainer.kedua@score.test", Bedo.Id, 3);
        var smiTrainer = await TrainerProfileAsync("trainer.smi@score.test", Smi.Id, 1);

        using (var staff = Api(await TokenAsync("staff.bedo@score.test")))
        {
            var emails = (await JsonAsync(await staff.GetAsync(At("/api/v1/trainers")))).GetProperty("items").EnumerateArray()
                .Select(t => t.GetProperty("email").GetString()).ToList();
            Assert.Equal(["trainer.bedo@score.test", "trainer.kedua@score.test"], emails);
            var moduleThree = (await JsonAsync(await staff.GetAsync(At("/api/v1/trainers?module=3")))).GetProperty("items").EnumerateArray()
                .Select(t => t.GetProperty("id").GetInt32()).ToList();
            Assert.Equal([bedoSecond.Id], moduleThree);
            var one = await JsonAsync(await staff.GetAsync(At($"/api/v1/trainers/{Id(BedoTrainer.Id)}")));
            Assert.Equal([1, 2], one.GetProperty("certifications").EnumerateArray().Select(c => c.GetProperty("module").GetInt32()));
            Assert.Equal("Trainer", one.GetProperty("certifications")[0].GetProperty("level").GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(At($"/api/v1/trainers/{Id(smiTrainer.Id)}"))).StatusCode);
        }
        using (var trainer = Api(await TokenAsync("trainer.bedo@score.test")))
        {
            var ids = (await JsonAsync(await trainer.GetAsync(At("/api/v1/trainers")))).GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetInt32());
            Assert.Equal([BedoTrainer.Id], ids);
            Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync(At($"/api/v1/trainers/{Id(bedoSecond.Id)}"))).StatusCode);
        }
        using var viewer = Api(await TokenAsync("viewer@score.test"));
        Assert.Equal(3, (await JsonAsync(await viewer.GetAsync(At("/api/v1/trainers")))).GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await JsonAsync(await viewer.GetAsync(At($"/api/v1/trainers?partner={Id(Smi.Id)}")))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Certificates_show_serial_holder_and_status_to_those_who_see_the_training_and_a_revoked_one_reads_revoked()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        await TrainerProfileAsync("trainer.lain@score.test", Bedo.Id, 1);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";
        Assert.Equal(HttpStatusCode.Redirect, (await bedo.PostFormAsync(page, page + "/issue", new Dictionary<string, string>())).StatusCode);
        var issued = await App.WithDbAsync(db => db.Certificates.Where(c => c.TrainingId == delivered.TrainingId).OrderBy(c => c.Id).ToListAsync());
        Assert.NotEmpty(issued);
        var revoked = issued.First(c => c.Kind == CertificateKind.Participant);
        await bedo.PostFormAsync(page, $"/certificates/{Id(revoked.Id)}/revoke", new Dictionary<string, string> { ["reason"] = "Diterbitkan keliru" });

        using (var staff = Api(await TokenAsync("staff.bedo@score.test", signedIn: bedo)))
        {
            var list = (await JsonAsync(await staff.GetAsync(At($"/api/v1/certificates?training={Id(delivered.TrainingId)}")))).GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(issued.Select(c => c.Serial), list.Select(c => c.GetProperty("serial").GetString()));
            var first = list.Single(c => c.GetProperty("id").GetInt32() == revoked.Id);
            Assert.Equal("Revoked", first.GetProperty("status").GetString());
            Assert.Equal("Diterbitkan keliru", first.GetProperty("revocationReason").GetString());
            Assert.Equal(revoked.HolderName, first.GetProperty("holderName").GetString());
            Assert.EndsWith("/verify/" + revoked.Code, first.GetProperty("verificationUrl").GetString(), StringComparison.Ordinal);
            var valid = (await JsonAsync(await staff.GetAsync(At("/api/v1/certificates?status=Valid")))).GetProperty("items").EnumerateArray()
                .Select(c => c.GetProperty("id").GetInt32()).ToList();
            Assert.Equal(issued.Where(c => c.Id != revoked.Id).Select(c => c.Id), valid);
            var bySerial = await JsonAsync(await staff.GetAsync(At($"/api/v1/certificates?serial={Uri.EscapeDataString(issued[^1].Serial)}")));
            Assert.Equal(issued[^1].Id, bySerial.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt32());
        }
        using (var smi = Api(await TokenAsync("staff.smi@score.test")))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(At($"/api/v1/certificates/{Id(issued[0].Id)}"))).StatusCode);
            Assert.Equal(0, (await JsonAsync(await smi.GetAsync(At("/api/v1/certificates")))).GetProperty("items").GetArrayLength());
        }
        using (var assigned = Api(await TokenAsync("trainer.bedo@score.test")))
        {
            Assert.Equal(HttpStatusCode.OK, (await assigned.GetAsync(At($"/api/v1/certificates/{Id(issued[0].Id)}"))).StatusCode);
        }
        using var notAssigned = Api(await TokenAsync("trainer.lain@score.test"));
        Assert.Equal(HttpStatusCode.NotFound, (await notAssigned.GetAsync(At($"/api/v1/certificates/{Id(issued[0].Id)}"))).StatusCode);
    }

    [Fact]
    public async Task A_workshop_reads_with_each_enterprises_outcomes_and_lists_by_year_within_the_partner()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using var staff = Api(await TokenAsync("staff.bedo@score.test"));

        var workshop = await JsonAsync(await staff.GetAsync(At($"/api/v1/trainings/{Id(delivered.TrainingId)}/workshop")));
        Assert.Equal("2026-11-20", workshop.GetProperty("date").GetString());
        var results = workshop.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var a = results.Single(r => r.GetProperty("enrolmentId").GetInt32() == delivered.EnrolmentA);
        Assert.True(a.GetProperty("presented").GetBoolean());
        Assert.True(a.GetProperty("productivityImproved").GetBoolean());
        Assert.Equal(12m, a.GetProperty("productivityChangePercent").GetDecimal());
        Assert.False(results.Single(r => r.GetProperty("enrolmentId").GetInt32() == delivered.EnrolmentB).GetProperty("presented").GetBoolean());

        Assert.Equal([delivered.TrainingId], (await JsonAsync(await staff.GetAsync(At("/api/v1/workshops?year=2026")))).GetProperty("items").EnumerateArray()
            .Select(w => w.GetProperty("trainingId").GetInt32()));
        Assert.Equal(0, (await JsonAsync(await staff.GetAsync(At("/api/v1/workshops?year=2025")))).GetProperty("items").GetArrayLength());
        using var smi = Api(await TokenAsync("staff.smi@score.test"));
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(At($"/api/v1/trainings/{Id(delivered.TrainingId)}/workshop"))).StatusCode);
        Assert.Equal(0, (await JsonAsync(await smi.GetAsync(At("/api/v1/workshops")))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_user_who_must_change_a_reset_password_gets_403_on_the_api_with_the_reason_until_they_do()
    {
        using var api = Api(await TokenAsync("staff.bedo@score.test"), language: "en");
        await App.WithDbAsync(db => db.Users.Where(u => u.Email == "staff.bedo@score.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, true)));

        var refused = await api.GetAsync(At("/api/v1/enterprises"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("must change the password", (await JsonAsync(refused)).GetProperty("title").GetString(), StringComparison.Ordinal);
        await App.WithDbAsync(db => db.Users.Where(u => u.Email == "staff.bedo@score.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, false)));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(At("/api/v1/enterprises"))).StatusCode);
    }

    [Fact]
    public async Task An_idempotency_key_is_remembered_for_a_day_and_then_forgotten()
    {
        using var api = Api(await TokenAsync("staff.bedo@score.test", write: true));
        using var first = new HttpRequestMessage(HttpMethod.Post, At("/api/v1/enterprises")) { Content = JsonContent.Create(NewEnterprise("UD Kunci Lama")) };
        first.Headers.Add("Idempotency-Key", "kunci-1");
        Assert.Equal(HttpStatusCode.Created, (await api.SendAsync(first)).StatusCode);

        await App.WithDbAsync(db => db.ApiIdempotencyRecords.ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, DateTimeOffset.UtcNow.AddDays(-2))));
        using var later = new HttpRequestMessage(HttpMethod.Post, At("/api/v1/enterprises"))
        {
            Content = JsonContent.Create(new
            {
                name = "UD Kunci Baru", sectorId = 1, provinceCode = "33", regencyCode = "33.74", workersWomen = 4, workersMen = 6, salesBand = "UpTo2Billion",
                legalForm = "Cv",
            }),
        };
        later.Headers.Add("Idempotency-Key", "kunci-2");
        var answer = await api.SendAsync(later);

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["kunci-2"], await App.WithDbAsync(db => db.ApiIdempotencyRecords.Select(r => r.Key).ToListAsync()));
    }
}
