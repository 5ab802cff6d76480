using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

/// <summary>A training's classroom days and who was present on each.</summary>
public sealed class ClassroomAttendance(ScoreDbContext db, PartnerScope scope, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int MaxClassroomDays = ClassroomPlan.MaxDays;

    public async Task<Outcome> AddDayAsync(int trainingId, DayForm form, CancellationToken ct)
    {
        var training = await scope.ChangeableTrainingAsync(trainingId, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (training.Refuses(TrainingChange.NewRecord) is { } refusal)
        {
            return Outcome.Refused(refusal, text);
        }
        var days = await db.ClassroomDays.Where(d => d.TrainingId == trainingId).Select(d => d.Date).ToListAsync(ct);
        if (days.Count >= MaxClassroomDays)
        {
            return Outcome.Invalid([new(nameof(form.Date), text["Training.TooManyDays", MaxClassroomDays])], trainingId);
        }
        if (days.Contains(form.Date!.Value))
        {
            return Outcome.Invalid([new(nameof(form.Date), text["Training.DayExists"])], trainingId);
        }
        db.ClassroomDays.Add(new ClassroomDay { TrainingId = trainingId, Date = form.Date.Value, Venue = form.Venue.TrimmedOrNull() ?? training.Venue, Topic = form.Topic.TrimmedOrNull() });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(trainingId);
    }

    public async Task<Outcome> RemoveDayAsync(int trainingId, int dayId, CancellationToken ct)
    {
        var training = await scope.ChangeableTrainingAsync(trainingId, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (training.Refuses(TrainingChange.PlanChange) is { } refusal)
        {
            return Outcome.Refused(refusal, text);
        }
        var day = await db.ClassroomDays.SingleOrDefaultAsync(d => d.Id == dayId && d.TrainingId == trainingId, ct);
        if (day is null)
        {
            return Outcome.NotFound;
        }
        db.ClassroomDays.Remove(day);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(trainingId);
    }

    public async Task<AttendanceSheet?> AttendanceAsync(int trainingId, int dayId, CancellationToken ct)
    {
        var training = await scope.Trainings().Where(t => t.Id == trainingId).Select(t => new { t.Title, t.PartnerId, t.Status, t.ReviewState }).SingleOrDefaultAsync(ct);
        var day = training is null ? null : await db.ClassroomDays.Where(d => d.Id == dayId && d.TrainingId == trainingId)
            .Select(d => new { Row = new DayRow(d.Id, d.Date, d.Venue, d.Topic, db.Attendance.Count(a => a.ClassroomDayId == d.Id && a.Present), d.AttendanceTakenAt != null), d.Version })
            .SingleOrDefaultAsync(ct);
        if (training is null || day is null)
        {
            return null;
        }
        var lines = await db.Participants.Where(p => p.Enrolment!.TrainingId == trainingId)
            .OrderBy(p => p.Enrolment!.Enterprise!.Name).ThenBy(p => p.Person!.Position).ThenBy(p => p.Person!.FullName)
            .Select(p => new AttendanceLine(p.Id, p.Person!.FullName, p.Enrolment!.Enterprise!.Name, p.Person.Position, p.Person.Sex,
                p.Attendance.Any(a => a.ClassroomDayId == dayId && a.Present)))
            .ToListAsync(ct);
        var readOnly = !scope.RecordsFieldWork(training.PartnerId) ? text["Training.AttendanceReadOnly"].Value
            : TrainingGate.Refusal(training.Status, training.ReviewState, TrainingChange.FieldEntry) is { } refusal ? text[TrainingGate.MessageKey(refusal)].Value
            : null;
        return new AttendanceSheet(trainingId, training.Title, day.Row, lines) { Version = day.Version, ReadOnlyReason = readOnly };
    }

    /// <summary>
    /// Records who was present on a day. With <paramref name="shown"/> (who was present on the sheet as
    /// it was opened) only the marks this user changed are saved, so two people taking the same day
    /// merge person by person; without it the sheet replaces the day's attendance. The value says
    /// whether the training moved to "classroom done" because every day now has its attendance. With
    /// <paramref name="expectedVersion"/> (the API's) a day changed since that version is a conflict.
    /// </summary>
    public async Task<Outcome<bool>> SaveAttendanceAsync(
        int trainingId, int dayId, int[] presentParticipantIds, int[]? shown, CancellationToken ct, uint? expectedVersion = null)
    {
        var training = await scope.FieldWorkTrainingAsync(trainingId, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (training.Refuses(TrainingChange.FieldEntry) is { } refusal)
        {
            return Outcome.Refused(refusal, text);
        }
        var day = await db.ClassroomDays.SingleOrDefaultAsync(d => d.Id == dayId && d.TrainingId == trainingId, ct);
        if (day is null)
        {
            return Outcome.NotFound;
        }
        if (expectedVersion is { } expected)
        {
            if (expected != day.Version)
            {
                return Outcome.Conflict(text["Common.ConcurrencyConflict"]);
            }
            db.Entry(day).Property(d => d.Version).OriginalValue = expected;
        }
        var participants = await db.Participants.Where(p => p.Enrolment!.TrainingId == trainingId).Select(p => p.Id).ToListAsync(ct);
        if (presentParticipantIds.Any(id => !participants.Contains(id)))
        {
            // An id from no participant of this training (unknown, another training's) is refused, not counted as present.
            // A sheet may still show, absent, someone removed since it was opened: that mark saves nothing and is ignored.
            return Outcome.Invalid([new FieldError("PresentParticipantIds", text["Training.UnknownParticipants"])]);
        }
        var existing = await db.Attendance.Where(a => a.ClassroomDayId == dayId).ToDictionaryAsync(a => a.ParticipantId, ct);
        foreach (var participantId in participants)
        {
            var present = presentParticipantIds.Contains(participantId);
            if (shown is not null && present == shown.Contains(participantId) && existing.ContainsKey(participantId))
            {
                continue; // Not changed on this sheet: whatever is saved (perhaps by someone else meanwhile) stays.
            }
            if (existing.TryGetValue(participantId, out var row))
            {
                row.Present = present;
            }
            else
            {
                db.Attendance.Add(new Attendance { ClassroomDayId = dayId, ParticipantId = participantId, Present = present });
            }
        }
        day.AttendanceTakenAt ??= clock.GetUtcNow();
        // Saving the sheet is a change of the day: its audit stamps record who took attendance.
        db.Entry(day).State = EntityState.Modified;
        var days = await db.ClassroomDays.Where(d => d.TrainingId == trainingId).Select(d => new { d.Id, Taken = d.AttendanceTakenAt != null }).ToListAsync(ct);
        var advanced = training.Status == TrainingStatus.Planned
                       && TrainingCycle.ClassroomIsDone(days.Count, days.Count(d => d.Taken || d.Id == dayId));
        if (advanced)
        {
            training.Status = TrainingStatus.ClassroomDone;
        }
        if (await db.SaveUnlessConflictAsync(text["Common.ConcurrencyConflict"], trainingId, ct) is { } conflict)
        {
            return conflict;
        }
        return new Outcome<bool>(Outcome.Done(trainingId), advanced);
    }
}
