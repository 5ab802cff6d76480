using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Certificates;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Reports;

public sealed class ReportTests(ScoreApp app) : DeliveredTrainingTest(app)
{
    [Fact]
    public async Task The_training_report_shows_enrolment_attendance_consultations_outcomes_and_completion_with_page_footer()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
        using var bedo = await AsAsync("staff.bedo@score.test");

        var pdf = await bedo.DownloadAsync($"/reports/trainings/{Id(delivered.TrainingId)}");
        await SaveForLookingAsync("training-report.pdf", pdf);
        var text = TextOf(pdf, out var pages);

        Assert.Contains("Laporan pelatihan", text, StringComparison.Ordinal);
        Assert.Contains("Modul Satu Semarang", text, StringComparison.Ordinal);
        foreach (var name in new[] { delivered.ManagerA, delivered.WorkerA, delivered.ManagerB, delivered.WorkerB })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
        // Key figures: enterprises, participants (women / men), attendance (7 of 8 participant-days), visits done of planned.
        Assert.Contains("2 4 (2 / 2) 88% 3 / 6", text, StringComparison.Ordinal);
        Assert.Contains("Kehadiran", text, StringComparison.Ordinal);
        Assert.Contains("1 / 2", text, StringComparison.Ordinal);            // B's worker missed a day
        Assert.Contains("Ya (12,0%)", text, StringComparison.Ordinal);       // A's productivity outcome
        Assert.Contains("Lokakarya penutup: 20/11/2026", text, StringComparison.Ordinal);
        Assert.Contains($"Halaman 1 dari {pages}", text, StringComparison.Ordinal);
        Assert.Contains("staff.bedo@score.test", text, StringComparison.Ordinal);
        Assert.Contains("27/11/2026", text, StringComparison.Ordinal);

