using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Trainings;

/// <summary>
/// A day's attendance as a phone sent it: who it marked present; who was present, the day's version and whether
/// attendance had been taken at all when the sheet was opened.
/// </summary>
public sealed record AttendanceEntry(int[] Present, int[] Shown, uint Version, bool Taken = true);

/// <summary>One person on a conflict page: present when the phone opened the sheet, on the phone, and on the server now.</summary>
public sealed record AttendanceClash(int ParticipantId, string FullName, string Enterprise, bool Loaded, bool Mine, bool? Theirs, bool StillEnrolled)
{
    public bool Differs => StillEnrolled && Mine != (Theirs ?? false);

    /// <summary>
    /// The phone and someone else disagree about this person: on a sheet opened before anyone took the day, every
    /// mark is a decision; on one opened after, only a mark the phone changed is (both changing one person from
    /// the same mark end up agreeing). A person who left the training since is a clash whenever the phone marked them.
    /// </summary>
    public bool Clashes(bool takenAtLoad) =>
        StillEnrolled ? Theirs is not null && Differs && (!takenAtLoad || (Mine != Loaded && Theirs != Loaded)) : Mine != Loaded || Mine;
}

public sealed record AttendanceConflictPage(
    int EntryId, int TrainingId, string TrainingTitle, int DayId, DateOnly? Date, string Reason, string SentBy, DateTimeOffset SentAt,
    bool CanKeepMine, IReadOnlyList<AttendanceClash> People, uint DayVersion);

