namespace Score.Web.Domain;

public enum TrainingStatus
{
    Planned = 0,
    ClassroomDone = 1,
    Consultations = 2,
    Completed = 3,
    Cancelled = 4,
}

public enum FundingSource
{
    SelfFunded = 0,
    EnterpriseFees = 1,
    GovernmentSponsor = 2,
    PrivateOrCsrSponsor = 3,
    IloOrDonor = 4,
}

/// <summary>
/// What cost recovery counts: the fees enterprises paid and the money of local sponsors (government, private).
/// ILO and donor money pays for a training but recovers nothing of its cost: it is shown apart.
/// </summary>
public static class CostRecovery
{
    public static bool IsDonorMoney(FundingSource funding) => funding == FundingSource.IloOrDonor;

    public static decimal Recovered(FundingSource funding, decimal fees, decimal sponsor) => fees + (IsDonorMoney(funding) ? 0 : sponsor);

    public static double? Percent(decimal cost, decimal recovered) => cost == 0 ? null : (double)(recovered * 100 / cost);
}

/// <summary>The moves a training's status may make: forward through the cycle, or cancelled before it completes.</summary>
public static class TrainingStatusRules
{
    private static readonly Dictionary<TrainingStatus, TrainingStatus[]> Next = new()
    {
        [TrainingStatus.Planned] = [TrainingStatus.ClassroomDone, TrainingStatus.Cancelled],
        [TrainingStatus.ClassroomDone] = [TrainingStatus.Consultations, TrainingStatus.Planned, TrainingStatus.Cancelled],
        [TrainingStatus.Consultations] = [TrainingStatus.Completed, TrainingStatus.ClassroomDone, TrainingStatus.Cancelled],
        [TrainingStatus.Completed] = [TrainingStatus.Consultations],
        [TrainingStatus.Cancelled] = [TrainingStatus.Planned],
    };

    /// <summary>Trainings whose classroom was held: what "delivered" counts (completion, provinces by venue, planned visits).</summary>
    public static readonly IReadOnlyList<TrainingStatus> Delivered = [TrainingStatus.ClassroomDone, TrainingStatus.Consultations, TrainingStatus.Completed];

    public static IReadOnlyList<TrainingStatus> From(TrainingStatus status) => Next[status];

    public static bool CanMove(TrainingStatus from, TrainingStatus to) => Next[from].Contains(to);
}

/// <summary>The kinds of change a training may take, whoever makes it and from wherever (a page, a phone's outbox, the API).</summary>
public enum TrainingChange
{
    /// <summary>Something the cycle adds: an enterprise enrolled, a classroom day added.</summary>
    NewRecord,

    /// <summary>What happened in the classroom or the enterprise: attendance, a baseline, a visit, the workshop's results.</summary>
    FieldEntry,

    /// <summary>The plan itself: the training's details and status, a day or an enrolment removed, a fee.</summary>
    PlanChange,
}

/// <summary>Why a training takes no change of a kind.</summary>
public enum TrainingRefusal
{
    /// <summary>Approved by a reviewer: its figures count for the programme until a reviewer re-opens it.</summary>
    Locked,

    /// <summary>Completed or cancelled: its cycle takes nothing new.</summary>
    Closed,

    /// <summary>Cancelled: nothing happened in it to record.</summary>
    Cancelled,
}

/// <summary>
/// The one gate for "does this training take this change". Every page, phone and API path asks it, so online and offline agree:
/// <code>
/// change       planned  classroom done  consultations  completed  cancelled  approved (any status)
/// NewRecord    yes      yes             yes            Closed     Closed     Locked
/// FieldEntry   yes      yes             yes            yes        Cancelled  Locked
/// PlanChange   yes      yes             yes            yes        yes        Locked
/// </code>
/// A completed training still takes field entries (a late visit, an attendance mark corrected) until it is approved;
/// a cancelled one takes plan changes, so that it can be moved back to planned.
/// </summary>
public static class TrainingGate
{
    public static TrainingRefusal? Refusal(TrainingStatus status, ReviewState review, TrainingChange change)
    {
        if (ReviewRules.IsLocked(review))
        {
            return TrainingRefusal.Locked;
        }
        return change switch
        {
            TrainingChange.NewRecord when status is TrainingStatus.Completed or TrainingStatus.Cancelled => TrainingRefusal.Closed,
            TrainingChange.FieldEntry when status == TrainingStatus.Cancelled => TrainingRefusal.Cancelled,
            _ => null,
        };
    }

    public static bool Takes(TrainingStatus status, ReviewState review, TrainingChange change) => Refusal(status, review, change) is null;

    /// <summary>The key of the message a page shows for the refusal.</summary>
    public static string MessageKey(TrainingRefusal refusal) => refusal switch
    {
        TrainingRefusal.Locked => "Review.Locked",
        TrainingRefusal.Closed => "Training.Closed",
        _ => "Training.Cancelled",
    };
}

