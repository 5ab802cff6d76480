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
    /// <summary>How many of the partner's enterprises the enrolment page offers at once; a search finds the others.</summary>
    public const int CandidatesShown = 20;

    /// <summary>The partner's enterprises not yet in the training, newest first (those just registered for it), with their people.</summary>
    public async Task<EnrolPage?> EnrolPageAsync(int trainingId, string? search, EnrolForm? posted, CancellationToken ct)
    {
        var training = await scope.ChangeableTrainingAsync(trainingId, ct);
        if (training is null)
        {
            return null;
        }
        var enrolled = await db.Enrolments.Where(e => e.TrainingId == trainingId).OrderBy(e => e.Enterprise!.Name).Select(e => e.Enterprise!.Name).ToListAsync(ct);
        var closed = training.Refuses(TrainingChange.NewRecord) is not null;
        if (closed)
        {
            return new EnrolPage(trainingId, training.Title, true, search, [], false, enrolled, posted);
        }
        var enterprises = db.Enterprises.Where(e => e.PartnerId == training.PartnerId && e.DeletedAt == null
                                                    && !db.Enrolments.Any(en => en.TrainingId == trainingId && en.EnterpriseId == e.Id));
        if (!string.IsNullOrWhiteSpace(search))
        {
            // As the enterprise list searches: the database's lower-case copy of the name, in its indexes.
            var pattern = "%" + SearchPattern.Escape(search.Trim().ToLowerInvariant()) + "%";
            enterprises = enterprises.Where(e => EF.Functions.Like(e.NameFolded, pattern, SearchPattern.EscapeCharacter));
        }
        var postedIds = posted?.Choices.Select(c => c.EnterpriseId).ToList() ?? [];
        var found = await enterprises
            .OrderByDescending(e => postedIds.Contains(e.Id)).ThenByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Take(CandidatesShown + 1)
            .Select(e => new { e.Id, e.Name, Place = e.Regency != null ? e.Regency.Name : e.Province!.Name })
            .ToListAsync(ct);
        var ids = found.Take(CandidatesShown).Select(e => e.Id).ToList();
        var people = (await db.People.Where(p => ids.Contains(p.EnterpriseId)).OrderBy(p => p.Position).ThenBy(p => p.FullName)
                .Select(p => new { p.EnterpriseId, Choice = new ParticipantChoice(p.Id, p.FullName, p.Position, p.Sex, true) })
                .ToListAsync(ct))
            .ToLookup(p => p.EnterpriseId, p => p.Choice);
        var candidates = found.Take(CandidatesShown).Select(e => new EnrolCandidate(e.Id, e.Name, e.Place, [.. people[e.Id]])).ToList();
        return new EnrolPage(trainingId, training.Title, false, search, candidates, found.Count > CandidatesShown, enrolled, posted)
        {
            FeePerEnterprise = training.FeePerEnterprise,
        };
    }

    /// <summary>
    /// Enrols every ticked enterprise with its ticked people and fee, all or none; more than the usual
    /// number of enterprises in one class asks for confirmation first.
    /// </summary>
    public async Task<Outcome<int>> EnrolAsync(int trainingId, EnrolForm form, CancellationToken ct)
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
        var chosen = form.Choices.Select((choice, index) => (choice, index)).Where(c => c.choice.Enrol).ToList();
        if (chosen.Count == 0)
        {
            return Outcome.Refused(text["Training.ChooseEnterprise"]);
        }
        var ids = chosen.Select(c => c.choice.EnterpriseId).ToList();
        // Another partner's enterprise is refused as if it did not exist.
        var ownIds = await db.Enterprises.Where(e => ids.Contains(e.Id) && e.PartnerId == training.PartnerId && e.DeletedAt == null).Select(e => e.Id).ToListAsync(ct);
        var alreadyIn = await db.Enrolments.Where(e => e.TrainingId == trainingId && ids.Contains(e.EnterpriseId)).Select(e => e.EnterpriseId).ToListAsync(ct);
        var errors = new List<FieldError>();
        foreach (var (choice, i) in chosen)
        {
            if (!ownIds.Contains(choice.EnterpriseId))
            {
                errors.Add(new($"Choices[{i}].Enrol", text["Training.EnterpriseNotOfPartner"]));
            }
            else if (alreadyIn.Contains(choice.EnterpriseId) || chosen.Count(c => c.choice.EnterpriseId == choice.EnterpriseId) > 1)
            {
                errors.Add(new($"Choices[{i}].Enrol", text["Training.AlreadyEnrolled"]));
            }
            if (!EnrolmentRules.FeeIsPossible(choice.FeePaid))
            {
                errors.Add(new($"Choices[{i}].FeePaid", text["Validation.Range", text["Training.FeePaid"], 0, Localization.Display.Number(EnrolmentRules.MaxFee)]));
            }
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }
        var enrolled = await db.Enrolments.CountAsync(e => e.TrainingId == trainingId, ct);
        if (!form.ConfirmWarnings && EnrolmentRules.IsMoreThanTypical(enrolled + chosen.Count))
        {
            return Outcome.Confirm([text["Training.ManyEnterprises", enrolled + chosen.Count, EnrolmentRules.TypicalMaxEnterprises]]);
        }
        // Only people of each enterprise take part in its enrolment, whatever ids are posted.
        var personIds = chosen.SelectMany(c => c.choice.PersonIds).Distinct().ToList();
        var people = await db.People.Where(p => ids.Contains(p.EnterpriseId) && personIds.Contains(p.Id)).Select(p => new { p.Id, p.EnterpriseId }).ToListAsync(ct);
        foreach (var (choice, _) in chosen)
        {
            db.Enrolments.Add(new Enrolment
            {
                TrainingId = trainingId, EnterpriseId = choice.EnterpriseId, FeePaid = choice.FeePaid,
                Participants = [.. people.Where(p => p.EnterpriseId == choice.EnterpriseId && choice.PersonIds.Contains(p.Id)).Select(p => new Participant { PersonId = p.Id })],
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            // Someone else enrolled one of them meanwhile.
            return Outcome.Refused(text["Training.AlreadyEnrolled"]);
        }
        return new Outcome<int>(Outcome.Done(trainingId), chosen.Count);
    }

    public async Task<Outcome> RemoveEnrolmentAsync(int trainingId, int enrolmentId, CancellationToken ct)
    {
        var training = await scope.ChangeableTrainingAsync(trainingId, ct);
        if (training is null || !await db.Enrolments.AnyAsync(e => e.Id == enrolmentId && e.TrainingId == trainingId, ct))
        {
            return Outcome.NotFound;
        }
        if (training.Refuses(TrainingChange.PlanChange) is { } refusal)
        {
            return Outcome.Refused(refusal, text);
        }
        // Removing would take its attendance, visits and results with it: those are kept.
        if (await db.Consultations.AnyAsync(c => c.EnrolmentId == enrolmentId, ct)
            || await db.Attendance.AnyAsync(a => a.Present && db.Participants.Any(p => p.Id == a.ParticipantId && p.EnrolmentId == enrolmentId), ct))
        {
            return Outcome.Refused(text["Training.EnrolmentHasRecords"]);
        }
        db.Enrolments.Remove(await db.Enrolments.SingleAsync(e => e.Id == enrolmentId, ct));
        await db.SaveChangesAsync(ct);
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
        var training = await scope.ChangeableTrainingAsync(trainingId, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (training.Refuses(TrainingChange.PlanChange) is { } refusal)
        {
            return Outcome.Refused(refusal, text);
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
