using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Visits;

public sealed class VisitsController(VisitDesk desk, VisitQueries visits, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/visits")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await visits.MyVisitsAsync(ct));

    [HttpGet("/visits/{id:int}")]
    public async Task<IActionResult> Visit(int id, CancellationToken ct) =>
        await desk.VisitAsync(id, ct) is { } visit ? View(visit) : NotFound();

    [HttpGet("/trainings/{id:int}/enrolments/{enrolmentId:int}/visits/new")]
    public async Task<IActionResult> Record(int id, int enrolmentId, CancellationToken ct) =>
        await desk.PageAsync(id, enrolmentId, null, [], ct) is { } page ? View(page) : NotFound();

    [HttpPost("/trainings/{id:int}/enrolments/{enrolmentId:int}/visits/new")]
    public async Task<IActionResult> Record(int id, int enrolmentId, ConsultationForm form, CancellationToken ct)
    {
        IReadOnlyList<string> warnings = [];
        if (ModelState.IsValid)
        {
            var outcome = await desk.RecordAsync(id, enrolmentId, form, ct);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }
            if (outcome.Saved)
            {
                this.Flash(FlashKind.Success, text["Visit.Saved"]);
                return Redirect($"/trainings/{id}#enrolments");
            }
            ModelState.Apply(outcome.Errors);
            warnings = outcome.Warnings;
        }
        return await desk.PageAsync(id, enrolmentId, form with { ConfirmWarnings = false }, warnings, ct) is { } page ? View(page) : NotFound();
    }
}
