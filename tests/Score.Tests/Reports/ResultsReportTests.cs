using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Score.Tests.Certificates;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Reports;

/// <summary>
/// The results report over a known small programme: BEDO's training of 2026 (two enterprises of 45 workers in
/// Jawa Tengah, funded by fees) and SMI's of 2025 (funded by ILO; one of its enterprises a micro garment maker
/// of 4 workers in Jawa Timur), with KPIs measured at three enterprises.
/// </summary>
public sealed class ResultsReportTests(ScoreApp app) : DeliveredTrainingTest(app)
{
    private async Task ProgrammeAsync()
    {
        var bedo = await DeliveredAsync(Bedo.Id, BedoTrainer.Id, "Pelatihan BEDO");
        var smiTrainer = await TrainerProfileAsync("trainer.smi@score.test", Smi.Id, 1);
        var smi = await DeliveredAsync(Smi.Id, smiTrainer.Id, "Pelatihan SMI");
        await App.WithDbAsync(async db =>
        {
            await db.Trainings.Where(t => t.Id == bedo.TrainingId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Funding, FundingSource.EnterpriseFees).SetProperty(t => t.TotalCost, 10_000_000m).SetProperty(t => t.FeesCollected, 7_500_000m));
            await db.Trainings.Where(t => t.Id == smi.TrainingId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Funding, FundingSource.IloOrDonor).SetProperty(t => t.TotalCost, 20_000_000m).SetProperty(t => t.SponsorContribution, 16_000_000m).SetProperty(t => t.PlannedStart, new DateOnly(2025, 10, 1)));
            var microId = await db.Enrolments.Where(e => e.Id == smi.EnrolmentB).Select(e => e.EnterpriseId).SingleAsync();
            var micro = await db.Enterprises.SingleAsync(e => e.Id == microId);
            (micro.SectorId, micro.ProvinceCode, micro.RegencyCode, micro.WorkersWomen, micro.WorkersMen) = (2, "35", "35.78", 3, 1);
            micro.DeriveSizeClass();
            var smiA = await db.Enrolments.SingleAsync(e => e.Id == smi.EnrolmentA);
            (smiA.CostsSaved, smiA.CostsSavedRupiah) = (true, 1_500_000m);
            (await db.Enrolments.SingleAsync(e => e.Id == smi.EnrolmentB)).CostsSaved = false;

            var bedoVisit = await db.Consultations.Where(c => c.EnrolmentId == bedo.EnrolmentA).OrderBy(c => c.Date).FirstAsync();
            var smiVisit = await db.Consultations.Where(c => c.EnrolmentId == smi.EnrolmentA).OrderBy(c => c.Date).FirstAsync();
            void Measured(int enrolment, string kpi, decimal baseline, decimal latest, Consultation visit)
            {
                db.KpiValues.Add(new KpiValue { EnrolmentId = enrolment, KpiCode = kpi, Value = baseline, MeasuredOn = new DateOnly(2026, 8, 25) });
                db.KpiValues.Add(new KpiValue { EnrolmentId = enrolment, KpiCode = kpi, Value = latest, MeasuredOn = visit.Date, ConsultationId = visit.Id });
            }
            Measured(bedo.EnrolmentA, "reject_rate", 10, 8, bedoVisit);                 // -20%: fewer rejects, improved
            Measured(bedo.EnrolmentB, "output_per_worker_hour", 5, 4, bedoVisit);      // -20%: less output, not improved
            Measured(smi.EnrolmentA, "reject_rate", 4, 5, smiVisit);                    // +25%: more rejects, not improved
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task The_results_report_gives_outreach_outcomes_sustainability_and_method_exactly_in_pdf()
    {
        await ProgrammeAsync();
        App.Clock.Fixed = new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);
        using var viewer = await AsAsync("viewer@score.test");

        var pdf = await viewer.DownloadAsync("/reports/results?from=&to=");
        await SaveForLookingAsync("results-report.pdf", pdf);
        var text = TextOf(pdf, out var pages);

        Assert.Contains("Laporan hasil", text, StringComparison.Ordinal);
        Assert.Contains("Periode Semua pelatihan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("… –", text, StringComparison.Ordinal);
        // Outreach: the headline figures with their rules, then who and where.
        Assert.Contains("Perusahaan terjangkau 4", text, StringComparison.Ordinal);
        Assert.Contains("Pekerja penerima manfaat 139", text, StringComparison.Ordinal);
        Assert.Contains("Pekerja perempuan 63", text, StringComparison.Ordinal);
        Assert.Contains("Pekerja laki-laki 76", text, StringComparison.Ordinal);
        Assert.Contains("Peserta terlatih 8", text, StringComparison.Ordinal);
        Assert.Contains("Provinsi terjangkau 2", text, StringComparison.Ordinal);
        Assert.Contains("Provinsi menurut tempat pelatihan 1", text, StringComparison.Ordinal);
        Assert.Contains("Provinsi menurut lokasi perusahaan 2", text, StringComparison.Ordinal);
        Assert.Contains("Didanai mitra 50%", text, StringComparison.Ordinal);
        Assert.Contains("Jawa Tengah 3 2", text, StringComparison.Ordinal);
        Assert.Contains("Jawa Timur 1 0", text, StringComparison.Ordinal);
        Assert.Contains("Makanan dan minuman 3 60 75 135", text, StringComparison.Ordinal);
        Assert.Contains("Garmen dan tekstil 1 3 1 4", text, StringComparison.Ordinal);
        Assert.Contains("Mikro 1 3 1 4", text, StringComparison.Ordinal);
        Assert.Contains("Menengah 3 60 75 135", text, StringComparison.Ordinal);
        // Outcomes: KPIs against baseline (rejects fall when improving, output rises), then what the workshops heard.
        Assert.Contains("Tingkat cacat atau tolak 2 1 50% +2,5%", text, StringComparison.Ordinal);
        Assert.Contains("Output per jam kerja 1 0 0% -20,0%", text, StringComparison.Ordinal);
        Assert.Contains("KPI mana pun 3 1 33% –", text, StringComparison.Ordinal);
        Assert.Contains("Produktivitas meningkat 2 2 100%", text, StringComparison.Ordinal);
        Assert.Contains("Biaya dihemat 2 1 50%", text, StringComparison.Ordinal);
        Assert.Contains("Penghematan dilaporkan Rp 1.500.000", text, StringComparison.Ordinal);
        // Sustainability: by year, all partners, then by year and partner.
        // ILO's 16 million paid for the 2025 training and is shown in its own column; it recovers none of the cost.
        Assert.Contains("2025 1 0 0% Rp 20.000.000 Rp 0 Rp 0 Rp 16.000.000 0%", text, StringComparison.Ordinal);
        Assert.Contains("2026 1 1 100% Rp 10.000.000 Rp 7.500.000 Rp 0 Rp 0 75%", text, StringComparison.Ordinal);
        Assert.Contains("Total 2 1 50% Rp 30.000.000 Rp 7.500.000 Rp 0 Rp 16.000.000 25%", text, StringComparison.Ordinal);
        Assert.Contains("2025 SMI 1 0 0%", text, StringComparison.Ordinal);
        Assert.Contains("2026 BEDO 1 1 100%", text, StringComparison.Ordinal);
        // The method, from the rules in force.
        Assert.Contains("Modul 1", text, StringComparison.Ordinal);
        Assert.Contains("sedikitnya 100% hari kelas", text, StringComparison.Ordinal);
        Assert.Contains("3 konsultasi diadakan dalam 90 hari", text, StringComparison.Ordinal);
        Assert.Contains("naik untuk: Output per jam kerja", text, StringComparison.Ordinal);
        Assert.Contains("03/12/2026 09.00 WIB", text, StringComparison.Ordinal);
        Assert.Contains($"Halaman {pages} dari {pages}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_workbook_holds_the_same_tables_as_numbers_in_english()
    {
        await ProgrammeAsync();
        using var viewer = await AsAsync("viewer@score.test");
        await viewer.GetAsync("/?culture=en&ui-culture=en");

        var response = await viewer.GetAsync("/reports/results?format=xlsx");
        var xlsx = await response.Content.ReadAsByteArrayAsync();
        await SaveForLookingAsync("results-report.xlsx", xlsx);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("results-report-programme.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var stream = new MemoryStream(xlsx);
        Assert.Equal(
            ["About", "Headline", "Participants", "Provinces", "Sectors", "Size classes", "KPIs", "Reported outcomes", "Savings", "Funding", "By year", "By year and partner", "Method"],
            MiniExcel.GetSheetNames(stream));
        List<IDictionary<string, object?>> Sheet(string name) =>
            [.. MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>()];
        static double Number(object? value) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

        var headline = Sheet("Headline").ToDictionary(r => (string)r["Figure"]!, r => r["Value"]);
        Assert.Equal(4, Number(headline["Enterprises reached"]));
        Assert.Equal(139, Number(headline["Workers benefited"]));
        Assert.Equal(63, Number(headline["Women workers"]));
        Assert.Equal(8, Number(headline["Participants trained"]));
        Assert.Equal(4, Number(headline["Women participants"]));
        Assert.Equal(2, Number(headline["Provinces covered"]));
        Assert.Equal(100, Number(headline["Productivity improved"]));
        Assert.Equal(50, Number(headline["Costs saved"]));
        Assert.Equal(50, Number(headline["Partner-funded"]));

        var kpis = Sheet("KPIs").ToDictionary(r => (string)r["KPI"]!);
        Assert.Equal([2.0, 1.0, 50.0, 2.5], new[] { "Enterprises measured", "Enterprises improved", "Share", "Median change" }.Select(c => Number(kpis["Defect or reject rate"][c])));
        Assert.Equal(-20, Number(kpis["Output per worker-hour"]["Median change"]));
        Assert.Equal(33.3, Number(kpis["Any KPI"]["Share"]));
        Assert.Null(kpis["Any KPI"]["Median change"]);

        var sectors = Sheet("Sectors").ToDictionary(r => (string)r["Sector"]!);
        Assert.Equal([1.0, 3.0, 1.0, 4.0], new[] { "Enterprises", "Women workers", "Men workers", "Workers" }.Select(c => Number(sectors["Garments and textiles"][c])));

        var years = Sheet("By year").ToDictionary(r => Convert.ToString(r["Year"], System.Globalization.CultureInfo.InvariantCulture)!);
        Assert.Equal(20_000_000, Number(years["2025"]["Total cost"]));
        Assert.Equal(75, Number(years["2026"]["Cost recovery"]));
        Assert.Equal(25, Number(years["Total"]["Cost recovery"]));
        var byPartner = Sheet("By year and partner");
        Assert.Equal(["SMI", "BEDO"], byPartner.Select(r => (string)r["Partner"]!));

        var method = string.Join("\n", Sheet("Method").Select(r => (string)r["Method"]!));
        Assert.Contains("a manager and a worker completed", method, StringComparison.Ordinal);
        Assert.Contains("rising for: Output per worker-hour", method, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partners_results_count_its_own_trainings_and_another_partner_or_a_trainer_gets_404()
    {
        await ProgrammeAsync();
        using var bedo = await AsAsync("staff.bedo@score.test");
        using var smi = await AsAsync("staff.smi@score.test");
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var own = TextOf(await bedo.DownloadAsync("/reports/results"), out _);

        Assert.Contains(Bedo.Name, own, StringComparison.Ordinal);
        Assert.Contains("Perusahaan terjangkau 2", own, StringComparison.Ordinal);
        Assert.Contains("Pekerja penerima manfaat 90", own, StringComparison.Ordinal);
        Assert.DoesNotContain("SMI", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/reports/results?partnerId={Id(Bedo.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync("/reports/results")).StatusCode);
        Assert.DoesNotContain("results-report-form", await trainer.GetPageAsync("/reports"), StringComparison.Ordinal);
        Assert.Contains("results-report-form", await bedo.GetPageAsync("/reports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_programme_users_results_for_a_partner_and_period_leave_the_rest_out()
    {
        await ProgrammeAsync();
        using var viewer = await AsAsync("viewer@score.test");

        var smiOnly = TextOf(await viewer.DownloadAsync($"/reports/results?partnerId={Id(Smi.Id)}"), out _);
        var since2026 = TextOf(await viewer.DownloadAsync("/reports/results?from=2026-01-01"), out _);
        var badPeriod = await viewer.GetPageAsync("/reports/results?from=2026-06-01&to=2026-01-31");

        Assert.Contains("Pekerja penerima manfaat 49", smiOnly, StringComparison.Ordinal);
        Assert.Contains("2025 SMI 1 0 0%", smiOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("BEDO", smiOnly, StringComparison.Ordinal);
        Assert.Contains("Pelatihan yang dimulai sejak 01/01/2026", since2026, StringComparison.Ordinal);
        Assert.Contains("Perusahaan terjangkau 2", since2026, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", since2026, StringComparison.Ordinal);
        Assert.Contains("id=\"results-to-error\">Akhir periode tidak boleh sebelum awalnya.<", badPeriod, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_training_only_planned_in_a_province_has_not_reached_it_by_venue()
    {
        await ProgrammeAsync();
        var planned = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0, title: "Rencana Surabaya");
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == planned.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ProvinceCode, "35")));
        using var viewer = await AsAsync("viewer@score.test");

        var text = TextOf(await viewer.DownloadAsync("/reports/results"), out _);

        Assert.Contains("Pelatihan 3", text, StringComparison.Ordinal);                            // planned, so among the trainings
        Assert.Contains("Provinsi menurut tempat pelatihan 1", text, StringComparison.Ordinal);   // but not held in Jawa Timur
        Assert.Contains("Jawa Timur 1 0", text, StringComparison.Ordinal);
    }
}