        await bedo.GetAsync("/?culture=en&ui-culture=en");
        var english = TextOf(await bedo.DownloadAsync($"/reports/trainings/{Id(delivered.TrainingId)}"), out _);
        Assert.Contains("Training report", english, StringComparison.Ordinal);
        Assert.Contains("Attendance", english, StringComparison.Ordinal);
        Assert.Contains("Yes (12.0%)", english, StringComparison.Ordinal);
        Assert.Contains($"Page 1 of {pages}", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_enterprise_progress_report_compares_baseline_with_the_latest_kpis_and_lists_actions()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        var enterpriseId = await App.WithDbAsync(async db =>
        {
            var visits = await db.Consultations.Where(c => c.EnrolmentId == delivered.EnrolmentA).OrderBy(c => c.Date).ToListAsync();
            db.KpiValues.AddRange(
                new KpiValue { EnrolmentId = delivered.EnrolmentA, KpiCode = "reject_rate", Value = 8, MeasuredOn = new DateOnly(2026, 8, 20) },
                new KpiValue { EnrolmentId = delivered.EnrolmentA, KpiCode = "reject_rate", Value = 6, MeasuredOn = visits[0].Date, ConsultationId = visits[0].Id },
                new KpiValue { EnrolmentId = delivered.EnrolmentA, KpiCode = "reject_rate", Value = 5, MeasuredOn = visits[2].Date, ConsultationId = visits[2].Id });
            db.ImprovementActions.Add(new ImprovementAction { EnrolmentId = delivered.EnrolmentA, Description = "Rapat harian 10 menit", Owner = "Bu Siti", Status = ActionStatus.InProgress });
            await db.SaveChangesAsync();
            return await db.Enrolments.Where(e => e.Id == delivered.EnrolmentA).Select(e => e.EnterpriseId).SingleAsync();
        });
        using var bedo = await AsAsync("staff.bedo@score.test");

        var pdf = await bedo.DownloadAsync($"/reports/enterprises/{Id(enterpriseId)}");
        await SaveForLookingAsync("enterprise-report.pdf", pdf);
        var text = TextOf(pdf, out _);

        Assert.Contains("Laporan kemajuan perusahaan", text, StringComparison.Ordinal);
        Assert.Contains("UD Maju A", text, StringComparison.Ordinal);
        Assert.Contains("Tingkat cacat atau tolak", text, StringComparison.Ordinal);
        Assert.Contains("8,00 (20/08/2026)", text, StringComparison.Ordinal);
        Assert.Contains("5,00 (03/10/2026)", text, StringComparison.Ordinal);
        Assert.Contains("-3,00 (-37,5%)", text, StringComparison.Ordinal);
        Assert.Contains("Rapat harian 10 menit", text, StringComparison.Ordinal);
        Assert.Contains("Bu Siti", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partner_report_counts_the_period_by_module_status_sex_position_province_funding_and_outcome()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == delivered.TrainingId).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Funding, FundingSource.EnterpriseFees).SetProperty(t => t.TotalCost, 10_000_000m).SetProperty(t => t.FeesCollected, 7_500_000m)));
        var outside = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, title: "Tahun Lalu");
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == outside.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.PlannedStart, new DateOnly(2025, 3, 1))));
        using var bedo = await AsAsync("staff.bedo@score.test");

        var pdf = await bedo.DownloadAsync("/reports/partner?from=2026-01-01&to=2026-12-31");
        await SaveForLookingAsync("partner-report.pdf", pdf);
        var text = TextOf(pdf, out _);

        Assert.Contains("Laporan mitra", text, StringComparison.Ordinal);
        Assert.Contains(Bedo.Name, text, StringComparison.Ordinal);
        // Key figures: trainings, enterprises, workers benefited (their workforce, 20 women and 25 men each), participants (women / men);
        // then provinces, visits, partner-funded share, cost recovery; then savings.
        Assert.Contains("1 2 90 (40 / 50) 4 (2 / 2)", text, StringComparison.Ordinal);
        Assert.Contains("1 3 / 6 100% 75%", text, StringComparison.Ordinal);
        Assert.Contains("Manajer 2 0 2", text, StringComparison.Ordinal);
        Assert.Contains("Pekerja 0 2 2", text, StringComparison.Ordinal);
        Assert.Contains("M1 0 0 1 0 0", text, StringComparison.Ordinal);
        Assert.Contains("Biaya dari perusahaan 1 100% Rp 10.000.000 Rp 7.500.000 Rp 0", text, StringComparison.Ordinal);
        Assert.Contains("Produktivitas meningkat 1 1 100%", text, StringComparison.Ordinal);
        Assert.Contains("Jawa Tengah 2 1", text, StringComparison.Ordinal);
        Assert.Contains("Modul Satu Semarang", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tahun Lalu", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_programme_report_sets_partners_side_by_side_and_is_for_programme_users_only()
    {
        await DeliveredAsync(Bedo.Id, BedoTrainer.Id, "Pelatihan BEDO");
        var smiTrainer = await TrainerProfileAsync("trainer.smi@score.test", Smi.Id, 1);
        await DeliveredAsync(Smi.Id, smiTrainer.Id, "Pelatihan SMI");
        using var viewer = await AsAsync("viewer@score.test");
        var period = "from=2026-01-01&to=2026-12-31";

        var pdf = await viewer.DownloadAsync("/reports/programme?" + period);
        await SaveForLookingAsync("programme-report.pdf", pdf);
        var text = TextOf(pdf, out var pages);

        Assert.Contains("Laporan program", text, StringComparison.Ordinal);
        Assert.Contains("2 4 180 (80 / 100) 8 (4 / 4)", text, StringComparison.Ordinal);
        Assert.Contains("BEDO 1 2 2 / 2 3 / 6", text, StringComparison.Ordinal);
        Assert.Contains("SMI 1 2 2 / 2 3 / 6", text, StringComparison.Ordinal);
        Assert.Contains("Total 2 4 4 / 4 6 / 12", text, StringComparison.Ordinal);
        Assert.Contains("Pelatihan SMI", text, StringComparison.Ordinal);
        Assert.Contains($"Halaman {pages} dari {pages}", text, StringComparison.Ordinal);

        using var bedo = await AsAsync("staff.bedo@score.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await bedo.GetAsync("/reports/programme?" + period)).StatusCode);
    }

    [Fact]
    public async Task Another_partners_reports_answer_404()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        var enterpriseId = await App.WithDbAsync(db => db.Enrolments.Where(e => e.Id == delivered.EnrolmentA).Select(e => e.EnterpriseId).SingleAsync());
        using var smi = await AsAsync("staff.smi@score.test");

        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/reports/trainings/{Id(delivered.TrainingId)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/reports/enterprises/{Id(enterpriseId)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/reports/partner?partnerId={Id(Bedo.Id)}&from=2026-01-01&to=2026-12-31")).StatusCode);
        var own = TextOf(await smi.DownloadAsync("/reports/partner?from=2026-01-01&to=2026-12-31"), out _);
        Assert.DoesNotContain("Modul Satu Semarang", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused_at_the_field_and_keeps_the_dates()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await bedo.GetAsync("/reports/partner?from=2026-06-01&to=2026-01-31");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Akhir periode tidak boleh sebelum awalnya.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-06-01\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-01-31\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_page_offers_each_role_its_reports()
    {
        using var viewer = await AsAsync("viewer@score.test");
        using var bedo = await AsAsync("staff.bedo@score.test");
        using var trainer = await AsAsync("trainer.bedo@score.test");

        Assert.Contains("programme-report-form", await viewer.GetPageAsync("/reports"), StringComparison.Ordinal);
        var staffPage = await bedo.GetPageAsync("/reports");
        Assert.Contains("partner-report-form", staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain("programme-report-form", staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain("partner-report-form", await trainer.GetPageAsync("/reports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_programme_report_without_dates_says_so_at_the_fields()
    {
        using var viewer = await AsAsync("viewer@score.test");

        var html = await viewer.GetPageAsync("/reports/programme?from=&to=2026-01-31");

        Assert.Contains("id=\"programme-from-error\">Dari wajib diisi.<", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-01-31\"", html, StringComparison.Ordinal);
    }
}
