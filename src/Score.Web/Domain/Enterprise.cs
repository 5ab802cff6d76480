namespace Score.Web.Domain;

public enum LegalForm
{
    None = 0,
    Individual = 1,
    Cv = 2,
    Pt = 3,
    Cooperative = 4,
    Other = 5,
}

/// <summary>Annual sales bands aligned with the PP 7/2021 size thresholds.</summary>
public enum SalesBand
{
    Unknown = 0,
    UpTo2Billion = 1,
    From2To15Billion = 2,
    From15To50Billion = 3,
    Over50Billion = 4,
}

public enum EnterpriseStatus
{
    Prospect = 0,
    Active = 1,
    Dropped = 2,
}

public enum Sex
{
    Female = 1,
    Male = 2,
}

public enum PersonPosition
{
    Owner = 1,
    Manager = 2,
    Supervisor = 3,
    Worker = 4,
}

/// <summary>A small or medium enterprise (UMKM) registered and kept by one partner.</summary>
public sealed class Enterprise : AuditedEntity
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The name in lower case, kept by the database (a generated column): what the list's search compares, without folding every name on every search.</summary>
    public string NameFolded { get; private set; } = "";

    /// <summary>Nomor Induk Berusaha: 13 digits, optional, unique across the whole system.</summary>
    public string? Nib { get; set; }
    public LegalForm LegalForm { get; set; }
    public int SectorId { get; set; }
    public Sector? Sector { get; set; }
    public string ProvinceCode { get; set; } = "";
    public Province? Province { get; set; }
    public string? RegencyCode { get; set; }
    public Regency? Regency { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? OwnerName { get; set; }
    public int? YearFounded { get; set; }
    public int WorkersWomen { get; set; }
    public int WorkersMen { get; set; }
    public SalesBand SalesBand { get; set; }
    /// <summary>Derived by <see cref="SizeClassRule"/> whenever workforce or sales change; stored so lists filter on it.</summary>
    public SizeClass SizeClass { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Notes { get; set; }
    public EnterpriseStatus Status { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public string? DeletedBy { get; set; }

    public List<EnterprisePerson> People { get; set; } = [];

    public int Workers => WorkersWomen + WorkersMen;

    public void DeriveSizeClass() => SizeClass = SizeClassRule.For(SalesBand, Workers);
}

/// <summary>A manager or worker of an enterprise who may take part in trainings.</summary>
public sealed class EnterprisePerson : AuditedEntity
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public string FullName { get; set; } = "";
    public Sex Sex { get; set; }
    public PersonPosition Position { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>Member of the Enterprise Improvement Team.</summary>
    public bool IsEitMember { get; set; }
}
