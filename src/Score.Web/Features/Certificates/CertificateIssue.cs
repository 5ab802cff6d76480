using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Npgsql;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Certificates;

/// <summary>
/// Issues, revokes and re-issues the certificates of a training. Who completed is decided by the
/// training's completion rules, never chosen by hand; serials come from the partner's yearly series.
/// </summary>
public sealed class CertificateIssue(
    ScoreDbContext db, PartnerScope scope, CurrentUser me, TimeProvider clock, TrainingRecords trainings, IStringLocalizer<SharedResource> text, ScoreMetrics metrics)
{
    public const int ReasonMaxLength = 500;

    /// <summary>Issues a certificate to every completer who holds none for this training yet; the value is how many.</summary>
    public async Task<Outcome<int>> IssueAsync(int trainingId, CancellationToken ct)
    {
        var training = await trainings.LoadAsync(trainingId, ct);
        if (training is null || !training.IsOwner)
        {
            return Outcome.NotFound;
        }
        if (training.Status is TrainingStatus.Planned or TrainingStatus.Cancelled)
        {
            return Outcome.Refused(text["Certificate.NotYet"]);
        }
        var holding = await db.Certificates.Where(c => c.TrainingId == trainingId && c.ReplacedById == null)
            .Select(c => c.HolderKey).ToListAsync(ct);
        // Serial numbers follow the order of the list and of the batch PDF.
        var due = Completers(training).Where(h => !holding.Contains(h.Key))
            .OrderBy(h => h.Kind).ThenBy(h => h.Enterprise, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();
        if (due.Count == 0)
        {
            return new Outcome<int>(Outcome.Done(trainingId), 0);
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
            return Outcome.Conflict(text["Certificate.IssuedMeanwhile"], trainingId);
        }
        metrics.CertificatesIssued(issued.Count);
        return new Outcome<int>(Outcome.Done(trainingId), issued.Count);
    }

    /// <summary>Revokes a valid certificate with a reason; the outcome's id is its training.</summary>
    public async Task<Outcome> RevokeAsync(int certificateId, string? reason, CancellationToken ct)
    {
        var certificate = await scope.Certificates().SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        if (certificate is null || !scope.CanChange(certificate.PartnerId))
        {
            return Outcome.NotFound;
        }
        if (ReasonError(reason) is { } error)
        {
            return Outcome.Invalid([error], certificate.TrainingId);
        }
        if (certificate.RevokedAt is not null)
        {
            return Outcome.Invalid([new FieldError("", text["Certificate.AlreadyRevoked"])], certificate.TrainingId);
        }
        Revoke(certificate, reason!);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(certificate.TrainingId);
    }

    /// <summary>
    /// Replaces a certificate with a new one (new serial, new code, what it prints read afresh,
    /// such as a corrected name); the old one verifies as replaced.
    /// </summary>
    public async Task<Outcome<string>> ReissueAsync(int certificateId, string? reason, CancellationToken ct)
    {
        var old = await scope.Certificates().SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        if (old is null || !scope.CanChange(old.PartnerId))
        {
            return Outcome.NotFound;
        }
        if (ReasonError(reason) is { } error)
        {
            return Outcome.Invalid([error], old.TrainingId);
        }
        if (old.ReplacedById is not null)
        {
            return Outcome.Invalid([new FieldError("", text["Certificate.AlreadyReplaced"])], old.TrainingId);
        }
        var snapshot = await SnapshotAsync(old.TrainingId, ct);
        var holder = snapshot.Holders.FirstOrDefault(h => h.Key == old.HolderKey);
        if (holder is null)
        {
            return Outcome.Invalid([new FieldError("", text["Certificate.HolderGone"])], old.TrainingId);
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
        metrics.CertificatesIssued(1);
        return new Outcome<string>(Outcome.Done(old.TrainingId), replacement.Serial);
    }

    private DateOnly Today => clock.Today();

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

    internal sealed record Holder(string Key, CertificateKind Kind, int EnrolmentId, int? ParticipantId, string Name, string Enterprise);

    private sealed record TrainingSnapshot(
        int TrainingId, int PartnerId, string PartnerName, string PartnerShortName, int Module, string ModuleEn, string ModuleId, string? Variant,
        string Trainer, string Place, DateOnly Start, DateOnly End, IReadOnlyList<Holder> Holders);

    /// <summary>Who has earned a certificate, by the training's completion rules.</summary>
    internal static List<Holder> Completers(TrainingDetails training) =>
    [
        .. training.Enrolments.SelectMany(e => e.Participants.Where(p => p.Completed)
            .Select(p => new Holder(CertificateHolder.Participant(p.Id), CertificateKind.Participant, e.Id, p.Id, p.FullName, e.Enterprise))),
        .. training.Enrolments.Where(e => e.Completed)
            .Select(e => new Holder(CertificateHolder.Enterprise(e.Id), CertificateKind.Enterprise, e.Id, null, e.Enterprise, e.Enterprise)),
    ];

    /// <summary>What the certificates of a training print, from the training as already read: issuing reads it once.</summary>
    private static TrainingSnapshot Snapshot(TrainingDetails training)
    {
        var start = training.Days.Count > 0 ? training.Days[0].Date : training.PlannedStart;
        var end = new[] { training.WorkshopDate, training.Days.Count > 0 ? training.Days[^1].Date : null, start }.Max()!.Value;
        var place = string.Join(", ", new[] { training.City, training.Province }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new TrainingSnapshot(training.Id, training.PartnerId, training.PartnerName, training.Partner, training.Module, training.ModuleEn, training.ModuleId,
            training.Variant, training.LeadTrainer, place, start, end,
            [
                .. training.Enrolments.SelectMany(e => e.Participants.Select(p => new Holder(CertificateHolder.Participant(p.Id), CertificateKind.Participant, e.Id, p.Id, p.FullName, e.Enterprise))),
                .. training.Enrolments.Select(e => new Holder(CertificateHolder.Enterprise(e.Id), CertificateKind.Enterprise, e.Id, null, e.Enterprise, e.Enterprise)),
            ]);
    }

    /// <summary>What certificates print about the training and its holders, read now (a re-issue prints corrected names).</summary>
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
                .. holders.SelectMany(e => e.People.Select(p => new Holder(CertificateHolder.Participant(p.Id), CertificateKind.Participant, e.Id, p.Id, p.FullName, e.Enterprise))),
                .. holders.Select(e => new Holder(CertificateHolder.Enterprise(e.Id), CertificateKind.Enterprise, e.Id, null, e.Enterprise, e.Enterprise)),
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
}
