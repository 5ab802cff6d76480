using Score.Web.Domain;

namespace Score.Web.Features.Certificates;

public sealed record CertificateRow(
    int Id, CertificateKind Kind, string Serial, string HolderName, string EnterpriseName, DateOnly IssuedOn, string IssuedBy,
    DateTimeOffset? RevokedAt, string? RevokedBy, string? RevocationReason, string? ReplacedBySerial, bool HolderStillEnrolled)
{
    public bool IsValid => RevokedAt is null;

    /// <summary>Lookups on the public verification page.</summary>
    public int Verifications { get; init; }
}

/// <summary>A training's certificates with who may still receive one.</summary>
public sealed record TrainingCertificates(
    int TrainingId, string TrainingTitle, int PartnerId, TrainingStatus Status, bool CanManage,
    int ParticipantsCompleted, int EnterprisesCompleted, int AwaitingCertificate, IReadOnlyList<CertificateRow> Certificates)
{
    public bool CanIssue => CanManage && Status is not (TrainingStatus.Planned or TrainingStatus.Cancelled) && AwaitingCertificate > 0;
    public int ValidCount => Certificates.Count(c => c.IsValid);

    /// <summary>Issues, revocations and re-issues of these certificates, newest first.</summary>
    public IReadOnlyList<Queries.HistoryRow> History { get; init; } = [];
}

public enum VerificationState
{
    Unknown = 0,
    Valid = 1,
    Revoked = 2,
    Replaced = 3,
}

/// <summary>What the public verification page shows: the state and only what the certificate itself prints.</summary>
public sealed record VerificationResult(
    VerificationState State, string? HolderName = null, CertificateKind Kind = CertificateKind.Participant, int ModuleNumber = 0,
    string? ModuleNameEn = null, string? ModuleNameId = null, string? PartnerName = null, DateOnly? IssuedOn = null, string? Serial = null,
    DateTimeOffset? RevokedAt = null, string? ReplacedBySerial = null);

