namespace Score.Web.Domain;

/// <summary>A record that remembers who created it and who last changed it, and when.</summary>
public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }
    string CreatedBy { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    string UpdatedBy { get; set; }
}

public abstract class AuditedEntity : IAudited
{
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>PostgreSQL's xmin, used as an optimistic concurrency token.</summary>
    public uint Version { get; set; }
}
