using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Queries;

public sealed record PersonRow(int Id, string FullName, Sex Sex, PersonPosition Position, string? Phone, string? Email, bool IsEitMember);

public sealed record JourneyStep(
    int Module, string ModuleEn, string ModuleId, int TrainingId, string Training, TrainingStatus Status, DateOnly Start, DateOnly End,
    int Visits, bool Presented, bool? ProductivityImproved, bool? CostsSaved, bool? DefectsReduced, bool? EnergySaved);

public sealed record OpenAction(int TrainingId, string Description, string? Owner, DateOnly? DueDate, ActionStatus Status);

public sealed record EnterpriseDetails(
    int Id, int PartnerId, string Partner, string Name, string? Nib, LegalForm LegalForm, string SectorEn, string SectorId,
    string Province, string? Regency, string? Address, string? Phone, string? Email, string? OwnerName, int? YearFounded,
    int WorkersWomen, int WorkersMen, SalesBand SalesBand, SizeClass SizeClass, double? Latitude, double? Longitude,
    string? Notes, EnterpriseStatus Status, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy,
    DateTimeOffset? DeletedAt, IReadOnlyList<PersonRow> People)
{
    public bool CanChange { get; init; }
    public bool CanMove { get; init; }
    public IReadOnlyList<SelectOption> MoveTargets { get; init; } = [];
    public IReadOnlyList<JourneyStep> Journey { get; init; } = [];
    public IReadOnlyList<OpenAction> OpenActions { get; init; } = [];
    public IReadOnlyList<(int Number, string En, string Id)> ModulesNotTaken { get; init; } = [];
    public IReadOnlyList<HistoryRow> History { get; init; } = [];
}

/// <summary>An enterprise as its page and its progress report read it: people, journey through the modules, open actions.</summary>
public sealed class EnterpriseRecords(ScoreDbContext db, PartnerScope scope, AuditHistory history)
{
    public async Task<EnterpriseDetails?> LoadAsync(int id, CancellationToken ct)
    {
        // Administrators also open deleted enterprises, to restore them.
        var source = scope.IsAdministrator ? db.Enterprises : scope.Enterprises();
        var details = await source.Where(e => e.Id == id)
            .Select(e => new EnterpriseDetails(
                e.Id, e.PartnerId, e.Partner!.ShortName, e.Name, e.Nib, e.LegalForm, e.Sector!.NameEn, e.Sector.NameId,
                e.Province!.Name, e.Regency != null ? e.Regency.Name : null, e.Address, e.Phone, e.Email, e.OwnerName, e.YearFounded,
                e.WorkersWomen, e.WorkersMen, e.SalesBand, e.SizeClass, e.Latitude, e.Longitude, e.Notes, e.Status,
                e.CreatedAt, e.CreatedBy, e.UpdatedAt, e.UpdatedBy, e.DeletedAt,
                e.People.OrderBy(p => p.Position).ThenBy(p => p.FullName)
                    .Select(p => new PersonRow(p.Id, p.FullName, p.Sex, p.Position, p.Phone, p.Email, p.IsEitMember)).ToList()))
            .AsNoTracking()
            .SingleOrDefaultAsync(ct);
        if (details is null)
        {
            return null;
        }
        var enrolments = db.Enrolments.Where(e => e.EnterpriseId == id);
        if (scope.IsTrainer)
        {
            // A trainer sees the part of the journey they were assigned to.
            enrolments = enrolments.Where(e => scope.Trainings().Any(t => t.Id == e.TrainingId));
        }
        var journey = await enrolments
            .OrderBy(e => e.Training!.PlannedStart)
            .Select(e => new JourneyStep(
                e.Training!.ModuleNumber, e.Training.Module!.NameEn, e.Training.Module.NameId, e.TrainingId, e.Training.Title, e.Training.Status,
                e.Training.PlannedStart, e.Training.PlannedEnd, db.Consultations.Where(c => c.EnrolmentId == e.Id).Select(c => c.Date).Distinct().Count(), e.PresentedAtWorkshop,
                e.ProductivityImproved, e.CostsSaved, e.DefectsReduced, e.EnergySaved))
            .ToListAsync(ct);
        var openActions = await db.ImprovementActions
            .Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && enrolments.Any(e => e.Id == a.EnrolmentId))
            .OrderBy(a => a.DueDate)
            .Select(a => new OpenAction(db.Enrolments.Where(e => e.Id == a.EnrolmentId).Select(e => e.TrainingId).First(), a.Description, a.Owner, a.DueDate, a.Status))
            .ToListAsync(ct);
        var taken = journey.Where(j => j.Status != TrainingStatus.Cancelled).Select(j => j.Module).ToHashSet();
        var notTaken = (await db.Modules.OrderBy(m => m.Number).Select(m => new { m.Number, m.NameEn, m.NameId }).ToListAsync(ct))
            .Where(m => !taken.Contains(m.Number)).Select(m => (m.Number, m.NameEn, m.NameId)).ToList();
        return details with
        {
            History = await history.OfAsync(nameof(Enterprise), id, ct),
            Journey = journey,
            OpenActions = openActions,
            ModulesNotTaken = notTaken,
            CanChange = details.DeletedAt is null && scope.CanChange(details.PartnerId),
            CanMove = scope.IsAdministrator && details.DeletedAt is null,
            MoveTargets = scope.IsAdministrator ? await db.PartnerOptionsAsync(ct) : [],
        };
    }
}
