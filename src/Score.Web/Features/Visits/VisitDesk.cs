using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Kpis;
using Score.Web.Queries;

namespace Score.Web.Features.Visits;

/// <summary>
/// Consultations inside enrolled enterprises: the trainer's main screen. Assigned trainers record
/// for their trainings; the partner's staff (and administrators) for all of the partner's.
/// </summary>
public sealed class VisitDesk(
    ScoreDbContext db, PartnerScope scope, CurrentUser me, TimeProvider clock, KpiRecorder kpis, AuditHistory history, IStringLocalizer<SharedResource> text)
{
    private DateOnly Today => clock.Today();

    private sealed record Context(Training Training, Enrolment Enrolment, string Enterprise, ScoreModule Module, DateOnly? LastClassroomDay);

    /// <summary>The enrolment when the user may record visits for it; null otherwise (404).</summary>
    private async Task<Context?> RecordableAsync(int trainingId, int enrolmentId, CancellationToken ct)
    {
        var training = await scope.Trainings().SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        if (training is null || !scope.RecordsFieldWork(training.PartnerId))
        {
            return null;
        }
        // The enrolment with what the schedule needs of its training, in one read.
        var found = await db.Enrolments.Where(e => e.Id == enrolmentId && e.TrainingId == trainingId)
            .Select(e => new
            {
                Enrolment = e,
                Enterprise = e.Enterprise!.Name,
                Module = e.Training!.Module!,
                LastDay = db.ClassroomDays.Where(d => d.TrainingId == trainingId).Max(d => (DateOnly?)d.Date),
            })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : new Context(training, found.Enrolment, found.Enterprise, found.Module, found.LastDay);
    }

    public async Task<VisitPage?> PageAsync(int trainingId, int enrolmentId, ConsultationForm? posted, IReadOnlyList<string> warnings, CancellationToken ct)
    {
        var context = await RecordableAsync(trainingId, enrolmentId, ct);
        if (context is null)
        {
            return null;
        }
        var people = await db.People.Where(p => p.EnterpriseId == context.Enrolment.EnterpriseId)
            .OrderByDescending(p => p.IsEitMember).ThenBy(p => p.Position).ThenBy(p => p.FullName)
            .Select(p => new PersonOption(p.Id, p.FullName, p.Position, p.IsEitMember)).ToListAsync(ct);
        var past = await db.Consultations.Where(c => c.EnrolmentId == enrolmentId).OrderByDescending(c => c.Date).ThenByDescending(c => c.Id)
            .Select(c => new PastVisit(c.Id, c.Date, c.Trainer!.User!.FullName, c.Mode, c.DurationMinutes, c.Findings) { EitAttendeeIds = c.EitAttendeeIds })
            .ToListAsync(ct);
        var trainers = await TrainersOfAsync(context.Training, ct);
        var progress = VisitSchedule.Progress(context.LastClassroomDay, VisitSchedule.CountedVisits(past.Select(p => p.Date)), context.Module.PlannedConsultations, context.Module.ConsultationWindowDays, Today);
        var form = posted ?? await NewFormAsync(enrolmentId, context, past.FirstOrDefault(), ct);
        return new VisitPage(trainingId, context.Training.Title, enrolmentId, context.Enterprise, progress, people, past,
            trainers, !scope.IsTrainer, form, await kpis.RowsAsync(enrolmentId, context.Enrolment.EnterpriseId, forBaseline: false, ct), warnings);
    }

    /// <summary>A recorded visit, for whoever may read its training (a trainer: an assigned one); null otherwise (404).</summary>
    public async Task<VisitRecord?> VisitAsync(int consultationId, CancellationToken ct)
    {
        var visit = await db.Consultations.Where(c => c.Id == consultationId && scope.Trainings().Any(t => t.Id == c.Enrolment!.TrainingId))
            .Select(c => new
            {
                c.Id, c.Enrolment!.TrainingId, Training = c.Enrolment.Training!.Title, c.EnrolmentId, Enterprise = c.Enrolment.Enterprise!.Name,
                c.Date, Trainer = c.Trainer!.User!.FullName, c.Mode, c.DurationMinutes, c.Findings, c.EitAttendeeIds,
            })
            .AsNoTracking().SingleOrDefaultAsync(ct);
        if (visit is null)
        {
            return null;
        }
        var english = !Localization.Cultures.IsIndonesian;
        var attendees = await db.People.Where(p => visit.EitAttendeeIds.Contains(p.Id)).OrderBy(p => p.FullName).Select(p => p.FullName).ToListAsync(ct);
        var values = await db.KpiValues.Where(v => v.ConsultationId == consultationId)
            .Join(db.Kpis, v => v.KpiCode, k => k.Code, (v, k) => new { v.Id, k.SortOrder, Name = english ? k.NameEn : k.NameId, Unit = english ? k.UnitEn : k.UnitId, v.Value, v.Period })
            .OrderBy(v => v.SortOrder).ToListAsync(ct);
        var actions = await db.ImprovementActions.Where(a => a.RaisedInConsultationId == consultationId || a.LastReviewedInConsultationId == consultationId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Description, a.Owner, a.DueDate, a.Status, RaisedHere = a.RaisedInConsultationId == consultationId })
            .ToListAsync(ct);
        var trail = await history.OfRecordsAsync(new Dictionary<string, IReadOnlyCollection<int>>
        {
            [nameof(Consultation)] = [consultationId],
            [nameof(KpiValue)] = [.. values.Select(v => v.Id)],
            [nameof(ImprovementAction)] = [.. actions.Where(a => a.RaisedHere).Select(a => a.Id)],
        }, ct);
        return new VisitRecord(visit.Id, visit.TrainingId, visit.Training, visit.EnrolmentId, visit.Enterprise, visit.Date, visit.Trainer, visit.Mode,
            visit.DurationMinutes, visit.Findings, attendees,
            [.. values.Select(v => new VisitKpiValue(v.Name, v.Unit, v.Value, v.Period))],
            [.. actions.Select(a => new VisitAction(a.Description, a.Owner, a.DueDate, a.Status, a.RaisedHere))],
            trail.Named(nameof(Consultation), new Dictionary<int, string> { [visit.Id] = Localization.Display.Date(visit.Date) })
                .Named(nameof(KpiValue), values.ToDictionary(v => v.Id, v => v.Name))
                .Named(nameof(ImprovementAction), actions.ToDictionary(a => a.Id, a => a.Description.Length > 40 ? a.Description[..40] + "…" : a.Description)));
    }

    /// <summary>A new visit starts from the last one: every action still open is carried forward to update.</summary>
    private async Task<ConsultationForm> NewFormAsync(int enrolmentId, Context context, PastVisit? last, CancellationToken ct)
    {
        var open = await db.ImprovementActions
            .Where(a => a.EnrolmentId == enrolmentId && (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress))
            .OrderBy(a => a.DueDate).ThenBy(a => a.Id)
            .Select(a => new ActionInput { Id = a.Id, Description = a.Description, Owner = a.Owner, DueDate = a.DueDate, Status = a.Status })
            .ToListAsync(ct);
        // Who came, how long and how: as at the last visit, which is how most visits repeat.
        return new ConsultationForm
        {
            Date = Today,
            DurationMinutes = last?.DurationMinutes ?? 120,
            Mode = last?.Mode ?? VisitMode.OnSite,
            TrainerId = await OwnTrainerIdAsync(ct) ?? context.Training.LeadTrainerId,
            EitAttendeeIds = [.. last?.EitAttendeeIds ?? []],
            Actions = [.. open, .. Enumerable.Range(0, NewActionRows).Select(_ => new ActionInput())],
        };
    }

    /// <returns>null when not the user's to record (404); otherwise errors and warnings, none when saved.</returns>
    public async Task<Outcome> RecordAsync(int trainingId, int enrolmentId, ConsultationForm form, CancellationToken ct)
    {
        var context = await RecordableAsync(trainingId, enrolmentId, ct);
        if (context is null)
        {
            return Outcome.NotFound;
        }
        var (errors, warnings, trainerId, actions) = await CheckAsync(context, enrolmentId, form, ct);
        if (errors.Count > 0 || (warnings.Count > 0 && !form.ConfirmWarnings))
        {
            return errors.Count > 0 ? Outcome.Invalid(errors) : Outcome.Confirm(warnings);
        }

        // One visit recorded at a time per enterprise: a second press of "save" (or the same form
        // sent twice over a weak connection) finds the first and answers with it.
        // Inside the API's idempotency transaction when there is one: the visit commits with its key.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({VisitLock}, {enrolmentId})", ct);
        var people = await db.People.Where(p => p.EnterpriseId == context.Enrolment.EnterpriseId).Select(p => p.Id).ToListAsync(ct);
        var consultation = new Consultation
        {
            EnrolmentId = enrolmentId,
            TrainerId = trainerId!.Value,
            Date = form.Date!.Value,
            DurationMinutes = form.DurationMinutes!.Value,
            Mode = form.Mode,
            Findings = form.Findings.TrimmedOrNull(),
            EitAttendeeIds = form.EitAttendeeIds.Where(people.Contains).Distinct().ToArray(),
        };
        var findings = consultation.Findings;
        var recentlyCreated = clock.GetUtcNow().AddMinutes(-10);
        if (await db.Consultations.AnyAsync(c => c.EnrolmentId == enrolmentId && c.Date == consultation.Date && c.TrainerId == consultation.TrainerId
                && c.DurationMinutes == consultation.DurationMinutes && c.Mode == consultation.Mode && c.Findings == findings
                && c.CreatedAt >= recentlyCreated, ct))
        {
            return Outcome.Done();
        }
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(ct);
        ApplyActions(form.Actions, actions, enrolmentId, consultation.Id);
        kpis.Record(enrolmentId, consultation.Id, consultation.Date, form.Kpis);
        // The first visit moves the training into its consultation phase.
        if (context.Training.Status == TrainingStatus.ClassroomDone)
        {
            context.Training.Status = TrainingStatus.Consultations;
        }
        // An action or the training changed by someone else meanwhile: nothing of this visit is kept.
        if (await db.SaveUnlessConflictAsync(text["Common.ConcurrencyConflict"], 0, ct) is { } conflict)
        {
            return conflict;
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return Outcome.Done();
    }

    /// <summary>Everything a visit is checked for before anything is saved: the training's gate and phase, the date, the trainer, the actions, the KPI values.</summary>
    private async Task<(List<FieldError> Errors, List<string> Warnings, int? TrainerId, Dictionary<int, ImprovementAction> Actions)> CheckAsync(
        Context context, int enrolmentId, ConsultationForm form, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (context.Training.Refuses(TrainingChange.FieldEntry) is { } refusal)
        {
            errors.Add(new("", text[TrainingGate.MessageKey(refusal)]));
        }
        else if (context.Training.Status is not (TrainingStatus.ClassroomDone or TrainingStatus.Consultations))
        {
            errors.Add(new("", text["Visit.NotInConsultations"]));
        }
        if (form.Date > Today)
        {
            errors.Add(new(nameof(form.Date), text["Visit.DateInFuture"]));
        }
        else if (context.LastClassroomDay is { } lastDay && form.Date < lastDay)
        {
            errors.Add(new(nameof(form.Date), text["Visit.BeforeClassroom", Localization.Display.Date(lastDay)]));
        }
        var trainerId = await OwnTrainerIdAsync(ct) ?? form.TrainerId;
        var trainers = await TrainersOfAsync(context.Training, ct);
        if (trainerId is null || trainers.All(t => t.Value != trainerId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            errors.Add(new(nameof(form.TrainerId), text["Visit.TrainerNotAssigned"]));
        }
        var actions = await db.ImprovementActions.Where(a => a.EnrolmentId == enrolmentId).ToDictionaryAsync(a => a.Id, ct);
        for (var i = 0; i < form.Actions.Count; i++)
        {
            var a = form.Actions[i];
            if (a.Id != 0 && !actions.ContainsKey(a.Id))
            {
                errors.Add(new($"Actions[{i}].Description", text["Visit.UnknownAction"]));
            }
            if (a.Id == 0 && string.IsNullOrWhiteSpace(a.Description) && (!string.IsNullOrWhiteSpace(a.Owner) || a.DueDate is not null))
            {
                errors.Add(new($"Actions[{i}].Description", text["Visit.ActionNeedsWhat"]));
            }
        }
        var (kpiErrors, warnings) = kpis.Check(form.Kpis, await kpis.RowsAsync(enrolmentId, context.Enrolment.EnterpriseId, forBaseline: false, ct));
        errors.AddRange(kpiErrors);
        return (errors, warnings, trainerId, actions);
    }

    /// <summary>The plan's actions as the visit found them (reviewed at this visit), and the new ones it raised.</summary>
    private void ApplyActions(IReadOnlyList<ActionInput> inputs, Dictionary<int, ImprovementAction> actions, int enrolmentId, int consultationId)
    {
        foreach (var input in inputs)
        {
            if (input.Id != 0)
            {
                var action = actions[input.Id];
                action.Owner = input.Owner.TrimmedOrNull();
                action.DueDate = input.DueDate;
                action.Status = input.Done ? ActionStatus.Done : input.Status;
                action.LastReviewedInConsultationId = consultationId;
                if (!string.IsNullOrWhiteSpace(input.Description))
                {
                    action.Description = input.Description.Trim();
                }
            }
            else if (!string.IsNullOrWhiteSpace(input.Description))
            {
                db.ImprovementActions.Add(new ImprovementAction
                {
                    EnrolmentId = enrolmentId,
                    Description = input.Description.Trim(),
                    Owner = input.Owner.TrimmedOrNull(),
                    DueDate = input.DueDate,
                    Status = input.Status,
                    RaisedInConsultationId = consultationId,
                    LastReviewedInConsultationId = consultationId,
                });
            }
        }
    }

    /// <summary>Rows for new actions on a visit form: one shown, the others folded.</summary>
    public const int NewActionRows = 3;

    /// <summary>The first key of the advisory lock taken while a visit of an enrolment is recorded.</summary>
    private const int VisitLock = 7301;

    private async Task<int?> OwnTrainerIdAsync(CancellationToken ct) =>
        scope.IsTrainer ? await db.Trainers.Where(t => t.UserId == me.Id).Select(t => (int?)t.Id).SingleOrDefaultAsync(ct) : null;

    private async Task<List<SelectOption>> TrainersOfAsync(Training training, CancellationToken ct) =>
        await db.Trainers.Where(t => t.Id == training.LeadTrainerId || db.TrainingCoTrainers.Any(c => c.TrainingId == training.Id && c.TrainerId == t.Id))
            .OrderBy(t => t.User!.FullName)
            .Select(t => new SelectOption(t.Id.ToString(), t.User!.FullName)).ToListAsync(ct);
}
