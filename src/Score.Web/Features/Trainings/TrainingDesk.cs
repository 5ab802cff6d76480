using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

/// <summary>A partner's trainings: planning, enrolment, classroom days and attendance.</summary>
public sealed class TrainingDesk(ScoreDbContext db, PartnerScope scope, ProgrammeFigureQueries figures, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int PageSize = 25;
    public const int TypicalMaxEnterprises = 6;
    public const int MaxClassroomDays = 3;

    public bool CanCreate => scope.CanRegister;

    public async Task<TrainingList> ListAsync(TrainingListQuery query, CancellationToken ct)
    {
        // The dashboard's filters (period, partner, province, module, variant) select trainings the same way here.
        var trainings = figures.Trainings(new FigureFilter(query.From, query.To, query.Partner, query.Province, query.Module, query.Variant));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + SearchPattern.Escape(query.Search.Trim()) + "%";
            trainings = trainings.Where(t => EF.Functions.ILike(t.Title, pattern, SearchPattern.EscapeCharacter));
        }
        if (query.Status is { } status)
        {
            trainings = trainings.Where(t => t.Status == status);
        }
        var total = await trainings.CountAsync(ct);
        var page = Math.Max(1, query.Page);
        var rows = await trainings.OrderByDescending(t => t.PlannedStart).ThenBy(t => t.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(t => new TrainingRow(t.Id, t.Title, t.Partner!.ShortName, t.ModuleNumber, t.Module!.NameEn, t.Module.NameId,
                t.PlannedStart, t.PlannedEnd, t.Status, t.LeadTrainer!.User!.FullName, t.Enrolments.Count, t.Enrolments.SelectMany(e => e.Participants).Count()))
            .ToListAsync(ct);
        var partners = scope.SeesAllPartners
            ? await db.PartnerOptionsAsync(ct)
            : [];
        return new TrainingList(query with { Page = page }, rows, total, PageSize, partners, scope.SeesAllPartners, CanCreate);
    }

    public async Task<(List<SelectOption> Trainers, List<SelectOption> Variants, List<SelectOption> Modules, List<SelectOption> Partners)> OptionsAsync(
        int? partnerId, bool indonesian, CancellationToken ct)
    {
        var trainers = await db.Trainers.Where(t => t.PartnerId == partnerId).OrderBy(t => t.User!.FullName)
            .Select(t => new SelectOption(t.Id.ToString(), t.User!.FullName)).ToListAsync(ct);
        var variants = await db.Variants.Where(v => v.PartnerId == partnerId).OrderBy(v => v.Name)
            .Select(v => new SelectOption(v.Id.ToString(), v.Name)).ToListAsync(ct);
        var modules = await db.Modules.OrderBy(m => m.Number)
            .Select(m => new SelectOption(m.Number.ToString(), m.Number + ". " + (indonesian ? m.NameId : m.NameEn))).ToListAsync(ct);
        var partners = scope.IsAdministrator
            ? await db.PartnerOptionsAsync(ct)
            : [];
        return (trainers, variants, modules, partners);
    }

    public int? DefaultPartnerId => scope.OwnPartnerId;

    public async Task<TrainingForm?> LoadFormAsync(int id, CancellationToken ct)
    {
        var t = await scope.Trainings().Include(x => x.CoTrainers).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (t is null || !scope.CanChange(t.PartnerId))
        {
            return null;
        }
        return new TrainingForm
        {
            Id = t.Id, PartnerId = t.PartnerId, ModuleNumber = t.ModuleNumber, VariantId = t.VariantId, Title = t.Title,
            LeadTrainerId = t.LeadTrainerId, CoTrainerIds = t.CoTrainers.Select(c => c.TrainerId).ToArray(), Venue = t.Venue,
            ProvinceCode = t.ProvinceCode, City = t.City, PlannedStart = t.PlannedStart, PlannedEnd = t.PlannedEnd, Funding = t.Funding,
            SponsorName = t.SponsorName, TotalCost = t.TotalCost, FeesCollected = t.FeesCollected, SponsorContribution = t.SponsorContribution,
            Version = t.Version,
        };
    }

    public async Task<Outcome> SaveAsync(TrainingForm form, CancellationToken ct)
    {
        Training? training = null;
        int partnerId;
        if (form.Id == 0)
        {
            if (!scope.CanRegister)
            {
                return Outcome.NotFound;
            }
            partnerId = scope.PartnerForNewRecord(form.PartnerId);
        }
        else
        {
            training = await scope.Trainings().Include(t => t.CoTrainers).SingleOrDefaultAsync(t => t.Id == form.Id, ct);
            if (training is null || !scope.CanChange(training.PartnerId))
            {
                return Outcome.NotFound;
            }
            partnerId = training.PartnerId;
        }

        var errors = new List<FieldError>();
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
        {
            errors.Add(new(nameof(form.PartnerId), text["Validation.Required", text["Field.Partner"]]));
        }
        var coTrainers = form.CoTrainerIds.Where(c => c != form.LeadTrainerId).Distinct().ToArray();
        var trainerIds = coTrainers.Append(form.LeadTrainerId!.Value).ToList();
        var trainers = await db.Trainers.Where(t => trainerIds.Contains(t.Id) && t.PartnerId == partnerId)
            .Select(t => new { t.Id, t.User!.FullName, Certified = t.Certifications.Any(c => c.ModuleNumber == form.ModuleNumber) })
            .ToListAsync(ct);
        if (trainers.All(t => t.Id != form.LeadTrainerId))
        {
            errors.Add(new(nameof(form.LeadTrainerId), text["Training.TrainerNotOfPartner"]));
        }
        if (coTrainers.Any(c => trainers.All(t => t.Id != c)))
        {
            errors.Add(new(nameof(form.CoTrainerIds), text["Training.TrainerNotOfPartner"]));
        }
        if (form.VariantId is { } variantId)
        {
            var variant = await db.Variants.Where(v => v.Id == variantId && v.PartnerId == partnerId).Select(v => v.ModuleNumbers).SingleOrDefaultAsync(ct);
            if (variant is null)
            {
                errors.Add(new(nameof(form.VariantId), text["Validation.Choose"]));
            }
            else if (!variant.Contains(form.ModuleNumber!.Value))
            {
                errors.Add(new(nameof(form.VariantId), text["Training.VariantLacksModule"]));
            }
        }
        if (!await db.Provinces.AnyAsync(p => p.Code == form.ProvinceCode, ct))
        {
            errors.Add(new(nameof(form.ProvinceCode), text["Validation.Choose"]));
        }
        if (form.PlannedEnd < form.PlannedStart)
        {
            errors.Add(new(nameof(form.PlannedEnd), text["Training.EndBeforeStart"]));
        }
        if (form.Funding is FundingSource.GovernmentSponsor or FundingSource.PrivateOrCsrSponsor or FundingSource.IloOrDonor
            && string.IsNullOrWhiteSpace(form.SponsorName))
        {
            errors.Add(new(nameof(form.SponsorName), text["Training.SponsorNeeded"]));
        }
        if ((form.FeesCollected ?? 0) + (form.SponsorContribution ?? 0) > (form.TotalCost ?? 0) && (form.TotalCost ?? 0) > 0)
        {
            errors.Add(new(nameof(form.TotalCost), text["Training.IncomeAboveCost"]));
        }
        if (errors.Count > 0)
        {
            return new Outcome(form.Id, errors, []);
        }
        if (!form.ConfirmWarnings)
        {
            var uncertified = trainers.Where(t => !t.Certified).Select(t => text["Training.NotCertified", t.FullName, form.ModuleNumber!.Value].Value).ToList();
            if (uncertified.Count > 0)
            {
                return new Outcome(form.Id, [], uncertified);
            }
        }

        if (training is null)
        {
            training = new Training { PartnerId = partnerId, Status = TrainingStatus.Planned };
            db.Trainings.Add(training);
        }
        else
        {
            db.Entry(training).Property(t => t.Version).OriginalValue = form.Version;
        }
        training.ModuleNumber = form.ModuleNumber!.Value;
        training.VariantId = form.VariantId;
        training.Title = form.Title!.Trim();
        training.LeadTrainerId = form.LeadTrainerId.Value;
        training.CoTrainers.RemoveAll(c => !coTrainers.Contains(c.TrainerId));
        training.CoTrainers.AddRange(coTrainers.Where(c => training.CoTrainers.All(x => x.TrainerId != c)).Select(c => new TrainingCoTrainer { TrainerId = c }));
        training.Venue = Clean(form.Venue);
        training.ProvinceCode = form.ProvinceCode!;
        training.City = Clean(form.City);
        training.PlannedStart = form.PlannedStart!.Value;
        training.PlannedEnd = form.PlannedEnd!.Value;
        training.Funding = form.Funding;
        training.SponsorName = Clean(form.SponsorName);
        training.TotalCost = form.TotalCost ?? 0;
        training.FeesCollected = form.FeesCollected ?? 0;
        training.SponsorContribution = form.SponsorContribution ?? 0;
        return await db.SaveOrConflictAsync(text, form.Id, () => training.Id, ct);
    }

    /// <returns>null when the training is not the user's to change; otherwise the errors (none when moved).</returns>
    public async Task<Outcome> ChangeStatusAsync(int id, TrainingStatus to, CancellationToken ct)
    {
        var training = await ChangeableAsync(id, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (!TrainingStatusRules.CanMove(training.Status, to))
        {
            return Outcome.Refused(text["Training.BadTransition"]);
        }
        if (to == TrainingStatus.ClassroomDone && !await db.ClassroomDays.AnyAsync(d => d.TrainingId == id && d.AttendanceTakenAt != null, ct))
        {
            return Outcome.Refused(text["Training.NeedsAttendance"]);
        }
        training.Status = to;
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <returns>null when not found; otherwise errors and warnings.</returns>
    public async Task<Outcome> EnrolAsync(int trainingId, int enterpriseId, decimal? feePaid, bool confirmed, CancellationToken ct)
    {
        var training = await ChangeableAsync(trainingId, ct);
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
        if (feePaid < 0)
        {
            return new Outcome(trainingId, [new("feePaid", text["Validation.Range", text["Training.FeePaid"], 0, "∞"])], []);
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

    /// <returns>null when not found (404); "" when removed; otherwise why not.</returns>
    public async Task<Outcome> RemoveEnrolmentAsync(int trainingId, int enrolmentId, CancellationToken ct)
    {
        if (await ChangeableAsync(trainingId, ct) is null || !await db.Enrolments.AnyAsync(e => e.Id == enrolmentId && e.TrainingId == trainingId, ct))
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
        var training = await ChangeableAsync(trainingId, ct);
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
    public async Task<bool> SetParticipantsAsync(int trainingId, int enrolmentId, int[] personIds, CancellationToken ct)
    {
        if (await ChangeableAsync(trainingId, ct) is null)
        {
            return false;
        }
        var enrolment = await db.Enrolments.Include(e => e.Participants).SingleOrDefaultAsync(e => e.Id == enrolmentId && e.TrainingId == trainingId, ct);
        if (enrolment is null)
        {
            return false;
        }
        // Only people of the enrolled enterprise can take part, whatever ids are posted.
        var allowed = await db.People.Where(p => p.EnterpriseId == enrolment.EnterpriseId && personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        enrolment.Participants.RemoveAll(p => !allowed.Contains(p.PersonId));
        enrolment.Participants.AddRange(allowed.Where(id => enrolment.Participants.All(p => p.PersonId != id)).Select(id => new Participant { PersonId = id }));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<Outcome> AddDayAsync(int trainingId, DayForm form, CancellationToken ct)
    {
        var training = await ChangeableAsync(trainingId, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (training.Status is TrainingStatus.Completed or TrainingStatus.Cancelled)
        {
            return new Outcome(trainingId, [new("", text["Training.Closed"])], []);
        }
        var days = await db.ClassroomDays.Where(d => d.TrainingId == trainingId).Select(d => d.Date).ToListAsync(ct);
        if (days.Count >= MaxClassroomDays)
        {
            return new Outcome(trainingId, [new(nameof(form.Date), text["Training.TooManyDays", MaxClassroomDays])], []);
        }
        if (days.Contains(form.Date!.Value))
        {
            return new Outcome(trainingId, [new(nameof(form.Date), text["Training.DayExists"])], []);
        }
        db.ClassroomDays.Add(new ClassroomDay { TrainingId = trainingId, Date = form.Date.Value, Venue = Clean(form.Venue) ?? training.Venue, Topic = Clean(form.Topic) });
        await db.SaveChangesAsync(ct);
        return new Outcome(trainingId, [], []);
    }

    public async Task<bool> RemoveDayAsync(int trainingId, int dayId, CancellationToken ct) =>
        await ChangeableAsync(trainingId, ct) is not null
        && await db.ClassroomDays.Where(d => d.Id == dayId && d.TrainingId == trainingId).ExecuteDeleteAsync(ct) == 1;

    public async Task<AttendanceSheet?> AttendanceAsync(int trainingId, int dayId, CancellationToken ct)
    {
        var training = await scope.Trainings().Where(t => t.Id == trainingId).Select(t => new { t.Title }).SingleOrDefaultAsync(ct);
        var day = training is null ? null : await db.ClassroomDays.Where(d => d.Id == dayId && d.TrainingId == trainingId)
            .Select(d => new DayRow(d.Id, d.Date, d.Venue, d.Topic, db.Attendance.Count(a => a.ClassroomDayId == d.Id && a.Present), d.AttendanceTakenAt != null))
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
        return new AttendanceSheet(trainingId, training.Title, day, lines);
    }

    /// <summary>Records who was present on a day: every participant of the training, present or not.</summary>
    public async Task<bool> SaveAttendanceAsync(int trainingId, int dayId, int[] presentParticipantIds, CancellationToken ct)
    {
        if (await ChangeableAsync(trainingId, ct) is null)
        {
            return false;
        }
        var day = await db.ClassroomDays.SingleOrDefaultAsync(d => d.Id == dayId && d.TrainingId == trainingId, ct);
        if (day is null)
        {
            return false;
        }
        var participants = await db.Participants.Where(p => p.Enrolment!.TrainingId == trainingId).Select(p => p.Id).ToListAsync(ct);
        var existing = await db.Attendance.Where(a => a.ClassroomDayId == dayId).ToDictionaryAsync(a => a.ParticipantId, ct);
        foreach (var participantId in participants)
        {
            var present = presentParticipantIds.Contains(participantId);
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
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<Training?> ChangeableAsync(int trainingId, CancellationToken ct)
    {
        var training = await scope.Trainings().SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        return training is not null && scope.CanChange(training.PartnerId) ? training : null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
