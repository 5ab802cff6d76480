using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.DemoData;

/// <summary>
/// Trainings in every status for several partners, dated around today so that the screens show
/// a live picture: classes in progress, consultations done and some overdue, workshops held.
/// </summary>
internal sealed class DemoTrainings(ScoreDbContext db, DateOnly today)
{
    private sealed record Plan(string Partner, string TrainerEmail, int Module, string Title, TrainingStatus Status, int StartDaysAgo, int Enterprises, int VisitsDone, FundingSource Funding, string? Sponsor);

    private static readonly Plan[] Plans =
    [
        new("BEDO", "trainer.bedo@score.test", 1, "SCORE Plus Modul 1 · Jakarta Angkatan 7", TrainingStatus.Completed, 150, 5, 3, FundingSource.EnterpriseFees, null),
        new("BEDO", "trainer.bedo@score.test", 2, "SCORE Plus Modul 2 · Tangerang", TrainingStatus.Consultations, 75, 5, 1, FundingSource.PrivateOrCsrSponsor, "PT HM Sampoerna Tbk (CSR)"),
        new("BEDO", "trainer.bedo@score.test", 5, "Modul 5 K3 · Bekasi", TrainingStatus.ClassroomDone, 12, 4, 0, FundingSource.GovernmentSponsor, "Dinas Tenaga Kerja Kota Bekasi"),
        new("BEDO", "trainer2.bedo@score.test", 3, "Modul 3 Produksi Bersih · Semarang", TrainingStatus.Planned, -21, 4, 0, FundingSource.SelfFunded, null),
        new("BEDO", "trainer2.bedo@score.test", 1, "Modul 1 · Serang (dibatalkan)", TrainingStatus.Cancelled, -40, 0, 0, FundingSource.SelfFunded, null),
        new("SMI", "trainer.smi@score.test", 1, "SCORE Creative Modul 1 · Bandung", TrainingStatus.Consultations, 95, 5, 2, FundingSource.EnterpriseFees, null),
        new("SMI", "trainer.smi@score.test", 2, "SCORE Creative Modul 2 · Bekasi", TrainingStatus.Completed, 200, 4, 3, FundingSource.IloOrDonor, "ILO"),
        new("UNPAR", "trainer.unpar@score.test", 1, "SCORE UNPAR Modul 1 · Bandung", TrainingStatus.Completed, 180, 6, 3, FundingSource.GovernmentSponsor, "Kementerian Koperasi dan UKM"),
    ];

    private static readonly string[] Findings =
    [
        "Tim peningkatan sudah rapat mingguan; papan 5R dipasang di area produksi.",
        "Jumlah produk cacat turun setelah pemeriksaan awal shift; pencatatan masih manual.",
        "Pekerja aktif memberi saran; dua saran sudah diterapkan di gudang.",
    ];

    private static readonly string[] Actions =
    [
        "Terapkan 5R di gudang bahan baku", "Rapat harian 10 menit di awal shift", "Kotak saran untuk pekerja",
        "Catat produk cacat per mesin", "Papan informasi kualitas di lantai produksi", "Periksa APD setiap pagi",
    ];

