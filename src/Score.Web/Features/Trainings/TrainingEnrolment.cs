using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Trainings;

/// <summary>Which enterprises take part in a training, and which of their people.</summary>
public sealed class TrainingEnrolment(ScoreDbContext db, PartnerScope scope, IStringLocalizer<SharedResource> text)
{
    public const int TypicalMaxEnterprises = 6;

    /// <summary>The largest fee in rupiah a form accepts, as for the training's costs.</summary>
    public const decimal MaxFee = 100_000_000_000m;

    /// <summary>Enrols one of the partner's enterprises; more than the usual number asks for confirmation first.</summary>
    public async Task<Outcome> EnrolAsync(int trainingId, int enterpriseId, decimal? feePaid, bool confirmed, CancellationToken ct)
    {
        var training = await scope.ChangeableTrainingAsync(trainingId, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (training.Status is TrainingStatus.Completed or TrainingStatus.Cancelled)
        {
            return new Outcome(trainingId, [new("", text["Training.Closed"])], []);
        }
        // Another partner's enterprise is refused as if it did not exist.
        if (!await db.Enterprises.AnyAsync(e => e.Id == enterpriseId && e.PartnerId == training.PartnerId && e.DeletedAt == null, ct))
        {
            return new Outcome(trainingId, [new("", text["Training.EnterpriseNotOfPartner"])], []);
        }
        if (feePaid is < 0 or > MaxFee)
        {
            return new Outcome(trainingId, [new("feePaid", text["Validation.Range", text["Training.FeePaid"], 0, Localization.Display.Number(MaxFee)])], []);
        }
        if (await db.Enrolments.AnyAsync(e => e.TrainingId == trainingId && e.EnterpriseId == enterpriseId, ct))
        {
            return new Outcome(trainingId, [new("enterpriseId", text["Training.AlreadyEnrolled"])], []);
        }
        var enrolled = await db.Enrolments.CountAsync(e => e.TrainingId == trainingId, ct);
        if (!confirmed && enrolled >= TypicalMaxEnterprises)
        {
            return new Outcome(trainingId, [], [text["Training.ManyEnterprises", enrolled + 1, TypicalMaxEnterprises]]);
        }
        db.Enrolments.Add(new Enrolment { TrainingId = trainingId, EnterpriseId = enterpriseId, FeePaid = feePaid });
        await db.SaveChangesAsync(ct);
        return new Outcome(trainingId, [], []);
    }

    public async Task<Outcome> RemoveEnrolmentAsync(int trainingId, int enrolmentId, CancellationToken ct)
    {
        if (await scope.ChangeableTrainingAsync(trainingId, ct) is null || !await db.Enrolments.AnyAsync(e => e.Id == enrolmentId && e.TrainingId == trainingId, ct))
        {
            return Outcome.NotFound;
        }
        // Removing would take its attendance, visits and results with it: those are kept.
        if (await db.Consultations.AnyAsync(c => c.EnrolmentId == enrolmentId, ct)
            || await db.Attendance.AnyAsync(a => a.Present && db.Participants.Any(p => p.Id == a.ParticipantId && p.EnrolmentId == enrolmentId), ct))
        {
            return Outcome.Refused(text["Training.EnrolmentHasRecords"]);
        }
        await db.Enrolments.Where(e => e.Id == enrolmentId).ExecuteDeleteAsync(ct);
        return Outcome.Done();
    }

    public async Task<ParticipantPicker?> ParticipantPickerAsync(int trainingId, int enrolmentId, CancellationToken ct)
    {
        var training = await scope.ChangeableTrainingAsync(trainingId, ct);
        var enrolment = training is null ? null : await db.Enrolments.Where(e => e.Id == enrolmentId && e.TrainingId == trainingId)
            .Select(e => new { e.EnterpriseId, e.Enterprise!.Name, Chosen = e.Participants.Select(p => p.PersonId).ToList() })
            .SingleOrDefaultAsync(ct);
        if (training is null || enrolment is null)
        {
            return null;
        }
        var people = await db.People.Where(p => p.EnterpriseId == enrolment.EnterpriseId).OrderBy(p => p.Position).ThenBy(p => p.FullName)
            .Select(p => new ParticipantChoice(p.Id, p.FullName, p.Position, p.Sex, enrolment.Chosen.Contains(p.Id)))
            .ToListAsync(ct);
        return new ParticipantPicker(trainingId, training.Title, enrolmentId, enrolment.Name, people);
    }

    /// <summary>Makes the enrolment's participants exactly the chosen people of its enterprise.</summary>
    public async Task<Outcome> SetParticipantsAsync(int trainingId, int enrolmentId, int[] personIds, CancellationToken ct)
    {
        if (await scope.ChangeableTrainingAsync(trainingId, ct) is null)
        {
            return Outcome.NotFound;
        }
        var enrolment = await db.Enrolments.Include(e => e.Participants).SingleOrDefaultAsync(e => e.Id == enrolmentId && e.TrainingId == trainingId, ct);
        if (enrolment is null)
        {
            return Outcome.NotFound;
        }
        // Only people of the enrolled enterprise can take part, whatever ids are posted.
        var allowed = await db.People.Where(p => p.EnterpriseId == enrolment.EnterpriseId && personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        enrolment.Participants.RemoveAll(p => !allowed.Contains(p.PersonId));
        enrolment.Participants.AddRange(allowed.Where(id => enrolment.Participants.All(p => p.PersonId != id)).Select(id => new Participant { PersonId = id }));
        await db.SaveChangesAsync(ct);
        return Outcome.Done(trainingId);
    }
}