/// <summary>The classroom days a new training starts with: one a day from its planned start, up to its planned end.</summary>
public static class ClassroomPlan
{
    /// <summary>A module is taught in two classroom days.</summary>
    public const int ModuleDays = 2;

    /// <summary>A training has at most this many classroom days: the module's two and one added by hand (a make-up day).</summary>
    public const int MaxDays = 3;

    /// <summary>A new training's classroom days: the module's two, a day apart from the planned start, none past the planned end.</summary>
    public static IReadOnlyList<DateOnly> DaysFor(DateOnly start, DateOnly end) =>
        end < start ? [] : Enumerable.Range(0, Math.Min(end.DayNumber - start.DayNumber + 1, ModuleDays)).Select(start.AddDays).ToList();
}

/// <summary>One delivery of one SCORE module by a partner: classroom days, consultations, a closing workshop.</summary>
public sealed class Training : AuditedEntity
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int ModuleNumber { get; set; }
    public ScoreModule? Module { get; set; }
    public int? VariantId { get; set; }
    public ScoreVariant? Variant { get; set; }
    public string Title { get; set; } = "";
    public int LeadTrainerId { get; set; }
    public TrainerProfile? LeadTrainer { get; set; }
    public List<TrainingCoTrainer> CoTrainers { get; set; } = [];
    public string? Venue { get; set; }
    public string ProvinceCode { get; set; } = "";
    public Province? Province { get; set; }
    public string? City { get; set; }
    public DateOnly PlannedStart { get; set; }
    public DateOnly PlannedEnd { get; set; }
    public FundingSource Funding { get; set; }
    public string? SponsorName { get; set; }
    public decimal TotalCost { get; set; }
    public decimal FeesCollected { get; set; }

    /// <summary>What each enterprise is asked to pay: an enrolment's fee starts from it.</summary>
    public decimal? FeePerEnterprise { get; set; }
    public decimal SponsorContribution { get; set; }
    public TrainingStatus Status { get; set; }
    public DateOnly? WorkshopDate { get; set; }
    public string? WorkshopVenue { get; set; }

    /// <summary>Where the programme's review of this training stands; approved locks it.</summary>
    public ReviewState ReviewState { get; set; }

    /// <summary>The reviewer's last word to the partner: why it was returned or re-opened.</summary>
    public string? ReviewComment { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    public List<Enrolment> Enrolments { get; set; } = [];
    public List<ClassroomDay> Days { get; set; } = [];
    public List<TrainingReview> Reviews { get; set; } = [];

    /// <summary>Why the training takes no change of this kind, or null when it takes it (see <see cref="TrainingGate"/>).</summary>
    public TrainingRefusal? Refuses(TrainingChange change) => TrainingGate.Refusal(Status, ReviewState, change);
}

public sealed class TrainingCoTrainer
{
    public int TrainingId { get; set; }
    public int TrainerId { get; set; }
    public TrainerProfile? Trainer { get; set; }
}

/// <summary>An enterprise taking part in a training, with its fee and its closing-workshop results.</summary>
public sealed class Enrolment : AuditedEntity
{
    public int Id { get; set; }
    public int TrainingId { get; set; }
    public Training? Training { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public decimal? FeePaid { get; set; }
    public List<Participant> Participants { get; set; } = [];
    public DateOnly? BaselineDate { get; set; }

    public bool PresentedAtWorkshop { get; set; }
    public string? Presenters { get; set; }
    public string? ResultsSummary { get; set; }
    public bool? ProductivityImproved { get; set; }
    public decimal? ProductivityChangePercent { get; set; }
    public bool? CostsSaved { get; set; }
    public decimal? CostsSavedRupiah { get; set; }
    public bool? DefectsReduced { get; set; }
    public decimal? DefectsChangePercent { get; set; }
    public bool? EnergySaved { get; set; }
    public decimal? EnergySavedPercent { get; set; }
}

/// <summary>A manager or worker of an enrolled enterprise attending the classroom days.</summary>
public sealed class Participant
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public Enrolment? Enrolment { get; set; }
    public int PersonId { get; set; }
    public EnterprisePerson? Person { get; set; }
    public List<Attendance> Attendance { get; set; } = [];
}

public sealed class ClassroomDay : AuditedEntity
{
    public int Id { get; set; }
    public int TrainingId { get; set; }
    public DateOnly Date { get; set; }
    public string? Venue { get; set; }
    public string? Topic { get; set; }
    /// <summary>Set when attendance was first recorded for the day.</summary>
    public DateTimeOffset? AttendanceTakenAt { get; set; }
}

public sealed class Attendance
{
    public int ParticipantId { get; set; }
    public int ClassroomDayId { get; set; }
    public bool Present { get; set; }
}
