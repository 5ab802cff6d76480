using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Figures;

public sealed record CompletionFigures(int ParticipantsDelivered, int ParticipantsCompleted, int EnrolmentsClosed, int EnrolmentsCompleted, int EnterprisesCompleted)
{
    public double? ParticipantPercent => ParticipantsDelivered == 0 ? null : 100.0 * ParticipantsCompleted / ParticipantsDelivered;
    public double? EnterprisePercent => EnrolmentsClosed == 0 ? null : 100.0 * EnrolmentsCompleted / EnrolmentsClosed;
}

public sealed record KpiChange(string Code, string NameEn, string NameId, int Enterprises, double MedianPercent);

public sealed record QuarterFigures(int Year, int Quarter, int Trainings, int Enterprises, int Participants)
{
    public string Label => $"{Year} Q{Quarter}";
}

public sealed record ModuleFigures(int Module, string NameEn, string NameId, int Trainings, int Enterprises, int Participants, int EnterprisesCompleted);

public sealed record OverdueVisit(int TrainingId, string Training, int EnrolmentId, string Enterprise, int Done, int Planned, DateOnly Due);

public sealed record DayWithoutAttendance(int TrainingId, string Training, int DayId, DateOnly Date);

public sealed record CertificatesDue(int TrainingId, string Training, int People, int Enterprises);

/// <summary>What needs doing at a partner: overdue visits, attendance not taken, completers without a certificate.</summary>
public sealed record PartnerActions(
    int OverdueTotal, IReadOnlyList<OverdueVisit> Overdue, IReadOnlyList<DayWithoutAttendance> DaysWithoutAttendance, IReadOnlyList<CertificatesDue> CertificatesDue)
{
    /// <summary>Trainings the reviewer sent back, with what they said.</summary>
    public IReadOnlyList<ReturnedTraining> Returned { get; init; } = [];
}

public sealed record ReturnedTraining(int TrainingId, string Training, string? Comment);

/// <summary>
/// The delivery figures a dashboard shows beside the headline ones: completion, trainings, enterprises and people per
/// quarter and per module, and what needs a partner's action (overdue visits, attendance not taken, certificates due,
/// trainings returned by a reviewer), all from the figure facts and the filter's trainings.
/// </summary>
public sealed class DeliveryFigureQueries(ScoreDbContext db, ProgrammeFigureQueries figures, TimeProvider clock)
{
    private DateOnly Today => clock.Today();

    /// <summary>Who completed, per module and in all, among the delivered trainings' enrolments.</summary>
    public static async Task<(CompletionFigures Total, Dictionary<int, int> ByModule)> CompletionAsync(IQueryable<EnrolmentFact> facts, CancellationToken ct)
    {
        var delivered = facts.Where(x => TrainingStatusRules.Delivered.Contains(x.Status));
        var rows = await delivered.GroupBy(x => x.ModuleNumber)
            .Select(g => new
            {
                Module = g.Key,
                Participants = g.Sum(x => x.Participants),
                Completers = g.Sum(x => x.Completers),
                Closed = g.Count(x => x.Status == TrainingStatus.Completed),
                ClosedCompleted = g.Count(x => x.Status == TrainingStatus.Completed && x.Completed),
                EnterprisesCompleted = g.Where(x => x.Completed).Select(x => x.EnterpriseId).Distinct().Count(),
            })
            .ToListAsync(ct);
        // An enterprise completing two modules counts once in all.
        var enterprisesCompleted = await delivered.Where(x => x.Completed).Select(x => x.EnterpriseId).Distinct().CountAsync(ct);
        return (new CompletionFigures(rows.Sum(r => r.Participants), rows.Sum(r => r.Completers), rows.Sum(r => r.Closed), rows.Sum(r => r.ClosedCompleted), enterprisesCompleted),
            rows.ToDictionary(r => r.Module, r => r.EnterprisesCompleted));
    }

