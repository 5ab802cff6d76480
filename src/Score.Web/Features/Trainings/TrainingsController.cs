using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

[Route("trainings")]
public sealed class TrainingsController(
    TrainingPlanning planning, TrainingRecords records, WorkshopDesk workshop, ScoreDbContext db, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] TrainingListQuery query, CancellationToken ct) => View(await planning.ListAsync(query, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await records.LoadAsync(id, ct) is { } details ? View(details) : NotFound();

    [HttpGet("create")]
    public async Task<IActionResult> Create(int? partnerId, CancellationToken ct) =>
        planning.CanCreate
            ? await FormView(new TrainingForm { PartnerId = partnerId ?? planning.DefaultPartnerId, PlannedStart = null }, [], ct)
            : NotFound();

    [HttpPost("create")]
    public Task<IActionResult> Create(TrainingForm form, CancellationToken ct) => Save(form with { Id = 0 }, ct);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await planning.LoadFormAsync(id, ct) is { } form ? await FormView(form, [], ct) : NotFound();

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, TrainingForm form, CancellationToken ct) => Save(form with { Id = id }, ct);

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> Status(int id, TrainingStatus to, CancellationToken ct)
    {
        var error = await planning.ChangeStatusAsync(id, to, ct);
        return this.Answer(error, text["Training.StatusChanged", text["TrainingStatus." + to]], RedirectToAction(nameof(Details), new { id }));
    }

    [HttpGet("{id:int}/workshop")]
    public async Task<IActionResult> Workshop(int id, CancellationToken ct) =>
        await workshop.PageAsync(id, null, ct) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/workshop")]
    public async Task<IActionResult> Workshop(int id, WorkshopForm form, CancellationToken ct)
    {
        if (!await planning.MayChangeAsync(id, ct))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await workshop.SaveAsync(id, form, ct);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }
            if (outcome.IsConflict)
            {
                ModelState.ShowConflict(outcome.Errors);
                return await workshop.PageAsync(id, null, ct) is { } current ? View(current) : NotFound();
            }
            if (ModelState.Apply(outcome.Errors))
            {
                this.Flash(FlashKind.Success, text["Workshop.Saved"]);
                return Redirect($"/trainings/{id}#enrolments");
            }
        }
        return await workshop.PageAsync(id, form, ct) is { } page ? View(page) : NotFound();
    }

    private async Task<IActionResult> Save(TrainingForm form, CancellationToken ct)
    {
        // Whose it is comes before what is wrong with it: someone who may not change it learns nothing from validation.
        if (!await planning.MayChangeAsync(form.Id, ct))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await planning.SaveAsync(form, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }
            if (result.IsConflict && await planning.LoadFormAsync(form.Id, ct) is { } current)
            {
                ModelState.ShowConflict(result.Errors);
                return await FormView(current, [], ct);
            }
            if (!result.Saved)
            {
                ModelState.Apply(result.Errors);
                return await FormView(form with { ConfirmWarnings = false }, result.Warnings, ct);
            }
            this.Flash(FlashKind.Success, text["Training.Saved", form.Title!]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }
        return await FormView(form, [], ct);
    }

    private async Task<IActionResult> FormView(TrainingForm form, IReadOnlyList<string> warnings, CancellationToken ct)
    {
        var (trainers, variants, modules, partners) = await planning.OptionsAsync(form.PartnerId, Cultures.IsIndonesian, ct);
        ViewData["Warnings"] = warnings;
        return View("Form", form with
        {
            Trainers = trainers, Variants = variants, Modules = modules, Partners = form.Id == 0 ? partners : [],
            Provinces = await db.ProvinceOptionsAsync(ct),
        });
    }
}
