using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Infrastructure;

/// <summary>What a phone's outbox is told about an entry it sent: saved, kept as a conflict, or to be corrected on its form.</summary>
public sealed record OutboxAnswer(string State, string Message, string? Url = null)
{
    public const string Saved = "sent";
    public const string Conflict = "conflict";
    public const string Invalid = "attention";
}

/// <summary>An open conflict the user may resolve, with the training it belongs to and whether that training still takes field entries.</summary>
public sealed record ConflictToResolve(OfflineEntry Entry, string TrainingTitle, bool TrainingTakesEntries);

/// <summary>
/// Entries sent from a phone's outbox (attendance, visits): the id the phone made finds a resend, so an
/// entry is saved once however often it arrives; one that meets a changed record is kept as a conflict
/// for its sender and the partner's staff to resolve.
/// </summary>
public sealed class OfflineEntries(
    ScoreDbContext db, CurrentUser me, PartnerScope scope, TimeProvider clock, IStringLocalizer<SharedResource> text, ILogger<OfflineEntries> logger)
{
    /// <summary>
    /// The header the outbox sends with every entry: the answer is JSON for it, not a page. "form" when the
    /// user is waiting on the form (the next page then shows the outcome), "1" when sent in the background.
    /// </summary>
    public const string Header = "X-Score-Outbox";

    public static bool IsOutboxSend(HttpRequest request) => request.Headers[Header] is ["1"] or ["form"];

    public async Task<OfflineEntry?> FindAsync(Guid clientId, CancellationToken ct) =>
        me.Id is { } userId ? await db.OfflineEntries.AsNoTracking().SingleOrDefaultAsync(e => e.UserId == userId && e.ClientId == clientId, ct) : null;

    /// <summary>The answer given when the entry first arrived, for a resend of it.</summary>
    public OutboxAnswer Replayed(OfflineEntry earlier) => earlier.State == OfflineEntryState.Conflict
        ? new(OutboxAnswer.Conflict, earlier.Reason ?? text["Outbox.ConflictKept"], ConflictUrl(earlier))
        : new(OutboxAnswer.Saved, text["Outbox.AlreadySaved"]);

    /// <summary>Adds the entry to the unit of work of the save it comes with, so both are committed together or neither.</summary>
    public OfflineEntry Track<T>(OfflineEntryKind kind, int partnerId, int trainingId, int targetId, Guid clientId, T payload,
        OfflineEntryState state = OfflineEntryState.Applied, string? reason = null)
    {
        var entry = new OfflineEntry
        {
            UserId = me.Id ?? "", ClientId = clientId, Kind = kind, PartnerId = partnerId, TrainingId = trainingId, TargetId = targetId,
            Payload = JsonSerializer.Serialize(payload), State = state, Reason = reason,
        };
        db.OfflineEntries.Add(entry);
        return entry;
    }

    /// <summary>Keeps an entry aside as a conflict; a resend that raced it finds the one kept first.</summary>
    public async Task<OutboxAnswer> KeepAsConflictAsync<T>(OfflineEntryKind kind, int partnerId, int trainingId, int targetId, Guid clientId, T payload,
        string reason, CancellationToken ct)
    {
        var entry = Track(kind, partnerId, trainingId, targetId, clientId, payload, OfflineEntryState.Conflict, reason);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsResend(e))
        {
            db.Entry(entry).State = EntityState.Detached;
            NoteResend(clientId);
            return Replayed((await FindAsync(clientId, ct))!);
        }
        return new(OutboxAnswer.Conflict, reason, ConflictUrl(entry));
    }

    /// <summary>The save failed because the same entry was saved meanwhile (sent twice at once).</summary>
    public static bool IsResend(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg && pg.TableName == "offline_entries";

    /// <summary>
    /// One line for an entry that arrived twice at once (the phone sent again before hearing back): expected, answered
    /// as already saved, so neither a stack trace nor an error (EF's own log of the failed save is kept at Debug).
    /// </summary>
    public void NoteResend(Guid clientId) => logger.LogInformation("Outbox entry {ClientId} arrived twice at once; the first one is kept", clientId);

    public void Forget(OfflineEntry entry) => db.Entry(entry).State = EntityState.Detached;

    /// <summary>Entries the user may see: all for programme users, their partner's for staff, their own for a trainer.</summary>
    public IQueryable<OfflineEntry> Visible()
    {
        var read = scope.ReadFor(null);
        if (read.Reach == PartnerReach.All)
        {
            return db.OfflineEntries;
        }
        if (read.PartnerId is { } partnerId)
        {
            return db.OfflineEntries.Where(e => e.PartnerId == partnerId);
        }
        var userId = me.Id;
        return userId is null ? db.OfflineEntries.Where(e => false) : db.OfflineEntries.Where(e => e.UserId == userId);
    }

    public IQueryable<OfflineEntry> OpenConflicts() => Visible().Where(e => e.State == OfflineEntryState.Conflict);

    /// <summary>An open conflict of this kind and record that the user may resolve (tracked), or null: the page answers 404.</summary>
    public async Task<OfflineEntry?> ResolvableAsync(int entryId, OfflineEntryKind kind, int trainingId, int targetId, CancellationToken ct)
    {
        var entry = await OpenConflicts().SingleOrDefaultAsync(
            e => e.Id == entryId && e.Kind == kind && e.TrainingId == trainingId && e.TargetId == targetId, ct);
        return entry is not null && MayResolve(entry) ? entry : null;
    }

    /// <summary>What a conflict page shows above the two sides; null when the conflict is not the user's to resolve (404).</summary>
    public async Task<ConflictToResolve?> ConflictToResolveAsync(int entryId, OfflineEntryKind kind, int trainingId, int targetId, CancellationToken ct)
    {
        var entry = await ResolvableAsync(entryId, kind, trainingId, targetId, ct);
        var training = entry is null ? null : await scope.Trainings().Where(t => t.Id == trainingId)
            .Select(t => new { t.Title, t.Status, t.ReviewState }).SingleOrDefaultAsync(ct);
        return entry is null || training is null
            ? null
            : new ConflictToResolve(entry, training.Title, TrainingGate.Takes(training.Status, training.ReviewState, TrainingChange.FieldEntry));
    }

    /// <summary>Why an entry from a phone is kept as a conflict when the training's gate refuses it: a cancellation came after the entry was made.</summary>
    public static string ReasonFor(TrainingRefusal refusal, IStringLocalizer text) =>
        refusal == TrainingRefusal.Cancelled ? text["Outbox.TrainingCancelled"] : text[TrainingGate.MessageKey(refusal)];

    /// <summary>The choices a conflict page offers: the phone's side, the saved side, or a mix chosen per person or field.</summary>
    public static bool IsChoice(string? choice) => choice is "mine" or "theirs" or "merge";

    /// <summary>The sender, their partner's staff and administrators resolve; programme viewers only read.</summary>
    public bool MayResolve(OfflineEntry entry) =>
        me.IsAdministrator || (me.IsInRole(Roles.PartnerStaff) && me.PartnerId == entry.PartnerId) || entry.UserId == me.Id;

    public static T PayloadOf<T>(OfflineEntry entry) => JsonSerializer.Deserialize<T>(entry.Payload)!;

    public void Close(OfflineEntry entry, OfflineEntryState outcome)
    {
        entry.State = outcome;
        entry.ResolvedAt = clock.GetUtcNow();
        entry.ResolvedBy = me.AuditName;
    }

    public static string ConflictUrl(OfflineEntry entry) => entry.Kind == OfflineEntryKind.Attendance
        ? $"/trainings/{entry.TrainingId}/days/{entry.TargetId}/conflicts/{entry.Id}"
        : $"/trainings/{entry.TrainingId}/enrolments/{entry.TargetId}/visits/conflicts/{entry.Id}";
}

public static class OutboxResults
{
    /// <summary>The answer as JSON; for a send from the form the user is on, also the message the next page shows.</summary>
    public static IActionResult Answer(this Controller controller, OutboxAnswer answer)
    {
        if (controller.Request.Headers[OfflineEntries.Header] == "form" && answer.State != OutboxAnswer.Invalid)
        {
            controller.Flash(answer.State == OutboxAnswer.Saved ? FlashKind.Success : FlashKind.Warning, answer.Message);
        }
        return controller.Json(answer);
    }
}
