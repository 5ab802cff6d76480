using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Queries;

public sealed record ParticipantRow(int Id, int PersonId, string FullName, Sex Sex, PersonPosition Position, int DaysPresent, bool Completed);

public sealed record EnrolmentRow(int Id, int EnterpriseId, string Enterprise, decimal? FeePaid, IReadOnlyList<ParticipantRow> Participants,
    bool PresentedAtWorkshop, bool Completed, VisitProgress Visits, int OpenActions)
{
    public bool HasManager => Participants.Any(p => CompletionRule.IsManagerSide(p.Position));
    public bool HasWorker => Participants.Any(p => CompletionRule.IsWorkerSide(p.Position));

    /// <summary>Share of participant-days present, over the classroom days held; null before any.</summary>
    public int? AttendancePercent(int classroomDays) =>
        classroomDays == 0 || Participants.Count == 0
            ? null
            : (int)Math.Round(100.0 * Participants.Sum(p => p.DaysPresent) / (Participants.Count * classroomDays), MidpointRounding.AwayFromZero);
}

public sealed record DayRow(int Id, DateOnly Date, string? Venue, string? Topic, int Present, bool AttendanceTaken);

public sealed record TrainingDetails(
    int Id, int PartnerId, string Partner, int Module, string ModuleEn, string ModuleId, string? Variant, string Title,
    string LeadTrainer, IReadOnlyList<string> CoTrainers, string? Venue, string Province, string? City, DateOnly PlannedStart, DateOnly PlannedEnd,
    FundingSource Funding, string? SponsorName, decimal TotalCost, decimal FeesCollected, decimal SponsorContribution, TrainingStatus Status,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy, uint Version)
{
    public string PartnerName { get; init; } = "";
    public DateOnly? WorkshopDate { get; init; }
    public IReadOnlyList<EnrolmentRow> Enrolments { get; init; } = [];
    public IReadOnlyList<DayRow> Days { get; init; } = [];
    public CompletionRules Rules { get; init; } = new(100, true, 3, true, true, 90);
    public IReadOnlyList<TrainingStatus> NextStatuses { get; init; } = [];
    public bool CanAddRecords { get; init; }

    /// <summary>The user may change its records: the partner's staff or an administrator, and not locked by approval.</summary>
    public bool CanManage { get; init; }

    /// <summary>The partner's staff or an administrator, locked or not (certificates are issued after approval too).</summary>
    public bool IsOwner { get; init; }
    public ReviewState ReviewState { get; init; }
    public string? ReviewComment { get; init; }
    public bool IsLocked => ReviewRules.IsLocked(ReviewState);
    public bool CanSubmitForReview => IsOwner && ReviewRules.CanSubmit(Status, ReviewState);
    public IReadOnlyList<HistoryRow> History { get; init; } = [];
    public bool CanRecordVisits { get; init; }

    /// <summary>Whether the user records the days' attendance: the partner's staff and the training's trainers, while it takes field entries.</summary>
    public bool CanTakeAttendance { get; init; }
    public int ParticipantsCompleted => Enrolments.Sum(e => e.Participants.Count(p => p.Completed));

    /// <summary>Certificates not yet issued to people and enterprises who completed (filled by the certificates' reader when it matters).</summary>
    public int CertificatesDue { get; init; }

    public NextStep NextStep => TrainingCycle.NextStepOf(new CycleFacts(
        Status, Enrolments.Count, Days.Count, Days.Count(d => d.AttendanceTaken), Enrolments.Count(e => e.Visits.AllDone),
        WorkshopDate is not null, CertificatesDue));
    public int ParticipantCount => Enrolments.Sum(e => e.Participants.Count);
}

