using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Trainings;

/// <summary>Which enterprises and people a training has: enrolling, removing, choosing participants.</summary>
[Route("trainings/{id:int}")]
public sealed class EnrolmentsController(TrainingPlanning planning, TrainingEnrolment enrolment, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("enrol")]
    public async Task<IActionResult> Enrol(int id, string? search, CancellationToken ct) =>
        await enrolment.EnrolPageAsync(id, search, null, ct) is { } page ? View("Enrol", page) : NotFound();

    [HttpPost("enrolments")]
    public async Task<IActionResult> Enrol(int id, EnrolForm form, CancellationToken ct)
    {
        if (!await planning.MayChangeAsync(id, ct))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await enrolment.EnrolAsync(id, form, ct);
            if (result.Result.IsNotFound)
            {
                return NotFound();
            }
            if (result.Result.Saved)
            {
                this.Flash(FlashKind.Success, text["Training.EnrolledMany", result.Value]);
                return Redirect($"/trainings/{id}#enrolments");
            }
            ModelState.Apply(result.Result.Errors);
            ViewData["Warnings"] = result.Result.Warnings;
        }
        var page = await enrolment.EnrolPageAsync(id, form.Search, form with { ConfirmWarnings = false }, ct);
        return page is null ? NotFound() : View("Enrol", page);
    }

    [HttpPost("enrolments/{enrolmentId:int}/delete")]
    public async Task<IActionResult> RemoveEnrolment(int id, int enrolmentId, CancellationToken ct)
    {
        var refusal = await enrolment.RemoveEnrolmentAsync(id, enrolmentId, ct);
        return this.Answer(refusal, text["Training.EnrolmentRemoved"], Redirect($"/trainings/{id}#enrolments"));
    }

    [HttpGet("enrolments/{enrolmentId:int}/participants")]
    public async Task<IActionResult> Participants(int id, int enrolmentId, CancellationToken ct) =>
        await enrolment.ParticipantPickerAsync(id, enrolmentId, ct) is { } picker ? View(picker) : NotFound();

    [HttpPost("enrolments/{enrolmentId:int}/participants")]
    public async Task<IActionResult> Participants(int id, int enrolmentId, int[] personIds, CancellationToken ct)
    {
        var result = await enrolment.SetParticipantsAsync(id, enrolmentId, personIds, ct);
        return this.Answer(result, text["Training.ParticipantsSaved"], Redirect($"/trainings/{id}#enrolments"));
    }
}
