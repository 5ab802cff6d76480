using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Partners;

/// <summary>A partner's own SCORE variants (its name for a package of modules), kept by its staff.</summary>
public sealed class VariantCatalogue(ScoreDbContext db, PartnerScope scope, IStringLocalizer<SharedResource> text)
{
    public async Task<VariantForm?> LoadVariantAsync(int partnerId, int variantId, CancellationToken ct)
    {
        if (!scope.CanChange(partnerId))
        {
            return null;
        }
        return await db.Variants.Where(v => v.Id == variantId && v.PartnerId == partnerId).Select(v => new VariantForm
        {
            Id = v.Id, PartnerId = v.PartnerId, Name = v.Name, Description = v.Description, TargetSectorId = v.TargetSectorId,
            ModuleNumbers = v.ModuleNumbers, TypicalDurationWeeks = v.TypicalDurationWeeks, Version = v.Version,
        }).SingleOrDefaultAsync(ct);
    }

    public async Task<RecordName?> ChangeablePartnerNameAsync(int partnerId, CancellationToken ct) =>
        scope.CanChange(partnerId) ? await db.Partners.Where(p => p.Id == partnerId).Select(p => new RecordName(p.ShortName)).SingleOrDefaultAsync(ct) : null;

    public async Task<Outcome> SaveVariantAsync(VariantForm form, CancellationToken ct)
    {
        if (await ChangeablePartnerNameAsync(form.PartnerId, ct) is null)
        {
            return Outcome.NotFound;
        }
        ScoreVariant? variant = null;
        if (form.Id != 0 && (variant = await db.Variants.SingleOrDefaultAsync(v => v.Id == form.Id && v.PartnerId == form.PartnerId, ct)) is null)
        {
            return Outcome.NotFound;
        }
        var errors = new List<FieldError>();
        var name = form.Name!.Trim();
        var modules = form.ModuleNumbers.Where(m => m is >= 1 and <= 5).Distinct().Order().ToArray();
        if (modules.Length == 0)
        {
            errors.Add(new(nameof(form.ModuleNumbers), text["Variant.ModulesRequired"]));
        }
        if (await db.Variants.AnyAsync(v => v.PartnerId == form.PartnerId && v.Name == name && v.Id != form.Id, ct))
        {
            errors.Add(new(nameof(form.Name), text["Variant.NameTaken"]));
        }
        if (form.TargetSectorId is { } sector && !await db.Sectors.AnyAsync(s => s.Id == sector, ct))
        {
            errors.Add(new(nameof(form.TargetSectorId), text["Validation.Choose"]));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, form.Id);
        }
        if (variant is null)
        {
            variant = new ScoreVariant { PartnerId = form.PartnerId };
            db.Variants.Add(variant);
        }
        else
        {
            db.Entry(variant).Property(v => v.Version).OriginalValue = form.Version;
        }
        variant.Name = name;
        variant.Description = form.Description.TrimmedOrNull();
        variant.TargetSectorId = form.TargetSectorId;
        variant.ModuleNumbers = modules;
        variant.TypicalDurationWeeks = form.TypicalDurationWeeks;
        return await db.SaveOrConflictAsync(text, form.Id, () => variant.Id, ct);
    }

    /// <summary>Deletes a variant no training uses.</summary>
    public async Task<Outcome> DeleteVariantAsync(int partnerId, int variantId, CancellationToken ct)
    {
        if (!scope.CanChange(partnerId) || !await db.Variants.AnyAsync(v => v.Id == variantId && v.PartnerId == partnerId, ct))
        {
            return Outcome.NotFound;
        }
        if (await db.Trainings.AnyAsync(t => t.VariantId == variantId, ct))
        {
            return Outcome.Refused(text["Variant.InUse"]);
        }
        // Removed through the change tracker, so that the audit trail keeps what it was.
        db.Variants.Remove(await db.Variants.SingleAsync(v => v.Id == variantId, ct));
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }
}
