using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Trainings;

/// <summary>The closing workshop: who presented, what changed, and the outcomes each enterprise reports.</summary>
public sealed class WorkshopDesk(ScoreDbContext db, PartnerScope scope, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public async Task<WorkshopPage?> PageAsync(int trainingId, WorkshopForm? posted, CancellationToken ct)
    {
        var training = await scope.Trainings().Where(t => t.Id == trainingId)
            .Select(t => new { t.Title, t.PartnerId, t.WorkshopDate, t.WorkshopVenue, t.Venue, t.PlannedEnd, t.Version }).SingleOrDefaultAsync(ct);
        if (training is null || !scope.CanChange(training.PartnerId))
        {
            return null;
        }
        var form = posted ?? new WorkshopForm
        {
            // Not yet recorded: it closes the training where it was held, on its last planned day (today at the latest: no future date is taken).
            Date = training.WorkshopDate ?? (training.PlannedEnd < clock.Today() ? training.PlannedEnd : clock.Today()),
            Venue = training.WorkshopVenue ?? training.Venue,
            Version = training.Version,
            Results = await db.Enrolments.Where(e => e.TrainingId == trainingId).OrderBy(e => e.Enterprise!.Name)
                .Select(e => new WorkshopResultInput
                {
                    EnrolmentId = e.Id, Enterprise = e.Enterprise!.Name, Presented = e.PresentedAtWorkshop, Presenters = e.Presenters,
                    Summary = e.ResultsSummary, ProductivityImproved = e.ProductivityImproved, ProductivityChangePercent = e.ProductivityChangePercent,
                    CostsSaved = e.CostsSaved, CostsSavedRupiah = e.CostsSavedRupiah, DefectsReduced = e.DefectsReduced,
                    DefectsChangePercent = e.DefectsChangePercent, EnergySaved = e.EnergySaved, EnergySavedPercent = e.EnergySavedPercent,
                })
                .ToListAsync(ct),
        };
        return new WorkshopPage(trainingId, training.Title, form);
    }

    public async Task<Outcome> SaveAsync(int trainingId, WorkshopForm form, CancellationToken ct)
    {
        var training = await scope.Trainings().SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        if (training is null || !scope.CanChange(training.PartnerId))
        {
            return Outcome.NotFound;
        }
        if (training.Refuses(TrainingChange.FieldEntry) is { } refusal)
        {
            return Outcome.Refused(refusal, text);
        }
        var enrolments = await db.Enrolments.Where(e => e.TrainingId == trainingId).ToDictionaryAsync(e => e.Id, ct);
        var errors = new List<FieldError>();
        var today = clock.Today();
        if (form.Date > today)
        {
            errors.Add(new(nameof(form.Date), text["Workshop.DateInFuture"]));
        }
        if (form.Results.Any(r => r.Presented) && form.Date is null)
        {
            errors.Add(new(nameof(form.Date), text["Workshop.DateNeeded"]));
        }
        for (var i = 0; i < form.Results.Count; i++)
        {
            var r = form.Results[i];
            if (!enrolments.ContainsKey(r.EnrolmentId))
            {
                return Outcome.NotFound;
            }
            // A figure belongs to a "yes": a figure under "no" is a slip worth catching.
            void FigureNeedsYes(bool? answer, decimal? figure, string field)
            {
                if (answer != true && figure is not null and not 0)
                {
                    errors.Add(new($"Results[{i}].{field}", text["Workshop.FigureWithoutYes"]));
                }
            }
            FigureNeedsYes(r.ProductivityImproved, r.ProductivityChangePercent, nameof(r.ProductivityChangePercent));
            FigureNeedsYes(r.CostsSaved, r.CostsSavedRupiah, nameof(r.CostsSavedRupiah));
            FigureNeedsYes(r.DefectsReduced, r.DefectsChangePercent, nameof(r.DefectsChangePercent));
            FigureNeedsYes(r.EnergySaved, r.EnergySavedPercent, nameof(r.EnergySavedPercent));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, trainingId);
        }
        // The workshop belongs to the training: saving it is a change of the training, checked against its version.
        db.Entry(training).Property(t => t.Version).OriginalValue = form.Version;
        db.Entry(training).State = EntityState.Modified;
        training.WorkshopDate = form.Date;
        training.WorkshopVenue = form.Venue.TrimmedOrNull();
        foreach (var r in form.Results)
        {
            var e = enrolments[r.EnrolmentId];
            e.PresentedAtWorkshop = r.Presented;
            e.Presenters = r.Presenters.TrimmedOrNull();
            e.ResultsSummary = r.Summary.TrimmedOrNull();
            e.ProductivityImproved = r.ProductivityImproved;
            e.ProductivityChangePercent = r.ProductivityChangePercent;
            e.CostsSaved = r.CostsSaved;
            e.CostsSavedRupiah = r.CostsSavedRupiah;
            e.DefectsReduced = r.DefectsReduced;
            e.DefectsChangePercent = r.DefectsChangePercent;
            e.EnergySaved = r.EnergySaved;
            e.EnergySavedPercent = r.EnergySavedPercent;
        }
        return await db.SaveOrConflictAsync(text, trainingId, () => trainingId, ct);
    }
}
