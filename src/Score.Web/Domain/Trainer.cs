namespace Score.Web.Domain;

public enum CertificationLevel
{
    Candidate = 1,
    Trainer = 2,
    ExpertTrainer = 3,
}

/// <summary>A SCORE trainer of a partner, linked to the Trainer account they sign in with.</summary>
public sealed class TrainerProfile : AuditedEntity
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public ApplicationUser? User { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public Sex Sex { get; set; }
    public string? Phone { get; set; }
    public List<TrainerCertification> Certifications { get; set; } = [];

    /// <summary>SHA-256 of the secret in the trainer's calendar feed address; null when there is none (or it was revoked).</summary>
    public string? CalendarFeedHash { get; set; }
    public DateTimeOffset? CalendarFeedCreatedAt { get; set; }
}

/// <summary>A trainer is certified per module: most hold two or three.</summary>
public sealed class TrainerCertification
{
    public int Id { get; set; }
    public int TrainerProfileId { get; set; }
    public int ModuleNumber { get; set; }
    public ScoreModule? Module { get; set; }
    public CertificationLevel Level { get; set; }
    public DateOnly? CertifiedOn { get; set; }
}
