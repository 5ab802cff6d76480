using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Trainers;

[Authorize(Roles = Roles.Administrator + "," + Roles.ProgrammeViewer + "," + Roles.PartnerStaff)]
[Route("trainers")]
public sealed class TrainersController(TrainerRoster roster, ScoreDbContext db, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await roster.ListAsync(ct));

    [HttpGet("create")]
    public async Task<IActionResult> Create(string userId, CancellationToken ct) =>
        await roster.NewFormAsync(userId, ct) is { } form ? await FormView(form, ct) : NotFound();

    [HttpPost("create")]
    public Task<IActionResult> Create(TrainerForm form, CancellationToken ct) => Save(form with { Id = 0 }, ct);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await roster.LoadFormAsync(id, ct) is { } form ? await FormView(form, ct) : NotFound();

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, TrainerForm form, CancellationToken ct) => Save(form with { Id = id }, ct);

    private async Task<IActionResult> Save(TrainerForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await roster.SaveAsync(form, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }
            if (result.IsConflict && await roster.LoadFormAsync(form.Id, ct) is { } current)
            {
                ModelState.ShowConflict(result.Errors);
                return await FormView(current, ct);
            }
            if (ModelState.Apply(result.Errors))
            {
                this.Flash(FlashKind.Success, text["Trainer.Saved", form.FullName]);
                return RedirectToAction(nameof(Index));
            }
        }
        return await FormView(form, ct);
    }

    private async Task<IActionResult> FormView(TrainerForm form, CancellationToken ct)
    {
        return View("Form", form with { Modules = await db.ModuleOptionsAsync(Cultures.IsIndonesian, ct) });
    }
}
