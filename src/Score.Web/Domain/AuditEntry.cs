namespace Score.Web.Domain;

public enum AuditAction
{
    Created = 0,
    Changed = 1,
    Deleted = 2,
    /// <summary>A sign-in refused (wrong password, unknown or inactive account).</summary>
    SignInFailed = 3,
    /// <summary>An account locked after repeated failed sign-ins.</summary>
    LockedOut = 4,
}

/// <summary>
/// One change to one record, kept for good: who, when, from which address, and each changed
/// field's value before and after (as text). Written by the save itself; never edited.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string By { get; set; } = "";
    public string? Address { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public int? PartnerId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>Field name → [before, after]; a creation has no before, a deletion no after.</summary>
    public Dictionary<string, string?[]> Changes { get; set; } = [];
}
