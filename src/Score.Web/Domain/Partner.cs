namespace Score.Web.Domain;

/// <summary>A national implementing partner that runs SCORE trainings on its own.</summary>
public sealed class Partner : AuditedEntity
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public int PartnerKindId { get; set; }
    public PartnerKind? Kind { get; set; }
    public bool IsLead { get; set; }
    public string? ProvinceCode { get; set; }
    public Province? Province { get; set; }
    public string? City { get; set; }
    public string? Address { get; set; }
    public string? ContactPerson { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly? CommitmentSignedOn { get; set; }
    public bool IsActive { get; set; } = true;

    public List<ScoreVariant> Variants { get; set; } = [];
}

/// <summary>A partner's own tailoring of SCORE, such as SCORE Plus or SCORE Hospitality Coaching.</summary>
public sealed class ScoreVariant : AuditedEntity
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int? TargetSectorId { get; set; }
    public Sector? TargetSector { get; set; }
    public int[] ModuleNumbers { get; set; } = [];
    public int? TypicalDurationWeeks { get; set; }
}
