using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Visits;

/// <summary>The visit already recorded on the day of a conflicting entry, as the conflict page shows it beside the phone's.</summary>
public sealed record RecordedVisit(int Id, DateOnly Date, string Trainer, string CreatedBy, int DurationMinutes, VisitMode Mode, string? Findings, uint Version);

public sealed record VisitConflictPage(
    int EntryId, int TrainingId, string TrainingTitle, int EnrolmentId, string? Enterprise, string Reason, string SentBy, DateTimeOffset SentAt,
    ConsultationForm Mine, RecordedVisit? Theirs, bool CanKeepMine);

/// <summary>What the user chose on a visit conflict: a whole side, or per field which side's value the recorded visit keeps.</summary>
public sealed record VisitMergeChoice(string Choice, bool MyDuration, bool MyMode, bool MyFindings, uint TheirVersion);

/// <summary>
/// Visits sent from a phone's outbox: recorded once per entry however often they arrive, and kept as a
/// conflict when the enterprise left the training, the training was cancelled or approved, or someone
/// else already recorded a visit to the enterprise that day.
/// </summary>
public sealed class VisitOutbox(ScoreDbContext db, PartnerScope scope, CurrentUser me, VisitDesk desk, OfflineEntries outbox, IStringLocalizer<SharedResource> text)
{
    /// <summary>The answer for the phone, or null when the training is not the user's (404).</summary>
    public async Task<OutboxAnswer?> ReceiveAsync(int trainingId, int enrolmentId, ConsultationForm form, Guid clientId, CancellationToken ct)
    {
        // Whose it is comes first, a replay included: an id sent again to a training the sender cannot reach learns nothing.
        var training = await scope.Trainings().Where(t => t.Id == trainingId)
            .Select(t => new { t.PartnerId, t.Status, t.ReviewState }).SingleOrDefaultAsync(ct);
        if (training is null || !scope.RecordsFieldWork(training.PartnerId))
        {
            return null;
        }
        if (await outbox.FindAsync(clientId, ct) is { } earlier)
        {
            return earlier.TrainingId == trainingId && earlier.TargetId == enrolmentId ? outbox.Replayed(earlier) : null;
        }
        if (!await IsOrWasOfTrainingAsync(trainingId, enrolmentId, ct))
        {
            return null;
        }
        var reason = await ReasonAsync(trainingId, enrolmentId, training.Status, training.ReviewState, form.Date, ct);
        if (reason is not null)
        {
            return await outbox.KeepAsConflictAsync(OfflineEntryKind.Visit, training.PartnerId, trainingId, enrolmentId, clientId, form, reason, ct);
        }
        var outcome = await RecordOnceAsync(trainingId, enrolmentId, form, clientId, training.PartnerId, ct);
        if (outcome.IsNotFound)
        {
            return null;
        }
        if (!outcome.Saved)
        {
            var why = outcome.Errors.Count > 0 ? outcome.Errors[0].Message : outcome.Warnings.Count > 0 ? outcome.Warnings[0] : text["Outbox.NeedsAttention"];
            return new(OutboxAnswer.Invalid, why);
        }
        return new(OutboxAnswer.Saved, text["Visit.Saved"]);
    }

    /// <summary>Records the visit with the id the phone gave it; the same id again finds it instead of recording twice.</summary>
    public async Task<Outcome> RecordOnceAsync(int trainingId, int enrolmentId, ConsultationForm form, Guid clientId, int partnerId, CancellationToken ct)
    {
        if (await outbox.FindAsync(clientId, ct) is not null)
        {
            return Outcome.Done(trainingId);
        }
        var tracked = outbox.Track(OfflineEntryKind.Visit, partnerId, trainingId, enrolmentId, clientId, form);
        try
        {
            var outcome = await desk.RecordAsync(trainingId, enrolmentId, form, ct);
            if (outcome.Saved && db.Entry(tracked).State == EntityState.Added)
            {
                await db.SaveChangesAsync(ct); // the same visit was found already recorded: only the entry's id is new
            }
            if (!outcome.Saved)
            {
                outbox.Forget(tracked);
            }
            return outcome;
        }
        catch (DbUpdateException e) when (OfflineEntries.IsResend(e))
        {
            outbox.Forget(tracked);
            outbox.NoteResend(clientId);
            return Outcome.Done(trainingId);
        }
    }

    public async Task<int?> PartnerOfAsync(int trainingId, CancellationToken ct) =>
        await scope.Trainings().Where(t => t.Id == trainingId).Select(t => (int?)t.PartnerId).SingleOrDefaultAsync(ct);

    public async Task<VisitConflictPage?> ConflictAsync(int trainingId, int enrolmentId, int entryId, CancellationToken ct)
    {
        if (await outbox.ConflictToResolveAsync(entryId, OfflineEntryKind.Visit, trainingId, enrolmentId, ct) is not { } conflict)
        {
            return null;
        }
        var entry = conflict.Entry;
        var mine = OfflineEntries.PayloadOf<ConsultationForm>(entry);
        var enterprise = await db.Enrolments.Where(e => e.Id == enrolmentId && e.TrainingId == trainingId).Select(e => e.Enterprise!.Name).SingleOrDefaultAsync(ct);
        return new VisitConflictPage(entry.Id, trainingId, conflict.TrainingTitle, enrolmentId, enterprise, entry.Reason ?? "", entry.CreatedBy, entry.CreatedAt, mine,
            await TheirsAsync(enrolmentId, mine.Date, entry.CreatedBy, ct), enterprise is not null && conflict.TrainingTakesEntries);
    }

