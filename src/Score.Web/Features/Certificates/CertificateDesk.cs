using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Npgsql;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Documents;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Certificates;

/// <summary>
/// Issues, revokes and re-issues the certificates of a training, and renders them. Who completed
/// is decided by the training's completion rules, never chosen by hand.
/// </summary>
public sealed class CertificateDesk(
    ScoreDbContext db, PartnerScope scope, CurrentUser me, TimeProvider clock, TrainingRecords trainings,
    IDocumentRenderer renderer, IOptions<ScoreOptions> options, IStringLocalizer<SharedResource> text)
{
    public const int ReasonMaxLength = 500;

    private IQueryable<Certificate> Visible() =>
        db.Certificates.Where(c => scope.Trainings().Any(t => t.Id == c.TrainingId));

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
                    c.ParticipantId != null || (c.Kind == CertificateKind.Enterprise && c.EnrolmentId != null)),
                c.HolderKey,
            })
            .ToListAsync(ct);
        var holding = certificates.Where(c => c.Row.ReplacedBySerial is null).Select(c => c.HolderKey).ToHashSet();
        var completers = Completers(training);
        return new TrainingCertificates(trainingId, training.Title, training.PartnerId, training.Status, training.CanManage,
            training.ParticipantsCompleted, training.Enrolments.Count(e => e.Completed),
            completers.Count(h => !holding.Contains(h.Key)), [.. certificates.Select(c => c.Row)]);
    }

    /// <summary>Issues a certificate to every completer who holds none for this training yet; null when not found.</summary>
    public async Task<IssueOutcome?> IssueAsync(int trainingId, CancellationToken ct)
    {
        var training = await trainings.LoadAsync(trainingId, ct);
        if (training is null || !training.CanManage)
        {
            return null;
        }
        if (training.Status is TrainingStatus.Planned or TrainingStatus.Cancelled)
        {
            return new IssueOutcome(0, text["Certificate.NotYet"]);
        }
        var holding = await db.Certificates.Where(c => c.TrainingId == trainingId && c.ReplacedById == null)
            .Select(c => c.HolderKey).ToListAsync(ct);
        // Serial numbers follow the order of the list and of the batch PDF.
        var due = Completers(training).Where(h => !holding.Contains(h.Key))
            .OrderBy(h => h.Kind).ThenBy(h => h.Enterprise, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();
        if (due.Count == 0)
        {
            return new IssueOutcome(0, null);
        }
        var snapshot = Snapshot(training);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var year = Today.Year;
        var last = await ReserveSerialsAsync(training.PartnerId, year, due.Count, ct);
        var first = last - due.Count + 1;
        var issued = due.Select((holder, i) => NewCertificate(snapshot, holder, year, first + i)).ToList();
        db.Certificates.AddRange(issued);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new IssueOutcome(0, text["Certificate.IssuedMeanwhile"]);
        }
        return new IssueOutcome(issued.Count, null);
    }

    /// <summary>Revokes a valid certificate with a reason; the training id when done, null when not found.</summary>
    public async Task<(int TrainingId, FieldError? Error)?> RevokeAsync(int certificateId, string? reason, CancellationToken ct)
    {
        var certificate = await Visible().SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        if (certificate is null || !scope.CanChange(certificate.PartnerId))
        {
            return null;
        }
        if (ReasonError(reason) is { } error)
        {
            return (certificate.TrainingId, error);
        }
        if (certificate.RevokedAt is not null)
        {
            return (certificate.TrainingId, new FieldError("", text["Certificate.AlreadyRevoked"]));
        }
        Revoke(certificate, reason!);
        await db.SaveChangesAsync(ct);
        return (certificate.TrainingId, null);
    }

    /// <summary>
    /// Replaces a certificate with a new one (new serial, new code, what it prints read afresh,
    /// such as a corrected name); the old one verifies as replaced.
    /// </summary>
    public async Task<(int TrainingId, FieldError? Error, string? NewSerial)?> ReissueAsync(int certificateId, string? reason, CancellationToken ct)
    {
        var old = await Visible().SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        if (old is null || !scope.CanChange(old.PartnerId))
        {
            return null;
        }
        if (ReasonError(reason) is { } error)
        {
            return (old.TrainingId, error, null);
        }
        if (old.ReplacedById is not null)
        {
            return (old.TrainingId, new FieldError("", text["Certificate.AlreadyReplaced"]), null);
        }
        var snapshot = await SnapshotAsync(old.TrainingId, ct);
        var holder = snapshot.Holders.FirstOrDefault(h => h.Key == old.HolderKey);
        if (holder is null)
        {
            return (old.TrainingId, new FieldError("", text["Certificate.HolderGone"]), null);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (old.RevokedAt is null)
        {
            Revoke(old, reason!);
            await db.SaveChangesAsync(ct);
        }
        var year = Today.Year;
        var replacement = NewCertificate(snapshot, holder, year, await ReserveSerialsAsync(old.PartnerId, year, 1, ct));
        db.Certificates.Add(replacement);
        await db.SaveChangesAsync(ct);
        old.ReplacedById = replacement.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (old.TrainingId, null, replacement.Serial);
    }

    public async Task<(byte[] Pdf, string FileName)?> PdfAsync(int certificateId, CancellationToken ct)
    {
        var certificate = await Visible().AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        return certificate is null ? null : (renderer.RenderCertificates([Spec(certificate)]), certificate.Serial + ".pdf");
    }

    /// <summary>Every valid certificate of a training in one PDF, one page each.</summary>
    public async Task<(byte[] Pdf, string FileName)?> TrainingPdfAsync(int trainingId, CancellationToken ct)
    {
        var certificates = await ValidOfTrainingAsync(trainingId, ct);
        return certificates is null ? null : (renderer.RenderCertificates([.. certificates.Select(Spec)]), FilePrefix(trainingId) + ".pdf");
    }

    /// <summary>Every valid certificate of a training, one PDF file each, in a ZIP.</summary>
    public async Task<(byte[] Zip, string FileName)?> TrainingZipAsync(int trainingId, CancellationToken ct)
    {
        var certificates = await ValidOfTrainingAsync(trainingId, ct);
        if (certificates is null)
        {
            return null;
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
        return (buffer.ToArray(), FilePrefix(trainingId) + ".zip");
    }

    /// <summary>What anyone may learn from a code: no sign-in, no scope, nothing beyond the certificate.</summary>
    public async Task<VerificationResult> VerifyAsync(string code, CancellationToken ct)
    {
        var normalised = CertificateCodes.Normalise(code);
        if (normalised.Length != CertificateCodes.CodeLength)
        {
            return new VerificationResult(VerificationState.Unknown);
        }
        var found = await db.Certificates.AsNoTracking().Where(c => c.Code == normalised)
            .Select(c => new VerificationResult(
                c.ReplacedById != null ? VerificationState.Replaced : c.RevokedAt != null ? VerificationState.Revoked : VerificationState.Valid,
                c.HolderName, c.Kind, c.ModuleNumber, c.ModuleNameEn, c.ModuleNameId, c.PartnerName, c.IssuedOn, c.Serial, c.RevokedAt,
                c.ReplacedBy != null ? c.ReplacedBy.Serial : null))
            .SingleOrDefaultAsync(ct);
        return found ?? new VerificationResult(VerificationState.Unknown);
    }

    public string VerificationUrl(string code) => options.Value.PublicBaseUrl.TrimEnd('/') + "/verify/" + code;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

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

    private FieldError? ReasonError(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? new FieldError("reason", text["Certificate.ReasonRequired"])
        : reason.Length > ReasonMaxLength ? new FieldError("reason", text["Validation.MaxLength", text["Certificate.ReasonName"], ReasonMaxLength])
        : null;

    private void Revoke(Certificate certificate, string reason)
    {
        certificate.RevokedAt = clock.GetUtcNow();
        certificate.RevokedBy = me.AuditName;
        certificate.RevocationReason = reason.Trim();
    }

    private sealed record Holder(string Key, CertificateKind Kind, int EnrolmentId, int? ParticipantId, string Name, string Enterprise);

    private sealed record TrainingSnapshot(
        int TrainingId, int PartnerId, string PartnerName, string PartnerShortName, int Module, string ModuleEn, string ModuleId, string? Variant,
        string Trainer, string Place, DateOnly Start, DateOnly End, IReadOnlyList<Holder> Holders);

    private static List<Holder> Completers(TrainingDetails training) =>
    [
        .. training.Enrolments.SelectMany(e => e.Participants.Where(p => p.Completed)
            .Select(p => new Holder("P" + p.Id, CertificateKind.Participant, e.Id, p.Id, p.FullName, e.Enterprise))),
        .. training.Enrolments.Where(e => e.Completed)
            .Select(e => new Holder("E" + e.Id, CertificateKind.Enterprise, e.Id, null, e.Enterprise, e.Enterprise)),
    ];

    /// <summary>What certificates print about the training and its holders, read now.</summary>
    /// <summary>What the certificates of a training print, from the training as already read: issuing reads it once.</summary>
    private static TrainingSnapshot Snapshot(TrainingDetails training)
    {
        var start = training.Days.Count > 0 ? training.Days[0].Date : training.PlannedStart;
        var end = new[] { training.WorkshopDate, training.Days.Count > 0 ? training.Days[^1].Date : null, start }.Max()!.Value;
        var place = string.Join(", ", new[] { training.City, training.Province }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new TrainingSnapshot(training.Id, training.PartnerId, training.PartnerName, training.Partner, training.Module, training.ModuleEn, training.ModuleId,
            training.Variant, training.LeadTrainer, place, start, end,
            [
                .. training.Enrolments.SelectMany(e => e.Participants.Select(p => new Holder("P" + p.Id, CertificateKind.Participant, e.Id, p.Id, p.FullName, e.Enterprise))),
                .. training.Enrolments.Select(e => new Holder("E" + e.Id, CertificateKind.Enterprise, e.Id, null, e.Enterprise, e.Enterprise)),
            ]);
    }

    private async Task<TrainingSnapshot> SnapshotAsync(int trainingId, CancellationToken ct)
    {
        var training = await db.Trainings.AsNoTracking().Where(t => t.Id == trainingId)
            .Select(t => new
            {
                t.PartnerId, Partner = t.Partner!.Name, t.Partner.ShortName, t.ModuleNumber, t.Module!.NameEn, t.Module.NameId,
                Variant = t.Variant != null ? t.Variant.Name : null, Trainer = t.LeadTrainer!.User!.FullName, t.City, Province = t.Province!.Name,
                t.PlannedStart, t.PlannedEnd, t.WorkshopDate,
                FirstDay = t.Days.Min(d => (DateOnly?)d.Date), LastDay = t.Days.Max(d => (DateOnly?)d.Date),
            })
            .SingleAsync(ct);
        var holders = await db.Enrolments.Where(e => e.TrainingId == trainingId)
            .Select(e => new { e.Id, Enterprise = e.Enterprise!.Name, People = e.Participants.Select(p => new { p.Id, p.Person!.FullName }).ToList() })
            .ToListAsync(ct);
        var start = training.FirstDay ?? training.PlannedStart;
        var end = new[] { training.WorkshopDate, training.LastDay, start }.Max()!.Value;
        var place = string.Join(", ", new[] { training.City, training.Province }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new TrainingSnapshot(trainingId, training.PartnerId, training.Partner, training.ShortName, training.ModuleNumber, training.NameEn, training.NameId,
            training.Variant, training.Trainer, place, start, end,
            [
                .. holders.SelectMany(e => e.People.Select(p => new Holder("P" + p.Id, CertificateKind.Participant, e.Id, p.Id, p.FullName, e.Enterprise))),
                .. holders.Select(e => new Holder("E" + e.Id, CertificateKind.Enterprise, e.Id, null, e.Enterprise, e.Enterprise)),
            ]);
    }

    private Certificate NewCertificate(TrainingSnapshot training, Holder holder, int year, int sequence)
    {
        // Names are read afresh at issue time; the completers' list only says who.
        var current = training.Holders.FirstOrDefault(h => h.Key == holder.Key) ?? holder;
        return new Certificate
        {
            PartnerId = training.PartnerId,
            TrainingId = training.TrainingId,
            Kind = holder.Kind,
            EnrolmentId = holder.EnrolmentId,
            ParticipantId = holder.ParticipantId,
            HolderKey = holder.Key,
            Year = year,
            Sequence = sequence,
            Serial = CertificateCodes.Serial(year, training.PartnerShortName, sequence),
            Code = CertificateCodes.NewVerificationCode(),
            HolderName = current.Name,
            EnterpriseName = current.Enterprise,
            ModuleNumber = training.Module,
            ModuleNameEn = training.ModuleEn,
            ModuleNameId = training.ModuleId,
            PartnerName = training.PartnerName,
            VariantName = training.Variant,
            StartDate = training.Start,
            EndDate = training.End,
            TrainerName = training.Trainer,
            Place = training.Place,
            IssuedOn = Today,
        };
    }

    /// <summary>Takes the next numbers of the partner's yearly series in one statement; returns the last one taken.</summary>
    private async Task<int> ReserveSerialsAsync(int partnerId, int year, int count, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO certificate_counters (partner_id, year, last_sequence) VALUES (@partner, @year, @count)
            ON CONFLICT (partner_id, year) DO UPDATE SET last_sequence = certificate_counters.last_sequence + EXCLUDED.last_sequence
            RETURNING last_sequence
            """, connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        command.Parameters.AddWithValue("partner", partnerId);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("count", count);
        return (int)(await command.ExecuteScalarAsync(ct))!;
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