    public async Task LoadAsync(CancellationToken ct)
    {
        var random = new Random(2026);
        foreach (var plan in Plans)
        {
            var partner = await db.Partners.SingleAsync(p => p.ShortName == plan.Partner, ct);
            var trainer = await db.Trainers.SingleAsync(t => t.User!.Email == plan.TrainerEmail, ct);
            var start = today.AddDays(-plan.StartDaysAgo);
            var training = new Training
            {
                PartnerId = partner.Id, ModuleNumber = plan.Module, Title = plan.Title, LeadTrainerId = trainer.Id,
                VariantId = await db.Variants.Where(v => v.PartnerId == partner.Id && v.ModuleNumbers.Contains(plan.Module)).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct),
                Venue = "Ruang pelatihan " + plan.Partner, ProvinceCode = partner.ProvinceCode ?? "31", City = partner.City,
                PlannedStart = start, PlannedEnd = start.AddDays(100), Funding = plan.Funding, SponsorName = plan.Sponsor,
                TotalCost = 4_000_000m * Math.Max(1, plan.Enterprises), FeesCollected = plan.Funding == FundingSource.EnterpriseFees ? 3_000_000m * plan.Enterprises : 0,
                SponsorContribution = plan.Sponsor is null ? 0 : 3_500_000m * Math.Max(1, plan.Enterprises), Status = plan.Status,
            };
            var hasClassroom = plan.Status is TrainingStatus.ClassroomDone or TrainingStatus.Consultations or TrainingStatus.Completed;
            if (hasClassroom)
            {
                training.Days.Add(new ClassroomDay { Date = start, Topic = "Hari 1", AttendanceTakenAt = DateTimeOffset.UtcNow });
                training.Days.Add(new ClassroomDay { Date = start.AddDays(1), Topic = "Hari 2", AttendanceTakenAt = DateTimeOffset.UtcNow });
            }
            var enterprises = await db.Enterprises.Where(e => e.PartnerId == partner.Id && e.Status == EnterpriseStatus.Active
                                                              && !db.Enrolments.Any(en => en.EnterpriseId == e.Id && en.Training!.ModuleNumber == plan.Module))
                .OrderBy(e => e.Id).Take(plan.Enterprises).Include(e => e.People).ToListAsync(ct);
            foreach (var enterprise in enterprises)
            {
                var managers = enterprise.People.Where(p => p.Position is PersonPosition.Owner or PersonPosition.Manager).Take(2);
                var workers = enterprise.People.Where(p => p.Position is PersonPosition.Worker or PersonPosition.Supervisor).Take(2);
                training.Enrolments.Add(new Enrolment
                {
                    EnterpriseId = enterprise.Id,
                    FeePaid = plan.Funding == FundingSource.EnterpriseFees ? 3_000_000m : null,
                    Participants = managers.Concat(workers).Select(p => new Participant { PersonId = p.Id }).ToList(),
                });
            }
            db.Trainings.Add(training);
            await db.SaveChangesAsync(ct);
            AddBaselines(training, start, random);
            if (hasClassroom)
            {
                AddAttendance(training, random);
                AddVisits(training, trainer.Id, plan.VisitsDone, random);
            }
            if (plan.Status == TrainingStatus.Completed)
            {
                AddWorkshop(training, random);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    private void AddBaselines(Training training, DateOnly start, Random random)
    {
        var items = ReferenceData.Checklist.Where(i => i.ModuleNumber == training.ModuleNumber).ToList();
        foreach (var enrolment in training.Enrolments)
        {
            enrolment.BaselineDate = start.AddDays(-14);
            db.ChecklistAnswers.AddRange(items.Select(i => new ChecklistAnswer { EnrolmentId = enrolment.Id, ChecklistItemId = i.Id, InPlace = random.Next(3) == 0 }));
            db.KpiValues.Add(new KpiValue { EnrolmentId = enrolment.Id, KpiCode = "reject_rate", Value = random.Next(4, 15), Period = "bulan lalu", MeasuredOn = start.AddDays(-14) });
            db.KpiValues.Add(new KpiValue { EnrolmentId = enrolment.Id, KpiCode = "suggestions_made", Value = random.Next(0, 4), Period = "bulan lalu", MeasuredOn = start.AddDays(-14) });
            db.KpiValues.Add(new KpiValue { EnrolmentId = enrolment.Id, KpiCode = "absenteeism", Value = random.Next(3, 12), Period = "bulan lalu", MeasuredOn = start.AddDays(-14) });
        }
    }

    private void AddAttendance(Training training, Random random)
    {
        foreach (var participant in training.Enrolments.SelectMany(e => e.Participants))
        {
            foreach (var day in training.Days)
            {
                db.Attendance.Add(new Attendance { ClassroomDayId = day.Id, ParticipantId = participant.Id, Present = random.Next(12) > 0 });
            }
        }
    }

    private void AddVisits(Training training, int trainerId, int visits, Random random)
    {
        var lastDay = training.Days.Max(d => d.Date);
        foreach (var enrolment in training.Enrolments)
        {
            var done = Math.Min(visits, enrolment.EnterpriseId % 4 == 0 ? Math.Max(0, visits - 1) : visits);
            for (var v = 0; v < done; v++)
            {
                var consultation = new Consultation
                {
                    EnrolmentId = enrolment.Id, TrainerId = trainerId, Date = lastDay.AddDays(25 + (v * 30) + random.Next(5)),
                    DurationMinutes = 90 + (30 * random.Next(3)), Mode = random.Next(5) == 0 ? VisitMode.Remote : VisitMode.OnSite,
                    Findings = Findings[v % Findings.Length],
                };
                db.Consultations.Add(consultation);
                db.ImprovementActions.Add(new ImprovementAction
                {
                    EnrolmentId = enrolment.Id, Description = Actions[(enrolment.EnterpriseId + v) % Actions.Length], Owner = "Tim peningkatan",
                    DueDate = consultation.Date.AddDays(30), Status = v < done - 1 ? ActionStatus.Done : ActionStatus.InProgress,
                });
            }
        }
    }

    private static void AddWorkshop(Training training, Random random)
    {
        training.WorkshopDate = training.Days.Max(d => d.Date).AddDays(100);
        training.WorkshopVenue = training.Venue;
        foreach (var enrolment in training.Enrolments)
        {
            enrolment.PresentedAtWorkshop = random.Next(6) > 0;
            enrolment.Presenters = enrolment.PresentedAtWorkshop ? "Manajer produksi dan perwakilan pekerja" : null;
            enrolment.ResultsSummary = enrolment.PresentedAtWorkshop ? "Area kerja lebih rapi, produk cacat berkurang, pekerja lebih aktif memberi saran." : null;
            // About three in four report higher productivity and about two in three cost savings, as at the handover.
            enrolment.ProductivityImproved = random.Next(4) > 0;
            enrolment.ProductivityChangePercent = enrolment.ProductivityImproved == true ? random.Next(5, 30) : null;
            enrolment.CostsSaved = random.Next(3) > 0;
            enrolment.CostsSavedRupiah = enrolment.CostsSaved == true ? random.Next(2, 40) * 500_000m : null;
            enrolment.DefectsReduced = random.Next(2) > 0;
            enrolment.DefectsChangePercent = enrolment.DefectsReduced == true ? random.Next(5, 50) : null;
            enrolment.EnergySaved = random.Next(3) == 0;
            enrolment.EnergySavedPercent = enrolment.EnergySaved == true ? random.Next(3, 20) : null;
        }
    }
}