    /// <summary>
    /// "theirs" drops the phone's visit; "mine" records it beside what is there; "merge" writes the chosen
    /// fields of the phone's visit into the one already recorded that day (which must be unchanged since the page showed it).
    /// </summary>
    public async Task<Outcome> ResolveAsync(int trainingId, int enrolmentId, int entryId, VisitMergeChoice choice, CancellationToken ct)
    {
        var entry = await outbox.ResolvableAsync(entryId, OfflineEntryKind.Visit, trainingId, enrolmentId, ct);
        if (entry is null)
        {
            return Outcome.NotFound;
        }
        if (!OfflineEntries.IsChoice(choice.Choice))
        {
            return Outcome.Refused(text["Outbox.ChooseASide"]);
        }
        var mine = OfflineEntries.PayloadOf<ConsultationForm>(entry);
        switch (choice.Choice)
        {
            case "mine":
                outbox.Close(entry, OfflineEntryState.KeptMine);
                // A trainer's phone names no trainer (it is the sender): staff resolving it record it as theirs.
                var trainerId = mine.TrainerId ?? await db.Trainers.Where(t => t.UserId == entry.UserId).Select(t => (int?)t.Id).SingleOrDefaultAsync(ct);
                // The conflict page showed the phone's values: choosing them confirms any warning about them.
                var recorded = await desk.RecordAsync(trainingId, enrolmentId, mine with { ConfirmWarnings = true, TrainerId = trainerId }, ct);
                return recorded.IsNotFound ? Outcome.Refused(text["Outbox.EnterpriseLeft"]) : recorded;
            case "merge":
                var theirs = await TheirsAsync(enrolmentId, mine.Date, entry.CreatedBy, ct);
                if (theirs is null)
                {
                    return Outcome.Refused(text["Outbox.NothingToMerge"]);
                }
                var visit = await db.Consultations.SingleAsync(c => c.Id == theirs.Id, ct);
                db.Entry(visit).Property(c => c.Version).OriginalValue = choice.TheirVersion;
                if (choice.MyDuration && mine.DurationMinutes is { } minutes)
                {
                    visit.DurationMinutes = minutes;
                }
                if (choice.MyMode)
                {
                    visit.Mode = mine.Mode;
                }
                if (choice.MyFindings)
                {
                    visit.Findings = mine.Findings.TrimmedOrNull();
                }
                outbox.Close(entry, OfflineEntryState.Merged);
                return await db.SaveUnlessConflictAsync(text["Outbox.ChangedAgain"], 0, ct) ?? Outcome.Done(trainingId);
            default: // "theirs"
                outbox.Close(entry, OfflineEntryState.KeptTheirs);
                await db.SaveChangesAsync(ct);
                return Outcome.Done(trainingId);
        }
    }

    /// <summary>
    /// Whether the enrolment is the training's, or was and has been removed since the phone saw it (a conflict the
    /// user resolves, found in the audit trail); an enrolment of another training, or an id never seen, is not found.
    /// </summary>
    private async Task<bool> IsOrWasOfTrainingAsync(int trainingId, int enrolmentId, CancellationToken ct)
    {
        var ofTraining = await db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => (int?)e.TrainingId).SingleOrDefaultAsync(ct);
        if (ofTraining is not null)
        {
            return ofTraining == trainingId;
        }
        var id = enrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var removed = await db.AuditEntries.Where(a => a.EntityType == nameof(Enrolment) && a.EntityId == id && a.Action == AuditAction.Deleted)
            .Select(a => a.Changes).ToListAsync(ct);
        var training = trainingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return removed.Any(changes => changes.TryGetValue(nameof(Enrolment.TrainingId), out var values) && values.Length > 0 && values[0] == training);
    }

    private async Task<string?> ReasonAsync(int trainingId, int enrolmentId, TrainingStatus status, ReviewState review, DateOnly? date, CancellationToken ct)
    {
        if (TrainingGate.Refusal(status, review, TrainingChange.FieldEntry) is { } refusal)
        {
            return OfflineEntries.ReasonFor(refusal, text);
        }
        if (!await db.Enrolments.AnyAsync(e => e.Id == enrolmentId && e.TrainingId == trainingId, ct))
        {
            return text["Outbox.EnterpriseLeft"];
        }
        var sender = me.AuditName;
        if (date is { } day && await db.Consultations.AnyAsync(c => c.EnrolmentId == enrolmentId && c.Date == day && c.CreatedBy != sender, ct))
        {
            return text["Outbox.VisitSameDay", Localization.Display.Date(day)];
        }
        return null;
    }

    private async Task<RecordedVisit?> TheirsAsync(int enrolmentId, DateOnly? date, string sender, CancellationToken ct) =>
        date is not { } day ? null : await db.Consultations.Where(c => c.EnrolmentId == enrolmentId && c.Date == day && c.CreatedBy != sender).OrderBy(c => c.Id)
            .Select(c => new RecordedVisit(c.Id, c.Date, c.Trainer!.User!.FullName, c.CreatedBy, c.DurationMinutes, c.Mode, c.Findings, c.Version))
            .FirstOrDefaultAsync(ct);
}
