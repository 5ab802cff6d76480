using Score.Web.Domain;

namespace Score.Web.Features.Trainings;

public sealed record ParticipantRow(int Id, int PersonId, string FullName, Sex Sex, PersonPosition Position, int DaysPresent, bool Completed);

public sealed record EnrolmentRow(int Id, int EnterpriseId, string Enterprise, decimal? FeePaid, IReadOnlyList<ParticipantRow> Participants,
    bool PresentedAtWorkshop, bool Completed, Visits.VisitProgress Visits, int OpenActions)
{
    public bool HasManager => Participants.Any(p => p.Position is PersonPosition.Owner or PersonPosition.Manager);
    public bool HasWorker => Participants.Any(p => p.Position is PersonPosition.Worker or PersonPosition.Supervisor);

    /// <summary>Share of participant-days present, over the classroom days held; null before any.</summary>
    public int? AttendancePercent(int classroomDays) =>
        classroomDays == 0 || Participants.Count == 0
            ? null
            : (int)Math.Round(100.0 * Participants.Sum(p => p.DaysPresent) / (Participants.Count * classroomDays), MidpointRounding.AwayFromZero);
}

public sealed record DayRow(int Id, DateOnly Date, string? Venue, string? Topic, int Present, bool AttendanceTaken);

public sealed record CompletionRules(int MinAttendancePercent, bool NeedsManagerAndWorker, int PlannedConsultations, bool NeedsConsultations, bool NeedsWorkshop, int WindowDays);

public sealed record TrainingDetails(
    int Id, int PartnerId, string Partner, int Module, string ModuleEn, string ModuleId, string? Variant, string Title,
    string LeadTrainer, IReadOnlyList<string> CoTrainers, string? Venue, string Province, string? City, DateOnly PlannedStart, DateOnly PlannedEnd,
    FundingSource Funding, string? SponsorName, decimal TotalCost, decimal FeesCollected, decimal SponsorContribution, TrainingStatus Status,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy, uint Version)
{
    public IReadOnlyList<EnrolmentRow> Enrolments { get; init; } = [];
    public IReadOnlyList<DayRow> Days { get; init; } = [];
    public CompletionRules Rules { get; init; } = new(100, true, 3, true, true, 90);
    public IReadOnlyList<TrainingStatus> NextStatuses { get; init; } = [];
    public IReadOnlyList<Enterprises.SelectOption> EnrolableEnterprises { get; init; } = [];
    public bool CanManage { get; init; }
    public bool CanRecordVisits { get; init; }
    public int ParticipantsCompleted => Enrolments.Sum(e => e.Participants.Count(p => p.Completed));
    public int ParticipantCount => Enrolments.Sum(e => e.Participants.Count);
}

public sealed record AttendanceSheet(int TrainingId, string TrainingTitle, DayRow Day, IReadOnlyList<AttendanceLine> Lines);

public sealed record AttendanceLine(int ParticipantId, string FullName, string Enterprise, PersonPosition Position, Sex Sex, bool Present);

public sealed record ParticipantChoice(int PersonId, string FullName, PersonPosition Position, Sex Sex, bool Chosen);

public sealed record ParticipantPicker(int TrainingId, string TrainingTitle, int EnrolmentId, string Enterprise, IReadOnlyList<ParticipantChoice> People);
