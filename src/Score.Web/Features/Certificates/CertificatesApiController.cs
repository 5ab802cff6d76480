using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Score.Web.Authorization;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Infrastructure.Api;

namespace Score.Web.Features.Certificates;

public enum ApiCertificateStatus
{
    Valid = 1,
    Revoked = 2,
    Replaced = 3,
}

/// <summary>A certificate as printed, with its state and the public address that verifies it.</summary>
public sealed record ApiCertificate(
    int Id, string Serial, CertificateKind Kind, ApiCertificateStatus Status, int PartnerId, int TrainingId, int? EnrolmentId, int? ParticipantId,
    string HolderName, string EnterpriseName, int Module, DateOnly IssuedOn, DateTimeOffset? RevokedAt, string? RevocationReason, int? ReplacedById,
    string VerificationUrl);

/// <summary>Certificates of the trainings the token's user may read (a trainer: the assigned ones).</summary>
[Route("api/v1/certificates")]
[Tags("Certificates")]
public sealed class CertificatesApiController(PartnerScope scope, IOptions<ScoreOptions> options) : ApiControllerBase
{
    [HttpGet("")]
    [ProducesResponseType<ApiPage<ApiCertificate>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List([FromQuery] int? training, [FromQuery] ApiCertificateStatus? status, [FromQuery] CertificateKind? kind,
        [FromQuery] int? year, [FromQuery] string? serial, [FromQuery] string? cursor, [FromQuery] int? limit, CancellationToken ct)
    {
        var certificates = scope.Certificates();
        if (training is { } t)
        {
            certificates = certificates.Where(c => c.TrainingId == t);
        }
        certificates = status switch
        {
            ApiCertificateStatus.Valid => certificates.Where(c => c.RevokedAt == null),
            ApiCertificateStatus.Revoked => certificates.Where(c => c.RevokedAt != null && c.ReplacedById == null),
            ApiCertificateStatus.Replaced => certificates.Where(c => c.RevokedAt != null && c.ReplacedById != null),
            _ => certificates,
        };
        if (kind is { } k)
        {
            certificates = certificates.Where(c => c.Kind == k);
        }
        if (year is { } y)
        {
            certificates = certificates.Where(c => c.Year == y);
        }
        if (!string.IsNullOrWhiteSpace(serial))
        {
            var wanted = serial.Trim();
            certificates = certificates.Where(c => c.Serial == wanted);
        }
        var after = After(cursor);
        var take = Limit(limit);
        return Listed(await Project(certificates.Where(c => c.Id > after).OrderBy(c => c.Id).Take(take + 1)).ToListAsync(ct), take, c => c.Id);
    }

    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiCertificate>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(int id, CancellationToken ct) =>
        await Project(scope.Certificates().Where(c => c.Id == id)).SingleOrDefaultAsync(ct) is { } certificate ? Answer(certificate) : NotFound();

    private IQueryable<ApiCertificate> Project(IQueryable<Certificate> certificates)
    {
        var verify = CertificateCodes.VerificationAddress(options.Value.PublicBaseUrl);
        return certificates.Select(c => new ApiCertificate(
            c.Id, c.Serial, c.Kind,
            c.RevokedAt == null ? ApiCertificateStatus.Valid : c.ReplacedById != null ? ApiCertificateStatus.Replaced : ApiCertificateStatus.Revoked,
            c.PartnerId, c.TrainingId, c.EnrolmentId, c.ParticipantId, c.HolderName, c.EnterpriseName, c.ModuleNumber, c.IssuedOn, c.RevokedAt,
            c.RevocationReason, c.ReplacedById, verify + c.Code));
    }
}
