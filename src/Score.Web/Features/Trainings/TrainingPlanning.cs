using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

/// <summary>A partner's trainings: the list, planning one (create, edit) and moving it through its status cycle.</summary>
public sealed class TrainingPlanning(ScoreDbContext db, PartnerScope scope, ProgrammeFigureQueries figures, OptionCache options, IStringLocalizer<SharedResource> text)
{
    public const int PageSize = 25;

    public bool CanCreate => scope.CanRegister;

    public async Task<TrainingList> ListAsync(TrainingListQuery query, CancellationToken ct)
    {
        // The dashboard's filters (period, partner, province, module, variant) select trainings the same way here.
        var trainings = figures.Trainings(new FigureFilter(query.From, query.To, query.Partner, query.Province, query.Module, query.Variant) { ApprovedOnly = query.Approved });
        if (query.Active)
        {
            trainings = trainings.Where(t => t.Status != TrainingStatus.Cancelled);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + SearchPattern.Escape(query.Search.Trim()) + "%";
            trainings = trainings.Where(t => EF.Functions.ILike(t.Title, pattern, SearchPattern.EscapeCharacter));
        }
        if (query.Status is { } status)
        {
            trainings = trainings.Where(t => t.Status == status);
        }
        var (rows, total, page) = await Paging.ReadAsync(query.Page, PageSize, p => PageAsync(trainings, p, ct), () => trainings.CountAsync(ct));
        var partners = scope.SeesAllPartners ? await options.PartnersAsync(db, ct) : [];
        return new TrainingList(query with { Page = page }, rows, total, PageSize, partners, scope.SeesAllPartners, CanCreate);
    }

    private static async Task<(List<TrainingRow> Rows, int Total)> PageAsync(IQueryable<Training> trainings, int page, CancellationToken ct)
    {
        var found = await trainings.OrderByDescending(t => t.PlannedStart).ThenBy(t => t.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(t => new
            {
                Row = new TrainingRow(t.Id, t.Title, t.Partner!.ShortName, t.ModuleNumber, t.Module!.NameEn, t.Module.NameId,
                    t.PlannedStart, t.PlannedEnd, t.Status, t.LeadTrainer!.User!.FullName, t.Enrolments.Count, t.Enrolments.SelectMany(e => e.Participants).Count())
                {
                    ReviewState = t.ReviewState,
                },
                Total = trainings.Count(),
            })
            .ToListAsync(ct);
        return ([.. found.Select(f => f.Row)], found.Count > 0 ? found[0].Total : 0);
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

    /// <summary>May the user create a training (id 0) or change this one.</summary>
    public async Task<bool> MayChangeAsync(int id, CancellationToken ct) =>
        id == 0 ? CanCreate : await scope.ChangeableTrainingAsync(id, ct) is not null;

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
            FeePerEnterprise = t.FeePerEnterprise, Version = t.Version,
        };
    }

    public async Task<Outcome> SaveAsync(TrainingForm form, CancellationToken ct)
    {
        var (existing, partnerId, stop) = await TargetAsync(form, ct);
        if (stop is not null)
        {
            return stop;
        }
        var coTrainers = form.CoTrainerIds.Where(c => c != form.LeadTrainerId).Distinct().ToArray();
        var (errors, uncertified) = await CheckAsync(form, partnerId, coTrainers, ct);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, form.Id);
        }
        if (!form.ConfirmWarnings && uncertified.Count > 0)
        {
            return Outcome.Confirm(uncertified, form.Id);
        }
        var training = existing ?? AddPlanned(form, partnerId);
        if (existing is not null)
        {
            db.Entry(existing).Property(t => t.Version).OriginalValue = form.Version;
        }
        Apply(form, coTrainers, training);
        return await db.SaveOrConflictAsync(text, form.Id, () => training.Id, ct);
    }

    /// <summary>The training the form changes (none for a new one) and its partner, or why nothing may be saved.</summary>
    private async Task<(Training? Existing, int PartnerId, Outcome? Stop)> TargetAsync(TrainingForm form, CancellationToken ct)
    {
        if (form.Id == 0)
        {
            return scope.CanRegister ? (null, scope.PartnerForNewRecord(form.PartnerId), null) : (null, 0, Outcome.NotFound);
        }
        var training = await scope.Trainings().Include(t => t.CoTrainers).SingleOrDefaultAsync(t => t.Id == form.Id, ct);
        if (training is null || !scope.CanChange(training.PartnerId))
        {
            return (null, 0, Outcome.NotFound);
        }
        return training.Refuses(TrainingChange.PlanChange) is { } refusal
            ? (null, 0, Outcome.Refused(refusal, text))
            : (training, training.PartnerId, null);
    }

    /// <summary>The errors at the form's fields, and the warnings to confirm: trainers not certified for the module.</summary>
    private async Task<(List<FieldError> Errors, List<string> Uncertified)> CheckAsync(TrainingForm form, int partnerId, int[] coTrainers, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
        {
            errors.Add(new(nameof(form.PartnerId), text["Validation.Required", text["Field.Partner"]]));
        }
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
        var uncertified = trainers.Where(t => !t.Certified).Select(t => text["Training.NotCertified", t.FullName, form.ModuleNumber!.Value].Value).ToList();
        return (errors, uncertified);
    }

    /// <summary>A new planned training, its classroom days from the plan (one a day, editable on the training's page).</summary>
    private Training AddPlanned(TrainingForm form, int partnerId)
    {
        var training = new Training
        {
            PartnerId = partnerId,
            Status = TrainingStatus.Planned,
            Days = [.. ClassroomPlan.DaysFor(form.PlannedStart!.Value, form.PlannedEnd!.Value).Select(d => new ClassroomDay { Date = d, Venue = form.Venue.TrimmedOrNull() })],
        };
        db.Trainings.Add(training);
        return training;
    }

    private static void Apply(TrainingForm form, int[] coTrainers, Training training)
    {
        training.ModuleNumber = form.ModuleNumber!.Value;
        training.VariantId = form.VariantId;
        training.Title = form.Title!.Trim();
        training.LeadTrainerId = form.LeadTrainerId!.Value;
        training.CoTrainers.RemoveAll(c => !coTrainers.Contains(c.TrainerId));
        training.CoTrainers.AddRange(coTrainers.Where(c => training.CoTrainers.All(x => x.TrainerId != c)).Select(c => new TrainingCoTrainer { TrainerId = c }));
        training.Venue = form.Venue.TrimmedOrNull();
        training.ProvinceCode = form.ProvinceCode!;
        training.City = form.City.TrimmedOrNull();
        training.PlannedStart = form.PlannedStart!.Value;
        training.PlannedEnd = form.PlannedEnd!.Value;
        training.Funding = form.Funding;
        training.SponsorName = form.SponsorName.TrimmedOrNull();
        training.TotalCost = form.TotalCost ?? 0;
        training.FeesCollected = form.FeesCollected ?? 0;
        training.FeePerEnterprise = form.FeePerEnterprise;
        training.SponsorContribution = form.SponsorContribution ?? 0;
    }

    /// <returns>null when the training is not the user's to change; otherwise the errors (none when moved).</returns>
    public async Task<Outcome> ChangeStatusAsync(int id, TrainingStatus to, CancellationToken ct)
    {
        var training = await scope.ChangeableTrainingAsync(id, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (training.Refuses(TrainingChange.PlanChange) is { } refusal)
        {
            return Outcome.Refused(refusal, text);
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
}
