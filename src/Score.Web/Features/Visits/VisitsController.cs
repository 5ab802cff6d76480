using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Visits;

public sealed class VisitsController(VisitDesk desk, VisitOutbox outbox, VisitQueries visits, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/visits")]
    public async Task<IActionResult> Index(int page, CancellationToken ct) => View(await visits.MyVisitsAsync(page, ct));

    [HttpGet("/visits/{id:int}")]
    public async Task<IActionResult> Visit(int id, CancellationToken ct) =>
        await desk.VisitAsync(id, ct) is { } visit ? View(visit) : NotFound();

    [HttpGet("/trainings/{id:int}/enrolments/{enrolmentId:int}/visits/new")]
    public async Task<IActionResult> Record(int id, int enrolmentId, CancellationToken ct) =>
        await desk.PageAsync(id, enrolmentId, null, [], ct) is { } page ? View(page) : NotFound();

    /// <summary>
    /// Records a visit. The form carries an id made on the phone (<c>entry</c>): sent again, it is the
    /// same visit. Sent from the phone's outbox the answer is JSON for it, and a visit that meets a changed
    /// record is kept as a conflict.
    /// </summary>
    [HttpPost("/trainings/{id:int}/enrolments/{enrolmentId:int}/visits/new")]
    public async Task<IActionResult> Record(int id, int enrolmentId, ConsultationForm form, Guid? entry, CancellationToken ct)
    {
        if (entry is { } sent && OfflineEntries.IsOutboxSend(Request))
        {
            if (!ModelState.IsValid)
            {
                return Json(new OutboxAnswer(OutboxAnswer.Invalid, ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).First()));
            }
            return await outbox.ReceiveAsync(id, enrolmentId, form, sent, ct) is { } answer ? this.Answer(answer) : NotFound();
        }
        IReadOnlyList<string> warnings = [];
        if (ModelState.IsValid)
        {
            var outcome = entry is { } clientId && await outbox.PartnerOfAsync(id, ct) is { } partnerId
                ? await outbox.RecordOnceAsync(id, enrolmentId, form, clientId, partnerId, ct)
                : await desk.RecordAsync(id, enrolmentId, form, ct);
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

    [HttpGet("/trainings/{id:int}/enrolments/{enrolmentId:int}/visits/conflicts/{entryId:int}")]
    public async Task<IActionResult> Conflict(int id, int enrolmentId, int entryId, CancellationToken ct) =>
        await outbox.ConflictAsync(id, enrolmentId, entryId, ct) is { } page ? View(page) : NotFound();

    [HttpPost("/trainings/{id:int}/enrolments/{enrolmentId:int}/visits/conflicts/{entryId:int}")]
    public async Task<IActionResult> Conflict(int id, int enrolmentId, int entryId, VisitMergeChoice resolution, CancellationToken ct)
    {
        var outcome = await outbox.ResolveAsync(id, enrolmentId, entryId, resolution, ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            this.Flash(FlashKind.Danger, outcome.Refusal);
            return Redirect($"/trainings/{id}/enrolments/{enrolmentId}/visits/conflicts/{entryId}");
        }
        this.Flash(FlashKind.Success, text["Outbox.Resolved"]);
        return Redirect("/conflicts");
    }
}
