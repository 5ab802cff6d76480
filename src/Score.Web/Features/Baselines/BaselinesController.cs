using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Baselines;

public sealed class BaselinesController(BaselineDesk desk, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/trainings/{id:int}/enrolments/{enrolmentId:int}/baseline")]
    public async Task<IActionResult> Edit(int id, int enrolmentId, CancellationToken ct) =>
        await desk.PageAsync(id, enrolmentId, null, [], ct) is { } page ? View(page) : NotFound();

    [HttpPost("/trainings/{id:int}/enrolments/{enrolmentId:int}/baseline")]
    public async Task<IActionResult> Edit(int id, int enrolmentId, BaselineForm form, CancellationToken ct)
    {
        IReadOnlyList<string> warnings = [];
        if (ModelState.IsValid)
        {
            var outcome = await desk.SaveAsync(id, enrolmentId, form, ct);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }
            if (outcome.Saved)
            {
                this.Flash(FlashKind.Success, text["Baseline.Saved"]);
                return Redirect($"/trainings/{id}#enrolments");
            }
            if (outcome.Errors.Any(e => e.IsConflict))
            {
                ModelState.ShowConflict(outcome.Errors);
                return await desk.PageAsync(id, enrolmentId, null, [], ct) is { } current ? View(current) : NotFound();
            }
            ModelState.Apply(outcome.Errors);
            warnings = outcome.Warnings;
        }
        return await desk.PageAsync(id, enrolmentId, form with { ConfirmWarnings = false }, warnings, ct) is { } page ? View(page) : NotFound();
    }
}
