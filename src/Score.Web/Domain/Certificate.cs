namespace Score.Web.Domain;

public enum CertificateKind
{
    Participant = 0,
    Enterprise = 1,
}

/// <summary>How a certificate names its holder, so that one holder has at most one valid certificate per training.</summary>
public static class CertificateHolder
{
    public static string Participant(int participantId) => "P" + participantId;

    public static string Enterprise(int enrolmentId) => "E" + enrolmentId;
}

/// <summary>
/// A certificate as issued: what it says is kept as printed, so that later edits to a name or a
/// training do not change a document already handed out. Re-issuing makes a new certificate and
/// marks this one as replaced.
/// </summary>
public sealed class Certificate : AuditedEntity
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public int TrainingId { get; set; }
    public Training? Training { get; set; }
    public CertificateKind Kind { get; set; }
    public int? EnrolmentId { get; set; }
    public int? ParticipantId { get; set; }

    /// <summary>"P{participant id}" or "E{enrolment id}": a holder has at most one valid certificate per training.</summary>
    public string HolderKey { get; set; } = "";

    public string Serial { get; set; } = "";
    public int Year { get; set; }
    public int Sequence { get; set; }

    /// <summary>Random, printed on the certificate and in its QR code; never derived from the serial.</summary>
    public string Code { get; set; } = "";

    public string HolderName { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public int ModuleNumber { get; set; }
    public string ModuleNameEn { get; set; } = "";
    public string ModuleNameId { get; set; } = "";
    public string PartnerName { get; set; } = "";
    public string? VariantName { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string TrainerName { get; set; } = "";
    public string Place { get; set; } = "";
    public DateOnly IssuedOn { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public string? RevocationReason { get; set; }
    public int? ReplacedById { get; set; }
    public Certificate? ReplacedBy { get; set; }

    public bool IsValid => RevokedAt is null;
}

/// <summary>The last serial number given by a partner in a year.</summary>
public sealed class CertificateCounter
{
    public int PartnerId { get; set; }
    public int Year { get; set; }
    public int LastSequence { get; set; }
}

/// <summary>
/// How many times a certificate was looked up on the public verification page: a count only, no
/// visitor data. Kept apart from the certificate so a lookup is not a change of the record.
/// </summary>
public sealed class CertificateVerificationCount
{
    public int CertificateId { get; set; }
    public int Count { get; set; }
}
