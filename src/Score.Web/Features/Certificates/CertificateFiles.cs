using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Documents;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Certificates;

/// <summary>A training's certificates as a list, as PDFs (one, all in one file, all in a ZIP) and as the public verification answer.</summary>
public sealed class CertificateFiles(
    ScoreDbContext db, PartnerScope scope, TrainingRecords trainings, AuditHistory history, IDocumentRenderer renderer, IOptions<ScoreOptions> options,
    IStringLocalizer<SharedResource> text)
{
    public async Task<TrainingCertificates?> ForTrainingAsync(int trainingId, CancellationToken ct)
    {
        var training = await trainings.LoadAsync(trainingId, ct);
        if (training is null)
        {
            return null;
        }
        var certificates = await db.Certificates.Where(c => c.TrainingId == trainingId)
            .OrderBy(c => c.Kind).ThenBy(c => c.EnterpriseName).ThenBy(c => c.HolderName).ThenBy(c => c.Id)
            .Select(c => new
            {
                Row = new CertificateRow(c.Id, c.Kind, c.Serial, c.HolderName, c.EnterpriseName, c.IssuedOn, c.CreatedBy,
                    c.RevokedAt, c.RevokedBy, c.RevocationReason, c.ReplacedBy != null ? c.ReplacedBy.Serial : null,
                    c.ParticipantId != null || (c.Kind == CertificateKind.Enterprise && c.EnrolmentId != null))
                {
                    Verifications = db.CertificateVerifications.Where(v => v.CertificateId == c.Id).Select(v => v.Count).FirstOrDefault(),
                },
                c.HolderKey,
            })
            .ToListAsync(ct);
        var holding = certificates.Where(c => c.Row.ReplacedBySerial is null).Select(c => c.HolderKey).ToHashSet();
        var completers = CertificateIssue.Completers(training);
        return new TrainingCertificates(trainingId, training.Title, training.PartnerId, training.Status, training.IsOwner,
            training.ParticipantsCompleted, training.Enrolments.Count(e => e.Completed),
            completers.Count(h => !holding.Contains(h.Key)), [.. certificates.Select(c => c.Row)])
        {
            History = (await history.OfRecordsAsync(
                new Dictionary<string, IReadOnlyCollection<int>> { [nameof(Certificate)] = [.. certificates.Select(c => c.Row.Id)] }, ct))
                .Named(nameof(Certificate), certificates.ToDictionary(c => c.Row.Id, c => c.Row.Serial)),
        };
    }

    public async Task<(byte[] Pdf, string FileName)?> PdfAsync(int certificateId, CancellationToken ct)
    {
        var certificate = await scope.Certificates().AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        return certificate is null ? null : (renderer.RenderCertificates([Spec(certificate)]), certificate.Serial + ".pdf");
    }

    /// <summary>Every valid certificate of a training in one PDF, one page each.</summary>
    public async Task<Outcome<Download>> TrainingPdfAsync(int trainingId, CancellationToken ct)
    {
        var certificates = await ValidOfTrainingAsync(trainingId, ct);
        if (certificates is not { Count: > 0 })
        {
            return certificates is null ? Outcome.NotFound : Outcome.Refused(text["Certificate.NothingToDownload"]);
        }
        return new Outcome<Download>(Outcome.Done(trainingId),
            new Download(renderer.RenderCertificates([.. certificates.Select(Spec)]), FilePrefix(trainingId) + ".pdf"));
    }

    /// <summary>Every valid certificate of a training, one PDF file each, in a ZIP.</summary>
    public async Task<Outcome<Download>> TrainingZipAsync(int trainingId, CancellationToken ct)
    {
        var certificates = await ValidOfTrainingAsync(trainingId, ct);
        if (certificates is not { Count: > 0 })
        {
            return certificates is null ? Outcome.NotFound : Outcome.Refused(text["Certificate.NothingToDownload"]);
        }
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var certificate in certificates)
            {
                var entry = zip.CreateEntry(certificate.Serial + ".pdf", CompressionLevel.Fastest);
                await using var stream = await entry.OpenAsync(ct);
                await stream.WriteAsync(renderer.RenderCertificates([Spec(certificate)]), ct);
            }
        }
        return new Outcome<Download>(Outcome.Done(trainingId), new Download(buffer.ToArray(), FilePrefix(trainingId) + ".zip"));
    }

    /// <summary>What anyone may learn from a code: no sign-in, no scope, nothing beyond the certificate.</summary>
    public async Task<VerificationResult> VerifyAsync(string code, CancellationToken ct)
    {
        var normalised = CertificateCodes.Normalise(code);
        if (normalised.Length != CertificateCodes.CodeLength)
        {
            return new VerificationResult(VerificationState.Unknown);
        }
        var id = await db.Certificates.Where(c => c.Code == normalised).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
        if (id is { } certificateId)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO certificate_verifications (certificate_id, count) VALUES ({certificateId}, 1) ON CONFLICT (certificate_id) DO UPDATE SET count = certificate_verifications.count + 1", ct);
        }
        var found = await db.Certificates.AsNoTracking().Where(c => c.Code == normalised)
            .Select(c => new VerificationResult(
                c.ReplacedById != null ? VerificationState.Replaced : c.RevokedAt != null ? VerificationState.Revoked : VerificationState.Valid,
                c.HolderName, c.Kind, c.ModuleNumber, c.ModuleNameEn, c.ModuleNameId, c.PartnerName, c.IssuedOn, c.Serial, c.RevokedAt,
                c.ReplacedBy != null ? c.ReplacedBy.Serial : null))
            .SingleOrDefaultAsync(ct);
        return found ?? new VerificationResult(VerificationState.Unknown);
    }

    public string VerificationUrl(string code) => CertificateCodes.VerificationAddress(options.Value.PublicBaseUrl) + code;

    private string FilePrefix(int trainingId) => $"{text["Certificate.FilePrefix"]}-{trainingId}";

    private async Task<List<Certificate>?> ValidOfTrainingAsync(int trainingId, CancellationToken ct)
    {
        if (!await scope.Trainings().AnyAsync(t => t.Id == trainingId, ct))
        {
            return null;
        }
        return await db.Certificates.AsNoTracking().Where(c => c.TrainingId == trainingId && c.RevokedAt == null)
            .OrderBy(c => c.Kind).ThenBy(c => c.EnterpriseName).ThenBy(c => c.HolderName).ThenBy(c => c.Id)
            .ToListAsync(ct);
    }

    private CertificateSpec Spec(Certificate c)
    {
        var participant = c.Kind == CertificateKind.Participant;
        var dates = c.StartDate == c.EndDate ? $"{c.StartDate:dd/MM/yyyy}" : $"{c.StartDate:dd/MM/yyyy} – {c.EndDate:dd/MM/yyyy}";
        return new CertificateSpec(
            BothLanguages.Get(participant ? "Certificate.ParticipantTitle" : "Certificate.EnterpriseTitle"),
            BothLanguages.Get("Certificate.AwardedTo"),
            c.HolderName,
            participant ? c.EnterpriseName : null,
            BothLanguages.Get(participant ? "Certificate.ParticipantStatement" : "Certificate.EnterpriseStatement"),
            new Bilingual(
                BothLanguages.Get("Certificate.ModuleLine", c.ModuleNumber, c.ModuleNameId).Id,
                BothLanguages.Get("Certificate.ModuleLine", c.ModuleNumber, c.ModuleNameEn).En),
            [
                (BothLanguages.Get("Certificate.Partner"), c.PartnerName),
                (BothLanguages.Get("Certificate.Variant"), c.VariantName ?? "SCORE"),
                (BothLanguages.Get("Certificate.Dates"), dates),
                (BothLanguages.Get("Certificate.Place"), c.Place),
                (BothLanguages.Get("Certificate.IssuedOn"), $"{c.IssuedOn:dd/MM/yyyy}"),
            ],
            c.TrainerName,
            BothLanguages.Get("Certificate.LeadTrainer"),
            c.Serial,
            c.Code,
            VerificationUrl(c.Code),
            BothLanguages.Get("Certificate.VerifyCaption"),
            c.RevokedAt is null ? null : BothLanguages.Get("Certificate.RevokedStamp"));
    }
}

/// <summary>A file to send: its bytes and the name the browser saves it under.</summary>
public sealed record Download(byte[] Content, string FileName);
