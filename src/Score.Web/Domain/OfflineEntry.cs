namespace Score.Web.Domain;

public enum OfflineEntryKind
{
    Attendance = 1,
    Visit = 2,
}

public enum OfflineEntryState
{
    /// <summary>Saved when it arrived.</summary>
    Applied = 1,

    /// <summary>The record changed on the server since the phone loaded it: kept aside until someone resolves it.</summary>
    Conflict = 2,

    KeptMine = 3,
    KeptTheirs = 4,
    Merged = 5,
}

/// <summary>
/// An entry made on a phone, perhaps offline, and sent from its outbox: attendance of a classroom day
/// or a visit. The id the phone gave it makes a resend the same entry (saved once); one that meets a
/// changed record waits here as a conflict, never overwriting and never dropped.
/// </summary>
public sealed class OfflineEntry : AuditedEntity
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public Guid ClientId { get; set; }
    public OfflineEntryKind Kind { get; set; }
    public int PartnerId { get; set; }
    public int TrainingId { get; set; }

    /// <summary>The classroom day (attendance) or the enrolment (visit) the entry is for.</summary>
    public int TargetId { get; set; }

    /// <summary>What the phone sent, as JSON of the feature's own form.</summary>
    public string Payload { get; set; } = "";

    public OfflineEntryState State { get; set; }

    /// <summary>Why it is a conflict, in the words shown to the user when it arrived.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }

    public bool IsOpen => State == OfflineEntryState.Conflict;
}