/// <summary>
/// Attendance sent from a phone's outbox: saved once per entry however often it arrives, merged person by
/// person with what others saved meanwhile, and kept as a conflict when both changed the same person
/// differently or the day can no longer take it.
/// </summary>
public sealed class AttendanceOutbox(
    ScoreDbContext db, PartnerScope scope, ClassroomAttendance attendance, OfflineEntries outbox, IStringLocalizer<SharedResource> text)
{
    /// <summary>The answer for the phone, or null when the training or day is not the user's to change (404).</summary>
    public async Task<OutboxAnswer?> ReceiveAsync(int trainingId, int dayId, AttendanceEntry entry, Guid clientId, CancellationToken ct)
    {
        // Whose it is comes first, a replay included: an id sent again to a training the sender cannot reach learns nothing.
        var training = await scope.FieldWorkTrainingAsync(trainingId, ct);
        if (training is null)
        {
            return null;
        }
        if (await outbox.FindAsync(clientId, ct) is { } earlier)
        {
            return earlier.TrainingId == trainingId && earlier.TargetId == dayId ? outbox.Replayed(earlier) : null;
        }
        var version = await db.ClassroomDays.Where(d => d.Id == dayId && d.TrainingId == trainingId).Select(d => (uint?)d.Version).SingleOrDefaultAsync(ct);
        var reason = training.Refuses(TrainingChange.FieldEntry) is { } refusal ? OfflineEntries.ReasonFor(refusal, text)
            : version is null ? text["Outbox.DayRemoved"].Value
            : null;
        if (reason is null && version != entry.Version)
        {
            var clashes = (await PeopleAsync(trainingId, dayId, entry, ct)).Count(p => p.Clashes(entry.Taken));
            if (clashes > 0)
            {
                reason = text["Outbox.AttendanceChanged", clashes];
            }
        }
        if (reason is not null)
        {
            return await outbox.KeepAsConflictAsync(OfflineEntryKind.Attendance, training.PartnerId, trainingId, dayId, clientId, entry, reason, ct);
        }
        var tracked = outbox.Track(OfflineEntryKind.Attendance, training.PartnerId, trainingId, dayId, clientId, entry);
        try
        {
            var (outcome, _) = await attendance.SaveAttendanceAsync(trainingId, dayId, entry.Present, entry.Shown, ct);
            if (!outcome.Saved)
            {
                outbox.Forget(tracked);
                return new(OutboxAnswer.Invalid, outcome.IsNotFound ? text["Common.ConcurrencyConflict"] : outcome.Refusal);
            }
        }
        catch (DbUpdateException e) when (OfflineEntries.IsResend(e))
        {
            outbox.Forget(tracked);
            outbox.NoteResend(clientId);
            return outbox.Replayed((await outbox.FindAsync(clientId, ct))!);
        }
        return new(OutboxAnswer.Saved, text["Training.AttendanceSaved", entry.Present.Length]);
    }

    public async Task<AttendanceConflictPage?> ConflictAsync(int trainingId, int dayId, int entryId, CancellationToken ct)
    {
        if (await outbox.ConflictToResolveAsync(entryId, OfflineEntryKind.Attendance, trainingId, dayId, ct) is not { } conflict)
        {
            return null;
        }
        var entry = conflict.Entry;
        var sent = OfflineEntries.PayloadOf<AttendanceEntry>(entry);
        var day = await db.ClassroomDays.Where(d => d.Id == dayId).Select(d => new { d.Date, d.Version }).SingleOrDefaultAsync(ct);
        return new AttendanceConflictPage(entry.Id, trainingId, conflict.TrainingTitle, dayId, day?.Date, entry.Reason ?? "", entry.CreatedBy, entry.CreatedAt,
            day is not null && conflict.TrainingTakesEntries, day is null ? [] : await PeopleAsync(trainingId, dayId, sent, ct), day?.Version ?? 0);
    }

    /// <summary>
    /// Resolves a conflict: "mine" saves the phone's marks, "theirs" keeps the server's, "merge" takes
    /// for each person the side chosen in <paramref name="keepMine"/>. The server's marks must still be
    /// those the page showed (<paramref name="dayVersion"/>), or the page is shown again.
    /// </summary>
    public async Task<Outcome> ResolveAsync(int trainingId, int dayId, int entryId, string choice, int[] keepMine, uint dayVersion, CancellationToken ct)
    {
        var entry = await outbox.ResolvableAsync(entryId, OfflineEntryKind.Attendance, trainingId, dayId, ct);
        if (entry is null)
        {
            return Outcome.NotFound;
        }
        if (!OfflineEntries.IsChoice(choice))
        {
            return Outcome.Refused(text["Outbox.ChooseASide"]);
        }
        if (choice == "theirs")
        {
            outbox.Close(entry, OfflineEntryState.KeptTheirs);
            await db.SaveChangesAsync(ct);
            return Outcome.Done(trainingId);
        }
        var current = await db.ClassroomDays.Where(d => d.Id == dayId && d.TrainingId == trainingId).Select(d => (uint?)d.Version).SingleOrDefaultAsync(ct);
        if (current is null)
        {
            return Outcome.Refused(text["Outbox.DayRemoved"]);
        }
        if (await db.Trainings.AnyAsync(t => t.Id == trainingId && t.Status == TrainingStatus.Cancelled, ct))
        {
            return Outcome.Refused(text["Outbox.TrainingCancelled"]);
        }
        if (current != dayVersion)
        {
            return Outcome.Conflict(text["Outbox.ChangedAgain"]);
        }
        var sent = OfflineEntries.PayloadOf<AttendanceEntry>(entry);
        var people = await PeopleAsync(trainingId, dayId, sent, ct);
        var taken = people.Where(p => p.StillEnrolled && (choice == "mine" || keepMine.Contains(p.ParticipantId))).ToList();
        // Only the chosen people are "changed on this sheet"; everyone else keeps what the server has.
        var present = people.Where(p => p.StillEnrolled && (taken.Contains(p) ? p.Mine : p.Theirs ?? false)).Select(p => p.ParticipantId).ToArray();
        var shown = people.Where(p => p.StillEnrolled && (taken.Contains(p) ? !p.Mine : p.Theirs ?? false)).Select(p => p.ParticipantId).ToArray();
        outbox.Close(entry, choice == "mine" ? OfflineEntryState.KeptMine : OfflineEntryState.Merged);
        var (outcome, _) = await attendance.SaveAttendanceAsync(trainingId, dayId, present, shown, ct);
        return outcome;
    }

    private async Task<List<AttendanceClash>> PeopleAsync(int trainingId, int dayId, AttendanceEntry sent, CancellationToken ct)
    {
        var enrolled = await db.Participants.Where(p => p.Enrolment!.TrainingId == trainingId)
            .OrderBy(p => p.Enrolment!.Enterprise!.Name).ThenBy(p => p.Person!.FullName)
            .Select(p => new { p.Id, p.Person!.FullName, Enterprise = p.Enrolment!.Enterprise!.Name }).ToListAsync(ct);
        var saved = await db.Attendance.Where(a => a.ClassroomDayId == dayId).ToDictionaryAsync(a => a.ParticipantId, a => a.Present, ct);
        var people = enrolled.Select(p => new AttendanceClash(p.Id, p.FullName, p.Enterprise, sent.Shown.Contains(p.Id), sent.Present.Contains(p.Id),
            saved.TryGetValue(p.Id, out var present) ? present : null, true)).ToList();
        // Someone the phone marked who has left the training since: shown so the entry is never silently cut.
        var gone = sent.Present.Concat(sent.Shown).Distinct().Where(id => enrolled.All(p => p.Id != id)).ToList();
        if (gone.Count > 0)
        {
            var names = await db.Participants.Where(p => gone.Contains(p.Id))
                .Select(p => new { p.Id, p.Person!.FullName, Enterprise = p.Enrolment!.Enterprise!.Name }).ToDictionaryAsync(p => p.Id, ct);
            people.AddRange(gone.Select(id => new AttendanceClash(id, names.TryGetValue(id, out var n) ? n.FullName : "#" + id,
                names.TryGetValue(id, out var m) ? m.Enterprise : "", sent.Shown.Contains(id), sent.Present.Contains(id), null, false)));
        }
        return people;
    }
}