    public async Task<IReadOnlyList<QuarterFigures>> QuartersAsync(
        FigureFilter f, (IQueryable<EnrolmentFact> Enrolments, IQueryable<ParticipantFact> Participants) facts, CancellationToken ct)
    {
        var active = figures.Trainings(f).Where(t => t.Status != TrainingStatus.Cancelled);
        var trainings = await active.GroupBy(t => new { t.PlannedStart.Year, Quarter = ((t.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Count() }).ToListAsync(ct);
        var enterprises = await facts.Enrolments.Where(x => x.Status != TrainingStatus.Cancelled)
            .GroupBy(x => new { x.PlannedStart.Year, Quarter = ((x.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Select(x => x.EnterpriseId).Distinct().Count() }).ToListAsync(ct);
        var people = await facts.Participants.Where(x => x.Status != TrainingStatus.Cancelled)
            .GroupBy(x => new { x.PlannedStart.Year, Quarter = ((x.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Select(x => x.PersonId).Distinct().Count() }).ToListAsync(ct);
        return
        [
            .. trainings.OrderBy(t => t.Year).ThenBy(t => t.Quarter).Select(t => new QuarterFigures(t.Year, t.Quarter, t.Count,
                enterprises.FirstOrDefault(e => e.Year == t.Year && e.Quarter == t.Quarter)?.Count ?? 0,
                people.FirstOrDefault(p => p.Year == t.Year && p.Quarter == t.Quarter)?.Count ?? 0)),
        ];
    }

    public async Task<IReadOnlyList<ModuleFigures>> ModulesAsync(
        FigureFilter f, (IQueryable<EnrolmentFact> Enrolments, IQueryable<ParticipantFact> Participants) facts, Dictionary<int, int> completed, CancellationToken ct)
    {
        var active = figures.Trainings(f).Where(t => t.Status != TrainingStatus.Cancelled);
        var trainings = await active.GroupBy(t => t.ModuleNumber).Select(g => new { Module = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var enterprises = await facts.Enrolments.Where(x => x.Status != TrainingStatus.Cancelled).GroupBy(x => x.ModuleNumber)
            .Select(g => new { Module = g.Key, Count = g.Select(x => x.EnterpriseId).Distinct().Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var people = await facts.Participants.Where(x => x.Status != TrainingStatus.Cancelled).GroupBy(x => x.ModuleNumber)
            .Select(g => new { Module = g.Key, Count = g.Select(x => x.PersonId).Distinct().Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var modules = await db.Modules.OrderBy(m => m.Number).Select(m => new { m.Number, m.NameEn, m.NameId }).ToListAsync(ct);
        return
        [
            .. modules.Select(m => new ModuleFigures(m.Number, m.NameEn, m.NameId, trainings.GetValueOrDefault(m.Number), enterprises.GetValueOrDefault(m.Number),
                people.GetValueOrDefault(m.Number), completed.GetValueOrDefault(m.Number))),
        ];
    }

    /// <summary>Every module, with the trainings, enterprises and people counted in memory (<see cref="FigureColumns.Delivery"/>).</summary>
    public async Task<IReadOnlyList<ModuleFigures>> ModulesAsync(
        IReadOnlyDictionary<int, (int Trainings, int Enterprises, int People)> counts, IReadOnlyDictionary<int, int> completed, CancellationToken ct)
    {
        var modules = await db.Modules.OrderBy(m => m.Number).Select(m => new { m.Number, m.NameEn, m.NameId }).ToListAsync(ct);
        return
        [
            .. modules.Select(m => new ModuleFigures(m.Number, m.NameEn, m.NameId, counts.GetValueOrDefault(m.Number).Trainings, counts.GetValueOrDefault(m.Number).Enterprises,
                counts.GetValueOrDefault(m.Number).People, completed.GetValueOrDefault(m.Number))),
        ];
    }

    public async Task<PartnerActions> ActionsAsync(FigureFilter f, IQueryable<EnrolmentFact> facts, CancellationToken ct)
    {
        var today = Today;
        var overdue = facts.Overdue(today);
        var overdueRows = await overdue.OrderBy(x => x.PlannedStart).ThenBy(x => x.EnrolmentId).Take(10)
            .Select(x => new
            {
                x.TrainingId, Title = db.Trainings.Where(t => t.Id == x.TrainingId).Select(t => t.Title).First(), x.EnrolmentId,
                Enterprise = db.Enterprises.Where(e => e.Id == x.EnterpriseId).Select(e => e.Name).First(),
                x.VisitDays, x.PlannedConsultations, x.ConsultationWindowDays, LastDay = x.LastClassroomDay!.Value,
            })
            .ToListAsync(ct);
        var days = await db.ClassroomDays
            .Where(d => d.AttendanceTakenAt == null && d.Date < today && figures.Trainings(f).Any(t => t.Id == d.TrainingId && t.Status != TrainingStatus.Cancelled))
            .OrderBy(d => d.Date).Take(10)
            .Select(d => new DayWithoutAttendance(d.TrainingId, db.Trainings.Where(t => t.Id == d.TrainingId).Select(t => t.Title).First(), d.Id, d.Date))
            .ToListAsync(ct);
        var due = await facts.Where(x => TrainingStatusRules.Delivered.Contains(x.Status) && (x.CompletersWithoutCertificate > 0 || x.EnterpriseCertificateDue))
            .GroupBy(x => x.TrainingId)
            .Select(g => new { TrainingId = g.Key, People = g.Sum(x => x.CompletersWithoutCertificate), Enterprises = g.Count(x => x.EnterpriseCertificateDue) })
            .OrderByDescending(x => x.People + x.Enterprises).ThenBy(x => x.TrainingId).Take(10)
            .Select(x => new CertificatesDue(x.TrainingId, db.Trainings.Where(t => t.Id == x.TrainingId).Select(t => t.Title).First(), x.People, x.Enterprises))
            .ToListAsync(ct);
        // Whatever the filter says about approval, what a reviewer returned needs the partner's action.
        var returned = await figures.Trainings(f with { ApprovedOnly = false }).Where(t => t.ReviewState == ReviewState.Returned)
            .OrderBy(t => t.SubmittedAt).Take(10)
            .Select(t => new ReturnedTraining(t.Id, t.Title, t.ReviewComment)).ToListAsync(ct);
        return new PartnerActions(
            await overdue.CountAsync(ct),
            [.. overdueRows.Select(r => new OverdueVisit(r.TrainingId, r.Title, r.EnrolmentId, r.Enterprise, r.VisitDays, r.PlannedConsultations,
                VisitSchedule.DueDates(r.LastDay, r.PlannedConsultations, r.ConsultationWindowDays)[r.VisitDays]))],
            days,
            due)
        {
            Returned = returned,
        };
    }
}
