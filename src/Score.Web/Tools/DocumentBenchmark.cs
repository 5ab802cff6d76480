using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;
using Score.Web.Data;
using Score.Web.Documents;
using Score.Web.Features.Certificates;
using Score.Web.Features.Reports;
using Score.Web.Localization;

namespace Score.Web.Tools;

/// <summary>
/// How fast certificates and reports come out: certificates rendered one at a time and as
/// batches of 100 on one thread, and the programme report over whatever data the database holds.
/// </summary>
public static class DocumentBenchmark
{
    private static readonly string[] Names =
        ["Ni Luh Ṣaraswatī Dewi", "Siti Nurhaliza Rahmawati", "I Made Agus Wirawan", "Budi Santoso", "Yohanes Émile Siregar", "Dewi Lestari Kusuma"];

    public static async Task RunAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter output)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Create(Cultures.Indonesian);
        var renderer = services.GetRequiredService<IDocumentRenderer>();
        var count = int.Parse(options.GetValueOrDefault("certificates", "1000"), CultureInfo.InvariantCulture);
        var specs = Enumerable.Range(0, 100).Select(Certificate).ToList();

        foreach (var spec in specs.Take(20))
        {
            renderer.RenderCertificates([spec]);
        }
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            bytes += renderer.RenderCertificates([specs[i % specs.Count]]).Length;
        }
        var single = count / watch.Elapsed.TotalSeconds;
        output.WriteLine(Invariant($"Certificates, one PDF each:      {single,8:N0} per second ({count:N0} in {watch.Elapsed.TotalSeconds:N2} s, {bytes / count / 1024.0:N0} KB each, one thread)"));

        var batches = Math.Max(10, count / 100);
        watch.Restart();
        bytes = 0;
        for (var i = 0; i < batches; i++)
        {
            bytes += renderer.RenderCertificates(specs).Length;
        }
        var batched = batches * 100 / watch.Elapsed.TotalSeconds;
        output.WriteLine(Invariant($"Certificates, batches of 100:    {batched,8:N0} per second ({batches:N0} batches in {watch.Elapsed.TotalSeconds:N2} s, {bytes / batches / 1024.0:N0} KB a batch)"));

        var db = services.GetRequiredService<ScoreDbContext>();
        var trainings = await db.Trainings.CountAsync();
        var enterprises = await db.Enterprises.CountAsync();
        var people = await db.People.CountAsync();
        output.WriteLine(Invariant($"Database: {enterprises:N0} enterprises, {people:N0} people, {trainings:N0} trainings"));
        var today = DateOnly.FromDateTime(DateTime.Today);
        await ReportAsync(services, new DateOnly(2017, 1, 1), today, "Programme report, all years:     ", output);
        await ReportAsync(services, today.AddYears(-1), today, "Programme report, last 12 months:", output);
    }

    private static async Task ReportAsync(IServiceProvider services, DateOnly from, DateOnly to, string label, TextWriter output)
    {
        var reports = services.GetRequiredService<ReportDocuments>();
        await reports.ProgrammeAsync(from, to, approvedOnly: false, CancellationToken.None); // warm-up: JIT and query compilation
        var times = new List<double>();
        ReportFile? file = null;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            file = await reports.ProgrammeAsync(from, to, approvedOnly: false, CancellationToken.None);
            times.Add(watch.Elapsed.TotalSeconds);
        }
        var allocated = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 3;
        using var stream = new MemoryStream(file!.Pdf);
        var pages = PdfReader.Open(stream, PdfDocumentOpenMode.Import).PageCount;
        times.Sort();
        using var process = Process.GetCurrentProcess();
        output.WriteLine(Invariant(
            $"{label} {times[1],6:N2} s median of 3 ({pages:N0} pages, {file.Pdf.Length / 1024.0:N0} KB, {allocated / 1048576.0:N0} MB allocated per report, process peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB)"));
    }

    private static CertificateSpec Certificate(int i) => new(
        new("Sertifikat Kelulusan", "Certificate of Completion"),
        new("diberikan kepada", "is awarded to"),
        Names[i % Names.Length],
        "PT Maju Jaya Garmen " + (i + 1).ToString(CultureInfo.InvariantCulture),
        new("atas keikutsertaan dan kelulusan dalam pelatihan kelas SCORE", "for attending and completing the SCORE classroom training"),
        new("Modul 1: Kerja Sama di Tempat Kerja", "Module 1: Workplace Cooperation"),
        [
            (new("Mitra pelaksana", "Implementing partner"), "Business & Export Development Organization"),
            (new("Program", "Programme"), "SCORE Plus"),
            (new("Tanggal", "Dates"), "01/09/2026 – 20/11/2026"),
            (new("Tempat", "Place"), "Kota Semarang, Jawa Tengah"),
            (new("Diterbitkan", "Issued on"), "28/11/2026"),
        ],
        "Rina Kusumawati",
        new("Pelatih utama", "Lead trainer"),
        $"SCORE-2026-BEDO-{i + 1:D5}",
        CertificateCodes.NewVerificationCode(),
        "https://score.example.org/verify/" + CertificateCodes.NewVerificationCode(),
        new("Verifikasi", "Verify"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
