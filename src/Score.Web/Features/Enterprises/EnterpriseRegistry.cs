using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Enterprises;

/// <summary>Registering and keeping enterprises and their people, always within the user's scope.</summary>
public sealed class EnterpriseRegistry(
    ScoreDbContext db,
    PartnerScope scope,
    ProgrammeFigureQueries figures,
    DuplicateCheck duplicates,
    TimeProvider clock,
    CurrentUser me,
    OptionCache options,
    IStringLocalizer<SharedResource> text)
{
    public const int PageSize = 25;

    public bool CanRegister => scope.CanRegister;

    /// <summary>
    /// One page of the list. The page and the count travel in one query (the count as a subquery of each
    /// row), and the filters' dropdowns come from the option cache: one round trip for a page that has
    /// rows. Only a page past the end asks again, for the count and then the last page.
    /// </summary>
    public async Task<EnterpriseList> ListAsync(EnterpriseListQuery query, bool indonesian, CancellationToken ct)
    {
        var enterprises = query.Deleted && scope.IsAdministrator ? scope.DeletedEnterprises() : scope.Enterprises();
        enterprises = EnterpriseFilter.Apply(enterprises, query, figures);
        Func<int, Task<(List<EnterpriseRow> Rows, int Total)>> pageAt = scope.StaffPartnerId is { } partnerId && IsUnfilteredByName(query)
            ? p => OwnPartnerPageAsync(partnerId, p, ct)
            : p => PageAsync(enterprises, query.Sort, p, ct);
        var (rows, total, page) = await Paging.ReadAsync(query.Page, PageSize, pageAt, () => enterprises.CountAsync(ct));
        return new EnterpriseList(
            query with { Page = page }, rows, total, PageSize,
            await ProvinceOptionsAsync(query.Province, ct), await options.SectorsAsync(db, indonesian, ct),
            scope.SeesAllPartners ? await options.PartnersAsync(db, ct) : [],
            scope.SeesAllPartners, scope.CanRegister)
        {
            RegisteredRecently = scope.CanRegister && page == 1 && IsUnfilteredByName(query) ? await RegisteredRecentlyAsync(ct) : [],
        };
    }

    private const int RecentShown = 5;

    private async Task<List<RecordLink>> RegisteredRecentlyAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-7);
        var who = me.AuditName;
        return await scope.Enterprises().Where(e => e.CreatedBy == who && e.CreatedAt >= since)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(RecentShown)
            .Select(e => new RecordLink(e.Id, e.Name)).ToListAsync(ct);
    }

    /// <summary>Every province for those who see all partners; for a partner's users the provinces it works in, and the one asked for.</summary>
    private async Task<List<SelectOption>> ProvinceOptionsAsync(string? chosen, CancellationToken ct)
    {
        if (scope.SeesAllPartners || scope.OwnPartnerId is not { } partnerId)
        {
            return await options.ProvincesAsync(db, ct);
        }
        var own = await options.ProvincesOfPartnerAsync(db, partnerId, ct);
        if (string.IsNullOrEmpty(chosen) || own.Exists(p => p.Value == chosen))
        {
            return own;
        }
        return [.. (await options.ProvincesAsync(db, ct)).Where(p => p.Value == chosen || own.Exists(o => o.Value == p.Value))];
    }

    private sealed record PagedRow(EnterpriseRow Row, int Total);

    private static async Task<(List<EnterpriseRow> Rows, int Total)> PageAsync(IQueryable<Enterprise> enterprises, string? sort, int page, CancellationToken ct)
    {
        // The page's ids first, then their rows: the offset walks an index, not the rows it skips.
        var pageIds = Sort(enterprises, sort).Skip((page - 1) * PageSize).Take(PageSize).Select(e => e.Id);
        var found = await Sort(enterprises.Where(e => pageIds.Contains(e.Id)), sort)
            .Select(e => new PagedRow(
                new EnterpriseRow(
                    e.Id, e.Name, e.Nib, e.Partner!.ShortName, e.Province!.Name, e.Regency != null ? e.Regency.Name : null,
                    e.Sector!.NameEn, e.Sector.NameId, e.WorkersWomen + e.WorkersMen, e.SizeClass, e.Status, e.People.Count, e.UpdatedAt),
                enterprises.Count()))
            .ToListAsync(ct);
        return Rows(found);
    }

    private static (List<EnterpriseRow> Rows, int Total) Rows(List<PagedRow> found) => ([.. found.Select(f => f.Row)], found.Count > 0 ? found[0].Total : 0);

    private static bool IsUnfilteredByName(EnterpriseListQuery query) =>
        query is { Search: null or "", Province: null or "", Sector: null, Size: null, Status: null, Partner: null, Reached: false, Deleted: false, Sort: null or "" or "name" };

    /// <summary>
    /// The page a partner's staff open most (their enterprises by name, no filter): <see cref="PageAsync"/> with
    /// <see cref="PartnerScope.Enterprises"/> of staff written out and compiled once, because building and matching
    /// that LINQ on every request cost about a tenth of the page's CPU. RequestCostTests holds the two to the same rows.
    /// </summary>
    private static readonly Func<ScoreDbContext, int, int, IAsyncEnumerable<PagedRow>> OwnPartnerByName = EF.CompileAsyncQuery(
        (ScoreDbContext db, int partnerId, int skip) => db.Enterprises
            .Where(e => e.PartnerId == partnerId && e.DeletedAt == null
                        && db.Enterprises.Where(p => p.PartnerId == partnerId && p.DeletedAt == null)
                            .OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(skip).Take(PageSize).Select(p => p.Id).Contains(e.Id))
            .OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new PagedRow(
                new EnterpriseRow(
                    e.Id, e.Name, e.Nib, e.Partner!.ShortName, e.Province!.Name, e.Regency != null ? e.Regency.Name : null,
                    e.Sector!.NameEn, e.Sector.NameId, e.WorkersWomen + e.WorkersMen, e.SizeClass, e.Status, e.People.Count, e.UpdatedAt),
                db.Enterprises.Count(c => c.PartnerId == partnerId && c.DeletedAt == null))));

    private async Task<(List<EnterpriseRow> Rows, int Total)> OwnPartnerPageAsync(int partnerId, int page, CancellationToken ct) =>
        Rows(await OwnPartnerByName(db, partnerId, (page - 1) * PageSize).ToListAsync(ct));

    private static IQueryable<Enterprise> Sort(IQueryable<Enterprise> enterprises, string? sort) => sort switch
    {
        "-name" => enterprises.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
        "province" => enterprises.OrderBy(e => e.Province!.Name).ThenBy(e => e.Name).ThenBy(e => e.Id),
        "-province" => enterprises.OrderByDescending(e => e.Province!.Name).ThenBy(e => e.Name).ThenBy(e => e.Id),
        "workers" => enterprises.OrderBy(e => e.WorkersWomen + e.WorkersMen).ThenBy(e => e.Id),
        "-workers" => enterprises.OrderByDescending(e => e.WorkersWomen + e.WorkersMen).ThenBy(e => e.Id),
        "size" => enterprises.OrderBy(e => e.SizeClass).ThenBy(e => e.Name).ThenBy(e => e.Id),
        "-size" => enterprises.OrderByDescending(e => e.SizeClass).ThenBy(e => e.Name).ThenBy(e => e.Id),
        "status" => enterprises.OrderBy(e => e.Status).ThenBy(e => e.Name).ThenBy(e => e.Id),
        "-status" => enterprises.OrderByDescending(e => e.Status).ThenBy(e => e.Name).ThenBy(e => e.Id),
        "updated" => enterprises.OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id),
        "-updated" => enterprises.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id),
        _ => enterprises.OrderBy(e => e.Name).ThenBy(e => e.Id),
    };

    /// <summary>The title of an open training the user may enrol enterprises in; null otherwise (404).</summary>
    public async Task<TrainingToEnrolIn?> EnrolmentTrainingAsync(int trainingId, CancellationToken ct) =>
        await scope.ChangeableTrainingAsync(trainingId, ct) is { } training && training.Refuses(TrainingChange.NewRecord) is null
            ? new TrainingToEnrolIn(training.Title, training.FeePerEnterprise) : null;

    /// <summary>The edit form of an enterprise the user may change; null otherwise (404).</summary>
    public async Task<EnterpriseForm?> LoadFormAsync(int id, CancellationToken ct)
    {
        var e = await scope.Enterprises().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || !scope.CanChange(e.PartnerId))
        {
            return null;
        }
        return new EnterpriseForm
        {
            Id = e.Id, PartnerId = e.PartnerId, Name = e.Name, Nib = e.Nib, LegalForm = e.LegalForm, SectorId = e.SectorId,
            ProvinceCode = e.ProvinceCode, RegencyCode = e.RegencyCode, Address = e.Address, Phone = e.Phone, Email = e.Email,
            OwnerName = e.OwnerName, YearFounded = e.YearFounded, WorkersWomen = e.WorkersWomen, WorkersMen = e.WorkersMen,
            SalesBand = e.SalesBand, Latitude = Coordinates.Text(e.Latitude), Longitude = Coordinates.Text(e.Longitude), Notes = e.Notes, Status = e.Status, Version = e.Version,
        };
    }

    /// <returns>null when the enterprise is not the user's to change (404).</returns>
    public async Task<Outcome> SaveAsync(EnterpriseForm form, CancellationToken ct)
    {
        Enterprise? entity = null;
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
            entity = await scope.Enterprises().SingleOrDefaultAsync(e => e.Id == form.Id, ct);
            if (entity is null || !scope.CanChange(entity.PartnerId))
            {
                return Outcome.NotFound;
            }
            partnerId = entity.PartnerId;
        }

        var nib = form.Nib.TrimmedOrNull();
        var errors = await ValidateAsync(form, partnerId, nib, ct);
        Training? enrolIn = null;
        if (form.Id == 0)
        {
            errors.AddRange(CheckNewPeople(form));
            if (form.EnrolIn is { } trainingId)
            {
                enrolIn = await scope.ChangeableTrainingAsync(trainingId, ct);
                if (enrolIn is null)
                {
                    return Outcome.NotFound;
                }
                errors.AddRange(CheckEnrolment(form, enrolIn, partnerId));
            }
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, form.Id);
        }
        if (!form.ConfirmWarnings)
        {
            var warnings = (await duplicates.SimilarNamesAsync(form.Name!, form.RegencyCode, partnerId, form.Id, ct))
                .Select(s => s.Name is null ? text["Enterprise.SimilarOtherPartner"].Value : text["Enterprise.SimilarOwn", s.Name].Value)
                .Distinct()
                .ToList();
            if (enrolIn is not null)
            {
                var enrolled = await db.Enrolments.CountAsync(e => e.TrainingId == enrolIn.Id, ct);
                if (EnrolmentRules.IsMoreThanTypical(enrolled + 1))
                {
                    warnings.Add(text["Training.ManyEnterprises", enrolled + 1, EnrolmentRules.TypicalMaxEnterprises]);
                }
            }
            if (warnings.Count > 0)
            {
                return Outcome.Confirm(warnings, form.Id);
            }
        }

        if (entity is null)
        {
            entity = new Enterprise { PartnerId = partnerId };
            db.Enterprises.Add(entity);
        }
        else
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = form.Version;
        }
        Apply(form, nib, entity);
        if (form.Id == 0)
        {
            AddPeople(form, entity, enrolIn);
        }
        try
        {
            if (await db.SaveUnlessConflictAsync(text["Common.ConcurrencyConflict"], form.Id, ct) is { } conflict)
            {
                return conflict;
            }
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            // Another user registered the same NIB between our check and this save.
            return Outcome.Invalid([new(nameof(form.Nib), text["Enterprise.NibTakenOther"])], form.Id);
        }
        return Outcome.Done(entity.Id);
    }

    private static void Apply(EnterpriseForm form, string? nib, Enterprise entity)
    {
        entity.Name = form.Name!.Trim();
        entity.Nib = nib;
        entity.LegalForm = form.LegalForm;
        entity.SectorId = form.SectorId!.Value;
        entity.ProvinceCode = form.ProvinceCode!;
        entity.RegencyCode = string.IsNullOrEmpty(form.RegencyCode) ? null : form.RegencyCode;
        entity.Address = form.Address.TrimmedOrNull();
        entity.Phone = form.Phone.TrimmedOrNull();
        entity.Email = form.Email.TrimmedOrNull();
        entity.OwnerName = form.OwnerName.TrimmedOrNull();
        entity.YearFounded = form.YearFounded;
        entity.WorkersWomen = form.WorkersWomen!.Value;
        entity.WorkersMen = form.WorkersMen!.Value;
        entity.SalesBand = form.SalesBand;
        entity.Latitude = Coordinates.Parse(form.Latitude);
        entity.Longitude = Coordinates.Parse(form.Longitude);
        entity.Notes = form.Notes.TrimmedOrNull();
        entity.Status = form.Status;
        entity.DeriveSizeClass();
    }

    private List<FieldError> CheckNewPeople(EnterpriseForm form)
    {
        var errors = PeopleBatch.Errors(form.People, nameof(form.People), text);
        if (OwnerBecomesPerson(form) && form.OwnerSex is null)
        {
            errors.Add(new(nameof(form.OwnerSex), text["Enterprise.OwnerNeedsSex"]));
        }
        return errors;
    }

    private IEnumerable<FieldError> CheckEnrolment(EnterpriseForm form, Training training, int partnerId)
    {
        if (training.Refuses(TrainingChange.NewRecord) is { } refusal)
        {
            yield return new("", text[TrainingGate.MessageKey(refusal)]);
        }
        if (training.PartnerId != partnerId)
        {
            yield return new(nameof(form.PartnerId), text["Training.EnterpriseNotOfPartner"]);
        }
        if (!EnrolmentRules.FeeIsPossible(form.FeePaid))
        {
            yield return new(nameof(form.FeePaid), text["Validation.Range", text["Training.FeePaid"], 0, Localization.Display.Number(EnrolmentRules.MaxFee)]);
        }
    }

    private static bool OwnerBecomesPerson(EnterpriseForm form) => form.AddOwnerAsPerson && !string.IsNullOrWhiteSpace(form.OwnerName);

    /// <summary>The owner and the typed rows become the new enterprise's people; registered from a training, all of them take part in it.</summary>
    private void AddPeople(EnterpriseForm form, Enterprise entity, Training? enrolIn)
    {
        var people = new List<EnterprisePerson>();
        if (OwnerBecomesPerson(form))
        {
            people.Add(new EnterprisePerson
            {
                FullName = form.OwnerName!.Trim(), Sex = form.OwnerSex!.Value, Position = PersonPosition.Owner,
                Phone = form.Phone.TrimmedOrNull(), Email = form.Email.TrimmedOrNull(), IsEitMember = true,
            });
        }
        people.AddRange(PeopleBatch.PeopleOf(form.People));
        entity.People.AddRange(people);
        if (enrolIn is not null)
        {
            db.Enrolments.Add(new Enrolment
            {
                TrainingId = enrolIn.Id, Enterprise = entity, FeePaid = form.FeePaid,
                Participants = [.. people.Select(p => new Participant { Person = p })],
            });
        }
    }

    private async Task<List<FieldError>> ValidateAsync(EnterpriseForm form, int partnerId, string? nib, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (form.Id == 0 && scope.IsAdministrator && !await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
        {
            errors.Add(new(nameof(form.PartnerId), text["Validation.Required", text["Field.Partner"]]));
        }
        if (form.SectorId is { } sector && !await db.Sectors.AnyAsync(s => s.Id == sector, ct))
        {
            errors.Add(new(nameof(form.SectorId), text["Validation.Choose"]));
        }
        if (!await db.Provinces.AnyAsync(p => p.Code == form.ProvinceCode, ct))
        {
            errors.Add(new(nameof(form.ProvinceCode), text["Validation.Choose"]));
        }
        else if (!string.IsNullOrEmpty(form.RegencyCode))
        {
            var regencyProvince = await db.Regencies.Where(r => r.Code == form.RegencyCode).Select(r => r.ProvinceCode).SingleOrDefaultAsync(ct);
            if (EnterpriseRules.CheckRegency(form.RegencyCode, regencyProvince, form.ProvinceCode) is { } regency)
            {
                errors.Add(new(regency.Field, text[regency.MessageKey]));
            }
        }
        var facts = new EnterpriseFacts(form.YearFounded, form.WorkersWomen, form.WorkersMen, form.Latitude, form.Longitude);
        errors.AddRange(EnterpriseRules.Check(facts, clock.Today().Year).Select(b => new FieldError(b.Field, text[b.MessageKey])));
        if (nib is not null)
        {
            var (owner, _, name) = await duplicates.NibOwnerAsync(nib, partnerId, form.Id, ct);
            var message = owner switch
            {
                NibOwner.ThisPartner => text["Enterprise.NibTakenOwn", name!].Value,
                NibOwner.AnotherPartner => text["Enterprise.NibTakenOther"].Value,
                NibOwner.Deleted => text["Enterprise.NibTakenDeleted"].Value,
                _ => null,
            };
            if (message is not null)
            {
                errors.Add(new(nameof(form.Nib), message));
            }
        }
        return errors;
    }

    /// <summary>Soft delete; an administrator can restore it. An enterprise with trainings stays.</summary>
    /// <returns>null when not the user's (404); "" when deleted; otherwise why not.</returns>
    public async Task<Outcome> DeleteAsync(int id, CancellationToken ct)
    {
        var entity = await scope.Enterprises().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null || !scope.CanChange(entity.PartnerId))
        {
            return Outcome.NotFound;
        }
        if (await db.Enrolments.AnyAsync(e => e.EnterpriseId == id, ct))
        {
            return Outcome.Refused(text["Enterprise.HasTrainings"]);
        }
        entity.DeletedAt = clock.GetUtcNow();
        entity.DeletedBy = me.AuditName;
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    public async Task<bool> RestoreAsync(int id, CancellationToken ct)
    {
        var entity = await scope.DeletedEnterprises().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null)
        {
            return false;
        }
        entity.DeletedAt = null;
        entity.DeletedBy = null;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>An administrator hands an enterprise, with its people, to another partner.</summary>
    public async Task<bool> MoveAsync(int id, int partnerId, CancellationToken ct)
    {
        if (!scope.IsAdministrator || !await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
        {
            return false;
        }
        var entity = await scope.Enterprises().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null)
        {
            return false;
        }
        entity.PartnerId = partnerId;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
