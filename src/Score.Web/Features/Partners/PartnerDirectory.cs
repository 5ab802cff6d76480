using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Partners;

/// <summary>Partners: every user reads them; administrators manage them.</summary>
public sealed class PartnerDirectory(ScoreDbContext db, PartnerScope scope, IStringLocalizer<SharedResource> text)
{
    public Task<List<PartnerRow>> ListAsync(CancellationToken ct) =>
        db.Partners.OrderByDescending(p => p.IsLead).ThenBy(p => p.ShortName)
            .Select(p => new PartnerRow(
                p.Id, p.ShortName, p.Name, p.Kind!.NameEn, p.Kind.NameId, p.IsLead, p.Province != null ? p.Province.Name : null, p.City, p.IsActive,
                db.Enterprises.Count(e => e.PartnerId == p.Id && e.DeletedAt == null),
                db.Trainers.Count(t => t.PartnerId == p.Id)))
            .ToListAsync(ct);

    public async Task<PartnerDetails?> DetailsAsync(int id, CancellationToken ct)
    {
        var details = await db.Partners.Where(p => p.Id == id)
            .Select(p => new PartnerDetails(
                p.Id, p.ShortName, p.Name, p.Kind!.NameEn, p.Kind.NameId, p.IsLead, p.Province != null ? p.Province.Name : null, p.City, p.Address,
                p.ContactPerson, p.Email, p.Phone, p.CommitmentSignedOn, p.IsActive,
                db.Enterprises.Count(e => e.PartnerId == p.Id && e.DeletedAt == null),
                db.Enterprises.Count(e => e.PartnerId == p.Id && e.DeletedAt == null && e.Status == EnterpriseStatus.Active),
                db.People.Count(x => x.Enterprise!.PartnerId == p.Id && x.Enterprise.DeletedAt == null),
                db.People.Count(x => x.Enterprise!.PartnerId == p.Id && x.Enterprise.DeletedAt == null && x.Sex == Sex.Female),
                db.Trainers.Count(t => t.PartnerId == p.Id && t.Sex == Sex.Female),
                db.Trainers.Count(t => t.PartnerId == p.Id && t.Sex == Sex.Male),
                p.Variants.OrderBy(v => v.Name)
                    .Select(v => new VariantRow(v.Id, v.Name, v.Description, v.TargetSector != null ? v.TargetSector.NameEn : null,
                        v.TargetSector != null ? v.TargetSector.NameId : null, v.ModuleNumbers, v.TypicalDurationWeeks)).ToList(),
                new List<StaffRow>(),
                new List<TrainerRow>()))
            .AsNoTracking()
            .SingleOrDefaultAsync(ct);
        if (details is null)
        {
            return null;
        }
        var staff = await (
                from u in db.Users
                where u.PartnerId == id
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                orderby u.FullName
                select new StaffRow(u.FullName, u.Email, r.Name!, u.IsActive))
            .ToListAsync(ct);
        var trainers = await db.Trainers.Where(t => t.PartnerId == id).OrderBy(t => t.User!.FullName)
            .Select(t => new { t.Id, t.User!.FullName, t.Sex, Certifications = t.Certifications.OrderBy(c => c.ModuleNumber).Select(c => new { c.ModuleNumber, c.Level }).ToList() })
            .ToListAsync(ct);
        var showContacts = scope.SeesAllPartners || scope.OwnPartnerId == id;
        return details with
        {
            Staff = staff.Select(s => showContacts ? s : s with { Email = null }).ToList(),
            Trainers = trainers.Select(t => new TrainerRow(t.Id, t.FullName, t.Sex, t.Certifications.Select(c => (c.ModuleNumber, c.Level)).ToList())).ToList(),
            CanManage = scope.IsAdministrator,
            CanManageVariants = scope.CanChange(id),
            ShowContacts = showContacts,
        };
    }

    public async Task<PartnerForm?> LoadFormAsync(int id, CancellationToken ct) =>
        await db.Partners.Where(p => p.Id == id).Select(p => new PartnerForm
        {
            Id = p.Id, Name = p.Name, ShortName = p.ShortName, PartnerKindId = p.PartnerKindId, IsLead = p.IsLead,
            ProvinceCode = p.ProvinceCode, City = p.City, Address = p.Address, ContactPerson = p.ContactPerson, Email = p.Email,
            Phone = p.Phone, CommitmentSignedOn = p.CommitmentSignedOn, IsActive = p.IsActive, Version = p.Version,
        }).SingleOrDefaultAsync(ct);

    /// <returns>null when there is no such partner.</returns>
    public async Task<Outcome> SaveAsync(PartnerForm form, CancellationToken ct)
    {
        Partner? partner = null;
        if (form.Id != 0 && (partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == form.Id, ct)) is null)
        {
            return Outcome.NotFound;
        }
        var errors = new List<FieldError>();
        var shortName = form.ShortName!.Trim();
        if (await db.Partners.AnyAsync(p => p.ShortName == shortName && p.Id != form.Id, ct))
        {
            errors.Add(new(nameof(form.ShortName), text["Partner.ShortNameTaken"]));
        }
        if (!await db.PartnerKinds.AnyAsync(k => k.Id == form.PartnerKindId, ct))
        {
            errors.Add(new(nameof(form.PartnerKindId), text["Validation.Choose"]));
        }
        if (!string.IsNullOrEmpty(form.ProvinceCode) && !await db.Provinces.AnyAsync(p => p.Code == form.ProvinceCode, ct))
        {
            errors.Add(new(nameof(form.ProvinceCode), text["Validation.Choose"]));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, form.Id);
        }
        if (partner is null)
        {
            partner = new Partner();
            db.Partners.Add(partner);
        }
        else
        {
            db.Entry(partner).Property(p => p.Version).OriginalValue = form.Version;
        }
        partner.Name = form.Name!.Trim();
        partner.ShortName = shortName;
        partner.PartnerKindId = form.PartnerKindId!.Value;
        partner.IsLead = form.IsLead;
        partner.ProvinceCode = string.IsNullOrEmpty(form.ProvinceCode) ? null : form.ProvinceCode;
        partner.City = form.City.TrimmedOrNull();
        partner.Address = form.Address.TrimmedOrNull();
        partner.ContactPerson = form.ContactPerson.TrimmedOrNull();
        partner.Email = form.Email.TrimmedOrNull();
        partner.Phone = form.Phone.TrimmedOrNull();
        partner.CommitmentSignedOn = form.CommitmentSignedOn;
        partner.IsActive = form.IsActive;
        return await db.SaveOrConflictAsync(text, partner.Id, () => partner.Id, ct);
    }
}
