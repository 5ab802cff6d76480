using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Kpis;
using Score.Web.Localization;

namespace Score.Web.Features.Baselines;

/// <summary>An enrolled enterprise's starting point: the module's good practices in place, and its KPIs.</summary>
public sealed class BaselineDesk(ScoreDbContext db, PartnerScope scope, KpiRecorder kpis, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text)
{
    private async Task<(Domain.Training Training, Domain.Enrolment Enrolment, string Enterprise)?> RecordableAsync(int trainingId, int enrolmentId, CancellationToken ct)
    {
        var training = await scope.Trainings().SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        if (training is null || !scope.RecordsFieldWork(training.PartnerId))
        {
            return null;
        }
        var enrolment = await db.Enrolments.Include(e => e.Enterprise).SingleOrDefaultAsync(e => e.Id == enrolmentId && e.TrainingId == trainingId, ct);
        return enrolment is null ? null : (training, enrolment, enrolment.Enterprise!.Name);
    }

    public async Task<BaselinePage?> PageAsync(int trainingId, int enrolmentId, BaselineForm? posted, IReadOnlyList<string> warnings, CancellationToken ct)
    {
        if (await RecordableAsync(trainingId, enrolmentId, ct) is not { } context)
        {
            return null;
        }
        var indonesian = Cultures.IsIndonesian;
        var items = (await db.ChecklistItems.Where(i => i.ModuleNumber == context.Training.ModuleNumber).OrderBy(i => i.Id).ToListAsync(ct))
            .Select(i => (i.Id, indonesian ? i.TextId : i.TextEn)).ToList();
        var rows = await kpis.RowsAsync(enrolmentId, forBaseline: true, ct);
        var form = posted;
        if (form is null)
        {
            var answers = await db.ChecklistAnswers.Where(a => a.EnrolmentId == enrolmentId).ToDictionaryAsync(a => a.ChecklistItemId, a => a.InPlace, ct);
            var values = await db.KpiValues.Where(v => v.EnrolmentId == enrolmentId && v.ConsultationId == null).ToDictionaryAsync(v => v.KpiCode, ct);
            form = new BaselineForm
            {
                // A baseline is taken in the classroom: its first day, unless none is planned yet.
                Date = context.Enrolment.BaselineDate
                       ?? await db.ClassroomDays.Where(d => d.TrainingId == context.Training.Id).MinAsync(d => (DateOnly?)d.Date, ct)
                       ?? clock.Today(),
                Version = context.Enrolment.Version,
                Checklist = items.Select(i => new ChecklistInput { ItemId = i.Id, InPlace = answers.GetValueOrDefault(i.Id) }).ToList(),
                Kpis = rows.Select(r => values.TryGetValue(r.Code, out var v) ? new KpiInput { Code = r.Code, Value = v.Value, Period = v.Period } : new KpiInput { Code = r.Code }).ToList(),
            };
        }
        return new BaselinePage(trainingId, context.Training.Title, enrolmentId, context.Enterprise, items, rows, form, warnings);
    }

    /// <returns>null when not the user's (404); otherwise errors and warnings, none when saved.</returns>
    public async Task<Outcome> SaveAsync(int trainingId, int enrolmentId, BaselineForm form, CancellationToken ct)
    {
        if (await RecordableAsync(trainingId, enrolmentId, ct) is not { } context)
        {
            return Outcome.NotFound;
        }
        if (context.Training.Refuses(TrainingChange.FieldEntry) is { } refusal)
        {
            return Outcome.Refused(refusal, text);
        }
        var errors = new List<FieldError>();
        if (form.Date > clock.Today())
        {
            errors.Add(new(nameof(form.Date), text["Baseline.DateInFuture"]));
        }
        var rows = await kpis.RowsAsync(enrolmentId, forBaseline: true, ct);
        var (kpiErrors, warnings) = kpis.Check(form.Kpis, rows);
        errors.AddRange(kpiErrors);
        if (errors.Count > 0 || (warnings.Count > 0 && !form.ConfirmWarnings))
        {
            return errors.Count > 0 ? Outcome.Invalid(errors) : Outcome.Confirm(warnings);
        }
        var items = await db.ChecklistItems.Where(i => i.ModuleNumber == context.Training.ModuleNumber).Select(i => i.Id).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.ChecklistAnswers.Where(a => a.EnrolmentId == enrolmentId).ExecuteDeleteAsync(ct);
        await db.KpiValues.Where(v => v.EnrolmentId == enrolmentId && v.ConsultationId == null).ExecuteDeleteAsync(ct);
        db.ChecklistAnswers.AddRange(form.Checklist.Where(c => items.Contains(c.ItemId)).DistinctBy(c => c.ItemId)
            .Select(c => new Domain.ChecklistAnswer { EnrolmentId = enrolmentId, ChecklistItemId = c.ItemId, InPlace = c.InPlace }));
        kpis.Record(enrolmentId, null, form.Date!.Value, form.Kpis.Where(k => rows.Any(r => r.Code == k.Code)));
        db.Entry(context.Enrolment).Property(e => e.Version).OriginalValue = form.Version;
        db.Entry(context.Enrolment).State = EntityState.Modified;
        context.Enrolment.BaselineDate = form.Date;
        // On a conflict the transaction is not committed: the answers and values removed above come back.
        if (await db.SaveUnlessConflictAsync(text["Common.ConcurrencyConflict"], 0, ct) is { } conflict)
        {
            return conflict;
        }
        await transaction.CommitAsync(ct);
        return Outcome.Done();
    }
}
