using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Certificates;

public sealed class CertificateTests(ScoreApp app) : DeliveredTrainingTest(app)
{
    private async Task<List<Certificate>> IssueAsync(TestBrowser browser, int trainingId)
    {
        var page = $"/trainings/{Id(trainingId)}/certificates";
        var response = await browser.PostFormAsync(page, page + "/issue", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await App.WithDbAsync(db => db.Certificates.Where(c => c.TrainingId == trainingId).OrderBy(c => c.Sequence).ToListAsync());
    }

    [Fact]
    public async Task Downloading_all_certificates_of_a_training_without_any_says_so_instead_of_failing()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";

        var pdf = await bedo.GetAsync(page + "/all.pdf");
        var zip = await bedo.GetAsync(page + "/all.zip");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (pdf.StatusCode, zip.StatusCode));
        Assert.Equal(page, pdf.Headers.Location?.OriginalString);
        Assert.Contains("Belum ada sertifikat sah dari pelatihan ini untuk diunduh", await bedo.GetPageAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issuing_gives_every_completer_a_certificate_and_no_one_else_and_issuing_again_adds_none()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using var bedo = await AsAsync("staff.bedo@score.test");

        var certificates = await IssueAsync(bedo, delivered.TrainingId);

        Assert.Equal(
            new[] { delivered.ManagerA, delivered.ManagerB, delivered.WorkerA }.Order(StringComparer.Ordinal),
            certificates.Where(c => c.Kind == CertificateKind.Participant).Select(c => c.HolderName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(certificates, c => c.HolderName == delivered.WorkerB);
        var enterprise = Assert.Single(certificates, c => c.Kind == CertificateKind.Enterprise);
        Assert.Equal(delivered.EnrolmentA, enterprise.EnrolmentId);
        var year = DateTime.Now.Year;
        Assert.Equal(Enumerable.Range(1, 4).Select(i => $"SCORE-{year}-BEDO-{i:D5}"), certificates.Select(c => c.Serial));
        Assert.All(certificates, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{20}$", c.Code));
        Assert.Equal(4, certificates.Select(c => c.Code).Distinct().Count());
        Assert.All(certificates, c => Assert.Equal("staff.bedo@score.test", c.CreatedBy));

        var again = await IssueAsync(bedo, delivered.TrainingId);
        Assert.Equal(4, again.Count);
        Assert.Contains("data-testid=\"awaiting-count\">0<", await bedo.GetPageAsync($"/trainings/{Id(delivered.TrainingId)}/certificates"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serial_numbers_run_on_per_partner_and_year()
    {
        var first = await DeliveredAsync(Bedo.Id, BedoTrainer.Id, "Pelatihan Pertama");
        var second = await DeliveredAsync(Bedo.Id, BedoTrainer.Id, "Pelatihan Kedua");
        var smiTrainer = await TrainerProfileAsync("trainer.smi@score.test", Smi.Id, 1);
        var smiTraining = await DeliveredAsync(Smi.Id, smiTrainer.Id, "Pelatihan SMI");
        using var bedo = await AsAsync("staff.bedo@score.test");
        using var smi = await AsAsync("staff.smi@score.test");

        await IssueAsync(bedo, first.TrainingId);
        var later = await IssueAsync(bedo, second.TrainingId);
        var smiCertificates = await IssueAsync(smi, smiTraining.TrainingId);

        var year = DateTime.Now.Year;
        Assert.Equal(Enumerable.Range(5, 4).Select(i => $"SCORE-{year}-BEDO-{i:D5}"), later.Select(c => c.Serial));
        Assert.Equal($"SCORE-{year}-SMI-00001", smiCertificates[0].Serial);
    }

    [Fact]
    public async Task A_certificate_prints_holder_enterprise_module_in_both_languages_partner_serial_and_verification_url()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        await App.WithDbAsync(db => db.People.Where(p => p.FullName == delivered.ManagerA)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.FullName, "Ni Luh Ṣaraswatī Dewi")));
        using var bedo = await AsAsync("staff.bedo@score.test");
        var certificate = (await IssueAsync(bedo, delivered.TrainingId)).Single(c => c.HolderName == "Ni Luh Ṣaraswatī Dewi");

        var pdf = await bedo.DownloadAsync($"/certificates/{Id(certificate.Id)}/pdf");
        await SaveForLookingAsync("certificate.pdf", pdf);
        var text = TextOf(pdf, out var pages);

        Assert.Equal(1, pages);
        Assert.Contains("Ni Luh Ṣaraswatī Dewi", text, StringComparison.Ordinal);
        Assert.Contains(certificate.EnterpriseName, text, StringComparison.Ordinal);
        Assert.Contains("Modul 1: Kerja Sama di Tempat Kerja", text, StringComparison.Ordinal);
        Assert.Contains("Module 1: Workplace Cooperation", text, StringComparison.Ordinal);
        Assert.Contains("Sertifikat Kelulusan", text, StringComparison.Ordinal);
        Assert.Contains("Certificate of Completion", text, StringComparison.Ordinal);
        Assert.Contains(Bedo.Name, text, StringComparison.Ordinal);
        Assert.Contains(certificate.Serial, text, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5000/verify/" + certificate.Code, text, StringComparison.Ordinal);
        Assert.Contains("Semarang", text, StringComparison.Ordinal);
        Assert.Contains("01/09/2026 – 20/11/2026", text, StringComparison.Ordinal);
        Assert.Equal("http://localhost:5000/verify/" + certificate.Code, await QrReader.ReadAsync(pdf));
    }

    [Fact]
    public async Task The_batch_pdf_has_a_page_per_valid_certificate_and_the_zip_a_file_each()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var certificates = await IssueAsync(bedo, delivered.TrainingId);
        var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";
        await bedo.PostFormAsync(page, $"/certificates/{Id(certificates[0].Id)}/revoke", new Dictionary<string, string> { ["reason"] = "Diterbitkan keliru" });

        var batch = await bedo.DownloadAsync(page + "/all.pdf");
        await SaveForLookingAsync("certificates-batch.pdf", batch);
        var pages = PageTexts(batch);
        Assert.Equal(3, pages.Count);
        foreach (var certificate in certificates.Skip(1))
        {
            Assert.Single(pages, p => p.Contains(certificate.Serial, StringComparison.Ordinal) && p.Contains(certificate.HolderName, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(pages, p => p.Contains(certificates[0].Serial, StringComparison.Ordinal));

        using var zip = new ZipArchive(new MemoryStream(await bedo.DownloadAsync(page + "/all.zip")));
        Assert.Equal(certificates.Skip(1).Select(c => c.Serial + ".pdf").Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Contains(Path.GetFileNameWithoutExtension(entry.FullName), TextOf(copy.ToArray(), out var filePages), StringComparison.Ordinal);
            Assert.Equal(1, filePages);
        }
    }

    [Fact]
    public async Task Anyone_can_verify_a_code_without_signing_in_and_sees_only_what_the_certificate_prints()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        await App.WithDbAsync(db => db.People.Where(p => p.FullName == delivered.ManagerA)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.FullName, "Siti Rahayu")));
        using var bedo = await AsAsync("staff.bedo@score.test");
        var certificate = (await IssueAsync(bedo, delivered.TrainingId)).Single(c => c.HolderName == "Siti Rahayu");
        var phone = await App.WithDbAsync(db => db.People.Where(p => p.FullName == certificate.HolderName).Select(p => p.Phone).SingleAsync());
        using var anonymous = App.CreateBrowserClient();

        var response = await anonymous.GetAsync("/verify/" + certificate.Code);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-state=\"valid\"", html, StringComparison.Ordinal);
        Assert.Contains(certificate.HolderName, html, StringComparison.Ordinal);
        Assert.Contains("Kerja Sama di Tempat Kerja", html, StringComparison.Ordinal);
        Assert.Contains(Bedo.Name, html, StringComparison.Ordinal);
        Assert.Contains(certificate.Serial, html, StringComparison.Ordinal);
        Assert.DoesNotContain(phone!, html, StringComparison.Ordinal);
        Assert.DoesNotContain(certificate.EnterpriseName, html, StringComparison.Ordinal);

        var lowerCase = await anonymous.GetPageAsync("/verify/" + certificate.Code.ToLowerInvariant());
        Assert.Contains("data-state=\"valid\"", lowerCase, StringComparison.Ordinal);
        var unknown = await anonymous.GetPageAsync("/verify/" + new string('7', 20));
        Assert.Contains("data-state=\"unknown\"", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain(certificate.HolderName, unknown, StringComparison.Ordinal);
        Assert.Contains("data-state=\"unknown\"", await anonymous.GetPageAsync("/verify/%3Cscript%3E"), StringComparison.Ordinal);

        // Two lookups of the code (any case) are counted for the certificate, and nothing else is kept.
        Assert.Equal(2, await App.WithDbAsync(db => db.CertificateVerifications.Where(v => v.CertificateId == certificate.Id).Select(v => v.Count).SingleAsync()));
        Assert.Contains("dicek daring 2 kali", await bedo.GetPageAsync($"/trainings/{Id(delivered.TrainingId)}/certificates"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_certificate_verifies_as_revoked_and_a_reissued_one_as_replaced_by_a_new_serial()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var certificates = await IssueAsync(bedo, delivered.TrainingId);
        var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";
        using var anonymous = App.CreateBrowserClient();

        var revoked = await bedo.PostFormAsync(page, $"/certificates/{Id(certificates[0].Id)}/revoke", new Dictionary<string, string> { ["reason"] = "Tidak hadir sebenarnya" });
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var check = await anonymous.GetPageAsync("/verify/" + certificates[0].Code);
        Assert.Contains("data-state=\"revoked\"", check, StringComparison.Ordinal);
        Assert.Contains("25/11/2026", check, StringComparison.Ordinal);

        await App.WithDbAsync(db => db.People.Where(p => p.FullName == certificates[1].HolderName)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.FullName, "Nama Yang Dibetulkan")));
        var reissued = await bedo.PostFormAsync(page, $"/certificates/{Id(certificates[1].Id)}/reissue", new Dictionary<string, string> { ["reason"] = "Nama salah eja" });
        Assert.Equal(HttpStatusCode.Redirect, reissued.StatusCode);

        var all = await App.WithDbAsync(db => db.Certificates.OrderBy(c => c.Id).ToListAsync());
        var old = all.Single(c => c.Id == certificates[1].Id);
        var replacement = all.Single(c => c.Id == old.ReplacedById);
        Assert.Equal("SCORE-2026-BEDO-00005", replacement.Serial);
        Assert.Equal("Nama Yang Dibetulkan", replacement.HolderName);
        Assert.Equal(old.HolderKey, replacement.HolderKey);
        Assert.Equal(("staff.bedo@score.test", "Nama salah eja"), (old.RevokedBy, old.RevocationReason));
        Assert.Equal("Tidak hadir sebenarnya", all[0].RevocationReason);
        // The certificates' history names each by its serial: the revocation with its reason, the re-issue as a new certificate.
        var history = System.Text.RegularExpressions.Regex.Match(await bedo.GetPageAsync(page), "data-testid=\"history\".*?</details>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains($"Sertifikat {certificates[0].Serial}", history, StringComparison.Ordinal);
        Assert.Contains("<ins class=\"text-success\">Tidak hadir sebenarnya</ins>", history, StringComparison.Ordinal);
        Assert.Contains("Sertifikat SCORE-2026-BEDO-00005", history, StringComparison.Ordinal);

        var oldCheck = await anonymous.GetPageAsync("/verify/" + old.Code);
        Assert.Contains("data-state=\"replaced\"", oldCheck, StringComparison.Ordinal);
        Assert.Contains(replacement.Serial, oldCheck, StringComparison.Ordinal);
        Assert.Contains("data-state=\"valid\"", await anonymous.GetPageAsync("/verify/" + replacement.Code), StringComparison.Ordinal);
        Assert.Contains("DICABUT", TextOf(await bedo.DownloadAsync($"/certificates/{Id(old.Id)}/pdf"), out _), StringComparison.Ordinal);

        // Issuing again neither brings back the revoked one nor doubles the replaced one.
        Assert.Equal(5, (await IssueAsync(bedo, delivered.TrainingId)).Count);
    }

    [Fact]
    public async Task Revoking_needs_a_reason_and_keeps_the_certificate_valid_without_one()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var certificate = (await IssueAsync(bedo, delivered.TrainingId))[0];
        var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";

        await bedo.PostFormAsync(page, $"/certificates/{Id(certificate.Id)}/revoke", new Dictionary<string, string> { ["reason"] = "  " });
        var html = await bedo.GetPageAsync(page);

        Assert.Contains("Isi alasannya.", html, StringComparison.Ordinal);
        Assert.Null(await App.WithDbAsync(db => db.Certificates.Where(c => c.Id == certificate.Id).Select(c => c.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task Another_partners_certificates_answer_404_and_a_trainer_may_download_but_not_issue()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var certificate = (await IssueAsync(bedo, delivered.TrainingId))[0];
        using var smi = await AsAsync("staff.smi@score.test");
        var training = Id(delivered.TrainingId);

        foreach (var url in new[] { $"/trainings/{training}/certificates", $"/trainings/{training}/certificates/all.pdf", $"/trainings/{training}/certificates/all.zip", $"/certificates/{Id(certificate.Id)}/pdf" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync(url)).StatusCode);
        }
        var token = TestBrowser.TokenIn(await smi.GetPageAsync("/trainings"));
        Assert.Equal(HttpStatusCode.NotFound, (await smi.PostWithTokenAsync($"/certificates/{Id(certificate.Id)}/revoke", new Dictionary<string, string> { ["reason"] = "x" }, token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await smi.PostWithTokenAsync($"/trainings/{training}/certificates/issue", new Dictionary<string, string>(), token)).StatusCode);
        Assert.Null(await App.WithDbAsync(db => db.Certificates.Where(c => c.Id == certificate.Id).Select(c => c.RevokedAt).SingleAsync()));

        using var trainer = await AsAsync("trainer.bedo@score.test");
        Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync($"/certificates/{Id(certificate.Id)}/pdf")).StatusCode);
        var trainerToken = TestBrowser.TokenIn(await trainer.GetPageAsync($"/trainings/{training}/certificates"));
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.PostWithTokenAsync($"/trainings/{training}/certificates/issue", new Dictionary<string, string>(), trainerToken)).StatusCode);
    }

    [Fact]
    public async Task A_planned_training_issues_nothing_even_with_completers()
    {
        // A training whose participants did complete: only its status keeps certificates back.
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        var status = await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == delivered.TrainingId).Select(t => t.Status).SingleAsync());
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == delivered.TrainingId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.Planned)));
        using var bedo = await AsAsync("staff.bedo@score.test");

        Assert.Empty(await IssueAsync(bedo, delivered.TrainingId));

        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == delivered.TrainingId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, status)));
        Assert.NotEmpty(await IssueAsync(bedo, delivered.TrainingId));
    }
}

/// <summary>The verification page with a tight limit, to see guessing refused.</summary>
public sealed class VerifyRateLimitTests(VerifyRateLimitTests.TightLimitApp app) : IClassFixture<VerifyRateLimitTests.TightLimitApp>
{
    public sealed class TightLimitApp : ScoreApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Score:VerifyRequestsPerMinute", "3");
        }
    }

    [Fact]
    public async Task Guessing_codes_is_refused_after_the_limit()
    {
        using var client = app.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/verify/" + new string((char)('A' + i), 20))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
