namespace Score.Web.Domain;

public enum VisitMode
{
    OnSite = 0,
    Remote = 1,
}

public enum ActionStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    Dropped = 3,
}

/// <summary>A trainer's visit to an enrolled enterprise, checking its improvement plan.</summary>
public sealed class Consultation : AuditedEntity
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public Enrolment? Enrolment { get; set; }
    public int TrainerId { get; set; }
    public TrainerProfile? Trainer { get; set; }
    public DateOnly Date { get; set; }
    public int DurationMinutes { get; set; }
    public VisitMode Mode { get; set; }
    public string? Findings { get; set; }
    /// <summary>The people of the Enterprise Improvement Team who took part.</summary>
    public int[] EitAttendeeIds { get; set; } = [];
}

/// <summary>One action of an enterprise's improvement plan, carried from visit to visit.</summary>
public sealed class ImprovementAction : AuditedEntity
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public string Description { get; set; } = "";
    public string? Owner { get; set; }
    public DateOnly? DueDate { get; set; }
    public ActionStatus Status { get; set; }
    public int? RaisedInConsultationId { get; set; }
    public int? LastReviewedInConsultationId { get; set; }
}
