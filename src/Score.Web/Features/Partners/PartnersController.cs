using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Infrastructure;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Partners;

[Route("partners")]
public sealed class PartnersController(
    PartnerDirectory directory, VariantCatalogue variants, ScoreDbContext db, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await directory.ListAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await directory.DetailsAsync(id, ct) is { } details ? View(details) : NotFound();

    [Authorize(Policy = Policies.Administration)]
    [HttpGet("create")]
    public Task<IActionResult> Create(CancellationToken ct) => FormView(new PartnerForm(), ct);

    [Authorize(Policy = Policies.Administration)]
    [HttpPost("create")]
    public Task<IActionResult> Create(PartnerForm form, CancellationToken ct) => Save(form with { Id = 0 }, ct);

    [Authorize(Policy = Policies.Administration)]
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await directory.LoadFormAsync(id, ct) is { } form ? await FormView(form, ct) : NotFound();

    [Authorize(Policy = Policies.Administration)]
    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, PartnerForm form, CancellationToken ct) => Save(form with { Id = id }, ct);

    [HttpGet("{id:int}/variants/create")]
    public async Task<IActionResult> CreateVariant(int id, CancellationToken ct) =>
        await variants.ChangeablePartnerNameAsync(id, ct) is { Name: var name } ? await VariantView(new VariantForm { PartnerId = id }, name, ct) : NotFound();

    [HttpPost("{id:int}/variants/create")]
    public Task<IActionResult> CreateVariant(int id, VariantForm form, CancellationToken ct) =>
        SaveVariant(form with { Id = 0, PartnerId = id }, ct);

    [HttpGet("{id:int}/variants/{variantId:int}/edit")]
    public async Task<IActionResult> EditVariant(int id, int variantId, CancellationToken ct) =>
        await variants.LoadVariantAsync(id, variantId, ct) is { } form
            ? await VariantView(form, (await variants.ChangeablePartnerNameAsync(id, ct))!.Name, ct)
            : NotFound();

    [HttpPost("{id:int}/variants/{variantId:int}/edit")]
    public Task<IActionResult> EditVariant(int id, int variantId, VariantForm form, CancellationToken ct) =>
        SaveVariant(form with { Id = variantId, PartnerId = id }, ct);

    [HttpPost("{id:int}/variants/{variantId:int}/delete")]
    public async Task<IActionResult> DeleteVariant(int id, int variantId, CancellationToken ct)
    {
        var refusal = await variants.DeleteVariantAsync(id, variantId, ct);
        return this.Answer(refusal, text["Variant.Deleted"], RedirectToAction(nameof(Details), new { id }));
    }

    private async Task<IActionResult> Save(PartnerForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await directory.SaveAsync(form, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }
            if (result.IsConflict && await directory.LoadFormAsync(form.Id, ct) is { } current)
            {
                ModelState.ShowConflict(result.Errors);
                return await FormView(current, ct);
            }
            if (ModelState.Apply(result.Errors))
            {
                this.Flash(FlashKind.Success, text["Partner.Saved", form.ShortName!]);
                return RedirectToAction(nameof(Details), new { id = result.Id });
            }
        }
        return await FormView(form, ct);
    }

    private async Task<IActionResult> SaveVariant(VariantForm form, CancellationToken ct)
    {
        var partnerName = await variants.ChangeablePartnerNameAsync(form.PartnerId, ct);
        if (partnerName is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await variants.SaveVariantAsync(form, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }
            if (result.IsConflict && await variants.LoadVariantAsync(form.PartnerId, form.Id, ct) is { } current)
            {
                ModelState.ShowConflict(result.Errors);
                return await VariantView(current, partnerName.Name, ct);
            }
            if (ModelState.Apply(result.Errors))
            {
                this.Flash(FlashKind.Success, text["Variant.Saved", form.Name!]);
                return RedirectToAction(nameof(Details), new { id = form.PartnerId });
            }
        }
        return await VariantView(form, partnerName.Name, ct);
    }

    private async Task<IActionResult> FormView(PartnerForm form, CancellationToken ct)
    {
        return View("Form", form with
        {
            Kinds = await db.PartnerKindOptionsAsync(Cultures.IsIndonesian, ct),
            Provinces = await db.ProvinceOptionsAsync(ct),
        });
    }

    private async Task<IActionResult> VariantView(VariantForm form, string partnerName, CancellationToken ct)
    {
        return View("VariantForm", form with
        {
            PartnerName = partnerName,
            Sectors = await db.SectorOptionsAsync(Cultures.IsIndonesian, ct),
            Modules = await db.ModuleOptionsAsync(Cultures.IsIndonesian, ct),
        });
    }
}
