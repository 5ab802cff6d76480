namespace Score.Web.Domain;

/// <summary>One of the five SCORE modules, numbered 1-5.</summary>
public sealed class ScoreModule : IAudited
{
    public int Number { get; set; }
    public string NameEn { get; set; } = "";
    public string NameId { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string DescriptionId { get; set; } = "";

    /// <summary>How many consultations each enterprise should have, within how many days of the last classroom day.</summary>
    public int PlannedConsultations { get; set; } = 3;
    public int ConsultationWindowDays { get; set; } = 90;

    /// <summary>Completion rules, set per module by administrators.</summary>
    public int ParticipantMinAttendancePercent { get; set; } = 100;
    public bool EnterpriseNeedsManagerAndWorker { get; set; } = true;
    public bool EnterpriseNeedsPlannedConsultations { get; set; } = true;
    public bool EnterpriseNeedsWorkshop { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; } = ReferenceSeed;
    public string CreatedBy { get; set; } = "migration";
    public DateTimeOffset UpdatedAt { get; set; } = ReferenceSeed;
    public string UpdatedBy { get; set; } = "migration";

    private static readonly DateTimeOffset ReferenceSeed = new(2021, 12, 8, 0, 0, 0, TimeSpan.Zero);

    public string Name(bool indonesian) => indonesian ? NameId : NameEn;
}

/// <summary>A province with its Kemendagri code (for example "33" for Jawa Tengah).</summary>
public sealed class Province
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}

/// <summary>A regency (kabupaten) or city (kota) with its Kemendagri code (for example "33.74").</summary>
public sealed class Regency
{
    public string Code { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed class Sector
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameId { get; set; } = "";

    public string Name(bool indonesian) => indonesian ? NameId : NameEn;
}

public sealed class PartnerKind
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameId { get; set; } = "";

    public string Name(bool indonesian) => indonesian ? NameId : NameEn;
}