/// <summary>
/// A training as its page, its certificates and its report read it: enrolment, days, attendance,
/// and who completed by the module's rules, in three queries (four once completed, for its certificates) and the history's.
/// </summary>
public sealed class TrainingRecords(ScoreDbContext db, PartnerScope scope, AuditHistory history, TimeProvider clock)
{
    public async Task<TrainingDetails?> LoadAsync(int id, CancellationToken ct)
    {
        var found = await scope.Trainings().Where(t => t.Id == id)
            .Select(t => new { Module = t.Module!, Days = t.Days.OrderBy(d => d.Date).ThenBy(d => d.Id)
                .Select(d => new DayRow(d.Id, d.Date, d.Venue, d.Topic, db.Attendance.Count(a => a.ClassroomDayId == d.Id && a.Present), d.AttendanceTakenAt != null)).ToList(),
                Details = new TrainingDetails(
                t.Id, t.PartnerId, t.Partner!.ShortName, t.ModuleNumber, t.Module!.NameEn, t.Module.NameId, t.Variant != null ? t.Variant.Name : null,
                t.Title, t.LeadTrainer!.User!.FullName, t.CoTrainers.Select(c => c.Trainer!.User!.FullName).ToList(), t.Venue, t.Province!.Name, t.City,
                t.PlannedStart, t.PlannedEnd, t.Funding, t.SponsorName, t.TotalCost, t.FeesCollected, t.SponsorContribution, t.Status,
                t.CreatedAt, t.CreatedBy, t.UpdatedAt, t.UpdatedBy, t.Version)
            {
                PartnerName = t.Partner.Name, WorkshopDate = t.WorkshopDate, ReviewState = t.ReviewState, ReviewComment = t.ReviewComment,
            } })
            .AsNoTracking()
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var details = found.Details;
        var rules = CompletionRules.Of(found.Module);
        var days = found.Days;
        var enrolments = await db.Enrolments.Where(e => e.TrainingId == id).OrderBy(e => e.Enterprise!.Name)
            .Select(e => new
            {
                e.Id, e.EnterpriseId, Enterprise = e.Enterprise!.Name, e.FeePaid, e.PresentedAtWorkshop,
                Visits = db.Consultations.Where(c => c.EnrolmentId == e.Id).Select(c => c.Date).Distinct().Count(),
                OpenActions = db.ImprovementActions.Count(a => a.EnrolmentId == e.Id && (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress)),
                Participants = e.Participants.OrderBy(p => p.Person!.Position).ThenBy(p => p.Person!.FullName)
                    .Select(p => new { p.Id, p.PersonId, p.Person!.FullName, p.Person.Sex, p.Person.Position, DaysPresent = p.Attendance.Count(a => a.Present) })
                    .ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(ct);
        var today = clock.Today();
        var lastDay = days.Count > 0 ? days[^1].Date : (DateOnly?)null;
        var rows = enrolments.Select(e =>
        {
            var participants = e.Participants
                .Select(p => new ParticipantRow(p.Id, p.PersonId, p.FullName, p.Sex, p.Position, p.DaysPresent,
                    CompletionRule.ParticipantCompleted(p.DaysPresent, days.Count, rules.MinAttendancePercent)))
                .ToList();
            var completed = CompletionRule.EnterpriseCompleted(participants.Select(p => new ParticipantOutcome(p.Position, p.Completed)), e.Visits, e.PresentedAtWorkshop, rules);
            var progress = VisitSchedule.Progress(
                VisitSchedule.ExpectsVisits(details.Status) ? lastDay : null,
                e.Visits, rules.PlannedConsultations, rules.WindowDays, today);
            return new EnrolmentRow(e.Id, e.EnterpriseId, e.Enterprise, e.FeePaid, participants, e.PresentedAtWorkshop, completed, progress, e.OpenActions);
        }).ToList();
        var certificatesDue = 0;
        if (details.Status == TrainingStatus.Completed)
        {
            var holding = (await db.Certificates.Where(c => c.TrainingId == id && c.ReplacedById == null).Select(c => c.HolderKey).ToListAsync(ct)).ToHashSet();
            certificatesDue = rows.Sum(e => e.Participants.Count(p => p.Completed && !holding.Contains(CertificateHolder.Participant(p.Id))) + (e.Completed && !holding.Contains(CertificateHolder.Enterprise(e.Id)) ? 1 : 0));
        }
        var isOwner = scope.CanChange(details.PartnerId);
        var canManage = isOwner && TrainingGate.Takes(details.Status, details.ReviewState, TrainingChange.PlanChange);
        return details with
        {
            Enrolments = rows,
            Days = days,
            Rules = rules,
            NextStatuses = canManage ? TrainingStatusRules.From(details.Status) : [],
            CanAddRecords = isOwner && TrainingGate.Takes(details.Status, details.ReviewState, TrainingChange.NewRecord),
            CanManage = canManage,
            IsOwner = isOwner,
            History = (await history.OfRecordsAsync(new Dictionary<string, IReadOnlyCollection<int>>
            {
                [nameof(Training)] = [id],
                [nameof(ClassroomDay)] = [.. days.Select(d => d.Id)],
                [nameof(Enrolment)] = [.. rows.Select(e => e.Id)],
            }, ct)).Named(nameof(Training), new Dictionary<int, string> { [id] = details.Title })
                .Named(nameof(ClassroomDay), days.ToDictionary(d => d.Id, d => Localization.Display.Date(d.Date)))
                .Named(nameof(Enrolment), rows.ToDictionary(e => e.Id, e => e.Enterprise)),
            CertificatesDue = certificatesDue,
            CanRecordVisits = (canManage || scope.IsTrainer) && details.Status is TrainingStatus.ClassroomDone or TrainingStatus.Consultations,
            CanTakeAttendance = scope.RecordsFieldWork(details.PartnerId) && TrainingGate.Takes(details.Status, details.ReviewState, TrainingChange.FieldEntry),
        };
    }
}
